#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace slp::ui {

// The report library: licensing files the console knows about (RUM reports, bundles, ACKs,
// reservation codes) with their state and device. Until the Collect Usage flow stores reports, it
// holds the files recognised in this session (drag and drop, File > Import).
class ReportLibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { File, Kind, Details, State, Added, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1 };

    struct Entry
    {
        QString path;
        QString kind;
        QString details;
        QString state;
        QDateTime added;
    };

    explicit ReportLibraryModel(QObject *parent = nullptr);

    // Adds the file, or updates it when the path is already listed.
    void addEntry(const Entry &entry);
    const QList<Entry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};

} // namespace slp::ui
