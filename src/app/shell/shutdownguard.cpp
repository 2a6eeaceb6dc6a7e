#include "shutdownguard.h"

#include "app/mainwindow.h"

#include <QGuiApplication>
#include <QSessionManager>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace omnimap {

namespace {

#ifdef Q_OS_UNIX
// [0] written by the handler, [1] read by the notifier. Static: the handler has no context.
int g_pipe[2] = {-1, -1};

void onUnixSignal(int signal)
{
    // Only async-signal-safe calls here: errno is saved, one byte written, nothing else.
    const int savedErrno = errno;
    const unsigned char number = static_cast<unsigned char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[0], &number, 1);
    errno = savedErrno;
}

bool installHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return false;
    for (int fd : g_pipe) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);             // child processes must not inherit it
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK); // a full pipe never blocks the handler
    }
    struct sigaction action = {};
    action.sa_handler = onUnixSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    for (int signal : {SIGTERM, SIGHUP, SIGINT})
        ::sigaction(signal, &action, nullptr);
    return true;
}
#endif

} // namespace

ShutdownGuard::ShutdownGuard(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (g_pipe[0] < 0 && installHandlers()) {
        m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownGuard::onSignal);
    }
#endif
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::commitDataRequest, this, &ShutdownGuard::onCommitData,
                Qt::DirectConnection);
}

ShutdownGuard::~ShutdownGuard()
{
#ifdef Q_OS_UNIX
    if (m_notifier) {
        for (int signal : {SIGTERM, SIGHUP, SIGINT})
            ::signal(signal, SIG_DFL);
        delete m_notifier;
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe[0] = g_pipe[1] = -1;
    }
#endif
}

int ShutdownGuard::saveAllWindows()
{
    int failed = 0;
    for (MainWindow *window : MainWindow::all())
        if (!window->saveForSessionEnd().isEmpty())
            ++failed;
    return failed;
}

void ShutdownGuard::onSignal()
{
#ifdef Q_OS_UNIX
    unsigned char number = 0;
    if (::read(g_pipe[1], &number, 1) != 1)
        return;
    m_notifier->setEnabled(false); // one orderly exit is enough
    saveAllWindows();
    m_exitCode = 128 + number;
    QCoreApplication::exit(m_exitCode);
#endif
}

void ShutdownGuard::onCommitData(QSessionManager &manager)
{
    // Logout: no question (the desktop may not wait for one); the work goes to the recovery
    // folder and the next start offers it back. Windows then close without asking.
    Q_UNUSED(manager)
    saveAllWindows();
}

} // namespace omnimap
