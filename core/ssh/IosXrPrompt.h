#pragma once

#include <QString>
#include <QStringView>

namespace slp {

// Recognises the IOS XR CLI prompt ("RP/0/RSP0/CPU0:r1#", "RP/0/RSP0/CPU0:r1(config)#", or any
// "...#" at the end of the received text) in normalized shell output.
class IosXrPrompt
{
public:
    // The prompt standing as the last, unterminated line of `text`, or an empty string when the text
    // does not end with one (trailing spaces after '#' are allowed).
    static QString trailingPrompt(QStringView text);

    // The prompt without its mode and '#': "RP/0/RSP0/CPU0:r1" for "RP/0/RSP0/CPU0:r1(config)#".
    static QString baseOf(const QString &prompt);

    // True when `text` ends with a prompt of the router whose base prompt is `base`, in any mode.
    static bool endsWithPromptOf(QStringView text, const QString &base);

    // True when the last line of `text` is a pager marker ("--More--" / " --More-- ").
    static bool endsWithMorePrompt(QStringView text);
    // True when the text ends with a confirmation question such as "Do you want to continue? [yes/no]: "
    // or "[confirm]", which the router waits to have answered.
    static bool endsWithQuestion(QStringView text);
    // True when `line` is nothing but a pager marker.
    static bool isMoreMarker(QStringView line);

    // `text` without its last line (the prompt or pager marker); keeps the newline before it.
    static QString withoutLastLine(const QString &text);
};

} // namespace slp
