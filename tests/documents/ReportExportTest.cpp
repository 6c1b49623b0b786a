// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "documents/ReportCsv.h"
#include "documents/ReportPdf.h"
#include "documents/ReportXlsx.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;
using documents::ReportTable;

namespace {

ReportTable sampleTable()
{
    ReportTable table;
    table.title = QStringLiteral("Top overdue customers");
    table.subtitle = QStringLiteral("As of 2026-11-23, in EUR");
    table.columns = { { QStringLiteral("Customer"), ReportTable::Kind::Text },
        { QStringLiteral("Oldest due"), ReportTable::Kind::Date },
        { QStringLiteral("Overdue"), ReportTable::Kind::Amount },
        { QStringLiteral("DSO"), ReportTable::Kind::Number, 1 } };
    table.rows = {
        { QStringLiteral("Müller, \"Söhne\" & Co"), QDate(2026, 9, 30), money("1234567.89", "EUR"), 61.25 },
        { QStringLiteral("Yamada K.K."), QDate(2026, 10, 1), money("98765", "JPY"), std::monostate {} },
        { QStringLiteral("Credit Ltd"), QDate(2026, 11, 2), money("-0.01", "EUR"), 0.0 },
    };
    return table;
}

QString run(const QString &program, const QStringList &arguments, const QString &directory = {})
{
    QProcess process;
    if (!directory.isEmpty())
        process.setWorkingDirectory(directory);
    process.start(program, arguments);
    if (!process.waitForFinished(120'000))
        return QStringLiteral("%1 did not finish").arg(program);
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace

TEST(ReportExport, CsvHasAHeaderIsoDatesPlainAmountsAndQuotesWhereNeeded)
{
    const QByteArray csv = documents::ReportCsv::bytes(sampleTable());
    EXPECT_EQ(csv,
        QByteArray("Customer,Oldest due,Overdue,DSO\r\n"
                   "\"Müller, \"\"Söhne\"\" & Co\",2026-09-30,1234567.89,61.3\r\n"
                   "Yamada K.K.,2026-10-01,98765,\r\n"
                   "Credit Ltd,2026-11-02,-0.01,0.0\r\n"));
}

TEST(ReportExport, XlsxOpensInLibreOfficeAndItsValuesRoundTrip)
{
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("overdue.xlsx"));
    ASSERT_TRUE(documents::ReportXlsx::write(sampleTable(), xlsx).ok());
    EXPECT_FALSE(QFile::exists(xlsx + QStringLiteral(".partial")));
    // Values as stored, not as shown (token 9 of the CSV filter options), comma-separated, UTF-8.
    const QString log = run(QStringLiteral("libreoffice"),
        { QStringLiteral("-env:UserInstallation=file://%1/profile").arg(dir.path()), QStringLiteral("--headless"),
            QStringLiteral("--convert-to"),
            QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false"),
            QStringLiteral("--outdir"), dir.path(), xlsx });
    QFile converted(dir.filePath(QStringLiteral("overdue.csv")));
    ASSERT_TRUE(converted.open(QIODevice::ReadOnly)) << qPrintable(log);
    const QStringList lines = QString::fromUtf8(converted.readAll()).split(QRegularExpression(QStringLiteral("\r?\n")));
    ASSERT_GE(lines.size(), 7) << qPrintable(lines.join(QLatin1Char('\n')));
    EXPECT_EQ(lines[0].section(QLatin1Char(','), 0, 0), QStringLiteral("Top overdue customers"));
    EXPECT_EQ(lines[3], QStringLiteral("Customer,Oldest due,Overdue,DSO"));
    EXPECT_TRUE(lines[4].startsWith(QStringLiteral("\"Müller, \"\"Söhne\"\" & Co\",")));
    const QStringList first = lines[4].split(QStringLiteral("Co\","))[1].split(QLatin1Char(','));
    ASSERT_EQ(first.size(), 3) << qPrintable(lines[4]);
    EXPECT_EQ(first[0], QStringLiteral("2026-09-30")) << "a date cell in the date format";
    EXPECT_EQ(first[1].toDouble(), 1234567.89);
    EXPECT_EQ(first[2].toDouble(), 61.25);
    EXPECT_EQ(lines[5], QStringLiteral("Yamada K.K.,2026-10-01,98765,"));
    EXPECT_EQ(lines[6], QStringLiteral("Credit Ltd,2026-11-02,-0.01,0"));

    // The currency formats, as stored in the workbook's styles.
    const QString styles = run(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('xl/styles.xml').decode())"),
            xlsx });
    EXPECT_TRUE(styles.contains(QStringLiteral("#,##0.00 &quot;EUR&quot;"))) << qPrintable(styles);
    EXPECT_TRUE(styles.contains(QStringLiteral("#,##0 &quot;JPY&quot;"))) << "yen have no minor digits";
}

TEST(ReportExport, PdfShowsTheTableInTheReadersLocale)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("overdue.pdf"));
    ASSERT_TRUE(documents::ReportPdf::write(sampleTable(), path, QLocale(QLocale::German, QLocale::Germany)).ok());
    const QString text = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    EXPECT_TRUE(text.contains(QStringLiteral("Top overdue customers"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Müller, \"Söhne\" & Co"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("1.234.567,89"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("30.09.2026"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("61,3"))) << qPrintable(text);
}

TEST(ReportExport, AnUnwritableFolderIsNamedAndLeavesNothing)
{
    const QString path = QStringLiteral("/nonexistent-folder/overdue.xlsx");
    const Status written = documents::ReportXlsx::write(sampleTable(), path);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().detail.contains(path)) << qPrintable(written.error().detail);
    EXPECT_FALSE(documents::ReportCsv::write(sampleTable(), QStringLiteral("/nonexistent-folder/x.csv")).ok());
}
