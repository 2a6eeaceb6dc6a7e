#pragma once

#include <cstdint>
#include <vector>

namespace omnimap::sim {

/// Dense LU factorisation with partial pivoting (Doolittle, row-major), for the small
/// chains: order-1 Markov (one state per channel) and the analytic what-if.
class DenseLu final
{
public:
    /// Factors the n × n matrix `a` (row-major). False when it is singular.
    bool factor(std::vector<double> a, int n);
    /// Solves A x = b in place.
    void solve(std::vector<double> &b) const;
    /// Solves Aᵀ x = b in place (row vectors: x A = b).
    void solveTransposed(std::vector<double> &b) const;
    /// A⁻¹, row-major.
    std::vector<double> inverse() const;
    int size() const { return m_n; }

private:
    std::vector<double> m_lu;
    std::vector<int> m_pivot;
    int m_n = 0;
};

/// A sparse substochastic matrix by rows (compressed sparse row).
struct SparseRows
{
    std::vector<std::uint32_t> offsets{0};
    std::vector<std::uint32_t> columns;
    std::vector<double> values;

    int rows() const { return int(offsets.size()) - 1; }
};

/// Solves x = r + Q x for the absorption probabilities of an absorbing chain, by
/// Gauss–Seidel sweeps until no component moves by more than `tolerance`. States with
/// `forcedZero[s]` set are absorbing with probability 0 (a removed channel). `x` is the
/// starting point when it already has one entry per state (zero there for forced states), else zeros.
/// Returns the number of sweeps, or -1 if it did not converge in `maxSweeps`.
int solveAbsorbingGaussSeidel(const SparseRows &q, const std::vector<double> &r, std::vector<double> &x,
                              const std::vector<std::uint8_t> *forcedZero = nullptr, double tolerance = 1e-15,
                              int maxSweeps = 100000);

} // namespace omnimap::sim
