// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real cashcycle-cli binary the way a user or a script would.
#include "CheckoutStandIn.h"
#include "SmtpTestServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <limits>

namespace {

struct CliRun {
    int exitCode;
    QByteArray out;
    QString err;
};

class CliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_keyFile = m_dir.filePath(QStringLiteral("key"));
        QFile key(m_keyFile);
        ASSERT_TRUE(key.open(QIODevice::WriteOnly));
        key.write("demo passphrase\n");
    }

    CliRun cli(QStringList arguments)
    {
        QProcess process;
        process.start(QStringLiteral(CASHCYCLE_CLI), arguments);
        EXPECT_TRUE(process.waitForFinished(120'000));
        return { process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError()) };
    }

    QString workspace() const { return m_dir.filePath(QStringLiteral("ws")); }

    /// A demo workspace of `invoices` invoices ending 2026-11-23.
    void demo(int invoices)
    {
        const CliRun made = cli(QStringList { QStringLiteral("demo"), QStringLiteral("--invoices"),
                                    QString::number(invoices), QStringLiteral("--today"), QStringLiteral("2026-11-23") }
            + unlock());
        ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    }

    /// Points the workspace's mail at a test server, through `settings set`.
    void useMailServer(int port, const QList<QStringList> &more = {})
    {
        const QList<QStringList> settings = QList<QStringList> { { "smtp.host", "127.0.0.1" },
            { "smtp.port", QString::number(port) }, { "smtp.security", "none" }, { "smtp.from", "ar@example.com" } }
            + more;
        for (const QStringList &setting : settings)
            ASSERT_EQ(
                cli(QStringList { QStringLiteral("settings"), QStringLiteral("set") } + setting + unlock()).exitCode, 0)
                << qPrintable(setting.join('='));
    }
    QStringList unlock() const
    {
        return { QStringLiteral("--workspace"), workspace(), QStringLiteral("--key-file"), m_keyFile };
    }

    QTemporaryDir m_dir;
    QString m_keyFile;
};

} // namespace

TEST_F(CliTest, DemoThenAgingAsJson)
{
    const CliRun demo = cli(
        QStringList { QStringLiteral("demo"), QStringLiteral("--invoices"), QStringLiteral("1500"),
            QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--today"), QStringLiteral("2026-11-23") }
        + unlock());
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();

    const CliRun aging = cli(QStringList { QStringLiteral("aging"), QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-23"), QStringLiteral("--format"), QStringLiteral("json") }
        + unlock());
    ASSERT_EQ(aging.exitCode, 0) << aging.err.toStdString();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(aging.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    EXPECT_EQ(root[QStringLiteral("as_of")].toString(), QStringLiteral("2026-11-23"));
    const QJsonArray customers = root[QStringLiteral("customers")].toArray();
    ASSERT_GT(customers.size(), 10);

    // Per currency, the customer rows add up to the totals row, to the cent.
    QMap<QString, qint64> sums;
    for (const auto &value : customers) {
        const QJsonObject row = value.toObject();
        for (const char *key : { "customer_id", "currency", "current", "d1_30", "d31_60", "d61_90", "d91_120",
                 "over_120", "unapplied", "total" })
            ASSERT_TRUE(row.contains(QString::fromLatin1(key))) << key;
        QString total = row[QStringLiteral("total")].toString();
        sums[row[QStringLiteral("currency")].toString()] += total.remove(QLatin1Char('.')).toLongLong();
    }
    const QJsonArray totals = root[QStringLiteral("totals")].toArray();
    ASSERT_EQ(totals.size(), sums.size());
    for (const auto &value : totals) {
        QString total = value.toObject()[QStringLiteral("total")].toString();
        EXPECT_EQ(total.remove(QLatin1Char('.')).toLongLong(),
            sums.value(value.toObject()[QStringLiteral("currency")].toString()));
    }

    const CliRun csv = cli(QStringList { QStringLiteral("aging"), QStringLiteral("--as-of"),
                               QStringLiteral("2026-11-23"), QStringLiteral("--format"), QStringLiteral("csv") }
        + unlock());
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_TRUE(
        csv.out.startsWith("customer_id,currency,current,d1_30,d31_60,d61_90,d91_120,over_120,unapplied,total\r\n"));
    EXPECT_EQ(csv.out.count('\n'), customers.size() + 1);
}

TEST_F(CliTest, ReadingAMissingWorkspaceFailsClearly)
{
    const CliRun aging = cli(QStringList { QStringLiteral("aging") } + unlock());
    EXPECT_EQ(aging.exitCode, 1);
    EXPECT_TRUE(aging.err.contains(QStringLiteral("there is no CashCycle workspace"))) << aging.err.toStdString();
    EXPECT_FALSE(QFile::exists(workspace()));
}

TEST_F(CliTest, WrongKeyFileIsNamed)
{
    ASSERT_EQ(cli(QStringList { QStringLiteral("demo"), QStringLiteral("--invoices"), QStringLiteral("50") } + unlock())
                  .exitCode,
        0);
    const QString wrong = m_dir.filePath(QStringLiteral("wrong"));
    QFile file(wrong);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not it\n");
    file.close();
    const CliRun aging = cli(
        { QStringLiteral("aging"), QStringLiteral("--workspace"), workspace(), QStringLiteral("--key-file"), wrong });
    EXPECT_EQ(aging.exitCode, 1);
    EXPECT_TRUE(aging.err.contains(QStringLiteral("wrong passphrase"))) << aging.err.toStdString();
}

TEST_F(CliTest, ImportIsAllOrNothingAndIdempotent)
{
    auto write = [&](const char *name, const QByteArray &content) {
        QFile file(m_dir.filePath(QString::fromLatin1(name)));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return file.fileName();
    };
    const QString customers = write("customers.csv",
        "customer_id,name,currency,credit_limit,payment_terms,collector,email,phone\n"
        "K1,Kunde Eins GmbH,EUR,5000,NET30,anna,ap@k1.example,+49 30 1\n");
    const QString invoices = write("invoices.csv",
        "invoice_number,customer_id,invoice_date,due_date,currency,total\n"
        "R-1,K1,2026-10-01,2026-10-31,EUR,1190.00\n"
        "R-2,K1,2026-10-05,2026-11-04,EUR,12.345\n"
        "R-3,K9,2026-10-07,2026-11-06,EUR,10.00\n");
    ASSERT_EQ(
        cli(QStringList { QStringLiteral("import"), QStringLiteral("customers"), customers } + unlock()).exitCode, 0);
    const CliRun rejected
        = cli(QStringList { QStringLiteral("import"), QStringLiteral("invoices"), invoices } + unlock());
    EXPECT_EQ(rejected.exitCode, 1);
    EXPECT_TRUE(rejected.err.contains(QStringLiteral("nothing was written"))) << rejected.err.toStdString();
    EXPECT_TRUE(rejected.err.contains(QStringLiteral("line 3, column total"))) << rejected.err.toStdString();
    EXPECT_TRUE(rejected.err.contains(QStringLiteral("line 4, column customer_id"))) << rejected.err.toStdString();
    const CliRun empty = cli(QStringList { QStringLiteral("aging"), QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-23"), QStringLiteral("--format"), QStringLiteral("csv") }
        + unlock());
    EXPECT_EQ(empty.out.count('\n'), 1) << "the rejected file left no invoice behind";

    const QString good = write("good.csv",
        "invoice_number,customer_id,invoice_date,due_date,currency,total\n"
        "R-1,K1,2026-10-01,2026-10-31,EUR,1190.00\n");
    for (int pass = 0; pass < 2; ++pass)
        ASSERT_EQ(
            cli(QStringList { QStringLiteral("import"), QStringLiteral("invoices"), good } + unlock()).exitCode, 0);
    const CliRun aging = cli(QStringList { QStringLiteral("aging"), QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-23"), QStringLiteral("--format"), QStringLiteral("csv") }
        + unlock());
    EXPECT_TRUE(aging.out.contains("K1,EUR,0.00,1190.00,0.00,0.00,0.00,0.00,0.00,1190.00")) << aging.out.toStdString();
}

TEST_F(CliTest, AFailedFirstCommandLeavesNoWorkspaceBehind)
{
    QFile bad(m_dir.filePath(QStringLiteral("bad.csv")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("customer_id,name,currency,credit_limit\nK1,Eins,XXX,0\n");
    bad.close();
    const CliRun rejected
        = cli(QStringList { QStringLiteral("import"), QStringLiteral("customers"), bad.fileName() } + unlock());
    EXPECT_EQ(rejected.exitCode, 1);
    EXPECT_TRUE(rejected.err.contains(QStringLiteral("nothing was written"))) << rejected.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(workspace())) << "the workspace made for the rejected file is removed";

    const CliRun tooMany = cli(QStringList { QStringLiteral("demo"), QStringLiteral("--invoices"),
                                   QStringLiteral("20000000"), QStringLiteral("--today"), QStringLiteral("2026-11-23") }
        + unlock());
    EXPECT_EQ(tooMany.exitCode, 1);
    EXPECT_TRUE(tooMany.err.contains(QStringLiteral("between 1 and 10,000,000"))) << tooMany.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(workspace()));
}

TEST_F(CliTest, VersionAndUsage)
{
    const CliRun version = cli({ QStringLiteral("--version") });
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("cashcycle-cli " CASHCYCLE_VERSION));
    const CliRun unknown = cli({ QStringLiteral("frobnicate") });
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown command")));
}

TEST_F(CliTest, ServerInitAndAddUser)
{
    const QString server = qEnvironmentVariable("CASHCYCLE_TEST_PG_URL");
    if (server.isEmpty())
        GTEST_SKIP() << "no test server: run the tests through scripts/test.sh";
    const CliRun missing = cli({ QStringLiteral("server"), QStringLiteral("init") });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("--server URL is required"))) << missing.err.toStdString();

    // The maintenance database may have been set up by an earlier run: both outcomes are fine.
    const CliRun init = cli({ QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), server });
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    const CliRun again = cli({ QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), server });
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains("up to date")) << again.out.toStdString();

    QFile password(m_dir.filePath(QStringLiteral("password")));
    ASSERT_TRUE(password.open(QIODevice::WriteOnly));
    password.write("a long enough password\n");
    password.close();
    const QString name = QStringLiteral("cli_user_%1").arg(QCoreApplication::applicationPid());
    const CliRun added = cli(
        { QStringLiteral("server"), QStringLiteral("add-user"), name, QStringLiteral("--role"), QStringLiteral("cfo"),
            QStringLiteral("--server"), server, QStringLiteral("--password-file"), password.fileName() });
    EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains("Created user")) << added.out.toStdString();
    EXPECT_FALSE(added.out.contains("Password:")) << "a given password is never echoed";
    const CliRun badRole = cli({ QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("x"),
        QStringLiteral("--role"), QStringLiteral("boss"), QStringLiteral("--server"), server });
    EXPECT_EQ(badRole.exitCode, 2);
    const CliRun dead = cli({ QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"),
        QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2") });
    EXPECT_EQ(dead.exitCode, 1);
    EXPECT_TRUE(dead.err.contains(QStringLiteral("cannot be reached"))) << dead.err.toStdString();
}

TEST_F(CliTest, SyncCreatesTheWorkspaceOnANewDesktop)
{
    const QString server = qEnvironmentVariable("CASHCYCLE_TEST_PG_URL");
    if (server.isEmpty())
        GTEST_SKIP() << "no test server: run the tests through scripts/test.sh";
    ASSERT_EQ(
        cli({ QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), server }).exitCode, 0);
    ASSERT_FALSE(QFileInfo::exists(workspace()));
    const CliRun first = cli(QStringList { QStringLiteral("sync"), QStringLiteral("--server"), server } + unlock());
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.startsWith("Pushed 0 changes (0 conflicts); pulled ")) << first.out.toStdString();
    EXPECT_TRUE(QFileInfo::exists(workspace()));
    const CliRun again = cli(QStringList { QStringLiteral("sync"), QStringLiteral("--server"), server } + unlock());
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();

    const CliRun dead = cli(QStringList { QStringLiteral("sync"), QStringLiteral("--server"),
                                QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2") }
        + unlock());
    EXPECT_EQ(dead.exitCode, 1);
    EXPECT_TRUE(dead.err.contains(QStringLiteral("cannot be reached"))) << dead.err.toStdString();
}

// Write a draft, issue it, credit it, and list what came of it; a bad line is named.
TEST_F(CliTest, InvoicesAreDraftedIssuedCreditedAndListed)
{
    const CliRun demo = cli(QStringList { QStringLiteral("demo"), QStringLiteral("--invoices"), QStringLiteral("50"),
                                QStringLiteral("--customers"), QStringLiteral("5") }
        + unlock());
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QStringList draft { QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("--customer"),
        QStringLiteral("C000001"), QStringLiteral("--line"), QStringLiteral("Consulting|2.5|120.00|19"),
        QStringLiteral("--line"), QStringLiteral("Travel|1|80|7|10|Train to Hamburg") };
    const CliRun drafted = cli(draft + unlock());
    ASSERT_EQ(drafted.exitCode, 0) << drafted.err.toStdString();
    EXPECT_TRUE(drafted.out.startsWith("draft:")) << drafted.out.toStdString();
    const QString draftNumber = QString::fromUtf8(drafted.out.split(' ').first());

    const CliRun issued
        = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("issue"), draftNumber } + unlock());
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    const QString number = QString::fromUtf8(issued.out.split(' ').first());
    EXPECT_TRUE(number.startsWith(QStringLiteral("INV-"))) << issued.out.toStdString();
    EXPECT_TRUE(issued.out.contains("434.04")) << "300.00 + 57.00 tax + 72.00 + 5.04 tax";

    const CliRun credited
        = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("credit"), number, QStringLiteral("--issue") }
            + unlock());
    ASSERT_EQ(credited.exitCode, 0) << credited.err.toStdString();
    EXPECT_TRUE(credited.out.startsWith("CN-")) << credited.out.toStdString();
    EXPECT_TRUE(credited.out.contains("-434.04"));

    const CliRun list = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("list"),
                                QStringLiteral("--customer"), QStringLiteral("C000001") }
        + unlock());
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(
        list.out.startsWith("number,customer_id,customer,kind,status,invoice_date,due_date,currency,total,open\r\n"));
    const QByteArray row = list.out.mid(list.out.indexOf(number.toUtf8()));
    EXPECT_TRUE(row.startsWith((number + QStringLiteral(",C000001,")).toUtf8())) << list.out.toStdString();
    // Read from the end: a customer's name may hold a quoted comma.
    const QList<QByteArray> fields = row.left(row.indexOf('\r')).split(',');
    ASSERT_GE(fields.size(), 10);
    const auto fromEnd = [&](int i) { return fields.at(fields.size() - i); };
    EXPECT_EQ(fromEnd(7), "invoice");
    EXPECT_EQ(fromEnd(6), "paid") << "the credit note settled it";
    // "NUMBER STATUS TOTAL CURRENCY"; the customer's currency may have 2 or 3 decimals.
    const QList<QByteArray> issuedFields = issued.out.trimmed().split(' ');
    EXPECT_EQ(fromEnd(3), issuedFields.at(3));
    EXPECT_EQ(fromEnd(2), issuedFields.at(2));
    EXPECT_TRUE(fromEnd(1).startsWith("0.00") && fromEnd(1).count('0') == fromEnd(1).size() - 1)
        << fromEnd(1).toStdString();
    EXPECT_FALSE(list.out.contains("draft:")) << "the draft became the invoice";

    const CliRun wrong
        = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("--customer"),
                  QStringLiteral("C000001"), QStringLiteral("--line"), QStringLiteral("Consulting|two|1|19") }
            + unlock());
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("quantity \"two\""))) << wrong.err.toStdString();
    const CliRun again = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("issue"), number } + unlock());
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("issued already"))) << again.err.toStdString();
}

TEST_F(CliTest, WorklistAsJsonAndCsv)
{
    const CliRun demo = cli(QStringList { QStringLiteral("demo"), QStringLiteral("--invoices"), QStringLiteral("4000"),
                                QStringLiteral("--today"), QStringLiteral("2026-11-23") }
        + unlock());
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QStringList worklist { QStringLiteral("worklist"), QStringLiteral("--collector"), QStringLiteral("anna"),
        QStringLiteral("--date"), QStringLiteral("2026-11-23") };
    const CliRun json = cli(worklist + QStringList { QStringLiteral("--format"), QStringLiteral("json") } + unlock());
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    QJsonParseError error;
    const QJsonArray entries = QJsonDocument::fromJson(json.out, &error).array();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    ASSERT_GT(entries.size(), 3);
    double previous = std::numeric_limits<double>::max();
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries[i].toObject();
        for (const char *key : { "rank", "customer_id", "name", "score", "collectible", "reasons" })
            ASSERT_TRUE(entry.contains(QString::fromLatin1(key))) << key;
        EXPECT_EQ(entry[QStringLiteral("rank")].toInt(), i + 1);
        EXPECT_LE(entry[QStringLiteral("score")].toDouble(), previous) << "ranked by score";
        previous = entry[QStringLiteral("score")].toDouble();
        EXPECT_FALSE(entry[QStringLiteral("reasons")].toArray().isEmpty());
    }

    const CliRun csv = cli(worklist + unlock());
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_TRUE(csv.out.startsWith("rank,customer_id,name,score,collectible,currency,channel,done,reasons\r\n"));
    EXPECT_EQ(csv.out.count("\r\n"), entries.size() + 1);

    const CliRun nobody = cli(QStringList { QStringLiteral("worklist"), QStringLiteral("--collector"),
                                  QStringLiteral("nobody"), QStringLiteral("--format"), QStringLiteral("json") }
        + unlock());
    ASSERT_EQ(nobody.exitCode, 0);
    EXPECT_TRUE(QJsonDocument::fromJson(nobody.out).array().isEmpty());
    const CliRun badDate = cli(QStringList { QStringLiteral("worklist"), QStringLiteral("--collector"),
                                   QStringLiteral("anna"), QStringLiteral("--date"), QStringLiteral("23.11.2026") }
        + unlock());
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("--date"))) << badDate.err.toStdString();
}

TEST_F(CliTest, SettingsAndMailThroughARealSmtpServer)
{
    demo(300);
    cc::test::SmtpTestServer server;
    ASSERT_TRUE(server.isRunning()) << qPrintable(server.error());
    useMailServer(server.port(), { { "company.name", "Example Ltd" } });
    const CliRun bad = cli(QStringList { QStringLiteral("settings"), QStringLiteral("set"),
                               QStringLiteral("smtp.security"), QStringLiteral("ssl") }
        + unlock());
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("none, starttls or tls"))) << bad.err.toStdString();
    const CliRun listed = cli(QStringList { QStringLiteral("settings"), QStringLiteral("list") } + unlock());
    EXPECT_TRUE(listed.out.contains("smtp.security=none\n")) << listed.out.toStdString();

    const CliRun sent
        = cli(QStringList { QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("C000001"),
                  QStringLiteral("--template"), QStringLiteral("statement"), QStringLiteral("--statement") }
            + unlock());
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    EXPECT_TRUE(sent.out.contains("sent=1 retrying=0 failed=0")) << sent.out.toStdString();
    const auto received = server.messages();
    ASSERT_EQ(received.size(), 1);
    const QJsonObject mail = received[0];
    EXPECT_TRUE(mail[QStringLiteral("subject")].toString().contains(QStringLiteral("C000001")));
    EXPECT_EQ(mail[QStringLiteral("from")].toString(), QStringLiteral("ar@example.com"));
    EXPECT_FALSE(mail[QStringLiteral("envelope_to")].toArray().isEmpty());
    const QString body = mail[QStringLiteral("body")].toString();
    EXPECT_TRUE(body.contains(QStringLiteral("Example Ltd"))) << body.toStdString();
    const QJsonArray attachments = mail[QStringLiteral("attachments")].toArray();
    ASSERT_EQ(attachments.size(), 1);
    EXPECT_EQ(attachments[0][QStringLiteral("content_type")].toString(), QStringLiteral("application/pdf"));
    EXPECT_TRUE(attachments[0][QStringLiteral("filename")].toString().startsWith(QStringLiteral("statement-C000001-")));
    const QString pdf = cc::test::pdfText(attachments[0][QStringLiteral("path")].toString());
    EXPECT_TRUE(pdf.contains(QStringLiteral("C000001"))) << pdf.toStdString();
    EXPECT_TRUE(pdf.contains(QStringLiteral("Example Ltd"))) << pdf.toStdString();
    EXPECT_TRUE(pdf.contains(QStringLiteral("Statement of account")) || pdf.contains(QStringLiteral("Kontoauszug")))
        << pdf.toStdString();
    const CliRun outbox = cli(QStringList { QStringLiteral("mail"), QStringLiteral("outbox") } + unlock());
    EXPECT_TRUE(outbox.out.contains(",C000001,email,sent,1,")) << outbox.out.toStdString();

    // The team's own template wins over the built-in one, in every language it is given for.
    QFile bodyFile(m_dir.filePath(QStringLiteral("body.txt")));
    ASSERT_TRUE(bodyFile.open(QIODevice::WriteOnly));
    bodyFile.write("Please pay {{total_open}} to {{company.name}}.\n");
    bodyFile.close();
    for (const char *language : { "en", "de" }) {
        const CliRun saved
            = cli(QStringList { QStringLiteral("mail"), QStringLiteral("template"), QStringLiteral("reminder"),
                      QStringLiteral("--language"), QString::fromLatin1(language), QStringLiteral("--subject"),
                      QStringLiteral("Account {{customer.id}}"), QStringLiteral("--body-file"), bodyFile.fileName() }
                + unlock());
        ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    }
    ASSERT_EQ(cli(QStringList { QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("C000001"),
                      QStringLiteral("--template"), QStringLiteral("reminder") }
                  + unlock())
                  .exitCode,
        0);
    const auto second = server.messages();
    ASSERT_EQ(second.size(), 2);
    EXPECT_EQ(second[1][QStringLiteral("subject")].toString(), QStringLiteral("Account C000001"));
    EXPECT_TRUE(second[1][QStringLiteral("body")].toString().startsWith(QStringLiteral("Please pay ")));

    // Copies of the invoices the letter lists go with it, one PDF each.
    const CliRun open = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--state"),
                                QStringLiteral("open") }
        + unlock());
    const QList<QByteArray> openRows = open.out.trimmed().split('\n').mid(1);
    ASSERT_FALSE(openRows.isEmpty());
    const QString customer = QString::fromUtf8(openRows.first().split(',').at(1));
    QStringList openInvoices;
    for (const QByteArray &row : openRows) {
        if (row.split(',').at(1) == customer.toUtf8() && row.contains(",invoice,"))
            openInvoices << QString::fromUtf8(row.split(',').first());
    }
    ASSERT_FALSE(openInvoices.isEmpty());
    const CliRun withCopies
        = cli(QStringList { QStringLiteral("mail"), QStringLiteral("send"), customer, QStringLiteral("--template"),
                  QStringLiteral("reminder"), QStringLiteral("--invoice-copies") }
            + unlock());
    ASSERT_EQ(withCopies.exitCode, 0) << withCopies.err.toStdString();
    const auto third = server.messages();
    ASSERT_EQ(third.size(), 3);
    const QJsonArray copies = third[2][QStringLiteral("attachments")].toArray();
    ASSERT_EQ(copies.size(), openInvoices.size());
    for (const QJsonValue &copy : copies) {
        const QString name = copy[QStringLiteral("filename")].toString();
        EXPECT_EQ(copy[QStringLiteral("content_type")].toString(), QStringLiteral("application/pdf"));
        const QString number = name.chopped(4);
        EXPECT_TRUE(openInvoices.contains(number)) << name.toStdString();
        EXPECT_TRUE(cc::test::pdfText(copy[QStringLiteral("path")].toString()).contains(number)) << name.toStdString();
    }
}

TEST_F(CliTest, NumberingSeriesAreListedAndChanged)
{
    ASSERT_EQ(cli(QStringList { QStringLiteral("demo"), QStringLiteral("--invoices"), QStringLiteral("20"),
                      QStringLiteral("--customers"), QStringLiteral("3") }
                  + unlock())
                  .exitCode,
        0);
    const CliRun listed = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("series") } + unlock());
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_EQ(listed.out, QByteArray("series,pattern\r\ncredit_note,CN-{YYYY}-{N:5}\r\ninvoice,INV-{YYYY}-{N:5}\r\n"));
    const CliRun changed = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("series"),
                                   QStringLiteral("--set"), QStringLiteral("invoice=R{YY}-{N:4}") }
        + unlock());
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    EXPECT_TRUE(changed.out.contains("invoice,R{YY}-{N:4}\r\n")) << changed.out.toStdString();
    const CliRun issued = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("draft"),
                                  QStringLiteral("--customer"), QStringLiteral("C000001"), QStringLiteral("--line"),
                                  QStringLiteral("Consulting|1|100|19"), QStringLiteral("--issue") }
        + unlock());
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    EXPECT_TRUE(issued.out.startsWith(
        QStringLiteral("R%1-0001 ").arg(QDate::currentDate().toString(QStringLiteral("yy"))).toUtf8()))
        << issued.out.toStdString();

    const CliRun bad = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("series"), QStringLiteral("--set"),
                               QStringLiteral("invoice=R-{M}") }
        + unlock());
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("{M}"))) << bad.err.toStdString();
    const CliRun unknown = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("series"),
                                   QStringLiteral("--set"), QStringLiteral("order=O-{N}") }
        + unlock());
    EXPECT_EQ(unknown.exitCode, 2);
}

TEST_F(CliTest, InvoicesAsPdfOneOrAllListed)
{
    ASSERT_EQ(cli(QStringList { QStringLiteral("demo"), QStringLiteral("--invoices"), QStringLiteral("60"),
                      QStringLiteral("--customers"), QStringLiteral("6") }
                  + unlock())
                  .exitCode,
        0);
    const CliRun badIban = cli(QStringList { QStringLiteral("settings"), QStringLiteral("set"),
                                   QStringLiteral("company.iban"), QStringLiteral("DE89370400440532013001") }
        + unlock());
    EXPECT_EQ(badIban.exitCode, 2);
    EXPECT_TRUE(badIban.err.contains(QStringLiteral("check digits"))) << badIban.err.toStdString();
    for (const auto &[key, value] :
        { std::pair { "company.name", "Example Ltd" }, std::pair { "company.iban", "DE89 3704 0044 0532 0130 00" } })
        ASSERT_EQ(cli(QStringList { QStringLiteral("settings"), QStringLiteral("set"), QString::fromLatin1(key),
                          QString::fromLatin1(value) }
                      + unlock())
                      .exitCode,
            0);

    const CliRun list = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("list"),
                                QStringLiteral("--customer"), QStringLiteral("C000001") }
        + unlock());
    ASSERT_EQ(list.exitCode, 0);
    const QList<QByteArray> rows = list.out.trimmed().split('\n').mid(1);
    ASSERT_FALSE(rows.isEmpty());
    const QString number = QString::fromUtf8(rows.first().split(',').first());
    const QString file = m_dir.filePath(QStringLiteral("one.pdf"));
    const CliRun one
        = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("pdf"), number, QStringLiteral("--out"), file }
            + unlock());
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    const QString text = cc::test::pdfText(file);
    EXPECT_TRUE(text.contains(number)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Example Ltd")));
    // The bank account is printed exactly when something is still to pay (the last column).
    const QByteArray firstRow = rows.first().trimmed();
    const QByteArray openAmount = firstRow.mid(firstRow.lastIndexOf(',') + 1);
    const bool open = !openAmount.startsWith('-')
        && std::any_of(openAmount.cbegin(), openAmount.cend(), [](char c) { return c >= '1' && c <= '9'; });
    EXPECT_EQ(text.contains(QStringLiteral("DE89 3704 0044 0532 0130 00")), open) << text.toStdString();

    const QString folder = m_dir.filePath(QStringLiteral("invoices"));
    const CliRun batch
        = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("--out-dir"), folder,
                  QStringLiteral("--customer"), QStringLiteral("C000001") }
            + unlock());
    ASSERT_EQ(batch.exitCode, 0) << batch.err.toStdString();
    EXPECT_EQ(batch.out.trimmed(), QByteArray("documents=") + QByteArray::number(rows.size()));
    EXPECT_EQ(QDir(folder).entryList({ QStringLiteral("*.pdf") }, QDir::Files).size(), rows.size());

    const CliRun unknown = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("NOPE-1"),
                                   QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf")) }
        + unlock());
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("NOPE-1"))) << unknown.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    const CliRun noOut = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("pdf"), number } + unlock());
    EXPECT_EQ(noOut.exitCode, 2);
}

TEST_F(CliTest, StatementsAsPdfOneOrASegment)
{
    ASSERT_EQ(cli(QStringList { QStringLiteral("demo"), QStringLiteral("--invoices"), QStringLiteral("600"),
                      QStringLiteral("--today"), QStringLiteral("2026-11-23") }
                  + unlock())
                  .exitCode,
        0);
    const QString file = m_dir.filePath(QStringLiteral("one.pdf"));
    const CliRun one = cli(QStringList { QStringLiteral("statement"), QStringLiteral("C000002"),
                               QStringLiteral("--out"), file, QStringLiteral("--as-of"), QStringLiteral("2026-11-23") }
        + unlock());
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    const QString text = cc::test::pdfText(file);
    EXPECT_TRUE(text.contains(QStringLiteral("C000002"))) << text.toStdString();

    const QString folder = m_dir.filePath(QStringLiteral("statements"));
    const CliRun batch = cli(QStringList { QStringLiteral("statement"), QStringLiteral("--out-dir"), folder,
                                 QStringLiteral("--segment"), QStringLiteral("enterprise") }
        + unlock());
    ASSERT_EQ(batch.exitCode, 0) << batch.err.toStdString();
    const int written = QString::fromUtf8(batch.out).trimmed().section(QLatin1Char('='), 1).toInt();
    EXPECT_GT(written, 0);
    const QStringList files = QDir(folder).entryList({ QStringLiteral("statement-*.pdf") }, QDir::Files);
    EXPECT_EQ(files.size(), written);

    const CliRun unknown = cli(QStringList { QStringLiteral("statement"), QStringLiteral("NOPE"),
                                   QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf")) }
        + unlock());
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("NOPE"))) << unknown.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
}

TEST_F(CliTest, DunningRunDryThenForRealThenNothingTwice)
{
    demo(1500);
    cc::test::SmtpTestServer server;
    ASSERT_TRUE(server.isRunning()) << qPrintable(server.error());
    useMailServer(server.port());
    const QStringList run { QStringLiteral("dunning"), QStringLiteral("run"), QStringLiteral("--date"),
        QStringLiteral("2026-11-23") };

    const CliRun dry = cli(run + QStringList { QStringLiteral("--dry-run") } + unlock());
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.startsWith("customer_id,level,channel,amount,currency,fee,invoices,left_out\n"));
    const int proposed = QString::fromUtf8(dry.out).section(QStringLiteral("would_send="), 1).trimmed().toInt();
    ASSERT_GT(proposed, 0) << dry.out.toStdString();
    EXPECT_TRUE(server.messages().isEmpty()) << "a dry run sends nothing";

    const CliRun real = cli(run + unlock());
    ASSERT_EQ(real.exitCode, 0) << real.err.toStdString();
    EXPECT_TRUE(real.out.contains(QStringLiteral("sent=%1 ").arg(proposed).toUtf8())) << real.out.toStdString();
    EXPECT_EQ(server.messages().size(), proposed);

    const CliRun again = cli(run + unlock());
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains("proposed=0\n")) << "no level is sent twice: " << again.out.toStdString();
    EXPECT_EQ(server.messages().size(), proposed);

    const CliRun strategy = cli(QStringList { QStringLiteral("dunning"), QStringLiteral("strategy") } + unlock());
    EXPECT_TRUE(strategy.out.contains("\"Final notice\"")) << strategy.out.toStdString();
}

TEST_F(CliTest, PaymentsAreRecordedAppliedRefundedAndReversed)
{
    demo(20); // C000006 is billed in euros
    const auto run = [this](QStringList arguments) { return cli(arguments + unlock()); };
    const CliRun issued = run({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("--customer"),
        QStringLiteral("C000006"), QStringLiteral("--line"), QStringLiteral("Consulting|1|100|19"),
        QStringLiteral("--terms"), QStringLiteral("2/10 NET30"), QStringLiteral("--issue") });
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    const QString number = QString::fromUtf8(issued.out).section(QLatin1Char(' '), 0, 0);
    const auto openOf = [&]() {
        const CliRun listed = run({ QStringLiteral("invoice"), QStringLiteral("list") });
        for (const QByteArray &line : listed.out.split('\n')) {
            if (line.startsWith(number.toUtf8() + ','))
                return QString::fromUtf8(line.trimmed()).section(QLatin1Char(','), -1);
        }
        return QStringLiteral("<missing>");
    };

    // Paid today, within ten days: 2% of 119.00 is granted with 116.62 of cash.
    const CliRun paid = run({ QStringLiteral("payment"), QStringLiteral("record"), QStringLiteral("--customer"),
        QStringLiteral("C000006"), QStringLiteral("--amount"), QStringLiteral("116.62"), QStringLiteral("--apply"),
        number + QStringLiteral("=116.62+2.38"), QStringLiteral("--reference"), QStringLiteral("SEPA 0815") });
    ASSERT_EQ(paid.exitCode, 0) << paid.err.toStdString();
    EXPECT_TRUE(paid.out.contains(number.toUtf8() + "\t116.62\tdiscount 2.38\n")) << paid.out.toStdString();
    const QString paymentId = QString::fromUtf8(paid.out).trimmed().section(QLatin1Char('\n'), -1);
    EXPECT_TRUE(paymentId.startsWith(QStringLiteral("PAY-"))) << qPrintable(paymentId);
    EXPECT_EQ(openOf(), QStringLiteral("0.00"));

    const CliRun overpaid = run({ QStringLiteral("payment"), QStringLiteral("record"), QStringLiteral("--customer"),
        QStringLiteral("C000006"), QStringLiteral("--amount"), QStringLiteral("5.00"), QStringLiteral("--apply"),
        number + QStringLiteral("=5.00") });
    EXPECT_EQ(overpaid.exitCode, 1);
    EXPECT_TRUE(overpaid.err.contains(number + QStringLiteral(" is not open"))) << overpaid.err.toStdString();

    const CliRun reversed = run({ QStringLiteral("payment"), QStringLiteral("reverse"), paymentId,
        QStringLiteral("--reason"), QStringLiteral("R01 insufficient funds") });
    ASSERT_EQ(reversed.exitCode, 0) << reversed.err.toStdString();
    EXPECT_EQ(openOf(), QStringLiteral("119.00")) << "payment and discount undone";

    // Dollars booked at a rate, left unapplied, partly refunded.
    const CliRun dollars = run({ QStringLiteral("payment"), QStringLiteral("record"), QStringLiteral("--customer"),
        QStringLiteral("C000006"), QStringLiteral("--amount"), QStringLiteral("50.00"), QStringLiteral("--currency"),
        QStringLiteral("USD"), QStringLiteral("--rate"), QStringLiteral("0.5"), QStringLiteral("--no-apply") });
    ASSERT_EQ(dollars.exitCode, 0) << dollars.err.toStdString();
    const QString dollarId = QString::fromUtf8(dollars.out).trimmed().section(QLatin1Char('\n'), -1);
    const CliRun tooMuch = run({ QStringLiteral("payment"), QStringLiteral("refund"), dollarId,
        QStringLiteral("--amount"), QStringLiteral("25.01") });
    EXPECT_EQ(tooMuch.exitCode, 1);
    EXPECT_TRUE(tooMuch.err.contains(QStringLiteral("only 25.00 EUR"))) << tooMuch.err.toStdString();
    ASSERT_EQ(run({ QStringLiteral("payment"), QStringLiteral("refund"), dollarId, QStringLiteral("--amount"),
                      QStringLiteral("5.00") })
                  .exitCode,
        0);

    const CliRun listed = run({ QStringLiteral("payment"), QStringLiteral("list"), QStringLiteral("--customer"),
        QStringLiteral("C000006"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &row : QJsonDocument::fromJson(listed.out).array())
        byId.insert(row[QStringLiteral("id")].toString(), row.toObject());
    ASSERT_TRUE(byId.contains(paymentId) && byId.contains(dollarId)) << listed.out.toStdString();
    EXPECT_EQ(byId[paymentId][QStringLiteral("reversal_reason")].toString(), QStringLiteral("R01 insufficient funds"));
    EXPECT_EQ(byId[paymentId][QStringLiteral("unapplied")].toString(), QStringLiteral("0.00"));
    EXPECT_EQ(byId[dollarId][QStringLiteral("amount")].toString(), QStringLiteral("25.00"));
    EXPECT_EQ(byId[dollarId][QStringLiteral("received")].toString(), QStringLiteral("50.00 USD"));
    EXPECT_EQ(byId[dollarId][QStringLiteral("rate")].toString(), QStringLiteral("0.5"));
    EXPECT_EQ(byId[dollarId][QStringLiteral("unapplied")].toString(), QStringLiteral("20.00"));
}

TEST_F(CliTest, WriteOffsWithinTheLimitSettleOthersWaitForApproval)
{
    demo(20); // C000006 is billed in euros
    const auto run = [this](QStringList arguments) { return cli(arguments + unlock()); };
    const CliRun issued = run(
        { QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("--customer"), QStringLiteral("C000006"),
            QStringLiteral("--line"), QStringLiteral("Repair|1|100|0"), QStringLiteral("--issue") });
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    const QString number = QString::fromUtf8(issued.out).section(QLatin1Char(' '), 0, 0);

    const CliRun limit = run(
        { QStringLiteral("writeoff"), QStringLiteral("limit"), QStringLiteral("--set"), QStringLiteral("EUR=10.00") });
    ASSERT_EQ(limit.exitCode, 0) << limit.err.toStdString();
    EXPECT_TRUE(limit.out.contains("EUR,10.00\n")) << limit.out.toStdString();

    const CliRun small
        = run({ QStringLiteral("writeoff"), QStringLiteral("request"), number, QStringLiteral("--amount"),
            QStringLiteral("4.00"), QStringLiteral("--reason"), QStringLiteral("Bank charges") });
    ASSERT_EQ(small.exitCode, 0) << small.err.toStdString();
    EXPECT_TRUE(small.out.trimmed().endsWith(" approved")) << small.out.toStdString();
    const CliRun big = run({ QStringLiteral("writeoff"), QStringLiteral("request"), number, QStringLiteral("--amount"),
        QStringLiteral("96.00"), QStringLiteral("--reason"), QStringLiteral("Damaged in transit") });
    ASSERT_EQ(big.exitCode, 0) << big.err.toStdString();
    EXPECT_TRUE(big.out.trimmed().endsWith(" requested")) << big.out.toStdString();
    const QString pendingId = QString::fromUtf8(big.out).section(QLatin1Char(' '), 0, 0);

    const CliRun pending = run({ QStringLiteral("writeoff"), QStringLiteral("list"), QStringLiteral("--status"),
        QStringLiteral("requested"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(pending.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(pending.out).array();
    ASSERT_EQ(rows.size(), 1) << pending.out.toStdString();
    EXPECT_EQ(rows[0][QStringLiteral("reason")].toString(), QStringLiteral("Damaged in transit"));
    EXPECT_EQ(rows[0][QStringLiteral("amount")].toString(), QStringLiteral("96.00"));

    ASSERT_EQ(run({ QStringLiteral("writeoff"), QStringLiteral("approve"), pendingId }).exitCode, 0);
    const CliRun listed = run(
        { QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--customer"), QStringLiteral("C000006") });
    EXPECT_TRUE(listed.out.contains(number.toUtf8()) && listed.out.contains(",paid,")) << listed.out.toStdString();
    const CliRun again = run({ QStringLiteral("writeoff"), QStringLiteral("reject"), pendingId });
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("was approved already"))) << again.err.toStdString();
}

TEST_F(CliTest, OrdersAreImportedEnteredCreditCheckedAndInvoiced)
{
    demo(20); // C000006 is billed in euros, with a credit limit far below a million
    const auto run = [this](QStringList arguments) { return cli(arguments + unlock()); };
    const CliRun held = run({ QStringLiteral("order"), QStringLiteral("enter"), QStringLiteral("--customer"),
        QStringLiteral("C000006"), QStringLiteral("--line"), QStringLiteral("Presses|10|84034.50|19"),
        QStringLiteral("--number"), QStringLiteral("SO-1"), QStringLiteral("--reference"), QStringLiteral("PO-1"),
        QStringLiteral("--release") });
    ASSERT_EQ(held.exitCode, 0) << held.err.toStdString();
    EXPECT_TRUE(held.out.startsWith("SO-1 held 1000010.55 EUR: exposure of ")) << held.out.toStdString();
    EXPECT_TRUE(held.out.contains("is over the credit limit of ")) << held.out.toStdString();
    const CliRun early = run({ QStringLiteral("order"), QStringLiteral("invoice"), QStringLiteral("SO-1") });
    EXPECT_EQ(early.exitCode, 1);
    EXPECT_TRUE(early.err.contains(QStringLiteral("only a released order"))) << early.err.toStdString();

    ASSERT_EQ(run({ QStringLiteral("order"), QStringLiteral("approve"), QStringLiteral("SO-1") }).exitCode, 0);
    const CliRun invoiced = run({ QStringLiteral("order"), QStringLiteral("invoice"), QStringLiteral("SO-1") });
    ASSERT_EQ(invoiced.exitCode, 0) << invoiced.err.toStdString();
    EXPECT_TRUE(invoiced.out.startsWith("draft:")) << invoiced.out.toStdString();
    EXPECT_TRUE(invoiced.out.contains(" 1000010.55 EUR")) << invoiced.out.toStdString();

    const QString file = m_dir.filePath(QStringLiteral("orders.csv"));
    QFile csv(file);
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("Order No.,Customer,Order Date,Amount,PO Number\nERP-7,C000004,2026-11-20,250.00,PO-77\n");
    csv.close();
    const CliRun imported = run({ QStringLiteral("import"), QStringLiteral("orders"), file });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const CliRun listed
        = run({ QStringLiteral("order"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(listed.exitCode, 0);
    QHash<QString, QJsonObject> byNumber;
    for (const QJsonValue &row : QJsonDocument::fromJson(listed.out).array())
        byNumber.insert(row[QStringLiteral("number")].toString(), row.toObject());
    ASSERT_TRUE(byNumber.contains(QStringLiteral("ERP-7"))) << listed.out.toStdString();
    EXPECT_EQ(byNumber[QStringLiteral("ERP-7")][QStringLiteral("status")].toString(), QStringLiteral("open"));
    EXPECT_EQ(
        byNumber[QStringLiteral("ERP-7")][QStringLiteral("customer_reference")].toString(), QStringLiteral("PO-77"));
    EXPECT_EQ(byNumber[QStringLiteral("SO-1")][QStringLiteral("status")].toString(), QStringLiteral("invoiced"));
}

TEST_F(CliTest, LateFeesFollowTheStatedPolicyAndAreChargedOnce)
{
    demo(20);
    const auto run = [this](QStringList arguments) { return cli(arguments + unlock()); };
    const CliRun bad = run({ QStringLiteral("latefee"), QStringLiteral("policy"), QStringLiteral("--set"),
        QStringLiteral(R"({"annual_rate_bp": "nine"})") });
    EXPECT_EQ(bad.exitCode, 2);
    const CliRun policy = run({ QStringLiteral("latefee"), QStringLiteral("policy"), QStringLiteral("--set"),
        QStringLiteral(R"({"annual_rate_bp": 800, "flat_fee": {"EUR": 4000}})") });
    ASSERT_EQ(policy.exitCode, 0) << policy.err.toStdString();
    EXPECT_TRUE(policy.out.contains("\"annual_rate_bp\":800")) << policy.out.toStdString();

    ASSERT_EQ(run({ QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("--customer"),
                      QStringLiteral("C000006"), QStringLiteral("--line"), QStringLiteral("Repair|1|500|19"),
                      QStringLiteral("--issue") })
                  .exitCode,
        0);
    const QStringList charge { QStringLiteral("latefee"), QStringLiteral("charge"), QStringLiteral("C000006"),
        QStringLiteral("--as-of"), QStringLiteral("2028-01-01") };
    const CliRun proposed = run({ QStringLiteral("latefee"), QStringLiteral("propose"), QStringLiteral("C000006"),
        QStringLiteral("--as-of"), QStringLiteral("2028-01-01") });
    ASSERT_EQ(proposed.exitCode, 0) << proposed.err.toStdString();
    const QList<QByteArray> rows = proposed.out.trimmed().split('\n');
    ASSERT_GT(rows.size(), 1) << "the invoice is long overdue in 2028";
    const CliRun charged = run(charge);
    ASSERT_EQ(charged.exitCode, 0) << charged.err.toStdString();
    EXPECT_TRUE(charged.out.startsWith("draft:")) << charged.out.toStdString();
    const CliRun again = run(charge);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("not charged yet"))) << again.err.toStdString();
}

TEST_F(CliTest, APayNowLinkIsMadeAndItsCheckoutRecordedAsAPayment)
{
    const QString secret = QStringLiteral("sk_test_cli_51H");
    cc::test::CheckoutStandIn provider(secret);
    ASSERT_TRUE(provider.isRunning());
    demo(20);
    const auto run = [this](QStringList arguments) { return cli(arguments + unlock()); };
    const CliRun issued = run(
        { QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("--customer"), QStringLiteral("C000006"),
            QStringLiteral("--line"), QStringLiteral("Service|2|60|19"), QStringLiteral("--issue") });
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    const QString number = QString::fromUtf8(issued.out).section(QLatin1Char(' '), 0, 0);

    const QString secretFile = m_dir.filePath(QStringLiteral("stripe.key"));
    QFile key(secretFile);
    ASSERT_TRUE(key.open(QIODevice::WriteOnly));
    key.write(secret.toUtf8() + '\n');
    key.close();
    const CliRun setup = run({ QStringLiteral("paylink"), QStringLiteral("setup"), QStringLiteral("--base-url"),
        provider.url().toString(), QStringLiteral("--secret-file"), secretFile, QStringLiteral("--success-url"),
        QStringLiteral("https://example.com/thanks") });
    ASSERT_EQ(setup.exitCode, 0) << setup.err.toStdString();
    const CliRun link = run({ QStringLiteral("paylink"), QStringLiteral("create"), number });
    ASSERT_EQ(link.exitCode, 0) << link.err.toStdString();
    EXPECT_EQ(link.out.trimmed(), QByteArray("https://pay.example/c/cs_test_1"));

    ASSERT_TRUE(provider.pay(QStringLiteral("cs_test_1")));
    const CliRun collected = run({ QStringLiteral("paylink"), QStringLiteral("collect") });
    ASSERT_EQ(collected.exitCode, 0) << collected.err.toStdString();
    EXPECT_EQ(collected.out.trimmed(), QStringLiteral("1 recorded (%1)").arg(number).toUtf8());
    const CliRun listed = run(
        { QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--customer"), QStringLiteral("C000006") });
    bool paid = false;
    for (const QByteArray &line : listed.out.split('\n'))
        paid = paid || (line.startsWith(number.toUtf8() + ',') && line.contains(",paid,"));
    EXPECT_TRUE(paid) << listed.out.toStdString();
}

TEST_F(CliTest, DisputesAreOpenedListedAndWorked)
{
    demo(20);
    const auto run = [this](QStringList arguments) { return cli(arguments + unlock()); };
    const CliRun issued = run(
        { QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("--customer"), QStringLiteral("C000006"),
            QStringLiteral("--line"), QStringLiteral("Crates|10|30|0"), QStringLiteral("--issue") });
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    const QString number = QString::fromUtf8(issued.out).section(QLatin1Char(' '), 0, 0);

    const CliRun bad = run({ QStringLiteral("dispute"), QStringLiteral("open"), number, QStringLiteral("--amount"),
        QStringLiteral("50.00"), QStringLiteral("--reason"), QStringLiteral("moody") });
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("not_received"))) << bad.err.toStdString();
    const CliRun opened = run({ QStringLiteral("dispute"), QStringLiteral("open"), number, QStringLiteral("--amount"),
        QStringLiteral("90.00"), QStringLiteral("--reason"), QStringLiteral("damaged") });
    ASSERT_EQ(opened.exitCode, 0) << opened.err.toStdString();
    const QString id = QString::fromUtf8(opened.out).trimmed().section(QLatin1Char('\n'), -1);

    const CliRun listed = run(
        { QStringLiteral("dispute"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(listed.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(listed.out).array();
    ASSERT_EQ(rows.size(), 1) << listed.out.toStdString();
    EXPECT_EQ(rows[0][QStringLiteral("id")].toString(), id);
    EXPECT_EQ(rows[0][QStringLiteral("amount")].toString(), QStringLiteral("90.00"));
    EXPECT_EQ(rows[0][QStringLiteral("status")].toString(), QStringLiteral("new"));
    EXPECT_EQ(rows[0][QStringLiteral("sla_breached")].toString(), QStringLiteral("no"));

    QTemporaryDir files;
    QFile photo(files.filePath(QStringLiteral("crate.jpg")));
    ASSERT_TRUE(photo.open(QIODevice::WriteOnly));
    photo.write(QByteArray("\xff\xd8\xff\xe0 broken crate", 18));
    photo.close();
    ASSERT_EQ(run({ QStringLiteral("dispute"), QStringLiteral("attach"), id, photo.fileName() }).exitCode, 0);
    const CliRun attachments = run({ QStringLiteral("dispute"), QStringLiteral("attachments"), id });
    EXPECT_TRUE(attachments.out.contains(",crate.jpg,image/jpeg,18,")) << attachments.out.toStdString();

    ASSERT_EQ(run({ QStringLiteral("dispute"), QStringLiteral("limit"), QStringLiteral("--by"),
                      QStringLiteral("credit_note"), QStringLiteral("--set"), QStringLiteral("EUR=50.00") })
                  .exitCode,
        0);
    const CliRun proposed = run({ QStringLiteral("dispute"), QStringLiteral("resolve"), id, QStringLiteral("--by"),
        QStringLiteral("credit_note"), QStringLiteral("--amount"), QStringLiteral("90.00") });
    ASSERT_EQ(proposed.exitCode, 0) << proposed.err.toStdString();
    EXPECT_TRUE(proposed.out.contains("new credit_note proposed 90.00")) << proposed.out.toStdString();
    const CliRun decided
        = run({ QStringLiteral("dispute"), QStringLiteral("decide"), id, QStringLiteral("--approve") });
    ASSERT_EQ(decided.exitCode, 0) << decided.err.toStdString();
    EXPECT_TRUE(decided.out.contains("resolved credit_note approved 90.00 CN-")) << decided.out.toStdString();
    const CliRun invoices = run({ QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--customer"),
        QStringLiteral("C000006"), QStringLiteral("--format"), QStringLiteral("json") });
    bool credited = false;
    for (const QJsonValue &row : QJsonDocument::fromJson(invoices.out).array())
        credited = credited
            || (row[QStringLiteral("number")].toString() == number
                && row[QStringLiteral("open")].toString() == QStringLiteral("210.00"));
    EXPECT_TRUE(credited) << invoices.out.toStdString();

    const CliRun csv = run({ QStringLiteral("dispute"), QStringLiteral("list") });
    EXPECT_EQ(csv.out.trimmed().split('\n').size(), 1) << "only the header: nothing unresolved";
}

TEST_F(CliTest, CreditRequestsAreMadeDecidedAndExplained)
{
    demo(20);
    const auto run = [this](QStringList arguments) { return cli(arguments + unlock()); };
    const CliRun unjustified = run({ QStringLiteral("credit"), QStringLiteral("request"), QStringLiteral("C000006"),
        QStringLiteral("--limit"), QStringLiteral("9000") });
    EXPECT_EQ(unjustified.exitCode, 2);
    EXPECT_TRUE(unjustified.err.contains(QStringLiteral("--reason"))) << unjustified.err.toStdString();
    const CliRun asked = run({ QStringLiteral("credit"), QStringLiteral("request"), QStringLiteral("C000006"),
        QStringLiteral("--limit"), QStringLiteral("9000"), QStringLiteral("--reason"), QStringLiteral("Trade fair") });
    ASSERT_EQ(asked.exitCode, 0) << asked.err.toStdString();
    const QString id = QString::fromUtf8(asked.out).trimmed().section(QLatin1Char('\n'), -1);
    const CliRun queue = run({ QStringLiteral("credit"), QStringLiteral("list") });
    EXPECT_TRUE(queue.out.contains(id.toUtf8() + ",C000006,")) << queue.out.toStdString();
    const CliRun approved = run({ QStringLiteral("credit"), QStringLiteral("approve"), id });
    ASSERT_EQ(approved.exitCode, 0) << approved.err.toStdString();
    EXPECT_TRUE(approved.out.startsWith("C000006 9000.00")) << approved.out.toStdString();
    EXPECT_TRUE(approved.out.contains(" approved\n"));
    EXPECT_EQ(run({ QStringLiteral("credit"), QStringLiteral("approve"), id }).exitCode, 1) << "decided once";

    const CliRun risk = run({ QStringLiteral("credit"), QStringLiteral("risk"), QStringLiteral("C000006") });
    ASSERT_EQ(risk.exitCode, 0) << risk.err.toStdString();
    EXPECT_TRUE(risk.out.startsWith("risk score ")) << risk.out.toStdString();
    EXPECT_GE(risk.out.count('\n'), 2) << "with its explanation";
    const CliRun due = run(
        { QStringLiteral("credit"), QStringLiteral("reviews"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(due.exitCode, 0);
    const QJsonArray dueRows = QJsonDocument::fromJson(due.out).array();
    ASSERT_FALSE(dueRows.isEmpty());
    ASSERT_EQ(run({ QStringLiteral("credit"), QStringLiteral("review"), QStringLiteral("C000006"),
                      QStringLiteral("--note"), QStringLiteral("Fine") })
                  .exitCode,
        0);
    const CliRun after = run({ QStringLiteral("credit"), QStringLiteral("reviews") });
    EXPECT_FALSE(after.out.contains("\nC000006,")) << after.out.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run({ QStringLiteral("credit"), QStringLiteral("reviews"),
                                              QStringLiteral("--format"), QStringLiteral("json") })
                                          .out)
                  .array()
                  .size(),
        dueRows.size() - 1);

    ASSERT_EQ(run({ QStringLiteral("credit"), QStringLiteral("hold"), QStringLiteral("C000006"),
                      QStringLiteral("--reason"), QStringLiteral("Bounced cheque") })
                  .exitCode,
        0);
    const CliRun again = run({ QStringLiteral("credit"), QStringLiteral("hold"), QStringLiteral("C000006"),
        QStringLiteral("--reason"), QStringLiteral("Twice") });
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("on credit hold already"))) << again.err.toStdString();
}

TEST_F(CliTest, ABankStatementIsImportedOnceAndAnUnbalancedOneReported)
{
    demo(50);
    const QString shared
        = QStringLiteral(CASHCYCLE_SOURCE_DIR "/../shared/data/bank/camt/OCA_bank-statement-import/test-camt053.xml");
    if (!QFile::exists(shared))
        GTEST_SKIP() << "../shared is not beside the project";
    const QStringList import { QStringLiteral("statement"), QStringLiteral("import"), shared };
    const CliRun first = cli(import + unlock());
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.out.trimmed(),
        QByteArray("format=camt.053 statements=1 new_statements=1 lines_added=4 duplicates=0 unbalanced=1 problems=0"));
    EXPECT_TRUE(first.err.contains("unbalanced statement 1234Test/1 of NL77ABNA0574908765: the opening balance "
                                   "15568.27 EUR and the entries make 15555.28 EUR, but the closing balance is "
                                   "15121.12 EUR"))
        << first.err.toStdString() << " (the file's own balances disagree with its entries)";
    const CliRun again = cli(import + unlock());
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains("new_statements=0 lines_added=0 duplicates=4")) << again.out.toStdString();
    const CliRun wrong = cli(QStringList { QStringLiteral("statement"), QStringLiteral("import"), shared,
                                 QStringLiteral("--format"), QStringLiteral("bai2") }
        + unlock());
    EXPECT_EQ(wrong.exitCode, 1) << "camt is no BAI2";
    EXPECT_TRUE(wrong.err.contains("line 1")) << wrong.err.toStdString();
    const CliRun bai2 = cli(
        QStringList { QStringLiteral("statement"), QStringLiteral("import"),
            QStringLiteral(CASHCYCLE_SOURCE_DIR "/../shared/data/bank/bai2/ministryofjustice_bai2/citi_example.bai2") }
        + unlock());
    ASSERT_EQ(bai2.exitCode, 0) << bai2.err.toStdString();
    EXPECT_TRUE(bai2.out.startsWith("format=bai2 statements=1 new_statements=1 lines_added=1 "))
        << bai2.out.toStdString();
    // An MT940 file of many statements, recognized as such.
    const CliRun mt940 = cli(
        QStringList { QStringLiteral("statement"), QStringLiteral("import"),
            QStringLiteral(CASHCYCLE_SOURCE_DIR "/../shared/data/bank/mt940/WoLpH_mt940/betterplace/sepa_mt9401.sta") }
        + unlock());
    ASSERT_EQ(mt940.exitCode, 0) << mt940.err.toStdString();
    EXPECT_TRUE(mt940.out.startsWith("format=mt940 ")) << mt940.out.toStdString();
    EXPECT_TRUE(mt940.out.contains("lines_added=97 duplicates=0 unbalanced=0 problems=0")) << mt940.out.toStdString();
}

TEST_F(CliTest, TheDashboardsFiguresAsJsonAddUpInTheBase)
{
    demo(300);
    const CliRun run = cli(QStringList { QStringLiteral("dashboard"), QStringLiteral("--as-of"),
                               QStringLiteral("2026-11-24"), QStringLiteral("--base"), QStringLiteral("eur") }
        + unlock());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject dashboard = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(dashboard.value(QStringLiteral("base")).toString(), QStringLiteral("EUR"));
    EXPECT_TRUE(dashboard.value(QStringLiteral("without_rate")).toArray().isEmpty()) << "the demo has euro rates";
    const auto cents = [](const QJsonValue &amount) { return qRound64(amount.toString().toDouble() * 100); };
    const QJsonArray aging = dashboard.value(QStringLiteral("aging")).toArray();
    ASSERT_EQ(aging.size(), 6);
    for (const char *view : { "by_collector", "by_currency" }) {
        QList<qint64> sums(6, 0);
        for (const QJsonValue &series : dashboard.value(QLatin1String(view)).toArray()) {
            const QJsonArray buckets = series.toObject().value(QStringLiteral("buckets")).toArray();
            for (int b = 0; b < 6; ++b)
                sums[b] += cents(buckets[b]);
        }
        for (int b = 0; b < 6; ++b)
            EXPECT_EQ(sums[b], cents(aging[b])) << view << " bucket " << b << ": every view adds up to the cent";
    }
    EXPECT_GE(dashboard.value(QStringLiteral("by_currency")).toArray().size(), 2);
    const QJsonArray trend = dashboard.value(QStringLiteral("trend")).toArray();
    ASSERT_EQ(trend.size(), 12);
    EXPECT_EQ(trend.last().toObject().value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-24"));
    EXPECT_TRUE(trend.last().toObject().value(QStringLiteral("dso")).isDouble());
    EXPECT_LE(dashboard.value(QStringLiteral("top_overdue")).toArray().size(), 10);
    EXPECT_EQ(dashboard.value(QStringLiteral("promises")).toArray().size(), 12);

    const CliRun noRate
        = cli(QStringList { QStringLiteral("dashboard"), QStringLiteral("--base"), QStringLiteral("USD") } + unlock());
    ASSERT_EQ(noRate.exitCode, 0) << noRate.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(noRate.out)
                    .object()
                    .value(QStringLiteral("without_rate"))
                    .toArray()
                    .contains(QStringLiteral("GBP")))
        << "only euro rates: pounds cannot become dollars";
    const CliRun bad
        = cli(QStringList { QStringLiteral("dashboard"), QStringLiteral("--base"), QStringLiteral("XX") } + unlock());
    EXPECT_EQ(bad.exitCode, 2);
}

TEST_F(CliTest, KpisPerCurrencyAsJsonAndCsv)
{
    demo(300);
    const CliRun json
        = cli(QStringList { QStringLiteral("kpi"), QStringLiteral("--as-of"), QStringLiteral("2026-11-24"),
                  QStringLiteral("--months"), QStringLiteral("6"), QStringLiteral("--format"), QStringLiteral("json") }
            + unlock());
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject byCurrency = QJsonDocument::fromJson(json.out).object();
    ASSERT_TRUE(byCurrency.contains(QStringLiteral("EUR"))) << json.out.toStdString();
    for (const QString &currency : byCurrency.keys()) {
        const QJsonObject kpis = byCurrency.value(currency).toObject();
        for (const char *field : { "dso", "countback_dso", "bpdso", "add", "cei", "pct_current" })
            EXPECT_TRUE(kpis.contains(QLatin1String(field))) << currency.toStdString() << " lacks " << field;
        if (kpis.value(QStringLiteral("dso")).isDouble()) {
            EXPECT_NEAR(kpis.value(QStringLiteral("add")).toDouble(),
                kpis.value(QStringLiteral("dso")).toDouble() - kpis.value(QStringLiteral("bpdso")).toDouble(), 0.011);
        }
        const double current = kpis.value(QStringLiteral("pct_current")).toDouble();
        EXPECT_GE(current, 0.0);
        EXPECT_LE(current, 100.0);
    }
    const CliRun csv = cli(QStringList { QStringLiteral("kpi"), QStringLiteral("--as-of"), QStringLiteral("2026-11-24"),
                               QStringLiteral("--format"), QStringLiteral("csv") }
        + unlock());
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_TRUE(csv.out.startsWith("currency,dso,countback_dso,bpdso,add,cei,pct_current\n")) << csv.out.toStdString();
    // The demo has euro rates only: nothing converts GBP into dollars.
    const CliRun noRates = cli(QStringList { QStringLiteral("kpi"), QStringLiteral("--as-of"),
                                   QStringLiteral("2026-11-24"), QStringLiteral("--base"), QStringLiteral("USD") }
        + unlock());
    EXPECT_EQ(noRates.exitCode, 1);
    EXPECT_TRUE(noRates.err.contains(QStringLiteral("exchange rate"))) << noRates.err.toStdString();
    QFile rates(m_dir.filePath(QStringLiteral("rates.csv")));
    ASSERT_TRUE(rates.open(QIODevice::WriteOnly));
    rates.write("date,base,quote,rate\n2026-11-01,EUR,USD,1.08\n2026-11-01,EUR,GBP,0.86\n2026-11-01,EUR,CHF,0.95\n"
                "2026-11-01,EUR,JPY,162.5\n2026-11-01,EUR,BHD,0.407\n");
    rates.close();
    const CliRun imported
        = cli(QStringList { QStringLiteral("fx"), QStringLiteral("import"), rates.fileName() } + unlock());
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.out.trimmed(), QByteArray("5 rates imported"));
    const CliRun based = cli(QStringList { QStringLiteral("kpi"), QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-24"), QStringLiteral("--base"), QStringLiteral("EUR") }
        + unlock());
    ASSERT_EQ(based.exitCode, 0) << based.err.toStdString();
    const QJsonObject inEuro = QJsonDocument::fromJson(based.out).object();
    EXPECT_EQ(inEuro.keys(), QStringList { QStringLiteral("EUR") });
    EXPECT_TRUE(inEuro.value(QStringLiteral("EUR")).toObject().value(QStringLiteral("dso")).isDouble());
    const CliRun bad
        = cli(QStringList { QStringLiteral("kpi"), QStringLiteral("--months"), QStringLiteral("0") } + unlock());
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--months"))) << bad.err.toStdString();
}

namespace {

QJsonObject backtest(const CliRun &run)
{
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    for (const char *field : { "mae_days", "within_7_days", "baseline_mae_days", "baseline_within_7_days" })
        EXPECT_TRUE(result.value(QLatin1String(field)).isDouble()) << field << ": " << run.out.toStdString();
    return result;
}

} // namespace

TEST_F(CliTest, TheForecastBacktestBeatsTheNaiveBaselineOnTheDemo)
{
    demo(3000);
    const QJsonObject result = backtest(cli(QStringList { QStringLiteral("forecast"), QStringLiteral("backtest"),
                                                QStringLiteral("--cutoff"), QStringLiteral("2026-08-31") }
        + unlock()));
    EXPECT_GT(result.value(QStringLiteral("invoices")).toInt(), 50);
    EXPECT_LT(result.value(QStringLiteral("mae_days")).toDouble(),
        result.value(QStringLiteral("baseline_mae_days")).toDouble());
    const CliRun weekly
        = cli(QStringList { QStringLiteral("forecast"), QStringLiteral("--from"), QStringLiteral("2026-11-24"),
                  QStringLiteral("--weeks"), QStringLiteral("13"), QStringLiteral("--format"), QStringLiteral("json") }
            + unlock());
    ASSERT_EQ(weekly.exitCode, 0) << weekly.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(weekly.out).array();
    int eurWeeks = 0;
    for (const QJsonValue &row : rows) {
        if (row[QStringLiteral("currency")].toString() != QLatin1String("EUR"))
            continue;
        ++eurWeeks;
        EXPECT_LE(
            row[QStringLiteral("low")].toString().toDouble(), row[QStringLiteral("expected")].toString().toDouble());
        EXPECT_GE(
            row[QStringLiteral("high")].toString().toDouble(), row[QStringLiteral("expected")].toString().toDouble());
    }
    EXPECT_EQ(eurWeeks, 13);
    EXPECT_EQ(rows[0][QStringLiteral("week_start")].toString(), QStringLiteral("2026-11-24"));
    const CliRun noCutoff = cli(QStringList { QStringLiteral("forecast"), QStringLiteral("backtest") } + unlock());
    EXPECT_EQ(noCutoff.exitCode, 2);
    EXPECT_TRUE(noCutoff.err.contains(QStringLiteral("--cutoff")));
}

// The public IBM accounts-receivable sample (../shared, not part of the project: it has no
// stated license), loaded through the CSV import by scripts/ibm-ar-workspace.sh.
TEST_F(CliTest, TheForecastBacktestBeatsTheNaiveBaselineOnTheIbmSample)
{
    const QString sample = QStringLiteral(CASHCYCLE_SOURCE_DIR)
        + QStringLiteral("/../shared/data/ar/ibm_watson_accounts_receivable/WA_Fn-UseC_-Accounts-Receivable.csv");
    if (!QFile::exists(sample))
        GTEST_SKIP() << "the IBM sample is not at " << sample.toStdString();
    QProcess load;
    load.start(QStringLiteral(CASHCYCLE_SOURCE_DIR) + QStringLiteral("/scripts/ibm-ar-workspace.sh"),
        { QStringLiteral(CASHCYCLE_CLI), workspace(), m_keyFile, sample });
    ASSERT_TRUE(load.waitForFinished(120'000));
    ASSERT_EQ(load.exitCode(), 0) << load.readAllStandardError().toStdString();
    for (const char *cutoff : { "2013-03-31", "2013-06-30", "2013-09-30" }) {
        const QJsonObject result = backtest(cli(QStringList { QStringLiteral("forecast"), QStringLiteral("backtest"),
                                                    QStringLiteral("--cutoff"), QString::fromLatin1(cutoff) }
            + unlock()));
        EXPECT_GT(result.value(QStringLiteral("invoices")).toInt(), 50) << cutoff;
        EXPECT_LT(result.value(QStringLiteral("mae_days")).toDouble(),
            result.value(QStringLiteral("baseline_mae_days")).toDouble())
            << cutoff;
        EXPECT_GT(result.value(QStringLiteral("within_7_days")).toDouble(),
            result.value(QStringLiteral("baseline_within_7_days")).toDouble())
            << cutoff;
    }
}

TEST_F(CliTest, BankCreditsAreMatchedPostedAndPrintedAsJson)
{
    demo(50);
    const CliRun listed = cli(
        QStringList { QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("open") }
        + unlock());
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    QByteArray number;
    QByteArray open;
    for (const QByteArray &row : listed.out.split('\n')) {
        const QList<QByteArray> fields = row.split(',');
        if (fields.size() == 10 && fields[3] == "invoice" && fields[7] == "EUR") {
            number = fields[0];
            open = fields[9].trimmed();
            break;
        }
    }
    ASSERT_FALSE(number.isEmpty()) << "an open invoice in euros";
    QFile file(workspace() + QStringLiteral("-statement.xml"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
               "<BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr><Stmt><Id>S1</Id><Acct><Id><IBAN>"
               "DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy></Acct>"
               "<Ntry><NtryRef>E-1</NtryRef><Amt Ccy=\"EUR\">"
        + open
        + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-23</Dt></BookgDt><NtryDtls><TxDtls><RmtInf><Ustrd>"
          "Rechnung "
        + number.toLower()
        + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"
          "<Ntry><NtryRef>E-2</NtryRef><Amt Ccy=\"EUR\">12.34</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>"
          "2026-11-23</Dt></BookgDt><NtryDtls><TxDtls><RmtInf><Ustrd>Zinsen</Ustrd></RmtInf></TxDtls></NtryDtls>"
          "</Ntry></Stmt></BkToCstmrStmt></Document>\n");
    file.close();
    ASSERT_EQ(cli(QStringList { QStringLiteral("statement"), QStringLiteral("import"), file.fileName() } + unlock())
                  .exitCode,
        0);

    const CliRun matched = cli(QStringList { QStringLiteral("match"), QStringLiteral("--format"), QStringLiteral("json") } + unlock());
    ASSERT_EQ(matched.exitCode, 0) << matched.err.toStdString();
    const QJsonArray lines = QJsonDocument::fromJson(matched.out).object().value(QStringLiteral("lines")).toArray();
    ASSERT_EQ(lines.size(), 2) << matched.out.toStdString();
    const QJsonObject paid = lines[0].toObject();
    EXPECT_EQ(paid[QStringLiteral("line_id")].toString(), QStringLiteral("E-1")) << "the bank's entry reference";
    EXPECT_EQ(paid[QStringLiteral("status")].toString(), QStringLiteral("matched"));
    EXPECT_GE(paid[QStringLiteral("confidence")].toDouble(), 0.9);
    const QJsonArray matches = paid[QStringLiteral("matches")].toArray();
    ASSERT_EQ(matches.size(), 1);
    EXPECT_EQ(matches[0][QStringLiteral("invoice_number")].toString(), QString::fromUtf8(number));
    EXPECT_EQ(matches[0][QStringLiteral("amount")].toString(), QString::fromUtf8(open));
    EXPECT_FALSE(paid[QStringLiteral("reasons")].toArray().isEmpty());
    const QJsonObject interest = lines[1].toObject();
    EXPECT_EQ(interest[QStringLiteral("status")].toString(), QStringLiteral("unmatched"));
    EXPECT_TRUE(interest[QStringLiteral("matches")].toArray().isEmpty());

    const CliRun invoice = cli(
        QStringList { QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("open") }
        + unlock());
    EXPECT_FALSE(invoice.out.contains(number + ',')) << "paid in full, no longer open";

    EXPECT_EQ(cli(QStringList { QStringLiteral("match"), QStringLiteral("undo"), paid[QStringLiteral("id")].toString() }
                  + unlock())
                  .exitCode,
        0);
    const CliRun reopened = cli(
        QStringList { QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("open") }
        + unlock());
    EXPECT_TRUE(reopened.out.contains(number + ',')) << "open again after the undo";
    const CliRun bad = cli(QStringList { QStringLiteral("match"), QStringLiteral("--threshold"), QStringLiteral("2") } + unlock());
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains("--threshold")) << bad.err.toStdString();
}

TEST_F(CliTest, ACsvExportIsImportedWithASavedMapping)
{
    demo(20);
    const auto write = [this](const char *name, const QByteArray &content) {
        QFile file(workspace() + QLatin1String(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return file.fileName();
    };
    const QString mapping = write("-mapping.json",
        R"json({"delimiter": ";", "date": "Datum", "date_format": "dd.MM.yyyy", "decimal": ",", "amount": "Betrag",
                "payer": "Name", "text": ["Zweck"], "currency": "EUR", "account": "DE02120300000000202051"})json");
    const QString csv = write("-export.csv", "Datum;Betrag;Name;Zweck\n20.11.2026;250,00;Kunde;Zahlung\n");
    const CliRun saved = cli(QStringList { QStringLiteral("statement"), QStringLiteral("mapping"), QStringLiteral("save"),
                                 QStringLiteral("Sparkasse"), mapping }
        + unlock());
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    const CliRun listed
        = cli(QStringList { QStringLiteral("statement"), QStringLiteral("mapping"), QStringLiteral("list") } + unlock());
    EXPECT_EQ(listed.out.trimmed(), QByteArray("Sparkasse"));
    const CliRun imported = cli(QStringList { QStringLiteral("statement"), QStringLiteral("import"), csv,
                                    QStringLiteral("--mapping"), QStringLiteral("Sparkasse") }
        + unlock());
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.out.trimmed(),
        QByteArray("format=csv statements=1 new_statements=1 lines_added=1 duplicates=0 unbalanced=0 problems=0"));
    const CliRun unknown = cli(QStringList { QStringLiteral("statement"), QStringLiteral("import"), csv,
                                   QStringLiteral("--mapping"), QStringLiteral("Volksbank") }
        + unlock());
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("no CSV mapping \"Volksbank\"")) << unknown.err.toStdString();
}
