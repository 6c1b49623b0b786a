<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MatchEngine</name>
    <message numerus="yes">
        <source>the text names %n invoices; the amount pays some of them in full</source>
        <translation>
            <numerusform>the text names %n invoice; the amount pays it in full</numerusform>
            <numerusform>the text names %n invoices; the amount pays some of them in full</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of their open invoices are of this amount; the oldest is proposed</source>
        <translation>
            <numerusform>%n of their open invoices is of this amount</numerusform>
            <numerusform>%n of their open invoices are of this amount; the oldest is proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the amount is what %n of their open invoices add up to</source>
        <translation>
            <numerusform>the amount is what %n of their open invoices comes to</numerusform>
            <numerusform>the amount is what %n of their open invoices add up to</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorklistText</name>
    <message numerus="yes">
        <source>%1 over %n days</source>
        <translation>
            <numerusform>%1 over %n day</numerusform>
            <numerusform>%1 over %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %n days</source>
        <translation>
            <numerusform>no contact for %n day</numerusform>
            <numerusform>no contact for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pays %n days late on average</source>
        <translation>
            <numerusform>pays %n day late on average</numerusform>
            <numerusform>pays %n days late on average</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::CashApplicationDialog</name>
    <message numerus="yes">
        <source>%n credit(s) matched: %1 posted, %2 to look at.</source>
        <translation>
            <numerusform>%n credit matched: %1 posted, %2 to look at.</numerusform>
            <numerusform>%n credits matched: %1 posted, %2 to look at.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new line(s) from %2</source>
        <translation>
            <numerusform>%1: %n new line from %2</numerusform>
            <numerusform>%1: %n new lines from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n imported before</source>
        <translation>
            <numerusform>, %n imported before</numerusform>
            <numerusform>, %n imported before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::CsvMappingDialog</name>
    <message numerus="yes">
        <source>The sample reads as %n entry(s) from %1 to %2. The first: %3 on %4, %5.</source>
        <translation>
            <numerusform>The sample reads as %n entry from %1 to %2. The first: %3 on %4, %5.</numerusform>
            <numerusform>The sample reads as %n entries from %1 to %2. The first: %3 on %4, %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::CustomerListModel</name>
    <message numerus="yes">
        <source>%n open invoice(s)</source>
        <translation>
            <numerusform>%n open invoice</numerusform>
            <numerusform>%n open invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::CustomersPage</name>
    <message numerus="yes">
        <source>Loaded %Ln customer(s) in %1 s</source>
        <translation>
            <numerusform>Loaded %Ln customer in %1 s</numerusform>
            <numerusform>Loaded %Ln customers in %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::DashboardTables</name>
    <message numerus="yes">
        <source>KPIs by month (each over %n month(s))</source>
        <translation>
            <numerusform>KPIs by month (each over %n month)</numerusform>
            <numerusform>KPIs by month (each over %n months)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::DashboardWindow</name>
    <message numerus="yes">
        <source>Days sales outstanding (each over %n month(s))</source>
        <translation>
            <numerusform>Days sales outstanding (each over %n month)</numerusform>
            <numerusform>Days sales outstanding (each over %n months)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) imported.</source>
        <translation>
            <numerusform>%n rate imported.</numerusform>
            <numerusform>%n rates imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::DisputeDialog</name>
    <message numerus="yes">
        <source>%1 (answer within %n day(s))</source>
        <translation>
            <numerusform>%1 (answer within %n day)</numerusform>
            <numerusform>%1 (answer within %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::DisputeQueueDialog</name>
    <message numerus="yes">
        <source>Past its service level of %n day(s)</source>
        <translation>
            <numerusform>Past its service level of %n day</numerusform>
            <numerusform>Past its service level of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved to %1</source>
        <translation>
            <numerusform>%n file saved to %1</numerusform>
            <numerusform>%n files saved to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::DrillDownDialog</name>
    <message numerus="yes">
        <source>The %n most overdue documents (there are more), open: %1</source>
        <translation>
            <numerusform>The most overdue document (there are more), open: %1</numerusform>
            <numerusform>The %n most overdue documents (there are more), open: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), open: %1</source>
        <translation>
            <numerusform>%n document, open: %1</numerusform>
            <numerusform>%n documents, open: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::DunningPage</name>
    <message numerus="yes">
        <source>%n notice(s) proposed for today; uncheck any to hold it back.</source>
        <translation>
            <numerusform>%n notice proposed for today; uncheck it to hold it back.</numerusform>
            <numerusform>%n notices proposed for today; uncheck any to hold it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::DunningStrategyDialog</name>
    <message numerus="yes">
        <source>%1 (%n day(s) before due)</source>
        <translation>
            <numerusform>%1 (%n day before due)</numerusform>
            <numerusform>%1 (%n days before due)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) past due)</source>
        <translation>
            <numerusform>%1 (%n day past due)</numerusform>
            <numerusform>%1 (%n days past due)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::ForecastPage</name>
    <message numerus="yes">
        <source>%n receipt(s) most likely in this week; the week expects %1 in all</source>
        <translation>
            <numerusform>%n receipt most likely in this week; the week expects %1 in all</numerusform>
            <numerusform>%n receipts most likely in this week; the week expects %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::ImportDialog</name>
    <message numerus="yes">
        <source>Showing the first %Ln record(s); the file has more.</source>
        <translation>
            <numerusform>Showing the first record; the file has more.</numerusform>
            <numerusform>Showing the first %Ln records; the file has more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %Ln record(s).</source>
        <translation>
            <numerusform>The file has %Ln record.</numerusform>
            <numerusform>The file has %Ln records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Nothing was written: correct the file and import it again.</source>
        <translation>
            <numerusform>%Ln problem found. Nothing was written: correct the file and import it again.</numerusform>
            <numerusform>%Ln problems found. Nothing was written: correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s) imported.</source>
        <translation>
            <numerusform>%Ln new customer imported.</numerusform>
            <numerusform>%Ln new customers imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new invoice(s) imported.</source>
        <translation>
            <numerusform>%Ln new invoice imported.</numerusform>
            <numerusform>%Ln new invoices imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new payment(s) imported.</source>
        <translation>
            <numerusform>%Ln new payment imported.</numerusform>
            <numerusform>%Ln new payments imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were already in the workspace and left unchanged.</source>
        <translation>
            <numerusform>%Ln row was already in the workspace and left unchanged.</numerusform>
            <numerusform>%Ln rows were already in the workspace and left unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new order(s) imported.</source>
        <translation>
            <numerusform>%Ln new order imported.</numerusform>
            <numerusform>%Ln new orders imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::InvoiceDetailView</name>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln day overdue</numerusform>
            <numerusform>%Ln days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::InvoicePdfDialog</name>
    <message numerus="yes">
        <source>One PDF for each of the %Ln document(s) the list shows.</source>
        <translation>
            <numerusform>One PDF for the %Ln document the list shows.</numerusform>
            <numerusform>One PDF for each of the %Ln documents the list shows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::InvoiceTableModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::InvoicesPage</name>
    <message numerus="yes">
        <source>%1 of %Ln document(s) loaded</source>
        <translation>
            <numerusform>%1 of %Ln document loaded</numerusform>
            <numerusform>%1 of %Ln documents loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) written to %1</source>
        <translation>
            <numerusform>%n PDF written to %1</numerusform>
            <numerusform>%n PDFs written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n statement(s) written to %1</source>
        <translation>
            <numerusform>%n statement written to %1</numerusform>
            <numerusform>%n statements written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n online payment(s) recorded: %1</source>
        <translation>
            <numerusform>%n online payment recorded: %1</numerusform>
            <numerusform>%n online payments recorded: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::SyncStatusWidget</name>
    <message numerus="yes">
        <source> · %n change(s) waiting</source>
        <translation>
            <numerusform> · %n change waiting</numerusform>
            <numerusform> · %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::WorklistPage</name>
    <message numerus="yes">
        <source>%n account(s) shown</source>
        <translation>
            <numerusform>%n account shown</numerusform>
            <numerusform>%n accounts shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>%n message sent</numerusform>
            <numerusform>%n messages sent</numerusform>
        </translation>
    </message>
</context>
</TS>
