// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamFixture.h"
#include "services/InvoiceDrafts.h"
#include "services/InvoiceIssuing.h"
#include "storage/InvoiceRepository.h"

#include <thread>

using namespace cc;
using namespace cc::test;

namespace {

/// A saved draft for `customer` on `desk` with one line of 100.00 at 19 %.
Invoice draft(TestDesktop &desk, const QString &customer)
{
    services::InvoiceDrafts drafts(desk.workspace.db(), desk.clock);
    auto draft = drafts.start(customer);
    EXPECT_TRUE(draft.ok()) << (draft.ok() ? "" : qPrintable(draft.error().detail));
    if (!draft)
        return {};
    draft->lines << InvoiceLine { QStringLiteral("Consulting"), {}, 1000, money("100.00", "EUR"), 0, 1900 };
    auto saved = drafts.save(*draft);
    EXPECT_TRUE(saved.ok());
    return saved.ok() ? *saved : Invoice();
}

Result<Invoice> issue(TestDesktop &desk, qint64 id)
{
    return services::InvoiceIssuing(desk.workspace.db(), desk.clock).issueThrough(*desk.server, id);
}

using IssuingTest = TeamFixture;

} // namespace

// Two desktops issue 25 invoices each at the same moment: the 50 numbers run 1 to 50, none
// twice, none skipped, and each desktop holds its own under the number the server gave.
TEST_F(IssuingTest, TwoDesktopsIssuingAtOnceGetNumbersWithoutGapsOrDuplicates)
{
    auto anna = desktop(m_anna);
    auto ben = desktop(m_ben);
    constexpr int kEach = 25;
    QList<qint64> annaDrafts;
    QList<qint64> benDrafts;
    for (int i = 0; i < kEach; ++i) {
        annaDrafts << draft(*anna, QStringLiteral("C1")).id;
        benDrafts << draft(*ben, QStringLiteral("C2")).id;
    }
    QStringList annaNumbers;
    QStringList benNumbers;
    QStringList errors;
    std::mutex errorsLock;
    const auto issueAll = [&](TestDesktop &desk, const QList<qint64> &drafts, QStringList &numbers) {
        for (qint64 id : drafts) {
            auto issued = issue(desk, id);
            if (issued) {
                numbers << issued->number;
            } else {
                std::lock_guard lock(errorsLock);
                errors << issued.error().detail;
            }
        }
    };
    std::thread first(issueAll, std::ref(*anna), annaDrafts, std::ref(annaNumbers));
    std::thread second(issueAll, std::ref(*ben), benDrafts, std::ref(benNumbers));
    first.join();
    second.join();
    ASSERT_TRUE(errors.isEmpty()) << qPrintable(errors.join('\n'));

    QStringList all = annaNumbers + benNumbers;
    all.sort();
    QStringList expected;
    for (int n = 1; n <= 2 * kEach; ++n)
        expected << QStringLiteral("INV-2026-%1").arg(n, 5, 10, QLatin1Char('0'));
    EXPECT_EQ(all, expected);
    EXPECT_EQ(
        onServer(QStringLiteral("SELECT count(*) FROM invoices WHERE series = 'invoice'")), QString::number(2 * kEach));
    EXPECT_EQ(onServer(QStringLiteral("SELECT count(*) FROM invoice_lines l JOIN invoices i ON i.number = "
                                      "l.invoice_number WHERE i.series = 'invoice'")),
        QString::number(2 * kEach));
    EXPECT_EQ(
        anna->workspace.db().scalar(QStringLiteral("SELECT count(*) FROM invoices WHERE status = 'draft'")).value(), 0);
    auto stored = storage::InvoiceRepository(anna->workspace.db()).findByNumber(annaNumbers.first());
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->series, QStringLiteral("invoice"));
    EXPECT_GT((*stored)->rowVersion, 0) << "the desktop holds the server's version";

    // A sync afterwards changes nothing and brings nothing twice.
    ASSERT_TRUE(anna->sync().ok());
    EXPECT_EQ(anna->workspace.db().scalar(QStringLiteral("SELECT count(*) FROM invoices")).value(), kEach + 1);
}

// The answer to an issue is lost: issuing the draft again gives the same number, and a sync
// puts the server's document in the draft's place.
TEST_F(IssuingTest, ADraftIssuedTwiceKeepsOneNumber)
{
    auto anna = desktop(m_anna);
    const Invoice written = draft(*anna, QStringLiteral("C1"));
    auto first = issue(*anna, written.id);
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().detail);
    // Replay the same request, as a desktop would after a lost answer.
    auto replay = anna->server->exec(QStringLiteral("SELECT issued_number FROM cashcycle_issue_document($1::jsonb)"),
        { QStringLiteral(R"({"draft_id": "%1", "series": "invoice", "customer_id": "C1", "kind": 0,
            "invoice_date": "2026-11-23", "due_date": "2026-12-23", "currency": "EUR", "total_minor": 11900,
            "lines": []})")
                .arg(written.draftId) });
    ASSERT_TRUE(replay.ok()) << qPrintable(replay.error().detail);
    EXPECT_EQ(replay->text(0, 0), first->number);

    // Issued on the server while the desktop never heard back.
    const Invoice lost = draft(*anna, QStringLiteral("C1"));
    ASSERT_TRUE(anna->server
                    ->exec(QStringLiteral("SELECT cashcycle_issue_document($1::jsonb)"),
                        { QStringLiteral(R"({"draft_id": "%1", "series": "invoice", "customer_id": "C1", "kind": 0,
                            "invoice_date": "2026-11-23", "due_date": "2026-12-23", "currency": "EUR",
                            "total_minor": 11900, "lines": [{"item": "Consulting", "quantity_milli": 1000,
                            "unit_price_minor": 10000, "tax_bp": 1900}]})")
                                .arg(lost.draftId) })
                    .ok());
    ASSERT_TRUE(anna->sync().ok());
    storage::InvoiceRepository invoices(anna->workspace.db());
    EXPECT_EQ(
        anna->workspace.db().scalar(QStringLiteral("SELECT count(*) FROM invoices WHERE status = 'draft'")).value(), 0)
        << "the draft made way";
    auto arrived = invoices.findByNumber(QStringLiteral("INV-2026-00002"));
    ASSERT_TRUE(arrived.ok() && arrived->has_value());
    EXPECT_EQ((*arrived)->draftId, lost.draftId);
    ASSERT_EQ((*arrived)->lines.size(), 1);
    EXPECT_EQ((*arrived)->lines.first().item, QStringLiteral("Consulting"));
    EXPECT_FALSE(issue(*anna, lost.id).ok()) << "nothing left to issue";
}

// The server itself keeps the rules, whatever a client sends: no number without a document,
// no change to an issued one, no lines slipped in, no issuing for a CFO.
TEST_F(IssuingTest, TheServerRefusesGapsChangesAndStrangers)
{
    auto anna = desktop(m_anna);
    auto issued = issue(*anna, draft(*anna, QStringLiteral("C1")).id);
    ASSERT_TRUE(issued.ok());
    const QString number = issued->number;
    server::PgConnection &direct = *anna->server;

    auto gap = direct.exec(QStringLiteral("SELECT cashcycle_take_number('invoice', '2026-11-23')"));
    ASSERT_FALSE(gap.ok()) << "a number taken without a document does not commit";
    EXPECT_TRUE(gap.error().detail.contains(QStringLiteral("no document carries it")))
        << qPrintable(gap.error().detail);
    auto counters = direct.exec(QStringLiteral("UPDATE numbering_counters SET last_value = 99"));
    EXPECT_FALSE(counters.ok());
    auto total = direct.exec(QStringLiteral("UPDATE invoices SET total_minor = 1 WHERE number = $1"), { number });
    ASSERT_FALSE(total.ok());
    EXPECT_TRUE(total.error().detail.contains(QStringLiteral("credit note"))) << qPrintable(total.error().detail);
    EXPECT_TRUE(
        direct.exec(QStringLiteral("UPDATE invoices SET due_date = '2027-01-15' WHERE number = $1"), { number }).ok())
        << "a payment holiday may move the due date";
    EXPECT_FALSE(direct.exec(QStringLiteral("DELETE FROM invoices WHERE number = $1"), { number }).ok());
    EXPECT_FALSE(direct
                     .exec(QStringLiteral("INSERT INTO invoice_lines (invoice_number, line_no, quantity_milli, "
                                          "unit_price_minor) VALUES ($1, 2, 1000, 1)"),
                         { number })
                     .ok());
    EXPECT_FALSE(direct
                     .exec(QStringLiteral("SELECT cashcycle_add_issued_lines($1, '[{\"quantity_milli\": 1000, "
                                          "\"unit_price_minor\": 1}]')"),
                         { number })
                     .ok());
    EXPECT_EQ(onServer(QStringLiteral("SELECT count(*) FROM invoice_lines WHERE invoice_number = $1"), { number }),
        QStringLiteral("1"));

    // A desktop that syncs does not number on its own.
    auto local
        = services::InvoiceIssuing(anna->workspace.db(), anna->clock).issue(draft(*anna, QStringLiteral("C1")).id);
    ASSERT_FALSE(local.ok());
    EXPECT_TRUE(local.error().detail.contains(QStringLiteral("server"))) << qPrintable(local.error().detail);

    // The next number is still the next one.
    auto next = issue(*anna, draft(*anna, QStringLiteral("C1")).id);
    ASSERT_TRUE(next.ok()) << qPrintable(next.error().detail);
    EXPECT_EQ(next->number, QStringLiteral("INV-2026-00002"));

    // Ben cannot issue for Anna's customer; the CFO cannot issue at all.
    auto ben = desktop(m_ben);
    auto fiona = desktop(m_fiona);
    for (TestDesktop *stranger : { ben.get(), fiona.get() }) {
        auto refused = stranger->server->exec(QStringLiteral("SELECT cashcycle_issue_document($1::jsonb)"),
            { QStringLiteral(R"({"draft_id": "%1", "series": "invoice", "customer_id": "C1", "kind": 0,
                "invoice_date": "2026-11-23", "due_date": "2026-12-23", "currency": "EUR", "total_minor": 100,
                "lines": [{"quantity_milli": 1000, "unit_price_minor": 100}]})")
                    .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)) });
        EXPECT_FALSE(refused.ok());
    }
    EXPECT_EQ(onServer(QStringLiteral("SELECT max(last_value) FROM numbering_counters")), QStringLiteral("2"))
        << "refused issues gave their numbers back";
}

// What a client claims is checked against what it sends: totals against lines, by either
// tax rounding, and credit notes against what is left to credit, even when two come at once.
TEST_F(IssuingTest, TheServerChecksTotalsAgainstLinesAndCreditsAgainstTheInvoice)
{
    auto anna = desktop(m_anna);
    server::PgConnection &direct = *anna->server;
    const auto request = [&](const QString &json) {
        return direct.exec(QStringLiteral("SELECT issued_number FROM cashcycle_issue_document($1::jsonb)"),
            { QString(json).replace(QStringLiteral("$DRAFT"), QUuid::createUuid().toString(QUuid::WithoutBraces)) });
    };
    // Three lines of 0.03 at 19 %: tax 0.01 per line (0.03 in all), or 0.02 on their sum.
    const QString threeLines = QStringLiteral(
        R"("lines": [{"quantity_milli": 1000, "unit_price_minor": 3, "tax_bp": 1900},
        {"quantity_milli": 1000, "unit_price_minor": 3, "tax_bp": 1900},
        {"quantity_milli": 1000, "unit_price_minor": 3, "tax_bp": 1900}])");
    const QString head = QStringLiteral(R"({"draft_id": "$DRAFT", "series": "invoice", "customer_id": "C1", "kind": 0,
        "invoice_date": "2026-11-23", "due_date": "2026-12-23", "currency": "EUR", )");
    EXPECT_TRUE(request(head + QStringLiteral(R"("tax_rounding": 0, "total_minor": 12, )") + threeLines + u'}').ok());
    EXPECT_TRUE(request(head + QStringLiteral(R"("tax_rounding": 1, "total_minor": 11, )") + threeLines + u'}').ok());
    auto inflated = request(head + QStringLiteral(R"("tax_rounding": 1, "total_minor": 12, )") + threeLines + u'}');
    ASSERT_FALSE(inflated.ok());
    EXPECT_TRUE(inflated.error().detail.contains(QStringLiteral("not what the lines add up to")))
        << qPrintable(inflated.error().detail);
    auto empty = request(head + QStringLiteral(R"("total_minor": 0, "lines": []})"));
    EXPECT_FALSE(empty.ok());
    EXPECT_EQ(onServer(QStringLiteral("SELECT max(last_value) FROM numbering_counters")), QStringLiteral("2"))
        << "refused documents took no number";

    // An invoice of 119.00, then credits against it.
    auto invoice = issue(*anna, draft(*anna, QStringLiteral("C1")).id);
    ASSERT_TRUE(invoice.ok()) << qPrintable(invoice.error().detail);
    const QString credit = QStringLiteral(R"({"draft_id": "$DRAFT", "series": "credit_note", "customer_id": "%1",
        "kind": 1, "invoice_date": "2026-11-24", "due_date": "2026-11-24", "currency": "EUR", "corrects_number": "%2",
        "total_minor": -%3, "lines": [{"quantity_milli": 1000, "unit_price_minor": %3}]})");
    ASSERT_TRUE(request(credit.arg(QStringLiteral("C1"), invoice->number).arg(10000)).ok());
    auto beyond = request(credit.arg(QStringLiteral("C1"), invoice->number).arg(2000));
    ASSERT_FALSE(beyond.ok()) << "100.00 + 20.00 would credit more than 119.00";
    EXPECT_TRUE(beyond.error().detail.contains(QStringLiteral("more than its total")))
        << qPrintable(beyond.error().detail);
    EXPECT_TRUE(request(credit.arg(QStringLiteral("C1"), invoice->number).arg(1900)).ok()) << "exactly what is left";
    auto ofCredit = request(credit.arg(QStringLiteral("C1"), QStringLiteral("CN-2026-00001")).arg(1));
    EXPECT_FALSE(ofCredit.ok()) << "a credit note corrects invoices only";

    // Two desktops crediting the rest of one invoice at once: one of them is refused.
    auto second = issue(*anna, draft(*anna, QStringLiteral("C1")).id);
    ASSERT_TRUE(second.ok());
    auto other = connectAs(m_anna);
    std::atomic<int> accepted { 0 };
    std::thread a([&] {
        if (request(credit.arg(QStringLiteral("C1"), second->number).arg(11900)).ok())
            ++accepted;
    });
    std::thread b([&] {
        auto refused = other->exec(QStringLiteral("SELECT issued_number FROM cashcycle_issue_document($1::jsonb)"),
            { QString(credit.arg(QStringLiteral("C1"), second->number).arg(11900))
                    .replace(QStringLiteral("$DRAFT"), QUuid::createUuid().toString(QUuid::WithoutBraces)) });
        if (refused.ok())
            ++accepted;
    });
    a.join();
    b.join();
    EXPECT_EQ(accepted.load(), 1);
    EXPECT_EQ(onServer(QStringLiteral("SELECT -sum(total_minor) FROM invoices WHERE corrects_number = $1"),
                  { second->number }),
        QStringLiteral("11900"));
}

// Only an admin changes how numbers look; the next number follows the new pattern.
TEST_F(IssuingTest, AnAdminChangesTheNumberPattern)
{
    auto anna = desktop(m_anna);
    auto refused
        = anna->server->exec(QStringLiteral("UPDATE numbering_series SET pattern = 'X-{N}' WHERE key = 'invoice'"));
    ASSERT_FALSE(refused.ok()) << "a collector may not";
    auto admin = connectAs(m_adam);
    ASSERT_TRUE(admin
                    ->exec(QStringLiteral("UPDATE numbering_series SET pattern = $1 WHERE key = 'invoice'"),
                        { QStringLiteral("F{YY}/{N:3}") })
                    .ok());
    EXPECT_FALSE(
        admin->exec(QStringLiteral("UPDATE numbering_series SET pattern = 'no counter' WHERE key = 'invoice'")).ok())
        << "a pattern without {N} cannot number";
    auto issued = issue(*anna, draft(*anna, QStringLiteral("C1")).id);
    ASSERT_TRUE(issued.ok()) << qPrintable(issued.error().detail);
    EXPECT_EQ(issued->number, QStringLiteral("F26/001"));
}
