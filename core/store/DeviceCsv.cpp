#include "DeviceCsv.h"

#include "CredentialProfileTable.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "DeviceTable.h"
#include "DeviceValidator.h"

#include <QHash>
#include <QSet>

namespace slp {

namespace {

enum Column { Hostname, Address, Port, Username, Credential, Tags, Site, ColumnCount };

struct CandidateRow
{
    int line = 0;
    DeviceRecord device;
};

// Checks one parsed row; appends its problems to `issues` and returns the device it describes.
DeviceRecord deviceFromRow(const CsvReader::Record &record, const QHash<QString, QString> &profiles,
                           QList<CsvImportIssue> *issues)
{
    const auto issue = [&](const QString &field, const QString &message) {
        issues->append({record.line, field, message});
    };
    DeviceRecord device;
    device.hostname = record.fields[Hostname];
    device.address = record.fields[Address];
    device.username = record.fields[Username];
    device.credentialRef = record.fields[Credential];
    device.tags = DeviceValidator::splitTags(record.fields[Tags]);
    device.site = record.fields[Site];
    const QString port = record.fields[Port].trimmed();
    if (!port.isEmpty()) {
        bool isNumber = !port.startsWith(u'+') && !port.startsWith(u'-');
        device.port = isNumber ? port.toInt(&isNumber) : 0;
        if (!isNumber) {
            issue(QStringLiteral("port"), DeviceCsv::tr("\"%1\" is not a number").arg(port));
            device.port = DeviceRecord::defaultPort; // keep validating the rest of the row
        }
    }
    for (const FieldIssue &problem : DeviceValidator::normalize(device))
        issue(problem.field, problem.message);
    if (!device.credentialRef.isEmpty()) {
        const QString canonical = profiles.value(device.credentialRef.toLower());
        if (canonical.isEmpty())
            issue(QStringLiteral("credential"),
                  DeviceCsv::tr("there is no credential profile named \"%1\"").arg(device.credentialRef));
        else
            device.credentialRef = canonical;
    }
    return device;
}

} // namespace

QStringList DeviceCsv::header()
{
    return {QStringLiteral("hostname"),   QStringLiteral("address"), QStringLiteral("port"), QStringLiteral("username"),
            QStringLiteral("credential"), QStringLiteral("tags"),    QStringLiteral("site")};
}

QByteArray DeviceCsv::exportDevices(const QList<DeviceRecord> &devices)
{
    CsvWriter writer;
    writer.addRecord(header());
    for (const DeviceRecord &device : devices) {
        writer.addRecord({device.hostname, device.address, QString::number(device.port), device.username,
                          device.credentialRef, device.tags.join(u';'), device.site});
    }
    return writer.data();
}

StoreResult<CsvImportReport> DeviceCsv::import(StoreSession &session, const QByteArray &data,
                                               const CsvImportOptions &options)
{
    using Result = StoreResult<CsvImportReport>;
    CsvImportReport report;
    const auto refuse = [&report](const QString &message) {
        return Result::failure(StoreError::make(StoreError::Code::InvalidInput, message), report);
    };
    if (data.size() > maxFileSize)
        return refuse(tr("The CSV file is larger than %1 MiB; split it.").arg(maxFileSize / (1024 * 1024)));

    const CsvReader::Result parsed = CsvReader::parse(data);
    for (const CsvReader::Problem &problem : parsed.problems)
        report.issues.append({problem.line, {}, problem.message});
    if (parsed.records.isEmpty() || parsed.records.first().line != 1) {
        if (report.issues.isEmpty())
            report.issues.append({1, {}, tr("the file is empty; it needs the header line")});
        return refuse(tr("The CSV file has no header line; nothing was imported."));
    }
    QStringList headerFields = parsed.records.first().fields;
    for (QString &field : headerFields)
        field = field.trimmed();
    if (headerFields != header()) {
        report.issues.append({1, {}, tr("the header must be exactly: %1").arg(header().join(u','))});
        return refuse(tr("The CSV header is not \"%1\"; nothing was imported.").arg(header().join(u',')));
    }

    QHash<QString, QString> takenHostnames, takenEndpoints;
    if (StoreError error = DeviceTable(session).takenNames(&takenHostnames, &takenEndpoints); !error.ok())
        return Result::failure(error, report);
    StoreResult<QList<CredentialProfile>> profileList = CredentialProfileTable(session).all();
    if (!profileList.ok())
        return Result::failure(profileList.error, report);
    QHash<QString, QString> profiles; // lower-case name -> name
    for (const CredentialProfile &profile : std::as_const(profileList.value))
        profiles.insert(profile.name.toLower(), profile.name);

    QSet<int> badLines;
    for (const CsvReader::Problem &problem : parsed.problems)
        badLines.insert(problem.line);
    QHash<QString, int> hostnameLines, endpointLines; // first line each was seen on
    QList<CandidateRow> candidates;
    for (qsizetype i = 1; i < parsed.records.size(); ++i) {
        const CsvReader::Record &record = parsed.records[i];
        const qsizetype issuesBefore = report.issues.size();
        if (record.fields.size() != ColumnCount) {
            report.issues.append({record.line,
                                  {},
                                  tr("has %1 fields; expected %2 (%3)")
                                      .arg(record.fields.size())
                                      .arg(int(ColumnCount))
                                      .arg(header().join(u','))});
        } else {
            const DeviceRecord device = deviceFromRow(record, profiles, &report.issues);
            const QString hostnameKey = device.hostname.toLower();
            const QString endpointKey = DeviceTable::endpointKey(device.address, device.port);
            const auto duplicate = [&](const QString &field, const QString &message) {
                report.issues.append({record.line, field, message});
            };
            if (const QString owner = takenHostnames.value(hostnameKey); !owner.isEmpty())
                duplicate(QStringLiteral("hostname"), tr("a device named \"%1\" already exists").arg(owner));
            else if (const int first = hostnameLines.value(hostnameKey); first > 0)
                duplicate(QStringLiteral("hostname"), tr("\"%1\" is also on line %2").arg(device.hostname).arg(first));
            if (const QString owner = takenEndpoints.value(endpointKey); !owner.isEmpty())
                duplicate(QStringLiteral("address"),
                          tr("%1 already belongs to device \"%2\"").arg(device.endpoint(), owner));
            else if (const int first = endpointLines.value(endpointKey); first > 0)
                duplicate(QStringLiteral("address"), tr("%1 is also on line %2").arg(device.endpoint()).arg(first));
            hostnameLines.insert(hostnameKey, hostnameLines.value(hostnameKey, record.line));
            endpointLines.insert(endpointKey, endpointLines.value(endpointKey, record.line));
            candidates.append({record.line, device});
        }
        if (report.issues.size() > issuesBefore)
            badLines.insert(record.line);
    }
    report.rowsRead = int(parsed.records.size() - 1) + int(parsed.problems.size());
    std::stable_sort(report.issues.begin(), report.issues.end(),
                     [](const CsvImportIssue &a, const CsvImportIssue &b) { return a.line < b.line; });

    if (!badLines.isEmpty() && !options.skipBadRows)
        return refuse(tr("%n of %1 row(s) have problems; nothing was imported.", nullptr, int(badLines.size()))
                          .arg(report.rowsRead));

    DeviceTable devices(session);
    for (const CandidateRow &candidate : std::as_const(candidates)) {
        if (badLines.contains(candidate.line))
            continue;
        StoreResult<qint64> inserted = devices.insert(candidate.device);
        if (!inserted.ok()) {
            report.issues.append({candidate.line, {}, inserted.error.message});
            report.importedIds.clear();
            report.imported = 0;
            return Result::failure(StoreError::make(inserted.error.code,
                                                    tr("Line %1 could not be stored (%2); nothing was imported.")
                                                        .arg(candidate.line)
                                                        .arg(inserted.error.message)),
                                   report);
        }
        report.importedIds.append(inserted.value);
    }
    report.imported = int(report.importedIds.size());
    report.skipped = int(badLines.size());
    return Result::success(report);
}

} // namespace slp
