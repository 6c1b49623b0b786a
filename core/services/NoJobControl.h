// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobControl.h"

namespace cc::services {

/// For callers that neither cancel nor watch progress (CLI, tests).
class NoJobControl final : public JobControl {
public:
    bool isCanceled() const override { return false; }
    void setProgress(qint64, qint64) override { }
};

} // namespace cc::services
