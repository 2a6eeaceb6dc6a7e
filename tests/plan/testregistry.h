#pragma once

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

/// test_plan runs several Qt Test classes in one program; each file registers its class.
using TestFactory = std::function<std::unique_ptr<QObject>()>;
std::vector<TestFactory> &planTests();

template<typename T>
struct RegisterPlanTest
{
    RegisterPlanTest() { planTests().push_back([] { return std::make_unique<T>(); }); }
};
