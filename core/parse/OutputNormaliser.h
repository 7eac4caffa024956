#pragma once

#include "NormalisedOutput.h"

#include <QStringView>

namespace slp {

// Turns a raw capture (SSH exec output, an interactive session log, a pasted file) into the content
// lines the parsers read. Tolerates CRLF and lone CR, backspaces and ANSI escapes from pagers,
// `--More--`, `..!`/`..`/`.` noise, blank lines holding spaces, the `Tue Mar 19 16:48:28.589 UTC`
// line IOS XR prints first, `Load for ...`/`Time source is ...` banners, a command echo
// (`Router# show ...`, `RP/0/RSP0/CPU0:name#show ...`) and a trailing prompt.
class OutputNormaliser
{
public:
    static NormalisedOutput normalise(QStringView text);

    // `RP/0/RSP0/CPU0:router#show license all` or `Router>`: true, with what was typed after it.
    static bool isPromptLine(QStringView line, QStringView *command);
    // `Tue Mar 19 16:48:28.589 UTC`
    static bool isTimestampLine(QStringView line);
};

} // namespace slp
