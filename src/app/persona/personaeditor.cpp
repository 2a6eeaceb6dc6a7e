#include "personaeditor.h"

#include "document/commands/editpersona.h"
#include "document/document.h"
#include "model/enumnames.h"
#include "model/lookup.h"
#include "shell/dialogservice.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omnimap {

namespace {

QStringList nonEmptyLines(const QString &text)
{
    QStringList result;
    const QStringList raw = text.split(QLatin1Char('\n'));
    for (const QString &line : raw)
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    return result;
}

QPixmap avatarPixmap(const Persona &p, int size)
{
    QImage image;
    if (p.avatar.startsWith(QLatin1String("data:"))) {
        const qsizetype comma = p.avatar.indexOf(QLatin1Char(','));
        image = QImage::fromData(QByteArray::fromBase64(p.avatar.mid(comma + 1).toLatin1()));
    } else if (!p.avatar.isEmpty()) {
        image = QImage(p.avatar);
    }
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(QRectF(1, 1, size - 2, size - 2));
    painter.setClipPath(circle);
    if (!image.isNull()) {
        painter.drawImage(QRectF(0, 0, size, size), image);
    } else {
        painter.fillRect(pixmap.rect(), QColor(p.color.isEmpty() ? QStringLiteral("#2563eb") : p.color));
        painter.setPen(Qt::white);
        QFont font = painter.font();
        font.setPixelSize(size / 3);
        font.setBold(true);
        painter.setFont(font);
        const QStringList words = p.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString initials;
        for (const QString &w : words.mid(0, 2))
            initials += w.left(1).toUpper();
        painter.drawText(pixmap.rect(), Qt::AlignCenter, initials);
    }
    return pixmap;
}

} // namespace

PersonaEditor::PersonaEditor(Document *document, const Id &personaId, DialogService *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_personaId(personaId)
    , m_dialogs(dialogs)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *columns = new QHBoxLayout(content);

    // Left column: avatar and profile.
    auto *left = new QVBoxLayout;
    m_avatar = new QLabel(content);
    m_avatar->setFixedSize(112, 112);
    left->addWidget(m_avatar, 0, Qt::AlignHCenter);
    auto *choose = new QPushButton(tr("Choose &Photo…"), content);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = m_dialogs ? m_dialogs->imageFileName(tr("Choose a photo")) : QString();
        if (!path.isEmpty())
            setAvatarFromFile(path);
    });
    left->addWidget(choose);
    auto *profile = new QGroupBox(tr("Profile"), content);
    auto *form = new QFormLayout(profile);
    auto line = [this, form](const QString &label, QLineEdit *&target, const char *field, QString Persona::*member) {
        QLineEdit *lineEdit = new QLineEdit(this);
        target = lineEdit;
        form->addRow(label, lineEdit);
        connect(lineEdit, &QLineEdit::textEdited, this, [this, lineEdit, field, member] {
            const QString text = lineEdit->text();
            edit(QLatin1String(field), [member, text](Persona &p) { p.*member = text; });
        });
    };
    line(tr("&Name"), m_name, "name", &Persona::name);
    line(tr("&Segment"), m_segment, "segment", &Persona::segment);
    line(tr("S&cenario"), m_scenario, "scenario", &Persona::scenario);
    line(tr("&Quote"), m_quote, "quote", &Persona::quote);
    line(tr("Age band"), m_ageBand, "age_band", &Persona::ageBand);
    line(tr("Gender"), m_gender, "gender", &Persona::gender);
    line(tr("Location"), m_location, "location", &Persona::location);
    line(tr("Occupation"), m_occupation, "occupation", &Persona::occupation);
    line(tr("Income"), m_income, "income", &Persona::income);
    line(tr("Curve colour"), m_color, "color", &Persona::color);
    m_owner = new QComboBox(this);
    form->addRow(tr("O&wner"), m_owner);
    connect(m_owner, &QComboBox::activated, this, [this] {
        const Id owner = m_owner->currentData().toString();
        edit(QStringLiteral("owner"), [owner](Persona &p) { p.ownerDepartmentId = owner; });
    });
    left->addWidget(profile);
    left->addStretch();
    columns->addLayout(left, 1);

    // Middle: goals, motivations, pains, devices.
    auto *middle = new QVBoxLayout;
    const QString listLabels[] = {tr("Goals"), tr("Motivations"), tr("Pain points"), tr("Devices")};
    static const char *const listKeys[] = {"goals", "motivations", "pain_points", "devices"};
    QStringList Persona::*const listMembers[] = {&Persona::goals, &Persona::motivations, &Persona::painPoints,
                                                 &Persona::devices};
    for (int i = 0; i < 4; ++i) {
        auto *box = new QGroupBox(listLabels[i], content);
        auto *layout = new QVBoxLayout(box);
        m_lists[i] = new QPlainTextEdit(box);
        m_lists[i]->setPlaceholderText(tr("One per line"));
        m_lists[i]->setTabChangesFocus(true);
        layout->addWidget(m_lists[i]);
        middle->addWidget(box);
        QStringList Persona::*member = listMembers[i];
        const char *key = listKeys[i];
        connect(m_lists[i], &QPlainTextEdit::textChanged, this, [this, i, member, key] {
            if (m_updating)
                return;
            const QStringList values = nonEmptyLines(m_lists[i]->toPlainText());
            edit(QLatin1String(key), [member, values](Persona &p) { p.*member = values; });
        });
    }
    columns->addLayout(middle, 1);

    // Right: preferred channels and the segment rule.
    auto *right = new QVBoxLayout;
    auto *channelsBox = new QGroupBox(tr("Preferred channels"), content);
    auto *channelsLayout = new QVBoxLayout(channelsBox);
    m_channels = new QTableWidget(0, 2, channelsBox);
    m_channels->setHorizontalHeaderLabels({tr("Channel"), tr("Weight")});
    m_channels->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_channels->verticalHeader()->hide();
    channelsLayout->addWidget(m_channels);
    right->addWidget(channelsBox);

    auto *ruleBox = new QGroupBox(tr("Segment rule"), content);
    auto *ruleLayout = new QVBoxLayout(ruleBox);
    m_matchAll = new QCheckBox(tr("Customers must match &all conditions (otherwise any)"), ruleBox);
    connect(m_matchAll, &QCheckBox::toggled, this, [this](bool on) {
        edit(QStringLiteral("segment_rule"), [on](Persona &p) { p.segmentRule.matchAll = on; });
    });
    ruleLayout->addWidget(m_matchAll);
    m_rules = new QTableWidget(0, 4, ruleBox);
    m_rules->setHorizontalHeaderLabels({tr("Field"), tr("Attribute"), tr("Operator"), tr("Values (comma-separated)")});
    m_rules->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_rules->verticalHeader()->hide();
    connect(m_rules, &QTableWidget::itemChanged, this, [this] { commitRules(); });
    ruleLayout->addWidget(m_rules);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add &Condition"), ruleBox);
    connect(add, &QPushButton::clicked, this, &PersonaEditor::addCondition);
    auto *remove = new QPushButton(tr("&Remove"), ruleBox);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_rules->currentRow();
        if (row >= 0)
            edit(QStringLiteral("segment_rule"), [row](Persona &p) {
                if (row < p.segmentRule.conditions.size())
                    p.segmentRule.conditions.removeAt(row);
            });
    });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    ruleLayout->addLayout(buttons);
    right->addWidget(ruleBox, 1);
    columns->addLayout(right, 2);

    connect(document, &Document::changed, this, &PersonaEditor::onChanged);
    refresh();
}

void PersonaEditor::edit(const QString &field, const std::function<void(Persona &)> &change)
{
    if (m_updating)
        return;
    const Persona *current = findById(m_document->project().personas, m_personaId);
    if (!current)
        return;
    Persona next = *current;
    change(next);
    m_document->undoStack()->push(new EditPersonaCommand(m_document, next, field));
}

void PersonaEditor::addCondition()
{
    edit({}, [](Persona &p) { p.segmentRule.conditions.append(SegmentCondition{}); });
}

bool PersonaEditor::setAvatarFromFile(const QString &path)
{
    QImage image(path);
    if (image.isNull()) {
        if (m_dialogs)
            m_dialogs->error(tr("Cannot use this picture"), tr("%1 is not an image Omnimap can read.").arg(path));
        return false;
    }
    // Small and square, embedded in the project so it travels with the file.
    const int side = std::min(image.width(), image.height());
    image = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side)
                .scaled(160, 160, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString uri = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    edit(QStringLiteral("avatar"), [uri](Persona &p) { p.avatar = uri; });
    return true;
}

void PersonaEditor::onChanged(const ChangeEvent &event)
{
    if ((event.kind == ItemKind::Persona && event.itemId == m_personaId) || event.kind == ItemKind::Channel
        || event.kind == ItemKind::Department
        || event.type == ChangeEvent::Type::Reset)
        refresh();
}

void PersonaEditor::commitRules()
{
    if (m_updating)
        return;
    QList<SegmentCondition> conditions;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        SegmentCondition c;
        if (auto *field = qobject_cast<QComboBox *>(m_rules->cellWidget(row, 0)))
            c.field = SegmentField(field->currentIndex());
        if (QTableWidgetItem *attribute = m_rules->item(row, 1))
            c.attribute = attribute->text().trimmed();
        if (auto *op = qobject_cast<QComboBox *>(m_rules->cellWidget(row, 2)))
            c.op = SegmentOperator(op->currentIndex());
        if (QTableWidgetItem *values = m_rules->item(row, 3)) {
            const QStringList parts = values->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &v : parts)
                c.values.append(v.trimmed());
        }
        conditions.append(c);
    }
    edit(QStringLiteral("segment_rule"), [conditions](Persona &p) { p.segmentRule.conditions = conditions; });
}

void PersonaEditor::commitChannels()
{
    if (m_updating)
        return;
    QList<ChannelPreference> prefs;
    for (int row = 0; row < m_channels->rowCount(); ++row) {
        auto *spin = qobject_cast<QDoubleSpinBox *>(m_channels->cellWidget(row, 1));
        if (spin && spin->value() > 0.0)
            prefs.append({m_channels->item(row, 0)->data(Qt::UserRole).toString(), spin->value()});
    }
    edit(QStringLiteral("preferred_channels"), [prefs](Persona &p) { p.preferredChannels = prefs; });
}

void PersonaEditor::refresh()
{
    const Persona *p = findById(m_document->project().personas, m_personaId);
    if (!p)
        return;
    m_updating = true;
    auto set = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    set(m_name, p->name);
    set(m_segment, p->segment);
    set(m_scenario, p->scenario);
    set(m_quote, p->quote);
    set(m_ageBand, p->ageBand);
    set(m_gender, p->gender);
    set(m_location, p->location);
    set(m_occupation, p->occupation);
    set(m_income, p->income);
    set(m_color, p->color);
    m_owner->clear();
    m_owner->addItem(tr("(none)"), QString());
    for (const Department &d : m_document->project().departments)
        m_owner->addItem(d.name, d.id);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(p->ownerDepartmentId)));
    m_avatar->setPixmap(avatarPixmap(*p, 112));
    const QStringList *lists[] = {&p->goals, &p->motivations, &p->painPoints, &p->devices};
    for (int i = 0; i < 4; ++i) {
        const QString text = lists[i]->join(QLatin1Char('\n'));
        if (nonEmptyLines(m_lists[i]->toPlainText()) != *lists[i])
            m_lists[i]->setPlainText(text);
    }
    setWindowTitle(p->name);

    const QList<Channel> &channels = m_document->project().channels;
    m_channels->setRowCount(int(channels.size()));
    for (int row = 0; row < channels.size(); ++row) {
        auto *item = new QTableWidgetItem(channels.at(row).name);
        item->setData(Qt::UserRole, channels.at(row).id);
        item->setFlags(Qt::ItemIsEnabled);
        m_channels->setItem(row, 0, item);
        auto *spin = new QDoubleSpinBox(m_channels);
        spin->setRange(0.0, 1.0);
        spin->setSingleStep(0.1);
        spin->setDecimals(2);
        for (const ChannelPreference &pref : p->preferredChannels)
            if (pref.channelId == channels.at(row).id)
                spin->setValue(pref.weight);
        connect(spin, &QDoubleSpinBox::editingFinished, this, &PersonaEditor::commitChannels);
        m_channels->setCellWidget(row, 1, spin);
    }

    m_matchAll->setChecked(p->segmentRule.matchAll);
    const QList<SegmentCondition> &conditions = p->segmentRule.conditions;
    m_rules->setRowCount(int(conditions.size()));
    for (int row = 0; row < conditions.size(); ++row) {
        const SegmentCondition &c = conditions.at(row);
        auto *field = new QComboBox(m_rules);
        for (const QString &name : enumNames<SegmentField>())
            field->addItem(name);
        field->setCurrentIndex(int(c.field));
        connect(field, &QComboBox::activated, this, &PersonaEditor::commitRules);
        m_rules->setCellWidget(row, 0, field);
        m_rules->setItem(row, 1, new QTableWidgetItem(c.attribute));
        auto *op = new QComboBox(m_rules);
        for (const QString &name : enumNames<SegmentOperator>())
            op->addItem(name);
        op->setCurrentIndex(int(c.op));
        connect(op, &QComboBox::activated, this, &PersonaEditor::commitRules);
        m_rules->setCellWidget(row, 2, op);
        m_rules->setItem(row, 3, new QTableWidgetItem(c.values.join(QStringLiteral(", "))));
    }
    m_updating = false;
}

} // namespace omnimap
