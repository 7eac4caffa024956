#pragma once

#include <QByteArray>
#include <QDebug>
#include <QString>

class QDebug;

namespace slp {

// A password, passphrase or token. It only hands out its clear text through reveal*(), so every
// place that needs it says so, and it has no QDebug operator: `qDebug() << secret` does not
// compile. The bytes are wiped when the last copy goes away.
class Secret
{
public:
    Secret() = default;
    explicit Secret(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }
    static Secret fromString(const QString &text) { return Secret(text.toUtf8()); }

    Secret(const Secret &) = default;
    Secret(Secret &&) noexcept = default;
    Secret &operator=(const Secret &other);
    Secret &operator=(Secret &&other) noexcept;
    ~Secret();

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }

    const QByteArray &revealBytes() const { return m_bytes; }
    QString revealString() const { return QString::fromUtf8(m_bytes); }

    // Constant-time comparison, so that checking a secret does not leak how much of it matched.
    bool operator==(const Secret &other) const;

private:
    void wipe();

    QByteArray m_bytes;
};

QDebug operator<<(QDebug, const Secret &) = delete;

} // namespace slp
