#pragma once

#include <QObject>
#include <QTemporaryDir>

namespace omnimap::test {

/// Printed maps: tiling by hand, paper sizes, and card text measured in the PDF.
class MapPrintTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tilingByHand();
    void cardTextLegible_data();
    void cardTextLegible();
    void paperSizes();

private:
    QTemporaryDir m_dir;
    double m_perPoint = 0;
};

} // namespace omnimap::test
