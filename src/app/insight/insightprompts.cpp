#include "insightprompts.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>

namespace omnimap::insight {
namespace {

struct InsightpromptsTr { Q_DECLARE_TR_FUNCTIONS(omnimap::insight::InsightPrompts) };

} // namespace

QString InsightPrompts::warehousePassword(QWidget *parent, const QString &connectionName, const QString &user)
{
    return QInputDialog::getText(parent, InsightpromptsTr::tr("Warehouse password"),
                                 InsightpromptsTr::tr("Password of %1 for the warehouse \"%2\":").arg(user, connectionName), QLineEdit::Password);
}

QString InsightPrompts::openDataSetPath(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, InsightpromptsTr::tr("Open data set"), {}, InsightpromptsTr::tr("Omnimap data sets (*.sqlite *.db);;All files (*)"));
}

QString InsightPrompts::newDataSetPath(QWidget *parent)
{
    QString path = QFileDialog::getSaveFileName(parent, InsightpromptsTr::tr("New data set"), InsightpromptsTr::tr("customers.sqlite"),
                                                InsightpromptsTr::tr("Omnimap data sets (*.sqlite)"));
    if (!path.isEmpty() && !path.contains(QLatin1Char('.')))
        path += QStringLiteral(".sqlite");
    return path;
}

QString InsightPrompts::csvPath(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, InsightpromptsTr::tr("Import customer events"), {}, InsightpromptsTr::tr("CSV files (*.csv *.txt);;All files (*)"));
}

QString InsightPrompts::imagePath(QWidget *parent, const QString &suggestedName, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, InsightpromptsTr::tr("Save chart"), suggestedName, filter);
}

qint64 InsightPrompts::sampleEvents(QWidget *parent)
{
    bool ok = false;
    const int events = QInputDialog::getInt(parent, InsightpromptsTr::tr("Generate sample data"),
                                            InsightpromptsTr::tr("Events to generate (deterministic, seed 42):"), 100000, 1000, 10000000, 10000, &ok);
    return ok ? events : 0;
}

bool InsightPrompts::exec(QDialog *dialog)
{
    return dialog->exec() == QDialog::Accepted;
}

} // namespace omnimap::insight
