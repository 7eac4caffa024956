#include "ReportLibraryModel.h"

#include "common/DisplayText.h"

#include <QDir>
#include <QFileInfo>

namespace slp::ui {

ReportLibraryModel::ReportLibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReportLibraryModel::addEntry(const Entry &entry)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).path == entry.path) {
            m_entries[row] = entry;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

int ReportLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ReportLibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == PathRole)
        return entry.path;
    if (role == Qt::ToolTipRole)
        return index.column() == File ? QDir::toNativeSeparators(entry.path) : entry.details;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case File:
        return QFileInfo(entry.path).fileName();
    case Kind:
        return entry.kind;
    case Details:
        return entry.details;
    case State:
        return entry.state;
    case Added:
        return DisplayText::dateTime(entry.added);
    default:
        return {};
    }
}

QVariant ReportLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("File");
    case Kind:
        return tr("Kind");
    case Details:
        return tr("Details");
    case State:
        return tr("State");
    case Added:
        return tr("Added");
    default:
        return {};
    }
}

} // namespace slp::ui
