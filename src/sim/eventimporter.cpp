#include "eventimporter.h"

#include "bulkload.h"
#include "csvreader.h"
#include "dimensiondictionary.h"
#include "eventwriter.h"
#include "importbatch.h"
#include "importrun.h"
#include "nameencoder.h"
#include "timestampparser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
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

constexpr std::size_t kBatchRows = 8192;
constexpr std::size_t kCustomersPerStatement = 32;

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
    bool loadExisting();
    void parse();               ///< the parse thread
    bool write(const Batch &batch); ///< the writer (calling) thread

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
    NameEncoder m_customers;
    NameEncoder m_dimensions[4];

    BatchQueue m_queue;
    std::atomic<bool> m_stop{false};
    bool m_parserCancelled = false;

    std::unique_ptr<EventWriter> m_writer;
    SqliteStatement m_insertCustomer, m_insertCustomers, m_insertAttribute;
    SqliteStatement m_insertName[4];
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
            m_run.addProblem(1, 0, name, tr("no column for the required field \"%1\"; map one with --map %1=COLUMN")
                                             .arg(name));
        }
    }
    return m_result.problemCount == 0;
}

/// Reads the customers and names already in the data set. False on a read error: that is
/// not "no more rows", and new ids would collide with the ones not read.
bool EventImport::loadExisting()
{
    SqliteStatement stmt = m_db.prepare("SELECT id, external_id FROM customers");
    int rc = SQLITE_ERROR;
    while (stmt.isValid() && (rc = stmt.step()) == SQLITE_ROW) {
        const QByteArray external = stmt.columnText(1).toUtf8();
        m_customers.add(std::string_view(external.constData(), std::size_t(external.size())), stmt.columnInt(0));
    }
    if (rc != SQLITE_DONE)
        return false;
    for (int d = 0; d < 4; ++d) {
        const QByteArray select = QByteArray("SELECT id, name FROM ") + DataSet::tableName(Dimension(d));
        SqliteStatement names = m_db.prepare(select.constData());
        rc = SQLITE_ERROR;
        while (names.isValid() && (rc = names.step()) == SQLITE_ROW) {
            const QByteArray name = names.columnText(1).toUtf8();
            m_dimensions[d].add(std::string_view(name.constData(), std::size_t(name.size())), names.columnInt(0));
        }
        if (rc != SQLITE_DONE)
            return false;
        const QByteArray insert = QByteArray("INSERT INTO ") + DataSet::tableName(Dimension(d)) + " (id, name) VALUES (?, ?)";
        m_insertName[d] = m_db.prepare(insert.constData());
    }
    return true;
}

void EventImport::parse()
{
    Batch batch;
    batch.events.reserve(kBatchRows);
    const int expectedFields = int(m_header.size());
    const int dimensionField[4] = {Channel, Touchpoint, Stage, EventType};
    auto hand = [&] {
        batch.bytes = m_reader.bytesConsumed();
        const bool ok = m_queue.push(std::move(batch));
        batch = Batch();
        batch.events.reserve(kBatchRows);
        return ok;
    };
    while (!m_stop.load(std::memory_order_relaxed) && m_reader.readRecord()) {
        ++m_result.rowsRead;
        if ((m_result.rowsRead & 0xFFF) == 0 && m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
            m_parserCancelled = true;
            break;
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
            if (trimField(m_reader.field(m_columns[EventType])).empty())
                problem(EventType, tr("the event type is empty"));
            const int amounts[2] = {Revenue, Cost};
            for (int field : amounts) {
                if (m_columns[field] < 0)
                    continue;
                double &target = field == Revenue ? row.revenue : row.cost;
                if (!parseAmount(m_reader.field(m_columns[field]), target))
                    problem(field, tr("not a number: %1").arg(quoted(m_reader.field(m_columns[field]))));
            }
            // Rows are encoded only once they are known to be good, so a bad row never
            // leaves a name or a customer behind.
            const bool writing = m_options.skipBadRows || m_result.problemCount == 0;
            if (m_result.problemCount == problemsBefore && writing) {
                int ids[4] = {0, 0, 0, 0};
                for (int d = 0; d < 4; ++d) {
                    if (m_columns[dimensionField[d]] < 0)
                        continue;
                    const std::string_view name = trimField(m_reader.field(m_columns[dimensionField[d]]));
                    if (name.empty())
                        continue;
                    bool isNew = false;
                    const std::int64_t id = m_dimensions[d].encode(name, isNew);
                    if (id > 65535) {
                        problem(dimensionField[d], tr("more than 65535 distinct names in this column"));
                        break;
                    }
                    ids[d] = int(id);
                    if (isNew)
                        batch.names.push_back({Dimension(d), ids[d], std::string(name)});
                }
                if (m_result.problemCount == problemsBefore) {
                    row.channel = ids[0];
                    row.touchpoint = ids[1];
                    row.stage = ids[2];
                    row.eventType = ids[3];
                    bool isNew = false;
                    row.customer = m_customers.encode(external, isNew);
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
                    batch.events.push_back(row);
                    ++m_result.rowsImported;
                }
            }
        }
        if (m_result.problemCount > problemsBefore)
            ++m_result.rowsSkipped;
        if (m_run.shouldStop())
            break;
        if (!m_options.skipBadRows && m_result.problemCount > 0)
            batch = Batch(); // a rejecting import stops writing but keeps validating
        if (batch.events.size() >= kBatchRows && !hand())
            break;
    }
    if (!batch.events.empty() || !batch.names.empty())
        hand();
    m_queue.close();
}

bool EventImport::write(const Batch &batch)
{
    for (const NewName &name : batch.names) {
        SqliteStatement &stmt = m_insertName[int(name.dimension)];
        stmt.bindInt(1, name.id);
        stmt.bindText(2, name.name);
        const int rc = stmt.step();
        stmt.reset();
        if (rc != SQLITE_DONE)
            return false;
    }
    // Customers go in 32 per statement like events: in sample-like data there is a new
    // customer every few rows.
    std::size_t done = 0;
    while (done < batch.customers.size()) {
        const bool many = batch.customers.size() - done >= kCustomersPerStatement;
        SqliteStatement &stmt = many ? m_insertCustomers : m_insertCustomer;
        const std::size_t rows = many ? kCustomersPerStatement : 1;
        for (std::size_t r = 0; r < rows; ++r) {
            const NewCustomer &customer = batch.customers[done + r];
            const int base = int(r) * 6;
            stmt.bindInt(base + 1, customer.id);
            stmt.bindText(base + 2, customer.external);
            for (int i = 0; i < 4; ++i) {
                if (customer.fields[i].empty())
                    stmt.bindNull(base + 3 + i);
                else
                    stmt.bindText(base + 3 + i, customer.fields[i]);
            }
        }
        const int rc = stmt.step();
        sqlite3_reset(stmt.handle());
        if (rc != SQLITE_DONE)
            return false;
        done += rows;
    }
    for (const NewCustomer &customer : batch.customers) {
        for (const auto &[column, value] : customer.custom) {
            m_insertAttribute.bindInt(1, customer.id);
            m_insertAttribute.bindText(2, m_attributeColumns[column].first);
            m_insertAttribute.bindText(3, value);
            const int rc = m_insertAttribute.step();
            m_insertAttribute.reset();
            if (rc != SQLITE_DONE)
                return false;
        }
    }
    for (const EventRecord &event : batch.events) {
        if (!m_writer->add(event))
            return false;
    }
    return true;
}

ImportResult EventImport::run()
{
    QJsonObject mapping;
    for (auto it = m_options.mapping.cbegin(); it != m_options.mapping.cend(); ++it)
        mapping.insert(it.key(), it.value());

    ForeignKeysOff foreignKeysOff(m_db); // must outlive the transaction
    BulkLoad bulkLoad(m_db);             // likewise
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
    if (!loadExisting()) {
        m_result.error = tr("%1: can not read the data set's customers and names: %2").arg(m_dataSet.path(), m_db.lastError());
        return m_result;
    }
    m_writer = std::make_unique<EventWriter>(m_db, m_result.runId);
    std::string customers = "INSERT INTO customers (id, external_id, age_band, gender, region, signup_date) VALUES ";
    m_insertCustomer = m_db.prepare((customers + "(?,?,?,?,?,?)").c_str());
    for (std::size_t r = 0; r < kCustomersPerStatement; ++r)
        customers += r == 0 ? "(?,?,?,?,?,?)" : ",(?,?,?,?,?,?)";
    m_insertCustomers = m_db.prepare(customers.c_str());
    m_insertAttribute = m_db.prepare("INSERT OR REPLACE INTO customer_attributes (customer_id, name, value) VALUES (?, ?, ?)");

    // Parsing and SQLite each take about half the time: one thread parses and encodes,
    // this one writes (the connection stays on the thread that opened it).
    std::thread parser([this] { parse(); });
    const std::int64_t total = m_reader.totalBytes();
    Batch batch;
    bool writeFailed = false;
    bool cancelled = false;
    while (m_queue.pop(batch)) {
        if (!writeFailed && !write(batch)) {
            writeFailed = true;
            m_result.error = tr("%1: writing the events failed: %2").arg(m_dataSet.path(), m_db.lastError());
        }
        if (m_options.progress)
            m_options.progress(batch.bytes, total);
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
            cancelled = true;
        if (writeFailed || cancelled) {
            m_stop = true;
            m_queue.abort();
        }
    }
    parser.join();
    if (cancelled || m_parserCancelled) {
        m_result.cancelled = true;
        m_result.rowsImported = 0;
        m_result.error = tr("The import was cancelled; the data set is unchanged.");
        return m_result;
    }
    if (writeFailed)
        return m_result;
    if (m_reader.hasError()) {
        // A broken quote loses the record boundaries, so nothing after it can be trusted.
        m_run.addProblem(m_reader.errorLine(), m_reader.errorColumn(), {}, m_reader.errorString());
        m_result.error = tr("%1: the CSV is malformed; nothing was imported.").arg(m_source);
        m_result.rowsImported = 0;
        return m_result;
    }
    if (m_result.problemCount > 0 && !m_options.skipBadRows) {
        m_result.rowsImported = 0;
        // The count in a local: lupdate 6.4 hangs on a template call inside translate().
        const int badRows = int(std::min(m_result.problemCount, std::int64_t(1) << 30));
        m_result.error = QCoreApplication::translate("omnimap::sim",
                                                     "%1: %n bad row(s); nothing was imported (use --skip-bad-rows "
                                                     "to import the rest).",
                                                     nullptr, badRows)
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
