// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayerName.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace cc::cash {

namespace {

const QSet<QString> &legalForms()
{
    static const QSet<QString> forms { QStringLiteral("GMBH"), QStringLiteral("AG"), QStringLiteral("KG"),
        QStringLiteral("KGAA"), QStringLiteral("OHG"), QStringLiteral("GBR"), QStringLiteral("EK"),
        QStringLiteral("EV"), QStringLiteral("UG"), QStringLiteral("CO"), QStringLiteral("LTD"),
        QStringLiteral("LIMITED"), QStringLiteral("PLC"), QStringLiteral("LLP"), QStringLiteral("LLC"),
        QStringLiteral("INC"), QStringLiteral("CORP"), QStringLiteral("CORPORATION"), QStringLiteral("SA"),
        QStringLiteral("SAS"), QStringLiteral("SARL"), QStringLiteral("SPA"), QStringLiteral("SRL"),
        QStringLiteral("BV"), QStringLiteral("NV"), QStringLiteral("VOF"), QStringLiteral("AB"), QStringLiteral("AS"),
        QStringLiteral("ASA"), QStringLiteral("OY"), QStringLiteral("OYJ"), QStringLiteral("APS"),
        QStringLiteral("SPZOO"), QStringLiteral("KK"), QStringLiteral("WLL"), QStringLiteral("PTY") };
    return forms;
}

QSet<QString> letterPairs(const QString &normalized)
{
    QSet<QString> pairs;
    for (const QString &word : normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        for (qsizetype i = 0; i + 1 < word.size(); ++i)
            pairs.insert(word.mid(i, 2));
        if (word.size() == 1)
            pairs.insert(word);
    }
    return pairs;
}

} // namespace

QString PayerName::normalized(const QString &name)
{
    // German umlauts as banks spell them out; then any other accent dropped.
    QString text = name.toUpper();
    text.replace(QChar(0x00C4), QLatin1String("AE")).replace(QChar(0x00D6), QLatin1String("OE"));
    text.replace(QChar(0x00DC), QLatin1String("UE")).replace(QChar(0x1E9E), QLatin1String("SS"));
    text.replace(QChar(0x00DF), QLatin1String("SS"));
    // Letters with a stroke or ligatures, which have no decomposition.
    text.replace(QChar(0x0141), QLatin1Char('L')).replace(QChar(0x00D8), QLatin1Char('O'));
    text.replace(QChar(0x0110), QLatin1Char('D')).replace(QChar(0x00C6), QLatin1String("AE"));
    text.replace(QChar(0x0152), QLatin1String("OE")).replace(QChar(0x00DE), QLatin1String("TH"));
    QString plain;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Dots and slashes join a legal form's letters (S.A., S.p.A.); the rest separates words.
        if (c == QLatin1Char('.') || c == QLatin1Char('/') || c == QLatin1Char('\''))
            continue;
        plain += c.isLetterOrNumber() ? c : QLatin1Char(' ');
    }
    QStringList words;
    for (const QString &word : plain.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!legalForms().contains(word))
            words << word;
    }
    return words.join(QLatin1Char(' '));
}

double PayerName::similarity(const QString &a, const QString &b)
{
    const QSet<QString> left = letterPairs(normalized(a));
    const QSet<QString> right = letterPairs(normalized(b));
    if (left.isEmpty() || right.isEmpty())
        return 0;
    const qsizetype shared = QSet<QString>(left).intersect(right).size();
    return 2.0 * double(shared) / double(left.size() + right.size());
}

} // namespace cc::cash
