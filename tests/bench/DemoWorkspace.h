// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestWorkspace.h"
#include "services/DemoGenerator.h"
#include "services/NoJobControl.h"

#include <QDate>
#include <cstdlib>

namespace cc::test {

/// The day every benchmark's demo data ends on.
inline const QDate kBenchmarkToday(2026, 11, 23);

/// A new workspace with demo data ending on kBenchmarkToday, kept for the whole run (benchmarks
/// share it through a function-local static); a benchmark without its data cannot run at all.
inline TestWorkspace *demoWorkspace(qint64 invoices, int customers, quint64 seed = 1)
{
    auto *created = new TestWorkspace;
    services::NoJobControl control;
    if (!services::DemoGenerator::generate(
            created->workspace(), { invoices, customers, seed, kBenchmarkToday }, control)
             .ok())
        std::abort();
    return created;
}

} // namespace cc::test
