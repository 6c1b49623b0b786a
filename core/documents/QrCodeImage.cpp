// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCodeImage.h"

#include <qrencode.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace cc::documents {
namespace {

constexpr int kQuietZoneModules = 4;

} // namespace

Result<QImage> QrCodeImage::encode(const QByteArray &data, int maxVersion, int modulePixels)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return makeError(ErrorCode::InvalidInput,
            tr("cannot draw a QR code of %1 bytes: %2")
                .arg(data.size())
                .arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (code->version > maxVersion)
        return makeError(ErrorCode::InvalidInput,
            tr("%1 bytes need a QR code of version %2, larger than the %3 allowed")
                .arg(data.size())
                .arg(code->version)
                .arg(maxVersion));
    const int modules = code->width + 2 * kQuietZoneModules;
    QImage image(modules * modulePixels, modules * modulePixels, QImage::Format_Mono);
    image.setColorTable({ qRgb(255, 255, 255), qRgb(0, 0, 0) });
    image.fill(0);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < modulePixels; ++dy) {
                for (int dx = 0; dx < modulePixels; ++dx)
                    image.setPixel(
                        (x + kQuietZoneModules) * modulePixels + dx, (y + kQuietZoneModules) * modulePixels + dy, 1);
            }
        }
    }
    return image;
}

} // namespace cc::documents
