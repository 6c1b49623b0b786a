// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace cc::documents {

/// Where generated PDFs go: names safe on every file system, written whole or not at all,
/// so a half-written PDF never lies in the folder.
class PdfFiles {
    Q_DECLARE_TR_FUNCTIONS(PdfFiles)

public:
    /// `stem` with anything but letters, digits, '.', '_' and '-' replaced, plus ".pdf".
    static QString name(const QString &stem);
    /// Creates the folder when needed and writes `pdf` to `path`.
    static Status write(const QString &path, const QByteArray &pdf);
};

} // namespace cc::documents
