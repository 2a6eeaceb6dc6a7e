#include "mergepath.h"

namespace omnimap {

namespace {

using json = nlohmann::json;

template<typename Json>
Json *walk(Json &root, const MergePath &path)
{
    Json *current = &root;
    for (const MergePathStep &step : path) {
        if (!step.selector) {
            if (!current->is_object())
                return nullptr;
            const auto it = current->find(step.key.toStdString());
            if (it == current->end())
                return nullptr;
            current = &*it;
            continue;
        }
        if (!current->is_array())
            return nullptr;
        Json *found = nullptr;
        for (auto &element : *current) {
            if (elementMatches(element, step)) {
                found = &element;
                break;
            }
        }
        if (!found)
            return nullptr;
        current = found;
    }
    return current;
}

} // namespace

bool MergePathStep::operator==(const MergePathStep &other) const
{
    return key == other.key && selector == other.selector && matchKey == other.matchKey
        && matchValue == other.matchValue;
}

json mergePathToJson(const MergePath &path)
{
    json out = json::array();
    for (const MergePathStep &step : path) {
        if (step.selector)
            out.push_back({{"key", step.matchKey.toStdString()}, {"value", step.matchValue.toStdString()}});
        else
            out.push_back(step.key.toStdString());
    }
    return out;
}

std::optional<MergePath> mergePathFromJson(const json &value)
{
    if (!value.is_array())
        return std::nullopt;
    MergePath path;
    for (const json &step : value) {
        if (step.is_string()) {
            path.append(MergePathStep::field(QString::fromStdString(step.get<std::string>())));
            continue;
        }
        if (!step.is_object())
            return std::nullopt;
        const auto key = step.find("key");
        const auto matched = step.find("value");
        if (key == step.end() || matched == step.end() || !key->is_string() || !matched->is_string())
            return std::nullopt;
        path.append(MergePathStep::element(QString::fromStdString(key->get<std::string>()),
                                           QString::fromStdString(matched->get<std::string>())));
    }
    return path;
}

QString mergePathText(const MergePath &path)
{
    QString text;
    for (const MergePathStep &step : path) {
        if (step.selector) {
            text += QLatin1Char('[')
                + (step.matchKey.isEmpty() ? QString() : step.matchKey + QLatin1Char('='))
                + step.matchValue + QLatin1Char(']');
        } else {
            if (!text.isEmpty())
                text += QLatin1Char('.');
            text += step.key;
        }
    }
    return text;
}

bool elementMatches(const json &element, const MergePathStep &step)
{
    const std::string wanted = step.matchValue.toStdString();
    if (step.matchKey.isEmpty())
        return element.is_string() && element.get_ref<const std::string &>() == wanted;
    if (!element.is_object())
        return false;
    const auto it = element.find(step.matchKey.toStdString());
    return it != element.end() && it->is_string() && it->get_ref<const std::string &>() == wanted;
}

const json *findAtPath(const json &root, const MergePath &path)
{
    return walk(root, path);
}

json *findAtPath(json &root, const MergePath &path)
{
    return walk(root, path);
}

} // namespace omnimap
