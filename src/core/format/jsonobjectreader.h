#pragma once

#include "diagnostic.h"
#include "model/common.h"
#include "model/enumnames.h"

#include <QCoreApplication>
#include <QList>

#include <set>
#include <string>

namespace omnimap {

/// Shared state of one read: where diagnostics go and which file they name.
struct ReadContext
{
    QString fileName;
    Diagnostics diagnostics;

    void error(const QString &pointer, const QString &message, const Id &itemId = {});
};

/// Escapes one JSON pointer reference token (RFC 6901).
QString pointerToken(const std::string &key);

/// Reads the fields of one JSON object into model values, reporting each problem with
/// its JSON pointer and what was expected, and remembering which keys it consumed so
/// the rest can be kept as ExtraFields.
class JsonObjectReader final
{
public:
    JsonObjectReader(const nlohmann::json &value, QString pointer, ReadContext &context);

    bool isObject() const { return m_object != nullptr; }
    const QString &pointer() const { return m_pointer; }
    /// Whether the object has `key` with a value other than null.
    bool contains(const char *key) const;
    ReadContext &context() { return m_context; }

    /// The item's "id": required, a non-empty string of at most 128 characters.
    Id id();
    QString string(const char *key);
    /// A text the item must have; present but empty is kept (a name may be cleared).
    QString requiredString(const char *key);
    /// A reference the item must have: a non-empty string. An empty one names nothing
    /// (and would not survive a save, which leaves empty texts out), so it is an error.
    Id requiredId(const char *key);
    QStringList strings(const char *key);
    double number(const char *key, double fallback, double min, double max);
    std::optional<double> optionalNumber(const char *key, double min, double max);
    int integer(const char *key, int fallback, int min, int max);
    bool boolean(const char *key, bool fallback = false);
    /// A raw JSON value kept opaque (e.g. a scenario result); object expected.
    nlohmann::json rawObject(const char *key);

    template<typename E>
    E enumeration(const char *key, E fallback)
    {
        const nlohmann::json *v = take(key);
        if (!v)
            return fallback;
        E out = fallback;
        if (!v->is_string() || !enumFromName(v->get_ref<const std::string &>(), out)) {
            fail(key, QCoreApplication::translate("omnimap::JsonReader", "expected one of: %1")
                          .arg(enumNames<E>().join(QStringLiteral(", "))));
        }
        return out;
    }

    /// Reads an array of objects with `read(JsonObjectReader &)`.
    template<typename T, typename ReadItem>
    QList<T> list(const char *key, ReadItem read)
    {
        QList<T> items;
        const nlohmann::json *v = take(key);
        if (!v)
            return items;
        if (!v->is_array()) {
            fail(key, QCoreApplication::translate("omnimap::JsonReader", "expected an array"));
            return items;
        }
        items.reserve(static_cast<qsizetype>(v->size()));
        const QString base = childPointer(key);
        for (std::size_t i = 0; i < v->size(); ++i) {
            JsonObjectReader element((*v)[i], base + QLatin1Char('/') + QString::number(i),
                                     m_context);
            if (element.isObject())
                items.append(read(element));
        }
        return items;
    }

    /// Reads a nested object with `read(JsonObjectReader &)`; absent means untouched.
    template<typename ReadObject>
    bool object(const char *key, ReadObject read)
    {
        const nlohmann::json *v = take(key);
        if (!v)
            return false;
        JsonObjectReader nested(*v, childPointer(key), m_context);
        if (!nested.isObject())
            return false;
        read(nested);
        return true;
    }

    /// Keys this version does not know, to be written back unchanged.
    ExtraFields extra() const;

private:
    const nlohmann::json *take(const char *key);
    QString childPointer(const char *key) const;
    void fail(const char *key, const QString &message);

    const nlohmann::json *m_object = nullptr;
    QString m_pointer;
    ReadContext &m_context;
    std::set<std::string> m_used;
};

} // namespace omnimap
