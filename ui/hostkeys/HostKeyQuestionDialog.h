#pragma once

#include "ssh/SshHostKeyQuestion.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace slp::ui {

// First contact with a router: shows the host key's SHA256 fingerprint and asks whether to trust it.
// The admin compares it with the router's own (`show crypto key mypubkey ...`) or the inventory.
class HostKeyQuestionDialog : public QDialog
{
    Q_OBJECT
public:
    enum Answer { Refuse, Trust, TrustAllWaiting };

    // `othersWaiting`: how many more first-contact questions of the same job are queued.
    HostKeyQuestionDialog(const SshHostKeyQuestion &question, int othersWaiting, const QString &othersText,
                          QWidget *parent = nullptr);

    Answer answer() const { return m_answer; }
    QLabel *fingerprintLabel() const { return m_fingerprint; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *refuseButton() const { return m_refuse; }
    QPushButton *trustAllButton() const { return m_trustAll; }

private:
    Answer m_answer = Refuse;
    QLabel *m_fingerprint = nullptr;
    QPushButton *m_trust = nullptr;
    QPushButton *m_refuse = nullptr;
    QPushButton *m_trustAll = nullptr;
};

} // namespace slp::ui
