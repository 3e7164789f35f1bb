#include "core/result.h"

#include <array>
#include <utility>

namespace Atelier {

namespace {
// In the enum's order; the names are stored, so they never change.
constexpr std::array<std::pair<ErrorCode, const char *>, 25> kNames = {{
    {ErrorCode::Unspecified, ""},
    {ErrorCode::InvalidInput, "invalid_input"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::AlreadyExists, "already_exists"},
    {ErrorCode::PermissionDenied, "permission_denied"},
    {ErrorCode::Conflict, "conflict"},
    {ErrorCode::Corrupt, "corrupt"},
    {ErrorCode::Database, "database"},
    {ErrorCode::Cancelled, "cancelled"},
    {ErrorCode::Lapsed, "lapsed"},
    {ErrorCode::QuotaExceeded, "quota_exceeded"},
    {ErrorCode::Unsafe, "unsafe"},
    {ErrorCode::NoCredits, "no_credits"},
    {ErrorCode::NoKey, "no_key"},
    {ErrorCode::KeyRefused, "key_refused"},
    {ErrorCode::RateLimited, "rate_limited"},
    {ErrorCode::Timeout, "timeout"},
    {ErrorCode::Network, "network"},
    {ErrorCode::WrongKind, "wrong_kind"},
    {ErrorCode::NoSource, "no_source"},
    {ErrorCode::BadAddress, "bad_address"},
    {ErrorCode::BadSize, "bad_size"},
    {ErrorCode::Unreadable, "unreadable"},
    {ErrorCode::ServerError, "server_error"},
    {ErrorCode::BadRequest, "bad_request"},
}};
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &[c, name] : kNames)
        if (c == code)
            return QString::fromLatin1(name);
    return {};
}

ErrorCode errorCodeFromName(const QString &name)
{
    if (name.isEmpty())
        return ErrorCode::Unspecified;
    for (const auto &[c, n] : kNames)
        if (name == QLatin1String(n))
            return c;
    return ErrorCode::Unspecified;
}

} // namespace Atelier
