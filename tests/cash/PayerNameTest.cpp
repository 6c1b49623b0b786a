// SPDX-License-Identifier: GPL-3.0-or-later
#include "cash/PayerName.h"

#include <gtest/gtest.h>

using cc::cash::PayerName;

TEST(PayerName, CaseAccentsPunctuationAndLegalFormsDoNotCount)
{
    EXPECT_EQ(PayerName::normalized(QStringLiteral("Müller Maschinenbau GmbH & Co. KG")),
        QStringLiteral("MUELLER MASCHINENBAU"));
    EXPECT_EQ(PayerName::normalized(QStringLiteral("Société Générale S.A.")), QStringLiteral("SOCIETE GENERALE"));
    EXPECT_EQ(PayerName::normalized(QStringLiteral("ACME Widgets, Inc.")), QStringLiteral("ACME WIDGETS"));
    EXPECT_EQ(PayerName::normalized(QStringLiteral("Łódź Components sp. z o.o.")).left(16),
        QStringLiteral("LODZ COMPONENTS "));
}

TEST(PayerName, TheSameCompanyAsBanksWriteItIsAlikeAndAnotherIsNot)
{
    const QString customer = QStringLiteral("Müller Maschinenbau GmbH");
    EXPECT_DOUBLE_EQ(PayerName::similarity(customer, QStringLiteral("MUELLER MASCHINENBAU GMBH")), 1.0);
    EXPECT_GT(PayerName::similarity(customer, QStringLiteral("MULLER MASCHINENBAU")), 0.85) << "umlaut dropped";
    EXPECT_GT(PayerName::similarity(customer, QStringLiteral("Maschinenbau Müller KG")), 0.95) << "words swapped";
    EXPECT_LT(PayerName::similarity(customer, QStringLiteral("Schmidt Logistik GmbH")), 0.3);
    EXPECT_EQ(PayerName::similarity(customer, QStringLiteral("GmbH")), 0.0) << "a legal form alone is no name";
}
