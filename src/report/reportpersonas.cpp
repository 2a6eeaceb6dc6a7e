// Persona pages: one persona per page, with avatar, profile, goals and channels.

#include "reportsections.h"

#include "model/lookup.h"
#include "render/avatarimage.h"
#include "render/mapstyle.h"
#include "reportdata.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace omnimap::ReportSections {

namespace {

struct ReportpersonasTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

double bulletList(QPainter *p, const QRectF &rect, const QString &title, const QStringList &items, const QColor &accent)
{
    if (items.isEmpty())
        return 0;
    double y = rect.top();
    y += ReportStyle::drawText(p, QRectF(rect.left(), y, rect.width(), 16), title.toUpper(),
                               ReportStyle::font(8, QFont::Bold), accent) + 4;
    for (const QString &item : items) {
        p->fillRect(QRectF(rect.left(), y + 5, 4, 4), accent);
        y += ReportStyle::drawText(p, QRectF(rect.left() + 10, y, rect.width() - 10, 60), item, ReportStyle::font(9.5),
                                   ReportStyle::ink(), Qt::AlignLeft, 3) + 4;
    }
    return y - rect.top() + 10;
}

void paintPersona(QPainter *p, const QRectF &b, const Project &project, const Persona &persona, const ReportStyle &style)
{
    const int index = int(indexOfId(project.personas, persona.id));
    const QColor color = personaColor(index, persona.color);
    // Header band with the avatar.
    const QRectF header(b.left(), b.top(), b.width(), 120);
    p->fillRect(header, style.accentTint());
    const QRectF circle(header.left() + 18, header.top() + 16, 88, 88);
    const QImage avatar = decodeAvatarImage(persona.avatar);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QPainterPath clip;
    clip.addEllipse(circle);
    if (!avatar.isNull()) {
        p->setClipPath(clip);
        p->drawImage(circle, avatar.scaled(256, 256, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation));
        p->setClipping(false);
    } else {
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawEllipse(circle);
        ReportStyle::drawText(p, circle.adjusted(0, 26, 0, 0), initialsOf(persona.name), ReportStyle::font(26, QFont::Bold),
                              ReportStyle::textOn(color), Qt::AlignHCenter, 1);
    }
    p->setPen(QPen(color, 2.5));
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(circle);
    p->restore();
    const double tx = circle.right() + 20;
    const double tw = header.right() - tx - 12;
    double y = header.top() + 18;
    y += ReportStyle::drawText(p, QRectF(tx, y, tw, 36), persona.name, ReportStyle::font(persona.name.size() > 24 ? 14 : 20, QFont::Bold),
                               ReportStyle::ink(), Qt::AlignLeft, 2) + 2;
    y += ReportStyle::drawText(p, QRectF(tx, y, tw, 18), persona.segment, ReportStyle::font(10, QFont::DemiBold), color,
                               Qt::AlignLeft, 1) + 4;
    if (!persona.quote.isEmpty())
        ReportStyle::drawText(p, QRectF(tx, y, tw, 44), QStringLiteral("“") + persona.quote + QStringLiteral("”"),
                              ReportStyle::font(10.5, QFont::Normal, true), ReportStyle::ink(), Qt::AlignLeft, 2);

    // Left column: profile facts and channels; right column: scenario, goals, motivations, pains.
    const double colGap = 24;
    const double leftW = b.width() * 0.36;
    const QRectF left(b.left(), header.bottom() + 20, leftW, b.bottom() - header.bottom() - 20);
    const QRectF right(left.right() + colGap, left.top(), b.width() - leftW - colGap, left.height());
    y = left.top();
    y += ReportStyle::drawText(p, QRectF(left.left(), y, left.width(), 16), ReportpersonasTr::tr("PROFILE"), ReportStyle::font(8, QFont::Bold),
                               style.accent()) + 4;
    const QList<std::pair<QString, QString>> facts = {{ReportpersonasTr::tr("Age"), persona.ageBand},       {ReportpersonasTr::tr("Gender"), persona.gender},
                                                      {ReportpersonasTr::tr("Location"), persona.location}, {ReportpersonasTr::tr("Occupation"), persona.occupation},
                                                      {ReportpersonasTr::tr("Income"), persona.income},
                                                      {ReportpersonasTr::tr("Devices"), persona.devices.join(QStringLiteral(", "))}};
    for (const auto &[label, value] : facts) {
        if (value.isEmpty())
            continue;
        ReportStyle::drawText(p, QRectF(left.left(), y, 70, 14), label, ReportStyle::font(8.5), ReportStyle::muted(),
                              Qt::AlignLeft, 1);
        y += qMax(14.0, ReportStyle::drawText(p, QRectF(left.left() + 72, y, left.width() - 72, 40), value,
                                              ReportStyle::font(9.5), ReportStyle::ink(), Qt::AlignLeft, 3)) + 5;
    }
    if (!persona.preferredChannels.isEmpty()) {
        y += 12;
        y += ReportStyle::drawText(p, QRectF(left.left(), y, left.width(), 16), ReportpersonasTr::tr("PREFERRED CHANNELS"),
                                   ReportStyle::font(8, QFont::Bold), style.accent()) + 6;
        for (const ChannelPreference &pref : persona.preferredChannels) {
            const Channel *ch = findById(project.channels, pref.channelId);
            const int lane = ch ? int(indexOfId(project.channels, ch->id)) : 0;
            ReportStyle::drawText(p, QRectF(left.left(), y, left.width(), 14), ch ? ch->name : pref.channelId,
                                  ReportStyle::font(9), ReportStyle::ink(), Qt::AlignLeft, 1);
            y += 14;
            const QRectF track(left.left(), y, left.width() - 34, 6);
            p->fillRect(track, ReportStyle::zebra());
            p->fillRect(QRectF(track.left(), y, track.width() * qBound(0.0, pref.weight, 1.0), 6),
                        channelColor(ch ? ch->color : QString(), lane));
            ReportStyle::drawText(p, QRectF(track.right() + 4, y - 4, 30, 12),
                                  QStringLiteral("%1 %").arg(qRound(pref.weight * 100)), ReportStyle::font(7.5),
                                  ReportStyle::muted(), Qt::AlignRight, 1);
            y += 14;
        }
    }
    y = right.top();
    if (!persona.scenario.isEmpty()) {
        y += ReportStyle::drawText(p, QRectF(right.left(), y, right.width(), 16), ReportpersonasTr::tr("SCENARIO"),
                                   ReportStyle::font(8, QFont::Bold), style.accent()) + 4;
        y += ReportStyle::drawText(p, QRectF(right.left(), y, right.width(), 80), persona.scenario, ReportStyle::font(9.5),
                                   ReportStyle::ink(), Qt::AlignLeft, 5) + 14;
    }
    y += bulletList(p, QRectF(right.left(), y, right.width(), 0), ReportpersonasTr::tr("Goals"), persona.goals, style.accent());
    y += bulletList(p, QRectF(right.left(), y, right.width(), 0), ReportpersonasTr::tr("Motivations"), persona.motivations, style.accent());
    bulletList(p, QRectF(right.left(), y, right.width(), 0), ReportpersonasTr::tr("Pain points"), persona.painPoints,
               MapPalette::get(false).statusBad);
}

} // namespace

void addPersonas(ReportBook &book, const ReportContext &c)
{
    if (c.project.personas.isEmpty())
        return;
    book.beginSection(ReportpersonasTr::tr("Personas"));
    const Project *project = &c.project;
    const ReportStyle style = c.style;
    for (qsizetype i = 0; i < c.project.personas.size(); ++i) {
        const Persona &persona = c.project.personas.at(i);
        book.beginSection(persona.name, 1);
        book.addPage({QPageLayout::Portrait, ReportpersonasTr::tr("Personas"), true, [project, i, style](QPainter *p, const QRectF &b) {
                          paintPersona(p, b, *project, project->personas.at(i), style);
                      }});
    }
}

} // namespace omnimap::ReportSections
