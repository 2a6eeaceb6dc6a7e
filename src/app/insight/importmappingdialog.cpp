#include "importmappingdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omnimap::insight {
namespace {

QString fieldTitle(const QString &field)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("customer"), QT_TRANSLATE_NOOP("omnimap::insight::ImportMappingDialog", "Customer id")},
        {QStringLiteral("ts"), QT_TRANSLATE_NOOP("omnimap::insight::ImportMappingDialog", "Time")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("omnimap::insight::ImportMappingDialog", "Channel")},
        {QStringLiteral("touchpoint"), QT_TRANSLATE_NOOP("omnimap::insight::ImportMappingDialog", "Touchpoint")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("omnimap::insight::ImportMappingDialog", "Stage")},
        {QStringLiteral("event_type"), QT_TRANSLATE_NOOP("omnimap::insight::ImportMappingDialog", "Event type")},
        {QStringLiteral("revenue"), QT_TRANSLATE_NOOP("omnimap::insight::ImportMappingDialog", "Revenue")},
        {QStringLiteral("cost"), QT_TRANSLATE_NOOP("omnimap::insight::ImportMappingDialog", "Cost")},
        {QStringLiteral("age_band"), QT_TRANSLATE_NOOP("omnimap::insight::ImportMappingDialog", "Age band")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("omnimap::insight::ImportMappingDialog", "Gender")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("omnimap::insight::ImportMappingDialog", "Region")},
        {QStringLiteral("signup_date"), QT_TRANSLATE_NOOP("omnimap::insight::ImportMappingDialog", "Sign-up date")},
    };
    const char *title = titles.value(field);
    return title ? QCoreApplication::translate("omnimap::insight::ImportMappingDialog", title) : field;
}

} // namespace

ImportMappingDialog::ImportMappingDialog(const QString &csvPath, QWidget *parent)
    : QDialog(parent)
    , m_csvPath(csvPath)
    , m_preview(previewCsv(csvPath))
    , m_table(new QTableWidget(this))
    , m_skipBad(new QCheckBox(tr("Skip bad rows (import the good ones and list the problems)"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import events from %1").arg(QFileInfo(csvPath).fileName()));
    resize(900, 600);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Preview: the first rows as the engine's reader sees them.
    m_table->setColumnCount(int(m_preview.header.size()));
    m_table->setHorizontalHeaderLabels(m_preview.header);
    m_table->setRowCount(int(m_preview.rows.size()));
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const QStringList &row = m_preview.rows.at(r);
        for (int c = 0; c < row.size() && c < m_preview.header.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(row.at(c)));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(22);

    auto *form = new QFormLayout;
    const QHash<QString, QString> guess = guessMapping(m_preview.header);
    for (const QString &field : eventFieldNames()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("mapping_") + field);
        combo->addItem(tr("— not in the file —"), QString());
        for (const QString &column : m_preview.header)
            combo->addItem(column, column);
        const int at = combo->findData(guess.value(field));
        combo->setCurrentIndex(at >= 0 ? at : 0);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingDialog::updateState);
        m_combos.insert(field, combo);
        QString label = fieldTitle(field);
        if (isRequiredEventField(field))
            label += QStringLiteral(" *");
        form->addRow(label, combo);
    }

    auto *top = new QHBoxLayout;
    top->addLayout(form, 0);
    auto *previewBox = new QVBoxLayout;
    previewBox->addWidget(new QLabel(tr("First %n row(s) of the file:", nullptr, int(m_preview.rows.size())), this));
    previewBox->addWidget(m_table, 1);
    top->addLayout(previewBox, 1);

    auto *layout = new QVBoxLayout(this);
    if (!m_preview.ok) {
        auto *error = new QLabel(tr("%1: can not read the file: %2").arg(csvPath, m_preview.error), this);
        error->setWordWrap(true);
        layout->addWidget(error);
    }
    layout->addLayout(top, 1);
    layout->addWidget(m_skipBad);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    updateState();
}

QHash<QString, QString> ImportMappingDialog::mapping() const
{
    QHash<QString, QString> result;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const QString column = it.value()->currentData().toString();
        if (!column.isEmpty())
            result.insert(it.key(), column);
    }
    return result;
}

void ImportMappingDialog::setColumn(const QString &field, const QString &column)
{
    if (QComboBox *combo = m_combos.value(field)) {
        const int at = combo->findData(column);
        combo->setCurrentIndex(at >= 0 ? at : 0);
    }
}

bool ImportMappingDialog::skipBadRows() const
{
    return m_skipBad->isChecked();
}

QString ImportMappingDialog::problem() const
{
    if (!m_preview.ok)
        return tr("The file can not be read.");
    const QHash<QString, QString> map = mapping();
    QStringList missing;
    for (const QString &field : eventFieldNames()) {
        if (isRequiredEventField(field) && !map.contains(field))
            missing.append(fieldTitle(field));
    }
    if (!missing.isEmpty())
        return tr("Choose a column for: %1").arg(missing.join(QStringLiteral(", ")));
    QHash<QString, QString> byColumn;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (byColumn.contains(it.value()))
            return tr("Column \"%1\" is mapped twice (%2 and %3).").arg(it.value(), fieldTitle(byColumn.value(it.value())), fieldTitle(it.key()));
        byColumn.insert(it.value(), it.key());
    }
    return {};
}

void ImportMappingDialog::updateState()
{
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace omnimap::insight
