#include "MainWindow.h"

#include "util/BuildInfo.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("slpconsole"));
    QApplication::setOrganizationName(QStringLiteral("slpconsole"));
    QApplication::setApplicationDisplayName(QStringLiteral("SLP Console"));
    QApplication::setApplicationVersion(slp::BuildInfo::applicationVersion());

    slp::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
