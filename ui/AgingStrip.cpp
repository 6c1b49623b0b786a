// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgingStrip.h"

#include "AgingBar.h"
#include "DomainText.h"
#include "Theme.h"

#include <QGridLayout>
#include <QLabel>

namespace cc::ui {
namespace {

QLabel *legendLabel(const QString &text, const QColor &color, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setText(
        QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2").arg(color.name(), text.toHtmlEscaped()));
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *amountLabel(const Money &amount, const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    // Zeros recede, so the buckets that hold money stand out.
    if (amount.isZero())
        label->setForegroundRole(QPalette::PlaceholderText);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AgingStrip::AgingStrip(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(4);
}

void AgingStrip::clear()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void AgingStrip::setReport(const AgingReport &report)
{
    clear();
    if (report.rows.isEmpty()) {
        auto *none = new QLabel(tr("Nothing is open."), this);
        none->setObjectName(QStringLiteral("aging_none"));
        m_grid->addWidget(none, 0, 0);
        return;
    }
    const AgingBuckets &buckets = report.buckets;
    const QStringList keys = buckets.keys();
    const int unappliedColumn = buckets.count() + 1;
    const int totalColumn = unappliedColumn + 1;
    for (int b = 0; b < buckets.count(); ++b)
        m_grid->addWidget(
            legendLabel(DomainText::agingBucket(buckets, b), Theme::agingBucket(b, buckets.count()), this), 0, b + 1);
    m_grid->addWidget(legendLabel(tr("Unapplied"), Theme::unapplied(), this), 0, unappliedColumn);
    auto *totalHeader = new QLabel(tr("Total"), this);
    totalHeader->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    totalHeader->setForegroundRole(QPalette::PlaceholderText);
    m_grid->addWidget(totalHeader, 0, totalColumn);

    int line = 1;
    for (const AgingRow &row : report.rows) {
        const QString code = row.currency().code();
        const QString prefix = QStringLiteral("aging_%1_").arg(code);
        m_grid->addWidget(new QLabel(code, this), line, 0);
        QList<qint64> parts;
        QList<QColor> colors;
        for (int b = 0; b < buckets.count(); ++b) {
            auto *label = amountLabel(row.buckets[b], m_format.amount(row.buckets[b]), prefix + keys[b], this);
            if (b > 0 && row.buckets[b].isPositive())
                label->setStyleSheet(QStringLiteral("color:%1").arg(Theme::warning().name()));
            m_grid->addWidget(label, line, b + 1);
            parts.append(row.buckets[b].minorUnits());
            colors.append(Theme::agingBucket(b, buckets.count()));
        }
        m_grid->addWidget(
            amountLabel(row.unapplied, m_format.amount(row.unapplied), prefix + QStringLiteral("unapplied"), this),
            line, unappliedColumn);
        auto *total = amountLabel(row.total(), m_format.format(row.total()), prefix + QStringLiteral("total"), this);
        QFont bold = total->font();
        bold.setBold(true);
        total->setFont(bold);
        m_grid->addWidget(total, line, totalColumn);
        // The bar shows what is owed; unapplied cash is a credit and shows as its own part.
        parts.append(-row.unapplied.minorUnits());
        colors.append(Theme::unapplied());
        auto *bar = new AgingBar(this);
        bar->setParts(parts, colors);
        m_grid->addWidget(bar, line + 1, 1, 1, totalColumn);
        line += 2;
    }
    for (int column = 1; column <= totalColumn; ++column)
        m_grid->setColumnStretch(column, 1);
}

} // namespace cc::ui
