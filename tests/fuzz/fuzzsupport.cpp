#include "fuzztargets.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

namespace omnimap::fuzz {

void finding(const char *what, const char *detail)
{
    std::fprintf(stderr, "omnimap fuzz finding: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    std::fflush(stderr);
    std::abort();
}

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "omnimap-fuzz";
    static char *argv[] = {name, nullptr};
    static QGuiApplication *app = new QGuiApplication(argc, argv); // lives as long as the process
    Q_UNUSED(app);
}

} // namespace omnimap::fuzz
