#include "thirdparty.h"

#include <QCoreApplication>

namespace omnimap {
namespace {

struct ThirdpartyTr { Q_DECLARE_TR_FUNCTIONS(omnimap::ThirdParty) };

} // namespace

QList<ThirdPartyComponent> thirdPartyComponents()
{
    // Keep in step with installer/THIRD-PARTY-NOTICES.txt, which ships in the packages.
    return {
        { QStringLiteral("Qt"), QStringLiteral("LGPL-3.0-only"),
          ThirdpartyTr::tr("Application framework: windows, charts, SVG, printing"),
          QStringLiteral("The Qt Company Ltd. and other contributors"),
          QUrl(QStringLiteral("https://www.gnu.org/licenses/lgpl-3.0.html")),
          QUrl(QStringLiteral("https://www.qt.io")) },
        { QStringLiteral("JSON for Modern C++ (nlohmann/json)"), QStringLiteral("MIT"),
          ThirdpartyTr::tr("Reading and writing project files"),
          QStringLiteral("Niels Lohmann"),
          QUrl(QStringLiteral("https://github.com/nlohmann/json/blob/develop/LICENSE.MIT")),
          QUrl(QStringLiteral("https://json.nlohmann.me")) },
        { QStringLiteral("SQLite"), QStringLiteral("Public domain"),
          ThirdpartyTr::tr("The local customer data set"),
          QStringLiteral("D. Richard Hipp and the SQLite developers"),
          QUrl(QStringLiteral("https://www.sqlite.org/copyright.html")),
          QUrl(QStringLiteral("https://www.sqlite.org")) },
        { QStringLiteral("Noto Sans CJK"), QStringLiteral("OFL-1.1"),
          ThirdpartyTr::tr("Korean and Latin text on screen and in PDF exports"),
          QStringLiteral("Google LLC and Adobe"), QUrl(QStringLiteral("https://openfontlicense.org")),
          QUrl(QStringLiteral("https://github.com/notofonts/noto-cjk")) },
        { QStringLiteral("OpenJourney sample maps (Ptolemy journey mapper)"), QStringLiteral("MIT"),
          ThirdpartyTr::tr("Example journey maps for import and export"),
          QStringLiteral("Andrew Westley"),
          QUrl(QStringLiteral("https://github.com/andywestley/ptolemy-journey-mapper/blob/main/LICENSE")),
          QUrl(QStringLiteral("https://github.com/andywestley/ptolemy-journey-mapper")) },
    };
}

} // namespace omnimap
