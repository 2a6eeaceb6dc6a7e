// Anchor for the omnimap_i18n library, whose content is the :/i18n resources.
namespace omnimap {
int i18nResourceAnchor()
{
    return 0;
}
} // namespace omnimap
