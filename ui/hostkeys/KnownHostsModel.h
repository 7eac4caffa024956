#pragma once

#include "ssh/KnownHostsFile.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace slp::ui {

// The application's known_hosts file as a table: host, port, key type, SHA256 fingerprint, line.
class KnownHostsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Host, Port, KeyType, Fingerprint, Line, ColumnCount };

    struct Target
    {
        QString host;
        quint16 port = 22;
    };

    explicit KnownHostsModel(QObject *parent = nullptr);

    void setEntries(QList<KnownHostEntry> entries);
    const QList<KnownHostEntry> &entries() const { return m_entries; }
    // The host and port an entry names, for forgetting it; nullopt for hashed entries (the name is
    // not recoverable) and patterns.
    static std::optional<Target> targetOf(const KnownHostEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<KnownHostEntry> m_entries;
};

} // namespace slp::ui
