#include "preferencesdialog.h"

#include "appearance.h"
#include "ui_preferencesdialog.h"

namespace omnimap {

PreferencesDialog::PreferencesDialog(const QString &language, const QString &appearance, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("preferencesDialog"));
    // Language names are shown in their own language, as users look for them that way.
    m_ui->languageCombo->addItem(tr("System default"), QStringLiteral("system"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    for (const QString &choice : appearanceChoices())
        m_ui->appearanceCombo->addItem(appearanceTitle(choice), choice);
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(language)));
    m_ui->appearanceCombo->setCurrentIndex(qMax(0, m_ui->appearanceCombo->findData(appearance)));
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

QString PreferencesDialog::appearance() const
{
    return m_ui->appearanceCombo->currentData().toString();
}

} // namespace omnimap
