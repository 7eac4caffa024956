// Throughput of core/formats on fleet-sized inputs: reading RUM files, building the upload bundle,
// reading the ACK bundle for 1,000 routers. Run by hand; figures go into the report, never into tests.
#include "formats/AckBundleReader.h"
#include "formats/FileTypeDetector.h"
#include "formats/RumFileReader.h"
#include "formats/TarGzWriter.h"
#include "formats/UploadBundleWriter.h"

#include <QRandomGenerator>

#include <benchmark/benchmark.h>

namespace {

slp::Udi routerUdi(int router)
{
    const QString serial = QStringLiteral("FOX%1").arg(router, 8, 10, QLatin1Char('0'));
    return slp::Udi {QStringLiteral("NCS-5508"), serial, QStringLiteral("PID:NCS-5508,SN:") + serial};
}

// Signatures are random like real ones (RSA-2048: 344 base64 characters); repeated text would make the
// bundle compress like a bomb and be refused.
QByteArray randomSignature()
{
    QByteArray bytes(256, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64();
}

// A RUM file shaped like xrsim's: one line, `reports` reports of one router.
QByteArray rumFile(int router, int reports)
{
    const QByteArray serial = routerUdi(router).serial.toLatin1();
    const QByteArray sudi = R"({\"udi_pid\":\"NCS-5508\",\"udi_serial_number\":\")" + serial + R"(\"})";
    QByteArray file = R"(<smartLicense><smartLicenseSystemInfo><data>{"hostname":"r)" + QByteArray::number(router)
        + R"("}</data></smartLicenseSystemInfo>)";
    for (int i = 0; i < reports; ++i) {
        const QByteArray id = QByteArray::number(1700000000 + router * 100 + i);
        file += R"(<RUMReport><![CDATA[{"payload":"{\"version\":\"2.0\",\"asset_identification\":{\"report_id\":)" + id
            + R"(,\"asset\":{\"name\":\"Essentials\"},\"instance\":{\"sudi\":)" + sudi
            + R"(}},\"meta\":{\"entitlement_tag\":\"regid.2021-05.com.cisco.ESSENTIALS_400G,1.0_0a5e1b2c\",\"software_version\":\"24.2.1\",\"ha_udi\":[]},\"measurements\":[{\"log_time\":1709150000,\"metric_name\":\"ENTITLEMENT\",\"start_time\":1709049600,\"end_time\":1709150000,\"sample_interval\":100400,\"num_samples\":1,\"value\":{\"type\":\"COUNT\",\"value\":\"8\"}}]}","header":{"type":"rum"},"signature":{"sudi":{"udi_pid":"NCS-5508","udi_serial_number":")"
            + serial + R"("},"signing_type":"HMAC-SHA256","key":"router","value":")" + randomSignature()
            + R"("}}]]></RUMReport>)";
    }
    return file + "</smartLicense>";
}

QList<slp::UploadBundleWriter::Device> fleet(int routers, int reportsPerRouter)
{
    QList<slp::UploadBundleWriter::Device> devices;
    for (int router = 0; router < routers; ++router)
        devices.append({QStringLiteral("r%1").arg(router), routerUdi(router), rumFile(router, reportsPerRouter)});
    return devices;
}

QByteArray ackBundle(int routers)
{
    slp::TarGzWriter inner(QDateTime::fromSecsSinceEpoch(1709150000, Qt::UTC));
    for (int router = 0; router < routers; ++router) {
        const slp::Udi udi = routerUdi(router);
        const QByteArray payload = R"({"format":"xrsim-ack/1","udi":")" + udi.text.toLatin1()
            + R"(","timestamp":1709236400,"acknowledgedReportIds":[1,2,3,4,5,6],"installTrust":false})";
        const QByteArray envelope = R"({"payload":")" + QByteArray(payload).replace("\"", "\\\"") + R"(","signature":")"
            + randomSignature() + R"("})";
        inner.addFile(slp::AckBundleReader::fileNameFor(udi),
                      "<smartLicense><smartLicenseRumAck><data>" + envelope.toBase64()
                          + "</data></smartLicenseRumAck></smartLicense>");
    }
    slp::TarGzWriter outer(QDateTime::fromSecsSinceEpoch(1709150000, Qt::UTC));
    outer.addFile(QStringLiteral("ACK_UD_VA_20240228_190858.tar.gz"), inner.finish().value());
    return outer.finish().value();
}

void readRumFile(benchmark::State &state)
{
    const QByteArray file = rumFile(1, int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(slp::RumFileReader::read(file));
    state.SetBytesProcessed(int64_t(state.iterations()) * file.size());
    state.counters["reports/s"]
        = benchmark::Counter(double(state.iterations() * state.range(0)), benchmark::Counter::kIsRate);
}
BENCHMARK(readRumFile)->Arg(6)->Arg(1000)->Unit(benchmark::kMillisecond);

void buildUploadBundle(benchmark::State &state)
{
    const auto devices = fleet(int(state.range(0)), 6);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1709150000, Qt::UTC);
    qint64 size = 0;
    for (auto _ : state) {
        const auto bundle = slp::UploadBundleWriter::build({}, now, devices);
        size = bundle.value().bytes.size();
    }
    state.counters["bundle_bytes"] = double(size);
}
BENCHMARK(buildUploadBundle)->Arg(1000)->Unit(benchmark::kMillisecond);

void readAckBundleAndMatch(benchmark::State &state)
{
    const int routers = int(state.range(0));
    const QByteArray bundle = ackBundle(routers);
    QList<slp::Udi> udis;
    for (int router = 0; router < routers; ++router)
        udis.append(routerUdi(router));
    for (auto _ : state) {
        const auto acks = slp::AckBundleReader::read(bundle, QStringLiteral("ACK_UD_SA.tar.gz"));
        if (!acks.ok() || acks.value().matchDevices(udis).unmatched.size() != 0)
            state.SkipWithError("ACK bundle not read or not matched");
    }
    state.counters["bundle_bytes"] = double(bundle.size());
}
BENCHMARK(readAckBundleAndMatch)->Arg(1000)->Unit(benchmark::kMillisecond);

void detectUploadBundle(benchmark::State &state)
{
    const QByteArray bundle = slp::UploadBundleWriter::build({}, QDateTime::fromSecsSinceEpoch(1709150000, Qt::UTC),
                                                             fleet(int(state.range(0)), 6))
                                  .value()
                                  .bytes;
    for (auto _ : state) {
        if (slp::FileTypeDetector::detect(bundle).kind != slp::FileKind::UploadBundle)
            state.SkipWithError("not detected as an upload bundle");
    }
}
BENCHMARK(detectUploadBundle)->Arg(1000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
