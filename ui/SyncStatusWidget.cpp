// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncStatusWidget.h"

#include "Theme.h"
#include "services/SyncController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace cc::ui {

using State = services::SyncController::State;

SyncStatusWidget::SyncStatusWidget(services::SyncController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_state(new QLabel(this))
    , m_conflicts(new QToolButton(this))
    , m_syncNow(new QToolButton(this))
{
    m_state->setObjectName(QStringLiteral("syncLabel"));
    m_conflicts->setObjectName(QStringLiteral("conflictsButton"));
    m_conflicts->setAutoRaise(true);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setAutoRaise(true);
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setToolTip(tr("Send local changes and fetch the server's now (F9)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_syncNow);
    connect(m_syncNow, &QToolButton::clicked, &m_controller, &services::SyncController::syncNow);
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    connect(&m_controller, &services::SyncController::stateChanged, this, &SyncStatusWidget::showState);
    showState();
}

void SyncStatusWidget::showState()
{
    const QLocale locale;
    QString text;
    QString colour;
    switch (m_controller.state()) {
    case State::NoServer:
        text = tr("Local workspace — no server configured");
        break;
    case State::Connecting:
        text = tr("Connecting to the server…");
        break;
    case State::Syncing:
        text = tr("Syncing…");
        break;
    case State::Online:
        text = m_controller.lastSynced().isValid()
            ? tr("● Online — synced %1").arg(locale.toString(m_controller.lastSynced().toLocalTime().time(), QLocale::ShortFormat))
            : tr("● Online");
        colour = Theme::positive().name();
        break;
    case State::Offline:
        text = tr("○ Offline — retrying at %1")
                   .arg(locale.toString(m_controller.retryAt().toLocalTime().time(), QLocale::LongFormat));
        colour = Theme::caution().name();
        break;
    case State::Failed:
        text = tr("Cannot sync");
        colour = Theme::warning().name();
        break;
    }
    if (m_controller.waiting() > 0)
        text += tr(" · %n change(s) waiting", nullptr, int(m_controller.waiting()));
    m_state->setText(text);
    m_state->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
    m_state->setToolTip(m_controller.problem());
    m_conflicts->setText(tr("%n conflict(s)", nullptr, int(m_controller.conflicts())));
    m_conflicts->setVisible(m_controller.conflicts() > 0);
    m_conflicts->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(Theme::warning().name()));
    m_syncNow->setVisible(m_controller.state() != State::NoServer);
    m_syncNow->setEnabled(m_controller.state() != State::Syncing && m_controller.state() != State::Connecting);
}

} // namespace cc::ui
