#include "AuditEntry.h"

#include <QtGlobal>

namespace slp {

QString AuditEntry::currentActor()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

} // namespace slp
