// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamFixture.h"
#include "services/Disputes.h"
#include "services/InvoiceIssuing.h"
#include "storage/DisputeAttachmentRepository.h"
#include "storage/DisputeRepository.h"

using namespace cc;
using namespace cc::test;
using services::Disputes;

namespace {

// I-C1 of anna's C1 has 69.00 open. Collectors settle credit notes and rejections up to 50.00
// and write-offs up to 20.00 themselves.
class DisputeRoleTest : public TeamFixture {
protected:
    void SetUp() override
    {
        TeamFixture::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        onServer(QStringLiteral("INSERT INTO team_settings (key, value) VALUES ('dispute.approval_limits', "
                                "'{\"credit_note\": {\"EUR\": 5000}, \"rejected\": {\"EUR\": 5000}}'), "
                                "('write_off.approval_limits', '{\"EUR\": 2000}')"));
    }

    static Disputes::IssueDraft issueThrough(TestDesktop &desktop)
    {
        return [&desktop](qint64 draftId) {
            return services::InvoiceIssuing(desktop.workspace.db(), desktop.clock)
                .issueThrough(*desktop.server, draftId);
        };
    }

    static QString open(TestDesktop &desktop, const char *amount)
    {
        auto opened = Disputes(desktop.workspace.db(), desktop.clock, QStringLiteral("anna"))
                          .open(QStringLiteral("I-C1"), money(amount, "EUR"), QStringLiteral("pricing"));
        EXPECT_TRUE(opened.ok()) << qPrintable(opened.error().detail);
        return opened.ok() ? opened->id : QString();
    }

    QString refusal(TestDesktop &desktop, const QString &sql, const QString &id)
    {
        auto result = desktop.server->exec(sql, { id });
        return result.ok() ? QStringLiteral("<accepted>") : result.error().detail;
    }
};

} // namespace

TEST_F(DisputeRoleTest, TheServerChecksEveryStepOfADisputeAndWhoTakesIt)
{
    auto anna = desktop(m_anna);
    auto ben = desktop(m_ben);
    auto fiona = desktop(m_fiona);
    const QString id = open(*anna, "60.00");
    auto pushed = anna->sync();
    ASSERT_TRUE(pushed.ok());
    EXPECT_EQ(pushed->pushed.conflicts, 0) << qPrintable(anna->conflicts().value(0).message);

    // Another portfolio's collector does not see it; the CFO reads and never writes.
    EXPECT_EQ(
        must(ben->server->exec(QStringLiteral("UPDATE disputes SET status = 'investigating' WHERE id = $1"), { id }))
            .affectedRows(),
        0);
    EXPECT_TRUE(refusal(*fiona, QStringLiteral("UPDATE disputes SET status = 'investigating' WHERE id = $1"), id)
                    .contains(QStringLiteral("permission denied")));
    // The workflow holds for any client; a collector resolves within the limit only.
    EXPECT_TRUE(refusal(*anna, QStringLiteral("UPDATE disputes SET status = 'waiting' WHERE id = $1"), id)
                    .contains(QStringLiteral("a new dispute cannot become waiting")));
    EXPECT_TRUE(refusal(*anna,
        QStringLiteral("UPDATE disputes SET status = 'resolved', resolution = 'rejected', resolution_state = "
                       "'approved' WHERE id = $1"),
        id)
                    .contains(QStringLiteral("a credit manager approves it")));
    EXPECT_TRUE(refusal(*anna, QStringLiteral("UPDATE disputes SET amount_minor = 100 WHERE id = $1"), id)
                    .contains(QStringLiteral("keeps its invoice, amount")));

    // Above the limit anna proposes; carla, a credit manager, carries it out.
    Disputes annas(anna->workspace.db(), anna->clock, QStringLiteral("anna"));
    auto proposed = annas.resolve(id, DisputeResolution::Kind::Rejected, money("0", "EUR"), {}, issueThrough(*anna));
    ASSERT_TRUE(proposed.ok());
    EXPECT_EQ(proposed->resolution->state, DisputeResolution::State::Proposed);
    ASSERT_EQ(anna->sync()->pushed.conflicts, 0);
    EXPECT_EQ(onServer(QStringLiteral("SELECT resolution_state || ' by ' || proposed_by FROM disputes WHERE id = $1"),
                  { id }),
        QStringLiteral("proposed by ") + m_anna);

    auto carla = desktop(m_carla);
    Disputes carlas(carla->workspace.db(), carla->clock, QStringLiteral("carla"));
    auto rejected = carlas.decide(id, true, issueThrough(*carla), QStringLiteral("Price as agreed in the contract"));
    ASSERT_TRUE(rejected.ok()) << qPrintable(rejected.error().detail);
    auto decided = carla->sync();
    ASSERT_TRUE(decided.ok());
    EXPECT_EQ(decided->pushed.conflicts, 0) << qPrintable(carla->conflicts().value(0).message);
    EXPECT_EQ(onServer(QStringLiteral("SELECT status || ' ' || resolution || ' by ' || decided_by FROM disputes "
                                      "WHERE id = $1"),
                  { id }),
        QStringLiteral("resolved rejected by ") + m_carla);

    // Reopened by the collector: the server forgets how it ended (the audit log keeps it).
    ASSERT_TRUE(anna->sync().ok());
    ASSERT_TRUE(annas.move(id, Dispute::Status::Investigating, QStringLiteral("New evidence")).ok());
    ASSERT_EQ(anna->sync()->pushed.conflicts, 0);
    EXPECT_EQ(onServer(QStringLiteral("SELECT status || ' ' || COALESCE(resolution, 'none') FROM disputes "
                                      "WHERE id = $1"),
                  { id }),
        QStringLiteral("investigating none"));
    EXPECT_EQ(onServer(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'disputes' AND row_key = $1 "
                                      "AND after ->> 'status' = 'resolved'"),
                  { id }),
        QStringLiteral("1"));

    // Within the limit the collector's credit note is issued by the server and resolves it.
    auto credited
        = annas.resolve(id, DisputeResolution::Kind::CreditNote, money("40.00", "EUR"), {}, issueThrough(*anna));
    ASSERT_TRUE(credited.ok()) << qPrintable(credited.error().detail);
    ASSERT_EQ(anna->sync()->pushed.conflicts, 0) << qPrintable(anna->conflicts().value(0).message);
    EXPECT_EQ(onServer(QStringLiteral("SELECT total_minor::text || ' ' || corrects_number FROM invoices "
                                      "WHERE number = $1"),
                  { credited->resolution->document }),
        QStringLiteral("-4000 I-C1"));
    EXPECT_EQ(onServer(QStringLiteral("SELECT resolution_document FROM disputes WHERE id = $1"), { id }),
        credited->resolution->document);
}

TEST_F(DisputeRoleTest, ACreditManagerIssuesTheCreditNoteTheyApproveAndOnlyCreditNotes)
{
    auto anna = desktop(m_anna);
    const QString id = open(*anna, "69.00");
    Disputes annas(anna->workspace.db(), anna->clock, QStringLiteral("anna"));
    ASSERT_TRUE(
        annas.resolve(id, DisputeResolution::Kind::CreditNote, money("69.00", "EUR"), {}, issueThrough(*anna)).ok());
    // Straight to the server as if approved: refused, 69.00 is above anna's limit.
    ASSERT_EQ(anna->sync()->pushed.conflicts, 0);
    EXPECT_TRUE(refusal(*anna,
        QStringLiteral("UPDATE disputes SET status = 'resolved', resolution_state = 'approved' WHERE id = $1"), id)
                    .contains(QStringLiteral("above the limit of 5000")));

    auto carla = desktop(m_carla);
    auto approved
        = Disputes(carla->workspace.db(), carla->clock, QStringLiteral("carla")).decide(id, true, issueThrough(*carla));
    ASSERT_TRUE(approved.ok()) << qPrintable(approved.error().detail);
    ASSERT_EQ(carla->sync()->pushed.conflicts, 0) << qPrintable(carla->conflicts().value(0).message);
    EXPECT_EQ(carla->status(QStringLiteral("I-C1")), QStringLiteral("paid")) << "credited in full";
    ASSERT_TRUE(anna->sync().ok());
    EXPECT_EQ(anna->status(QStringLiteral("I-C1")), QStringLiteral("paid"));
    EXPECT_EQ(anna->field(QStringLiteral("disputes"), id, QStringLiteral("status")), QStringLiteral("resolved"));

    auto invoice = carla->server->exec(QStringLiteral(
        "SELECT cashcycle_issue_document('{\"draft_id\": \"6f1c1b9e-0000-4000-8000-000000000001\", \"kind\": 0, "
        "\"series\": \"invoice\", \"customer_id\": \"C1\", \"invoice_date\": \"2026-11-23\", \"due_date\": "
        "\"2026-12-23\", \"currency\": \"EUR\", \"total_minor\": 100, \"lines\": [{\"quantity_milli\": 1000, "
        "\"unit_price_minor\": 100}]}'::jsonb)"));
    ASSERT_FALSE(invoice.ok());
    EXPECT_TRUE(invoice.error().detail.contains(QStringLiteral("credit notes, not invoices")))
        << qPrintable(invoice.error().detail);
}

TEST_F(DisputeRoleTest, FilesOfADisputeReachTheTeam)
{
    auto anna = desktop(m_anna);
    const QString id = open(*anna, "10.00");
    QByteArray scan(300'000, '\0');
    for (int i = 0; i < scan.size(); ++i)
        scan[i] = char(i * 31 % 251);
    auto attached = Disputes(anna->workspace.db(), anna->clock, QStringLiteral("anna"))
                        .attach(id, QStringLiteral("delivery-note.pdf"), scan, QStringLiteral("application/pdf"));
    ASSERT_TRUE(attached.ok());
    ASSERT_EQ(anna->sync()->pushed.conflicts, 0) << qPrintable(anna->conflicts().value(0).message);
    EXPECT_EQ(onServer(QStringLiteral("SELECT octet_length(content)::text || ' ' || added_by FROM dispute_attachments "
                                      "WHERE id = $1"),
                  { *attached }),
        QStringLiteral("300000 ") + m_anna);

    auto carla = desktop(m_carla);
    auto content = storage::DisputeAttachmentRepository(carla->workspace.db()).content(*attached);
    ASSERT_TRUE(content.ok() && content->has_value());
    EXPECT_EQ(**content, scan);
    auto fiona = desktop(m_fiona);
    EXPECT_TRUE(refusal(*fiona,
        QStringLiteral("INSERT INTO dispute_attachments (id, dispute_id, customer_id, file_name, content, added_date) "
                       "VALUES (gen_random_uuid(), $1, 'C1', 'x.txt', '\\x00', '2026-11-23')"),
        id)
                    .contains(QStringLiteral("permission denied")));
}
