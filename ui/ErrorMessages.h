// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>

class QWidget;

namespace cc::ui {

/// Turns core errors into translated sentences for people; the core's detail names the
/// concrete file, key or field and is appended as it is.
class ErrorMessages {
    Q_DECLARE_TR_FUNCTIONS(cc::ui::ErrorMessages)
public:
    /// One sentence naming the kind of problem, e.g. "The workspace could not be unlocked."
    static QString summary(ErrorCode code);
    /// Summary and detail, for a status bar or a log line.
    static QString describe(const Error &error);
    /// Shows a window-modal warning without blocking the caller (no nested event loop).
    static void show(QWidget *parent, const QString &title, const Error &error);
};

} // namespace cc::ui
