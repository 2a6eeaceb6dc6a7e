#pragma once

// Small helpers the tests share to run a tool and read a PDF back through poppler-utils
// (pdfinfo, pdftotext), so every test checks PDFs the same way.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace omnimap::testing {

/// Runs `program` and returns its standard output and error; empty if it did not finish
/// within a minute. `exitCode` (optional) receives its exit code.
inline QString runTool(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return {};
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

/// The page count pdfinfo reports, or -1.
inline int pdfPages(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// The PDF's text in drawing order (pdftotext -raw, UTF-8).
inline QString pdfText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
}

} // namespace omnimap::testing
