#include "model/DeviceRole.h"
#include "model/LicenseSummary.h"
#include "model/Transport.h"
#include "model/TrustInfo.h"
#include "model/Udi.h"

#include <QtTest>

using namespace slp;

class TestModel : public QObject
{
    Q_OBJECT
private slots:
    void udiReadsPidAndSerial()
    {
        const std::optional<Udi> udi = Udi::fromText(u" PID:ASR-9006-AC,SN:FOX1605GNAH ");
        QVERIFY(udi);
        QCOMPARE(udi->pid, QStringLiteral("ASR-9006-AC"));
        QCOMPARE(udi->serial, QStringLiteral("FOX1605GNAH"));
        QCOMPARE(udi->text, QStringLiteral("PID:ASR-9006-AC,SN:FOX1605GNAH"));
        QCOMPARE(udi->canonicalText(), QStringLiteral("PID:ASR-9006-AC,SN:FOX1605GNAH"));
    }
    void udiToleratesSpacesExtraPartsAndShortKeys()
    {
        const std::optional<Udi> withVid = Udi::fromText(u"PID:C9300-24U, VID:V02, SN:FOC2232X00F");
        QVERIFY(withVid);
        QCOMPARE(withVid->pid, QStringLiteral("C9300-24U"));
        QCOMPARE(withVid->serial, QStringLiteral("FOC2232X00F"));
        const std::optional<Udi> slrForm = Udi::fromText(u"P:NCS-5501-SE,S:FOC2118R24P");
        QVERIFY(slrForm);
        QCOMPARE(slrForm->canonicalText(), QStringLiteral("PID:NCS-5501-SE,SN:FOC2118R24P"));
    }
    void udiRefusesIncompleteText()
    {
        QVERIFY(!Udi::fromText(u"PID:ASR-9006-AC"));
        QVERIFY(!Udi::fromText(u"SN:FOX1605GNAH"));
        QVERIFY(!Udi::fromText(u""));
        QVERIFY(!Udi::fromText(u"PID:,SN:"));
        QVERIFY(!Udi::fromText(u",,,:::"));
    }
    void rolesRoundTrip()
    {
        QCOMPARE(deviceRoleFromText(u"standby"), DeviceRole::Standby);
        QCOMPARE(deviceRoleFromText(u" Member "), DeviceRole::Member);
        QCOMPARE(deviceRoleFromText(u"Primary"), DeviceRole::None);
        QCOMPARE(deviceRoleName(DeviceRole::Active), QStringLiteral("Active"));
        QCOMPARE(deviceRoleName(DeviceRole::None), QString());
    }
    void transportWords()
    {
        QCOMPARE(transportTypeFromText(u"cslu"), TransportType::Cslu);
        QCOMPARE(transportTypeFromText(u"Smart"), TransportType::Smart);
        QCOMPARE(transportTypeFromText(u"Callhome"), TransportType::Callhome);
        QCOMPARE(transportTypeFromText(u"Transport Off"), TransportType::Off);
        QCOMPARE(transportTypeFromText(u"off"), TransportType::Off);
        QCOMPARE(transportTypeFromText(u"carrier pigeon"), TransportType::Unknown);
        QCOMPARE(transportTypeName(TransportType::Callhome), QStringLiteral("callhome"));
    }
    void trustInstalledWhenAnyUdiHasIt()
    {
        TrustInfo trust;
        QVERIFY(!trust.isInstalled());
        trust.perUdi.append(TrustCode {DeviceRole::Standby, {}, false, std::nullopt});
        QVERIFY(!trust.isInstalled());
        trust.perUdi.append(TrustCode {DeviceRole::Active, {}, true, QDateTime::currentDateTimeUtc()});
        QVERIFY(trust.isInstalled());
    }
    void summaryFindsRowsByTagEvenWhenTruncated()
    {
        LicenseSummary summary;
        summary.rows.append({QStringLiteral("network-advantage"), QStringLiteral("C9300-24 Network Advan"), 2,
                             QStringLiteral("IN USE"), false, true});
        summary.rows.append({QStringLiteral("dna-advantage"), QStringLiteral("C9300-24 DNA Advantage"), 2,
                             QStringLiteral("IN USE"), false, false});
        QCOMPARE(summary.findByTag(u"C9300-24 Network Advantage")->name, QStringLiteral("network-advantage"));
        QCOMPARE(summary.findByTag(u"C9300-24 DNA Advantage")->name, QStringLiteral("dna-advantage"));
        QCOMPARE(summary.findByTag(u"C9300-24 DNA"), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "test_model.moc"
