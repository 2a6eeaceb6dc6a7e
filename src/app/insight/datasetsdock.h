#pragma once

#include <QDockWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace omnimap {
struct ChangeEvent;
}

namespace omnimap::insight {

class InsightSession;

/// The Data sets dock: the data sets the project remembers, the open one's summary
/// (customers, events, date range, channels) and how its channels line up with the
/// plan's, with one click to add the missing channels as swimlanes (undoable).
class DataSetsDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit DataSetsDock(InsightSession &session, QWidget *parent = nullptr);

    /// Channels found in the data that the plan does not have (case-insensitive names).
    QStringList channelsMissingInPlan() const;
    /// Plan channels of the current journey without a single event in the data.
    QStringList channelsWithoutData() const;
    /// Adds channelsMissingInPlan() to the project and the current journey's lanes.
    void addMissingChannels();

signals:
    void openRequested();
    void newRequested();
    void importRequested();
    void sampleRequested();

private:
    void rebuildList();
    void updateSummary();

    InsightSession &m_session;
    QListWidget *m_list;
    QLabel *m_summary;
    QLabel *m_mismatch;
    QPushButton *m_addChannels;
};

/// Channel kind guessed from a channel name in the data ("kakao_talk" → Kakao).
int guessChannelKind(const QString &name);

} // namespace omnimap::insight
