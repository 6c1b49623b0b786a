// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace cc::ui {

/// A follow-up for an account: what to do and by when. Enter saves.
class FollowUpDialog : public QDialog {
    Q_OBJECT
public:
    FollowUpDialog(const QDate &today, QWidget *parent = nullptr);

    QString title() const;
    QDate due() const;

private:
    QLineEdit *m_title;
    QDateEdit *m_due;
};

} // namespace cc::ui
