#pragma once

#include <QByteArray>
#include <QString>

namespace slp::test {

// Absolute path of a file under tests/fixtures/.
QString fixturePath(const QString &relativePath);

// Contents of a fixture; fails the current test (QFAIL-style message on stderr) and returns an
// empty array when it cannot be read.
QByteArray readFixture(const QString &relativePath);

// Absolute path of a built executable (e.g. "slpctl", "xrsim") in the build tree.
QString builtExecutable(const QString &name);

} // namespace slp::test
