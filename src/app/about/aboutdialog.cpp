#include "aboutdialog.h"

#include "thirdparty.h"
#include "ui_aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTextBrowser>

namespace omnimap {
namespace {

// The application icon, in Omnimap's icon theme (resources/icons/omnimap).
const char kIconResource[] = ":/icons/omnimap/scalable/io.omnimap.Omnimap.svg";

QString link(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this); // the layout: ui/aboutdialog.ui
    setObjectName(QStringLiteral("aboutDialog"));

    QPushButton *copy = m_ui->buttons->addButton(tr("&Copy Version Info"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersionButton"));
    connect(copy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(versionSummary()); });

    QFont headingFont = m_ui->licencesHeading->font();
    headingFont.setBold(true);
    m_ui->licencesHeading->setFont(headingFont);
    fillHeader();
    fillLicences();
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionSummary()
{
    return QStringLiteral("Omnimap %1 (Qt %2, %3, %4)")
        .arg(QStringLiteral(OMNIMAP_VERSION_STRING), QString::fromLatin1(qVersion()),
             QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
}

QIcon AboutDialog::applicationIcon()
{
    const QString resource = QString::fromLatin1(kIconResource);
    return QFile::exists(resource) ? QIcon(resource) : QApplication::windowIcon();
}

QUrl AboutDialog::userGuideLink()
{
    return QUrl(QStringLiteral("omnimap:user-guide"));
}

void AboutDialog::fillHeader()
{
    m_ui->iconLabel->setPixmap(applicationIcon().pixmap(QSize(96, 96), devicePixelRatio()));

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(OMNIMAP_VERSION_STRING)));

    // The Qt the program was built with can differ from the one it runs on (system Qt on
    // Linux), and support questions need both.
    m_ui->runtimeLabel->setText(tr("Built with Qt %1, running on Qt %2 · %3")
                                    .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                                         QSysInfo::prettyProductName()));
    QPalette muted = m_ui->runtimeLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_ui->runtimeLabel->setPalette(muted);

    m_ui->linksLabel->setText(link(userGuideLink(), tr("User guide")) + QStringLiteral(" · ")
                              + link(QUrl(QStringLiteral("https://omnimap.example")), tr("Web site")));
    connect(m_ui->linksLabel, &QLabel::linkActivated, this,
            [this](const QString &target) { emit linkRequested(QUrl(target)); });
}

void AboutDialog::fillLicences()
{
    QTextBrowser *browser = m_ui->licencesBrowser;
    connect(browser, &QTextBrowser::anchorClicked, this, &AboutDialog::linkRequested);

    // Omnimap's own licence first (the LICENSE file), then the parts it is built on.
    QString html = QStringLiteral("<p><b>Omnimap</b> — ")
        + link(QUrl(QStringLiteral("https://opensource.org/license/mit")), QStringLiteral("MIT"))
        + QStringLiteral("<br/>") + tr("Free software: use, copy, change and share it under the MIT licence.").toHtmlEscaped()
        + QStringLiteral(" · © 2026 Omnimap contributors</p><p>")
        + tr("Omnimap is built on the work of others, used under these licences:") + QStringLiteral("</p>");
    for (const ThirdPartyComponent &component : thirdPartyComponents()) {
        html += QStringLiteral("<p><b>") + link(component.homepage, component.name)
            + QStringLiteral("</b> — ") + link(component.licenceUrl, component.licence)
            + QStringLiteral("<br/>") + component.usedFor.toHtmlEscaped() + QStringLiteral(" · © ")
            + component.owner.toHtmlEscaped() + QStringLiteral("</p>");
    }
    browser->setHtml(html);
}

} // namespace omnimap
