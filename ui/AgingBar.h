// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace cc::ui {

/// A thin horizontal bar split in proportion to positive amounts, one colour per part.
class AgingBar : public QWidget {
    Q_OBJECT
public:
    explicit AgingBar(QWidget *parent = nullptr);

    /// Amounts in minor units of one currency; zero and negative parts are not drawn.
    void setParts(QList<qint64> amounts, QList<QColor> colors);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<qint64> m_amounts;
    QList<QColor> m_colors;
};

} // namespace cc::ui
