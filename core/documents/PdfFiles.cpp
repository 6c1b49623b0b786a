// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace cc::documents {

QString PdfFiles::name(const QString &stem)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    return QString(stem).replace(unsafe, QStringLiteral("_")) + QStringLiteral(".pdf");
}

Status PdfFiles::write(const QString &path, const QByteArray &pdf)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory))
        return makeError(ErrorCode::Io, tr("cannot create the folder %1").arg(directory));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return success();
}

} // namespace cc::documents
