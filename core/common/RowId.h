// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>

namespace cc {

/// The id of a new synced row: a random UUID, so desktops working offline never pick the same.
inline QString newRowId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace cc
