// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCsv.h"

#include "common/CsvField.h"

#include <QSaveFile>

namespace cc::documents {

QByteArray ReportCsv::bytes(const ReportTable &table)
{
    QStringList lines;
    QStringList header;
    for (const ReportTable::Column &column : table.columns)
        header << csvField(column.title);
    lines << header.join(QLatin1Char(','));
    for (int row = 0; row < table.rows.size(); ++row) {
        QStringList fields;
        for (int column = 0; column < table.columns.size(); ++column)
            fields << csvField(table.plainText(row, column));
        lines << fields.join(QLatin1Char(','));
    }
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

Status ReportCsv::write(const ReportTable &table, const QString &path)
{
    const QByteArray csv = bytes(table);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

} // namespace cc::documents
