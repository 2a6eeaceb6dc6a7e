#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;

namespace omnimap::insight {

class InsightPrompts;

/// A titled card around one chart with a menu to copy it or save it as PNG or SVG.
/// The same widget rendering feeds all three, so what is saved is what is seen.
class ChartPanel final : public QFrame
{
    Q_OBJECT

public:
    ChartPanel(const QString &title, QWidget *content, InsightPrompts *prompts, QWidget *parent = nullptr);

    QWidget *content() const { return m_content; }
    QHBoxLayout *headerLayout() const { return m_header; }
    void setSubtitle(const QString &text);

    /// The card's content as an image at the device pixel ratio `scale`.
    QImage toImage(qreal scale = 2.0) const;
    void copyToClipboard() const;
    bool savePng(const QString &path) const;
    bool saveSvg(const QString &path) const;

private:
    QWidget *m_content;
    InsightPrompts *m_prompts;
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_header;
};

} // namespace omnimap::insight
