#include "htmlexporttest.h"
#include "mapprinttest.h"
#include "reporttest.h"

#include <QGuiApplication>
#include <QTest>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    omnimap::test::ReportTest report;
    omnimap::test::OpenJourneyTest ojf;
    omnimap::test::MapPrintTest print;
    omnimap::test::HtmlExportTest html;
    int failed = QTest::qExec(&report, argc, argv);
    failed += QTest::qExec(&ojf, argc, argv);
    failed += QTest::qExec(&print, argc, argv);
    failed += QTest::qExec(&html, argc, argv);
    omnimap::test::ReportPagesTest pages;
    failed += QTest::qExec(&pages, argc, argv);
    return failed;
}
