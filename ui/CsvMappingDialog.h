// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bank/CsvStatementMapping.h"
#include "services/MoneyFormatter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStandardItemModel;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// Teaches CashCycle one bank's CSV export: open a sample of it, see its first lines, say which
/// column is what, and watch the sample read as it would be imported before saving the
/// mapping for the team under a name.
class CsvMappingDialog : public QDialog {
    Q_OBJECT
public:
    CsvMappingDialog(services::WorkspaceSession &session, const Clock &clock, QWidget *parent = nullptr);

    /// Reads the first part of an export to show and try the mapping on.
    void loadSample(const QString &path);
    /// The mapping as the form says, or what is missing.
    Result<bank::CsvStatementMapping> mapping() const;

signals:
    void saved(const QString &name);

private:
    void readColumns();
    void tryMapping();
    void save();
    QComboBox *columnBox(const char *name);
    static QString selected(const QComboBox *box);

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    services::MoneyFormatter m_format;
    QByteArray m_sample;
    QLineEdit *m_name;
    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    QCheckBox *m_header;
    QSpinBox *m_skip;
    QStandardItemModel *m_preview;
    QList<QComboBox *> m_columnBoxes;
    QComboBox *m_date;
    QComboBox *m_dateFormat;
    QComboBox *m_valueDate;
    QComboBox *m_decimal;
    QComboBox *m_amountKind;
    QComboBox *m_amount;
    QComboBox *m_direction;
    QLineEdit *m_creditMarker;
    QComboBox *m_credit;
    QComboBox *m_debit;
    QLineEdit *m_currency;
    QComboBox *m_currencyColumn;
    QLineEdit *m_account;
    QComboBox *m_accountColumn;
    QComboBox *m_payer;
    QComboBox *m_iban;
    QComboBox *m_reference;
    QComboBox *m_balance;
    QListWidget *m_text;
    QLabel *m_result;
    QPushButton *m_save;
};

} // namespace cc::ui
