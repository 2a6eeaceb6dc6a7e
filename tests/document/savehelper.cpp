// A child process for the crash test: saves a project in a loop (alternating two
// versions) and writes recovery copies, until it is killed with SIGKILL.
#include "document/safety/recoverystore.h"
#include "fixture.h"
#include "format/projectfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString recovery = QString::fromLocal8Bit(argv[2]);
    omnimap::Project a = omnimap::testing::cafeProject();
    omnimap::Project b = a;
    b.name = QStringLiteral("Version B");
    // A bigger version B so a torn write would show in the size as well.
    for (int i = 0; i < 400; ++i)
        b.journeys[0].stages[0].actions.append(QStringLiteral("Action %1").arg(i));
    omnimap::RecoveryStore store(recovery);
    std::puts("ready");
    std::fflush(stdout);
    for (unsigned i = 0;; ++i) {
        const omnimap::Project &p = i % 2 ? b : a;
        if (!omnimap::saveProjectFile(path, p).ok)
            return 1;
        store.write(QStringLiteral("crash"), p, path);
    }
}
