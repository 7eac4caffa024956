#pragma once

#include "flows/AckUploadPlan.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QWidget;

namespace slp {
class ReportLibrary;
}

namespace slp::ui {

class ConsoleContext;

// Upload from Cisco in the console: reads the ACK bundles / ACK files off the GUI thread
// (AckUploadPlanner), matches each ACK to its device by UDI, asks the admin to confirm with a summary
// that names every refused or unmatched file, keeps the files in the report library and starts one
// ImportAckJob on the matched devices. Import ACK (one device, files chosen by the admin) goes
// straight to ImportAckJob, which refuses an ACK for another UDI before touching the router.
class AckUploadController : public QObject
{
    Q_OBJECT
public:
    AckUploadController(ConsoleContext &context, QWidget *window);

    // `confirm` false: no question (tests); the summary still goes to planned().
    void upload(const QStringList &paths, bool confirm = true);
    void importOnDevice(qint64 deviceId, const QStringList &paths);

    // The admin-facing summary of a matched plan (also the confirmation text).
    static QString summary(const AckUploadPlan &plan);

signals:
    void planned(const QString &summary, int matched);
    void jobStarted(const QString &description);
    void failed(const QString &message);

private:
    void onPlanned(const AckUploadPlan &plan, bool confirm);
    void keepAndImport(const AckUploadPlan &plan);
    struct LibraryRun;
    // Adds the next file to the library (continued on the GUI thread), then starts the import.
    void addNext(std::shared_ptr<LibraryRun> run, std::shared_ptr<ReportLibrary> library);

    ConsoleContext &m_context;
    QWidget *m_window;
};

} // namespace slp::ui
