#pragma once

#include <QObject>

#include <functional>
#include <vector>

namespace omnimap::sim::test {

/// Every test class of test_sim registers a factory here, so one program runs them all
/// and adding a test file touches no shared list.
inline std::vector<std::function<QObject *()>> &testFactories()
{
    static std::vector<std::function<QObject *()>> factories;
    return factories;
}

template<typename T>
struct RegisterTest
{
    RegisterTest() { testFactories().push_back([] { return new T; }); }
};

} // namespace omnimap::sim::test

#define OMNIMAP_SIM_TEST(Class) static omnimap::sim::test::RegisterTest<Class> registerTest##Class;
