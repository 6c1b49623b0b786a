// SPDX-License-Identifier: GPL-3.0-or-later
#include "Worklist.h"

#include "TeamSettings.h"
#include "collections/WorklistScorer.h"
#include "storage/WorklistQuery.h"

#include <QJsonDocument>

namespace cc::services {

namespace {
const QString kStrategyKey = QStringLiteral("worklist.strategy");
}

Result<QList<collections::WorklistEntry>> Worklist::build(const QString &collector, const QDate &day)
{
    auto strategy = this->strategy();
    if (!strategy)
        return strategy.error();
    return build(collector, day, *strategy);
}

Result<QList<collections::WorklistEntry>> Worklist::build(
    const QString &collector, const QDate &day, const collections::WorklistStrategy &strategy)
{
    auto accounts = storage::WorklistQuery(m_db).run(collector, day, strategy.promiseMemoryDays);
    if (!accounts)
        return accounts.error();
    return collections::WorklistScorer(strategy).rank(*accounts, day);
}

Result<collections::WorklistStrategy> Worklist::strategy()
{
    auto saved = TeamSettings(m_db, m_clock).value(kStrategyKey);
    if (!saved)
        return saved.error();
    if (!*saved)
        return collections::WorklistStrategy();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson((**saved).toUtf8(), &error);
    if (!json.isObject())
        return makeError(ErrorCode::CorruptWorkspace, error.errorString());
    return collections::WorklistStrategy::fromJson(json.object());
}

Status Worklist::saveStrategy(const collections::WorklistStrategy &strategy)
{
    return TeamSettings(m_db, m_clock).setObject(kStrategyKey, strategy.toJson());
}

} // namespace cc::services
