#include "importmappingdialog.h"

#include "ui_importmappingdialog.h"

#include "feedbackimporter.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>

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
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("omnimap::insight::ImportMappingDialog", "Kind (nps, csat, ces, rating, text)")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("omnimap::insight::ImportMappingDialog", "Score")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("omnimap::insight::ImportMappingDialog", "Text")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("omnimap::insight::ImportMappingDialog", "Source")},
    };
    const char *title = titles.value(field);
    return title ? QCoreApplication::translate("omnimap::insight::ImportMappingDialog", title) : field;
}

/// Feedback columns by the importer's own names and aliases (feedbackimporter.cpp) and
/// the Korean headers survey tools export.
QHash<QString, QString> guessFeedbackMapping(const QStringList &header)
{
    static const QHash<QString, QStringList> kGuesses = {
        {QStringLiteral("customer"), {QStringLiteral("customer"), QStringLiteral("customer_id"), QStringLiteral("user_id"), QStringLiteral("고객")}},
        {QStringLiteral("ts"), {QStringLiteral("ts"), QStringLiteral("timestamp"), QStringLiteral("time"), QStringLiteral("date"), QStringLiteral("일시")}},
        {QStringLiteral("channel"), {QStringLiteral("channel"), QStringLiteral("채널")}},
        {QStringLiteral("touchpoint"), {QStringLiteral("touchpoint"), QStringLiteral("터치포인트")}},
        {QStringLiteral("stage"), {QStringLiteral("stage"), QStringLiteral("단계")}},
        {QStringLiteral("kind"), {QStringLiteral("kind"), QStringLiteral("survey"), QStringLiteral("type"), QStringLiteral("유형")}},
        {QStringLiteral("score"), {QStringLiteral("score"), QStringLiteral("value"), QStringLiteral("점수")}},
        {QStringLiteral("text"), {QStringLiteral("text"), QStringLiteral("comment"), QStringLiteral("feedback"), QStringLiteral("review"), QStringLiteral("의견")}},
        {QStringLiteral("source"), {QStringLiteral("source"), QStringLiteral("출처")}},
    };
    QHash<QString, QString> mapping;
    for (auto it = kGuesses.cbegin(); it != kGuesses.cend(); ++it) {
        for (const QString &candidate : it.value()) {
            for (const QString &column : header) {
                if (!mapping.contains(it.key()) && column.trimmed().toLower() == candidate)
                    mapping.insert(it.key(), column);
            }
        }
    }
    return mapping;
}

} // namespace

ImportMappingDialog::ImportMappingDialog(const QString &csvPath, QWidget *parent, Kind kind)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportMappingDialog>())
    , m_csvPath(csvPath)
    , m_kind(kind)
    , m_preview(previewCsv(csvPath))
{
    m_ui->setupUi(this);
    setWindowTitle(kind == Kind::Feedback ? tr("Import feedback from %1").arg(QFileInfo(csvPath).fileName())
                                          : tr("Import events from %1").arg(QFileInfo(csvPath).fileName()));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    if (!m_preview.ok) {
        m_ui->readError->setText(tr("%1: can not read the file: %2").arg(csvPath, m_preview.error));
        m_ui->readError->setVisible(true);
    }

    // Preview: the first rows as the engine's reader sees them.
    QTableWidget *table = m_ui->previewTable;
    m_ui->previewLabel->setText(tr("First %n row(s) of the file:", nullptr, int(m_preview.rows.size())));
    table->setColumnCount(int(m_preview.header.size()));
    table->setHorizontalHeaderLabels(m_preview.header);
    table->setRowCount(int(m_preview.rows.size()));
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const QStringList &row = m_preview.rows.at(r);
        for (int c = 0; c < row.size() && c < m_preview.header.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(row.at(c)));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // One row per engine field: the list comes from the engine, so it is not in the form.
    const QHash<QString, QString> guess = kind == Kind::Feedback ? guessFeedbackMapping(m_preview.header)
                                                                 : guessMapping(m_preview.header);
    for (const QString &field : fields()) {
        auto *combo = new QComboBox(m_ui->mappingBox);
        combo->setObjectName(QStringLiteral("mapping_") + field);
        combo->addItem(tr("— not in the file —"), QString());
        for (const QString &column : m_preview.header)
            combo->addItem(column, column);
        const int at = combo->findData(guess.value(field));
        combo->setCurrentIndex(at >= 0 ? at : 0);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingDialog::updateState);
        m_combos.insert(field, combo);
        QString label = fieldTitle(field);
        if (isRequired(field))
            label += QStringLiteral(" *");
        m_ui->mappingForm->addRow(label, combo);
    }

    // The error colour of the palette in use (light, dark or high contrast), not a fixed red.
    QPalette warning = m_ui->problemLabel->palette();
    warning.setColor(QPalette::WindowText, palette().color(QPalette::Window).lightness() < 128
                                               ? QColor(0xff, 0x8a, 0x80)
                                               : QColor(0xb3, 0x26, 0x1e));
    m_ui->problemLabel->setPalette(warning);
    updateState();
}

ImportMappingDialog::~ImportMappingDialog() = default;

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
    return m_ui->skipBadRows->isChecked();
}

QString ImportMappingDialog::problem() const
{
    if (!m_preview.ok)
        return tr("The file can not be read.");
    const QHash<QString, QString> map = mapping();
    QStringList missing;
    for (const QString &field : fields()) {
        if (isRequired(field) && !map.contains(field))
            missing.append(fieldTitle(field));
    }
    if (!missing.isEmpty())
        return tr("Choose a column for: %1").arg(missing.join(QStringLiteral(", ")));
    if (m_kind == Kind::Feedback && !map.contains(QStringLiteral("touchpoint")) && !map.contains(QStringLiteral("stage")))
        return tr("Choose a column for the touchpoint or the stage (or both).");
    QHash<QString, QString> byColumn;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (byColumn.contains(it.value()))
            return tr("Column \"%1\" is mapped twice (%2 and %3).").arg(it.value(), fieldTitle(byColumn.value(it.value())), fieldTitle(it.key()));
        byColumn.insert(it.value(), it.key());
    }
    return {};
}

QStringList ImportMappingDialog::fields() const
{
    return m_kind == Kind::Feedback ? sim::feedbackFields() : eventFieldNames();
}

bool ImportMappingDialog::isRequired(const QString &field) const
{
    if (m_kind == Kind::Feedback)
        return field == QLatin1String("ts") || field == QLatin1String("kind");
    return isRequiredEventField(field);
}

void ImportMappingDialog::updateState()
{
    const QString why = problem();
    m_ui->problemLabel->setText(why);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace omnimap::insight
