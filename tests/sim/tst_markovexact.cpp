// The standard higher-order Markov chain (repeats kept) against exact rational
// arithmetic, the issue's worked example, and bad input.

#include "attribution.h"
#include "markovchain.h"
#include "testregistry.h"

#include <QTest>

#include <cmath>
#include <map>
#include <stdexcept>

using namespace omnimap::sim;

namespace {

__extension__ typedef __int128 Wide;

/// A tiny exact fraction, always reduced, denominator positive. Throws on overflow so a
/// test can never pass on a wrapped-around number.
struct Fraction
{
    Wide num = 0;
    Wide den = 1;

    static Wide gcd(Wide a, Wide b)
    {
        a = a < 0 ? -a : a;
        b = b < 0 ? -b : b;
        while (b != 0) {
            const Wide t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }
    static Wide mul(Wide a, Wide b)
    {
        Wide r = 0;
        if (__builtin_mul_overflow(a, b, &r))
            throw std::overflow_error("fraction overflow");
        return r;
    }
    Fraction() = default;
    Fraction(Wide n, Wide d = 1)
    {
        const Wide g = gcd(n, d);
        num = (d < 0 ? -n : n) / g;
        den = (d < 0 ? -d : d) / g;
    }
    Fraction operator+(const Fraction &o) const { return {mul(num, o.den) + mul(o.num, den), mul(den, o.den)}; }
    Fraction operator-(const Fraction &o) const { return {mul(num, o.den) - mul(o.num, den), mul(den, o.den)}; }
    Fraction operator*(const Fraction &o) const
    {
        const Wide g1 = gcd(num, o.den), g2 = gcd(o.num, den);
        return {mul(num / g1, o.num / g2), mul(den / g2, o.den / g1)};
    }
    Fraction operator/(const Fraction &o) const { return *this * Fraction(o.den, o.num); }
    bool isZero() const { return num == 0; }
    double toDouble() const { return double(num) / double(den); }
    bool operator==(const Fraction &o) const { return num == o.num && den == o.den; }
};

struct Journey
{
    std::vector<int> channels;
    int conversions;
    int nulls;
};

/// P(conversion) from the start, exactly: states are the explicit histories (vectors of the
/// last ≤ order touches), transition probabilities are count ratios, and the absorption
/// equations x = r + Q x are solved by Gauss–Jordan elimination over fractions. States
/// whose history holds `removed` absorb into null.
Fraction exactConversion(const std::vector<Journey> &journeys, int order, int removed, bool collapse)
{
    using State = std::vector<int>;
    const State conv{-1}, null{-2};
    std::map<State, std::map<State, Wide>> counts;
    for (const Journey &j : journeys) {
        std::vector<int> touches;
        for (int c : j.channels) {
            if (!collapse || touches.empty() || touches.back() != c)
                touches.push_back(c);
        }
        State from;
        for (std::size_t i = 0; i < touches.size(); ++i) {
            const std::size_t first = i + 1 > std::size_t(order) ? i + 1 - std::size_t(order) : 0;
            const State to(touches.begin() + std::ptrdiff_t(first), touches.begin() + std::ptrdiff_t(i) + 1);
            counts[from][to] += j.conversions + j.nulls;
            from = to;
        }
        counts[from][conv] += j.conversions;
        counts[from][null] += j.nulls;
    }
    std::map<State, std::size_t> index;
    for (const auto &entry : counts)
        index.emplace(entry.first, index.size());
    const std::size_t n = index.size();
    std::vector<std::vector<Fraction>> a(n, std::vector<Fraction>(n + 1));
    for (const auto &[from, row] : counts) {
        const std::size_t i = index[from];
        a[i][i] = Fraction(1);
        if (std::find(from.begin(), from.end(), removed) != from.end())
            continue;
        Wide total = 0;
        for (const auto &cell : row)
            total += cell.second;
        for (const auto &[to, w] : row) {
            if (to == conv)
                a[i][n] = a[i][n] + Fraction(w, total);
            else if (to != null)
                a[i][index[to]] = a[i][index[to]] - Fraction(w, total);
        }
    }
    for (std::size_t k = 0; k < n; ++k) {
        std::size_t pivot = k;
        while (a[pivot][k].isZero())
            ++pivot;
        std::swap(a[k], a[pivot]);
        for (std::size_t r = 0; r < n; ++r) {
            if (r == k || a[r][k].isZero())
                continue;
            const Fraction f = a[r][k] / a[k][k];
            for (std::size_t c = k; c <= n; ++c)
                a[r][c] = a[r][c] - f * a[k][c];
        }
    }
    const std::size_t start = index[State{}];
    return a[start][n] / a[start][start];
}

Fraction exactRemovalEffect(const std::vector<Journey> &journeys, int order, int channel, bool collapse)
{
    return Fraction(1) - exactConversion(journeys, order, channel, collapse) / exactConversion(journeys, order, 0, collapse);
}

PathSet pathSetOf(const std::vector<Journey> &journeys, const QStringList &names)
{
    PathSet paths;
    paths.channelNames = QStringList{QString()} + names;
    for (const Journey &j : journeys) {
        for (int c : j.channels)
            paths.channels.push_back(std::uint16_t(c));
        paths.offsets.push_back(std::uint32_t(paths.channels.size()));
        paths.conversions.push_back(j.conversions);
        paths.nulls.push_back(j.nulls);
        paths.value.push_back(j.conversions * 50.0);
    }
    return paths;
}

// The issue's example: alpha = 1, eta = 2, iota = 3, theta = 4.
const std::vector<Journey> kExample{{{1, 2, 1, 1, 2, 3, 3, 3, 1, 1, 1, 1, 1, 1, 4, 1, 1, 1, 1, 1, 1}, 1, 3}};
const QStringList kExampleNames{QStringLiteral("alpha"), QStringLiteral("eta"), QStringLiteral("iota"), QStringLiteral("theta")};

AttributionResult markov(const PathSet &paths, int order, bool collapse, int bootstrap = 0)
{
    AttributionOptions options;
    options.model = AttributionModel::Markov;
    options.markovOrder = order;
    options.collapseRepeats = collapse;
    options.bootstrap = bootstrap;
    return attribute(paths, options);
}

double removalOf(const AttributionResult &r, const QString &channel)
{
    for (const ChannelCredit &c : r.channels) {
        if (c.channel == channel)
            return c.removalEffect;
    }
    return -1.0;
}

bool finite(const AttributionResult &r)
{
    if (!std::isfinite(r.conversionProbability) || !std::isfinite(r.totalConversions))
        return false;
    for (const ChannelCredit &c : r.channels) {
        for (double v : {c.conversions, c.value, c.removalEffect, c.conversionsLow, c.conversionsHigh, c.valueLow, c.valueHigh}) {
            if (!std::isfinite(v))
                return false;
        }
    }
    return true;
}

} // namespace

class TstMarkovExact : public QObject
{
    Q_OBJECT

private slots:
    void workedExampleFromTheIssue()
    {
        const PathSet paths = pathSetOf(kExample, kExampleNames);
        // Repeats kept: the figures the issue states, worked out by hand.
        AttributionResult r = markov(paths, 2, false);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(std::fabs(removalOf(r, QStringLiteral("alpha")) - 1.0) < 1e-9);
        QVERIFY(std::fabs(removalOf(r, QStringLiteral("eta")) - 1.0) < 1e-9);
        QVERIFY(std::fabs(removalOf(r, QStringLiteral("iota")) - 2.0 / 3.0) < 1e-9);
        QVERIFY(std::fabs(removalOf(r, QStringLiteral("theta")) - 0.5) < 1e-9);
        r = markov(paths, 3, false);
        QVERIFY(std::fabs(removalOf(r, QStringLiteral("theta")) - 0.5) < 1e-9);
        // Repeats collapsed: every route to the conversion passes every channel.
        for (int order = 2; order <= 4; ++order) {
            r = markov(paths, order, true);
            for (const QString &name : kExampleNames)
                QVERIFY(std::fabs(removalOf(r, name) - 1.0) < 1e-9);
        }
        // The exact reference agrees with the hand figures (a check of the reference).
        QVERIFY(exactRemovalEffect(kExample, 2, 3, false) == Fraction(2, 3));
        QVERIFY(exactRemovalEffect(kExample, 2, 4, false) == Fraction(1, 2));
        QVERIFY(exactRemovalEffect(kExample, 3, 4, false) == Fraction(1, 2));
    }

    void exactReferenceOrdersOneToFour_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("collapse");
        for (int order = 1; order <= 4; ++order) {
            QTest::addRow("order%d-kept", order) << order << false;
            QTest::addRow("order%d-collapsed", order) << order << true;
        }
    }

    void exactReferenceOrdersOneToFour()
    {
        QFETCH(int, order);
        QFETCH(bool, collapse);
        // The example plus a few journeys with loops, repeats and every outcome.
        std::vector<Journey> journeys = kExample;
        journeys.push_back({{2, 2, 3, 1}, 2, 1});
        journeys.push_back({{3, 3, 3}, 0, 2});
        journeys.push_back({{4, 1, 4, 1, 2}, 1, 0});
        journeys.push_back({{1, 1, 2, 2, 1}, 1, 4});
        journeys.push_back({{2}, 0, 3});
        const AttributionResult r = markov(pathSetOf(journeys, kExampleNames), order, collapse);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(std::fabs(r.conversionProbability - exactConversion(journeys, order, 0, collapse).toDouble()) < 1e-9);
        for (int c = 1; c <= 4; ++c) {
            const double expected = exactRemovalEffect(journeys, order, c, collapse).toDouble();
            QVERIFY2(std::fabs(r.channels[std::size_t(c - 1)].removalEffect - expected) < 1e-9,
                     qPrintable(QStringLiteral("channel %1: %2 vs %3").arg(c).arg(r.channels[std::size_t(c - 1)].removalEffect).arg(expected)));
        }
    }

    void orderOneIsTheSameEitherWay()
    {
        std::vector<Journey> journeys = kExample;
        journeys.push_back({{2, 2, 3, 1}, 2, 1});
        journeys.push_back({{1, 1, 2, 2, 1}, 1, 4});
        const PathSet paths = pathSetOf(journeys, kExampleNames);
        const AttributionResult kept = markov(paths, 1, false), collapsed = markov(paths, 1, true);
        QVERIFY(kept.ok && collapsed.ok);
        for (std::size_t c = 0; c < kept.channels.size(); ++c) {
            QVERIFY(std::fabs(kept.channels[c].removalEffect - collapsed.channels[c].removalEffect) < 1e-12);
            QVERIFY(std::fabs(kept.channels[c].conversions - collapsed.channels[c].conversions) < 1e-9);
        }
    }

    void badInput()
    {
        // No conversions and no nulls: a defined result of zeros, with or without intervals.
        PathSet empty = pathSetOf({{{1, 2}, 0, 0}, {{2}, 0, 0}}, {QStringLiteral("a"), QStringLiteral("b")});
        for (int order = 1; order <= 4; ++order) {
            const AttributionResult r = markov(empty, order, false, 20);
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(finite(r));
            QCOMPARE(r.conversionProbability, 0.0);
            for (const ChannelCredit &c : r.channels)
                QCOMPARE(c.conversions, 0.0);
        }
        // Order choice has nothing to learn from: a clear error, not a guess.
        const AttributionResult none = markov(empty, 0, false);
        QVERIFY(!none.ok && !none.error.isEmpty());
        // A single channel takes every conversion.
        const PathSet single = pathSetOf({{{1, 1, 1}, 3, 2}, {{1}, 1, 5}}, {QStringLiteral("only")});
        for (int order = 0; order <= 4; ++order) {
            const AttributionResult r = markov(single, order, false, 50);
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(finite(r));
            QCOMPARE(r.channels.size(), std::size_t(1));
            QVERIFY(std::fabs(r.channels[0].conversions - 4.0) < 1e-9);
            QVERIFY(std::fabs(r.channels[0].removalEffect - 1.0) < 1e-12);
        }
        // Orders outside 1..4 (0 is "choose") and a negative bootstrap are errors.
        for (int order : {-1, 5}) {
            const AttributionResult r = markov(single, order, false);
            QVERIFY(!r.ok && !r.error.isEmpty());
        }
        QVERIFY(!markov(single, 1, false, -1).ok);
        QVERIFY(!markov(single, 1, false, kMaxBootstrap + 1).ok);
        // Names that look like separators are only names.
        const PathSet odd = pathSetOf({{{1, 2}, 2, 1}, {{2, 1}, 1, 1}}, {QStringLiteral(">"), QStringLiteral("a > b,\"c\"")});
        const AttributionResult r = markov(odd, 2, false, 30);
        QVERIFY(r.ok && finite(r));
        QCOMPARE(r.channels[0].channel, QStringLiteral(">"));
        QCOMPARE(r.channels[1].channel, QStringLiteral("a > b,\"c\""));
        // The highest channel id a path can hold, with most ids unused.
        PathSet wide;
        for (int c = 0; c < 65536; ++c)
            wide.channelNames.append(c == 0 ? QString() : QStringLiteral("c%1").arg(c));
        wide.channels = {65535, 1, 65535};
        wide.offsets = {0, 2, 3};
        wide.conversions = {1, 0};
        wide.nulls = {1, 2};
        wide.value = {10, 0};
        // The widest replicate table is refused before it is allocated.
        PathSet many;
        for (int c = 0; c < 2001; ++c) {
            many.channelNames.append(c == 0 ? QString() : QStringLiteral("c%1").arg(c));
            if (c > 0)
                many.channels.push_back(std::uint16_t(c));
        }
        many.offsets = {0, std::uint32_t(many.channels.size())};
        many.conversions = {1};
        many.nulls = {1};
        many.value = {1};
        const AttributionResult tooWide = markov(many, 1, false, kMaxBootstrap);
        QVERIFY(!tooWide.ok && tooWide.error.contains(QStringLiteral("memory")));
        for (int order = 1; order <= 4; ++order) {
            const AttributionResult w = markov(wide, order, false, 10);
            QVERIFY2(w.ok, qPrintable(w.error));
            QVERIFY(finite(w));
            QCOMPARE(w.channels.size(), std::size_t(2));
        }
    }
};

OMNIMAP_SIM_TEST(TstMarkovExact)
#include "tst_markovexact.moc"
