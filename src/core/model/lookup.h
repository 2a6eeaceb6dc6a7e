#pragma once

#include "common.h"

#include <QList>

namespace omnimap {

/// Finds the item with `id` in a list of model items; nullptr when absent.
template<typename T>
const T *findById(const QList<T> &items, const Id &id)
{
    for (const T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

template<typename T>
T *findById(QList<T> &items, const Id &id)
{
    for (T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

template<typename T>
qsizetype indexOfId(const QList<T> &items, const Id &id)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace omnimap
