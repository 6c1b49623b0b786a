// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageSending.h"

#include "WhenReady.h"
#include "security/KeychainKeyStore.h"
#include "services/NoJobControl.h"
#include "services/WorkspaceSession.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cc::ui {
namespace {

struct Prepared {
    services::OutboxSender::Transports transports;
    QList<messaging::OutgoingMessage> messages;
};

} // namespace

void MessageSending::start(QObject *context, services::WorkspaceSession &session, const Clock &clock,
    const QString &author, std::function<void(const Result<services::OutboxSender::Report> &)> done)
{
    using Report = services::OutboxSender::Report;
    auto prepared = session.run<Result<Prepared>>(
        [&clock, author](storage::Workspace &workspace, services::JobControl &) -> Result<Prepared> {
            security::KeychainKeyStore keychain;
            auto transports = services::OutboxSender::transports(workspace.database(), keychain, {});
            if (!transports)
                return transports.error();
            auto due = services::MessageDispatcher(workspace.database(), clock, author).due();
            if (!due)
                return due.error();
            return Prepared { *transports, *due };
        });
    whenReady(context, prepared, [context, &session, &clock, author, done](const Result<Prepared> &ready) {
        if (!ready) {
            done(ready.error());
            return;
        }
        const Prepared work = *ready;
        auto delivered = QtConcurrent::run([work] {
            services::NoJobControl control;
            return services::MessageDispatcher::deliver(work.messages, work.transports.byChannel(), control);
        });
        whenReady(context, delivered,
            [context, &session, &clock, author, done, unconfigured = work.transports.unconfigured](
                const QList<services::Delivery> &deliveries) {
                auto recorded = session.run<Result<Report>>([deliveries, &clock, author, unconfigured](
                                                                storage::Workspace &workspace,
                                                                services::JobControl &) -> Result<Report> {
                    auto report = services::MessageDispatcher(workspace.database(), clock, author).record(deliveries);
                    if (!report)
                        return report.error();
                    return Report { *report, unconfigured };
                });
                whenReady(context, recorded, done);
            });
    });
}

} // namespace cc::ui
