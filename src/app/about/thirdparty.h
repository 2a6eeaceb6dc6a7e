#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace omnimap {

/// One part of someone else's work that ships with Omnimap, and the licence it comes under.
struct ThirdPartyComponent
{
    QString name; ///< e.g. "Qt"
    QString licence; ///< licence name as its authors give it, e.g. "LGPL-3.0-only"
    QString usedFor; ///< translated: what Omnimap uses it for
    QString owner; ///< copyright holder
    QUrl licenceUrl; ///< the licence text
    QUrl homepage;
};

/// The bundled parts listed in the About dialog and in THIRD-PARTY-NOTICES.txt, in the
/// order a reader looks for them (the toolkit first).
QList<ThirdPartyComponent> thirdPartyComponents();

} // namespace omnimap
