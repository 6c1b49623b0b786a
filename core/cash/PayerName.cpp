// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayerName.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

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

// The name's words in capitals without accents or punctuation.
QStringList plainWords(const QString &name)
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
    return plain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QString PayerName::normalized(const QString &name)
{
    QStringList words;
    for (const QString &word : plainWords(name)) {
        if (!legalForms().contains(word))
            words << word;
    }
    return words.join(QLatin1Char(' '));
}

QString PayerName::legalForm(const QString &name)
{
    QStringList words;
    for (const QString &word : plainWords(name)) {
        if (legalForms().contains(word))
            words << word;
    }
    return words.join(QLatin1Char(' '));
}

QList<quint32> PayerName::letterPairs(const QString &normalizedName)
{
    QList<quint32> pairs;
    for (const QString &word : normalizedName.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        for (qsizetype i = 0; i + 1 < word.size(); ++i)
            pairs << (quint32(word[i].unicode()) << 16 | word[i + 1].unicode());
        if (word.size() == 1)
            pairs << word[0].unicode();
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

double PayerName::similarity(const QList<quint32> &a, const QList<quint32> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    qsizetype shared = 0;
    for (auto left = a.cbegin(), right = b.cbegin(); left != a.cend() && right != b.cend();) {
        if (*left < *right) {
            ++left;
        } else if (*right < *left) {
            ++right;
        } else {
            ++shared;
            ++left;
            ++right;
        }
    }
    return 2.0 * double(shared) / double(a.size() + b.size());
}

double PayerName::similarity(const QString &a, const QString &b)
{
    return similarity(letterPairs(normalized(a)), letterPairs(normalized(b)));
}

} // namespace cc::cash
