#include "mergetext.h"

#include "projectdiff.h"

#include <QCoreApplication>

#include <cmath>

namespace omnimap::mergetext {

namespace {

using json = nlohmann::json;

struct MergetextTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Merge) };

QString scalarText(const json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_boolean())
        return value.get<bool>() ? MergetextTr::tr("yes") : MergetextTr::tr("no");
    if (value.is_number_integer())
        return QString::number(value.get<qint64>());
    if (value.is_number())
        return QString::number(value.get<double>(), 'g', 12);
    return QString::fromStdString(value.dump());
}

bool isStringList(const json &value)
{
    if (!value.is_array())
        return false;
    for (const json &element : value) {
        if (!element.is_string())
            return false;
    }
    return true;
}

const json *sample(const MergeConflict &c)
{
    for (const std::optional<json> *side : {&c.ours, &c.theirs, &c.base}) {
        if (*side)
            return &**side;
    }
    return nullptr;
}

} // namespace

QString valueText(const MergeConflict &conflict, const std::optional<json> &value)
{
    if (!value)
        return conflict.kind == MergeConflict::Kind::Item ? MergetextTr::tr("(deleted)") : MergetextTr::tr("(not set)");
    const json &v = *value;
    if (isStringList(v)) {
        QStringList lines;
        for (const json &element : v)
            lines.append(QString::fromStdString(element.get<std::string>()));
        return lines.join(QLatin1Char('\n'));
    }
    if (v.is_object()) {
        QStringList lines;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (it.key() == "id")
                continue;
            const json &field = it.value();
            const QString text = field.is_object() || (field.is_array() && !isStringList(field))
                ? QString::fromStdString(field.dump())
                : (field.is_array() ? valueSummary(&field) : scalarText(field));
            lines.append(QString::fromStdString(it.key()) + QStringLiteral(": ") + text);
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (v.is_array())
        return QString::fromStdString(v.dump(2));
    return scalarText(v);
}

bool isEditable(const MergeConflict &conflict)
{
    return conflict.kind == MergeConflict::Kind::Value;
}

std::optional<std::optional<json>> valueFromText(const MergeConflict &conflict, const QString &text,
                                                 QString *error)
{
    const json *like = sample(conflict);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::optional<json>(); // not set: the format leaves empty values out
    if (!like || like->is_string())
        return std::optional<json>(json(text.toStdString()));
    if (like->is_boolean()) {
        const QString lower = trimmed.toLower();
        if (lower == MergetextTr::tr("yes") || lower == QLatin1String("true") || lower == QLatin1String("1"))
            return std::optional<json>(json(true));
        if (lower == MergetextTr::tr("no") || lower == QLatin1String("false") || lower == QLatin1String("0"))
            return std::optional<json>(json(false));
        if (error)
            *error = MergetextTr::tr("expected yes or no");
        return std::nullopt;
    }
    if (like->is_number()) {
        bool ok = false;
        const double number = trimmed.toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            if (error)
                *error = MergetextTr::tr("expected a number");
            return std::nullopt;
        }
        if (like->is_number_integer() && number == std::floor(number) && std::abs(number) < 1e15)
            return std::optional<json>(json(qint64(number)));
        return std::optional<json>(json(number));
    }
    if (isStringList(*like)) {
        json list = json::array();
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                list.push_back(line.trimmed().toStdString());
        }
        return std::optional<json>(std::move(list));
    }
    json parsed = json::parse(text.toStdString(), nullptr, false);
    if (parsed.is_discarded()) {
        if (error)
            *error = MergetextTr::tr("expected JSON like the values shown");
        return std::nullopt;
    }
    return std::optional<json>(std::move(parsed));
}

QString conflictTitle(const MergeConflict &conflict)
{
    QString title = itemKindLabel(conflict.itemKind);
    if (!conflict.itemName.isEmpty())
        title += QStringLiteral(" \u201C") + conflict.itemName + QStringLiteral("\u201D");
    if (!conflict.field.isEmpty())
        title += QStringLiteral(" \u2014 ") + conflict.field;
    return title;
}

} // namespace omnimap::mergetext
