// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CsvReader.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::services;

namespace {

struct ReadAll {
    QList<CsvRecord> records;
    std::optional<Error> error;
};

ReadAll readAll(CsvReader &reader)
{
    ReadAll result;
    while (true) {
        auto record = reader.next();
        if (!record) {
            result.error = record.error();
            return result;
        }
        if (!*record)
            return result;
        result.records.append(**record);
    }
}

ReadAll readAll(const QByteArray &bytes, std::optional<QChar> delimiter = std::nullopt)
{
    CsvReader reader = CsvReader::fromBytes(bytes, delimiter);
    return readAll(reader);
}

} // namespace

TEST(CsvReader, SkipsBomAndHandlesCrlfQuotesAndEmbeddedLineBreaks)
{
    const auto result = readAll("\xEF\xBB\xBFid,name,note\r\n"
                                "1,\"Acme, Inc.\",plain\r\n"
                                "2,\"two\r\nlines \"\"quoted\"\"\",\r\n"
                                "3,last,x");
    ASSERT_FALSE(result.error);
    ASSERT_EQ(result.records.size(), 4);
    EXPECT_EQ(result.records[0].fields, (QStringList { "id", "name", "note" }))
        << "the BOM must not stick to the first header";
    EXPECT_EQ(result.records[0].line, 1);
    EXPECT_EQ(result.records[1].fields, (QStringList{"1", "Acme, Inc.", "plain"}));
    EXPECT_EQ(result.records[2].fields, (QStringList{"2", "two\r\nlines \"quoted\"", ""}));
    EXPECT_EQ(result.records[2].line, 3);
    EXPECT_EQ(result.records[3].fields, (QStringList{"3", "last", "x"}));
    EXPECT_EQ(result.records[3].line, 5) << "physical lines, counting the line break inside the quotes";
}

TEST(CsvReader, DetectsTheDelimiterFromTheHeaderLine)
{
    CsvReader semicolon = CsvReader::fromBytes("a;b;c\n1,5;2;3\n");
    EXPECT_EQ(semicolon.delimiter(), QLatin1Char(';'));
    EXPECT_EQ(readAll(semicolon).records.value(1).fields, (QStringList{"1,5", "2", "3"}));

    EXPECT_EQ(CsvReader::fromBytes("a\tb\tc\n").delimiter(), QLatin1Char('\t'));
    EXPECT_EQ(CsvReader::fromBytes("\"x;y;z\",b\n").delimiter(), QLatin1Char(',')) << "quoted delimiters do not count";
    EXPECT_EQ(CsvReader::fromBytes("single\n").delimiter(), QLatin1Char(','));
    EXPECT_EQ(CsvReader::fromBytes("\r\n  \na;b;c\n1;2;3\n").delimiter(), QLatin1Char(';'))
        << "blank lines before the header are skipped, as the reader skips them";

    const auto forced = readAll("a;b,c\n1;2,3\n", QLatin1Char(','));
    EXPECT_EQ(forced.records.value(1).fields, (QStringList{"1;2", "3"}));
}

TEST(CsvReader, SkipsBlankLinesAndKeepsTrailingEmptyFields)
{
    const auto result = readAll("a,b\n\n1,\n\r\n2,x\r3,y");
    ASSERT_FALSE(result.error);
    ASSERT_EQ(result.records.size(), 4);
    EXPECT_EQ(result.records[1].fields, (QStringList{"1", ""}));
    EXPECT_EQ(result.records[1].line, 3);
    EXPECT_EQ(result.records[2].line, 5);
    EXPECT_EQ(result.records[3].fields, (QStringList{"3", "y"})) << "a lone CR ends a line too";
    EXPECT_EQ(result.records[3].line, 6);
    EXPECT_EQ(readAll("a,b\n1,").records.value(1).fields, (QStringList{"1", ""}));
}

TEST(CsvReader, AnUnterminatedQuoteIsAnErrorNamingItsLine)
{
    CsvReader reader = CsvReader::fromBytes("a,b\n1,2\n3,\"open\nstill open\n");
    const auto result = readAll(reader);
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->code, ErrorCode::InvalidInput);
    EXPECT_TRUE(result.error->detail.startsWith(QLatin1String("line 3:"))) << result.error->detail.toStdString();
    EXPECT_EQ(result.records.size(), 2);
    auto after = reader.next();
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after->has_value()) << "reading stops at the first error";
}

TEST(CsvReader, TextAfterAClosingQuoteIsAnError)
{
    const auto result = readAll("a,b\n\"x\"y,2\n");
    ASSERT_TRUE(result.error);
    EXPECT_TRUE(result.error->detail.startsWith(QLatin1String("line 2:"))) << result.error->detail.toStdString();
}

TEST(CsvReader, InvalidUtf8IsAnErrorNamingItsLine)
{
    const auto invalid = readAll("a,b\n1,2\n3,caf\xE9\n");
    ASSERT_TRUE(invalid.error);
    EXPECT_EQ(invalid.error->detail, QStringLiteral("line 3: invalid UTF-8"));

    const auto inQuotes = readAll("a,b\n1,\"x\ny\xFF\"\n");
    ASSERT_TRUE(inQuotes.error);
    EXPECT_EQ(inQuotes.error->detail, QStringLiteral("line 3: invalid UTF-8"));

    const auto truncated = readAll("a,b\n1,\xC3");
    ASSERT_TRUE(truncated.error) << "a sequence cut off at the end must not vanish";
    EXPECT_EQ(truncated.error->detail, QStringLiteral("line 2: invalid UTF-8"));

    const auto valid = readAll("a,b\n1,Gr\xC3\xBC\xC3\x9F" "e \xE2\x82\xAC\n");
    ASSERT_FALSE(valid.error);
    EXPECT_EQ(valid.records.value(1).fields.value(1), QStringLiteral(u"Grüße €"));
}

TEST(CsvReader, ReportsPositionForProgress)
{
    CsvReader reader = CsvReader::fromBytes("a,b\n1,2\n");
    EXPECT_EQ(reader.position(), 0);
    ASSERT_TRUE(reader.next().ok());
    EXPECT_EQ(reader.position(), 4);
    readAll(reader);
    EXPECT_EQ(reader.position(), reader.size());
}

TEST(CsvReader, AMissingFileIsAnIoError)
{
    auto reader = CsvReader::fromFile(QStringLiteral("/nonexistent/cashcycle.csv"));
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.error().code, ErrorCode::Io);
}
