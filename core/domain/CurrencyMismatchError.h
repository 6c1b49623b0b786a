// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>

namespace cc {

/// Thrown when amounts of two currencies meet in arithmetic or comparison:
/// a programming error that must never pass silently.
class CurrencyMismatchError : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

} // namespace cc
