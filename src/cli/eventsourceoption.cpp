#include "eventsourceoption.h"

#include "pgeventsource.h"
#include "warehousesource.h"
#include "sqliteeventsource.h"
#include "warehouseconnection.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace omnimap::cli {

namespace {

struct EventsourceoptionTr { Q_DECLARE_TR_FUNCTIONS(cli) };

} // namespace

OpenedSource::~OpenedSource()
{
    if (qEnvironmentVariableIsEmpty("OMNIMAP_WAREHOUSE_TRAFFIC") || dataSet || !source)
        return;
    if (!traffic)
        return;
    const sim::WarehouseTraffic t = traffic();
    std::fprintf(stderr, "warehouse traffic: %lld queries, %lld rows, %lld bytes\n", static_cast<long long>(t.queries),
                 static_cast<long long>(t.rows), static_cast<long long>(t.bytes));
}

QString warehousePassword(const QString &prompt, const char *variable)
{
    const QByteArray env = qgetenv(variable);
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    if (!isatty(STDIN_FILENO))
        return {};
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    const bool terminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char line[1024];
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputs("\n", stderr);
    QString password = read ? QString::fromLocal8Bit(line) : QString();
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
}

bool openEventSource(const QString &dbPath, const QString &url, OpenedSource &opened, QString *error)
{
    opened = OpenedSource();
    if (!url.isEmpty()) {
        sim::WarehouseConnection connection;
        if (!sim::WarehouseConnection::fromUrl(url, connection, error))
            return false;
        opened.label = connection.toUrl();
        const QString password = warehousePassword(EventsourceoptionTr::tr("Password for %1@%2: ").arg(connection.user, connection.host),
                                                   connection.isClickHouse() ? "CLICKHOUSE_PASSWORD" : "PGPASSWORD");
        sim::OpenedWarehouse warehouse;
        QString reason;
        if (!sim::openWarehouse(connection, password, nullptr, warehouse, &reason)) {
            if (error)
                *error = opened.label + QStringLiteral(": ") + reason;
            return false;
        }
        opened.source = std::move(warehouse.source);
        opened.traffic = warehouse.traffic;
        return true;
    }
    opened.label = dbPath;
    opened.dataSet = std::make_unique<sim::DataSet>();
    if (!opened.dataSet->open(dbPath)) {
        if (error)
            *error = opened.dataSet->errorString();
        return false;
    }
    opened.source = std::make_unique<sim::SqliteEventSource>(*opened.dataSet);
    return true;
}

bool openExistingDataSet(const QString &path, sim::DataSet &dataSet, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        if (error)
            *error = EventsourceoptionTr::tr("%1: no such data set").arg(path);
        return false;
    }
    if (!dataSet.open(path)) {
        if (error)
            *error = dataSet.errorString();
        return false;
    }
    return true;
}

} // namespace omnimap::cli
