// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageTemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <kainjow/mustache.hpp>

namespace cc::messaging {
namespace {

namespace mustache = kainjow::mustache;

mustache::data toData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        mustache::data object { mustache::data::type::object };
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.set(it.key().toStdString(), toData(it.value()));
        return object;
    }
    case QMetaType::QVariantList: {
        mustache::data list { mustache::data::type::list };
        for (const QVariant &item : value.toList())
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::Bool:
        return value.toBool() ? mustache::data { mustache::data::type::bool_true }
                              : mustache::data { mustache::data::type::bool_false };
    default:
        break;
    }
    // Empty text counts as false in a section, so {{#payment_link}}…{{/payment_link}} works.
    const QString text = value.toString();
    if (text.isEmpty())
        return mustache::data { mustache::data::type::bool_false };
    return mustache::data { text.toStdString() };
}

Result<QString> renderOne(const QString &key, const QString &text, const mustache::data &data, bool html)
{
    mustache::mustache compiled { text.toStdString() };
    if (!compiled.is_valid()) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("MessageTemplate", "template %1 cannot be read: %2")
                .arg(key, QString::fromStdString(compiled.error_message())));
    }
    if (!html)
        compiled.set_custom_escape([](const std::string &s) { return s; });
    return QString::fromStdString(compiled.render(data));
}

} // namespace

Result<std::pair<QString, QString>> MessageTemplate::render(const QVariantMap &context, Escaping escaping) const
{
    const mustache::data data = toData(context);
    const QString name = QStringLiteral("%1 (%2)").arg(key, language);
    const bool html = escaping == Escaping::Html;
    auto subjectText = renderOne(name, subject, data, html);
    if (!subjectText)
        return subjectText.error();
    auto bodyText = renderOne(name, body, data, html);
    if (!bodyText)
        return bodyText.error();
    // Sections left empty leave blank lines behind: never more than one in a row.
    static const QRegularExpression blankLines(QStringLiteral("\n{3,}"));
    return std::pair<QString, QString> { subjectText->simplified(),
        bodyText->replace(blankLines, QStringLiteral("\n\n")) };
}

} // namespace cc::messaging
