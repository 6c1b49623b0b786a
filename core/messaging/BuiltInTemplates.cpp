// SPDX-License-Identifier: GPL-3.0-or-later
// The messages CashCycle ships. Teams override them per language in the workspace
// (message_templates); these stay the fallback.
#include "MessageTemplate.h"

namespace cc::messaging {
namespace {

const char *const kInvoiceListEn = R"(
{{#invoices}}
  {{number}}  dated {{date}}  due {{due_date}}  {{open}}{{#days_overdue}}  ({{days_overdue}} days overdue){{/days_overdue}}
{{/invoices}}

Total open: {{total_open}}
{{#total_overdue}}
Of which overdue: {{total_overdue}}
{{/total_overdue}}
)";

const char *const kInvoiceListDe = R"(
{{#invoices}}
  {{number}}  vom {{date}}  fällig {{due_date}}  {{open}}{{#days_overdue}}  ({{days_overdue}} Tage überfällig){{/days_overdue}}
{{/invoices}}

Offen insgesamt: {{total_open}}
{{#total_overdue}}
Davon überfällig: {{total_overdue}}
{{/total_overdue}}
)";

const char *const kPayEn = R"({{#payment_link}}
You can pay online here: {{payment_link}}
{{/payment_link}}
)";
const char *const kPayDe = R"({{#payment_link}}
Sie können hier online bezahlen: {{payment_link}}
{{/payment_link}}
)";

QString join(std::initializer_list<const char *> parts)
{
    QString text;
    for (const char *part : parts)
        text += QString::fromUtf8(part);
    return text;
}

} // namespace

const QList<MessageTemplate> &MessageTemplate::builtIn()
{
    static const QList<MessageTemplate> templates = {
        { QStringLiteral("reminder"), QStringLiteral("en"),
            QStringLiteral("Friendly reminder: invoices from {{company.name}}"),
            join({ "Dear {{contact.name}},\n\nthis is a friendly reminder that the following invoices are open:\n",
                kInvoiceListEn, kPayEn,
                "\nIf you have already paid, please disregard this message.\n\nKind "
                "regards\n{{sender}}\n{{company.name}}\n" }) },
        { QStringLiteral("reminder"), QStringLiteral("de"),
            QStringLiteral("Freundliche Erinnerung: Rechnungen von {{company.name}}"),
            join({ "Guten Tag {{contact.name}},\n\nwir möchten Sie freundlich an die folgenden offenen Rechnungen "
                   "erinnern:\n",
                kInvoiceListDe, kPayDe,
                "\nFalls Sie bereits bezahlt haben, betrachten Sie diese Nachricht bitte als gegenstandslos.\n\n"
                "Mit freundlichen Grüßen\n{{sender}}\n{{company.name}}\n" }) },
        { QStringLiteral("first_notice"), QStringLiteral("en"),
            QStringLiteral("Overdue invoices: {{total_overdue}} – {{customer.name}}"),
            join({ "Dear {{contact.name}},\n\nour records show that the following invoices are past due:\n",
                kInvoiceListEn, kPayEn,
                "\nPlease arrange payment within the next 7 days.\n\nKind regards\n{{sender}}\n{{company.name}}\n" }) },
        { QStringLiteral("first_notice"), QStringLiteral("de"),
            QStringLiteral("Überfällige Rechnungen: {{total_overdue}} – {{customer.name}}"),
            join({ "Guten Tag {{contact.name}},\n\nlaut unseren Unterlagen sind die folgenden Rechnungen überfällig:\n",
                kInvoiceListDe, kPayDe,
                "\nBitte begleichen Sie den Betrag innerhalb der nächsten 7 Tage.\n\nMit freundlichen "
                "Grüßen\n{{sender}}\n"
                "{{company.name}}\n" }) },
        { QStringLiteral("second_notice"), QStringLiteral("en"),
            QStringLiteral("Second notice: {{total_overdue}} overdue – {{customer.name}}"),
            join({ "Dear {{contact.name}},\n\ndespite our reminder, the following invoices are still unpaid:\n",
                kInvoiceListEn, kPayEn,
                "{{#fee}}A reminder fee of {{fee}} has been charged.\n{{/fee}}"
                "\n\nPlease pay within 5 days or contact us to agree on a plan.\n\nKind "
                "regards\n{{sender}}\n{{company.name}}\n" }) },
        { QStringLiteral("second_notice"), QStringLiteral("de"),
            QStringLiteral("Zweite Mahnung: {{total_overdue}} überfällig – {{customer.name}}"),
            join(
                { "Guten Tag {{contact.name}},\n\ntrotz unserer Erinnerung sind die folgenden Rechnungen noch offen:\n",
                    kInvoiceListDe, kPayDe, "{{#fee}}Wir berechnen eine Mahngebühr von {{fee}}.\n{{/fee}}",
                    "\n\nBitte zahlen Sie innerhalb von 5 Tagen oder vereinbaren Sie mit uns eine Ratenzahlung.\n\n"
                    "Mit freundlichen Grüßen\n{{sender}}\n{{company.name}}\n" }) },
        { QStringLiteral("final_notice"), QStringLiteral("en"),
            QStringLiteral("Final notice before collection: {{total_overdue}} – {{customer.name}}"),
            join({ "Dear {{contact.name}},\n\nthis is our final notice for the following invoices:\n", kInvoiceListEn,
                kPayEn, "{{#fee}}A reminder fee of {{fee}} has been charged.\n{{/fee}}",
                "\n\nUnless we receive payment within 3 days, we will hand the matter to our collection agency.\n\n"
                "{{sender}}\n{{company.name}}\n" }) },
        { QStringLiteral("final_notice"), QStringLiteral("de"),
            QStringLiteral("Letzte Mahnung vor Inkasso: {{total_overdue}} – {{customer.name}}"),
            join({ "Guten Tag {{contact.name}},\n\ndies ist unsere letzte Mahnung für die folgenden Rechnungen:\n",
                kInvoiceListDe, kPayDe, "{{#fee}}Wir berechnen eine Mahngebühr von {{fee}}.\n{{/fee}}",
                "\n\nGeht die Zahlung nicht innerhalb von 3 Tagen ein, übergeben wir die Forderung an unser "
                "Inkassobüro.\n\n"
                "{{sender}}\n{{company.name}}\n" }) },
        { QStringLiteral("statement"), QStringLiteral("en"),
            QStringLiteral("Statement of account {{customer.id}} as of {{today}}"),
            join({ "Dear {{contact.name}},\n\nplease find attached your statement of account as of {{today}}.\n",
                kInvoiceListEn, kPayEn, "\nKind regards\n{{sender}}\n{{company.name}}\n" }) },
        { QStringLiteral("statement"), QStringLiteral("de"),
            QStringLiteral("Kontoauszug {{customer.id}} zum {{today}}"),
            join({ "Guten Tag {{contact.name}},\n\nanbei erhalten Sie Ihren Kontoauszug zum {{today}}.\n",
                kInvoiceListDe, kPayDe, "\nMit freundlichen Grüßen\n{{sender}}\n{{company.name}}\n" }) },
        { QStringLiteral("sms_reminder"), QStringLiteral("en"), QString(),
            QStringLiteral("{{company.name}}: {{total_overdue}} is overdue on account {{customer.id}}. "
                           "{{#payment_link}}Pay: {{payment_link}}{{/payment_link}}") },
        { QStringLiteral("sms_reminder"), QStringLiteral("de"), QString(),
            QStringLiteral("{{company.name}}: {{total_overdue}} sind auf Konto {{customer.id}} überfällig. "
                           "{{#payment_link}}Zahlen: {{payment_link}}{{/payment_link}}") },
    };
    return templates;
}

} // namespace cc::messaging
