// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cc {

/// A person at a customer who receives calls, reminders and statements.
struct Contact {
    QString name;
    QString role;
    QString email;
    QString phone;
};

} // namespace cc
