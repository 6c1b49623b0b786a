// SPDX-License-Identifier: GPL-3.0-or-later
#include "cash/InvoiceReferenceIndex.h"
#include "domain/CreditorReference.h"

#include <gtest/gtest.h>

using namespace cc;
using cash::InvoiceReferenceIndex;
using cash::ReferenceMatch;

namespace {

InvoiceReferenceIndex openInvoices()
{
    InvoiceReferenceIndex index;
    for (const char *number : { "RE-2026-0042", "RE-2026-0043", "INV-00017", "2026-1234", "ACME/55/B" })
        index.add(QString::fromLatin1(number));
    return index;
}

QStringList found(const InvoiceReferenceIndex &index, const char *text, ReferenceMatch how)
{
    QStringList numbers;
    for (const cash::ReferenceHit &hit : index.find(QString::fromUtf8(text))) {
        if (hit.how == how)
            numbers << hit.invoiceNumber;
    }
    return numbers;
}

} // namespace

TEST(InvoiceReferenceIndex, NumbersWrittenAsTheyAreOrAnyOtherWay)
{
    const InvoiceReferenceIndex index = openInvoices();
    EXPECT_EQ(InvoiceReferenceIndex::normalized(u"re-2026/0042"), QStringLiteral("RE202642"));
    EXPECT_EQ(found(index, "Payment RE-2026-0042 thanks", ReferenceMatch::Exact),
        QStringList { QStringLiteral("RE-2026-0042") });
    EXPECT_EQ(
        found(index, "rechnung re 2026/42", ReferenceMatch::Formatted), QStringList { QStringLiteral("RE-2026-0042") })
        << "spaces, a slash, lower case, dropped leading zeros";
    EXPECT_EQ(found(index, "Rechnung Nr.RE20260043 vom 01.11.2026", ReferenceMatch::Formatted),
        QStringList { QStringLiteral("RE-2026-0043") })
        << "a prefix glued to the number";
    EXPECT_EQ(found(index, "Invoice INV 17", ReferenceMatch::Formatted), QStringList { QStringLiteral("INV-00017") });
    EXPECT_EQ(found(index, "acme 55 b", ReferenceMatch::Formatted), QStringList { QStringLiteral("ACME/55/B") });
    const QList<cash::ReferenceHit> two = index.find(QStringLiteral("RE-2026-0042 and RE 2026 43"));
    ASSERT_EQ(two.size(), 2) << "several invoices in one payment";
    EXPECT_EQ(two[0].how, ReferenceMatch::Exact) << "surest first";
    EXPECT_TRUE(index.find(QStringLiteral("Salary November 2026")).isEmpty()) << "unrelated credits find nothing";
}

TEST(InvoiceReferenceIndex, ACreditorReferenceCountsOnlyWithValidCheckDigits)
{
    const InvoiceReferenceIndex index = openInvoices();
    const QString reference = CreditorReference::forDocument(QStringLiteral("RE-2026-0042"))->printed();
    EXPECT_EQ(found(index, qPrintable(QStringLiteral("Ref ") + reference), ReferenceMatch::CreditorReference),
        QStringList { QStringLiteral("RE-2026-0042") });
    QString wrong = CreditorReference::forDocument(QStringLiteral("RE-2026-0042"))->electronic();
    wrong[2] = wrong[2] == QLatin1Char('9') ? QLatin1Char('1') : QChar(wrong[2].unicode() + 1);
    EXPECT_TRUE(found(index, qPrintable(wrong), ReferenceMatch::CreditorReference).isEmpty())
        << "a mistyped RF reference is caught by its check digits";
}

TEST(InvoiceReferenceIndex, OneDigitWrongOrTwoSwappedIsATypoForTheAmountToConfirm)
{
    const InvoiceReferenceIndex index = openInvoices();
    EXPECT_EQ(found(index, "2026-1243", ReferenceMatch::Typo), QStringList { QStringLiteral("2026-1234") })
        << "swapped";
    EXPECT_EQ(found(index, "RE-2026-0024", ReferenceMatch::Typo), QStringList { QStringLiteral("RE-2026-0042") });
    EXPECT_EQ(found(index, "RE-2026-0044", ReferenceMatch::Typo),
        (QStringList { QStringLiteral("RE-2026-0042"), QStringLiteral("RE-2026-0043") }))
        << "both are one digit away: the amount decides";
    EXPECT_TRUE(found(index, "RE-2026-0042", ReferenceMatch::Typo).isEmpty())
        << "an exact number is no typo of its neighbour";
    EXPECT_TRUE(index.find(QStringLiteral("17")).isEmpty()) << "too short to guess from";

    InvoiceReferenceIndex ten;
    ten.add(QStringLiteral("RE-2026-10475"));
    ten.add(QStringLiteral("RE-2026-01475"));
    const auto neighbours = ten.find(QStringLiteral("RE-2026-01475"), InvoiceReferenceIndex::TypoSearch::Everywhere);
    ASSERT_EQ(neighbours.size(), 2);
    EXPECT_EQ(neighbours[0].how, ReferenceMatch::Exact);
    EXPECT_EQ(neighbours[1].invoiceNumber, QStringLiteral("RE-2026-10475"))
        << "a leading zero swapped in: found with the zeros kept, beside the number that exists";
    EXPECT_EQ(neighbours[1].how, ReferenceMatch::Typo);
}
