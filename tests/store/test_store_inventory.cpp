// Devices and credential profiles through the Store API: validation with clear messages,
// duplicates refused, profiles in use protected, the audit trail of inventory changes.
#include "StoreTestSupport.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace slp;
using slp::test::await;
using slp::test::sampleDevice;

class TestStoreInventory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_databaseCounter = 0;

    CredentialProfile labProfile() const
    {
        CredentialProfile profile;
        profile.name = QStringLiteral("lab-admin");
        profile.username = QStringLiteral("admin");
        profile.secretRef = CredentialProfile::defaultSecretReference(profile.name);
        return profile;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<Store>();
        m_store->setActor(QStringLiteral("tester"));
        const StoreError opened
            = await(m_store->open(m_dir.filePath(QStringLiteral("inventory-%1.sqlite").arg(++m_databaseCounter))));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
    }

    void cleanup() { m_store.reset(); }

    void addReadUpdateRemove()
    {
        QVERIFY(await(m_store->addCredentialProfile(labProfile())).ok());
        DeviceRecord device = sampleDevice(7);
        device.hostname = QStringLiteral("  pe7-fra ");
        device.address = QStringLiteral("PE7.Example.NET");
        device.credentialRef = QStringLiteral("LAB-ADMIN"); // stored with the profile's own spelling
        device.tags = {QStringLiteral(" core"), QStringLiteral("pe"), QStringLiteral("core"), QString()};
        device.notes = QStringLiteral("rack 4\nslot 2");
        const StoreResult<qint64> added = await(m_store->addDevice(device));
        QVERIFY2(added.ok(), qPrintable(added.error.message));
        QVERIFY(added.value > 0);

        StoreResult<DeviceRecord> read = await(m_store->device(added.value));
        QVERIFY(read.ok());
        QCOMPARE(read.value.hostname, QStringLiteral("pe7-fra"));
        QCOMPARE(read.value.address, QStringLiteral("pe7.example.net"));
        QCOMPARE(read.value.port, 22);
        QCOMPARE(read.value.credentialRef, QStringLiteral("lab-admin"));
        QCOMPARE(read.value.tags, QStringList({QStringLiteral("core"), QStringLiteral("pe")}));
        QCOMPARE(read.value.notes, QStringLiteral("rack 4\nslot 2"));
        QVERIFY(!read.value.lastSeen.isValid());
        QCOMPARE(read.value.latestSnapshotId, 0);
        QCOMPARE(await(m_store->deviceByHostname(QStringLiteral("PE7-FRA"))).value.id, added.value);

        DeviceRecord edited = read.value;
        edited.site = QStringLiteral("Frankfurt DC2");
        edited.port = 830;
        QVERIFY(await(m_store->updateDevice(edited)).ok());
        read = await(m_store->device(added.value));
        QCOMPARE(read.value.site, QStringLiteral("Frankfurt DC2"));
        QCOMPARE(read.value.port, 830);

        QVERIFY(await(m_store->removeDevice(added.value)).ok());
        const StoreResult<DeviceRecord> gone = await(m_store->device(added.value));
        QCOMPARE(gone.error.code, StoreError::Code::NotFound);
        QCOMPARE(gone.error.message, QStringLiteral("There is no device with id %1.").arg(added.value));
        QCOMPARE(await(m_store->removeDevice(added.value)).code, StoreError::Code::NotFound);
        QCOMPARE(await(m_store->updateDevice(edited)).code, StoreError::Code::NotFound);
    }

    void invalidDevicesAreRefusedWithEveryReason()
    {
        DeviceRecord device;
        device.hostname = QStringLiteral("-bad");
        device.address = QStringLiteral("10.0.0.300");
        device.port = 70000;
        device.username = QStringLiteral("ad min");
        device.tags = {QStringLiteral("=cmd()")};
        const StoreResult<qint64> added = await(m_store->addDevice(device));
        QCOMPARE(added.error.code, StoreError::Code::InvalidInput);
        const QString &message = added.error.message;
        QVERIFY2(message.startsWith(QLatin1String("Device \"-bad\" is not valid: ")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("hostname: \"-bad\" must start with a letter or digit")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("address: \"10.0.0.300\" is not a valid IP address")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("port: 70000 is out of range (1-65535)")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("username: \"ad min\" contains ' '")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("tags: tag \"=cmd()\" must not start with")), qPrintable(message));
        QCOMPARE(await(m_store->devices()).value.size(), 0);
    }

    void addressesAreValidatedAndCanonical_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::newRow("ipv4") << QStringLiteral("192.0.2.10") << QStringLiteral("192.0.2.10");
        QTest::newRow("ipv6 long") << QStringLiteral("2001:DB8:0:0:0:0:0:1") << QStringLiteral("2001:db8::1");
        QTest::newRow("ipv6 brackets") << QStringLiteral("[2001:db8::2]") << QStringLiteral("2001:db8::2");
        QTest::newRow("dns upper") << QStringLiteral("Router-1.Lab.Example") << QStringLiteral("router-1.lab.example");
        QTest::newRow("shell") << QStringLiteral("10.0.0.1;reboot") << QString();
        QTest::newRow("space") << QStringLiteral("router 1") << QString();
        QTest::newRow("label dash") << QStringLiteral("-router.example") << QString();
        QTest::newRow("empty label") << QStringLiteral("router..example") << QString();
        QTest::newRow("option-like") << QStringLiteral("-oProxyCommand=x") << QString();
    }

    void addressesAreValidatedAndCanonical()
    {
        QFETCH(QString, address);
        QFETCH(QString, stored);
        DeviceRecord device = sampleDevice(1);
        device.address = address;
        const StoreResult<qint64> added = await(m_store->addDevice(device));
        if (stored.isEmpty()) {
            QCOMPARE(added.error.code, StoreError::Code::InvalidInput);
            QVERIFY2(added.error.message.contains(QLatin1String("address: ")), qPrintable(added.error.message));
            return;
        }
        QVERIFY2(added.ok(), qPrintable(added.error.message));
        QCOMPARE(await(m_store->device(added.value)).value.address, stored);
    }

    void duplicatesAreRefusedNamingTheOwner()
    {
        QVERIFY(await(m_store->addDevice(sampleDevice(1))).ok());
        DeviceRecord sameName = sampleDevice(2);
        sameName.hostname = QStringLiteral("R1");
        const StoreResult<qint64> byName = await(m_store->addDevice(sameName));
        QCOMPARE(byName.error.code, StoreError::Code::Duplicate);
        QCOMPARE(byName.error.message, QStringLiteral("A device named \"r1\" already exists."));

        DeviceRecord sameEndpoint = sampleDevice(2);
        sameEndpoint.address = sampleDevice(1).address;
        const StoreResult<qint64> byEndpoint = await(m_store->addDevice(sameEndpoint));
        QCOMPARE(byEndpoint.error.code, StoreError::Code::Duplicate);
        QCOMPARE(byEndpoint.error.message, QStringLiteral("10.0.0.2:22 already belongs to device \"r1\"."));

        sameEndpoint.port = 2222; // same address, other port: a different device
        QVERIFY(await(m_store->addDevice(sameEndpoint)).ok());

        DeviceRecord v6a = sampleDevice(3);
        v6a.address = QStringLiteral("2001:db8::5");
        QVERIFY(await(m_store->addDevice(v6a)).ok());
        DeviceRecord v6b = sampleDevice(4);
        v6b.address = QStringLiteral("2001:0DB8:0000::0005");
        QCOMPARE(await(m_store->addDevice(v6b)).error.message,
                 QStringLiteral("[2001:db8::5]:22 already belongs to device \"r3\"."));

        // Editing into another device's address is refused too.
        StoreResult<DeviceRecord> r3 = await(m_store->deviceByHostname(QStringLiteral("r3")));
        r3.value.address = QStringLiteral("10.0.0.2");
        QCOMPARE(await(m_store->updateDevice(r3.value)).code, StoreError::Code::Duplicate);
        QCOMPARE(await(m_store->devices()).value.size(), 3);
    }

    void uniqueConstraintBacksTheChecks()
    {
        // Behind the friendly check, SQLite's UNIQUE constraint maps to Duplicate as well.
        QVERIFY(await(m_store->addDevice(sampleDevice(1))).ok());
        const QString path = m_dir.filePath(QStringLiteral("inventory-%1.sqlite").arg(m_databaseCounter));
        QVERIFY(slp::test::sqlExecScript(
            path,
            QStringLiteral("CREATE TRIGGER rename_on_insert BEFORE INSERT ON devices WHEN NEW.hostname = 'r9' "
                           "BEGIN INSERT INTO devices (hostname, address, port) VALUES ('r1', 'x.example', 1); END")));
        const StoreResult<qint64> added = await(m_store->addDevice(sampleDevice(9)));
        QCOMPARE(added.error.code, StoreError::Code::Duplicate);
        QVERIFY2(added.error.message.contains(QLatin1String("UNIQUE constraint failed")),
                 qPrintable(added.error.message));
    }

    void needsAUsernameOrAProfile()
    {
        DeviceRecord device = sampleDevice(1);
        device.username.clear();
        const StoreResult<qint64> added = await(m_store->addDevice(device));
        QCOMPARE(added.error.code, StoreError::Code::InvalidInput);
        QVERIFY2(added.error.message.contains(QLatin1String("username: is empty and no credential profile is given")),
                 qPrintable(added.error.message));
        device.credentialRef = QStringLiteral("missing-profile");
        const StoreResult<qint64> unknown = await(m_store->addDevice(device));
        QCOMPARE(unknown.error.code, StoreError::Code::NotFound);
        QCOMPARE(unknown.error.message,
                 QStringLiteral("Device \"r1\": There is no credential profile named \"missing-profile\"."));
    }

    void hostKeyFingerprintFollowsTheAddress()
    {
        const qint64 id = await(m_store->addDevice(sampleDevice(1))).value;
        QVERIFY(await(m_store->setHostKeyFingerprint(id, QStringLiteral("SHA256:abc123"))).ok());
        DeviceRecord device = await(m_store->device(id)).value;
        QCOMPARE(device.hostKeyFingerprint, QStringLiteral("SHA256:abc123"));
        device.site = QStringLiteral("elsewhere");
        device.hostKeyFingerprint.clear(); // a stale editor copy must not erase the known key
        QVERIFY(await(m_store->updateDevice(device)).ok());
        QCOMPARE(await(m_store->device(id)).value.hostKeyFingerprint, QStringLiteral("SHA256:abc123"));
        device.address = QStringLiteral("10.9.9.9"); // another host: its key is not known yet
        QVERIFY(await(m_store->updateDevice(device)).ok());
        QCOMPARE(await(m_store->device(id)).value.hostKeyFingerprint, QString());
        QCOMPARE(await(m_store->setHostKeyFingerprint(id + 100, QStringLiteral("SHA256:x"))).code,
                 StoreError::Code::NotFound);
    }

    void credentialProfilesCrudAndProtection()
    {
        const StoreResult<qint64> profileId = await(m_store->addCredentialProfile(labProfile()));
        QVERIFY2(profileId.ok(), qPrintable(profileId.error.message));
        CredentialProfile duplicate = labProfile();
        duplicate.name = QStringLiteral("Lab-Admin");
        QCOMPARE(await(m_store->addCredentialProfile(duplicate)).error.message,
                 QStringLiteral("A credential profile named \"lab-admin\" already exists."));

        CredentialProfile keyProfile;
        keyProfile.name = QStringLiteral("noc-key");
        keyProfile.username = QStringLiteral("noc");
        keyProfile.authMethod = CredentialProfile::AuthMethod::PublicKey;
        const StoreResult<qint64> missingKey = await(m_store->addCredentialProfile(keyProfile));
        QCOMPARE(missingKey.error.code, StoreError::Code::InvalidInput);
        QVERIFY2(
            missingKey.error.message.contains(QLatin1String("private key: is needed for public-key authentication")),
            qPrintable(missingKey.error.message));
        keyProfile.privateKeyPath = QStringLiteral("/home/noc/.ssh/id_ed25519");
        keyProfile.secretRef = QStringLiteral("bad ref");
        QVERIFY2(
            await(m_store->addCredentialProfile(keyProfile)).error.message.contains(QLatin1String("secret reference:")),
            "bad secret reference accepted");
        keyProfile.secretRef = QStringLiteral("credential/noc-key");
        QVERIFY(await(m_store->addCredentialProfile(keyProfile)).ok());

        DeviceRecord a = sampleDevice(1), b = sampleDevice(2);
        a.credentialRef = b.credentialRef = QStringLiteral("lab-admin");
        QVERIFY(await(m_store->addDevice(a)).ok());
        QVERIFY(await(m_store->addDevice(b)).ok());
        const StoreError inUse = await(m_store->removeCredentialProfile(profileId.value));
        QCOMPARE(inUse.code, StoreError::Code::InUse);
        QCOMPARE(inUse.message,
                 QStringLiteral("Credential profile \"lab-admin\" is used by 2 device(s) (e.g. \"r1\"); "
                                "assign them another profile first."));

        // Renaming a profile renames the devices' references with it.
        CredentialProfile renamed = await(m_store->credentialProfileByName(QStringLiteral("LAB-admin"))).value;
        renamed.name = QStringLiteral("lab-ops");
        QVERIFY(await(m_store->updateCredentialProfile(renamed)).ok());
        QCOMPARE(await(m_store->deviceByHostname(QStringLiteral("r2"))).value.credentialRef, QStringLiteral("lab-ops"));

        const QList<CredentialProfile> profiles = await(m_store->credentialProfiles()).value;
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).name, QStringLiteral("lab-ops"));
        QCOMPARE(profiles.at(1), [&] {
            CredentialProfile expected = keyProfile;
            expected.id = profiles.at(1).id;
            return expected;
        }());

        // Once no device uses it, it can go.
        const QList<DeviceRecord> devices = await(m_store->devices()).value;
        for (DeviceRecord device : devices) {
            device.credentialRef.clear();
            QVERIFY(await(m_store->updateDevice(device)).ok());
        }
        QVERIFY(await(m_store->removeCredentialProfile(profileId.value)).ok());
        QCOMPARE(await(m_store->credentialProfiles()).value.size(), 1);
    }

    void inventoryChangesAreAudited()
    {
        const qint64 id = await(m_store->addDevice(sampleDevice(5))).value;
        DeviceRecord device = await(m_store->device(id)).value;
        device.site = QStringLiteral("moved");
        QVERIFY(await(m_store->updateDevice(device)).ok());
        QVERIFY(await(m_store->removeDevice(id)).ok());
        QVERIFY(!await(m_store->addDevice(DeviceRecord())).ok()); // refused: not audited

        const QList<AuditEntry> log = await(m_store->auditLog()).value;
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).action, QStringLiteral("device-remove"));
        QCOMPARE(log.at(0).detail, QStringLiteral("r5 (10.0.0.6:22)"));
        QCOMPARE(log.at(0).deviceId, 0);
        QCOMPARE(log.at(1).action, QStringLiteral("device-edit"));
        QCOMPARE(log.at(2).action, QStringLiteral("device-add"));
        QCOMPARE(log.at(2).actor, QStringLiteral("tester"));
        QCOMPARE(log.at(2).outcome, QStringLiteral("ok"));
        QCOMPARE(log.at(2).detail, QStringLiteral("r5"));
        QCOMPARE(await(m_store->integrityCheck()).value, QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestStoreInventory)
#include "test_store_inventory.moc"
