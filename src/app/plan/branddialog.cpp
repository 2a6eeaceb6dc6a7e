#include "branddialog.h"

#include "ui_branddialog.h"

#include "document/commands/editplan.h"
#include "document/document.h"

#include <QColorDialog>
#include <QPixmap>
#include <QtAlgorithms>

namespace omnimap {

QStringList nonEmptyLines(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result << trimmed;
    }
    return result;
}

BrandDialog::BrandDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BrandDialog>())
    , m_document(document)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("brandDialog"));
    pickColour = [this](const QColor &initial) { return QColorDialog::getColor(initial, this, tr("Brand colour")); };
    const Brand &b = document->project().brand;
    m_ui->tone->setPlainText(b.toneOfVoice);
    m_ui->keywords->setPlainText(b.keywords.join(QLatin1Char('\n')));
    m_ui->forbidden->setPlainText(b.forbiddenWords.join(QLatin1Char('\n')));
    for (const QString &hex : b.palette)
        addSwatch(hex);
    connect(m_ui->addColour, &QPushButton::clicked, this, &BrandDialog::addColour);
    connect(m_ui->changeColour, &QPushButton::clicked, this, &BrandDialog::changeColour);
    connect(m_ui->removeColour, &QPushButton::clicked, this, &BrandDialog::removeColour);
    connect(m_ui->palette, &QListWidget::itemDoubleClicked, this, &BrandDialog::changeColour);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &BrandDialog::accept);
}

BrandDialog::~BrandDialog() = default;

namespace {

void showSwatch(QListWidgetItem *item, const QString &hex)
{
    QPixmap swatch(16, 16);
    swatch.fill(QColor::fromString(hex));
    item->setIcon(QIcon(swatch));
    item->setText(hex.toUpper());
    item->setData(Qt::UserRole, hex);
}

} // namespace

void BrandDialog::addSwatch(const QString &hex)
{
    showSwatch(new QListWidgetItem(m_ui->palette), hex);
}

QStringList BrandDialog::paletteColours() const
{
    QStringList colours;
    for (int i = 0; i < m_ui->palette->count(); ++i)
        colours << m_ui->palette->item(i)->data(Qt::UserRole).toString();
    return colours;
}

void BrandDialog::addColour()
{
    const QColor colour = pickColour(QColor(Qt::white));
    if (!colour.isValid())
        return;
    addSwatch(colour.name());
    m_ui->palette->setCurrentRow(m_ui->palette->count() - 1);
}

void BrandDialog::changeColour()
{
    QListWidgetItem *item = m_ui->palette->currentItem();
    if (!item)
        return;
    const QColor colour = pickColour(QColor::fromString(item->data(Qt::UserRole).toString()));
    if (!colour.isValid())
        return;
    showSwatch(item, colour.name());
}

void BrandDialog::removeColour()
{
    delete m_ui->palette->currentItem();
}

void BrandDialog::accept()
{
    const Brand &b = m_document->project().brand;
    QList<QUndoCommand *> commands;
    const QString tone = m_ui->tone->toPlainText().trimmed();
    if (tone != b.toneOfVoice)
        commands << PlanEdit::toneOfVoice(m_document, tone);
    const QStringList keywords = nonEmptyLines(m_ui->keywords->toPlainText());
    if (keywords != b.keywords)
        commands << PlanEdit::keywords(m_document, keywords);
    const QStringList forbidden = nonEmptyLines(m_ui->forbidden->toPlainText());
    if (forbidden != b.forbiddenWords)
        commands << PlanEdit::forbiddenWords(m_document, forbidden);
    if (paletteColours() != b.palette)
        commands << PlanEdit::palette(m_document, paletteColours());
    if (!commands.isEmpty() && !m_document->isReadOnly()) {
        QUndoStack *stack = m_document->undoStack();
        stack->beginMacro(commands.size() == 1 ? commands.first()->text() : tr("Edit brand"));
        for (QUndoCommand *command : commands)
            stack->push(command);
        stack->endMacro();
    } else {
        qDeleteAll(commands);
    }
    QDialog::accept();
}

} // namespace omnimap
