#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace Atelier {

/// What kind of failure an Error is, independent of the language its message is written in: views and stored
/// rows decide by the code (a French sentence and an English one mean the same failure). Stable: the names are
/// stored (errorCodeName) in `error_code` columns, so values may be added but never renamed.
enum class ErrorCode {
    Unspecified,   ///< not classified (old rows, and errors nothing decides on)
    InvalidInput,  ///< what was asked is malformed or out of range
    NotFound,
    AlreadyExists,
    PermissionDenied,
    Conflict,      ///< someone else changed it first, or it is in a state that does not allow this
    Corrupt,       ///< stored data that cannot be read (a damaged row, a file that is not what it says)
    Database,      ///< the database failed or could not be reached
    Cancelled,
    Lapsed,        ///< the desktop running a job stopped before it finished, no attempts left
    QuotaExceeded, ///< the brand's monthly credits are used up
    Unsafe,        ///< the provider refused the content
    NoCredits,     ///< the provider account has no credits
    NoKey,         ///< no usable API key
    KeyRefused,    ///< the provider refused the key
    RateLimited,
    Timeout,
    Network,
    WrongKind,     ///< the provider cannot make this kind of result
    NoSource,      ///< a source image is needed
    BadAddress,    ///< a provider base URL is not a web address
    BadSize,
    Unreadable,    ///< the provider's answer could not be used
    ServerError,   ///< the provider failed (5xx)
    BadRequest,    ///< the provider refused the request (4xx)
};

/// The stable English identifier of a code ("rate_limited"), as stored and printed in CSV/JSON.
QString errorCodeName(ErrorCode code);
/// The code of a stored identifier; Unspecified for an empty or unknown one.
ErrorCode errorCodeFromName(const QString &name);

/// An error as a value: a translated message for people, a technical detail for logs, and a code for decisions.
struct Error final
{
    QString message;
    QString detail;
    ErrorCode code = ErrorCode::Unspecified;
};

/// Either a value or an Error; services return it instead of throwing or failing silently.
template<typename T>
class Result final
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// The result of an operation that has no value besides success.
struct Done final
{
};

using Status = Result<Done>;

} // namespace Atelier
