// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Disputes.h"
#include "FixedClock.h"
#include "TestWorkspace.h"
#include "domain/DisputeFigures.h"
#include "services/InvoiceIssuing.h"
#include "storage/CustomerRepository.h"
#include "storage/DisputeAttachmentRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/WriteOffRepository.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

namespace {

class DisputesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Customer c;
        c.id = QStringLiteral("C1");
        c.name = QStringLiteral("Grumbling Goods");
        c.currency = currency("EUR");
        c.creditLimit = Money::zero(c.currency);
        ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(c).ok());
        Invoice invoice;
        invoice.number = QStringLiteral("INV-1");
        invoice.customerId = c.id;
        invoice.invoiceDate = QDate(2026, 10, 1);
        invoice.dueDate = QDate(2026, 10, 31);
        invoice.total = money("500.00", "EUR");
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(invoice).ok());
    }

    TestWorkspace ws;
    FixedClock clock { QDateTime::fromString(QStringLiteral("2026-11-24T09:00:00Z"), Qt::ISODate) };
    services::Disputes disputes { ws.db(), clock, QStringLiteral("anna") };
    const services::Disputes::IssueDraft issue
        = [this](qint64 draftId) { return services::InvoiceIssuing(ws.db(), clock).issue(draftId); };

    Money open() { return (*storage::InvoiceRepository(ws.db()).summaryByNumber(QStringLiteral("INV-1")))->open; }
};

} // namespace

TEST_F(DisputesTest, ADisputeIsForPartOfWhatIsOpenWithAReasonAndAServiceLevel)
{
    auto wrongReason = disputes.open(QStringLiteral("INV-1"), money("100.00", "EUR"), QStringLiteral("grumpy"));
    ASSERT_FALSE(wrongReason.ok());
    EXPECT_TRUE(wrongReason.error().detail.contains(QStringLiteral("duplicate_billing")));
    auto pricing = disputes.open(QStringLiteral("INV-1"), money("120.00", "EUR"), QStringLiteral("pricing"));
    ASSERT_TRUE(pricing.ok()) << qPrintable(pricing.error().detail);
    EXPECT_EQ(pricing->owner, QStringLiteral("anna"));
    EXPECT_EQ(pricing->slaDue(), QDate(2026, 12, 4)) << "ten days for pricing";
    EXPECT_FALSE(pricing->breachesSla(QDate(2026, 12, 4)));
    EXPECT_TRUE(pricing->breachesSla(QDate(2026, 12, 5)));

    auto tooMuch = disputes.open(QStringLiteral("INV-1"), money("380.01", "EUR"), QStringLiteral("damaged"));
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_TRUE(tooMuch.error().detail.contains(QStringLiteral("380.00 EUR"))) << qPrintable(tooMuch.error().detail);
    auto rest = disputes.open(QStringLiteral("INV-1"), money("380.00", "EUR"), QStringLiteral("damaged"),
        QStringLiteral("ben"), QStringLiteral("Photos of the pallets"));
    ASSERT_TRUE(rest.ok());
    auto bens = storage::DisputeRepository(ws.db()).list(false, QStringLiteral("ben"));
    ASSERT_TRUE(bens.ok());
    ASSERT_EQ(bens->size(), 1);
    EXPECT_EQ(bens->at(0).note, QStringLiteral("Photos of the pallets"));
}

TEST_F(DisputesTest, TheWorkflowMovesOnAndAResolvedDisputeCanBeReopened)
{
    auto dispute = disputes.open(QStringLiteral("INV-1"), money("200.00", "EUR"), QStringLiteral("quantity"));
    ASSERT_TRUE(dispute.ok());
    EXPECT_FALSE(disputes.move(dispute->id, Dispute::Status::Waiting).ok()) << "investigated first";
    ASSERT_TRUE(disputes.move(dispute->id, Dispute::Status::Investigating).ok());
    ASSERT_TRUE(
        disputes.move(dispute->id, Dispute::Status::Waiting, QStringLiteral("Asked for the delivery note")).ok());
    EXPECT_FALSE(disputes.move(dispute->id, Dispute::Status::Resolved).ok()) << "resolved only with a resolution";
    ASSERT_TRUE(disputes.setApprovalLimit(DisputeResolution::Kind::Rejected, money("500.00", "EUR")).ok());
    auto resolved = disputes.resolve(dispute->id, DisputeResolution::Kind::Rejected, money("0", "EUR"),
        QStringLiteral("Delivery note signed in full"), issue);
    ASSERT_TRUE(resolved.ok()) << qPrintable(resolved.error().detail);
    EXPECT_EQ(resolved->resolvedOn, QDate(2026, 11, 24));
    EXPECT_EQ(resolved->status, Dispute::Status::Resolved);
    EXPECT_EQ(*storage::DisputeRepository(ws.db()).disputedMinor(QStringLiteral("INV-1")), 0)
        << "resolved: the amount is collectible again";

    auto reopened = disputes.move(dispute->id, Dispute::Status::Investigating, QStringLiteral("Customer objects"));
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.error().detail);
    auto stored = storage::DisputeRepository(ws.db()).find(dispute->id);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->status, Dispute::Status::Investigating);
    EXPECT_FALSE((*stored)->resolvedOn.isValid());
    EXPECT_FALSE((*stored)->resolution.has_value()) << "how it ended before is history on the timeline";
    EXPECT_EQ(*storage::DisputeRepository(ws.db()).disputedMinor(QStringLiteral("INV-1")), 20000);
}

TEST_F(DisputesTest, ACreditNoteWithinTheLimitIsIssuedAndSettlesTheDisputedPart)
{
    ASSERT_TRUE(disputes.setApprovalLimit(DisputeResolution::Kind::CreditNote, money("150.00", "EUR")).ok());
    auto dispute = disputes.open(QStringLiteral("INV-1"), money("120.00", "EUR"), QStringLiteral("pricing"));
    ASSERT_TRUE(dispute.ok());
    EXPECT_FALSE(
        disputes.resolve(dispute->id, DisputeResolution::Kind::CreditNote, money("120.01", "EUR"), {}, issue).ok())
        << "never more than is disputed";
    auto resolved
        = disputes.resolve(dispute->id, DisputeResolution::Kind::CreditNote, money("100.00", "EUR"), {}, issue);
    ASSERT_TRUE(resolved.ok()) << qPrintable(resolved.error().detail);
    ASSERT_TRUE(resolved->resolution.has_value());
    EXPECT_EQ(resolved->resolution->state, DisputeResolution::State::Approved);
    const QString creditNote = resolved->resolution->document;
    auto note = storage::InvoiceRepository(ws.db()).summaryByNumber(creditNote);
    ASSERT_TRUE(note.ok() && note->has_value()) << qPrintable(creditNote);
    EXPECT_EQ((*note)->total, money("-100.00", "EUR"));
    EXPECT_EQ(open(), money("400.00", "EUR")) << "credited 100.00; the other 20.00 disputed is to collect again";
    EXPECT_EQ(*storage::DisputeRepository(ws.db()).disputedMinor(QStringLiteral("INV-1")), 0);
}

TEST_F(DisputesTest, AboveTheLimitAResolutionIsProposedAndACreditManagerDecides)
{
    ASSERT_TRUE(disputes.setApprovalLimit(DisputeResolution::Kind::WriteOff, money("20.00", "EUR")).ok());
    auto dispute = disputes.open(QStringLiteral("INV-1"), money("80.00", "EUR"), QStringLiteral("damaged"));
    ASSERT_TRUE(dispute.ok());
    auto proposed = disputes.resolve(dispute->id, DisputeResolution::Kind::WriteOff, money("80.00", "EUR"), {}, issue);
    ASSERT_TRUE(proposed.ok()) << qPrintable(proposed.error().detail);
    EXPECT_EQ(proposed->status, Dispute::Status::New) << "still open while it waits";
    ASSERT_TRUE(proposed->resolution.has_value());
    EXPECT_EQ(proposed->resolution->state, DisputeResolution::State::Proposed);
    EXPECT_EQ(proposed->resolution->proposedBy, QStringLiteral("anna"));
    EXPECT_EQ(*storage::DisputeRepository(ws.db()).disputedMinor(QStringLiteral("INV-1")), 8000)
        << "still kept out of dunning";

    services::Disputes manager(ws.db(), clock, QStringLiteral("carla"));
    auto declined = manager.decide(dispute->id, false, issue, QStringLiteral("Ask the carrier first"));
    ASSERT_TRUE(declined.ok());
    EXPECT_FALSE(declined->resolution.has_value());
    EXPECT_FALSE(manager.decide(dispute->id, true, issue).ok()) << "nothing left to decide";

    ASSERT_TRUE(
        disputes.resolve(dispute->id, DisputeResolution::Kind::WriteOff, money("60.00", "EUR"), {}, issue).ok());
    auto approved = manager.decide(dispute->id, true, issue);
    ASSERT_TRUE(approved.ok()) << qPrintable(approved.error().detail);
    EXPECT_EQ(approved->status, Dispute::Status::Resolved);
    EXPECT_EQ(approved->resolution->decidedBy, QStringLiteral("carla"));
    EXPECT_EQ(approved->resolution->proposedBy, QStringLiteral("anna"));
    EXPECT_EQ(open(), money("440.00", "EUR")) << "60.00 written off";
    auto writeOff = storage::WriteOffRepository(ws.db()).find(approved->resolution->document);
    ASSERT_TRUE(writeOff.ok() && writeOff->has_value());
    EXPECT_EQ((*writeOff)->status, WriteOff::Status::Approved);
    EXPECT_EQ((*writeOff)->amount, money("60.00", "EUR"));
}

TEST_F(DisputesTest, FilesAreKeptWithTheDispute)
{
    auto dispute = disputes.open(QStringLiteral("INV-1"), money("10.00", "EUR"), QStringLiteral("damaged"));
    ASSERT_TRUE(dispute.ok());
    const QByteArray photo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(5000, '\0');
    auto attached = disputes.attach(dispute->id, QStringLiteral("pallet.png"), photo);
    ASSERT_TRUE(attached.ok()) << qPrintable(attached.error().detail);
    storage::DisputeAttachmentRepository files(ws.db());
    auto listed = files.list(dispute->id);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->at(0).fileName, QStringLiteral("pallet.png"));
    EXPECT_EQ(listed->at(0).mediaType, QStringLiteral("image/png"));
    EXPECT_EQ(listed->at(0).size, photo.size());
    EXPECT_EQ(**files.content(*attached), photo);
    auto tooBig
        = disputes.attach(dispute->id, QStringLiteral("video.mp4"), QByteArray(DisputeAttachment::MaxBytes + 1, 'x'));
    ASSERT_FALSE(tooBig.ok());
    EXPECT_TRUE(tooBig.error().detail.contains(QStringLiteral("10 MB")));
}

TEST(DisputeFigures, AgingBreachesAndCycleTimeOfTheQueue)
{
    const QDate today(2026, 11, 24);
    const auto dispute = [](const char *amount, const char *reason, QDate opened, QDate resolved = {}) {
        Dispute d;
        d.amount = money(amount, "EUR");
        d.reason = QString::fromLatin1(reason);
        d.openedOn = opened;
        d.resolvedOn = resolved;
        d.status = resolved.isValid() ? Dispute::Status::Resolved : Dispute::Status::Investigating;
        return d;
    };
    const DisputeFigures figures = DisputeFigures::of(
        { dispute("10.00", "pricing", QDate(2026, 11, 20)), dispute("20.00", "duplicate_billing", QDate(2026, 11, 10)),
            dispute("30.00", "damaged", QDate(2026, 10, 30)), dispute("40.00", "other", QDate(2026, 9, 1)),
            dispute("50.00", "pricing", QDate(2026, 10, 1), QDate(2026, 10, 11)),
            dispute("60.00", "tax", QDate(2026, 11, 1), QDate(2026, 11, 21)),
            dispute("70.00", "tax", QDate(2026, 1, 1), QDate(2026, 3, 1)) },
        today);
    EXPECT_EQ(figures.open, 4);
    EXPECT_EQ(figures.openAmount.value(QStringLiteral("EUR")), money("100.00", "EUR"));
    EXPECT_EQ(figures.openByAge, (std::array<int, 4> { 1, 1, 1, 1 })) << "4, 14, 25 and 84 days old";
    EXPECT_EQ(figures.breached, 3) << "duplicate billing after 5 days, damaged after 14, other after 15";
    EXPECT_EQ(figures.resolved, 2) << "the one resolved in March is outside the 90 days";
    EXPECT_DOUBLE_EQ(figures.averageCycleDays, 15.0);
    EXPECT_EQ(figures.longestCycleDays, 20);
}
