// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "domain/Bic.h"
#include "domain/CreditorReference.h"
#include "domain/GiroCode.h"
#include "domain/Iban.h"
#include "services/CompanyProfile.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

TEST(IbanTest, AcceptsValidNumbersAndNamesWhatIsWrong)
{
    auto german = Iban::parse(QStringLiteral("de89 3704 0044 0532 0130 00"));
    ASSERT_TRUE(german.ok()) << qPrintable(german.error().detail);
    EXPECT_EQ(german->electronic(), QStringLiteral("DE89370400440532013000"));
    EXPECT_EQ(german->printed(), QStringLiteral("DE89 3704 0044 0532 0130 00"));
    EXPECT_EQ(german->countryCode(), QStringLiteral("DE"));
    EXPECT_TRUE(Iban::parse(QStringLiteral("GB82 WEST 1234 5698 7654 32")).ok());
    EXPECT_TRUE(Iban::parse(QStringLiteral("NO9386011117947")).ok()) << "the shortest SEPA IBAN";

    auto mistyped = Iban::parse(QStringLiteral("DE89370400440532013001"));
    ASSERT_FALSE(mistyped.ok());
    EXPECT_TRUE(mistyped.error().detail.contains(QLatin1String("check digits"))) << qPrintable(mistyped.error().detail);
    auto shortened = Iban::parse(QStringLiteral("DE8937040044053201300"));
    ASSERT_FALSE(shortened.ok());
    EXPECT_TRUE(shortened.error().detail.contains(QLatin1String("IBANs from DE have 22")))
        << qPrintable(shortened.error().detail);
    EXPECT_FALSE(Iban::parse(QStringLiteral("12DE370400440532013000")).ok());
    EXPECT_FALSE(Iban::parse(QString()).ok());
}

TEST(BicTest, HasEightOrElevenCharacters)
{
    EXPECT_EQ(Bic::parse(QStringLiteral(" cobadeffxxx ")).value().code(), QStringLiteral("COBADEFFXXX"));
    EXPECT_TRUE(Bic::parse(QStringLiteral("BPOTBEB1")).ok());
    EXPECT_FALSE(Bic::parse(QStringLiteral("COBADEFFXX")).ok());
    EXPECT_FALSE(Bic::parse(QStringLiteral("C0BADEFF")).ok()) << "the bank code is letters";
}

TEST(CreditorReferenceTest, ChecksDigitsAsIso11649Says)
{
    // The standard's own example.
    auto example = CreditorReference::forDocument(QStringLiteral("539007547034"));
    ASSERT_TRUE(example.ok());
    EXPECT_EQ(example->electronic(), QStringLiteral("RF18539007547034"));
    EXPECT_EQ(example->printed(), QStringLiteral("RF18 5390 0754 7034"));

    auto invoice = CreditorReference::forDocument(QStringLiteral("INV-2026-00042"));
    ASSERT_TRUE(invoice.ok());
    EXPECT_EQ(invoice->payload(), QStringLiteral("INV202600042"));
    auto read = CreditorReference::parse(invoice->printed().toLower());
    ASSERT_TRUE(read.ok()) << "what is printed reads back";
    EXPECT_EQ(read->electronic(), invoice->electronic());
    EXPECT_EQ(CreditorReference::forDocument(QStringLiteral("00042")).value().payload(), QStringLiteral("00042"))
        << "leading zeros kept";

    auto mistyped = CreditorReference::parse(QStringLiteral("RF18539007547035"));
    ASSERT_FALSE(mistyped.ok());
    EXPECT_TRUE(mistyped.error().detail.contains(QLatin1String("check digits")));
    EXPECT_FALSE(CreditorReference::parse(QStringLiteral("RF1853900754703412345678901")).ok()) << "over 25 characters";
    EXPECT_FALSE(CreditorReference::forDocument(QStringLiteral("--")).ok());
    EXPECT_FALSE(CreditorReference::forDocument(QStringLiteral("ABCDEFGHIJ-KLMNOPQRSTU-V")).ok()) << "22 characters";
}

TEST(GiroCodeTest, WritesTheEpcFieldsInOrder)
{
    GiroCode::Transfer transfer;
    transfer.beneficiaryName = QStringLiteral("Nordlicht Handel GmbH");
    transfer.iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
    transfer.bic = QStringLiteral("cobadeffxxx");
    transfer.amount = money("1234.50", "EUR");
    transfer.reference = *CreditorReference::forDocument(QStringLiteral("INV-2026-00042"));
    auto payload = GiroCode::payload(transfer);
    ASSERT_TRUE(payload.ok()) << qPrintable(payload.error().detail);
    const QStringList lines = QString::fromUtf8(*payload).split(QLatin1Char('\n'));
    EXPECT_EQ(lines,
        (QStringList { QStringLiteral("BCD"), QStringLiteral("002"), QStringLiteral("1"), QStringLiteral("SCT"),
            QStringLiteral("COBADEFFXXX"), QStringLiteral("Nordlicht Handel GmbH"),
            QStringLiteral("DE89370400440532013000"), QStringLiteral("EUR1234.50"), QString(),
            transfer.reference->electronic() }))
        << "nothing follows the last filled-in field";

    // Without a reference, the text goes in the last field; without BIC, its line stays empty.
    transfer.reference.reset();
    transfer.bic.clear();
    transfer.remittanceText = QStringLiteral("Rechnung INV-2026-00042 – Käse");
    payload = GiroCode::payload(transfer);
    ASSERT_TRUE(payload.ok());
    const QStringList plain = QString::fromUtf8(*payload).split(QLatin1Char('\n'));
    ASSERT_EQ(plain.size(), 11);
    EXPECT_EQ(plain[4], QString());
    EXPECT_EQ(plain[9], QString());
    EXPECT_EQ(plain[10], QStringLiteral("Rechnung INV-2026-00042 – Käse")) << "UTF-8, as the character set field says";
}

TEST(GiroCodeTest, RefusesWhatTheStandardDoesNot)
{
    GiroCode::Transfer transfer;
    transfer.beneficiaryName = QStringLiteral("Nordlicht Handel GmbH");
    transfer.iban = QStringLiteral("DE89370400440532013000");
    transfer.amount = money("10.00", "USD");
    auto refused = GiroCode::payload(transfer);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().detail.contains(QLatin1String("USD")));

    transfer.amount = money("0.00", "EUR");
    EXPECT_FALSE(GiroCode::payload(transfer).ok());
    transfer.amount = money("1000000000.00", "EUR");
    EXPECT_FALSE(GiroCode::payload(transfer).ok());
    transfer.amount = money("999999999.99", "EUR");
    EXPECT_TRUE(GiroCode::payload(transfer).ok());

    transfer.beneficiaryName = QString(71, QLatin1Char('x'));
    EXPECT_FALSE(GiroCode::payload(transfer).ok());
    transfer.beneficiaryName = QStringLiteral("Nordlicht");
    transfer.iban = QStringLiteral("DE89370400440532013001");
    refused = GiroCode::payload(transfer);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().detail.contains(QLatin1String("IBAN")));
    transfer.iban = QStringLiteral("DE89370400440532013000");
    transfer.remittanceText = QString(141, QLatin1Char('x'));
    EXPECT_FALSE(GiroCode::payload(transfer).ok());
}

TEST(CompanyProfileTest, KeepsBankDetailsOnlyWhenTheyCheckOut)
{
    TestWorkspace ws;
    ASSERT_TRUE(services::CompanyProfile::set(
        ws.db(), QStringLiteral("company.iban"), QStringLiteral("de89 3704 0044 0532 0130 00"))
                    .ok());
    ASSERT_TRUE(
        services::CompanyProfile::set(ws.db(), QStringLiteral("company.bic"), QStringLiteral("cobadeffxxx")).ok());
    ASSERT_TRUE(
        services::CompanyProfile::set(ws.db(), QStringLiteral("company.name"), QStringLiteral(" Nordlicht ")).ok());
    EXPECT_FALSE(
        services::CompanyProfile::set(ws.db(), QStringLiteral("company.iban"), QStringLiteral("DE89370400440532013001"))
            .ok());
    EXPECT_FALSE(services::CompanyProfile::set(ws.db(), QStringLiteral("company.bic"), QStringLiteral("nope")).ok());
    EXPECT_FALSE(services::CompanyProfile::set(ws.db(), QStringLiteral("company.colour"), QStringLiteral("red")).ok());
    auto profile = services::CompanyProfile::load(ws.db());
    ASSERT_TRUE(profile.ok());
    EXPECT_EQ(profile->iban, QStringLiteral("DE89370400440532013000")) << "the refused one left the good one in place";
    EXPECT_EQ(profile->bic, QStringLiteral("COBADEFFXXX"));
    EXPECT_EQ(profile->name, QStringLiteral("Nordlicht"));
}
