#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

namespace omnimap {

namespace Ui {
class AboutDialog;
}

/// Help → About Omnimap: the version this build was made from (OMNIMAP_VERSION_STRING,
/// set by CMake from the project version), the Qt it runs on, links to the user guide
/// and the web site, and the licences of the third-party parts that ship with it.
/// The dialog opens no link itself: it emits linkRequested() so the caller decides how
/// (and tests can watch without a browser starting). Layout: ui/aboutdialog.ui.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// "Omnimap 0.1.0 (Qt 6.4.2, Debian GNU/Linux 12 (bookworm), x86_64)": one line to
    /// paste into a bug report; the "Copy Version Info" button puts it on the clipboard.
    static QString versionSummary();
    /// The application icon from the resources (rendered from the installer's SVG).
    static QIcon applicationIcon();
    /// The link that stands for "the user guide, wherever it is installed".
    static QUrl userGuideLink();

signals:
    void linkRequested(const QUrl &url);

private:
    void fillHeader();
    void fillLicences();

    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace omnimap
