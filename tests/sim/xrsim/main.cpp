// xrsim: a fleet of simulated Cisco IOS XR routers over real SSH, for tests and the demo lab.
// Usage and contracts: tests/sim/PROTOCOL.md.
#include "XrsimLog.h"
#include "control/ControlServer.h"
#include "fleet/FleetGenerator.h"
#include "lab/Lab.h"
#include "lab/ShutdownSignal.h"
#include "sync/HttpBridge.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTimer>
#include <libssh/libssh.h>
#include <sys/resource.h>

using namespace slp::xrsim;

namespace {

void raiseFileLimit()
{
    // Every router holds a listening socket and every session one more descriptor.
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

int fail(const QString &message)
{
    fprintf(stderr, "xrsim: %s\n", qPrintable(message));
    return 2;
}

// Runs the fleet until SIGTERM/SIGINT or a control-channel shutdown. Everything libssh-owned is gone
// when this returns, before ssh_finalize().
int serve(const LabOptions &options, quint16 controlPort)
{
    ShutdownSignal shutdown;
    QElapsedTimer startTimer;
    startTimer.start();
    Lab lab;
    QString error;
    if (!lab.start(options, &error))
        return fail(error);
    ControlServer control(lab);
    if (!control.listen(controlPort, &error))
        return fail(error);
    QObject::connect(&control, &ControlServer::shutdownRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    if (!options.readyFile.isEmpty() && !lab.writeReadyFile(control.port(), &error))
        return fail(error);
    qCInfo(lcXrsim, "%d routers listening after %lld ms", static_cast<int>(lab.routers().size()), startTimer.elapsed());
    QObject::connect(&shutdown, &ShutdownSignal::requested, qApp, &QCoreApplication::quit);
    const int status = QCoreApplication::exec();
    lab.stop();
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("xrsim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A fleet of simulated Cisco IOS XR routers over SSH."));
    parser.addHelpOption();
    const QCommandLineOption fleetOption(QStringLiteral("fleet"), QStringLiteral("Fleet file (JSON)."),
                                         QStringLiteral("file"));
    const QCommandLineOption stateOption(QStringLiteral("state-dir"),
                                         QStringLiteral("Folder for host keys, router state and files."),
                                         QStringLiteral("dir"));
    const QCommandLineOption readyOption(QStringLiteral("ready-file"),
                                         QStringLiteral("Written atomically once every router listens."),
                                         QStringLiteral("path"));
    const QCommandLineOption bindOption(QStringLiteral("bind-base"),
                                        QStringLiteral("First loopback address; router i listens on base+i."),
                                        QStringLiteral("address"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Listen port (0 = a free port per router)."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption rateOption(QStringLiteral("clock-rate"),
                                        QStringLiteral("Simulated seconds per real second."), QStringLiteral("rate"),
                                        QStringLiteral("1"));
    const QCommandLineOption controlOption(QStringLiteral("control-port"),
                                           QStringLiteral("Control channel port on 127.0.0.1 (0 = a free port)."),
                                           QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption caOption(
        QStringLiteral("ca-file"), QStringLiteral("PEM CA bundle trusted for https transports (license smart sync)."),
        QStringLiteral("file"));
    const QCommandLineOption generateOption(QStringLiteral("generate"),
                                            QStringLiteral("Write a generated fleet of N routers to stdout."),
                                            QStringLiteral("n"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed for --generate."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    parser.addOptions({fleetOption, stateOption, readyOption, bindOption, portOption, rateOption, controlOption,
                       caOption, generateOption, seedOption});
    parser.process(app);

    bool ok = false;
    if (parser.isSet(generateOption)) {
        const int count = parser.value(generateOption).toInt(&ok);
        if (!ok || count < 1 || count > 100000)
            return fail(
                QStringLiteral("--generate %1: expected a router count 1..100000").arg(parser.value(generateOption)));
        const quint64 seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed %1: expected a non-negative integer").arg(parser.value(seedOption)));
        const QByteArray json = QJsonDocument(FleetGenerator::generate(count, seed)).toJson(QJsonDocument::Indented);
        fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
        return 0;
    }

    if (!parser.isSet(fleetOption) || !parser.isSet(stateOption))
        return fail(QStringLiteral("--fleet and --state-dir are required (see --help)"));
    LabOptions options;
    options.fleetPath = parser.value(fleetOption);
    options.stateDir = parser.value(stateOption);
    options.readyFile = parser.value(readyOption);
    options.bindBase = parser.value(bindOption);
    options.port = parser.value(portOption).toInt(&ok);
    if (!ok || options.port < 0 || options.port > 65535)
        return fail(QStringLiteral("--port %1: expected 0..65535").arg(parser.value(portOption)));
    options.clockRate = parser.value(rateOption).toDouble(&ok);
    if (!ok || options.clockRate <= 0 || options.clockRate > 1e7)
        return fail(QStringLiteral("--clock-rate %1: expected a positive number").arg(parser.value(rateOption)));

    const int controlPort = parser.value(controlOption).toInt(&ok);
    if (!ok || controlPort < 0 || controlPort > 65535)
        return fail(QStringLiteral("--control-port %1: expected 0..65535").arg(parser.value(controlOption)));
    HttpBridge http;
    if (parser.isSet(caOption)) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(parser.value(caOption));
        if (certificates.isEmpty())
            return fail(QStringLiteral("--ca-file %1: no PEM certificate in it").arg(parser.value(caOption)));
        http.setExtraCaCertificates(certificates);
    }

    raiseFileLimit();
    ssh_init();
    const int status = serve(options, static_cast<quint16>(controlPort));
    ssh_finalize();
    return status;
}
