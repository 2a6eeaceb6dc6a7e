#include "csvreader.h"
#include "testregistry.h"
#include "timestampparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace omnimap::sim;

namespace {

QList<QStringList> parseAll(const QByteArray &bytes, CsvReader *out = nullptr)
{
    CsvReader local;
    CsvReader &reader = out ? *out : local;
    reader.openBytes(bytes);
    QList<QStringList> rows;
    while (reader.readRecord()) {
        QStringList row;
        for (int i = 0; i < reader.fieldCount(); ++i) {
            const std::string_view f = reader.field(i);
            row.append(QString::fromUtf8(f.data(), qsizetype(f.size())));
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

class TstCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void csvSpectrum_data()
    {
        QTest::addColumn<QString>("csvPath");
        QTest::addColumn<QString>("jsonPath");
        const QDir dir(QStringLiteral(OMNIMAP_SHARED_DIR "/conformance/csv-spectrum"));
        if (!dir.exists())
            QSKIP("csv-spectrum is not available (OMNIMAP_SHARED_DIR/conformance/csv-spectrum)");
        const QStringList nested = QDir(dir.filePath(QStringLiteral("csvs"))).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        for (const QString &name : nested) {
            const QString base = name.chopped(4);
            QTest::newRow(qPrintable(base)) << dir.filePath(QStringLiteral("csvs/") + name)
                                            << dir.filePath(QStringLiteral("json/") + base + QStringLiteral(".json"));
        }
    }

    void csvSpectrum()
    {
        QFETCH(QString, csvPath);
        QFETCH(QString, jsonPath);
        if (!QFileInfo::exists(csvPath))
            QSKIP("csv-spectrum is not available (OMNIMAP_SHARED_DIR/conformance/csv-spectrum)");
        QFile csv(csvPath);
        QFile json(jsonPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray expected = QJsonDocument::fromJson(json.readAll()).array();
        CsvReader reader;
        const QList<QStringList> rows = parseAll(csv.readAll(), &reader);
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(!rows.isEmpty());
        const QStringList header = rows.first();
        QCOMPARE(rows.size() - 1, expected.size());
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const QJsonObject object = expected.at(r - 1).toObject();
            QCOMPARE(rows.at(r).size(), header.size());
            QCOMPARE(object.size(), header.size());
            for (qsizetype c = 0; c < header.size(); ++c)
                QCOMPARE(rows.at(r).at(c), object.value(header.at(c)).toString());
        }
    }

    void csvSpectrumPresent()
    {
        if (!QDir(QStringLiteral(OMNIMAP_SHARED_DIR "/conformance/csv-spectrum/csvs")).exists())
            QSKIP("csv-spectrum is not available (OMNIMAP_SHARED_DIR/conformance/csv-spectrum): conformance not checked");
    }

    void byteOrderMark()
    {
        CsvReader reader;
        const auto rows = parseAll("\xEF\xBB\xBF" "a,b\n1,2\n", &reader);
        QVERIFY(reader.hadByteOrderMark());
        QCOMPARE(rows.at(0), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void delimiters_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c;d\n1,2,3;4\n") << ',';
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1;\"2;x\";3\n") << ';';
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << '\t';
        QTest::newRow("quoted-commas-ignored") << QByteArray("\"a,b,c\";d;e\n1;2;3\n") << ';';
    }

    void delimiters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(char, delimiter);
        CsvReader reader;
        const auto rows = parseAll(bytes, &reader);
        QCOMPARE(reader.delimiter(), delimiter);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).size(), 3);
    }

    void lineEnds()
    {
        const QList<QStringList> expected{{QStringLiteral("a"), QStringLiteral("b")},
                                          {QStringLiteral("1"), QStringLiteral("2")},
                                          {QStringLiteral("3"), QStringLiteral("4")}};
        QCOMPARE(parseAll("a,b\r1,2\r3,4"), expected);
        QCOMPARE(parseAll("a,b\r\n1,2\r\n3,4\r\n"), expected);
        QCOMPARE(parseAll("a,b\n1,2\n\n3,4\n"), expected);
        CsvReader reader;
        reader.openBytes("a,b\r\"x\ry\",2\r3,4\r");
        QVERIFY(reader.readRecord() && reader.readRecord() && reader.readRecord());
        QCOMPARE(reader.recordLine(), 4); // the quoted CR counts as a line
    }

    void unclosedQuoteAtEof()
    {
        CsvReader reader;
        const auto rows = parseAll("a,b\n1,2\n3,\"open\nstill open", &reader);
        QVERIFY(reader.hasError());
        QCOMPARE(reader.errorLine(), 3);
        QCOMPARE(reader.errorColumn(), 2);
        QVERIFY(reader.errorString().contains(QStringLiteral("unclosed quote")));
        QCOMPARE(rows.size(), 2);
    }

    void junkAfterQuote()
    {
        CsvReader reader;
        parseAll("a,b\n\"x\"y,2\n", &reader);
        QVERIFY(reader.hasError());
        QCOMPARE(reader.errorLine(), 2);
    }

    void nulByte()
    {
        CsvReader reader;
        parseAll(QByteArray("a,b\n1,x\0y\n", 11), &reader);
        QVERIFY(reader.hasError());
        QCOMPARE(reader.errorLine(), 2);
        QCOMPARE(reader.errorColumn(), 2);
        QVERIFY(reader.errorString().contains(QStringLiteral("NUL")));
    }

    void tenMegabyteField()
    {
        QByteArray big(10 * 1024 * 1024, 'x');
        big[5 * 1024 * 1024] = '\n'; // an embedded newline inside the quoted field
        const QByteArray bytes = "a,b\n1,\"" + big + "\"\n2,3\n";
        CsvReader reader;
        const auto rows = parseAll(bytes, &reader);
        QVERIFY(!reader.hasError());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).at(1).size(), big.size());
        QCOMPARE(rows.at(2), (QStringList{QStringLiteral("2"), QStringLiteral("3")}));
        CsvReader lines;
        lines.openBytes(bytes);
        QVERIFY(lines.readRecord() && lines.readRecord() && lines.readRecord());
        QCOMPARE(lines.recordLine(), 4);

        CsvReader::Options limited;
        limited.maxFieldBytes = 1024 * 1024;
        CsvReader strict(limited);
        parseAll(bytes, &strict);
        QVERIFY(strict.hasError());
        QVERIFY(strict.errorString().contains(QStringLiteral("longer")));
    }

    void utf8Fields()
    {
        const auto rows = parseAll(QStringLiteral("채널,값\n카카오톡,1\n").toUtf8());
        QCOMPARE(rows.at(1).at(0), QStringLiteral("카카오톡"));
    }

    void timestamps_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("date") << QByteArray("2024-03-01") << Q_INT64_C(1709251200000);
        QTest::newRow("datetime") << QByteArray("2024-03-01T09:30:00") << Q_INT64_C(1709285400000);
        QTest::newRow("space+fraction") << QByteArray("2024-03-01 09:30:00.250") << Q_INT64_C(1709285400250);
        QTest::newRow("zulu") << QByteArray("2024-03-01T09:30:00Z") << Q_INT64_C(1709285400000);
        QTest::newRow("offset") << QByteArray("2024-03-01T18:30:00+09:00") << Q_INT64_C(1709285400000);
        QTest::newRow("epoch-s") << QByteArray("1709285400") << Q_INT64_C(1709285400000);
        QTest::newRow("epoch-ms") << QByteArray("1709285400250") << Q_INT64_C(1709285400250);
        QTest::newRow("epoch-frac") << QByteArray("1709285400.5") << Q_INT64_C(1709285400500);
    }

    void timestamps()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, ms);
        const auto parsed = parseTimestampMs(std::string_view(text.constData(), std::size_t(text.size())));
        QVERIFY(parsed.has_value());
        QCOMPARE(qint64(*parsed), ms);
        QCOMPARE(parseTimestampMs(formatTimestampMs(ms)).value_or(-1), ms);
    }

    void badTimestamps()
    {
        const char *const bad[] = {"", "yesterday", "2024-13-01", "2023-02-29", "2024-03-01T25:00", "2024-03-01X",
                                   "12ab"};
        for (const char *text : bad)
            QVERIFY2(!parseTimestampMs(text).has_value(), text);
    }
};

OMNIMAP_SIM_TEST(TstCsvReader)
#include "tst_csvreader.moc"
