// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgingBar.h"

#include <QPainter>
#include <QPainterPath>

namespace cc::ui {

AgingBar::AgingBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void AgingBar::setParts(QList<qint64> amounts, QList<QColor> colors)
{
    Q_ASSERT(amounts.size() == colors.size());
    m_amounts = std::move(amounts);
    m_colors = std::move(colors);
    update();
}

QSize AgingBar::sizeHint() const
{
    return { 240, 8 };
}

void AgingBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath clip;
    clip.addRoundedRect(area, 3, 3);
    painter.setClipPath(clip);
    painter.fillRect(area, palette().color(QPalette::Midlight));

    // Proportions in floating point are for pixels only; the amounts themselves stay integers.
    long double sum = 0;
    for (qint64 amount : std::as_const(m_amounts))
        sum += amount > 0 ? amount : 0;
    if (sum <= 0)
        return;
    qreal x = area.left();
    for (int i = 0; i < m_amounts.size(); ++i) {
        if (m_amounts[i] <= 0)
            continue;
        const qreal width = qreal(area.width() * (m_amounts[i] / sum));
        painter.fillRect(QRectF(x, area.top(), width, area.height()), m_colors[i]);
        x += width;
    }
}

} // namespace cc::ui
