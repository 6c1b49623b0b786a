// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementsDialog.h"
#include "UiFixture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace cc;
using cc::test::UiFixture;

// A segment's statements go into the chosen folder, one PDF per customer with open items.
TEST(StatementsDialogTest, WritesASegmentsStatementsIntoAFolder)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    QTemporaryDir out;
    ui::StatementsDialog dialog(fixture.session(), fixture.clock());
    dialog.show();
    auto *segment = dialog.findChild<QComboBox *>(QStringLiteral("statementSegment"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return segment->findData(QStringLiteral("wholesale")) >= 0; }, 10000));
    segment->setCurrentIndex(segment->findData(QStringLiteral("wholesale")));
    dialog.findChild<QLineEdit *>(QStringLiteral("pdfFolder"))->setText(out.filePath(QStringLiteral("st")));
    QSignalSpy written(&dialog, &ui::StatementsDialog::written);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->click();
    }
    ASSERT_TRUE(UiFixture::waitFor(written));
    const int count = written.first().at(0).toInt();
    EXPECT_EQ(count, 2) << "C001 and C002 have open items; the branch C003 has none";
    EXPECT_EQ(QDir(out.filePath(QStringLiteral("st"))).entryList({ QStringLiteral("*.pdf") }).size(), count);
}
