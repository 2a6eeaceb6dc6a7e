#include "chartpanel.h"

#include "insightpalette.h"
#include "insightprompts.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

namespace omnimap::insight {

ChartPanel::ChartPanel(const QString &title, QWidget *content, InsightPrompts *prompts, QWidget *parent)
    : QFrame(parent)
    , m_content(content)
    , m_prompts(prompts)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(this))
    , m_header(new QHBoxLayout)
{
    setObjectName(QStringLiteral("chartPanel"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#chartPanel { background: white; border: 1px solid #dfe3e8; border-radius: 8px; }"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_subtitle->setStyleSheet(QStringLiteral("color: #606b76;"));

    auto *menuButton = new QToolButton(this);
    menuButton->setText(QStringLiteral("⋯"));
    menuButton->setToolTip(tr("Copy or save this chart"));
    menuButton->setAutoRaise(true);
    menuButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(menuButton);
    menu->addAction(tr("Copy image"), this, &ChartPanel::copyToClipboard);
    menu->addAction(tr("Save as PNG…"), this, [this] {
        const QString path = m_prompts->imagePath(this, m_title->text() + QStringLiteral(".png"), tr("PNG image (*.png)"));
        if (!path.isEmpty())
            savePng(path);
    });
    menu->addAction(tr("Save as SVG…"), this, [this] {
        const QString path = m_prompts->imagePath(this, m_title->text() + QStringLiteral(".svg"), tr("SVG drawing (*.svg)"));
        if (!path.isEmpty())
            saveSvg(path);
    });
    menuButton->setMenu(menu);

    m_header->addWidget(m_title);
    m_header->addWidget(m_subtitle, 1);
    m_header->addStretch(0);
    m_header->addWidget(menuButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->addLayout(m_header);
    content->setParent(this);
    layout->addWidget(content, 1);
}

void ChartPanel::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
}

QImage ChartPanel::toImage(qreal scale) const
{
    QImage image((QSizeF(size()) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    const_cast<ChartPanel *>(this)->render(&painter, {}, {}, QWidget::DrawChildren);
    return image;
}

void ChartPanel::copyToClipboard() const
{
    QApplication::clipboard()->setImage(toImage());
}

bool ChartPanel::savePng(const QString &path) const
{
    return toImage().save(path, "PNG");
}

bool ChartPanel::saveSvg(const QString &path) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size());
    generator.setViewBox(rect());
    generator.setTitle(m_title->text());
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    const_cast<ChartPanel *>(this)->render(&painter, {}, {}, QWidget::DrawChildren);
    return painter.end();
}

} // namespace omnimap::insight
