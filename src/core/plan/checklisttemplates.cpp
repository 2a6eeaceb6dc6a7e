#include "checklisttemplates.h"

#include <QCoreApplication>

namespace omnimap {
namespace {

struct ItemSource
{
    const char *text;
    bool requiresParity;
};

struct TemplateSource
{
    const char *key;
    const char *category;
    const char *name;
    QList<ItemSource> items;
};

struct ChecklisttemplatesTr { Q_DECLARE_TR_FUNCTIONS(ChecklistTemplates) };

const QList<TemplateSource> &sources()
{
    static const QList<TemplateSource> list = {
        {"tone", "tone", QT_TRANSLATE_NOOP("ChecklistTemplates", "Tone & manner"),
         {{QT_TRANSLATE_NOOP("ChecklistTemplates", "Copy follows the brand's tone of voice"), false},
          {QT_TRANSLATE_NOOP("ChecklistTemplates", "Customers are addressed the same way (formal or casual) as on other channels"), true},
          {QT_TRANSLATE_NOOP("ChecklistTemplates", "No forbidden words or exaggerated claims"), false}}},
        {"visual", "visual", QT_TRANSLATE_NOOP("ChecklistTemplates", "Visual identity"),
         {{QT_TRANSLATE_NOOP("ChecklistTemplates", "Logo is the current version, with clear space"), false},
          {QT_TRANSLATE_NOOP("ChecklistTemplates", "Colours come from the brand palette"), false},
          {QT_TRANSLATE_NOOP("ChecklistTemplates", "Brand typefaces, Hangul and Latin, are used"), false}}},
        {"message", "message", QT_TRANSLATE_NOOP("ChecklistTemplates", "Key message"),
         {{QT_TRANSLATE_NOOP("ChecklistTemplates", "The campaign's key message is present"), true},
          {QT_TRANSLATE_NOOP("ChecklistTemplates", "Product names and prices match the other channels"), true},
          {QT_TRANSLATE_NOOP("ChecklistTemplates", "The call to action leads to the next planned touchpoint"), false}}},
        {"promotion", "promotion", QT_TRANSLATE_NOOP("ChecklistTemplates", "Promotion parity (online and offline)"),
         {{QT_TRANSLATE_NOOP("ChecklistTemplates", "The same promotion is offered online and in store"), true},
          {QT_TRANSLATE_NOOP("ChecklistTemplates", "Coupons can be redeemed on every channel that shows them"), true},
          {QT_TRANSLATE_NOOP("ChecklistTemplates", "Terms and end dates are stated identically"), true}}},
        {"service", "service", QT_TRANSLATE_NOOP("ChecklistTemplates", "Service policy"),
         {{QT_TRANSLATE_NOOP("ChecklistTemplates", "Returns and refunds follow the same policy"), true},
          {QT_TRANSLATE_NOOP("ChecklistTemplates", "Opening hours and response times are stated"), false},
          {QT_TRANSLATE_NOOP("ChecklistTemplates", "A hand-off to a person is offered when self-service fails"), false}}},
        {"privacy", "privacy", QT_TRANSLATE_NOOP("ChecklistTemplates", "Consent and privacy"),
         {{QT_TRANSLATE_NOOP("ChecklistTemplates", "Marketing messages go only to customers who opted in"), false},
          {QT_TRANSLATE_NOOP("ChecklistTemplates", "Advertising messages are labelled as such, with an opt-out"), false},
          {QT_TRANSLATE_NOOP("ChecklistTemplates", "Personal data collected is listed in the privacy notice"), false}}},
    };
    return list;
}

} // namespace

QList<ChecklistTemplate> builtInChecklistTemplates()
{
    QList<ChecklistTemplate> templates;
    for (const TemplateSource &source : sources()) {
        ChecklistTemplate t;
        t.id = QStringLiteral("builtin.") + QLatin1String(source.key);
        t.name = ChecklisttemplatesTr::tr(source.name);
        t.builtIn = true;
        int n = 0;
        for (const ItemSource &itemSource : source.items) {
            ChecklistItem item;
            item.id = t.id + QLatin1Char('.') + QString::number(++n);
            item.category = QLatin1String(source.category);
            item.text = ChecklisttemplatesTr::tr(itemSource.text);
            item.requiresParity = itemSource.requiresParity;
            t.items << item;
        }
        templates << t;
    }
    return templates;
}

QList<ChecklistTemplate> availableChecklistTemplates(const Project &project)
{
    QList<ChecklistTemplate> templates = builtInChecklistTemplates();
    for (const ChecklistTemplate &t : project.checklistTemplates) {
        if (!t.builtIn)
            templates << t;
    }
    return templates;
}

Checklist applyChecklistTemplate(const ChecklistTemplate &checklistTemplate, const Id &journeyId,
                                 const IdList &channelIds)
{
    Checklist checklist;
    checklist.id = newId();
    checklist.name = checklistTemplate.name;
    checklist.templateId = checklistTemplate.id;
    checklist.journeyId = journeyId;
    checklist.channelIds = channelIds;
    for (ChecklistItem item : checklistTemplate.items) {
        item.id = newId();
        checklist.items << item;
    }
    return checklist;
}

QString checklistCategoryName(const QString &category)
{
    if (category == QLatin1String("tone"))
        return ChecklisttemplatesTr::tr("Tone & manner");
    if (category == QLatin1String("visual"))
        return ChecklisttemplatesTr::tr("Visual identity");
    if (category == QLatin1String("message"))
        return ChecklisttemplatesTr::tr("Key message");
    if (category == QLatin1String("promotion"))
        return ChecklisttemplatesTr::tr("Promotion parity");
    if (category == QLatin1String("service"))
        return ChecklisttemplatesTr::tr("Service policy");
    if (category == QLatin1String("privacy"))
        return ChecklisttemplatesTr::tr("Consent & privacy");
    return category.isEmpty() ? ChecklisttemplatesTr::tr("Other") : category;
}

const CheckResult *findCheckResult(const Checklist &checklist, const Id &itemId, const Id &channelId)
{
    for (const CheckResult &result : checklist.results) {
        if (result.itemId == itemId && result.channelId == channelId)
            return &result;
    }
    return nullptr;
}

} // namespace omnimap
