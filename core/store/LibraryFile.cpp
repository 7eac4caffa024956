#include "LibraryFile.h"

#include "EnumText.h"

#include <array>
#include <utility>

namespace slp {

namespace {

// The words of the CHECK constraints in SchemaMigrations version3().
constexpr std::array kindNames {
    std::pair {LibraryFileKind::Rum, "rum"},
    std::pair {LibraryFileKind::Ack, "ack"},
    std::pair {LibraryFileKind::Policy, "policy"},
    std::pair {LibraryFileKind::UploadBundle, "upload_bundle"},
    std::pair {LibraryFileKind::AckBundle, "ack_bundle"},
    std::pair {LibraryFileKind::SlrAuthorization, "slr_authorization"},
    std::pair {LibraryFileKind::SlrRequest, "slr_request"},
    std::pair {LibraryFileKind::SlrConfirmation, "slr_confirmation"},
    std::pair {LibraryFileKind::SlrReturn, "slr_return"},
};

constexpr std::array stateNames {
    std::pair {LibraryFileState::Collected, "collected"}, std::pair {LibraryFileState::Bundled, "bundled"},
    std::pair {LibraryFileState::Sent, "sent"},           std::pair {LibraryFileState::Acknowledged, "acknowledged"},
    std::pair {LibraryFileState::Imported, "imported"},   std::pair {LibraryFileState::Failed, "failed"},
};

} // namespace

QString toText(LibraryFileKind kind)
{
    return enumtext::nameOf(kindNames, kind);
}

QString toText(LibraryFileState state)
{
    return enumtext::nameOf(stateNames, state);
}

std::optional<LibraryFileKind> libraryFileKindFromText(const QString &text)
{
    return enumtext::valueOf(kindNames, text);
}

std::optional<LibraryFileState> libraryFileStateFromText(const QString &text)
{
    return enumtext::valueOf(stateNames, text);
}

} // namespace slp
