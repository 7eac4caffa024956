#include "ShowCommand.h"

#include "TextMatch.h"

#include <QList>

#include <array>

namespace slp {

QString showCommandText(ShowCommand command)
{
    switch (command) {
    case ShowCommand::Status:
        return QStringLiteral("show license status");
    case ShowCommand::Summary:
        return QStringLiteral("show license summary");
    case ShowCommand::Usage:
        return QStringLiteral("show license usage");
    case ShowCommand::All:
        return QStringLiteral("show license all");
    case ShowCommand::Udi:
        return QStringLiteral("show license udi");
    case ShowCommand::Reservation:
        return QStringLiteral("show license reservation");
    case ShowCommand::PlatformSummary:
        return QStringLiteral("show license platform summary");
    case ShowCommand::PlatformDetail:
        return QStringLiteral("show license platform detail");
    case ShowCommand::RumIdAll:
        return QStringLiteral("show license rum id all");
    case ShowCommand::RumIdDetail:
        return QStringLiteral("show license rum id <id> detail");
    case ShowCommand::Unknown:
        break;
    }
    return {};
}

namespace {

// IOS accepts any unambiguous prefix of a keyword: `word` abbreviates `keyword` when it is a
// non-empty prefix of it.
bool abbreviates(QStringView word, QLatin1String keyword, qsizetype minimumLength = 1)
{
    return word.size() >= minimumLength && word.size() <= keyword.size()
        && QLatin1String(keyword.data(), word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

// The keywords that may follow `show license` on IOS XR and IOS XE, including the ones the
// console does not read, so that an abbreviation is only accepted when it is unambiguous.
constexpr std::array<QLatin1String, 14> licenseKeywords {
    QLatin1String("all"),     QLatin1String("authorization"), QLatin1String("data"),     QLatin1String("eventlog"),
    QLatin1String("history"), QLatin1String("hostname"),      QLatin1String("platform"), QLatin1String("reservation"),
    QLatin1String("rum"),     QLatin1String("status"),        QLatin1String("summary"),  QLatin1String("tech"),
    QLatin1String("udi"),     QLatin1String("usage"),
};

// The keyword `word` stands for, or an empty string when it is unknown or ambiguous.
QLatin1String licenseKeyword(QStringView word)
{
    QLatin1String found;
    for (const QLatin1String keyword : licenseKeywords) {
        if (word.compare(keyword, Qt::CaseInsensitive) == 0)
            return keyword; // an exact word beats being a prefix of a longer one
        if (abbreviates(word, keyword)) {
            if (found.size() > 0)
                return {};
            found = keyword;
        }
    }
    return found;
}

std::optional<ShowCommand> rumCommand(const QList<QStringView> &words)
{
    // show license rum id {all | <id>} [detail]
    if (words.size() < 5 || !abbreviates(words[3], QLatin1String("id")))
        return std::nullopt;
    const bool all = abbreviates(words[4], QLatin1String("all"));
    if (!all && !text::isAllDigits(words[4]))
        return std::nullopt;
    if (words.size() == 5)
        return ShowCommand::RumIdAll;
    if (words.size() == 6 && abbreviates(words[5], QLatin1String("detail")))
        return ShowCommand::RumIdDetail;
    return std::nullopt;
}

} // namespace

std::optional<ShowCommand> showCommandFromText(QStringView text)
{
    const qsizetype pipe = text.indexOf(u'|');
    if (pipe >= 0)
        text = text.left(pipe);
    const QList<QStringView> words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 3 || !abbreviates(words[0], QLatin1String("show"), 2)
        || !abbreviates(words[1], QLatin1String("license"), 3))
        return std::nullopt;
    const QLatin1String keyword = licenseKeyword(words[2]);
    if (keyword == QLatin1String("rum"))
        return rumCommand(words);
    if (keyword == QLatin1String("platform")) {
        if (words.size() != 4)
            return std::nullopt;
        if (abbreviates(words[3], QLatin1String("summary")))
            return ShowCommand::PlatformSummary;
        if (abbreviates(words[3], QLatin1String("detail")))
            return ShowCommand::PlatformDetail;
        return std::nullopt;
    }
    if (words.size() != 3)
        return std::nullopt;
    if (keyword == QLatin1String("status"))
        return ShowCommand::Status;
    if (keyword == QLatin1String("summary"))
        return ShowCommand::Summary;
    if (keyword == QLatin1String("usage"))
        return ShowCommand::Usage;
    if (keyword == QLatin1String("all"))
        return ShowCommand::All;
    if (keyword == QLatin1String("udi"))
        return ShowCommand::Udi;
    if (keyword == QLatin1String("reservation"))
        return ShowCommand::Reservation;
    return std::nullopt;
}

} // namespace slp
