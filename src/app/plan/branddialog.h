#pragma once

#include <QColor>
#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class BrandDialog;
}

namespace omnimap {

class Document;

/// Plan ▸ Brand…: tone of voice, keywords, forbidden words and the palette
/// (ui/branddialog.ui) — what the brand-consistency rules check messages against. OK
/// pushes what changed as one undo step.
class BrandDialog final : public QDialog
{
    Q_OBJECT

public:
    BrandDialog(Document *document, QWidget *parent = nullptr);
    ~BrandDialog() override;

    Ui::BrandDialog *form() const { return m_ui.get(); }
    /// Asks for a colour (QColorDialog); tests replace it. An invalid colour cancels.
    std::function<QColor(const QColor &initial)> pickColour;

    QStringList paletteColours() const;
    void addColour();
    void changeColour();
    void removeColour();

    void accept() override;

private:
    void addSwatch(const QString &hex);

    std::unique_ptr<Ui::BrandDialog> m_ui;
    Document *m_document;
};

/// Non-empty trimmed lines of a text ("one per line" fields).
QStringList nonEmptyLines(const QString &text);

} // namespace omnimap
