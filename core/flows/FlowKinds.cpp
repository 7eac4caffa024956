#include "FlowKinds.h"

#include "CollectUsageJob.h"
#include "ExportBundleJob.h"
#include "ImportAckJob.h"
#include "JobManager.h"
#include "SendToCssmJob.h"
#include "SlrJob.h"
#include "TransportJob.h"
#include "TrustJob.h"

namespace slp {

void registerFlowKinds(JobManager &manager)
{
    // One registerKind() per flow: kind name -> a factory building the job from its parameters.
    manager.registerKind(QString::fromLatin1(SendToCssmJob::kindName), &SendToCssmJob::fromParameters);
    manager.registerKind(QString::fromLatin1(CollectUsageJob::kindName), &CollectUsageJob::fromParameters);
    manager.registerKind(QString::fromLatin1(ExportBundleJob::kindName), &ExportBundleJob::fromParameters);
    manager.registerKind(
        QString::fromLatin1(TrustJob::kindName),
        [](const JobEnvironment &environment, const JobOptions &options, const QJsonObject &parameters) -> Job * {
            return new TrustJob(environment, options, TrustJob::settingsFromParameters(parameters));
        });
    manager.registerKind(
        QString::fromLatin1(TransportJob::kindName),
        [](const JobEnvironment &environment, const JobOptions &options, const QJsonObject &parameters) -> Job * {
            return new TransportJob(
                environment, options,
                TransportSettings::fromJson(parameters.value(QStringLiteral("transport")).toObject()));
        });
    for (const SlrJob::Mode mode : SlrJob::modes())
        manager.registerKind(SlrJob::kindOf(mode),
                             [mode](const JobEnvironment &environment, const JobOptions &options,
                                    const QJsonObject &parameters) -> Job * {
                                 return new SlrJob(environment, options,
                                                   SlrJob::settingsFromParameters(mode, parameters));
                             });
    manager.registerKind(QString::fromLatin1(ImportAckJob::kindName), &ImportAckJob::fromParameters);
}

} // namespace slp
