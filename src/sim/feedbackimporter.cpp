#include "feedbackimporter.h"

#include "bulkload.h"
#include "csvreader.h"
#include "dimensiondictionary.h"
#include "feedbackkind.h"
#include "feedbackwriter.h"
#include "importdictionary.h"
#include "importpipeline.h"
#include "importrun.h"
#include "timestampparser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

namespace omnimap::sim {

namespace {

struct FeedbackimporterTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

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

/// A row on its way to the writer: its text and source are bytes of the batch's arena
/// (the reader's buffer moves on while the batch waits in the queue).
struct FeedbackRow
{
    FeedbackRecord record; ///< text and source empty
    std::size_t textBegin = 0, textEnd = 0, sourceEnd = 0;
};
using Batch = ImportBatch<FeedbackRow>;

/// The plan's names as sorted UTF-8, looked up per row without building a QString.
class PlanNames final
{
public:
    explicit PlanNames(const QSet<QString> &names)
    {
        for (const QString &name : names)
            m_names.push_back(name.toStdString());
        std::sort(m_names.begin(), m_names.end());
    }
    /// True when the plan lists no names (every name is accepted) or lists `name`.
    bool accepts(std::string_view name) const
    {
        return m_names.empty()
            || std::binary_search(m_names.begin(), m_names.end(), name,
                                  [](std::string_view a, std::string_view b) { return a < b; });
    }

private:
    std::vector<std::string> m_names;
};

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
        , m_touchpoints(plan.touchpoints)
        , m_stages(plan.stages)
        , m_run(m_db, options, m_result)
        , m_dictionary(m_db)
    {
    }

    ImportResult run();

private:
    bool mapHeader();
    /// Validates the current record; on success fills `row` (names not yet encoded).
    bool check(FeedbackRecord &row, std::string_view names[3], std::string_view &customer);
    void encode(Batch &batch, bool writing); ///< the parse thread, one record
    bool write(const Batch &batch);          ///< the writer (calling) thread
    void problem(int field, const QString &reason);

    DataSet &m_dataSet;
    SqliteDb &m_db;
    CsvReader &m_reader;
    QString m_source;
    const ImportOptions &m_options;
    PlanNames m_touchpoints;
    PlanNames m_stages;
    ImportResult m_result;
    ImportRun m_run;
    int m_columns[FieldCount];
    QStringList m_header;
    ImportDictionary m_dictionary;
    std::unique_ptr<FeedbackWriter> m_writer;
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
            m_run.addProblem(1, 0, {}, FeedbackimporterTr::tr("the file is empty; expected a header line"));
        return false;
    }
    QHash<QString, int> byName;
    for (int i = 0; i < m_reader.fieldCount(); ++i) {
        const std::string_view raw = trimField(m_reader.field(i));
        const QString name = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
        m_header.append(name);
        const QString key = name.toLower();
        if (key.isEmpty()) {
            m_run.addProblem(m_reader.recordLine(), i + 1, {}, FeedbackimporterTr::tr("the header has an empty column name"));
        } else if (byName.contains(key)) {
            m_run.addProblem(m_reader.recordLine(), i + 1, name,
                             FeedbackimporterTr::tr("duplicate column name \"%1\" in the header (also column %2)")
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
            m_run.addProblem(1, 0, it.key(), FeedbackimporterTr::tr("unknown field \"%1\" in the mapping; expected one of: %2")
                                                 .arg(it.key(), feedbackFields().join(QStringLiteral(", "))));
        } else if (!byName.contains(it.value().toLower())) {
            m_run.addProblem(1, 0, it.key(), FeedbackimporterTr::tr("the mapping names column \"%1\", which is not in the header")
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
            m_run.addProblem(1, 0, name, FeedbackimporterTr::tr("no column for the required field \"%1\"; map one with --map %1=COLUMN")
                                             .arg(name));
        }
    }
    if (m_result.problemCount == 0 && m_columns[Touchpoint] < 0 && m_columns[Stage] < 0)
        m_run.addProblem(1, 0, {}, FeedbackimporterTr::tr("no column for \"touchpoint\" or \"stage\"; feedback needs at least one"));
    return m_result.problemCount == 0;
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
        problem(Ts, FeedbackimporterTr::tr("not a timestamp (ISO 8601 or epoch seconds/milliseconds): %1").arg(quoted(tsText)));
    const int dimensionFields[3] = {Channel, Touchpoint, Stage};
    for (int d = 0; d < 3; ++d)
        names[d] = text(dimensionFields[d]);
    if (names[1].empty() && names[2].empty())
        problem(m_columns[Touchpoint] >= 0 ? Touchpoint : Stage, FeedbackimporterTr::tr("the row names neither a touchpoint nor a stage"));
    if (!names[1].empty() && !m_touchpoints.accepts(names[1]))
        problem(Touchpoint, FeedbackimporterTr::tr("touchpoint %1 is not in the plan").arg(quoted(names[1])));
    if (!names[2].empty() && !m_stages.accepts(names[2]))
        problem(Stage, FeedbackimporterTr::tr("stage %1 is not in the plan").arg(quoted(names[2])));
    const std::string_view kindText = text(Kind);
    const auto kind = feedbackKindFromName(kindText);
    if (!kind) {
        problem(Kind, FeedbackimporterTr::tr("unknown kind %1; expected nps, csat, ces, rating or text").arg(quoted(kindText)));
    } else {
        row.kind = *kind;
        const std::string_view scoreText = text(Score);
        if (*kind == FeedbackKind::Text) {
            if (!scoreText.empty())
                problem(Score, FeedbackimporterTr::tr("free-text feedback has no score; use another kind for %1").arg(quoted(scoreText)));
        } else if (scoreText.empty()) {
            problem(m_columns[Score] >= 0 ? Score : Kind,
                    FeedbackimporterTr::tr("the %1 score is missing").arg(QString::fromLatin1(feedbackKindName(*kind))));
        } else {
            double score = 0.0;
            const auto parsed = std::from_chars(scoreText.data(), scoreText.data() + scoreText.size(), score);
            // from_chars accepts "inf" and "nan": a score must be a finite number.
            if (parsed.ec != std::errc() || parsed.ptr != scoreText.data() + scoreText.size() || !std::isfinite(score)) {
                problem(Score, FeedbackimporterTr::tr("not a number: %1").arg(quoted(scoreText)));
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
        problem(m_columns[Text] >= 0 ? Text : Kind, FeedbackimporterTr::tr("free-text feedback with an empty text"));
    if (row.text.size() > kMaxTextBytes)
        problem(Text, FeedbackimporterTr::tr("the text is longer than %1 bytes").arg(kMaxTextBytes));
    row.source = text(Source);
    return m_result.problemCount == before;
}

void FeedbackImport::encode(Batch &batch, bool writing)
{
    FeedbackRow row;
    std::string_view names[3];
    std::string_view customer;
    // Names and customers are encoded only for good rows, so a bad row leaves nothing.
    if (!check(row.record, names, customer) || !writing)
        return;
    int *ids[3] = {&row.record.channel, &row.record.touchpoint, &row.record.stage};
    const Dimension dimensions[3] = {Dimension::Channel, Dimension::Touchpoint, Dimension::Stage};
    const int fields[3] = {Channel, Touchpoint, Stage};
    for (int d = 0; d < 3; ++d) {
        if (names[d].empty())
            continue;
        *ids[d] = m_dictionary.encodeName(dimensions[d], names[d], batch.names);
        if (*ids[d] < 0) {
            problem(fields[d], FeedbackimporterTr::tr("more than 65535 distinct names in this column"));
            return;
        }
    }
    if (!customer.empty()) {
        bool isNew = false;
        row.record.customer = m_dictionary.encodeCustomer(customer, isNew);
        if (isNew) {
            NewCustomer added;
            added.id = row.record.customer;
            added.external.assign(customer);
            batch.customers.push_back(std::move(added));
        }
    }
    row.textBegin = batch.text.size();
    batch.text.append(row.record.text);
    row.textEnd = batch.text.size();
    batch.text.append(row.record.source);
    row.sourceEnd = batch.text.size();
    row.record.text = {};
    row.record.source = {};
    batch.rows.push_back(row);
}

bool FeedbackImport::write(const Batch &batch)
{
    if (!m_dictionary.write(batch.names, batch.customers))
        return false;
    const std::string_view text(batch.text);
    for (const FeedbackRow &row : batch.rows) {
        FeedbackRecord record = row.record;
        record.text = text.substr(row.textBegin, row.textEnd - row.textBegin);
        record.source = text.substr(row.textEnd, row.sourceEnd - row.textEnd);
        if (!m_writer->add(record))
            return false;
    }
    return true;
}

ImportResult FeedbackImport::run()
{
    QJsonObject mapping;
    for (auto it = m_options.mapping.cbegin(); it != m_options.mapping.cend(); ++it)
        mapping.insert(it.key(), it.value());
    ForeignKeysOff foreignKeysOff(m_db); // must outlive the transaction
    BulkLoad bulkLoad(m_db);             // likewise
    SqliteTransaction transaction(m_db);
    if (!transaction.isActive()
        || !m_run.begin("feedback", m_source, QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)))) {
        m_result.error = FeedbackimporterTr::tr("%1: can not start the import: %2").arg(m_dataSet.path(), m_db.lastError());
        return m_result;
    }
    if (!mapHeader()) {
        m_result.error = FeedbackimporterTr::tr("%1: the header does not fit the feedback format.").arg(m_source);
        return m_result;
    }
    if (!m_dictionary.load()) {
        m_result.error = FeedbackimporterTr::tr("%1: can not read the data set's customers and names: %2").arg(m_dataSet.path(), m_db.lastError());
        return m_result;
    }
    m_writer = std::make_unique<FeedbackWriter>(m_db, m_result.runId);
    ImportPipeline pipeline(m_reader, m_run, m_result, m_options);
    const ImportPipeline::End end = pipeline.run<FeedbackRow>(
        int(m_header.size()), [this](Batch &batch, bool writing) { encode(batch, writing); },
        [this](const Batch &batch) { return write(batch); });
    pipeline.conclude(end, m_dataSet, transaction, m_source, [this] { return m_writer->flush(); },
                      FeedbackimporterTr::tr("%1: writing the feedback failed: %2"));
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
        result.error = FeedbackimporterTr::tr("%1: can not read: %2").arg(csvPath, reader.errorString());
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
