#include "testregistry.h"

#include <QApplication>
#include <QTest>

#include <memory>

// Runs every registered test class; `test_merge TstName [testfunction…]` runs one class.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QString only;
    QStringList passOn{arguments.value(0)};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (only.isEmpty() && arguments.at(i).startsWith(QLatin1String("Tst")))
            only = arguments.at(i);
        else
            passOn.append(arguments.at(i));
    }
    int failures = 0;
    for (const auto &factory : mergeTestFactories()) {
        std::unique_ptr<QObject> test(factory());
        if (!only.isEmpty() && only != QLatin1String(test->metaObject()->className()))
            continue;
        failures += QTest::qExec(test.get(), passOn);
    }
    return failures == 0 ? 0 : 1;
}
