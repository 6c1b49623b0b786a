// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPdf.h"

#include "HtmlPage.h"
#include "PdfFiles.h"
#include "services/MoneyFormatter.h"

namespace cc::documents {

QString ReportPdf::html(const ReportTable &table, const QLocale &locale)
{
    const services::MoneyFormatter formatter(locale);
    QString html = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; font-size: 9pt\">"
                                  "<h2>%1</h2><p>%2</p>"
                                  "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\"><thead><tr>")
                       .arg(table.title.toHtmlEscaped(), table.subtitle.toHtmlEscaped());
    for (const ReportTable::Column &column : table.columns) {
        const bool text = column.kind == ReportTable::Kind::Text;
        html += QStringLiteral("<th align=\"%1\" style=\"border-bottom: 1px solid #444\">%2</th>")
                    .arg(text ? QStringLiteral("left") : QStringLiteral("right"), column.title.toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead>");
    for (int row = 0; row < table.rows.size(); ++row) {
        html += row % 2 ? QStringLiteral("<tr style=\"background-color: #f2f2f2\">") : QStringLiteral("<tr>");
        for (int column = 0; column < table.columns.size(); ++column) {
            const ReportTable::Cell &cell = table.rows[row][column];
            QString text;
            if (const auto *plain = std::get_if<QString>(&cell))
                text = *plain;
            else if (const auto *date = std::get_if<QDate>(&cell))
                text = formatter.documentDate(*date);
            else if (const auto *money = std::get_if<Money>(&cell))
                text = formatter.format(*money);
            else if (const auto *number = std::get_if<double>(&cell))
                text = locale.toString(*number, 'f', table.columns[column].decimals);
            const bool left = table.columns[column].kind == ReportTable::Kind::Text;
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(left ? QStringLiteral("left") : QStringLiteral("right"), text.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table></body></html>");
}

Result<QByteArray> ReportPdf::pdf(const ReportTable &table, const QLocale &locale)
{
    HtmlPage page;
    page.setHtml(html(table, locale));
    return page.toPdf(table.title);
}

Status ReportPdf::write(const ReportTable &table, const QString &path, const QLocale &locale)
{
    auto bytes = pdf(table, locale);
    if (!bytes)
        return bytes.error();
    return PdfFiles::write(path, *bytes);
}

} // namespace cc::documents
