// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace cc::services {

/// What a background job sees of its caller: progress to report and a cancel flag to honour.
class JobControl {
public:
    virtual ~JobControl() = default;
    virtual bool isCanceled() const = 0;
    virtual void setProgress(qint64 done, qint64 total) = 0;
};

} // namespace cc::services
