// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cc::services {

/// What an import file holds.
enum class ImportKind { Customers, Invoices, Payments, Orders };

} // namespace cc::services
