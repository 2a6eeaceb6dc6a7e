// The field-coverage check: every field the file format has (read from the JSON Schema,
// so a field added there without a line in docs/file-format-ui.tsv fails) is either set
// somewhere in the UI — and the editor's source still holds the code named as evidence —
// or marked "file only" with a reason.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {

QString sourceDir()
{
    return QStringLiteral(OMNIMAP_SOURCE_DIR);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// "project.name", "touchpoint.cost" …: the root's properties and each $def's.
QStringList schemaFields()
{
    const QJsonObject schema = QJsonDocument::fromJson(readAll(sourceDir() + QStringLiteral("/docs/omnimap.schema.json"))).object();
    QStringList fields;
    for (const QString &key : schema.value(QStringLiteral("properties")).toObject().keys())
        fields << QStringLiteral("project.") + key;
    const QJsonObject defs = schema.value(QStringLiteral("$defs")).toObject();
    for (auto it = defs.begin(); it != defs.end(); ++it) {
        for (const QString &key : it.value().toObject().value(QStringLiteral("properties")).toObject().keys())
            fields << it.key() + QLatin1Char('.') + key;
    }
    return fields;
}

} // namespace

void checkFieldCoverage()
{
    const QStringList fields = schemaFields();
    // The schema is the file format: if it could not be read, nothing here means anything.
    QVERIFY2(fields.size() > 150, qPrintable(QString::number(fields.size())));
    QVERIFY(fields.contains(QStringLiteral("handoff.kind")));

    const QString mapping = QString::fromUtf8(readAll(sourceDir() + QStringLiteral("/docs/file-format-ui.tsv")));
    QVERIFY(!mapping.isEmpty());
    QSet<QString> listed;
    QStringList problems;
    int lineNumber = 0;
    for (const QString &line : mapping.split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        const QString where = QStringLiteral("line %1").arg(lineNumber);
        if (cells.size() < 3) {
            problems << where + QStringLiteral(": expected FIELD, kind, place");
            continue;
        }
        const QString field = cells.at(0);
        const QString kind = cells.at(1);
        const QString place = cells.at(2).trimmed();
        if (listed.contains(field))
            problems << where + QStringLiteral(": %1 listed twice").arg(field);
        listed.insert(field);
        if (!fields.contains(field))
            problems << where + QStringLiteral(": %1 is not a field of the schema").arg(field);
        if (kind == QLatin1String("file only")) {
            // A reason, not a shrug: at least a few words.
            if (place.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 4)
                problems << where + QStringLiteral(": %1 is file only without a reason").arg(field);
        } else if (kind == QLatin1String("ui")) {
            const QString evidence = cells.size() > 3 ? cells.at(3).trimmed() : QString();
            const qsizetype colon = evidence.indexOf(QLatin1Char(':'));
            if (place.isEmpty() || colon <= 0) {
                problems << where + QStringLiteral(": %1 names no UI place or evidence").arg(field);
                continue;
            }
            const QString file = evidence.left(colon);
            const QString token = evidence.mid(colon + 1);
            if (!file.startsWith(QLatin1String("src/app/")) && !file.startsWith(QLatin1String("src/document/")))
                problems << where + QStringLiteral(": evidence for %1 is not UI code: %2").arg(field, file);
            const QByteArray source = readAll(sourceDir() + QLatin1Char('/') + file);
            if (source.isEmpty())
                problems << where + QStringLiteral(": %1 does not exist").arg(file);
            else if (token.isEmpty() || !source.contains(token.toUtf8()))
                problems << where + QStringLiteral(": %1 does not contain “%2” (%3)").arg(file, token, field);
        } else {
            problems << where + QStringLiteral(": kind of %1 must be “ui” or “file only”, not “%2”").arg(field, kind);
        }
    }
    for (const QString &field : fields) {
        if (!listed.contains(field))
            problems << QStringLiteral("%1 has no line in docs/file-format-ui.tsv: say where the UI sets it, or why it is file only")
                            .arg(field);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}
