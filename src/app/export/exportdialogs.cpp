#include "exportdialogs.h"

#include <QFileDialog>
#include <QMessageBox>

namespace omnimap {

namespace {
ExportDialogs *g_override = nullptr;
} // namespace

QString StandardExportDialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                            const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString StandardExportDialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString StandardExportDialogs::directory(QWidget *parent, const QString &title)
{
    return QFileDialog::getExistingDirectory(parent, title);
}

void StandardExportDialogs::showError(QWidget *parent, const QString &message)
{
    QMessageBox::warning(parent, QMessageBox::tr("Export"), message);
}

ExportDialogs &exportDialogs()
{
    static StandardExportDialogs standard;
    return g_override ? *g_override : standard;
}

void setExportDialogs(ExportDialogs *dialogs)
{
    g_override = dialogs;
}

} // namespace omnimap
