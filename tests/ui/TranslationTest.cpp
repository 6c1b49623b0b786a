// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

struct Message {
    QString source;
    QString translation;
    QString type;
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            current = Message();
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    return messages;
}

} // namespace

TEST(Translation, GermanTranslatesEveryMessage)
{
    const QList<Message> messages = readTs(QStringLiteral(CASHCYCLE_SOURCE_DIR "/translations/cashcycle_de.ts"));
    ASSERT_GT(messages.size(), 100);
    for (const Message &message : messages) {
        EXPECT_TRUE(message.type.isEmpty()) << "not finished: " << message.source.toStdString();
        EXPECT_FALSE(message.translation.trimmed().isEmpty()) << "empty: " << message.source.toStdString();
        // Placeholders must survive translation, or arguments end up in the wrong place.
        for (const char *placeholder : { "%1", "%2", "%n", "%Ln" }) {
            if (message.source.contains(QLatin1String(placeholder))) {
                EXPECT_TRUE(message.translation.contains(QLatin1String(placeholder)))
                    << placeholder << " lost in: " << message.source.toStdString();
            }
        }
    }
}
