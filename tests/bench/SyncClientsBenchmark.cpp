// SPDX-License-Identifier: GPL-3.0-or-later
// Sync as desktops live it, against a real server (CASHCYCLE_TEST_PG_URL, e.g. through
// scripts/with-postgres.sh): each desktop is a WorkspaceSession with a SyncController, as
// in the app. Prints
//  - how long one desktop's change takes to show on another (push, NOTIFY, pull), p50/p95;
//  - CLIENTS desktops syncing at once, each editing while the others pull: errors and time.
// Usage: cashcycle_sync_bench [CHANGES] [CLIENTS]
#include "FixedClock.h"
#include "server/PgConnection.h"
#include "server/ServerAdmin.h"
#include "server/ServerMigrations.h"
#include "services/SyncController.h"
#include "services/WorkspaceSession.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <algorithm>
#include <cstdio>

using namespace cc;
using State = services::SyncController::State;

namespace {

const QString kPassword = QStringLiteral("bench-password-123");

struct Desktop {
    explicit Desktop(const QString &directory)
    {
        storage::WorkspaceOptions options;
        options.createIfMissing = true;
        options.passphrase = QByteArray("bench");
        auto opened = session.open(directory, options);
        (void)QTest::qWaitFor([&] { return opened.isFinished(); }, 60000);
    }
    test::FixedClock clock { QDateTime::currentDateTimeUtc() };
    services::WorkspaceSession session;
    services::SyncController controller { session, clock };
    int failures = 0;
};

QString customerName(Desktop &desktop, const QString &id)
{
    auto name = desktop.session.run<Result<QString>>(
        [id](storage::Workspace &workspace, services::JobControl &) -> Result<QString> {
            auto query = workspace.database().prepare(QStringLiteral("SELECT name FROM customers WHERE id = ?1"));
            if (!query)
                return query.error();
            auto row = query->bind(1, id).next();
            if (!row)
                return row.error();
            return *row ? query->text(0) : QString();
        });
    (void)QTest::qWaitFor([&] { return name.isFinished(); }, 10000);
    return name.result().ok() ? *name.result() : QString();
}

void rename(Desktop &desktop, const QString &id, const QString &name)
{
    const Clock *clock = &desktop.clock;
    auto edited = desktop.session.run<Status>(
        [clock, id, name](storage::Workspace &workspace, services::JobControl &) -> Status {
            storage::Transaction transaction(workspace.database());
            if (auto status = transaction.begin(); !status)
                return status;
            if (auto change = sync::Outbox(workspace.database(), *clock)
                                  .update(QStringLiteral("customers"), id, { { QStringLiteral("name"), name } });
                !change)
                return change.error();
            return transaction.commit();
        });
    (void)QTest::qWaitFor([&] { return edited.isFinished(); }, 10000);
    desktop.controller.syncNow();
}

double percentile(QList<qint64> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : double(values[qMin(qsizetype(values.size() * p), values.size() - 1)]);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int changes = argc > 1 ? atoi(argv[1]) : 100;
    const int clients = argc > 2 ? atoi(argv[2]) : 20;
    const QString base = qEnvironmentVariable("CASHCYCLE_TEST_PG_URL");
    if (base.isEmpty()) {
        std::fprintf(stderr, "set CASHCYCLE_TEST_PG_URL (run through scripts/with-postgres.sh)\n");
        return 2;
    }
    auto owner = server::PgConnection::open(base);
    if (!owner || !server::ServerMigrations::apply(**owner)
        || !server::ServerAdmin::addUser(
            **owner, QStringLiteral("bench_admin"), server::ServerRole::Admin, kPassword)) {
        std::fprintf(stderr, "cannot set up the server\n");
        return 1;
    }
    (void)(*owner)->execute(QStringLiteral(
        "INSERT INTO customers (id, name, currency, terms, collector) SELECT 'C' || i, 'Customer ' || i, 'EUR', "
        "'NET30', "
        "'anna' FROM generate_series(1, 2000) i; "
        "INSERT INTO invoices (number, customer_id, kind, invoice_date, due_date, currency, total_minor, status) "
        "SELECT 'I' || i, 'C' || (1 + i % 2000), 0, DATE '2026-01-01' + i % 300, DATE '2026-02-01' + i % 300, 'EUR', "
        "10000 + i, 'open' FROM generate_series(1, 20000) i"));
    QUrl url(base);
    url.setUserName(QStringLiteral("bench_admin"));
    url.setPassword(kPassword);
    const QString uri = url.toString();

    QTemporaryDir dir;
    std::vector<std::unique_ptr<Desktop>> desktops;
    for (int i = 0; i < qMax(2, clients); ++i)
        desktops.push_back(std::make_unique<Desktop>(dir.filePath(QStringLiteral("ws%1").arg(i))));
    for (auto &desktop : desktops) {
        QObject::connect(&desktop->controller, &services::SyncController::stateChanged, [d = desktop.get()] {
            if (d->controller.state() == State::Offline || d->controller.state() == State::Failed) {
                ++d->failures;
                std::fprintf(stderr, "sync problem: %s\n", qPrintable(d->controller.problem()));
            }
        });
    }
    const auto allInStep = [&](size_t count) {
        return std::all_of(desktops.begin(), desktops.begin() + count, [](const auto &d) {
            return d->controller.state() == State::Online && d->controller.waiting() == 0
                && d->controller.lastSynced().isValid();
        });
    };

    // Latency: desktop 0 changes, desktop 1 shows it.
    desktops[0]->controller.connectTo(uri);
    desktops[1]->controller.connectTo(uri);
    (void)QTest::qWaitFor([&] { return allInStep(2); }, 120000);
    QList<qint64> latencies;
    for (int i = 0; i < changes; ++i) {
        const QString name = QStringLiteral("Renamed %1").arg(i);
        QElapsedTimer timer;
        timer.start();
        rename(*desktops[0], QStringLiteral("C1"), name);
        if (!QTest::qWaitFor([&] { return customerName(*desktops[1], QStringLiteral("C1")) == name; }, 10000)) {
            std::fprintf(stderr, "change %d never arrived\n", i);
            return 1;
        }
        latencies << timer.elapsed();
        QTest::qWait(20);
    }
    std::printf("machine: %d cores\n", QThread::idealThreadCount());
    std::printf("change_visible_on_second_client_ms p50=%.0f p95=%.0f max=%.0f over %d changes (target p95 <= 500)\n",
        percentile(latencies, 0.5), percentile(latencies, 0.95), percentile(latencies, 1.0), changes);

    // Many desktops at once: all connect (first pulls together), each renames its own customers,
    // and every desktop ends with every change.
    QElapsedTimer together;
    together.start();
    for (size_t i = 2; i < desktops.size(); ++i)
        desktops[i]->controller.connectTo(uri);
    if (!QTest::qWaitFor([&] { return allInStep(desktops.size()); }, 300000)) {
        std::fprintf(stderr, "not every desktop came online\n");
        return 1;
    }
    const qint64 firstPulls = together.restart();
    for (size_t i = 0; i < desktops.size(); ++i) {
        for (int k = 0; k < 5; ++k)
            rename(*desktops[i], QStringLiteral("C%1").arg(100 + i * 5 + k),
                QStringLiteral("Client %1 edit %2").arg(i).arg(k));
    }
    const auto everyoneHasEverything = [&] {
        for (auto &desktop : desktops) {
            if (customerName(*desktop, QStringLiteral("C%1").arg(100 + (desktops.size() - 1) * 5 + 4))
                    != QStringLiteral("Client %1 edit 4").arg(desktops.size() - 1)
                || customerName(*desktop, QStringLiteral("C100")) != QStringLiteral("Client 0 edit 0"))
                return false;
        }
        return allInStep(desktops.size());
    };
    const bool converged = QTest::qWaitFor(everyoneHasEverything, 120000);
    int failures = 0;
    for (auto &desktop : desktops)
        failures += desktop->failures;
    std::printf(
        "clients_%zu_first_pulls_ms=%lld (2,000 customers and 20,000 invoices each)\n", desktops.size(), firstPulls);
    std::printf("clients_%zu_edits_everywhere_ms=%lld (%zu edits, every client sees every edit: %s)\n", desktops.size(),
        together.elapsed(), desktops.size() * 5, converged ? "yes" : "NO");
    std::printf("clients_%zu_sync_errors=%d (target 0)\n", desktops.size(), failures);
    return converged && failures == 0 ? 0 : 1;
}
