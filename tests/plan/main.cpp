#include "testregistry.h"

#include <QApplication>
#include <QTest>

std::vector<TestFactory> &planTests()
{
    static std::vector<TestFactory> tests;
    return tests;
}

int main(int argc, char **argv)
{
    // Widgets are tested too; the platform is offscreen (set by omnimap_add_test).
    QApplication app(argc, argv);
    int failures = 0;
    for (const TestFactory &factory : planTests()) {
        const std::unique_ptr<QObject> test = factory();
        failures += QTest::qExec(test.get(), argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
