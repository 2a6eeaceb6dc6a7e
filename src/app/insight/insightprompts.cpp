#include "insightprompts.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>

namespace omnimap::insight {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("omnimap::insight::InsightPrompts", text);
}

} // namespace

QString InsightPrompts::warehousePassword(QWidget *parent, const QString &connectionName, const QString &user)
{
    return QInputDialog::getText(parent, tr("Warehouse password"),
                                 tr("Password of %1 for the warehouse \"%2\":").arg(user, connectionName), QLineEdit::Password);
}

QString InsightPrompts::openDataSetPath(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Open data set"), {}, tr("Omnimap data sets (*.sqlite *.db);;All files (*)"));
}

QString InsightPrompts::newDataSetPath(QWidget *parent)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("New data set"), tr("customers.sqlite"),
                                                tr("Omnimap data sets (*.sqlite)"));
    if (!path.isEmpty() && !path.contains(QLatin1Char('.')))
        path += QStringLiteral(".sqlite");
    return path;
}

QString InsightPrompts::csvPath(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Import customer events"), {}, tr("CSV files (*.csv *.txt);;All files (*)"));
}

QString InsightPrompts::imagePath(QWidget *parent, const QString &suggestedName, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, tr("Save chart"), suggestedName, filter);
}

qint64 InsightPrompts::sampleEvents(QWidget *parent)
{
    bool ok = false;
    const int events = QInputDialog::getInt(parent, tr("Generate sample data"),
                                            tr("Events to generate (deterministic, seed 42):"), 100000, 1000, 10000000, 10000, &ok);
    return ok ? events : 0;
}

bool InsightPrompts::exec(QDialog *dialog)
{
    return dialog->exec() == QDialog::Accepted;
}

} // namespace omnimap::insight
