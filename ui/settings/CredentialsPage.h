#pragma once

#include "store/CredentialProfile.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace slp::ui {

class ConsoleContext;

// Settings > Credentials: the credential profiles devices log in with.
class CredentialsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CredentialsPage(ConsoleContext &context, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

public slots:
    void reload();

signals:
    void loaded(int profiles);

private:
    void edit(const CredentialProfile &profile);
    void removeSelected();

    ConsoleContext &m_context;
    QList<CredentialProfile> m_profiles;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace slp::ui
