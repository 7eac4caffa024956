#pragma once

#include <QObject>

class QSocketNotifier;

namespace slp::xrsim {

// Turns SIGTERM/SIGINT into a Qt signal on the main thread (self-pipe), so shutdown runs in normal code:
// sessions end, state is saved, the clock offset is written.
class ShutdownSignal : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignal(QObject *parent = nullptr);
    ~ShutdownSignal() override;

signals:
    void requested();

private:
    static void handle(int signal);
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace slp::xrsim
