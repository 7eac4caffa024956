// LargeIntegerJson and TlsProblem: the pieces of core/cssm that need no server.
#include "cssm/CssmResults.h"
#include "cssm/LargeIntegerJson.h"

#include <QJsonObject>
#include <QtTest>

using namespace slp;

class LargeIntegerJsonTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bigIntegersBecomeExactText();
    void stringsAndSmallNumbersAreUntouched();
    void idTextReadsBothForms();
};

void LargeIntegerJsonTest::bigIntegersBecomeExactText()
{
    const QByteArray json = R"({"poll_id":18446744073709551557,"neg":-9007199254740993,"list":[9007199254740993]})";
    QCOMPARE(LargeIntegerJson::quoteLargeIntegers(json),
             QByteArray(R"({"poll_id":"18446744073709551557","neg":"-9007199254740993","list":["9007199254740993"]})"));
    const QJsonObject object = LargeIntegerJson::parse(json).object();
    QCOMPARE(cssmresults::idText(object.value(QStringLiteral("poll_id"))), QStringLiteral("18446744073709551557"));
    // Through a double the same id would read 18446744073709551616.
    QCOMPARE(QString::number(static_cast<quint64>(
                 QJsonDocument::fromJson(json).object().value(QStringLiteral("list")).toArray().first().toDouble())),
             QStringLiteral("9007199254740992"));
}

void LargeIntegerJsonTest::stringsAndSmallNumbersAreUntouched()
{
    const QByteArray json
        = R"({"a":"12345678901234567890","b":123456789012345,"c":1.5e300,"d":"x\"99999999999999999\"","e":12345678901234567.5})";
    QCOMPARE(LargeIntegerJson::quoteLargeIntegers(json), json);
}

void LargeIntegerJsonTest::idTextReadsBothForms()
{
    QCOMPARE(cssmresults::idText(QJsonValue(QStringLiteral("007"))), QStringLiteral("007"));
    QCOMPARE(cssmresults::idText(QJsonValue(123456789)), QStringLiteral("123456789"));
    QCOMPARE(cssmresults::idText(QJsonValue(1.5)), QString());
    QCOMPARE(cssmresults::idText(QJsonValue(true)), QString());
}

QTEST_GUILESS_MAIN(LargeIntegerJsonTest)
#include "test_large_integer_json.moc"
