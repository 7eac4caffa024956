// Parser throughput (bytes of router output per second, one core). Target: >= 100 MB/s for
// `show license all` of a router with 10 licenses and HA (tests/fixtures/show/all_10_licenses_ha.txt).
// Run by hand: build-<dir>/tests/bench/bench_parse
#include "parse/AllParser.h"
#include "parse/OutputNormaliser.h"
#include "parse/ShowOutputParser.h"
#include "parse/StatusParser.h"

#include <QFile>

#include <benchmark/benchmark.h>

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(SLP_FIXTURES_DIR "/show/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Decoding is part of the work: router output arrives as bytes.
template<typename Parse> void runParser(benchmark::State &state, const char *name, Parse parse)
{
    const QByteArray bytes = fixture(name);
    if (bytes.isEmpty()) {
        state.SkipWithError("fixture missing");
        return;
    }
    if (!parse(QString::fromUtf8(bytes)).recognised) {
        state.SkipWithError("fixture not recognised");
        return;
    }
    for (auto _ : state) {
        auto result = parse(QString::fromUtf8(bytes));
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

void ShowLicenseAll10LicensesHa(benchmark::State &state)
{
    runParser(state, "all_10_licenses_ha.txt", [](const QString &text) { return slp::AllParser::parse(text); });
}

void ShowLicenseAllAutoDetected(benchmark::State &state)
{
    runParser(state, "all_10_licenses_ha.txt", [](const QString &text) { return slp::ShowOutputParser::parse(text); });
}

void ShowLicenseStatusIosXe(benchmark::State &state)
{
    runParser(state, "status_iosxe.txt", [](const QString &text) { return slp::StatusParser::parse(text); });
}

void NormaliseOnly(benchmark::State &state)
{
    const QByteArray bytes = fixture("all_10_licenses_ha.txt");
    for (auto _ : state) {
        const slp::NormalisedOutput output = slp::OutputNormaliser::normalise(QString::fromUtf8(bytes));
        benchmark::DoNotOptimize(output.lines.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

} // namespace

BENCHMARK(ShowLicenseAll10LicensesHa);
BENCHMARK(ShowLicenseAllAutoDetected);
BENCHMARK(ShowLicenseStatusIosXe);
BENCHMARK(NormaliseOnly);
BENCHMARK_MAIN();
