// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cc::ui {

/// Who records calls, notes and decisions: the server account's user, else whoever is logged in here.
QString currentUser();

} // namespace cc::ui
