#include "warehouseconnectiondialog.h"

#include "backgroundjob.h"
#include "simadapter.h"

#include "sim/pgeventsource.h"
#include "sim/warehousesource.h"

#include "ui_warehouseconnectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>

namespace omnimap::insight {

namespace {

/// What a test run found, handed from the worker thread to the dialog.
struct TestResult
{
    bool ok = false;
    QString message;
    QStringList columns;
    qint64 rows = -1;
};

} // namespace

WarehouseConnectionDialog::WarehouseConnectionDialog(const sim::WarehouseConnection &initial, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::WarehouseConnectionDialog>())
    , m_job(new BackgroundJob(this))
    , m_engine(new QComboBox(this))
    , m_skipShards(new QCheckBox(tr("&Skip shards that are down (answers then leave their customers out)"), this))
{
    m_ui->setupUi(this);
    // The engine decides the protocol: PostgreSQL's wire protocol, or ClickHouse's HTTP
    // interface (docs/warehouse.md).
    m_engine->addItem(tr("PostgreSQL, Citus or compatible"), QStringLiteral("postgres"));
    m_engine->addItem(tr("ClickHouse (HTTP interface)"), QStringLiteral("clickhouse"));
    m_engine->setCurrentIndex(initial.isClickHouse() ? 1 : 0);
    m_engine->setObjectName(QStringLiteral("engine"));
    m_skipShards->setObjectName(QStringLiteral("skipShards"));
    m_skipShards->setChecked(initial.skipUnavailableShards);
    m_skipShards->setToolTip(tr("Off: a shard that does not answer is an error naming it. On: the cluster answers from the "
                                "shards that are up (ClickHouse's skip_unavailable_shards)."));
    m_ui->form->insertRow(1, tr("&Engine:"), m_engine);
    m_ui->name->setText(initial.name);
    m_ui->host->setText(initial.host);
    m_ui->port->setValue(initial.port);
    m_ui->database->setText(initial.database);
    m_ui->user->setText(initial.user);
    m_ui->table->setText(initial.table);
    m_ui->timeout->setValue(initial.timeoutSeconds);
    // TLS modes are libpq's; the label says what each one promises.
    const QList<QPair<QString, QString>> modes{{QStringLiteral("disable"), tr("Off")},
                                               {QStringLiteral("prefer"), tr("If the server offers it")},
                                               {QStringLiteral("require"), tr("Required (not verified)")},
                                               {QStringLiteral("verify-ca"), tr("Required, certificate verified")},
                                               {QStringLiteral("verify-full"), tr("Required, certificate and host name verified")}};
    for (const auto &[mode, label] : modes)
        m_ui->tls->addItem(label, mode);
    m_ui->tls->setCurrentIndex(std::max(0, m_ui->tls->findData(initial.sslMode)));
    m_ui->form->addRow(QString(), m_skipShards);
    engineChanged();
    connect(m_engine, &QComboBox::currentIndexChanged, this, [this] {
        // The other engine's usual port, unless the user typed another one.
        const int port = m_ui->port->value();
        const bool ch = m_engine->currentData().toString() == QLatin1String("clickhouse");
        if (ch && port == 5432)
            m_ui->port->setValue(8123);
        else if (!ch && port == 8123)
            m_ui->port->setValue(5432);
        engineChanged();
    });

    const QStringList fields = sim::WarehouseConnection::fields();
    m_ui->mapping->setRowCount(int(fields.size()));
    m_ui->mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int row = 0; row < fields.size(); ++row) {
        const QString &field = fields.at(row);
        const bool required = isRequiredEventField(field);
        auto *item = new QTableWidgetItem(required ? field + QStringLiteral(" *") : field);
        item->setFlags(Qt::ItemIsEnabled);
        item->setToolTip(field == QLatin1String("sequence") ? tr("Orders events of one customer at the same time (optional)")
                                                             : required ? tr("Required") : tr("Optional"));
        m_ui->mapping->setItem(row, 0, item);
        auto *combo = new QComboBox(m_ui->mapping);
        combo->setEditable(true);
        combo->addItem(QString());
        combo->lineEdit()->setPlaceholderText(tr("(a column named %1)").arg(field));
        combo->setCurrentText(initial.mapping.value(field));
        connect(combo, &QComboBox::currentTextChanged, this, &WarehouseConnectionDialog::updateState);
        m_ui->mapping->setCellWidget(row, 1, combo);
        m_combos.insert(field, combo);
    }

    setKeychainAvailable(true);
    connect(m_ui->test, &QPushButton::clicked, this, &WarehouseConnectionDialog::testConnection);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    for (QLineEdit *edit : {m_ui->name, m_ui->host, m_ui->database, m_ui->user, m_ui->table})
        connect(edit, &QLineEdit::textChanged, this, &WarehouseConnectionDialog::updateState);
    connect(m_job, &BackgroundJob::finished, this, [this] {
        m_ui->progress->setVisible(false);
        m_ui->test->setText(tr("Test &connection"));
        updateState();
    });
    updateState();
}

WarehouseConnectionDialog::~WarehouseConnectionDialog()
{
    m_job->cancel();
    m_job->wait();
}

sim::WarehouseConnection WarehouseConnectionDialog::connection() const
{
    sim::WarehouseConnection c;
    c.name = m_ui->name->text().trimmed();
    c.host = m_ui->host->text().trimmed();
    c.port = m_ui->port->value();
    c.database = m_ui->database->text().trimmed();
    c.user = m_ui->user->text().trimmed();
    c.sslMode = m_ui->tls->currentData().toString();
    c.table = m_ui->table->text().trimmed();
    c.timeoutSeconds = m_ui->timeout->value();
    c.kind = m_engine->currentData().toString();
    c.skipUnavailableShards = c.isClickHouse() && m_skipShards->isChecked();
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const QString column = it.value()->currentText().trimmed();
        if (!column.isEmpty())
            c.mapping.insert(it.key(), column);
    }
    if (c.name.isEmpty() && !c.database.isEmpty())
        c.name = c.database + QLatin1Char('/') + c.table;
    return c;
}

QString WarehouseConnectionDialog::password() const
{
    return m_ui->password->text();
}

bool WarehouseConnectionDialog::rememberPassword() const
{
    return m_ui->remember->isEnabled() && m_ui->remember->isChecked();
}

void WarehouseConnectionDialog::setKeychainAvailable(bool available)
{
    m_ui->remember->setEnabled(available);
    if (!available) {
        m_ui->remember->setChecked(false);
        m_ui->remember->setToolTip(tr("No system keychain is available: the password is asked each time."));
    }
}

QString WarehouseConnectionDialog::problem() const
{
    const sim::WarehouseConnection c = connection();
    if (c.host.isEmpty() || c.database.isEmpty() || c.user.isEmpty() || c.table.isEmpty())
        return tr("Fill in the host, the database, the user and the table.");
    return {};
}

bool WarehouseConnectionDialog::isTesting() const
{
    return m_job->isRunning();
}

QString WarehouseConnectionDialog::statusText() const
{
    return m_ui->status->text();
}

QString WarehouseConnectionDialog::column(const QString &field) const
{
    const QComboBox *combo = m_combos.value(field);
    return combo ? combo->currentText() : QString();
}

void WarehouseConnectionDialog::updateState()
{
    const QString why = problem();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty() && !m_job->isRunning());
    m_ui->test->setEnabled(why.isEmpty() || m_job->isRunning());
    if (!m_job->isRunning() && !why.isEmpty())
        m_ui->status->setText(why);
}

void WarehouseConnectionDialog::engineChanged()
{
    const bool ch = m_engine->currentData().toString() == QLatin1String("clickhouse");
    m_skipShards->setVisible(ch);
    // ClickHouse over HTTP: off (http) or https with the certificate and host verified.
    auto *model = qobject_cast<QStandardItemModel *>(m_ui->tls->model());
    for (int i = 0; model && i < m_ui->tls->count(); ++i) {
        const QString mode = m_ui->tls->itemData(i).toString();
        const bool offered = !ch || mode == QLatin1String("disable") || mode == QLatin1String("verify-full");
        if (QStandardItem *item = model->item(i))
            item->setEnabled(offered);
        if (!offered && m_ui->tls->currentIndex() == i)
            m_ui->tls->setCurrentIndex(m_ui->tls->findData(QStringLiteral("disable")));
    }
}

void WarehouseConnectionDialog::fillColumns(const QStringList &columns)
{
    const QHash<QString, QString> guess = guessMapping(columns);
    for (auto it = m_combos.begin(); it != m_combos.end(); ++it) {
        QComboBox *combo = it.value();
        const QString current = combo->currentText();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(QString());
        combo->addItems(columns);
        combo->setCurrentText(current.isEmpty() ? guess.value(it.key()) : current);
    }
}

void WarehouseConnectionDialog::testConnection()
{
    if (m_job->isRunning()) {
        m_ui->status->setText(tr("Cancelling…"));
        m_job->cancel(); // the source sees the flag and cancels the query on the server
        return;
    }
    const sim::WarehouseConnection c = connection();
    const QString secret = password();
    auto result = std::make_shared<TestResult>();
    disconnect(m_job, &BackgroundJob::finished, this, nullptr);
    connect(m_job, &BackgroundJob::finished, this, [this, result] {
        m_ui->progress->setVisible(false);
        m_ui->test->setText(tr("Test &connection"));
        if (!result->columns.isEmpty())
            fillColumns(result->columns);
        m_ui->status->setText(result->message);
        updateState();
        emit testFinished(result->ok, result->message);
    });
    m_ui->status->setText(tr("Connecting to %1:%2…").arg(c.host).arg(c.port));
    m_ui->progress->setVisible(true);
    m_ui->test->setText(tr("&Cancel test"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_job->start([c, secret, result](BackgroundJob &job) {
        sim::OpenedWarehouse source;
        QString error;
        const bool ok = sim::openWarehouse(c, secret, job.cancelFlag(), source, &error);
        result->columns = source.catalogColumns;
        if (!ok) {
            result->message = error;
            return;
        }
        result->rows = source.rows(&error);
        result->ok = true;
        result->message = result->rows >= 0
            ? WarehouseConnectionDialog::tr("Connected: %1 has about %2 rows; the mapping is complete.")
                  .arg(c.table, QLocale().toString(result->rows))
            : WarehouseConnectionDialog::tr("Connected: the mapping of %1 is complete.").arg(c.table);
    });
}

} // namespace omnimap::insight
