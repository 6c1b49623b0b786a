// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/DunningStrategy.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace cc::ui {

/// Edits the team's dunning levels: a list of levels in order, and for the chosen one when
/// it is due, what it sends and what it costs. Saving checks the strategy and names the level
/// at fault; the server lets only credit managers and admins change it.
class DunningStrategyDialog : public QDialog {
    Q_OBJECT
public:
    DunningStrategyDialog(
        const collections::DunningStrategy &strategy, const QStringList &templateKeys, QWidget *parent = nullptr);

    collections::DunningStrategy strategy() const;

    void accept() override;

private:
    void showLevel(int row);
    void storeLevel();
    collections::DunningLevel levelFromForm() const;
    void addLevel();
    void removeLevel();
    void moveLevel(int by);
    void refreshNames();

    QList<collections::DunningLevel> m_levels;
    int m_shown = -1;
    QListWidget *m_list;
    QLineEdit *m_name;
    QSpinBox *m_fromDays;
    QCheckBox *m_hasUntil;
    QSpinBox *m_untilDays;
    QComboBox *m_template;
    QComboBox *m_channel;
    QSpinBox *m_interval;
    QSpinBox *m_fee;
    QLineEdit *m_segments;
    QSpinBox *m_minimum;
    QLabel *m_problem;
};

} // namespace cc::ui
