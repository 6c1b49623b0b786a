// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceReferenceIndex.h"

#include "domain/CreditorReference.h"

#include <QRegularExpression>
#include <algorithm>

namespace cc::cash {
namespace {

QString shapeOf(const QString &normalizedNumber)
{
    QString shape;
    for (const QChar c : normalizedNumber) {
        if (!c.isDigit())
            shape += c;
        else if (!shape.endsWith(QLatin1Char('#')))
            shape += QLatin1Char('#');
    }
    return shape;
}

} // namespace

QString InvoiceReferenceIndex::normalized(QStringView reference)
{
    QString out;
    out.reserve(reference.size());
    bool inDigits = false;
    for (const QChar c : reference) {
        if (!c.isLetterOrNumber()) {
            inDigits = false; // "2026/0042": a new run of digits
            continue;
        }
        if (c.isDigit()) {
            // A leading zero of a run of digits is dropped, unless the run is all zeros.
            if (!inDigits && c == QLatin1Char('0'))
                continue;
            inDigits = true;
        } else {
            inDigits = false;
        }
        out += c.toUpper();
    }
    return out;
}

QString InvoiceReferenceIndex::compact(QStringView reference)
{
    QString out;
    out.reserve(reference.size());
    for (const QChar c : reference) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

int InvoiceReferenceIndex::add(const QString &invoiceNumber)
{
    const int id = int(m_numbers.size());
    m_numbers << invoiceNumber;
    m_written.insert(invoiceNumber.toUpper(), id);
    const QString joined = compact(invoiceNumber);
    const QString key = normalized(invoiceNumber);
    m_formatted.insert(joined, id);
    if (key != joined)
        m_formatted.insert(key, id);
    m_shapes.insert(shapeOf(key));
    return id;
}

int InvoiceReferenceIndex::idOf(const QString &invoiceNumber) const
{
    return m_written.value(invoiceNumber.toUpper(), -1);
}

void InvoiceReferenceIndex::hit(QHash<int, ReferenceMatch> &hits, int id, ReferenceMatch how) const
{
    auto it = hits.find(id);
    if (it == hits.end() || int(how) < int(*it))
        hits.insert(id, how);
}

void InvoiceReferenceIndex::hitAll(QHash<int, ReferenceMatch> &hits, const QString &key, ReferenceMatch how) const
{
    for (auto it = m_formatted.constFind(key); it != m_formatted.cend() && it.key() == key; ++it)
        hit(hits, it.value(), how);
}

void InvoiceReferenceIndex::typoHits(QHash<int, ReferenceMatch> &hits, const QString &written) const
{
    QString variant = written;
    for (qsizetype i = 0; i < written.size(); ++i) {
        if (!written[i].isDigit())
            continue;
        for (char digit = '0'; digit <= '9'; ++digit) {
            if (QLatin1Char(digit) == written[i])
                continue;
            variant[i] = QLatin1Char(digit);
            hitAll(hits, variant, ReferenceMatch::Typo);
        }
        variant[i] = written[i];
        if (i + 1 < written.size() && written[i + 1].isDigit() && written[i + 1] != written[i]) {
            std::swap(variant[i], variant[i + 1]);
            hitAll(hits, variant, ReferenceMatch::Typo);
            std::swap(variant[i], variant[i + 1]);
        }
    }
}

QList<ReferenceHit> InvoiceReferenceIndex::find(const QString &text, TypoSearch typos) const
{
    QHash<int, ReferenceMatch> hits;
    const QString upper = text.toUpper();

    static const QRegularExpression creditorReference(QStringLiteral("RF\\s?\\d\\d(?:\\s?[A-Z0-9]){1,21}"));
    for (auto it = creditorReference.globalMatch(upper); it.hasNext();) {
        const QString candidate = it.next().captured(0);
        // Spaces may also end the reference: try the longest that checks out.
        for (qsizetype length = candidate.size(); length >= 5; --length) {
            auto reference = CreditorReference::parse(candidate.left(length));
            if (reference) {
                hitAll(hits, reference->payload(), ReferenceMatch::CreditorReference);
                break;
            }
        }
    }

    // Words, then runs of up to three of them, each with and without a prefix glued on ("Nr.42").
    static const QRegularExpression separators(QStringLiteral("[\\s,;:()\\[\\]]+"));
    static const QRegularExpression prefix(
        QStringLiteral("^(RECHNUNGSNUMMER|RECHNUNG|RG|INVOICE|FACTUUR|FACTURE|NR|NO|NUMMER|NUMBER)[.:#-]*"));
    const QStringList words = upper.split(separators, Qt::SkipEmptyParts);
    for (qsizetype first = 0; first < words.size(); ++first) {
        QString written;
        for (qsizetype last = first; last < words.size() && last < first + 3; ++last) {
            written += words[last];
            for (const QString &candidate : { written, QString(written).remove(prefix) }) {
                if (candidate.isEmpty())
                    continue;
                const bool everywhere = typos == TypoSearch::Everywhere;
                if (const auto exact = m_written.constFind(candidate); exact != m_written.cend()) {
                    hit(hits, *exact, ReferenceMatch::Exact);
                    if (!everywhere)
                        continue;
                }
                const QString joined = compact(candidate);
                if (m_formatted.contains(joined)) {
                    hitAll(hits, joined, ReferenceMatch::Formatted);
                    if (!everywhere)
                        continue;
                }
                const QString key = normalized(candidate);
                if (m_formatted.contains(key)) {
                    hitAll(hits, key, ReferenceMatch::Formatted);
                    if (!everywhere)
                        continue;
                }
                // One digit wrong, or two neighbours swapped, in a number long enough to mean it.
                if (key.size() < 5 || std::count_if(key.cbegin(), key.cend(), [](QChar c) { return c.isDigit(); }) < 3
                    || !m_shapes.contains(shapeOf(key)))
                    continue;
                typoHits(hits, key);
                // With its zeros kept too: "01475" for "10475" swaps a zero normalizing drops.
                if (joined != key)
                    typoHits(hits, joined);
            }
        }
    }

    QList<ReferenceHit> list;
    for (auto it = hits.cbegin(); it != hits.cend(); ++it)
        list.append({ it.key(), m_numbers[it.key()], it.value() });
    std::sort(list.begin(), list.end(), [](const ReferenceHit &a, const ReferenceHit &b) {
        return a.how != b.how ? int(a.how) < int(b.how) : a.invoiceNumber < b.invoiceNumber;
    });
    return list;
}

} // namespace cc::cash
