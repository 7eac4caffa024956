#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace slp::ui {

class KnownHostsModel;

// Settings > Known Host Keys: every key the console trusts, and forgetting one (after a router was
// replaced, so that its new key can be accepted).
class KnownHostsPage : public QWidget
{
    Q_OBJECT
public:
    KnownHostsPage(const QString &knownHostsPath, QWidget *parent = nullptr);

    KnownHostsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    void reload();
    void forgetSelected();

signals:
    void loaded(int keys);
    void forgotten(const QString &message);

private:
    QString m_path;
    KnownHostsModel *m_model;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_forget = nullptr;
};

} // namespace slp::ui
