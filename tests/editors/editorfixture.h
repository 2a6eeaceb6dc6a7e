#pragma once

#include "mainwindow.h"
#include "scripteddialogs.h"

#include "format/projectfile.h"
#include "model/lookup.h"

#include <QTemporaryDir>
#include <QTest>

namespace omnimap::testing {

/// A small plan written by hand for the editor tests: one journey with two stages, two
/// lanes (app, store), two cards joined by one hand-off, two personas (only the first
/// on the map), one department owning the app channel.
inline Project editorProject()
{
    Project p;
    p.id = QStringLiteral("plan-1");
    p.name = QStringLiteral("Blank plan");
    p.departments = {Department{QStringLiteral("dep-crm"), QStringLiteral("CRM"), QStringLiteral("#336699"), {}}};
    Channel app;
    app.id = QStringLiteral("ch-app");
    app.name = QStringLiteral("App");
    app.kind = ChannelKind::App;
    app.ownerDepartmentId = QStringLiteral("dep-crm");
    Channel store;
    store.id = QStringLiteral("ch-store");
    store.name = QStringLiteral("Store");
    store.kind = ChannelKind::Store;
    p.channels = {app, store};
    Persona a;
    a.id = QStringLiteral("pe-a");
    a.name = QStringLiteral("Ji-woo");
    Persona b;
    b.id = QStringLiteral("pe-b");
    b.name = QStringLiteral("Min-jun");
    p.personas = {a, b};
    Journey j;
    j.id = QStringLiteral("j-1");
    j.name = QStringLiteral("Journey 1");
    j.personaIds = {a.id};
    j.channelIds = {app.id, store.id};
    Stage order;
    order.id = QStringLiteral("st-order");
    order.name = QStringLiteral("Order");
    Stage pickup;
    pickup.id = QStringLiteral("st-pickup");
    pickup.name = QStringLiteral("Pick up");
    j.stages = {order, pickup};
    Touchpoint t1;
    t1.id = QStringLiteral("tp-order");
    t1.stageId = order.id;
    t1.channelId = app.id;
    t1.title = QStringLiteral("Order in app");
    Touchpoint t2;
    t2.id = QStringLiteral("tp-pickup");
    t2.stageId = pickup.id;
    t2.channelId = store.id;
    t2.title = QStringLiteral("Pick up at counter");
    t2.message = QStringLiteral("Your order is ready");
    j.touchpoints = {t1, t2};
    Handoff h;
    h.id = QStringLiteral("ho-1");
    h.fromTouchpointId = t1.id;
    h.toTouchpointId = t2.id;
    j.handoffs = {h};
    p.journeys = {j};
    return p;
}

/// The real main window, offscreen, with scripted dialogs and the plan above opened
/// from a file as a user would.
struct EditorHarness
{
    QTemporaryDir dir;
    MainWindow window;
    ScriptedDialogs *dialogs = nullptr;

    explicit EditorHarness(const Project &project = editorProject())
    {
        auto scripted = std::make_unique<ScriptedDialogs>();
        dialogs = scripted.get();
        window.setDialogService(std::move(scripted));
        window.setRecoveryDirectory(dir.filePath(QStringLiteral("recovery")));
        window.resize(1600, 1000);
        window.show();
        const QString path = dir.filePath(QStringLiteral("plan.omnimap"));
        if (!saveProjectFile(path, project).ok || !window.openFile(path))
            qFatal("could not open the test plan");
    }
    Document *doc() { return window.document(); }
    const Project &project() { return window.document()->project(); }
    const Journey &journey() { return project().journeys.first(); }
    QUndoStack *undo() { return window.document()->undoStack(); }
};

} // namespace omnimap::testing
