// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistStrategyDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <limits>

namespace cc::ui {

using collections::WorklistStrategy;

WorklistStrategyDialog::WorklistStrategyDialog(const WorklistStrategy &strategy, QWidget *parent)
    : QDialog(parent)
    , m_strategy(strategy)
    , m_minimum(new QSpinBox(this))
    , m_callFrom(new QSpinBox(this))
    , m_segments(new QLineEdit(this))
{
    setWindowTitle(tr("Worklist strategy"));
    setObjectName(QStringLiteral("worklistStrategyDialog"));
    auto *form = new QFormLayout;
    const QList<std::pair<int WorklistStrategy::*, QString>> weights {
        { &WorklistStrategy::overdueWeight, tr("Overdue amount") },
        { &WorklistStrategy::daysPastDueWeight, tr("Days past due") },
        { &WorklistStrategy::latenessWeight, tr("Usual lateness") },
        { &WorklistStrategy::riskWeight, tr("Risk class") },
        { &WorklistStrategy::brokenPromiseWeight, tr("Broken promise") },
        { &WorklistStrategy::promiseDueWeight, tr("Promise due today") },
        { &WorklistStrategy::promisePendingWeight, tr("Promise not yet due (lowers)") },
        { &WorklistStrategy::noContactWeight, tr("Days without contact") },
        { &WorklistStrategy::valueWeight, tr("Account value") },
        { &WorklistStrategy::followUpWeight, tr("Follow-up due") },
    };
    for (const auto &[member, label] : weights) {
        auto *box = new QSpinBox(this);
        box->setRange(0, 1000);
        box->setValue(strategy.*member);
        form->addRow(label, box);
        m_weights << std::pair { member, box };
    }
    m_weights.first().second->setObjectName(QStringLiteral("overdueWeight"));
    m_minimum->setObjectName(QStringLiteral("strategyMinimum"));
    m_minimum->setRange(0, std::numeric_limits<int>::max());
    m_minimum->setValue(int(std::min<qint64>(strategy.minimumMinor, std::numeric_limits<int>::max())));
    m_minimum->setSuffix(tr(" minor units"));
    m_callFrom->setRange(0, std::numeric_limits<int>::max());
    m_callFrom->setValue(int(std::min<qint64>(strategy.callFromMinor, std::numeric_limits<int>::max())));
    m_callFrom->setSuffix(tr(" minor units"));
    QStringList segments;
    for (auto it = strategy.segmentPercent.cbegin(); it != strategy.segmentPercent.cend(); ++it)
        segments << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    segments.sort();
    m_segments->setObjectName(QStringLiteral("strategySegments"));
    m_segments->setText(segments.join(QStringLiteral(", ")));
    m_segments->setPlaceholderText(tr("enterprise=150, smb=0"));
    form->addRow(tr("&Minimum collectible:"), m_minimum);
    form->addRow(tr("&Call from:"), m_callFrom);
    form->addRow(tr("&Segments (percent):"), m_segments);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

WorklistStrategy WorklistStrategyDialog::strategy() const
{
    WorklistStrategy edited = m_strategy;
    for (const auto &[member, box] : m_weights)
        edited.*member = box->value();
    edited.minimumMinor = m_minimum->value();
    edited.callFromMinor = m_callFrom->value();
    edited.segmentPercent.clear();
    for (const QString &part : m_segments->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const int percent = part.section(QLatin1Char('='), 1).trimmed().toInt(&ok);
        if (!name.isEmpty() && ok && percent >= 0)
            edited.segmentPercent.insert(name, percent);
    }
    return edited;
}

} // namespace cc::ui
