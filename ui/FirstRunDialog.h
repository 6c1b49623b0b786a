// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace cc::ui {

/// Shown when there is no workspace yet: create one with demo data to explore, or an empty one.
class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Demo, Empty };

    /// `keychain` tells whether the new workspace's key goes to the OS keychain (else a key file).
    FirstRunDialog(const QString &directory, bool keychain, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    /// How many invoices the demo workspace gets.
    qint64 demoInvoices() const;

private:
    void choose(Choice choice);

    Choice m_choice = Choice::Demo;
    QComboBox *m_demoSize;
};

} // namespace cc::ui
