// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportXlsx.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <filesystem>
#include <xlsxwriter.h>

namespace cc::documents {

namespace {

/// Excel's number format for amounts of a currency: grouped, its minor digits, its code.
QByteArray amountFormat(const Currency &currency)
{
    const QByteArray decimals = currency.minorDigits() > 0 ? "." + QByteArray(currency.minorDigits(), '0') : "";
    return "#,##0" + decimals + " \"" + currency.code().toLatin1() + "\";-#,##0" + decimals + " \""
        + currency.code().toLatin1() + "\"";
}

/// Sheet names: at most 31 characters, none of []:*?/\.
QByteArray sheetName(const QString &title)
{
    QString name = title;
    name.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral(" "));
    name = name.left(31).trimmed();
    return (name.isEmpty() ? QStringLiteral("Report") : name).toUtf8();
}

} // namespace

Status ReportXlsx::write(const ReportTable &table, const QString &path)
{
    const QString partial = path + QStringLiteral(".partial");
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook *workbook = workbook_new(partialName.constData());
    if (!workbook)
        return makeError(ErrorCode::Io, tr("cannot write %1").arg(path));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName(table.title).constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *titleFormat = workbook_add_format(workbook);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    QHash<QString, lxw_format *> amountFormats;
    QHash<int, lxw_format *> numberFormats;

    worksheet_write_string(sheet, 0, 0, table.title.toUtf8().constData(), titleFormat);
    worksheet_write_string(sheet, 1, 0, table.subtitle.toUtf8().constData(), nullptr);
    constexpr lxw_row_t HeaderRow = 3;
    for (int column = 0; column < table.columns.size(); ++column) {
        const ReportTable::Column &spec = table.columns[column];
        worksheet_write_string(sheet, HeaderRow, lxw_col_t(column), spec.title.toUtf8().constData(), bold);
        worksheet_set_column(
            sheet, lxw_col_t(column), lxw_col_t(column), spec.kind == ReportTable::Kind::Text ? 28 : 16, nullptr);
    }
    worksheet_freeze_panes(sheet, HeaderRow + 1, 0);
    for (int row = 0; row < table.rows.size(); ++row) {
        const lxw_row_t at = HeaderRow + 1 + lxw_row_t(row);
        for (int column = 0; column < table.columns.size(); ++column) {
            const ReportTable::Cell &cell = table.rows[row][column];
            const lxw_col_t col = lxw_col_t(column);
            if (const auto *text = std::get_if<QString>(&cell)) {
                worksheet_write_string(sheet, at, col, text->toUtf8().constData(), nullptr);
            } else if (const auto *date = std::get_if<QDate>(&cell)) {
                lxw_datetime value { date->year(), date->month(), date->day(), 0, 0, 0 };
                worksheet_write_datetime(sheet, at, col, &value, dateFormat);
            } else if (const auto *money = std::get_if<Money>(&cell)) {
                lxw_format *&format = amountFormats[money->currency().code()];
                if (!format) {
                    format = workbook_add_format(workbook);
                    format_set_num_format(format, amountFormat(money->currency()).constData());
                }
                worksheet_write_number(
                    sheet, at, col, double(money->minorUnits()) / double(money->currency().minorPerMajor()), format);
            } else if (const auto *number = std::get_if<double>(&cell)) {
                const int decimals = table.columns[column].decimals;
                lxw_format *&format = numberFormats[decimals];
                if (!format) {
                    format = workbook_add_format(workbook);
                    format_set_num_format(format,
                        ("#,##0" + (decimals > 0 ? "." + QByteArray(decimals, '0') : QByteArray())).constData());
                }
                worksheet_write_number(sheet, at, col, *number, format);
            }
        }
    }
    if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    }
    std::error_code moved;
    std::filesystem::rename(std::filesystem::path(partialName.toStdString()),
        std::filesystem::path(QFile::encodeName(path).toStdString()), moved);
    if (moved) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(path, QString::fromStdString(moved.message())));
    }
    return success();
}

} // namespace cc::documents
