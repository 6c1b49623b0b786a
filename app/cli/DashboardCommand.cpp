// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardCommand.h"

#include "CliWorkspace.h"
#include "KpiJson.h"
#include "services/NoJobControl.h"
#include "storage/DashboardQuery.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace cc::cli {
namespace {

QJsonArray amountsJson(const QList<qint64> &minor, const Currency &base)
{
    QJsonArray amounts;
    for (qint64 amount : minor)
        amounts.append(Money(amount, base).toDecimalString());
    return amounts;
}

QJsonArray seriesJson(const QList<analytics::AgingSeries> &series, const QString &keyName, const Currency &base)
{
    QJsonArray list;
    for (const analytics::AgingSeries &one : series)
        list.append(
            QJsonObject { { keyName, one.key }, { QStringLiteral("buckets"), amountsJson(one.buckets, base) } });
    return list;
}

QJsonObject dashboardJson(const analytics::Dashboard &dashboard, const Currency &base)
{
    QJsonArray trend;
    for (const analytics::KpiPoint &point : dashboard.trend) {
        QJsonObject kpis = kpiJson(point.kpis);
        kpis.insert(QStringLiteral("as_of"), point.asOf.toString(Qt::ISODate));
        trend.append(kpis);
    }
    QJsonArray overdue;
    for (const analytics::OverdueAccount &account : dashboard.topOverdue)
        overdue.append(
            QJsonObject { { QStringLiteral("customer"), account.customerId }, { QStringLiteral("name"), account.name },
                { QStringLiteral("overdue"), Money(account.overdueMinor, base).toDecimalString() } });
    QJsonArray promises;
    for (const analytics::PromiseMonth &month : dashboard.promises)
        promises.append(QJsonObject { { QStringLiteral("month_end"), month.end.toString(Qt::ISODate) },
            { QStringLiteral("due"), month.due }, { QStringLiteral("kept"), month.kept },
            { QStringLiteral("kept_pct"), roundedJson(month.keptPercent()) } });
    QJsonArray disputes;
    for (const analytics::DisputeMonth &month : dashboard.disputes)
        disputes.append(QJsonObject { { QStringLiteral("month_end"), month.end.toString(Qt::ISODate) },
            { QStringLiteral("resolved"), month.resolved },
            { QStringLiteral("average_cycle_days"), roundedJson(month.averageCycleDays()) } });
    return { { QStringLiteral("as_of"), dashboard.asOf.toString(Qt::ISODate) },
        { QStringLiteral("base"), dashboard.base },
        { QStringLiteral("without_rate"), QJsonArray::fromStringList(dashboard.withoutRate) },
        { QStringLiteral("buckets"), QJsonArray::fromStringList(dashboard.buckets.keys()) },
        { QStringLiteral("aging"), amountsJson(dashboard.aging, base) },
        { QStringLiteral("unapplied"), Money(dashboard.unapplied, base).toDecimalString() },
        { QStringLiteral("by_collector"), seriesJson(dashboard.byCollector, QStringLiteral("collector"), base) },
        { QStringLiteral("by_currency"), seriesJson(dashboard.byCurrency, QStringLiteral("currency"), base) },
        { QStringLiteral("kpi_window_months"), dashboard.kpiWindowMonths }, { QStringLiteral("trend"), trend },
        { QStringLiteral("top_overdue"), overdue }, { QStringLiteral("promises"), promises },
        { QStringLiteral("disputes"), disputes } };
}

} // namespace

int runDashboardCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "What the CFO dashboard shows as of a day, as JSON: aging by bucket, collector and currency, the KPI trend "
        "over 12 months, the most overdue customers, promises kept and dispute cycle time by month; amounts in one "
        "base currency at the rates of --as-of (cashcycle-cli fx import)."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addOption(
        { QStringLiteral("as-of"), QStringLiteral("The day (default today)."), QStringLiteral("YYYY-MM-DD") });
    parser.addOption({ QStringLiteral("base"),
        QStringLiteral("The base currency (default: the one most customers owe in)."), QStringLiteral("CURRENCY") });
    parser.addOption({ QStringLiteral("months"), QStringLiteral("Months each KPI of the trend looks back (default 3)."),
        QStringLiteral("N"), QStringLiteral("3") });
    parser.addOption({ QStringLiteral("buckets"), QStringLiteral("Aging bucket bounds in days (default 30,60,90,120)."),
        QStringLiteral("LIST"), QStringLiteral("30,60,90,120") });
    parser.addOption({ QStringLiteral("timing"), QStringLiteral("Print the elapsed time to stderr.") });
    parser.process(arguments);

    const std::optional<QDate> asOf = dateOption(parser, QStringLiteral("as-of"));
    if (!asOf)
        return 2;
    const std::optional<int> months = wholeNumberOption(parser, QStringLiteral("months"), 1, 24);
    if (!months)
        return 2;
    auto buckets = AgingBuckets::parse(parser.value(QStringLiteral("buckets")));
    if (!buckets) {
        printError(QStringLiteral("--buckets: %1").arg(buckets.error().detail));
        return 2;
    }
    QString base = parser.value(QStringLiteral("base")).toUpper();
    if (!base.isEmpty()) {
        auto currency = Currency::fromCode(base);
        if (!currency) {
            printError(QStringLiteral("--base: %1").arg(currency.error().detail));
            return 2;
        }
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    QElapsedTimer timer;
    timer.start();
    services::NoJobControl control;
    auto reader = workspace->reader();
    auto dashboard = storage::DashboardQuery(workspace->database(), reader ? *reader : nullptr)
                         .run(*asOf, base, *buckets, *months, control);
    if (!dashboard) {
        printError(describe(dashboard.error()));
        return 1;
    }
    if (parser.isSet(QStringLiteral("timing")))
        QTextStream(stderr) << "elapsed_ms=" << timer.elapsed() << Qt::endl;
    QTextStream(stdout) << QJsonDocument(dashboardJson(*dashboard, *Currency::fromCode(dashboard->base)))
                               .toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace cc::cli
