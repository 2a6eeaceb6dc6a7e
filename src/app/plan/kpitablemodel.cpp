#include "kpitablemodel.h"

#include "choicedelegate.h"
#include "document/commands/plan/plancommands.h"
#include "document/document.h"
#include "model/enumnames.h"
#include "model/lookup.h"
#include "plan/kpihistory.h"
#include "plan/kpilibrary.h"

#include <QColor>
#include <QLocale>
#include <QRegularExpression>

#include <limits>

#include <cmath>

namespace omnimap {
namespace {

QVariantList choice(const QString &label, const QVariant &value)
{
    return {label, value};
}

template<typename E>
QVariantList enumChoices(QString (*name)(E))
{
    QVariantList list;
    for (const auto &entry : EnumNames<E>::table)
        list << QVariant(choice(name(entry.first), int(entry.first)));
    return list;
}

QString unitName(KpiUnit unit)
{
    return kpiUnitName(unit);
}

QString directionName(KpiDirection direction)
{
    return kpiDirectionName(direction);
}

template<typename T>
QVariantList itemChoices(const QList<T> &items, const QString &noneLabel)
{
    QVariantList list{QVariant(choice(noneLabel, QString()))};
    for (const T &item : items)
        list << QVariant(choice(item.name, item.id));
    return list;
}

} // namespace

KpiTableModel::KpiTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KpiTableModel::setDocument(Document *document)
{
    beginResetModel();
    m_document = document;
    endResetModel();
}

void KpiTableModel::reload()
{
    beginResetModel();
    endResetModel();
}

void KpiTableModel::refreshKpi(const Id &kpiId)
{
    const int row = rowOf(kpiId);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

Id KpiTableModel::kpiIdAt(int row) const
{
    if (!m_document || row < 0 || row >= m_document->project().kpis.size())
        return {};
    return m_document->project().kpis.at(row).id;
}

int KpiTableModel::rowOf(const Id &kpiId) const
{
    return m_document ? int(indexOfId(m_document->project().kpis, kpiId)) : -1;
}

int KpiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->project().kpis.size());
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KpiTableModel::formatValue(const Kpi &kpi, double value) const
{
    const Project &p = m_document->project();
    return formatKpiValue(value, kpi.unit, kpi.currency.isEmpty() ? p.currency : kpi.currency, planLocale(p));
}

QVariant KpiTableModel::displayValue(const Kpi &kpi, int column) const
{
    const Project &p = m_document->project();
    switch (column) {
    case Name: return kpi.name;
    case Journey: {
        const auto *j = findById(p.journeys, kpi.journeyId);
        return j ? j->name : tr("All journeys");
    }
    case Stage: {
        for (const auto &j : p.journeys) {
            if (const omnimap::Stage *s = findById(j.stages, kpi.stageId))
                return s->name;
        }
        return kpi.stageId.isEmpty() ? tr("Every stage") : kpi.stageId;
    }
    case Channel: {
        const auto *c = findById(p.channels, kpi.channelId);
        return c ? c->name : (kpi.channelId.isEmpty() ? tr("Every channel") : kpi.channelId);
    }
    case Unit: return kpiUnitName(kpi.unit);
    case Currency: return kpi.unit == KpiUnit::Currency ? (kpi.currency.isEmpty() ? p.currency : kpi.currency) : QString();
    case Baseline: return kpi.baseline ? formatValue(kpi, *kpi.baseline) : QString();
    case Target: return kpi.target ? formatValue(kpi, *kpi.target) : tr("(none)");
    case Direction: return kpiDirectionName(kpi.direction);
    case Owner: {
        const auto *d = findById(p.departments, kpi.ownerDepartmentId);
        return d ? d->name : QString();
    }
    case Binding:
        if (!kpi.binding)
            return QString();
        return kpi.binding->denominatorEventType.isEmpty()
            ? tr("count of %1").arg(kpi.binding->numeratorEventType)
            : tr("%1 / %2").arg(kpi.binding->numeratorEventType, kpi.binding->denominatorEventType);
    case Actual: return kpi.actual ? formatValue(kpi, *kpi.actual) : QString();
    case Simulated: return kpi.simulated ? formatValue(kpi, *kpi.simulated) : QString();
    case Recorded: {
        const KpiHistorySummary h = summariseHistory(kpi);
        return h.last ? tr("%1 (%2)").arg(formatValue(kpi, h.last->actual), h.last->date) : QString();
    }
    case Movement: return movementText(kpi);
    default: return {};
    }
}

QString KpiTableModel::movementText(const Kpi &kpi) const
{
    // Arrow, change and whether that is good, in words: colour is never the only signal.
    const KpiHistorySummary h = summariseHistory(kpi);
    switch (h.movement) {
    case KpiMovement::None:
        return h.last ? tr("first record") : QString();
    case KpiMovement::Flat:
        return tr("→ unchanged");
    case KpiMovement::Up:
    case KpiMovement::Down: {
        const QString arrow = h.movement == KpiMovement::Up ? QStringLiteral("↑") : QStringLiteral("↓");
        const QString sign = *h.change > 0 ? QStringLiteral("+") : QString();
        const QString change = sign + formatValue(kpi, *h.change);
        return *h.better ? tr("%1 %2, better").arg(arrow, change) : tr("%1 %2, worse").arg(arrow, change);
    }
    }
    return {};
}

QVariant KpiTableModel::editValue(const Kpi &kpi, int column) const
{
    switch (column) {
    case Name: return kpi.name;
    case Journey: return kpi.journeyId;
    case Stage: return kpi.stageId;
    case Channel: return kpi.channelId;
    case Unit: return int(kpi.unit);
    case Currency: return kpi.currency;
    case Baseline: return kpi.baseline ? QVariant(*kpi.baseline) : QVariant(QString());
    case Target: return kpi.target ? QVariant(*kpi.target) : QVariant(QString());
    case Direction: return int(kpi.direction);
    case Owner: return kpi.ownerDepartmentId;
    case Actual: return kpi.actual ? QVariant(*kpi.actual) : QVariant();
    case Simulated: return kpi.simulated ? QVariant(*kpi.simulated) : QVariant();
    default: return displayValue(kpi, column);
    }
}

QVariant KpiTableModel::choices(const Kpi &kpi, int column) const
{
    const Project &p = m_document->project();
    switch (column) {
    case Journey: return itemChoices(p.journeys, tr("All journeys"));
    case Stage: {
        QVariantList list{QVariant(choice(tr("Every stage"), QString()))};
        for (const auto &j : p.journeys) {
            if (!kpi.journeyId.isEmpty() && j.id != kpi.journeyId)
                continue;
            for (const omnimap::Stage &s : j.stages)
                list << QVariant(choice(kpi.journeyId.isEmpty() ? j.name + QStringLiteral(" · ") + s.name : s.name, s.id));
        }
        return list;
    }
    case Channel: return itemChoices(p.channels, tr("Every channel"));
    case Unit: return enumChoices<KpiUnit>(unitName);
    case Direction: return enumChoices<KpiDirection>(directionName);
    case Owner: return itemChoices(p.departments, tr("(no owner)"));
    default: return {};
    }
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= m_document->project().kpis.size())
        return {};
    const Kpi &kpi = m_document->project().kpis.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayValue(kpi, index.column());
    case Qt::EditRole: return editValue(kpi, index.column());
    case ChoicesRole: return choices(kpi, index.column());
    case ItemIdRole: return kpi.id;
    case SortRole: {
        const QVariant raw = editValue(kpi, index.column());
        if (raw.typeId() == QMetaType::Double)
            return raw;
        // Empty numbers sort first, texts by their display form.
        if (index.column() == Baseline || index.column() == Target || index.column() == Actual
            || index.column() == Simulated)
            return -std::numeric_limits<double>::infinity();
        return displayValue(kpi, index.column());
    }
    case Qt::ForegroundRole:
        // Good or bad by the KPI's direction; the text says it too ("better"/"worse").
        if (index.column() == Movement) {
            const KpiHistorySummary h = summariseHistory(kpi);
            if (h.better)
                return QColor(*h.better ? QStringLiteral("#1b7f3b") : QStringLiteral("#b3261e"));
            if (h.movement == KpiMovement::Flat)
                return QColor(QStringLiteral("#606b76"));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Baseline || index.column() == Target || index.column() == Actual
            || index.column() == Simulated)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name) {
            if (const KpiLibraryEntry *entry = findKpiLibraryEntry(kpi.libraryKey))
                return kpiLibraryDescription(*entry);
            return tr("Custom KPI");
        }
        if (index.column() == Recorded || index.column() == Movement) {
            QStringList lines;
            const KpiHistorySummary h = summariseHistory(kpi);
            if (h.previous) {
                lines.append(tr("Previous: %1 on %2").arg(formatValue(kpi, h.previous->actual), h.previous->date));
                lines.append(QString());
            }
            for (const KpiMeasurement &m : historyByDate(kpi))
                lines.append(m.note.isEmpty() ? tr("%1: %2").arg(m.date, formatValue(kpi, m.actual))
                                              : tr("%1: %2 — %3").arg(m.date, formatValue(kpi, m.actual), m.note));
            return lines.isEmpty() ? tr("No measurement recorded yet: Record measurement… stores one.") : lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Target && !kpi.target)
            return tr("Set the value the plan aims for; a KPI without target cannot be on or off track.");
        return {};
    default:
        return {};
    }
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("KPI");
    case Journey: return tr("Journey");
    case Stage: return tr("Stage");
    case Channel: return tr("Channel");
    case Unit: return tr("Unit");
    case Currency: return tr("Currency");
    case Baseline: return tr("Baseline");
    case Target: return tr("Target");
    case Direction: return tr("Direction");
    case Owner: return tr("Owner");
    case Binding: return tr("Data binding");
    case Actual: return tr("Actual");
    case Simulated: return tr("Simulated");
    case Recorded: return tr("Last recorded");
    case Movement: return tr("Since previous");
    default: return {};
    }
}

Qt::ItemFlags KpiTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const bool readOnlyColumn = index.column() == Binding || index.column() == Actual || index.column() == Simulated
        || index.column() == Recorded || index.column() == Movement;
    if (index.isValid() && m_document && !m_document->isReadOnly() && !readOnlyColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

static bool parseOptionalNumber(const QVariant &value, std::optional<double> &out)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int) {
        out = value.toDouble();
        return true;
    }
    QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        out.reset();
        return true;
    }
    // Typed with a unit or separators ("12.5 %", "₩15,000"): keep the number only.
    text.remove(QRegularExpression(QStringLiteral("[^0-9.,+\\-eE]")));
    bool ok = false;
    double number = QLocale().toDouble(text, &ok);
    if (!ok)
        number = QLocale::c().toDouble(text.remove(QLatin1Char(',')), &ok);
    if (!ok || !std::isfinite(number))
        return false;
    out = number;
    return true;
}

bool KpiTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_document || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Kpi kpi = m_document->project().kpis.value(index.row());
    const Kpi before = kpi;
    switch (index.column()) {
    case Name:
        if (value.toString().trimmed().isEmpty())
            return false;
        kpi.name = value.toString().trimmed();
        break;
    case Journey:
        kpi.journeyId = value.toString();
    {
        const auto *journey = findById(m_document->project().journeys, kpi.journeyId);
        if (journey && !findById(journey->stages, kpi.stageId))
            kpi.stageId.clear(); // the stage belonged to another journey
        break;
    }
    case Stage: kpi.stageId = value.toString(); break;
    case Channel: kpi.channelId = value.toString(); break;
    case Unit:
        kpi.unit = KpiUnit(value.toInt());
        if (kpi.unit == KpiUnit::Currency && kpi.currency.isEmpty())
            kpi.currency = m_document->project().currency;
        break;
    case Currency: kpi.currency = value.toString().trimmed().toUpper(); break;
    case Baseline:
        if (!parseOptionalNumber(value, kpi.baseline))
            return false;
        break;
    case Target:
        if (!parseOptionalNumber(value, kpi.target))
            return false;
        break;
    case Direction: kpi.direction = KpiDirection(value.toInt()); break;
    case Owner: kpi.ownerDepartmentId = value.toString(); break;
    default: return false;
    }
    if (kpi.name == before.name && kpi.journeyId == before.journeyId && kpi.stageId == before.stageId
        && kpi.channelId == before.channelId && kpi.unit == before.unit && kpi.currency == before.currency
        && kpi.baseline == before.baseline && kpi.target == before.target && kpi.direction == before.direction
        && kpi.ownerDepartmentId == before.ownerDepartmentId)
        return false;
    m_document->undoStack()->push(
        changeKpi(m_document, kpi, tr("Change KPI %1").arg(headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString())));
    return true;
}

} // namespace omnimap
