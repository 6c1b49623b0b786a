// SPDX-License-Identifier: GPL-3.0-or-later
#include "DunningStrategyDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <limits>

namespace cc::ui {

using collections::DunningLevel;
using collections::DunningStrategy;

namespace {

QSpinBox *daysBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(-365, 3650);
    return box;
}

int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

} // namespace

DunningStrategyDialog::DunningStrategyDialog(
    const DunningStrategy &strategy, const QStringList &templateKeys, QWidget *parent)
    : QDialog(parent)
    , m_levels(strategy.levels)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_fromDays(daysBox(this))
    , m_hasUntil(new QCheckBox(tr("&only until"), this))
    , m_untilDays(daysBox(this))
    , m_template(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_interval(new QSpinBox(this))
    , m_fee(new QSpinBox(this))
    , m_segments(new QLineEdit(this))
    , m_minimum(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Dunning strategy"));
    setObjectName(QStringLiteral("dunningStrategyDialog"));
    m_list->setObjectName(QStringLiteral("dunningLevels"));
    m_name->setObjectName(QStringLiteral("levelName"));
    m_fromDays->setObjectName(QStringLiteral("levelFromDays"));
    m_fromDays->setSuffix(tr(" days past due"));
    m_fromDays->setToolTip(tr("Negative: days before the due date, for a friendly reminder."));
    m_untilDays->setSuffix(tr(" days past due"));
    m_template->setObjectName(QStringLiteral("levelTemplate"));
    m_template->setEditable(true);
    m_template->addItems(templateKeys);
    m_channel->setObjectName(QStringLiteral("levelChannel"));
    m_channel->addItem(tr("Email"), QStringLiteral("email"));
    m_channel->addItem(tr("SMS"), QStringLiteral("sms"));
    m_interval->setRange(0, 365);
    m_interval->setSuffix(tr(" days after the previous notice"));
    m_fee->setObjectName(QStringLiteral("levelFee"));
    m_fee->setRange(0, std::numeric_limits<int>::max());
    m_fee->setSuffix(tr(" minor units"));
    m_segments->setPlaceholderText(tr("all segments"));
    m_minimum->setObjectName(QStringLiteral("dunningMinimum"));
    m_minimum->setRange(0, std::numeric_limits<int>::max());
    m_minimum->setSuffix(tr(" minor units"));
    m_minimum->setValue(clampToInt(strategy.minimumMinor));
    m_problem->setObjectName(QStringLiteral("strategyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight)"));

    auto *until = new QHBoxLayout;
    until->addWidget(m_hasUntil);
    until->addWidget(m_untilDays, 1);
    connect(m_hasUntil, &QCheckBox::toggled, m_untilDays, &QWidget::setEnabled);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Due from:"), m_fromDays);
    form->addRow(QString(), until);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Interval:"), m_interval);
    form->addRow(tr("&Fee:"), m_fee);
    form->addRow(tr("Se&gments:"), m_segments);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        storeLevel();
        refreshNames();
    });

    auto *add = new QPushButton(tr("&Add level"), this);
    add->setObjectName(QStringLiteral("addLevel"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move do&wn"), this);
    connect(add, &QPushButton::clicked, this, &DunningStrategyDialog::addLevel);
    connect(remove, &QPushButton::clicked, this, &DunningStrategyDialog::removeLevel);
    connect(up, &QPushButton::clicked, this, [this] { moveLevel(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveLevel(1); });
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *button : { add, remove, up, down })
        listButtons->addWidget(button);
    auto *levelsSide = new QVBoxLayout;
    levelsSide->addWidget(new QLabel(tr("Levels, in the order an invoice climbs them:"), this));
    levelsSide->addWidget(m_list, 1);
    levelsSide->addLayout(listButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(levelsSide, 2);
    columns->addLayout(form, 3);

    auto *minimumRow = new QFormLayout;
    minimumRow->addRow(tr("No notice for less than:"), m_minimum);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(minimumRow);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    refreshNames();
    connect(m_list, &QListWidget::currentRowChanged, this, &DunningStrategyDialog::showLevel);
    m_list->setCurrentRow(0);
    resize(820, 420);
}

DunningStrategy DunningStrategyDialog::strategy() const
{
    DunningStrategy edited;
    edited.levels = m_levels;
    if (m_shown >= 0 && m_shown < m_levels.size())
        edited.levels[m_shown] = levelFromForm();
    edited.minimumMinor = m_minimum->value();
    return edited;
}

void DunningStrategyDialog::accept()
{
    const DunningStrategy edited = strategy();
    if (auto valid = edited.validate(); !valid) {
        m_problem->setText(valid.error().detail);
        return;
    }
    QDialog::accept();
}

void DunningStrategyDialog::showLevel(int row)
{
    storeLevel();
    m_shown = row;
    const bool valid = row >= 0 && row < m_levels.size();
    for (QWidget *field : std::initializer_list<QWidget *> {
             m_name, m_fromDays, m_hasUntil, m_template, m_channel, m_interval, m_fee, m_segments })
        field->setEnabled(valid);
    if (!valid)
        return;
    const DunningLevel &level = m_levels.at(row);
    m_name->setText(level.name);
    m_fromDays->setValue(level.minDaysPastDue);
    m_hasUntil->setChecked(level.maxDaysPastDue.has_value());
    m_untilDays->setEnabled(level.maxDaysPastDue.has_value());
    m_untilDays->setValue(level.maxDaysPastDue.value_or(level.minDaysPastDue));
    m_template->setCurrentText(level.templateKey);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(level.channel)));
    m_interval->setValue(level.minIntervalDays);
    m_fee->setValue(clampToInt(level.feeMinor));
    m_segments->setText(level.segments.join(QStringLiteral(", ")));
}

void DunningStrategyDialog::storeLevel()
{
    if (m_shown >= 0 && m_shown < m_levels.size())
        m_levels[m_shown] = levelFromForm();
}

DunningLevel DunningStrategyDialog::levelFromForm() const
{
    DunningLevel level;
    level.name = m_name->text().trimmed();
    level.minDaysPastDue = m_fromDays->value();
    level.maxDaysPastDue = m_hasUntil->isChecked() ? std::optional<int>(m_untilDays->value()) : std::nullopt;
    level.templateKey = m_template->currentText().trimmed();
    level.channel = m_channel->currentData().toString();
    level.minIntervalDays = m_interval->value();
    level.feeMinor = m_fee->value();
    for (const QString &segment : m_segments->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        level.segments << segment.trimmed();
    return level;
}

void DunningStrategyDialog::addLevel()
{
    storeLevel();
    DunningLevel level;
    level.name = tr("New level");
    level.minDaysPastDue = m_levels.isEmpty() ? 7 : m_levels.last().minDaysPastDue + 14;
    level.minIntervalDays = 10;
    level.templateKey = m_levels.isEmpty() ? QStringLiteral("first_notice") : m_levels.last().templateKey;
    m_levels << level;
    refreshNames();
    m_list->setCurrentRow(int(m_levels.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void DunningStrategyDialog::removeLevel()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_shown = -1; // the shown level goes; nothing to store
    m_levels.removeAt(row);
    refreshNames();
    showLevel(m_list->currentRow());
}

void DunningStrategyDialog::moveLevel(int by)
{
    const int row = m_list->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_levels.size())
        return;
    storeLevel();
    m_levels.swapItemsAt(row, target);
    m_shown = -1;
    refreshNames();
    m_list->setCurrentRow(target);
}

void DunningStrategyDialog::refreshNames()
{
    const QSignalBlocker blocker(m_list);
    const int current = m_list->currentRow();
    m_list->clear();
    for (const DunningLevel &level : std::as_const(m_levels)) {
        m_list->addItem(level.minDaysPastDue < 0
                ? tr("%1 (%n day(s) before due)", nullptr, -level.minDaysPastDue).arg(level.name)
                : tr("%1 (%n day(s) past due)", nullptr, level.minDaysPastDue).arg(level.name));
    }
    m_list->setCurrentRow(std::min(current, int(m_levels.size()) - 1));
}

} // namespace cc::ui
