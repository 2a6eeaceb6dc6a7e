#include "importdictionary.h"

#include "dataset.h"
#include "sqlvalues.h"

#include <string>

namespace omnimap::sim {

namespace {

constexpr std::size_t kCustomersPerStatement = 32;
constexpr int kCustomerColumns = 6;

/// The batch's strings outlive the statement's step (every parameter is bound again
/// before the next one): no copy per value, as SQLITE_TRANSIENT makes.
void bindBorrowed(SqliteStatement &stmt, int index, const std::string &text)
{
    sqlite3_bind_text(stmt.handle(), index, text.data(), int(text.size()), SQLITE_STATIC);
}

} // namespace

ImportDictionary::ImportDictionary(SqliteDb &db)
    : m_db(db)
{
}

bool ImportDictionary::load()
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
    // OR FAIL: no statement journal for the multi-row insert (see EventWriter).
    const std::string customers = "INSERT OR FAIL INTO customers (id, external_id, age_band, gender, region, signup_date) VALUES ";
    m_insertCustomer = m_db.prepare((customers + "(?,?,?,?,?,?)").c_str());
    m_insertCustomers = m_db.prepare((customers + repeatedValues("(?,?,?,?,?,?)", kCustomersPerStatement)).c_str());
    m_insertAttribute = m_db.prepare("INSERT OR REPLACE INTO customer_attributes (customer_id, name, value) VALUES (?, ?, ?)");
    return true;
}

int ImportDictionary::encodeName(Dimension dimension, std::string_view name, std::vector<NewName> &names)
{
    bool isNew = false;
    const std::int64_t id = m_dimensions[int(dimension)].encode(name, isNew);
    if (id > 65535)
        return -1;
    if (isNew)
        names.push_back({dimension, int(id), std::string(name)});
    return int(id);
}

bool ImportDictionary::write(const std::vector<NewName> &names, const std::vector<NewCustomer> &customers,
                             const QStringList &attributeNames)
{
    for (const NewName &name : names) {
        SqliteStatement &stmt = m_insertName[int(name.dimension)];
        stmt.bindInt(1, name.id);
        stmt.bindText(2, name.name);
        const int rc = stmt.step();
        stmt.reset();
        if (rc != SQLITE_DONE)
            return false;
    }
    std::size_t done = 0;
    while (done < customers.size()) {
        const bool many = customers.size() - done >= kCustomersPerStatement;
        SqliteStatement &stmt = many ? m_insertCustomers : m_insertCustomer;
        const std::size_t rows = many ? kCustomersPerStatement : 1;
        for (std::size_t r = 0; r < rows; ++r) {
            const NewCustomer &customer = customers[done + r];
            const int base = int(r) * kCustomerColumns;
            stmt.bindInt(base + 1, customer.id);
            bindBorrowed(stmt, base + 2, customer.external);
            for (int i = 0; i < 4; ++i) {
                if (customer.fields[i].empty())
                    stmt.bindNull(base + 3 + i);
                else
                    bindBorrowed(stmt, base + 3 + i, customer.fields[i]);
            }
        }
        const int rc = stmt.step();
        sqlite3_reset(stmt.handle());
        if (rc != SQLITE_DONE)
            return false;
        done += rows;
    }
    for (const NewCustomer &customer : customers) {
        for (const auto &[column, value] : customer.custom) {
            m_insertAttribute.bindInt(1, customer.id);
            m_insertAttribute.bindText(2, attributeNames.value(qsizetype(column)));
            m_insertAttribute.bindText(3, value);
            const int rc = m_insertAttribute.step();
            m_insertAttribute.reset();
            if (rc != SQLITE_DONE)
                return false;
        }
    }
    return true;
}

} // namespace omnimap::sim
