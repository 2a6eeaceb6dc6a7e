#pragma once

// A loopback TCP proxy (tests/warehouse/stallproxy.py) between a warehouse source and
// its server, for the "network stops mid-query" faults: freeze() pauses the proxy
// (SIGSTOP) so connections stay open but nothing crosses. The destructor thaws and
// ends it whatever the test's outcome.

#include <QProcess>
#include <QString>

#include <csignal>
#include <sys/types.h>

namespace omnimap::test {

class StallProxy
{
public:
    StallProxy() = default;
    StallProxy(const StallProxy &) = delete;
    StallProxy &operator=(const StallProxy &) = delete;
    ~StallProxy() { stop(); }

    /// Starts forwarding a free loopback port to 127.0.0.1:targetPort.
    bool start(int targetPort)
    {
        m_process.start(QStringLiteral("python3"), {QStringLiteral(OMNIMAP_SOURCE_DIR "/tests/warehouse/stallproxy.py"),
                                                    QString::number(targetPort)});
        if (!m_process.waitForStarted(10000) || !m_process.waitForReadyRead(10000))
            return false;
        m_port = m_process.readLine().trimmed().toInt();
        return m_port > 0;
    }
    int port() const { return m_port; }
    void freeze()
    {
        if (m_process.processId() > 0 && ::kill(pid_t(m_process.processId()), SIGSTOP) == 0)
            m_frozen = true;
    }
    void thaw()
    {
        if (m_frozen && m_process.processId() > 0)
            ::kill(pid_t(m_process.processId()), SIGCONT);
        m_frozen = false;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        thaw();
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QProcess m_process;
    int m_port = 0;
    bool m_frozen = false;
};

} // namespace omnimap::test
