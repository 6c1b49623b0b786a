// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MoneyFormatter.h"
#include "TestWorkspace.h"

#include <gtest/gtest.h>
#include <limits>

using namespace cc;
using cc::services::MoneyFormatter;
using cc::test::currency;
using cc::test::money;

namespace {
const QLocale usEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale german(QLocale::German, QLocale::Germany);
const QChar nbsp(0x00a0);
} // namespace

TEST(MoneyFormatter, UsesTheLocaleSymbolForItsOwnCurrency)
{
    EXPECT_EQ(MoneyFormatter(usEnglish).format(money("1234567.89", "USD")), QStringLiteral("$1,234,567.89"));
    EXPECT_EQ(MoneyFormatter(german).format(money("1234567.89", "EUR")), QStringLiteral("1.234.567,89") + nbsp + u'€');
}

TEST(MoneyFormatter, UsesTheIsoCodeForOtherCurrencies)
{
    EXPECT_EQ(
        MoneyFormatter(usEnglish).format(money("12.5", "EUR")), QStringLiteral("EUR") + nbsp + QStringLiteral("12.50"));
    EXPECT_EQ(
        MoneyFormatter(german).format(money("12.5", "USD")), QStringLiteral("12,50") + nbsp + QStringLiteral("USD"));
}

TEST(MoneyFormatter, FollowsTheCurrencyMinorDigits)
{
    EXPECT_EQ(MoneyFormatter(usEnglish).amount(money("1500", "JPY")), QStringLiteral("1,500"));
    EXPECT_EQ(MoneyFormatter(usEnglish).amount(money("2.005", "BHD")), QStringLiteral("2.005"));
    EXPECT_EQ(MoneyFormatter(german).amount(money("0.07", "EUR")), QStringLiteral("0,07"));
}

TEST(MoneyFormatter, WritesNegativeAmountsTheLocaleWay)
{
    EXPECT_EQ(MoneyFormatter(german).format(money("-1234.5", "EUR")), QStringLiteral("-1.234,50") + nbsp + u'€');
    EXPECT_EQ(MoneyFormatter(german).amount(money("-3", "EUR")), QStringLiteral("-3,00"));
    // English (US) writes negative money in accounting parentheses.
    EXPECT_EQ(MoneyFormatter(usEnglish).format(money("-3", "USD")), QStringLiteral("($3.00)"));
    EXPECT_EQ(MoneyFormatter(usEnglish).amount(money("-3", "EUR")), QStringLiteral("(3.00)"));
}

TEST(MoneyFormatter, IsExactAtTheEdgesOfQint64)
{
    const Money most(std::numeric_limits<qint64>::max(), currency("EUR"));
    const Money least(std::numeric_limits<qint64>::min(), currency("EUR"));
    EXPECT_EQ(MoneyFormatter(usEnglish).amount(most), QStringLiteral("92,233,720,368,547,758.07"));
    EXPECT_EQ(MoneyFormatter(usEnglish).amount(least), QStringLiteral("(92,233,720,368,547,758.08)"));
}

TEST(MoneyFormatter, FormatsScaledIntegersAndDates)
{
    const MoneyFormatter format(german);
    EXPECT_EQ(format.decimal(2500, 3), QStringLiteral("2,5"));
    EXPECT_EQ(format.decimal(1000, 3), QStringLiteral("1"));
    EXPECT_EQ(format.decimal(-1250, 3), QStringLiteral("-1,25"));
    EXPECT_EQ(format.date(QDate(2024, 3, 5)), QStringLiteral("05.03.24"));
    EXPECT_EQ(format.date(QDate()), QString());
    EXPECT_EQ(format.documentDate(QDate(2024, 3, 5)), QStringLiteral("05.03.2024"));
    EXPECT_EQ(MoneyFormatter(usEnglish).documentDate(QDate(2024, 3, 5)), QStringLiteral("3/5/2024"));
    // Without a translation loaded the percent pattern is the English one.
    EXPECT_EQ(MoneyFormatter(usEnglish).percent(1950), QStringLiteral("19.5%"));
}
