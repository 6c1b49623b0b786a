// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QImage>

namespace cc::documents {

/// A QR code as a black-and-white image, drawn by libqrencode: bytes in 8-bit mode at
/// error-correction level M (what the EPC GiroCode asks for), with the four-module quiet
/// zone scanners need.
class QrCodeImage {
    Q_DECLARE_TR_FUNCTIONS(QrCodeImage)

public:
    /// `maxVersion` bounds the symbol size (GiroCode: 13); `modulePixels` is each module's size.
    static Result<QImage> encode(const QByteArray &data, int maxVersion, int modulePixels);
};

} // namespace cc::documents
