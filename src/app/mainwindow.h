#pragma once

#include "document/document.h"

#include <QMainWindow>

#include <memory>

class QTreeWidget;

namespace omnimap {

/// The main window: one open project, shown as an outline, with the standard
/// File and Edit actions. (The journey-map editor grows from here.)
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project; on failure shows the reasons and keeps the current one.
    bool openFile(const QString &path);
    Document *document() const { return m_document.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void setDocument(std::unique_ptr<Document> document);
    void refreshOutline();
    void updateTitle();
    bool save();
    bool saveAs();
    bool maybeSave();

    std::unique_ptr<Document> m_document;
    QTreeWidget *m_outline = nullptr;
};

} // namespace omnimap
