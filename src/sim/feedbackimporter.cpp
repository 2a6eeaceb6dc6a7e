#include "feedbackimporter.h"

#include "csvreader.h"
#include "dimensiondictionary.h"
#include "feedbackkind.h"
#include "feedbackwriter.h"
#include "importrun.h"
#include "nameencoder.h"
#include "timestampparser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <memory>

namespace omnimap::sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("omnimap::sim", text);
}

enum Field { Customer, Ts, Channel, Touchpoint, Stage, Kind, Score, Text, Source, FieldCount };

struct FieldSpec
{
    const char *name;
    const char *aliases[3];
    bool required;
};

const FieldSpec kFields[FieldCount] = {
    {"customer", {"customer_id", "user_id", nullptr}, false},
    {"ts", {"timestamp", "time", "date"}, true},
    {"channel", {nullptr, nullptr, nullptr}, false},
    {"touchpoint", {nullptr, nullptr, nullptr}, false},
    {"stage", {nullptr, nullptr, nullptr}, false},
    {"kind", {"survey", "type", nullptr}, true},
    {"score", {"value", nullptr, nullptr}, false},
    {"text", {"comment", "feedback", "review"}, false},
    {"source", {nullptr, nullptr, nullptr}, false},
};

/// Longer texts are refused: feedback is a comment, and a huge field is a broken file.
constexpr std::size_t kMaxTextBytes = 16 * 1024;

QString quoted(std::string_view text)
{
    QString s = QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(text.size(), 60)));
    if (text.size() > 60)
        s += QStringLiteral("…");
    return QLatin1Char('"') + s + QLatin1Char('"');
}

class FeedbackImport final
{
public:
    FeedbackImport(DataSet &dataSet, CsvReader &reader, const QString &source, const ImportOptions &options,
                   const FeedbackPlanNames &plan)
        : m_dataSet(dataSet)
        , m_db(dataSet.db())
        , m_reader(reader)
        , m_source(source)
        , m_options(options)
        , m_plan(plan)
        , m_run(m_db, options, m_result)
    {
    }

    ImportResult run();

private:
    bool mapHeader();
    bool loadCustomers();
    /// Validates the current record; on success fills `row` (names not yet encoded).
    bool check(FeedbackRecord &row, std::string_view names[3], std::string_view &customer);
    void problem(int field, const QString &reason);

    DataSet &m_dataSet;
    SqliteDb &m_db;
    CsvReader &m_reader;
    QString m_source;
    const ImportOptions &m_options;
    const FeedbackPlanNames &m_plan;
    ImportResult m_result;
    ImportRun m_run;
    int m_columns[FieldCount];
    QStringList m_header;
    NameEncoder m_customers;
    SqliteStatement m_insertCustomer;
};

void FeedbackImport::problem(int field, const QString &reason)
{
    const int column = field >= 0 && m_columns[field] >= 0 ? m_columns[field] + 1 : 0;
    m_run.addProblem(m_reader.recordLine(), column, column > 0 ? m_header.value(column - 1) : QString(), reason);
}

bool FeedbackImport::mapHeader()
{
    if (!m_reader.readRecord()) {
        if (m_reader.hasError())
            m_run.addProblem(m_reader.errorLine(), m_reader.errorColumn(), {}, m_reader.errorString());
        else
            m_run.addProblem(1, 0, {}, tr("the file is empty; expected a header line"));
        return false;
    }
    QHash<QString, int> byName;
    for (int i = 0; i < m_reader.fieldCount(); ++i) {
        const std::string_view raw = trimField(m_reader.field(i));
        const QString name = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
        m_header.append(name);
        const QString key = name.toLower();
        if (key.isEmpty()) {
            m_run.addProblem(m_reader.recordLine(), i + 1, {}, tr("the header has an empty column name"));
        } else if (byName.contains(key)) {
            m_run.addProblem(m_reader.recordLine(), i + 1, name,
                             tr("duplicate column name \"%1\" in the header (also column %2)")
                                 .arg(name)
                                 .arg(byName.value(key) + 1));
        } else {
            byName.insert(key, i);
        }
    }
    if (m_result.problemCount > 0)
        return false;
    for (auto it = m_options.mapping.cbegin(); it != m_options.mapping.cend(); ++it) {
        if (!feedbackFields().contains(it.key())) {
            m_run.addProblem(1, 0, it.key(), tr("unknown field \"%1\" in the mapping; expected one of: %2")
                                                 .arg(it.key(), feedbackFields().join(QStringLiteral(", "))));
        } else if (!byName.contains(it.value().toLower())) {
            m_run.addProblem(1, 0, it.key(), tr("the mapping names column \"%1\", which is not in the header")
                                                 .arg(it.value()));
        }
    }
    for (int f = 0; f < FieldCount; ++f) {
        const QString name = QString::fromLatin1(kFields[f].name);
        if (m_options.mapping.contains(name)) {
            m_columns[f] = byName.value(m_options.mapping.value(name).toLower(), -1);
        } else {
            m_columns[f] = byName.value(name, -1);
            for (const char *alias : kFields[f].aliases) {
                if (m_columns[f] < 0 && alias)
                    m_columns[f] = byName.value(QString::fromLatin1(alias), -1);
            }
        }
        if (kFields[f].required && m_columns[f] < 0 && !m_options.mapping.contains(name)) {
            m_run.addProblem(1, 0, name, tr("no column for the required field \"%1\"; map one with --map %1=COLUMN")
                                             .arg(name));
        }
    }
    if (m_result.problemCount == 0 && m_columns[Touchpoint] < 0 && m_columns[Stage] < 0)
        m_run.addProblem(1, 0, {}, tr("no column for \"touchpoint\" or \"stage\"; feedback needs at least one"));
    return m_result.problemCount == 0;
}

bool FeedbackImport::loadCustomers()
{
    SqliteStatement stmt = m_db.prepare("SELECT id, external_id FROM customers");
    int rc = SQLITE_ERROR;
    while (stmt.isValid() && (rc = stmt.step()) == SQLITE_ROW) {
        const QByteArray external = stmt.columnText(1).toUtf8();
        m_customers.add(std::string_view(external.constData(), std::size_t(external.size())), stmt.columnInt(0));
    }
    m_insertCustomer = m_db.prepare("INSERT INTO customers (id, external_id) VALUES (?, ?)");
    return rc == SQLITE_DONE && m_insertCustomer.isValid();
}

bool FeedbackImport::check(FeedbackRecord &row, std::string_view names[3], std::string_view &customer)
{
    const std::int64_t before = m_result.problemCount;
    auto text = [&](int field) {
        return m_columns[field] >= 0 ? trimField(m_reader.field(m_columns[field])) : std::string_view();
    };
    customer = text(Customer);
    const std::string_view tsText = m_reader.field(m_columns[Ts]);
    if (const auto ts = parseTimestampMs(tsText))
        row.ts = *ts;
    else
        problem(Ts, tr("not a timestamp (ISO 8601 or epoch seconds/milliseconds): %1").arg(quoted(tsText)));
    const int dimensionFields[3] = {Channel, Touchpoint, Stage};
    for (int d = 0; d < 3; ++d)
        names[d] = text(dimensionFields[d]);
    if (names[1].empty() && names[2].empty())
        problem(m_columns[Touchpoint] >= 0 ? Touchpoint : Stage, tr("the row names neither a touchpoint nor a stage"));
    if (!names[1].empty() && !m_plan.touchpoints.isEmpty()
        && !m_plan.touchpoints.contains(QString::fromUtf8(names[1].data(), qsizetype(names[1].size())))) {
        problem(Touchpoint, tr("touchpoint %1 is not in the plan").arg(quoted(names[1])));
    }
    if (!names[2].empty() && !m_plan.stages.isEmpty()
        && !m_plan.stages.contains(QString::fromUtf8(names[2].data(), qsizetype(names[2].size())))) {
        problem(Stage, tr("stage %1 is not in the plan").arg(quoted(names[2])));
    }
    const std::string_view kindText = text(Kind);
    const auto kind = feedbackKindFromName(kindText);
    if (!kind) {
        problem(Kind, tr("unknown kind %1; expected nps, csat, ces, rating or text").arg(quoted(kindText)));
    } else {
        row.kind = *kind;
        const std::string_view scoreText = text(Score);
        if (*kind == FeedbackKind::Text) {
            if (!scoreText.empty())
                problem(Score, tr("free-text feedback has no score; use another kind for %1").arg(quoted(scoreText)));
        } else if (scoreText.empty()) {
            problem(m_columns[Score] >= 0 ? Score : Kind,
                    tr("the %1 score is missing").arg(QString::fromLatin1(feedbackKindName(*kind))));
        } else {
            double score = 0.0;
            const auto parsed = std::from_chars(scoreText.data(), scoreText.data() + scoreText.size(), score);
            // from_chars accepts "inf" and "nan": a score must be a finite number.
            if (parsed.ec != std::errc() || parsed.ptr != scoreText.data() + scoreText.size() || !std::isfinite(score)) {
                problem(Score, tr("not a number: %1").arg(quoted(scoreText)));
            } else {
                const QString reason = checkFeedbackScore(*kind, score);
                if (!reason.isEmpty())
                    problem(Score, reason);
                row.score = score;
            }
        }
    }
    row.text = text(Text);
    if (row.kind == FeedbackKind::Text && kind && row.text.empty())
        problem(m_columns[Text] >= 0 ? Text : Kind, tr("free-text feedback with an empty text"));
    if (row.text.size() > kMaxTextBytes)
        problem(Text, tr("the text is longer than %1 bytes").arg(kMaxTextBytes));
    row.source = text(Source);
    return m_result.problemCount == before;
}

ImportResult FeedbackImport::run()
{
    QJsonObject mapping;
    for (auto it = m_options.mapping.cbegin(); it != m_options.mapping.cend(); ++it)
        mapping.insert(it.key(), it.value());
    SqliteTransaction transaction(m_db);
    if (!transaction.isActive()
        || !m_run.begin("feedback", m_source, QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)))) {
        m_result.error = tr("%1: can not start the import: %2").arg(m_dataSet.path(), m_db.lastError());
        return m_result;
    }
    if (!mapHeader()) {
        m_result.error = tr("%1: the header does not fit the feedback format.").arg(m_source);
        return m_result;
    }
    DimensionDictionary dimensions[3] = {{m_db, Dimension::Channel}, {m_db, Dimension::Touchpoint}, {m_db, Dimension::Stage}};
    if (!loadCustomers() || !dimensions[0].loaded() || !dimensions[1].loaded() || !dimensions[2].loaded()) {
        m_result.error = tr("%1: can not read the data set's customers and names: %2").arg(m_dataSet.path(), m_db.lastError());
        return m_result;
    }
    FeedbackWriter writer(m_db, m_result.runId);
    const int expectedFields = int(m_header.size());
    auto writeFailed = [&] {
        m_result.error = tr("%1: writing line %2 failed: %3").arg(m_dataSet.path()).arg(m_reader.recordLine()).arg(m_db.lastError());
        return m_result;
    };
    while (m_reader.readRecord()) {
        ++m_result.rowsRead;
        if (m_run.cancelled(m_result.rowsRead, m_reader.bytesConsumed(), m_reader.totalBytes())) {
            m_result.cancelled = true;
            m_result.rowsImported = 0;
            m_result.error = tr("The import was cancelled; the data set is unchanged.");
            return m_result;
        }
        const std::int64_t before = m_result.problemCount;
        FeedbackRecord row;
        std::string_view names[3];
        std::string_view customer;
        if (m_reader.fieldCount() != expectedFields)
            problem(-1, tr("expected %1 fields, found %2").arg(expectedFields).arg(m_reader.fieldCount()));
        else if (check(row, names, customer) && (m_options.skipBadRows || m_result.problemCount == 0)) {
            // Names and customers are stored only for good rows, so a bad row leaves nothing.
            int *ids[3] = {&row.channel, &row.touchpoint, &row.stage};
            for (int d = 0; d < 3; ++d) {
                *ids[d] = dimensions[d].idFor(names[d]);
                if (*ids[d] < 0)
                    return writeFailed();
            }
            if (!customer.empty()) {
                bool isNew = false;
                row.customer = m_customers.encode(customer, isNew);
                if (isNew) {
                    m_insertCustomer.bindInt(1, row.customer);
                    m_insertCustomer.bindText(2, customer);
                    const int rc = m_insertCustomer.step();
                    m_insertCustomer.reset();
                    if (rc != SQLITE_DONE)
                        return writeFailed();
                }
            }
            if (!writer.add(row))
                return writeFailed();
            ++m_result.rowsImported;
        }
        if (m_result.problemCount > before)
            ++m_result.rowsSkipped;
        if (m_run.shouldStop())
            break;
    }
    if (m_reader.hasError()) {
        // A broken quote or a non-UTF-8 field: the rest of the file can not be trusted.
        m_run.addProblem(m_reader.errorLine(), m_reader.errorColumn(), {}, m_reader.errorString());
        m_result.rowsImported = 0;
        m_result.error = tr("%1: the CSV is malformed; nothing was imported.").arg(m_source);
        return m_result;
    }
    if (m_result.problemCount > 0 && !m_options.skipBadRows) {
        m_result.rowsImported = 0;
        const int badRows = int(std::min(m_result.rowsSkipped, std::int64_t(1) << 30));
        m_result.error = QCoreApplication::translate("omnimap::sim",
                                                     "%1: %n bad row(s); nothing was imported (use --skip-bad-rows "
                                                     "to import the rest).",
                                                     nullptr, badRows)
                             .arg(m_source);
        return m_result;
    }
    if (!writer.flush() || !m_run.finish() || !m_dataSet.bumpGeneration()) {
        m_result.error = tr("%1: writing the feedback failed: %2").arg(m_dataSet.path(), m_db.lastError());
        return m_result;
    }
    if (m_options.progress)
        m_options.progress(m_reader.totalBytes(), m_reader.totalBytes());
    if (!transaction.commit()) {
        m_result.error = tr("%1: committing the import failed: %2").arg(m_dataSet.path(), m_db.lastError());
        return m_result;
    }
    m_result.ok = true;
    return m_result;
}

} // namespace

QStringList feedbackFields()
{
    QStringList names;
    for (const FieldSpec &spec : kFields)
        names.append(QString::fromLatin1(spec.name));
    return names;
}

ImportResult importFeedbackCsv(DataSet &dataSet, const QString &csvPath, const ImportOptions &options,
                               const FeedbackPlanNames &plan)
{
    CsvReader reader;
    if (!reader.open(csvPath)) {
        ImportResult result;
        result.error = tr("%1: can not read: %2").arg(csvPath, reader.errorString());
        return result;
    }
    FeedbackImport import(dataSet, reader, QFileInfo(csvPath).fileName(), options, plan);
    return import.run();
}

ImportResult importFeedbackCsvBytes(DataSet &dataSet, const QByteArray &csv, const QString &sourceName,
                                    const ImportOptions &options, const FeedbackPlanNames &plan)
{
    CsvReader reader;
    reader.openBytes(csv);
    FeedbackImport import(dataSet, reader, sourceName, options, plan);
    return import.run();
}

} // namespace omnimap::sim
