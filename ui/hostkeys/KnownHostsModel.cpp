#include "KnownHostsModel.h"

namespace slp::ui {

KnownHostsModel::KnownHostsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void KnownHostsModel::setEntries(QList<KnownHostEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

std::optional<KnownHostsModel::Target> KnownHostsModel::targetOf(const KnownHostEntry &entry)
{
    if (entry.hashed)
        return std::nullopt;
    // The first name of the field: "r1", "[127.0.0.2]:2222", "r1,192.0.2.1".
    const QString first = entry.hosts.section(u',', 0, 0).trimmed();
    if (first.isEmpty() || first.contains(u'*') || first.contains(u'?') || first.startsWith(u'!'))
        return std::nullopt;
    Target target;
    if (first.startsWith(u'[')) {
        const qsizetype close = first.indexOf(QLatin1String("]:"));
        if (close < 0)
            return std::nullopt;
        bool ok = false;
        const uint port = first.mid(close + 2).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return std::nullopt;
        target.host = first.mid(1, close - 1);
        target.port = static_cast<quint16>(port);
    } else {
        target.host = first;
    }
    return target;
}

int KnownHostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int KnownHostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KnownHostsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const KnownHostEntry &entry = m_entries.at(index.row());
    const std::optional<Target> target = targetOf(entry);
    switch (index.column()) {
    case Host:
        if (entry.hashed)
            return tr("(hashed name)");
        return target ? target->host : entry.hosts;
    case Port:
        return target ? QVariant(target->port) : QVariant();
    case KeyType:
        return entry.key.type;
    case Fingerprint:
        return entry.key.fingerprintSha256();
    case Line:
        return entry.lineNumber;
    default:
        return {};
    }
}

QVariant KnownHostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Host:
        return tr("Host");
    case Port:
        return tr("Port");
    case KeyType:
        return tr("Key type");
    case Fingerprint:
        return tr("SHA256 fingerprint");
    case Line:
        return tr("Line");
    default:
        return {};
    }
}

} // namespace slp::ui
