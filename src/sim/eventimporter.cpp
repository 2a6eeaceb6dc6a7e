#include "eventimporter.h"

#include "csvreader.h"
#include "dimensiondictionary.h"
#include "eventwriter.h"
#include "importrun.h"
#include "timestampparser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace omnimap::sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("omnimap::sim", text);
}

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
    return result.ec == std::errc() && result.ptr == text.data() + text.size() && value == value;
}

QString quoted(std::string_view text)
{
    QString s = QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(text.size(), 60)));
    if (text.size() > 60)
        s += QStringLiteral("…");
    return QLatin1Char('"') + s + QLatin1Char('"');
}

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
    {
    }

    ImportResult run();

private:
    bool mapHeader();
    bool processRow();
    std::int64_t customerId(std::string_view external, bool &isNew);
    bool insertCustomer(std::int64_t id, std::string_view external);

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
    std::unordered_map<std::string, std::int64_t> m_customers;
    std::int64_t m_nextCustomer = 1;
    std::unique_ptr<EventWriter> m_writer;
    SqliteStatement m_insertCustomer, m_insertAttribute;
    bool m_dbError = false;
};

bool EventImport::mapHeader()
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
            continue;
        }
        if (byName.contains(key)) {
            m_run.addProblem(m_reader.recordLine(), i + 1, name,
                             tr("duplicate column name \"%1\" in the header (also column %2)")
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
            m_run.addProblem(1, 0, it.key(), tr("unknown field \"%1\" in the mapping; expected one of: %2")
                                                 .arg(it.key(), eventFields().join(QStringLiteral(", "))));
        } else if (!byName.contains(it.value().toLower())) {
            m_run.addProblem(1, 0, it.key(), tr("the mapping names column \"%1\", which is not in the header")
                                                 .arg(it.value()));
        } else if (it.key().startsWith(QStringLiteral("attr:"))) {
            m_attributeColumns.emplace_back(it.key().mid(5), byName.value(it.value().toLower()));
        }
    }
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
            m_run.addProblem(1, 0, name, tr("no column for the required field \"%1\"; map one with --map %1=COLUMN")
                                             .arg(name));
        }
    }
    return m_result.problemCount == 0;
}

std::int64_t EventImport::customerId(std::string_view external, bool &isNew)
{
    thread_local std::string key;
    key.assign(external.data(), external.size());
    const auto found = m_customers.find(key);
    if (found != m_customers.end()) {
        isNew = false;
        return found->second;
    }
    isNew = true;
    const std::int64_t id = m_nextCustomer++;
    m_customers.emplace(key, id);
    return id;
}

bool EventImport::insertCustomer(std::int64_t id, std::string_view external)
{
    auto text = [this](int field) {
        return m_columns[field] >= 0 ? trimField(m_reader.field(m_columns[field])) : std::string_view();
    };
    m_insertCustomer.bindInt(1, id);
    m_insertCustomer.bindText(2, external);
    const int fields[4] = {AgeBand, Gender, Region, SignupDate};
    for (int i = 0; i < 4; ++i) {
        const std::string_view value = text(fields[i]);
        if (value.empty())
            m_insertCustomer.bindNull(3 + i);
        else
            m_insertCustomer.bindText(3 + i, value);
    }
    bool ok = m_insertCustomer.step() == SQLITE_DONE;
    m_insertCustomer.reset();
    for (const auto &[name, column] : m_attributeColumns) {
        const std::string_view value = trimField(m_reader.field(column));
        if (value.empty())
            continue;
        m_insertAttribute.bindInt(1, id);
        m_insertAttribute.bindText(2, name);
        m_insertAttribute.bindText(3, value);
        ok = ok && m_insertAttribute.step() == SQLITE_DONE;
        m_insertAttribute.reset();
    }
    return ok;
}

ImportResult EventImport::run()
{
    QJsonObject mapping;
    for (auto it = m_options.mapping.cbegin(); it != m_options.mapping.cend(); ++it)
        mapping.insert(it.key(), it.value());

    SqliteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        m_result.error = tr("%1: can not start the import: %2").arg(m_dataSet.path(), m_db.lastError());
        return m_result;
    }
    if (!m_run.begin("events", m_source, QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)))) {
        m_result.error = tr("%1: can not record the import: %2").arg(m_dataSet.path(), m_db.lastError());
        return m_result;
    }
    if (!mapHeader()) {
        m_result.error = tr("%1: the header does not fit the event format.").arg(m_source);
        return m_result;
    }

    DimensionDictionary channels(m_db, Dimension::Channel);
    DimensionDictionary touchpoints(m_db, Dimension::Touchpoint);
    DimensionDictionary stages(m_db, Dimension::Stage);
    DimensionDictionary eventTypes(m_db, Dimension::EventType);
    {
        SqliteStatement stmt = m_db.prepare("SELECT id, external_id FROM customers");
        while (stmt.step() == SQLITE_ROW) {
            const std::int64_t id = stmt.columnInt(0);
            m_customers.emplace(stmt.columnText(1).toStdString(), id);
            m_nextCustomer = std::max(m_nextCustomer, id + 1);
        }
    }
    m_writer = std::make_unique<EventWriter>(m_db, m_result.runId);
    m_insertCustomer = m_db.prepare(
        "INSERT INTO customers (id, external_id, age_band, gender, region, signup_date) VALUES (?, ?, ?, ?, ?, ?)");
    m_insertAttribute = m_db.prepare("INSERT OR REPLACE INTO customer_attributes (customer_id, name, value) VALUES (?, ?, ?)");

    const int expectedFields = int(m_header.size());
    const std::int64_t total = m_reader.totalBytes();
    while (m_reader.readRecord()) {
        ++m_result.rowsRead;
        if (m_run.cancelled(m_result.rowsRead, m_reader.bytesConsumed(), total)) {
            m_result.cancelled = true;
            m_result.error = tr("The import was cancelled; the data set is unchanged.");
            return m_result;
        }
        const std::int64_t line = m_reader.recordLine();
        const std::int64_t problemsBefore = m_result.problemCount;
        auto problem = [&](int field, const QString &reason) {
            const int column = field >= 0 ? m_columns[field] + 1 : 0;
            m_run.addProblem(line, column, column > 0 ? m_header.value(column - 1) : QString(), reason);
        };
        if (m_reader.fieldCount() != expectedFields) {
            problem(-1, tr("expected %1 fields, found %2").arg(expectedFields).arg(m_reader.fieldCount()));
        } else {
            EventRecord row;
            const std::string_view external = trimField(m_reader.field(m_columns[Customer]));
            if (external.empty())
                problem(Customer, tr("the customer id is empty"));
            const std::string_view tsText = m_reader.field(m_columns[Ts]);
            const auto ts = parseTimestampMs(tsText);
            if (!ts)
                problem(Ts, tr("not a timestamp (ISO 8601 or epoch seconds/milliseconds): %1").arg(quoted(tsText)));
            else
                row.ts = *ts;
            const std::string_view typeText = trimField(m_reader.field(m_columns[EventType]));
            if (typeText.empty())
                problem(EventType, tr("the event type is empty"));
            const int amounts[2] = {Revenue, Cost};
            for (int field : amounts) {
                if (m_columns[field] < 0)
                    continue;
                double &target = field == Revenue ? row.revenue : row.cost;
                if (!parseAmount(m_reader.field(m_columns[field]), target))
                    problem(field, tr("not a number: %1").arg(quoted(m_reader.field(m_columns[field]))));
            }
            const bool writing = m_options.skipBadRows || m_result.problemCount == 0;
            if (m_result.problemCount == problemsBefore && writing) {
                auto dim = [this](DimensionDictionary &dictionary, int field) {
                    return m_columns[field] >= 0 ? dictionary.idFor(m_reader.field(m_columns[field])) : 0;
                };
                row.channel = dim(channels, Channel);
                row.touchpoint = dim(touchpoints, Touchpoint);
                row.stage = dim(stages, Stage);
                row.eventType = eventTypes.idFor(typeText);
                bool isNew = false;
                row.customer = customerId(external, isNew);
                if (row.channel < 0 || row.touchpoint < 0 || row.stage < 0 || row.eventType < 0
                    || (isNew && !insertCustomer(row.customer, external))) {
                    m_dbError = true;
                } else {
                    m_dbError = !m_writer->add(row);
                }
                if (m_dbError) {
                    m_result.error = tr("%1: writing line %2 failed: %3").arg(m_dataSet.path()).arg(line).arg(m_db.lastError());
                    return m_result;
                }
                ++m_result.rowsImported;
            }
            // A rejecting import that already failed keeps validating but stops writing.
        }
        if (m_result.problemCount > problemsBefore)
            ++m_result.rowsSkipped;
        if (m_run.shouldStop())
            break;
        if (!m_options.skipBadRows && m_result.problemCount > 0)
            m_writer->discard();
    }
    if (m_reader.hasError()) {
        // A broken quote loses the record boundaries, so nothing after it can be trusted.
        m_run.addProblem(m_reader.errorLine(), m_reader.errorColumn(), {}, m_reader.errorString());
        m_result.error = tr("%1: the CSV is malformed; nothing was imported.").arg(m_source);
        m_result.rowsImported = 0;
        return m_result;
    }
    if (m_result.problemCount > 0 && !m_options.skipBadRows) {
        m_result.rowsImported = 0;
        m_result.error = QCoreApplication::translate("omnimap::sim",
                                                     "%1: %n bad row(s); nothing was imported (use --skip-bad-rows "
                                                     "to import the rest).",
                                                     nullptr, int(std::min<std::int64_t>(m_result.problemCount, 1 << 30)))
                             .arg(m_source);
        return m_result;
    }
    if (!m_writer->flush() || !m_run.finish() || !m_dataSet.bumpGeneration()) {
        m_result.error = tr("%1: writing the events failed: %2").arg(m_dataSet.path(), m_db.lastError());
        return m_result;
    }
    if (m_options.progress)
        m_options.progress(total, total);
    if (!transaction.commit()) {
        m_result.error = tr("%1: committing the import failed: %2").arg(m_dataSet.path(), m_db.lastError());
        return m_result;
    }
    m_result.ok = true;
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
        result.error = tr("%1: can not read: %2").arg(csvPath, reader.errorString());
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
