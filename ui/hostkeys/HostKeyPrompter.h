#pragma once

#include "flows/DeviceStep.h"
#include "ssh/SshHostKeyQuestion.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace slp::ui {

class ConsoleContext;
class HostKeyQuestionDialog;

// Answers the job manager's host-key questions with dialogs, one at a time (questions queue while
// one is open), and shows an error dialog when a router's key CHANGED (the job already refused it).
class HostKeyPrompter : public QObject
{
    Q_OBJECT
public:
    HostKeyPrompter(ConsoleContext &context, QWidget *window);

    // The job refused the device because its host key changed (DeviceStep::failure, set by the Job
    // framework from the SSH error kind; the message text is for people, not for this test).
    static bool isChangedKey(const DeviceStep &step);

    HostKeyQuestionDialog *currentQuestion() const;
    QMessageBox *changedKeyDialog() const;
    int waitingCount() const { return static_cast<int>(m_queue.size()); }

    void ask(qint64 jobId, qint64 deviceId, const SshHostKeyQuestion &question);
    void onDeviceStep(qint64 jobId, const DeviceStep &step);

signals:
    void knownHostsRequested();

private:
    struct Pending
    {
        qint64 jobId = 0;
        qint64 deviceId = 0;
        SshHostKeyQuestion question;
    };

    void connectManager();
    void showNext();
    void answer(const Pending &pending, bool accept);

    ConsoleContext &m_context;
    QWidget *m_window;
    QList<Pending> m_queue;
    QPointer<HostKeyQuestionDialog> m_dialog;
    QPointer<QMessageBox> m_changed;
};

} // namespace slp::ui
