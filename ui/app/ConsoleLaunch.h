#pragma once

#include <QString>
#include <QStringList>

namespace slp::ui {

// What `slpconsole` does from main(): checks for a display, reads the command line, installs the
// translations, and runs the console on the admin's database or on the demo lab.
class ConsoleLaunch
{
public:
    struct Options
    {
        bool demoLab = false;
        QString database; // empty: Store::defaultPath()
        QString language; // empty: the Settings choice, else the system's
        QString screenshotDir; // demo lab only: save screenshots there and quit
    };

    static int run(int argc, char *argv[]);

    // Empty when a display is reachable, else what to do instead (printed before Qt aborts on it).
    static QString missingDisplayMessage();
};

} // namespace slp::ui
