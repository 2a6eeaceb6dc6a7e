#pragma once

#include "dataset.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace omnimap::sim::test {

/// A fresh data set in its own temporary folder.
struct TempDataSet
{
    QTemporaryDir dir;
    DataSet dataSet;
    QString path;

    TempDataSet();
};

/// Every row of every table, in a stable order: two equal dumps mean equal data sets.
QByteArray dumpDataSet(DataSet &dataSet);

} // namespace omnimap::sim::test
