#include "reporttest.h"

#include <QGuiApplication>
#include <QTest>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    omnimap::test::ReportTest report;
    omnimap::test::OpenJourneyTest ojf;
    int failed = QTest::qExec(&report, argc, argv);
    failed += QTest::qExec(&ojf, argc, argv);
    omnimap::test::ReportPagesTest pages;
    failed += QTest::qExec(&pages, argc, argv);
    return failed;
}
