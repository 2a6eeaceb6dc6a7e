#include "datasetsdock.h"

#include "insightsession.h"

#include "document/document.h"
#include "document/insight/insightcommands.h"
#include "model/lookup.h"
#include "app/shell/appcontext.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace omnimap::insight {
namespace {

const Journey *currentJourney(InsightSession &session)
{
    Document *doc = session.document();
    if (!doc)
        return nullptr;
    const Project &p = doc->project();
    const Journey *j = findById(p.journeys, session.context().currentJourneyId());
    return j ? j : (p.journeys.isEmpty() ? nullptr : &p.journeys.first());
}

// Fallback colours when the brand has no palette: calm, distinguishable hues.
const char *const kChannelColours[] = {"#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#76B7B2", "#EDC948", "#9C755F", "#BAB0AC"};

} // namespace

int guessChannelKind(const QString &name)
{
    const QString n = name.toLower();
    const std::pair<const char *, ChannelKind> table[] = {
        {"kakao", ChannelKind::Kakao}, {"카카오", ChannelKind::Kakao}, {"email", ChannelKind::Email}, {"mail", ChannelKind::Email},
        {"sms", ChannelKind::Sms}, {"push", ChannelKind::Push}, {"app", ChannelKind::App}, {"web", ChannelKind::Web},
        {"site", ChannelKind::Web}, {"store", ChannelKind::Store}, {"shop", ChannelKind::Store}, {"매장", ChannelKind::Store},
        {"sns", ChannelKind::Social}, {"social", ChannelKind::Social}, {"instagram", ChannelKind::Social},
        {"ads", ChannelKind::Ads}, {"search", ChannelKind::Ads}, {"광고", ChannelKind::Ads}, {"call", ChannelKind::CallCenter},
        {"kiosk", ChannelKind::Kiosk}, {"watch", ChannelKind::Wearable}};
    for (const auto &[key, kind] : table) {
        if (n.contains(QString::fromUtf8(key)))
            return int(kind);
    }
    return int(ChannelKind::Other);
}

DataSetsDock::DataSetsDock(InsightSession &session, QWidget *parent)
    : QDockWidget(tr("Data sets"), parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_mismatch(new QLabel(this))
    , m_addChannels(new QPushButton(this))
{
    setObjectName(QStringLiteral("insightDataSetsDock"));
    auto *body = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &tip, void (DataSetsDock::*signal)()) {
        auto *b = new QToolButton(body);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, signal);
        buttons->addWidget(b);
    };
    button(tr("New…"), tr("Create an empty data set file"), &DataSetsDock::newRequested);
    button(tr("Open…"), tr("Open a data set file"), &DataSetsDock::openRequested);
    button(tr("Import CSV…"), tr("Import customer events into the open data set"), &DataSetsDock::importRequested);
    button(tr("Sample…"), tr("Fill the open data set with generated sample customers"), &DataSetsDock::sampleRequested);
    buttons->addStretch(1);

    m_list->setToolTip(tr("Data sets this project was checked against; double-click to open"));
    m_list->setMaximumHeight(110);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { m_session.openDataSet(item->data(Qt::UserRole).toString()); });
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_mismatch->setWordWrap(true);
    m_mismatch->setTextFormat(Qt::RichText);
    m_addChannels->setVisible(false);
    connect(m_addChannels, &QPushButton::clicked, this, &DataSetsDock::addMissingChannels);

    auto *layout = new QVBoxLayout(body);
    layout->addLayout(buttons);
    layout->addWidget(m_list);
    layout->addWidget(m_summary);
    layout->addWidget(m_mismatch);
    layout->addWidget(m_addChannels);
    layout->addStretch(1);
    // Scrolls when the dock is short (it shares the right side with the Inspector), so
    // the summary is never cut off.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);

    connect(&m_session, &InsightSession::dataSetChanged, this, &DataSetsDock::updateSummary);
    auto follow = [this](Document *doc) {
        rebuildList();
        updateSummary();
        if (doc) {
            connect(doc, &Document::changed, this, [this](const ChangeEvent &e) {
                if (e.kind == ItemKind::DataSet || e.type == ChangeEvent::Type::Reset)
                    rebuildList();
                if (e.kind == ItemKind::Channel || e.kind == ItemKind::Journey || e.type == ChangeEvent::Type::Reset)
                    updateSummary();
            });
        }
    };
    connect(&m_session.context(), &AppContext::documentReplaced, this, follow);
    connect(&m_session.context(), &AppContext::currentJourneyChanged, this, &DataSetsDock::updateSummary);
    follow(m_session.document());
}

void DataSetsDock::rebuildList()
{
    m_list->clear();
    Document *doc = m_session.document();
    if (!doc)
        return;
    for (const DataSetRef &ref : doc->project().dataSets) {
        auto *item = new QListWidgetItem(ref.name.isEmpty() ? QFileInfo(ref.path).fileName() : ref.name, m_list);
        item->setData(Qt::UserRole, ref.path);
        item->setToolTip(ref.path);
    }
}

QStringList DataSetsDock::channelsMissingInPlan() const
{
    QStringList missing;
    Document *doc = m_session.document();
    if (!doc || !m_session.hasDataSet())
        return missing;
    for (const QString &name : m_session.info().channels) {
        bool known = false;
        for (const Channel &c : doc->project().channels)
            known = known || c.name.compare(name, Qt::CaseInsensitive) == 0;
        if (!known)
            missing.append(name);
    }
    return missing;
}

QStringList DataSetsDock::channelsWithoutData() const
{
    QStringList unused;
    Document *doc = m_session.document();
    const Journey *journey = currentJourney(m_session);
    if (!doc || !journey || !m_session.hasDataSet())
        return unused;
    for (const Id &id : journey->channelIds) {
        const Channel *c = findById(doc->project().channels, id);
        if (c && !m_session.info().channels.contains(c->name, Qt::CaseInsensitive))
            unused.append(c->name);
    }
    return unused;
}

void DataSetsDock::addMissingChannels()
{
    Document *doc = m_session.document();
    const Journey *journey = currentJourney(m_session);
    const QStringList missing = channelsMissingInPlan();
    if (!doc || missing.isEmpty())
        return;
    const QStringList palette = doc->project().brand.palette;
    QList<Channel> channels;
    qsizetype colour = doc->project().channels.size();
    for (const QString &name : missing) {
        Channel c;
        c.id = newId();
        c.name = name;
        c.kind = ChannelKind(guessChannelKind(name));
        c.color = palette.isEmpty() ? QString::fromLatin1(kChannelColours[colour % 8]) : palette.at(colour % palette.size());
        c.description = tr("Found in data set %1").arg(QFileInfo(m_session.dataSetPath()).fileName());
        ++colour;
        channels.append(c);
    }
    doc->undoStack()->push(new AddChannelsCommand(doc, channels, journey ? journey->id : Id()));
    m_session.context().showStatusMessage(tr("Added %n channel(s) to the plan.", nullptr, int(channels.size())));
}

void DataSetsDock::updateSummary()
{
    const DataSetInfo &info = m_session.info();
    const QLocale locale;
    if (info.path.isEmpty()) {
        m_summary->setText(tr("<i>No data set open.</i> Create one, open one, or generate sample customers to see "
                              "funnels, flows and attribution for this plan."));
    } else if (!info.ok) {
        m_summary->setText(m_session.isInfoLoading() ? tr("Reading %1…").arg(QFileInfo(info.path).fileName())
                                                     : tr("<b>%1</b>: %2").arg(info.path.toHtmlEscaped(), info.error.toHtmlEscaped()));
    } else {
        QStringList channels;
        for (qsizetype i = 0; i < info.channels.size(); ++i)
            channels.append(QStringLiteral("%1 (%2)").arg(info.channels.at(i).toHtmlEscaped(), locale.toString(info.channelEvents.at(i))));
        m_summary->setText(tr("<b>%1</b><br>%2 customers · %3 events<br>%4 – %5<br>Channels: %6")
                               .arg(QFileInfo(info.path).fileName().toHtmlEscaped(), locale.toString(info.customers),
                                    locale.toString(info.events),
                                    info.first.isValid() ? locale.toString(info.first.date(), QLocale::ShortFormat) : QStringLiteral("—"),
                                    info.last.isValid() ? locale.toString(info.last.date(), QLocale::ShortFormat) : QStringLiteral("—"),
                                    channels.isEmpty() ? tr("none") : channels.join(QStringLiteral(", "))));
    }
    const QStringList missing = channelsMissingInPlan();
    const QStringList unused = channelsWithoutData();
    QStringList lines;
    if (!missing.isEmpty())
        lines.append(tr("In the data, not in the plan: <b>%1</b>").arg(missing.join(QStringLiteral(", ")).toHtmlEscaped()));
    if (!unused.isEmpty())
        lines.append(tr("In the plan, no events: <b>%1</b>").arg(unused.join(QStringLiteral(", ")).toHtmlEscaped()));
    m_mismatch->setText(lines.join(QStringLiteral("<br>")));
    m_mismatch->setVisible(!lines.isEmpty());
    m_addChannels->setText(tr("Add %n channel(s) to the plan", nullptr, int(missing.size())));
    m_addChannels->setVisible(!missing.isEmpty());
}

} // namespace omnimap::insight
