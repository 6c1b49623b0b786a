// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerListModel.h"
#include "ItemRoles.h"
#include "ListView.h"
#include "ModelCheck.h"
#include "TestWorkspace.h"
#include "storage/CustomerRepository.h"

#include <QCoreApplication>
#include <QPersistentModelIndex>
#include <algorithm>
#include <gtest/gtest.h>
#include <limits>

using namespace cc;
using cc::test::ModelCheck;
using cc::test::money;
using cc::ui::CustomerListModel;

namespace {

CustomerSummary customer(
    const QString &id, const QString &name, const char *open, const char *overdue, const char *code = "EUR")
{
    CustomerSummary summary;
    summary.id = id;
    summary.name = name;
    summary.collector = QStringLiteral("anna");
    summary.riskClass = QStringLiteral("B");
    summary.creditLimit = money("1000", code);
    summary.openBalance = money(open, code);
    summary.overdue = money(overdue, code);
    summary.searchKey = storage::CustomerRepository::searchKey(name, id);
    return summary;
}

QList<CustomerSummary> sample()
{
    return { customer(QStringLiteral("C1"), QStringLiteral("Müller GmbH"), "500", "100"),
        customer(QStringLiteral("C2"), QStringLiteral("Mueller Trading"), "50", "0"),
        customer(QStringLiteral("C3"), QStringLiteral("Zürcher AG"), "2500", "2000"),
        customer(QStringLiteral("C4"), QStringLiteral("Åkesson AB"), "10", "0"),
        customer(QStringLiteral("C5"), QStringLiteral("Tokyo Trading"), "90000", "0", "JPY") };
}

QStringList ids(const CustomerListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data(cc::ui::CustomerIdRole).toString();
    return result;
}

} // namespace

TEST(CustomerListModel, PassesTheModelTesterThroughLoadFilterAndSort)
{
    CustomerListModel model;
    ModelCheck check(&model);
    model.setCustomers(sample());
    model.setFilterText(QStringLiteral("mu"));
    model.sort(CustomerListModel::OverdueColumn, Qt::DescendingOrder);
    model.setFilterText(QStringLiteral("mul"));
    model.setFilterText(QString());
    model.sort(CustomerListModel::IdColumn);
    model.setCustomers(sample().mid(2));
    EXPECT_TRUE(check.failures().isEmpty()) << check.failures().join(u'\n').toStdString();
}

TEST(CustomerListModel, SearchIgnoresCaseAndDiacritics)
{
    CustomerListModel model;
    model.setCustomers(sample());
    model.setFilterText(QStringLiteral("muller"));
    EXPECT_EQ(ids(model), QStringList { QStringLiteral("C1") });
    model.setFilterText(QStringLiteral("MÜLLER"));
    EXPECT_EQ(ids(model), QStringList { QStringLiteral("C1") });
    model.setFilterText(QStringLiteral("zurcher"));
    EXPECT_EQ(ids(model), QStringList { QStringLiteral("C3") });
    model.setFilterText(QStringLiteral("akesson"));
    EXPECT_EQ(ids(model), QStringList { QStringLiteral("C4") });
    model.setFilterText(QStringLiteral("mueller"));
    EXPECT_EQ(ids(model), QStringList { QStringLiteral("C2") });
}

TEST(CustomerListModel, SearchMatchesTheCustomerNumber)
{
    CustomerListModel model;
    model.setCustomers(sample());
    model.setFilterText(QStringLiteral("c5"));
    EXPECT_EQ(ids(model), QStringList { QStringLiteral("C5") });
    model.setFilterText(QStringLiteral("trading"));
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.totalCount(), 5);
}

TEST(CustomerListModel, BackspaceWidensTheFilterAgain)
{
    CustomerListModel model;
    model.setCustomers(sample());
    model.setFilterText(QStringLiteral("tradingx"));
    EXPECT_EQ(model.rowCount(), 0);
    model.setFilterText(QStringLiteral("trading"));
    EXPECT_EQ(model.rowCount(), 2);
    model.setFilterText(QStringLiteral("  "));
    EXPECT_EQ(model.rowCount(), 5);
}

TEST(CustomerListModel, SortsByNameFoldedAndByMoneyWithinACurrency)
{
    CustomerListModel model;
    model.setCustomers(sample());
    EXPECT_EQ(ids(model),
        (QStringList { QStringLiteral("C4"), QStringLiteral("C2"), QStringLiteral("C1"), QStringLiteral("C5"),
            QStringLiteral("C3") }));
    model.sort(CustomerListModel::OpenBalanceColumn, Qt::DescendingOrder);
    // JPY sorts apart from EUR: amounts in different currencies are not compared.
    EXPECT_EQ(ids(model),
        (QStringList { QStringLiteral("C5"), QStringLiteral("C3"), QStringLiteral("C1"), QStringLiteral("C2"),
            QStringLiteral("C4") }));
}

TEST(CustomerListModel, KeepsFilterAndSelectionAcrossSorting)
{
    CustomerListModel model;
    model.setCustomers(sample());
    model.setFilterText(QStringLiteral("r"));
    EXPECT_EQ(model.rowCount(), 4);
    const QPersistentModelIndex selected = model.indexOf(QStringLiteral("C3"));
    ASSERT_TRUE(selected.isValid());
    model.sort(CustomerListModel::OverdueColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.filterText(), QStringLiteral("r"));
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(selected.row(), 1); // after the JPY customer: currencies sort apart
    EXPECT_EQ(selected.data(cc::ui::CustomerIdRole).toString(), QStringLiteral("C3"));
}

TEST(CustomerListModel, ShowsAmountsRightAlignedAndOverdueInWarningColour)
{
    CustomerListModel model;
    model.setCustomers(sample());
    const QModelIndex overdue = model.indexOf(QStringLiteral("C1")).siblingAtColumn(CustomerListModel::OverdueColumn);
    EXPECT_EQ(overdue.data().toString(), QStringLiteral("EUR\u00a0100.00"));
    EXPECT_EQ(overdue.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    EXPECT_TRUE(overdue.data(Qt::ForegroundRole).isValid());
    const QModelIndex notOverdue
        = model.indexOf(QStringLiteral("C2")).siblingAtColumn(CustomerListModel::OverdueColumn);
    EXPECT_FALSE(notOverdue.data(Qt::ForegroundRole).isValid());
    // Over the credit limit: the open balance is flagged too.
    const QModelIndex overLimit
        = model.indexOf(QStringLiteral("C3")).siblingAtColumn(CustomerListModel::OpenBalanceColumn);
    EXPECT_TRUE(overLimit.data(Qt::ForegroundRole).isValid());
}

TEST(CustomerListModel, FiltersAndSortsOneHundredThousandRowsWithAListShown)
{
    // Speed is measured in tests/bench (CustomerSearchKeystroke100k); this checks the results.
    const QStringList heads { QStringLiteral("Müller"), QStringLiteral("Nordwind"), QStringLiteral("Société Générale"),
        QStringLiteral("Blue Harbor"), QStringLiteral("Zürcher"), QStringLiteral("Łódź") };
    const QStringList trades { QStringLiteral("Logistics"), QStringLiteral("Foods"), QStringLiteral("Engineering"),
        QStringLiteral("Retail"), QStringLiteral("Pharma") };
    QList<CustomerSummary> customers;
    customers.reserve(100'000);
    for (int i = 0; i < 100'000; ++i) {
        const QString name
            = QStringLiteral("%1 %2 %3 GmbH").arg(heads[i % heads.size()], trades[(i / 7) % trades.size()]).arg(i);
        const QByteArray open = QByteArray::number(i % 997);
        customers.append(customer(QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0')), name, open.constData(), "0"));
    }
    // What each typed text must match: the folded name or number contains it.
    const auto expectedRows = [&](const QString &folded) {
        return int(std::count_if(customers.cbegin(), customers.cend(),
            [&](const CustomerSummary &c) { return c.searchKey.contains(folded); }));
    };
    CustomerListModel model;
    model.setCustomers(customers);
    cc::ui::ListView view(QStringLiteral("customerList"));
    view.setModel(&model);
    view.resize(1000, 700);
    view.show();
    QCoreApplication::processEvents();

    // A user typing "zürcher log", correcting, then starting over; diacritics and case are ignored.
    const QStringList keystrokes { QStringLiteral("Z"), QStringLiteral("Zü"), QStringLiteral("Zür"),
        QStringLiteral("Zürcher"), QStringLiteral("Zürcher "), QStringLiteral("Zürcher lo"), QStringLiteral("Zürcher"),
        QStringLiteral("e"), QStringLiteral("en"), QStringLiteral("C000042") };
    for (const QString &text : keystrokes) {
        model.setFilterText(text);
        QCoreApplication::processEvents();
        const QString folded = storage::CustomerRepository::searchKey(text, QString()).trimmed();
        EXPECT_EQ(model.rowCount(), expectedRows(folded)) << qPrintable(text);
        EXPECT_GT(model.rowCount(), 0) << qPrintable(text);
    }
    model.setFilterText(QStringLiteral("zurcher lo"));
    EXPECT_EQ(model.rowCount(), expectedRows(QStringLiteral("zurcher lo")));
    // Ł has no decomposition, yet "lodz" finds Łódź as a user expects.
    model.setFilterText(QStringLiteral("lodz"));
    EXPECT_EQ(model.rowCount(), 16'666); // every sixth name
    model.setFilterText(QString());
    EXPECT_EQ(model.rowCount(), 100'000);

    model.sort(CustomerListModel::OpenBalanceColumn, Qt::DescendingOrder);
    QCoreApplication::processEvents();
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); row += 97) {
        const QString id = model.index(row, 0).data(cc::ui::CustomerIdRole).toString();
        const qint64 open = customers[id.mid(1).toInt()].openBalance.minorUnits();
        EXPECT_LE(open, previous) << "row " << row;
        previous = open;
    }
}
