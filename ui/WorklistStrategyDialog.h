// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/WorklistStrategy.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace cc::ui {

/// Edits the team's worklist strategy: the weight of each factor, the minimum amount, the
/// amount from which accounts are called, and how much each segment counts. The server lets
/// only credit managers and admins change it; others see their change refused at the next sync.
class WorklistStrategyDialog : public QDialog {
    Q_OBJECT
public:
    explicit WorklistStrategyDialog(const collections::WorklistStrategy &strategy, QWidget *parent = nullptr);

    /// The strategy as edited; segments written "enterprise=150, smb=0".
    collections::WorklistStrategy strategy() const;

private:
    collections::WorklistStrategy m_strategy;
    QList<std::pair<int collections::WorklistStrategy::*, QSpinBox *>> m_weights;
    QSpinBox *m_minimum;
    QSpinBox *m_callFrom;
    QLineEdit *m_segments;
};

} // namespace cc::ui
