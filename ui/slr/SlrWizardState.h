#pragma once

#include "store/StoreResult.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace slp {
class Store;
}

namespace slp::ui {

// The durable part of an SLR wizard run, kept as JSON under the settings key "wizard.slr" so that an
// admin can leave the wizard while CSSM produces authorization codes and resume days later. SLR codes
// identify a device's licenses but grant nothing on their own, so the settings table may hold them.
class SlrWizardState
{
public:
    static QString key() { return QStringLiteral("wizard.slr"); }

    QDateTime startedAt;
    int pageId = 0;
    QList<qint64> deviceIds;
    QHash<qint64, QString> hostnames;
    QHash<qint64, QString> requestCodes;
    QHash<qint64, QString> confirmationCodes;
    QHash<qint64, QString> codeSources; // the file each device's authorization codes came from
    QString authorizationFile;

    bool isEmpty() const { return deviceIds.isEmpty(); }

    QByteArray toJson() const;
    // nullopt for an empty or unreadable value (a damaged key must not keep the wizard from opening).
    static std::optional<SlrWizardState> fromJson(const QByteArray &json);

    // Off the GUI thread, on the store's worker.
    static QFuture<StoreResult<std::optional<SlrWizardState>>> load(Store &store);
    static QFuture<StoreError> save(Store &store, const SlrWizardState &state);
    static QFuture<StoreError> clear(Store &store);
};

} // namespace slp::ui
