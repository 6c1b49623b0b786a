// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/FxRate.h"
#include "domain/Money.h"

#include <gtest/gtest.h>

using namespace cc;

namespace {
Currency cur(const char *code)
{
    return *Currency::fromCode(QString::fromLatin1(code));
}
} // namespace

TEST(Currency, KnowsMinorDigits)
{
    EXPECT_EQ(cur("JPY").minorDigits(), 0);
    EXPECT_EQ(cur("EUR").minorDigits(), 2);
    EXPECT_EQ(cur("BHD").minorDigits(), 3);
    EXPECT_EQ(cur("eur").code(), QStringLiteral("EUR"));
    EXPECT_FALSE(Currency::fromCode(QStringLiteral("XYZ")).ok());
}

TEST(Money, ParsesAndPrintsInMinorDigits)
{
    EXPECT_EQ(Money::parse(u"1234.5", cur("EUR"))->minorUnits(), 123450);
    EXPECT_EQ(Money::parse(u"-0.05", cur("EUR"))->minorUnits(), -5);
    EXPECT_EQ(Money::parse(u"1,25", cur("EUR"), QLatin1Char(','))->minorUnits(), 125);
    EXPECT_EQ(Money::parse(u"1500", cur("JPY"))->toDecimalString(), QStringLiteral("1500"));
    EXPECT_EQ(Money::parse(u"0.125", cur("BHD"))->toDecimalString(), QStringLiteral("0.125"));
    EXPECT_EQ(Money(-5, cur("EUR")).toDecimalString(), QStringLiteral("-0.05"));
    EXPECT_EQ(Money(std::numeric_limits<qint64>::min(), cur("JPY")).toDecimalString(),
              QStringLiteral("-9223372036854775808"));
}

TEST(Money, RejectsWhatIsNotAnAmount)
{
    EXPECT_FALSE(Money::parse(u"1.234", cur("EUR")).ok()) << "too many decimals must not round";
    EXPECT_FALSE(Money::parse(u"1.5", cur("JPY")).ok());
    EXPECT_FALSE(Money::parse(u"12a", cur("EUR")).ok());
    EXPECT_FALSE(Money::parse(u"", cur("EUR")).ok());
    EXPECT_FALSE(Money::parse(u"-", cur("EUR")).ok());
    EXPECT_FALSE(Money::parse(u"1.2.3", cur("EUR")).ok());
    EXPECT_FALSE(Money::parse(u"99999999999999999999", cur("EUR")).ok());
}

TEST(Money, MixingCurrenciesIsAnError)
{
    const Money eur(100, cur("EUR"));
    const Money usd(100, cur("USD"));
    EXPECT_THROW((void)(eur + usd), CurrencyMismatchError);
    EXPECT_THROW((void)(eur < usd), CurrencyMismatchError);
    EXPECT_EQ((eur + eur).minorUnits(), 200);
    EXPECT_THROW((void)(Money(std::numeric_limits<qint64>::max(), cur("EUR")) + eur), std::overflow_error);
}

TEST(Money, AllocationNeverLosesOrInventsACent)
{
    const Money amount(100, cur("EUR"));
    const auto thirds = amount.split(3);
    ASSERT_EQ(thirds.size(), 3);
    EXPECT_EQ(thirds[0].minorUnits(), 34);
    EXPECT_EQ(thirds[1].minorUnits(), 33);
    EXPECT_EQ(thirds[2].minorUnits(), 33);

    for (qint64 total : {0LL, 1LL, 7LL, 999LL, 1000001LL, -1001LL}) {
        for (const QList<qint64> &weights : {QList<qint64>{1, 1, 1}, QList<qint64>{70, 20, 10}, QList<qint64>{3, 0, 5, 1}}) {
            const auto parts = Money(total, cur("EUR")).allocate(weights);
            qint64 sum = 0;
            for (const Money &part : parts)
                sum += part.minorUnits();
            EXPECT_EQ(sum, total);
        }
    }
    const auto weighted = Money(1000, cur("EUR")).allocate({70, 20, 10});
    EXPECT_EQ(weighted[0].minorUnits(), 700);
    EXPECT_EQ(weighted[2].minorUnits(), 100);
    EXPECT_EQ(Money(5, cur("EUR")).allocate({3, 0, 5, 1})[1].minorUnits(), 0) << "zero weight gets nothing";
    const auto negative = Money(-100, cur("EUR")).split(3);
    EXPECT_EQ(negative[0].minorUnits(), -34);
}

TEST(Money, MultipliesWithExplicitRounding)
{
    const Money amount(1005, cur("EUR")); // 10.05
    EXPECT_EQ(amount.multipliedBy(1, 2, RoundingMode::HalfAwayFromZero).minorUnits(), 503);
    EXPECT_EQ(amount.multipliedBy(1, 2, RoundingMode::HalfEven).minorUnits(), 502);
    EXPECT_EQ(amount.multipliedBy(1, 2, RoundingMode::TowardZero).minorUnits(), 502);
    EXPECT_EQ((-amount).multipliedBy(1, 2, RoundingMode::HalfAwayFromZero).minorUnits(), -503);
    EXPECT_EQ(Money(1000, cur("EUR")).multipliedBy(1900, 10000, RoundingMode::HalfAwayFromZero).minorUnits(), 190);
}

TEST(FxRate, ConvertsAcrossMinorDigits)
{
    const auto eurJpy = FxRate::parse(cur("EUR"), cur("JPY"), u"161.25");
    ASSERT_TRUE(eurJpy.ok());
    EXPECT_EQ(eurJpy->convert(Money(1000, cur("EUR")), RoundingMode::HalfAwayFromZero)->minorUnits(), 1613); // 10 EUR → 1612.5 → 1613
    const auto eurBhd = FxRate::parse(cur("EUR"), cur("BHD"), u"0.4101");
    EXPECT_EQ(eurBhd->convert(Money(100, cur("EUR")), RoundingMode::HalfEven)->minorUnits(), 410); // 1 EUR → 0.410 BHD
    EXPECT_FALSE(eurJpy->convert(Money(100, cur("USD")), RoundingMode::HalfEven).ok());
    EXPECT_FALSE(FxRate::parse(cur("EUR"), cur("USD"), u"-1").ok());
    EXPECT_FALSE(FxRate::parse(cur("EUR"), cur("USD"), u"0").ok());
    EXPECT_EQ(FxRate::parse(cur("EUR"), cur("USD"), u"1.25")->inverted().toDecimalString(), QStringLiteral("0.8"));
}
