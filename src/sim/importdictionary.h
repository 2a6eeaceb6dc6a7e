#pragma once

#include "importbatch.h"
#include "nameencoder.h"
#include "sqlitedb.h"

#include <QStringList>

#include <string_view>
#include <vector>

namespace omnimap::sim {

/// The customers and dimension names a CSV import knows, shared by the event and the
/// feedback importer. The parse thread encodes with it in memory (encodeName,
/// encodeCustomer) and lists what is new in its batch; the writer thread stores those
/// lists with reused prepared statements (write) before the batch's rows, so every row's
/// reference exists by the time the transaction commits.
class ImportDictionary final
{
public:
    explicit ImportDictionary(SqliteDb &db);

    /// Reads the customers and names already in the data set and prepares the inserts.
    /// False on a read error: that is not "no more rows", and new ids would collide.
    bool load();

    /// Parse thread. Id of `name` (not empty) in `dimension`, appended to `names` when
    /// new; -1 when the dimension is full (ids are 16-bit in the event cache).
    int encodeName(Dimension dimension, std::string_view name, std::vector<NewName> &names);
    /// Parse thread. Id of the customer `external`; `isNew` tells the caller to list it.
    std::int64_t encodeCustomer(std::string_view external, bool &isNew)
    {
        return m_customers.encode(external, isNew);
    }

    /// Parse thread. A hint: the customer the next row will likely encode (see
    /// NameEncoder::prefetch).
    void prefetchCustomer(std::string_view external) const { m_customers.prefetch(external); }

    /// Writer thread. Stores new names, then new customers (32 per statement: in
    /// sample-like data there is a new customer every few rows), then their custom
    /// attributes (`attributeNames` indexed by NewCustomer::custom's first).
    bool write(const std::vector<NewName> &names, const std::vector<NewCustomer> &customers,
               const QStringList &attributeNames = {});

private:
    SqliteDb &m_db;
    NameEncoder m_customers;
    NameEncoder m_dimensions[4];
    SqliteStatement m_insertName[4];
    SqliteStatement m_insertCustomer, m_insertCustomers, m_insertAttribute;
};

} // namespace omnimap::sim
