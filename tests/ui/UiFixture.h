// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FixedClock.h"
#include "services/WorkspaceSession.h"

#include <QFuture>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace cc::test {

/// A passphrase-protected workspace in a temporary folder, open in a WorkspaceSession as the
/// GUI uses it, with a clock fixed to 2024-06-30.
class UiFixture {
public:
    UiFixture();

    /// Fills the workspace with the known receivables below; true on success.
    ///
    /// As of 2024-06-30, customer C001 "Müller GmbH" (EUR, collector anna, 2 contacts) owes:
    /// INV-1 100.00 current (two lines: 50.00 at 19 % and 40.50 at 0 %), INV-2 200.00 due
    /// 11 days ago, INV-6 400.00 less a 150.00 payment, due 46 days ago, INV-3 300.00 due
    /// 91 days ago, and has 50.00 unapplied cash; INV-4 500.00 was paid in full.
    /// C002 "Mueller Trading Inc." (USD, collector ben) owes INV-5 1,000.00, current.
    /// C003 "Zürcher Filiale AG" (EUR, child of C001) owes nothing.
    bool populate();
    /// Adds `count` open EUR invoices for C001 (numbers BULK-00001…), for paging tests.
    bool addBulkInvoices(int count);

    services::WorkspaceSession &session() { return m_session; }
    const Clock &clock() const { return m_clock; }
    QString directory() const { return m_dir.filePath(QStringLiteral("ws")); }

    /// Waits (polling the event loop) until `future` is done; false on timeout.
    template <typename T> static bool wait(const QFuture<T> &future, int timeoutMs = 20000)
    {
        return QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs);
    }

    /// Waits until `spy` has recorded a signal, including one that came before the call
    /// (QSignalSpy::wait would miss that one and time out).
    static bool waitFor(QSignalSpy &spy, int timeoutMs = 20000)
    {
        return QTest::qWaitFor([&] { return !spy.isEmpty(); }, timeoutMs);
    }

private:
    QTemporaryDir m_dir;
    test::FixedClock m_clock;
    services::WorkspaceSession m_session;
};

} // namespace cc::test
