#include "jsonobjectreader.h"

#include <cmath>

namespace omnimap {

namespace {
struct JsonobjectreaderTr { Q_DECLARE_TR_FUNCTIONS(omnimap::JsonReader) };
} // namespace

void ReadContext::error(const QString &pointer, const QString &message, const Id &itemId)
{
    Diagnostic d;
    d.file = fileName;
    d.where = pointer.isEmpty() ? QStringLiteral("/") : pointer;
    d.message = message;
    d.itemId = itemId;
    diagnostics.append(d);
}

QString pointerToken(const std::string &key)
{
    QString token = QString::fromStdString(key);
    token.replace(QLatin1Char('~'), QLatin1String("~0"));
    token.replace(QLatin1Char('/'), QLatin1String("~1"));
    return token;
}

JsonObjectReader::JsonObjectReader(const nlohmann::json &value, QString pointer,
                                   ReadContext &context)
    : m_pointer(std::move(pointer))
    , m_context(context)
{
    if (value.is_object())
        m_object = &value;
    else
        m_context.error(m_pointer, JsonobjectreaderTr::tr("expected an object"));
}

const nlohmann::json *JsonObjectReader::take(const char *key)
{
    if (!m_object)
        return nullptr;
    m_used.insert(key);
    const auto it = m_object->find(key);
    if (it == m_object->end() || it->is_null())
        return nullptr;
    return &*it;
}

bool JsonObjectReader::contains(const char *key) const
{
    if (!m_object)
        return false;
    const auto it = m_object->find(key);
    return it != m_object->end() && !it->is_null();
}

QString JsonObjectReader::childPointer(const char *key) const
{
    return m_pointer + QLatin1Char('/') + pointerToken(key);
}

void JsonObjectReader::fail(const char *key, const QString &message)
{
    m_context.error(childPointer(key), message);
}

Id JsonObjectReader::id()
{
    const nlohmann::json *v = take("id");
    if (!v) {
        fail("id", JsonobjectreaderTr::tr("missing id: every item needs a stable id"));
        return {};
    }
    if (!v->is_string() || v->get_ref<const std::string &>().empty()
        || v->get_ref<const std::string &>().size() > 128) {
        fail("id", JsonobjectreaderTr::tr("expected a non-empty string of at most 128 characters"));
        return {};
    }
    return QString::fromStdString(v->get<std::string>());
}

QString JsonObjectReader::string(const char *key)
{
    const nlohmann::json *v = take(key);
    if (!v)
        return {};
    if (!v->is_string()) {
        fail(key, JsonobjectreaderTr::tr("expected a string"));
        return {};
    }
    return QString::fromStdString(v->get_ref<const std::string &>());
}

QString JsonObjectReader::requiredString(const char *key)
{
    if (m_object && !contains(key)) {
        m_used.insert(key);
        fail(key, JsonobjectreaderTr::tr("missing required field"));
        return {};
    }
    return string(key);
}

Id JsonObjectReader::requiredId(const char *key)
{
    const Id value = requiredString(key);
    if (value.isEmpty() && contains(key) && m_object->at(key).is_string())
        fail(key, JsonobjectreaderTr::tr("expected a non-empty id"));
    return value;
}

QStringList JsonObjectReader::strings(const char *key)
{
    QStringList out;
    const nlohmann::json *v = take(key);
    if (!v)
        return out;
    if (!v->is_array()) {
        fail(key, JsonobjectreaderTr::tr("expected an array of strings"));
        return out;
    }
    out.reserve(static_cast<qsizetype>(v->size()));
    for (std::size_t i = 0; i < v->size(); ++i) {
        const nlohmann::json &s = (*v)[i];
        if (!s.is_string()) {
            m_context.error(childPointer(key) + QLatin1Char('/') + QString::number(i),
                            JsonobjectreaderTr::tr("expected a string"));
            continue;
        }
        out << QString::fromStdString(s.get_ref<const std::string &>());
    }
    return out;
}

std::optional<double> JsonObjectReader::optionalNumber(const char *key, double min, double max)
{
    const nlohmann::json *v = take(key);
    if (!v)
        return std::nullopt;
    if (!v->is_number() || !std::isfinite(v->get<double>()) || v->get<double>() < min
        || v->get<double>() > max) {
        if (std::isinf(min) && std::isinf(max))
            fail(key, JsonobjectreaderTr::tr("expected a number"));
        else
            fail(key, JsonobjectreaderTr::tr("expected a number from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return v->get<double>();
}

double JsonObjectReader::number(const char *key, double fallback, double min, double max)
{
    return optionalNumber(key, min, max).value_or(fallback);
}

int JsonObjectReader::integer(const char *key, int fallback, int min, int max)
{
    const nlohmann::json *v = take(key);
    if (!v)
        return fallback;
    if (!v->is_number_integer() || v->get<qint64>() < min || v->get<qint64>() > max) {
        fail(key, JsonobjectreaderTr::tr("expected a whole number from %1 to %2").arg(min).arg(max));
        return fallback;
    }
    return static_cast<int>(v->get<qint64>());
}

bool JsonObjectReader::boolean(const char *key, bool fallback)
{
    const nlohmann::json *v = take(key);
    if (!v)
        return fallback;
    if (!v->is_boolean()) {
        fail(key, JsonobjectreaderTr::tr("expected true or false"));
        return fallback;
    }
    return v->get<bool>();
}

nlohmann::json JsonObjectReader::rawObject(const char *key)
{
    const nlohmann::json *v = take(key);
    if (!v)
        return nlohmann::json::object();
    if (!v->is_object()) {
        fail(key, JsonobjectreaderTr::tr("expected an object"));
        return nlohmann::json::object();
    }
    return *v;
}

ExtraFields JsonObjectReader::extra() const
{
    ExtraFields extra = ExtraFields::object();
    if (!m_object)
        return extra;
    for (auto it = m_object->begin(); it != m_object->end(); ++it) {
        if (m_used.count(it.key()) == 0)
            extra[it.key()] = it.value();
    }
    return extra;
}

} // namespace omnimap
