// CSSM settings in the `settings` table: round trip through a real SQLite file (reopened), partial
// updates clearing keys, the proxy forms, and that no secret ever reaches the database.
#include "StoreTestSupport.h"
#include "store/CssmSettingsStore.h"
#include "store/Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace slp;
using slp::test::await;

class TestCssmSettingsStore : public QObject
{
    Q_OBJECT

private slots:
    void nothingStoredIsNotConfigured()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(await(store.open(dir.filePath(QStringLiteral("s.sqlite")))).ok());
        const auto loaded = await(CssmSettingsStore(store).load());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
        QVERIFY(!loaded.value.has_value());
        QVERIFY(CssmSettingsStore::notConfiguredMessage().contains(QStringLiteral("slpctl cssm configure")));
    }

    void roundTripSurvivesReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        CssmSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:4443/services/api/smart-accounts-and-licensing/"));
        settings.tokenUrl = QUrl(QStringLiteral("https://127.0.0.1:4443/as/token.oauth2"));
        settings.tenant = QStringLiteral("onprem_1");
        settings.smartAccountId = QStringLiteral("9007199254740993"); // above 2^53: must stay exact text
        settings.smartAccountDomain = QStringLiteral("lab.example.com");
        settings.virtualAccountId = QStringLiteral("9007199254740995");
        settings.virtualAccountName = QStringLiteral("Core");
        settings.clientId = QStringLiteral("cssmsim-client");
        settings.clientSecretReference = QStringLiteral("something/else"); // not stored: always the fixed one
        settings.caBundleFile = dir.filePath(QStringLiteral("ca.pem"));
        settings.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy.lab"), 3128);
        settings.pollIntervalScale = 0.01;
        {
            Store store;
            QVERIFY(await(store.open(path)).ok());
            QVERIFY(await(CssmSettingsStore(store).save(settings)).ok());
        }
        Store store;
        QVERIFY(await(store.open(path)).ok());
        const auto loaded = await(CssmSettingsStore(store).load());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
        QVERIFY(loaded.value.has_value());
        const CssmSettings &read = *loaded.value;
        QCOMPARE(read.baseUrl, settings.baseUrl);
        QCOMPARE(read.tokenUrl, settings.tokenUrl);
        QCOMPARE(read.tenant, settings.tenant);
        QCOMPARE(read.smartAccountId, QStringLiteral("9007199254740993"));
        QCOMPARE(read.smartAccountDomain, settings.smartAccountDomain);
        QCOMPARE(read.virtualAccountId, QStringLiteral("9007199254740995"));
        QCOMPARE(read.virtualAccountName, settings.virtualAccountName);
        QCOMPARE(read.clientId, settings.clientId);
        QCOMPARE(read.clientSecretReference, QStringLiteral("cssm/client-secret"));
        QCOMPARE(read.caBundleFile, settings.caBundleFile);
        QCOMPARE(read.proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(read.proxy.hostName(), QStringLiteral("proxy.lab"));
        QCOMPARE(read.proxy.port(), quint16(3128));
        QCOMPARE(read.pollIntervalScale, 0.01);
        QVERIFY(CssmSettingsStore::isConfigured(read));

        // Clearing a field removes its key; the rest stays.
        CssmSettings cleared = read;
        cleared.tenant.clear();
        cleared.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        QVERIFY(await(CssmSettingsStore(store).save(cleared)).ok());
        const auto again = await(CssmSettingsStore(store).load());
        QVERIFY(again.value.has_value());
        QVERIFY(again.value->tenant.isEmpty());
        QCOMPARE(again.value->proxy.type(), QNetworkProxy::NoProxy);
        QCOMPARE(again.value->clientId, settings.clientId);
        cleared.clientId.clear();
        QVERIFY(!CssmSettingsStore::isConfigured(cleared));
    }

    void proxyTextForms()
    {
        QCOMPARE(CssmSettingsStore::proxyFromText(QString())->type(), QNetworkProxy::DefaultProxy);
        QCOMPARE(CssmSettingsStore::proxyFromText(QStringLiteral("none"))->type(), QNetworkProxy::NoProxy);
        const auto socks = CssmSettingsStore::proxyFromText(QStringLiteral("socks5://gw.lab:1081"));
        QVERIFY(socks);
        QCOMPARE(socks->type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(socks->port(), quint16(1081));
        QCOMPARE(CssmSettingsStore::proxyText(*socks), QStringLiteral("socks5://gw.lab:1081"));
        // A password in the URL would land in the database: refused.
        QVERIFY(!CssmSettingsStore::proxyFromText(QStringLiteral("http://user:pw@gw.lab:3128")));
        QVERIFY(!CssmSettingsStore::proxyFromText(QStringLiteral("ftp://gw.lab")));
        QVERIFY(!CssmSettingsStore::proxyFromText(QStringLiteral("gw.lab")));
    }
};

QTEST_GUILESS_MAIN(TestCssmSettingsStore)
#include "test_cssm_settings_store.moc"
