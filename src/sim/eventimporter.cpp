#include "eventimporter.h"

#include "bulkload.h"
#include "csvreader.h"
#include "dimensiondictionary.h"
#include "eventwriter.h"
#include "importdictionary.h"
#include "importpipeline.h"
#include "importrun.h"
#include "timestampparser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

namespace omnimap::sim {

namespace {

struct EventimporterTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

enum Field { Customer, Ts, Channel, Touchpoint, Stage, EventType, Revenue, Cost, AgeBand, Gender, Region, SignupDate, FieldCount };

struct FieldSpec
{
    const char *name;
    const char *aliases[3];
    bool required;
};

const FieldSpec kFields[FieldCount] = {
    {"customer", {"customer_id", "user_id", nullptr}, true},
    {"ts", {"timestamp", "event_time", "time"}, true},
    {"channel", {nullptr, nullptr, nullptr}, false},
    {"touchpoint", {nullptr, nullptr, nullptr}, false},
    {"stage", {nullptr, nullptr, nullptr}, false},
    {"event_type", {"event", "type", nullptr}, true},
    {"revenue", {"value", nullptr, nullptr}, false},
    {"cost", {nullptr, nullptr, nullptr}, false},
    {"age_band", {nullptr, nullptr, nullptr}, false},
    {"gender", {nullptr, nullptr, nullptr}, false},
    {"region", {nullptr, nullptr, nullptr}, false},
    {"signup_date", {nullptr, nullptr, nullptr}, false},
};

bool parseAmount(std::string_view text, double &value)
{
    text = trimField(text);
    if (text.empty()) {
        value = 0.0;
        return true;
    }
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    // from_chars accepts "inf", "Infinity" and "nan": an amount must be a finite number.
    return result.ec == std::errc() && result.ptr == text.data() + text.size() && std::isfinite(value);
}

QString quoted(std::string_view text)
{
    QString s = QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(text.size(), 60)));
    if (text.size() > 60)
        s += QStringLiteral("…");
    return QLatin1Char('"') + s + QLatin1Char('"');
}

using Batch = ImportBatch<EventRecord>;

class EventImport final
{
public:
    EventImport(DataSet &dataSet, CsvReader &reader, const QString &source, const ImportOptions &options)
        : m_db(dataSet.db())
        , m_dataSet(dataSet)
        , m_reader(reader)
        , m_source(source)
        , m_options(options)
        , m_run(m_db, options, m_result)
        , m_dictionary(m_db)
    {
    }

    ImportResult run();

private:
    bool mapHeader();
    void encode(Batch &batch, bool writing); ///< the parse thread, one record
    bool write(const Batch &batch);          ///< the writer (calling) thread

    SqliteDb &m_db;
    DataSet &m_dataSet;
    CsvReader &m_reader;
    QString m_source;
    const ImportOptions &m_options;
    ImportResult m_result;
    ImportRun m_run;

    int m_columns[FieldCount];
    QStringList m_header;
    std::vector<std::pair<QString, int>> m_attributeColumns;
    QStringList m_attributeNames;
    ImportDictionary m_dictionary;
    std::unique_ptr<EventWriter> m_writer;
    BulkLoad *m_bulkLoad = nullptr; ///< while run() is loading
};

bool EventImport::mapHeader()
{
    if (!m_reader.readRecord()) {
        if (m_reader.hasError())
            m_run.addProblem(m_reader.errorLine(), m_reader.errorColumn(), {}, m_reader.errorString());
        else
            m_run.addProblem(1, 0, {}, EventimporterTr::tr("the file is empty; expected a header line"));
        return false;
    }
    QHash<QString, int> byName;
    for (int i = 0; i < m_reader.fieldCount(); ++i) {
        const std::string_view raw = trimField(m_reader.field(i));
        const QString name = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
        m_header.append(name);
        const QString key = name.toLower();
        if (key.isEmpty()) {
            m_run.addProblem(m_reader.recordLine(), i + 1, {}, EventimporterTr::tr("the header has an empty column name"));
            continue;
        }
        if (byName.contains(key)) {
            m_run.addProblem(m_reader.recordLine(), i + 1, name,
                             EventimporterTr::tr("duplicate column name \"%1\" in the header (also column %2)")
                                 .arg(name)
                                 .arg(byName.value(key) + 1));
            continue;
        }
        byName.insert(key, i);
    }
    if (m_result.problemCount > 0)
        return false;

    for (auto it = m_options.mapping.cbegin(); it != m_options.mapping.cend(); ++it) {
        const bool known = it.key().startsWith(QStringLiteral("attr:")) || eventFields().contains(it.key());
        if (!known) {
            m_run.addProblem(1, 0, it.key(), EventimporterTr::tr("unknown field \"%1\" in the mapping; expected one of: %2")
                                                 .arg(it.key(), eventFields().join(QStringLiteral(", "))));
        } else if (!byName.contains(it.value().toLower())) {
            m_run.addProblem(1, 0, it.key(), EventimporterTr::tr("the mapping names column \"%1\", which is not in the header")
                                                 .arg(it.value()));
        } else if (it.key().startsWith(QStringLiteral("attr:"))) {
            m_attributeColumns.emplace_back(it.key().mid(5), byName.value(it.value().toLower()));
        }
    }
    // A column named "variant" is the experiment arm (docs/experiments.md): kept as the
    // customer attribute "variant" without a mapping, like the standard fields.
    const QString variantKey = QStringLiteral("attr:variant");
    if (!m_options.mapping.contains(variantKey) && byName.contains(QStringLiteral("variant")))
        m_attributeColumns.emplace_back(QStringLiteral("variant"), byName.value(QStringLiteral("variant")));
    for (int f = 0; f < FieldCount; ++f) {
        const QString name = QString::fromLatin1(kFields[f].name);
        m_columns[f] = -1;
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
            m_run.addProblem(1, 0, name, EventimporterTr::tr("no column for the required field \"%1\"; map one with --map %1=COLUMN")
                                             .arg(name));
        }
    }
    return m_result.problemCount == 0;
}

void EventImport::encode(Batch &batch, bool writing)
{
    static const int dimensionField[4] = {Channel, Touchpoint, Stage, EventType};
    const std::int64_t line = m_reader.recordLine();
    const std::int64_t problemsBefore = m_result.problemCount;
    auto problem = [&](int field, const QString &reason) {
        const int column = field >= 0 ? m_columns[field] + 1 : 0;
        m_run.addProblem(line, column, column > 0 ? m_header.value(column - 1) : QString(), reason);
    };
    // The next row's customer probe starts loading now, a row ahead of its use: with
    // millions of customers the table does not fit in any cache.
    m_dictionary.prefetchCustomer(trimField(m_reader.peekNextField(m_columns[Customer])));
    // Every 131 072 rows (~8 MB of the data set): the commit's sync then finds little
    // left to write. From this thread, which has time to spare: starting the writeback
    // is CPU work of the kernel's (ext4 allocates the blocks then) in the caller.
    if ((m_result.rowsRead & 0x1FFFF) == 0 && m_bulkLoad)
        m_bulkLoad->startWriteback();
    EventRecord row;
    const std::string_view external = trimField(m_reader.field(m_columns[Customer]));
    if (external.empty())
        problem(Customer, EventimporterTr::tr("the customer id is empty"));
    const std::string_view tsText = m_reader.field(m_columns[Ts]);
    const auto ts = parseTimestampMs(tsText);
    if (!ts)
        problem(Ts, EventimporterTr::tr("not a timestamp (ISO 8601 or epoch seconds/milliseconds): %1").arg(quoted(tsText)));
    else
        row.ts = *ts;
    if (trimField(m_reader.field(m_columns[EventType])).empty())
        problem(EventType, EventimporterTr::tr("the event type is empty"));
    const int amounts[2] = {Revenue, Cost};
    for (int field : amounts) {
        if (m_columns[field] < 0)
            continue;
        double &target = field == Revenue ? row.revenue : row.cost;
        if (!parseAmount(m_reader.field(m_columns[field]), target))
            problem(field, EventimporterTr::tr("not a number: %1").arg(quoted(m_reader.field(m_columns[field]))));
    }
    // Rows are encoded only once they are known to be good, so a bad row never leaves a
    // name or a customer behind.
    if (m_result.problemCount != problemsBefore || !writing)
        return;
    int ids[4] = {0, 0, 0, 0};
    for (int d = 0; d < 4; ++d) {
        if (m_columns[dimensionField[d]] < 0)
            continue;
        const std::string_view name = trimField(m_reader.field(m_columns[dimensionField[d]]));
        if (name.empty())
            continue;
        ids[d] = m_dictionary.encodeName(Dimension(d), name, batch.names);
        if (ids[d] < 0) {
            problem(dimensionField[d], EventimporterTr::tr("more than 65535 distinct names in this column"));
            return;
        }
    }
    row.channel = ids[0];
    row.touchpoint = ids[1];
    row.stage = ids[2];
    row.eventType = ids[3];
    bool isNew = false;
    row.customer = m_dictionary.encodeCustomer(external, isNew);
    if (isNew) {
        NewCustomer customer;
        customer.id = row.customer;
        customer.external.assign(external);
        const int attributeFields[4] = {AgeBand, Gender, Region, SignupDate};
        for (int i = 0; i < 4; ++i) {
            if (m_columns[attributeFields[i]] >= 0)
                customer.fields[i].assign(trimField(m_reader.field(m_columns[attributeFields[i]])));
        }
        for (std::size_t a = 0; a < m_attributeColumns.size(); ++a) {
            const std::string_view value = trimField(m_reader.field(m_attributeColumns[a].second));
            if (!value.empty())
                customer.custom.emplace_back(a, std::string(value));
        }
        batch.customers.push_back(std::move(customer));
    }
    batch.rows.push_back(row);
}

bool EventImport::write(const Batch &batch)
{
    if (!m_dictionary.write(batch.names, batch.customers, m_attributeNames))
        return false;
    return m_writer->add(batch.rows.data(), batch.rows.size());
}

ImportResult EventImport::run()
{
    QJsonObject mapping;
    for (auto it = m_options.mapping.cbegin(); it != m_options.mapping.cend(); ++it)
        mapping.insert(it.key(), it.value());

    ForeignKeysOff foreignKeysOff(m_db); // must outlive the transaction
    BulkLoad bulkLoad(m_db);             // likewise
    m_bulkLoad = &bulkLoad;
    SqliteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        m_result.error = EventimporterTr::tr("%1: can not start the import: %2").arg(m_dataSet.path(), m_db.lastError());
        return m_result;
    }
    if (!m_run.begin("events", m_source, QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)))) {
        m_result.error = EventimporterTr::tr("%1: can not record the import: %2").arg(m_dataSet.path(), m_db.lastError());
        return m_result;
    }
    if (!mapHeader()) {
        m_result.error = EventimporterTr::tr("%1: the header does not fit the event format.").arg(m_source);
        return m_result;
    }
    if (!m_dictionary.load()) {
        m_result.error = EventimporterTr::tr("%1: can not read the data set's customers and names: %2").arg(m_dataSet.path(), m_db.lastError());
        return m_result;
    }
    for (const auto &column : m_attributeColumns)
        m_attributeNames.append(column.first);
    m_writer = std::make_unique<EventWriter>(m_db, m_result.runId);
    ImportPipeline pipeline(m_reader, m_run, m_result, m_options);
    const ImportPipeline::End end = pipeline.run<EventRecord>(
        int(m_header.size()), [this](Batch &batch, bool writing) { encode(batch, writing); },
        [this](const Batch &batch) { return write(batch); });
    pipeline.conclude(end, m_dataSet, transaction, m_source, [this] { return m_writer->flush(); },
                      EventimporterTr::tr("%1: writing the events failed: %2"));
    return m_result;
}

} // namespace

QStringList eventFields()
{
    QStringList names;
    for (const FieldSpec &spec : kFields)
        names.append(QString::fromLatin1(spec.name));
    return names;
}

ImportResult importEventsCsv(DataSet &dataSet, const QString &csvPath, const ImportOptions &options)
{
    CsvReader reader;
    if (!reader.open(csvPath)) {
        ImportResult result;
        result.error = EventimporterTr::tr("%1: can not read: %2").arg(csvPath, reader.errorString());
        return result;
    }
    EventImport import(dataSet, reader, QFileInfo(csvPath).fileName(), options);
    return import.run();
}

ImportResult importEventsCsvBytes(DataSet &dataSet, const QByteArray &csv, const QString &sourceName,
                                  const ImportOptions &options)
{
    CsvReader reader;
    reader.openBytes(csv);
    EventImport import(dataSet, reader, sourceName, options);
    return import.run();
}

} // namespace omnimap::sim
