#pragma once

#include "store/LibraryFile.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace slp::ui {

class ConsoleContext;

// The report library (core/store ReportLibrary, table library_files) as a table: every RUM report,
// bundle, ACK and SLR code file the flows kept, newest first. reload() reads it off the GUI thread.
class LibraryFilesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, State, Device, Udi, ReportIds, Created, FileName, ColumnCount };
    enum Role { LibraryFileIdRole = Qt::UserRole + 1 };

    explicit LibraryFilesModel(ConsoleContext &context, QObject *parent = nullptr);

    void reload();
    const QList<LibraryFile> &files() const { return m_files; }
    // The row's file; nullptr when out of range.
    const LibraryFile *fileAt(int row) const;

    static QString kindText(LibraryFileKind kind);
    static QString stateText(LibraryFileState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void reloaded();
    void reloadFailed(const QString &message);

private:
    ConsoleContext &m_context;
    QList<LibraryFile> m_files;
    QHash<qint64, QString> m_hostnames;
    bool m_loading = false;
    bool m_again = false;
};

} // namespace slp::ui
