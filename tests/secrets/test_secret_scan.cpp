// The leak scanner finds a planted secret in every encoding a leak would take, and nothing in a
// clean tree.
#include "SecretScan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using slp::test::findPlantedSecret;

class TestSecretScan : public QObject
{
    Q_OBJECT

private:
    static void writeFile(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }

    const QByteArray m_secret = "Pl4nted-S3cret!";

private slots:
    void cleanTreeHasNoHits()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("a.txt")), "nothing to see here Pl4nted-S3cre");
        writeFile(dir.filePath(QStringLiteral("sub/b.bin")), QByteArray(1000, 'x'));
        QCOMPARE(findPlantedSecret(dir.path(), m_secret).size(), 0);
    }

    void findsEachEncoding_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("raw") << (QByteArray("password=") + m_secret + "\n") << QStringLiteral("raw");
        const QString text = QString::fromUtf8(m_secret);
        QTest::newRow("utf-16le") << QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)
                                  << QStringLiteral("utf-16le");
        QTest::newRow("hex") << (QByteArray("x=") + m_secret.toHex()) << QStringLiteral("hex");
        QTest::newRow("percent") << (QByteArray("p=") + m_secret.toPercentEncoding()) << QStringLiteral("percent");
        for (int shift = 0; shift < 3; ++shift) {
            const QByteArray plain = QByteArray("abc").left(shift) + m_secret + "tail";
            const QByteArray stream = plain.toBase64();
            QTest::addRow("base64 shift %d", shift)
                << (QByteArray("{\"blob\":\"") + stream + "\"}") << QStringLiteral("base64");
        }
    }

    void findsEachEncoding()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, encoding);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deep/er/.hidden"));
        writeFile(path, content);
        const auto hits = findPlantedSecret(dir.path(), m_secret);
        QVERIFY2(!hits.isEmpty(), qPrintable(encoding));
        QCOMPARE(hits.first().filePath, path);
        bool sawEncoding = false;
        for (const auto &hit : hits)
            sawEncoding = sawEncoding || hit.encoding == encoding;
        QVERIFY2(sawEncoding, qPrintable(slp::test::describeHits(hits)));
    }

    void findsSecretAcrossChunkBoundary()
    {
        QTemporaryDir dir;
        const qsizetype chunk = 4 * 1024 * 1024;
        QByteArray content(chunk - 5, 'z');
        content += m_secret;
        content += QByteArray(100, 'z');
        writeFile(dir.filePath(QStringLiteral("big.db")), content);
        const auto hits = findPlantedSecret(dir.path(), m_secret);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().encoding, QStringLiteral("raw"));
        QCOMPARE(hits.first().offset, chunk - 5);
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "test_secret_scan.moc"
