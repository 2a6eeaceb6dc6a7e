#pragma once

#include <QObject>

#include <functional>
#include <vector>

/// Test classes register themselves so one program runs them all.
inline std::vector<std::function<QObject *()>> &mergeTestFactories()
{
    static std::vector<std::function<QObject *()>> factories;
    return factories;
}

struct MergeTestRegistration
{
    explicit MergeTestRegistration(std::function<QObject *()> factory)
    {
        mergeTestFactories().push_back(std::move(factory));
    }
};

#define OMNIMAP_MERGE_TEST(Class) \
    static const MergeTestRegistration registration##Class([] { return static_cast<QObject *>(new Class); });
