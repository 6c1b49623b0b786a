// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <utility>
#include <variant>

namespace cc {

/// Value or Error, for fallible core calls (exceptions never cross threads or signals).
template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Result of a call that yields nothing but may fail.
struct Ok {};
using Status = Result<Ok>;
inline Status success() { return Ok{}; }
inline Error makeError(ErrorCode code, QString detail) { return Error{code, std::move(detail)}; }

} // namespace cc
