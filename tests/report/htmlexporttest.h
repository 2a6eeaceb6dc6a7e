#pragma once

#include <QObject>
#include <QTemporaryDir>

namespace omnimap::test {

/// The single-file web page: escaping, self-containment, content. (The browser test,
/// tests/browser, opens it in headless Chromium.)
class HtmlExportTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void escapeByHand_data();
    void escapeByHand();
    void imageDataUris();
    void pageHasEveryItem();
    void pageIsSelfContained();
    void userMarkupStaysText();
    void koreanPlanSpeaksKorean();
    void nonFiniteNumbersStayOut();

private:
    QTemporaryDir m_dir;
};

} // namespace omnimap::test
