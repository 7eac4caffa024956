#include "KnownHostsPage.h"

#include "hostkeys/KnownHostsModel.h"
#include "ssh/KnownHostsFile.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace slp::ui {

KnownHostsPage::KnownHostsPage(const QString &knownHostsPath, QWidget *parent)
    : QWidget(parent)
    , m_path(knownHostsPath)
    , m_model(new KnownHostsModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Host keys the console trusts, kept in %1 (OpenSSH format). A router whose key changed "
                                "is refused until its old key is forgotten here.")
                                 .arg(QDir::toNativeSeparators(m_path)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("knownHosts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(KnownHostsModel::Fingerprint, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_forget = new QPushButton(tr("&Forget Selected Keys"), this);
    m_forget->setObjectName(QStringLiteral("forget"));
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_forget);
    layout->addLayout(buttons);
    connect(m_forget, &QPushButton::clicked, this, &KnownHostsPage::forgetSelected);
    // Queued: a file read that finishes before .then() is attached runs its continuation at once,
    // which would emit loaded() from inside this constructor, before anyone could connect to it.
    QMetaObject::invokeMethod(this, &KnownHostsPage::reload, Qt::QueuedConnection);
}

void KnownHostsPage::reload()
{
    const QString path = m_path;
    QtConcurrent::run([path] {
        QString error;
        QList<KnownHostEntry> entries = KnownHostsFile(path).entries(&error);
        return std::make_pair(entries, error);
    }).then(this, [this](const std::pair<QList<KnownHostEntry>, QString> &result) {
        m_model->setEntries(result.first);
        m_status->setText(result.second.isEmpty() ? tr("%n key(s)", nullptr, static_cast<int>(result.first.size()))
                                                  : result.second);
        emit loaded(static_cast<int>(result.first.size()));
    });
}

void KnownHostsPage::forgetSelected()
{
    QList<KnownHostsModel::Target> targets;
    QStringList names;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const auto target = KnownHostsModel::targetOf(m_model->entries().at(index.row()))) {
            targets.append(*target);
            names.append(KnownHostsFile::hostField(target->host, target->port));
        }
    }
    if (targets.isEmpty()) {
        m_status->setText(tr("Select the keys to forget (hashed names cannot be forgotten here)."));
        return;
    }
    const QString path = m_path;
    QtConcurrent::run([path, targets] {
        const KnownHostsFile file(path);
        int removed = 0;
        QStringList errors;
        for (const KnownHostsModel::Target &target : targets) {
            QString error;
            const int count = file.forget(target.host, target.port, &error);
            if (count < 0)
                errors.append(error);
            else
                removed += count;
        }
        return std::make_pair(removed, errors.join(u'\n'));
    }).then(this, [this, names](const std::pair<int, QString> &result) {
        const QString message = result.second.isEmpty()
            ? tr("Forgot %n key(s) of %1.", nullptr, result.first).arg(names.join(QLatin1String(", ")))
            : result.second;
        m_status->setText(message);
        emit forgotten(message);
        reload();
    });
}

} // namespace slp::ui
