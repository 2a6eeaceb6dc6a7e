#include "linearsolver.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace omnimap::sim {

bool DenseLu::factor(std::vector<double> a, int n)
{
    m_n = n;
    m_lu = std::move(a);
    m_pivot.resize(std::size_t(n));
    const auto N = std::size_t(n);
    for (std::size_t k = 0; k < N; ++k) {
        std::size_t p = k;
        double best = std::fabs(m_lu[k * N + k]);
        for (std::size_t i = k + 1; i < N; ++i) {
            const double v = std::fabs(m_lu[i * N + k]);
            if (v > best) {
                best = v;
                p = i;
            }
        }
        if (best < 1e-300)
            return false;
        m_pivot[k] = int(p);
        if (p != k) {
            for (std::size_t j = 0; j < N; ++j)
                std::swap(m_lu[k * N + j], m_lu[p * N + j]);
        }
        const double pivot = m_lu[k * N + k];
        for (std::size_t i = k + 1; i < N; ++i) {
            double &l = m_lu[i * N + k];
            if (l == 0.0)
                continue;
            l /= pivot;
            const double *rowK = &m_lu[k * N];
            double *rowI = &m_lu[i * N];
            for (std::size_t j = k + 1; j < N; ++j)
                rowI[j] -= l * rowK[j];
        }
    }
    return true;
}

void DenseLu::solve(std::vector<double> &b) const
{
    const auto N = std::size_t(m_n);
    for (std::size_t k = 0; k < N; ++k)
        std::swap(b[k], b[std::size_t(m_pivot[k])]);
    for (std::size_t i = 0; i < N; ++i) {
        double s = b[i];
        for (std::size_t j = 0; j < i; ++j)
            s -= m_lu[i * N + j] * b[j];
        b[i] = s;
    }
    for (std::size_t i = N; i-- > 0;) {
        double s = b[i];
        for (std::size_t j = i + 1; j < N; ++j)
            s -= m_lu[i * N + j] * b[j];
        b[i] = s / m_lu[i * N + i];
    }
}

void DenseLu::solveTransposed(std::vector<double> &b) const
{
    // PA = LU, so Aᵀ = Uᵀ Lᵀ P: solve Uᵀ y = b, Lᵀ z = y, then undo the permutation.
    const auto N = std::size_t(m_n);
    for (std::size_t i = 0; i < N; ++i) {
        double s = b[i];
        for (std::size_t j = 0; j < i; ++j)
            s -= m_lu[j * N + i] * b[j];
        b[i] = s / m_lu[i * N + i];
    }
    for (std::size_t i = N; i-- > 0;) {
        double s = b[i];
        for (std::size_t j = i + 1; j < N; ++j)
            s -= m_lu[j * N + i] * b[j];
        b[i] = s;
    }
    for (std::size_t k = N; k-- > 0;)
        std::swap(b[k], b[std::size_t(m_pivot[k])]);
}

std::vector<double> DenseLu::inverse() const
{
    const auto N = std::size_t(m_n);
    std::vector<double> inv(N * N, 0.0);
    std::vector<double> column(N);
    for (std::size_t c = 0; c < N; ++c) {
        std::fill(column.begin(), column.end(), 0.0);
        column[c] = 1.0;
        solve(column);
        for (std::size_t r = 0; r < N; ++r)
            inv[r * N + c] = column[r];
    }
    return inv;
}

int solveAbsorbingGaussSeidel(const SparseRows &q, const std::vector<double> &r, std::vector<double> &x,
                              const std::vector<std::uint8_t> *forcedZero, double tolerance, int maxSweeps)
{
    const int n = q.rows();
    if (x.size() != std::size_t(n))
        x.assign(std::size_t(n), 0.0);
    for (int sweep = 1; sweep <= maxSweeps; ++sweep) {
        double change = 0.0;
        // Backwards: states are numbered by first appearance along the journeys, so a
        // state's successors mostly come after it; sweeping from the last state to the
        // first uses their values of this sweep, not the last one's (far fewer sweeps).
        for (int s = n - 1; s >= 0; --s) {
            if (forcedZero && (*forcedZero)[std::size_t(s)])
                continue;
            double v = r[std::size_t(s)];
            double diagonal = 0.0;
            for (std::uint32_t k = q.offsets[std::size_t(s)]; k < q.offsets[std::size_t(s) + 1]; ++k) {
                const std::uint32_t t = q.columns[k];
                if (int(t) == s)
                    diagonal += q.values[k];
                else
                    v += q.values[k] * x[t];
            }
            // Self-loops solved exactly: x = (r + Σ others) / (1 - q_ss).
            v /= 1.0 - diagonal;
            change = std::max(change, std::fabs(v - x[std::size_t(s)]));
            x[std::size_t(s)] = v;
        }
        if (change <= tolerance)
            return sweep;
    }
    return -1;
}

} // namespace omnimap::sim
