#include "aboutdialog.h"

#include "thirdparty.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace omnimap {
namespace {

const char kIconResource[] = ":/icons/io.omnimap.Omnimap.svg";

QString link(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Omnimap"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Version Info"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersionButton"));
    connect(copy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(versionSummary()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *heading = new QLabel(tr("Licences"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(createLicences(), 1);
    layout->addWidget(buttons);
    resize(600, 560);
}

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

QWidget *AboutDialog::createHeader()
{
    auto *header = new QWidget(this);
    auto *iconLabel = new QLabel(header);
    iconLabel->setPixmap(applicationIcon().pixmap(QSize(96, 96), devicePixelRatio()));
    iconLabel->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(QStringLiteral("Omnimap"), header);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(OMNIMAP_VERSION_STRING)), header);
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *description
        = new QLabel(tr("Plan omnichannel customer journeys and campaigns, and check them against your own "
                        "customer data — offline, on your own machine."),
                     header);
    description->setWordWrap(true);

    // The Qt the program was built with can differ from the one it runs on (system Qt on
    // Linux), and support questions need both.
    auto *runtime = new QLabel(tr("Built with Qt %1, running on Qt %2 · %3")
                                   .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                                        QSysInfo::prettyProductName()),
                               header);
    runtime->setObjectName(QStringLiteral("runtimeLabel"));
    runtime->setWordWrap(true);
    runtime->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = runtime->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    runtime->setPalette(muted);

    auto *links = new QLabel(link(userGuideLink(), tr("User guide")) + QStringLiteral(" · ")
                                 + link(QUrl(QStringLiteral("https://omnimap.example")), tr("Web site")),
                             header);
    links->setObjectName(QStringLiteral("linksLabel"));
    links->setTextFormat(Qt::RichText);
    links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(links, &QLabel::linkActivated, this,
            [this](const QString &target) { emit linkRequested(QUrl(target)); });

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(title);
    text->addWidget(version);
    text->addSpacing(6);
    text->addWidget(description);
    text->addWidget(runtime);
    text->addSpacing(6);
    text->addWidget(links);
    text->addStretch(1);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(iconLabel);
    layout->addLayout(text, 1);
    return header;
}

QTextBrowser *AboutDialog::createLicences()
{
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("licencesBrowser"));
    browser->setOpenLinks(false);
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
    return browser;
}

} // namespace omnimap
