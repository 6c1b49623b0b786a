// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/FieldValues.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace cc::sync;

TEST(FieldValues, JsonTextKeepsEveryCharacterAndNull)
{
    const FieldValues values { { QStringLiteral("remittance"), QStringLiteral("Müller \"GmbH\" \\ 50% \n\t\x01 €") },
        { QStringLiteral("payment_id"), QString() }, { QStringLiteral("note"), QStringLiteral("") } };
    const QString text = toJsonText(values);
    QJsonParseError error;
    QJsonDocument::fromJson(text.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text.toStdString();
    const FieldValues back = fieldValuesFromJsonText(text);
    EXPECT_EQ(back, values);
    EXPECT_TRUE(back.value(QStringLiteral("payment_id")).isNull()) << "NULL stays NULL";
    EXPECT_FALSE(back.value(QStringLiteral("note")).isNull()) << "empty stays empty";
    EXPECT_EQ(toJsonText({}), QStringLiteral("{}"));
}
