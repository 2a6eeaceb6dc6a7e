#include "robustnesstest.h"

#include <QGuiApplication>
#include <QTest>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    omnimap::test::OjfImportTest ojf;
    omnimap::test::ExportSafetyTest exports;
    omnimap::test::AvatarTest avatars;
    omnimap::test::CsvInputTest csv;
    omnimap::test::FaultInjectionTest faults;
    int failed = QTest::qExec(&ojf, argc, argv);
    failed += QTest::qExec(&exports, argc, argv);
    failed += QTest::qExec(&avatars, argc, argv);
    failed += QTest::qExec(&csv, argc, argv);
    failed += QTest::qExec(&faults, argc, argv);
    return failed;
}
