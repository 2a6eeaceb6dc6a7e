#pragma once

#include <QImage>
#include <QList>
#include <QString>

class QWidget;

namespace omnimap::screenshots {

/// One thing wrong with a capture, named so a reader can find the widget.
struct CaptureProblem
{
    QString capture; ///< file name of the capture, e.g. "03-kpis.png"
    QString widget;  ///< class, object name and parent path of the widget, or empty
    QString text;    ///< what is wrong
};

/// True when almost all of the image is one colour (a capture of nothing). `share`
/// receives the fraction of sampled pixels that have the most common colour.
bool isBlank(const QImage &image, double *share = nullptr);

/// Every visible label, button, check box, group box title, tab and table header
/// section under `root` whose text needs more room than the widget gives it.
/// Text that a widget elides on purpose (a tab bar with an elide mode, a label whose
/// "omnimapElides" property is true) is not reported.
QList<CaptureProblem> clippedTexts(const QString &capture, QWidget *root);

/// The visible texts under `root` (labels, buttons, tabs, headers, window title), to
/// check the language of a capture.
QStringList visibleTexts(QWidget *root);

/// True when the text holds Hangul syllables.
bool containsHangul(const QString &text);

/// "QLabel#name in MainWindow/inspectorDock" for reports.
QString describeWidget(const QWidget *widget);

} // namespace omnimap::screenshots
