#include "attribution.h"
#include "linearsolver.h"
#include "markovchain.h"
#include "testregistry.h"

#include <QTest>

#include <cmath>
#include <map>
#include <random>

using namespace omnimap::sim;

namespace {

struct RawPath
{
    std::vector<int> channels;
    double conversions;
    double nulls;
    double value;
};

PathSet makePaths(const std::vector<RawPath> &raw, const QStringList &names, const std::vector<std::vector<float>> &ages = {})
{
    PathSet paths;
    paths.channelNames = QStringList{QString()} + names;
    for (std::size_t p = 0; p < raw.size(); ++p) {
        for (std::size_t i = 0; i < raw[p].channels.size(); ++i) {
            paths.channels.push_back(std::uint16_t(raw[p].channels[i]));
            if (!ages.empty())
                paths.ageDays.push_back(ages[p][i]);
        }
        paths.offsets.push_back(std::uint32_t(paths.channels.size()));
        paths.conversions.push_back(raw[p].conversions);
        paths.nulls.push_back(raw[p].nulls);
        paths.value.push_back(raw[p].value);
    }
    return paths;
}

double creditOf(const AttributionResult &result, const QString &channel, bool value = false)
{
    for (const ChannelCredit &c : result.channels) {
        if (c.channel == channel)
            return value ? c.value : c.conversions;
    }
    return -1.0;
}

bool near(double a, double b, double relative = 1e-9)
{
    return std::fabs(a - b) <= relative * std::max(1.0, std::max(std::fabs(a), std::fabs(b)));
}

/// Reference Markov computation, written for clarity: string-free maps of history
/// vectors, a dense matrix, textbook Gauss–Jordan elimination, and a removal effect by
/// rebuilding the system with the channel's states made null.
double referenceConversion(const std::vector<RawPath> &paths, int order, int removed, bool collapse = true)
{
    using State = std::vector<int>;
    std::map<State, std::map<State, double>> counts; // to-state {-1} = conv, {-2} = null
    for (const RawPath &p : paths) {
        std::vector<int> collapsed;
        for (int c : p.channels) {
            if (!collapse || collapsed.empty() || collapsed.back() != c)
                collapsed.push_back(c);
        }
        const double w = p.conversions + p.nulls;
        State from; // start
        for (std::size_t i = 0; i < collapsed.size(); ++i) {
            const std::size_t first = i + 1 > std::size_t(order) ? i + 1 - std::size_t(order) : 0;
            State to(collapsed.begin() + std::ptrdiff_t(first), collapsed.begin() + std::ptrdiff_t(i) + 1);
            counts[from][to] += w;
            from = to;
        }
        counts[from][State{-1}] += p.conversions;
        counts[from][State{-2}] += p.nulls;
    }
    std::map<State, int> index;
    for (const auto &entry : counts)
        index.emplace(entry.first, int(index.size()));
    const int n = int(index.size());
    std::vector<std::vector<double>> a(std::size_t(n), std::vector<double>(std::size_t(n) + 1, 0.0));
    for (const auto &[from, row] : counts) {
        const auto i = std::size_t(index[from]);
        a[i][i] = 1.0;
        const bool dead = std::find(from.begin(), from.end(), removed) != from.end();
        if (dead)
            continue;
        double total = 0.0;
        for (const auto &cell : row)
            total += cell.second;
        for (const auto &[to, w] : row) {
            if (to == State{-1})
                a[i][std::size_t(n)] += w / total;
            else if (to != State{-2})
                a[i][std::size_t(index[to])] -= w / total;
        }
    }
    for (std::size_t k = 0; k < std::size_t(n); ++k) {
        std::size_t pivot = k;
        for (std::size_t r = k + 1; r < std::size_t(n); ++r) {
            if (std::fabs(a[r][k]) > std::fabs(a[pivot][k]))
                pivot = r;
        }
        std::swap(a[k], a[pivot]);
        for (std::size_t r = 0; r < std::size_t(n); ++r) {
            if (r == k || a[r][k] == 0.0)
                continue;
            const double f = a[r][k] / a[k][k];
            for (std::size_t c = k; c <= std::size_t(n); ++c)
                a[r][c] -= f * a[k][c];
        }
    }
    const auto start = std::size_t(index[State{}]);
    return a[start][std::size_t(n)] / a[start][start];
}

std::vector<RawPath> randomPaths(unsigned seed, int count, int channels)
{
    std::mt19937 rng(seed);
    std::vector<RawPath> paths;
    for (int p = 0; p < count; ++p) {
        RawPath path;
        const int length = 1 + int(rng() % 6);
        for (int i = 0; i < length; ++i)
            path.channels.push_back(1 + int(rng() % unsigned(channels)));
        path.conversions = double(rng() % 4);
        path.nulls = double(rng() % 5) + (path.conversions == 0 ? 1 : 0);
        path.value = path.conversions * 10.0;
        paths.push_back(path);
    }
    return paths;
}

} // namespace

class TstAttribution : public QObject
{
    Q_OBJECT

private slots:
    void toyMarkovCase()
    {
        // The classic example: P(conv) = 0.8, RE(google ads) = 0.75, RE(mailing) = 0.5.
        const std::vector<RawPath> raw{{{1}, 2, 1, 0}, {{2}, 1, 0, 0}, {{1, 2}, 1, 0, 0}};
        const PathSet paths = makePaths(raw, {QStringLiteral("google ads"), QStringLiteral("mailing")});
        for (int order = 1; order <= 4; ++order) {
            AttributionOptions options;
            options.model = AttributionModel::Markov;
            options.markovOrder = order;
            const AttributionResult result = attribute(paths, options);
            QVERIFY2(result.ok, qPrintable(result.error));
            QVERIFY(near(result.conversionProbability, 0.8, 1e-12));
            QVERIFY(near(result.channels[0].removalEffect, 0.75, 1e-12));
            QVERIFY(near(result.channels[1].removalEffect, 0.5, 1e-12));
            QVERIFY(near(creditOf(result, QStringLiteral("google ads")), 2.4, 1e-12));
            QVERIFY(near(creditOf(result, QStringLiteral("mailing")), 1.6, 1e-12));
        }
    }

    void ruleBasedModels()
    {
        // One converting path a > b > a > c worth 100, plus a null path that earns nothing.
        const std::vector<RawPath> raw{{{1, 2, 1, 3}, 1, 0, 100}, {{2}, 0, 3, 0}};
        const QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        const PathSet paths = makePaths(raw, names, {{6, 4, 2, 0}, {0}});
        AttributionOptions options;
        const auto run = [&](AttributionModel model) {
            options.model = model;
            return attribute(paths, options);
        };
        AttributionResult r = run(AttributionModel::FirstTouch);
        QCOMPARE(creditOf(r, QStringLiteral("a")), 1.0);
        QCOMPARE(creditOf(r, QStringLiteral("b")), 0.0);
        r = run(AttributionModel::LastTouch);
        QCOMPARE(creditOf(r, QStringLiteral("c")), 1.0);
        QCOMPARE(creditOf(r, QStringLiteral("c"), true), 100.0);
        r = run(AttributionModel::Linear); // a touched twice gets two shares
        QCOMPARE(creditOf(r, QStringLiteral("a")), 0.5);
        QCOMPARE(creditOf(r, QStringLiteral("b")), 0.25);
        QCOMPARE(creditOf(r, QStringLiteral("c"), true), 25.0);
        r = run(AttributionModel::PositionBased); // 40 / 10 / 10 / 40
        QVERIFY(near(creditOf(r, QStringLiteral("a")), 0.5));
        QVERIFY(near(creditOf(r, QStringLiteral("b")), 0.1));
        QVERIFY(near(creditOf(r, QStringLiteral("c")), 0.4));
        options.halfLifeDays = 2.0; // weights 1/8, 1/4, 1/2, 1 over 15/8
        r = run(AttributionModel::TimeDecay);
        QVERIFY(near(creditOf(r, QStringLiteral("a")), (0.125 + 0.5) / 1.875));
        QVERIFY(near(creditOf(r, QStringLiteral("b")), 0.25 / 1.875));
        QVERIFY(near(creditOf(r, QStringLiteral("c")), 1.0 / 1.875));
        double total = 0.0;
        for (const ChannelCredit &c : r.channels)
            total += c.conversions;
        QVERIFY(near(total, 1.0));
    }

    void positionBasedShortPaths()
    {
        const std::vector<RawPath> raw{{{1}, 1, 0, 0}, {{1, 2}, 1, 0, 0}};
        AttributionOptions options;
        options.model = AttributionModel::PositionBased;
        const AttributionResult r = attribute(makePaths(raw, {QStringLiteral("a"), QStringLiteral("b")}), options);
        QVERIFY(near(creditOf(r, QStringLiteral("a")), 1.5));
        QVERIFY(near(creditOf(r, QStringLiteral("b")), 0.5));
    }

    void markovMatchesReference_data()
    {
        QTest::addColumn<unsigned>("seed");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("collapse");
        for (unsigned seed = 1; seed <= 3; ++seed) {
            for (int order = 1; order <= 4; ++order) {
                QTest::addRow("seed%u-order%d-kept", seed, order) << seed << order << false;
                QTest::addRow("seed%u-order%d-collapsed", seed, order) << seed << order << true;
            }
        }
    }

    void markovMatchesReference()
    {
        QFETCH(unsigned, seed);
        QFETCH(int, order);
        QFETCH(bool, collapse);
        const int channels = 5;
        const std::vector<RawPath> raw = randomPaths(seed, 200, channels);
        QStringList names;
        for (int c = 1; c <= channels; ++c)
            names.append(QStringLiteral("ch%1").arg(c));
        // Through attribute(), as the CLI and the app call it.
        AttributionOptions options;
        options.model = AttributionModel::Markov;
        options.markovOrder = order;
        options.collapseRepeats = collapse;
        const AttributionResult attributed = attribute(makePaths(raw, names), options);
        QVERIFY2(attributed.ok, qPrintable(attributed.error));
        const MarkovResult result = markovRemovalEffects(uniquePaths(makePaths(raw, names), collapse), order);
        QVERIFY2(result.ok, qPrintable(result.error));
        const double base = referenceConversion(raw, order, 0, collapse);
        QVERIFY2(near(result.conversionProbability, base), qPrintable(QString::number(result.conversionProbability - base)));
        QVERIFY(near(attributed.conversionProbability, base));
        for (int c = 1; c <= channels; ++c) {
            const double expected = 1.0 - referenceConversion(raw, order, c, collapse) / base;
            QVERIFY(near(attributed.channels[std::size_t(c - 1)].removalEffect, expected));
            QVERIFY2(near(result.removalEffect[std::size_t(c)], expected),
                     qPrintable(QStringLiteral("channel %1: %2 vs %3").arg(c).arg(result.removalEffect[std::size_t(c)], 0, 'g', 17).arg(expected, 0, 'g', 17)));
        }
    }

    void denseSolver()
    {
        // A needs pivoting: a zero on the diagonal.
        DenseLu lu;
        QVERIFY(lu.factor({0, 2, 1, 1, 1, 1, 2, 1, 0}, 3));
        std::vector<double> b{5, 4, 4};
        lu.solve(b);
        QVERIFY(near(b[0], 1) && near(b[1], 2) && near(b[2], 1));
        std::vector<double> bt{3, 4, 2}; // Aᵀ x = (3,4,2) for x = (1,1,1)
        lu.solveTransposed(bt);
        QVERIFY(near(bt[0], 1) && near(bt[1], 1) && near(bt[2], 1));
        QVERIFY(!DenseLu().factor({1, 2, 2, 4}, 2));
    }
};

OMNIMAP_SIM_TEST(TstAttribution)
#include "tst_attribution.moc"
