#include "planpropertiesdialog.h"

#include "ui_planpropertiesdialog.h"

#include "document/commands/editplan.h"
#include "document/document.h"
#include "plan/money.h"

#include <QPushButton>
#include <QtAlgorithms>

namespace omnimap {

PlanPropertiesDialog::PlanPropertiesDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PlanPropertiesDialog>())
    , m_document(document)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("planPropertiesDialog"));
    const Project &p = document->project();
    m_ui->name->setText(p.name);
    m_ui->description->setPlainText(p.description);
    // Each language named in itself, so a user who cannot read the other one still finds theirs.
    m_ui->language->addItem(QStringLiteral("한국어 (ko)"), QStringLiteral("ko"));
    m_ui->language->addItem(QStringLiteral("English (en)"), QStringLiteral("en"));
    int language = m_ui->language->findData(p.locale);
    if (language < 0) {
        m_ui->language->addItem(p.locale, p.locale); // a file's other language stays choosable
        language = m_ui->language->count() - 1;
    }
    m_ui->language->setCurrentIndex(language);
    for (const QString &code : commonCurrencies())
        m_ui->currency->addItem(code);
    if (m_ui->currency->findText(p.currency) < 0)
        m_ui->currency->addItem(p.currency);
    m_ui->currency->setCurrentText(p.currency);
    connect(m_ui->currency, &QComboBox::currentTextChanged, this, &PlanPropertiesDialog::updateExample);
    connect(m_ui->language, &QComboBox::currentIndexChanged, this, &PlanPropertiesDialog::updateExample);
    connect(m_ui->name, &QLineEdit::textChanged, this, &PlanPropertiesDialog::updateExample);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PlanPropertiesDialog::accept);
    updateExample();
}

PlanPropertiesDialog::~PlanPropertiesDialog() = default;

QString PlanPropertiesDialog::chosenCurrency() const
{
    const QString code = m_ui->currency->currentText().trimmed().toUpper();
    return isCurrencyCode(code) ? code : QString();
}

QString PlanPropertiesDialog::chosenLanguage() const
{
    return m_ui->language->currentData().toString();
}

void PlanPropertiesDialog::updateExample()
{
    const QString currency = chosenCurrency();
    const bool nameOk = !m_ui->name->text().trimmed().isEmpty();
    if (currency.isEmpty())
        m_ui->example->setText(QStringLiteral("—"));
    else
        m_ui->example->setText(formatMoney(5000000, currency, planLocale(chosenLanguage())) + QStringLiteral(" · ")
                               + formatMoney(12.5, currency, planLocale(chosenLanguage())));
    QString problem;
    if (!nameOk)
        problem = tr("The plan needs a name.");
    else if (currency.isEmpty())
        problem = tr("Enter a three-letter ISO 4217 currency code, such as KRW or USD.");
    m_ui->problem->setText(problem);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void PlanPropertiesDialog::accept()
{
    const QString currency = chosenCurrency();
    const QString name = m_ui->name->text().trimmed();
    if (currency.isEmpty() || name.isEmpty())
        return;
    const Project &p = m_document->project();
    QList<QUndoCommand *> commands;
    if (name != p.name)
        commands << PlanEdit::name(m_document, name);
    if (m_ui->description->toPlainText() != p.description)
        commands << PlanEdit::description(m_document, m_ui->description->toPlainText());
    if (chosenLanguage() != p.locale)
        commands << PlanEdit::language(m_document, chosenLanguage());
    if (currency != p.currency)
        commands << PlanEdit::currency(m_document, currency);
    if (!commands.isEmpty() && !m_document->isReadOnly()) {
        // One dialog, one undo step, however many fields changed.
        QUndoStack *stack = m_document->undoStack();
        stack->beginMacro(commands.size() == 1 ? commands.first()->text() : tr("Edit plan properties"));
        for (QUndoCommand *command : commands)
            stack->push(command);
        stack->endMacro();
    } else {
        qDeleteAll(commands);
    }
    QDialog::accept();
}

} // namespace omnimap
