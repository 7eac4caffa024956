#include "AckBundleTool.h"

#include "TarGz.h"
#include "UsageIntake.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace slp::cssmsim {

namespace {

QString safeName(QString text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    return text.replace(unsafe, QStringLiteral("_"));
}

// The CDATA of every <RUMReport> element, in order. Searched as text: the simulator keeps its own
// reading of the file instead of sharing the console's XML reader.
QList<QByteArray> rumReports(const QByteArray &file)
{
    static const QRegularExpression report(QStringLiteral("<RUMReport>\\s*<!\\[CDATA\\[(.*?)\\]\\]>\\s*</RUMReport>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QList<QByteArray> reports;
    auto matches = report.globalMatch(QString::fromUtf8(file));
    while (matches.hasNext())
        reports.append(matches.next().captured(1).toUtf8());
    return reports;
}

// manifest.mf keys, with "\r\n" or "\n" line ends.
QList<QPair<QString, QString>> manifestEntries(const QByteArray &manifest)
{
    QList<QPair<QString, QString>> entries;
    for (const QByteArray &line : manifest.split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon > 0)
            entries.append({text.left(colon).trimmed(), text.mid(colon + 1).trimmed()});
    }
    return entries;
}

} // namespace

AckBundleTool::AckBundleTool(const LabKeys &keys, AccountBook &book)
    : m_keys(keys)
    , m_book(book)
{ }

QString AckBundleTool::run(const QString &inputPath, const QString &outputPath)
{
    QFile input(inputPath);
    if (!input.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: %2").arg(inputPath, input.errorString());
    QString problem;
    const auto outer = targz::read(input.readAll(), &problem);
    if (!outer)
        return QStringLiteral("%1: %2").arg(inputPath, problem);
    static const QRegularExpression innerName(QStringLiteral("^UD_VA_(.+)\\.tar\\.gz$"));
    QByteArray manifest;
    QString timestamp;
    QList<targz::Member> rumFiles;
    for (const targz::Member &member : *outer) {
        if (member.name == QLatin1String("manifest.mf")) {
            manifest = member.data;
            continue;
        }
        const QRegularExpressionMatch match = innerName.match(member.name);
        if (!match.hasMatch())
            continue;
        if (!timestamp.isEmpty())
            return QStringLiteral("%1: more than one UD_VA_*.tar.gz inside").arg(inputPath);
        timestamp = match.captured(1);
        const auto inner = targz::read(member.data, &problem);
        if (!inner)
            return QStringLiteral("%1/%2: %3").arg(inputPath, member.name, problem);
        rumFiles = *inner;
    }
    if (timestamp.isEmpty())
        return QStringLiteral("%1: no UD_VA_<ts>.tar.gz inside: not an upload bundle").arg(inputPath);

    QList<UsageIntake::Device> devices;
    for (const targz::Member &file : std::as_const(rumFiles)) {
        const QList<QByteArray> reports = rumReports(file.data);
        for (qsizetype i = 0; i < reports.size(); ++i) {
            const QJsonObject report = QJsonDocument::fromJson(reports.at(i)).object();
            const QJsonObject signature = report.value(QStringLiteral("signature")).toObject();
            const QJsonObject sudi = signature.value(QStringLiteral("sudi")).toObject();
            if (report.isEmpty() || sudi.isEmpty())
                return QStringLiteral("%1: report #%2 is not a signed RUM report").arg(file.name).arg(i + 1);
            const QString udi = UsageIntake::udiText(sudi);
            auto device = std::find_if(devices.begin(), devices.end(), [&](const auto &d) { return d.udi == udi; });
            if (device == devices.end()) {
                devices.append({udi, sudi, {}, {}, {}});
                device = devices.end() - 1;
            }
            device->reports.append({udi, report.value(QStringLiteral("payload")).toString().toUtf8(),
                                    signature.value(QStringLiteral("value")).toString().toLatin1()});
        }
    }
    if (devices.isEmpty())
        return QStringLiteral("%1: the bundle holds no RUM report").arg(inputPath);
    UsageIntake intake(m_keys, m_book);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto acks = intake.accept(devices, m_book.virtualAccount({}, {}), now, &problem);
    if (!acks)
        return QStringLiteral("%1: %2").arg(inputPath, problem);

    QList<targz::Member> ackFiles;
    for (const UsageIntake::Ack &ack : *acks) {
        const QString name = QStringLiteral("ACK_%1_%2.xml")
                                 .arg(safeName(ack.sudi.value(QStringLiteral("udi_pid")).toString()),
                                      safeName(ack.sudi.value(QStringLiteral("udi_serial_number")).toString()));
        ackFiles.append({name, ack.ackFile});
    }
    const QString innerAckName = QStringLiteral("ACK_UD_VA_%1.tar.gz").arg(timestamp);
    const auto innerAck = targz::write(ackFiles, now, &problem);
    if (!innerAck)
        return problem;
    QByteArray ackManifest;
    for (const auto &[key, value] : manifestEntries(manifest))
        ackManifest
            += (key + QStringLiteral(": ") + (key == QLatin1String("Name") ? innerAckName : value)).toUtf8() + "\r\n";
    QList<targz::Member> outerMembers;
    if (!ackManifest.isEmpty())
        outerMembers.append({QStringLiteral("manifest.mf"), ackManifest});
    outerMembers.append({innerAckName, *innerAck});
    const auto bundle = targz::write(outerMembers, now, &problem);
    if (!bundle)
        return problem;
    QSaveFile output(outputPath);
    if (!output.open(QIODevice::WriteOnly) || output.write(*bundle) != bundle->size() || !output.commit())
        return QStringLiteral("%1: %2").arg(outputPath, output.errorString());
    return {};
}

} // namespace slp::cssmsim
