#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace Atelier {

/// An error as a value: a translated message for people and a technical detail for logs.
struct Error final
{
    QString message;
    QString detail;
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
