#pragma once

#include "sim/warehouseconnection.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QCheckBox;
class QComboBox;

namespace Ui {
class WarehouseConnectionDialog;
}

namespace omnimap::insight {

class BackgroundJob;

/// Data ▸ Connect to Warehouse…: where the events are (host, port, database, user, TLS,
/// table), how its columns map to the event fields (the CSV import's fields and guesses)
/// and "Test connection", which connects off the GUI thread, can be cancelled (the
/// server-side query too) and fills the column choices from the catalog. The password
/// is only held by the dialog; the caller decides whether the keychain keeps it.
class WarehouseConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit WarehouseConnectionDialog(const sim::WarehouseConnection &initial, QWidget *parent = nullptr);
    ~WarehouseConnectionDialog() override;

    sim::WarehouseConnection connection() const;
    QString password() const;
    bool rememberPassword() const;
    /// Without a keychain the "keep the password" box is off and says why.
    void setKeychainAvailable(bool available);
    /// Why OK is disabled, or empty.
    QString problem() const;

    /// Starts the test, or cancels the one running.
    void testConnection();
    bool isTesting() const;
    QString statusText() const;
    /// Column offered for a field (tests).
    QString column(const QString &field) const;
    ::Ui::WarehouseConnectionDialog *form() const { return m_ui.get(); }
    /// PostgreSQL or ClickHouse (data "postgres" / "clickhouse"), and ClickHouse's
    /// "skip shards that are down" choice.
    QComboBox *engine() const { return m_engine; }
    QCheckBox *skipShards() const { return m_skipShards; }

signals:
    void testFinished(bool ok, const QString &message);

private:
    void updateState();
    void fillColumns(const QStringList &columns);
    void engineChanged();

    std::unique_ptr<::Ui::WarehouseConnectionDialog> m_ui;
    QHash<QString, QComboBox *> m_combos;
    BackgroundJob *m_job;
    QComboBox *m_engine;
    QCheckBox *m_skipShards;
};

} // namespace omnimap::insight
