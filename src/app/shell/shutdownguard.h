#pragma once

#include <QObject>

class QSessionManager;
class QSocketNotifier;

namespace omnimap {

/// Ends the session without losing work: SIGTERM, SIGHUP and SIGINT (a logout, a system
/// shutdown, a closed terminal, Ctrl+C) and the desktop's commit-data request all make
/// every main window write its recovery copy and drop its lock (MainWindow::
/// saveForSessionEnd); a signal then quits the event loop.
///
/// Signals use the self-pipe pattern: the handler only write()s the signal number to a
/// socket pair (async-signal-safe); a QSocketNotifier reads it in the event loop, where the
/// real work is allowed. A second signal while the first is handled takes the default
/// action (SA_RESETHAND), so a stuck save can still be interrupted.
class ShutdownGuard final : public QObject
{
    Q_OBJECT

public:
    /// Installs the signal handlers (Unix; elsewhere only the commit-data hook).
    /// One guard per process.
    explicit ShutdownGuard(QObject *parent = nullptr);
    ~ShutdownGuard() override;

    /// Saves every window for the end of the session; returns how many failed.
    static int saveAllWindows();
    /// The exit code after a signal (128 + its number, the shell convention); 0 before.
    int exitCode() const { return m_exitCode; }

private:
    void onSignal();
    void onCommitData(QSessionManager &manager);

    QSocketNotifier *m_notifier = nullptr;
    int m_exitCode = 0;
};

} // namespace omnimap
