<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Bic</name>
    <message>
        <source>&quot;%1&quot; is not a BIC: it has 8 or 11 letters and digits</source>
        <translation>„%1“ ist keine BIC: sie hat 8 oder 11 Buchstaben und Ziffern</translation>
    </message>
</context>
<context>
    <name>CashApplication</name>
    <message>
        <source>matching was cancelled; nothing was posted</source>
        <translation>die Zuordnung wurde abgebrochen; nichts wurde gebucht</translation>
    </message>
    <message>
        <source>not posted: %1</source>
        <translation>nicht gebucht: %1</translation>
    </message>
    <message>
        <source>no reference, payer or amount points to an open invoice</source>
        <translation>weder Verwendungszweck noch Zahler noch Betrag weisen auf eine offene Rechnung</translation>
    </message>
    <message>
        <source>there is no bank line %1</source>
        <translation>es gibt keinen Kontoumsatz %1</translation>
    </message>
    <message>
        <source>bank line %1 is posted already, as payment %2; undo that first</source>
        <translation>Kontoumsatz %1 ist schon als Zahlung %2 gebucht; machen Sie das zuerst rückgängig</translation>
    </message>
    <message>
        <source>paid short by the bank transfer %1</source>
        <translation>zu wenig gezahlt mit der Überweisung %1</translation>
    </message>
    <message>
        <source>bank line %1 is not posted; there is nothing to undo</source>
        <translation>Kontoumsatz %1 ist nicht gebucht; es gibt nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>the match of bank line %1 was undone</source>
        <translation>die Zuordnung des Kontoumsatzes %1 wurde rückgängig gemacht</translation>
    </message>
    <message>
        <source>bank line %1 is posted; undo the match first</source>
        <translation>Kontoumsatz %1 ist gebucht; machen Sie die Zuordnung zuerst rückgängig</translation>
    </message>
    <message>
        <source>bank line %1 is not dismissed</source>
        <translation>Kontoumsatz %1 ist nicht ausgeblendet</translation>
    </message>
    <message>
        <source>the threshold is a share from %1 to 1, such as 0.9</source>
        <translation>die Schwelle ist ein Anteil von %1 bis 1, etwa 0.9</translation>
    </message>
    <message>
        <source>the match of bank line %1 wrote off what it left open (%2); it cannot be undone, record a correction instead</source>
        <translation>die Zuordnung des Kontoumsatzes %1 hat ausgebucht, was offen blieb (%2); sie kann nicht rückgängig gemacht werden, buchen Sie stattdessen eine Korrektur</translation>
    </message>
</context>
<context>
    <name>CheckoutClient</name>
    <message>
        <source>the payment provider %1 cannot be reached: %2</source>
        <translation>der Zahlungsanbieter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the payment provider refused (HTTP %1): %2</source>
        <translation>der Zahlungsanbieter hat abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>the payment provider answered without a session id and address</source>
        <translation>der Zahlungsanbieter antwortete ohne Sitzungskennung und Adresse</translation>
    </message>
    <message>
        <source>event %1 names no known currency</source>
        <translation>Ereignis %1 nennt keine bekannte Währung</translation>
    </message>
</context>
<context>
    <name>CollectionsLog</name>
    <message>
        <source>there is no customer %1</source>
        <translation>es gibt keinen Kunden %1</translation>
    </message>
    <message>
        <source>a task needs a title</source>
        <translation>eine Aufgabe braucht einen Titel</translation>
    </message>
    <message>
        <source>a task needs a due date</source>
        <translation>eine Aufgabe braucht ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>the follow-up date lies in the past</source>
        <translation>das Wiedervorlagedatum liegt in der Vergangenheit</translation>
    </message>
    <message>
        <source>Follow up on the call</source>
        <translation>Nach dem Anruf nachfassen</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>die Notiz ist leer</translation>
    </message>
    <message>
        <source>the promised amount must be more than zero</source>
        <translation>der zugesagte Betrag muss größer als null sein</translation>
    </message>
    <message>
        <source>the promised date must be today or later</source>
        <translation>das zugesagte Datum muss heute oder später sein</translation>
    </message>
    <message>
        <source>the promise must be in %1, the customer&apos;s currency</source>
        <translation>die Zusage muss in %1 sein, der Währung des Kunden</translation>
    </message>
    <message>
        <source>invoice %1 is not one of %2&apos;s</source>
        <translation>Rechnung %1 gehört nicht zu %2</translation>
    </message>
    <message>
        <source>the due date lies in the past</source>
        <translation>das Fälligkeitsdatum liegt in der Vergangenheit</translation>
    </message>
    <message>
        <source>choose the invoices the payment holiday is for</source>
        <translation>wählen Sie die Rechnungen für den Zahlungsaufschub</translation>
    </message>
    <message>
        <source>a payment holiday ends after today</source>
        <translation>ein Zahlungsaufschub endet nach heute</translation>
    </message>
    <message>
        <source>say why the payment holiday is granted</source>
        <translation>geben Sie an, warum der Zahlungsaufschub gewährt wird</translation>
    </message>
    <message>
        <source>invoice %1 is not open</source>
        <translation>Rechnung %1 ist nicht offen</translation>
    </message>
    <message>
        <source>invoice %1 is due on %2 already, not before the holiday ends</source>
        <translation>Rechnung %1 ist ohnehin erst am %2 fällig, nicht vor dem Ende des Aufschubs</translation>
    </message>
    <message>
        <source>Payment holiday until %1 for %2: %3</source>
        <translation>Zahlungsaufschub bis %1 für %2: %3</translation>
    </message>
    <message>
        <source>an installment plan has 2 to 36 installments</source>
        <translation>eine Ratenvereinbarung hat 2 bis 36 Raten</translation>
    </message>
    <message>
        <source>installments are at least a week apart</source>
        <translation>Raten liegen mindestens eine Woche auseinander</translation>
    </message>
    <message>
        <source>the first installment falls after today</source>
        <translation>die erste Rate liegt nach heute</translation>
    </message>
    <message>
        <source>say why the installments are agreed</source>
        <translation>geben Sie an, warum Raten vereinbart werden</translation>
    </message>
    <message>
        <source>Installment %1 of %2 on %3: %4 (%5 in all by then)</source>
        <translation>Rate %1 von %2 auf %3: %4 (bis dahin insgesamt %5)</translation>
    </message>
    <message>
        <source>Installment plan for %1: %2 installments of %3 %4 every %5 days from %6 to %7: %8</source>
        <translation>Ratenvereinbarung für %1: %2 Raten zu %3 %4 alle %5 Tage vom %6 bis %7: %8</translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>unknown setting %1 (known: %2)</source>
        <translation>unbekannte Einstellung %1 (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>ConflictStore</name>
    <message>
        <source>there is no conflict %1</source>
        <translation>es gibt keinen Konflikt %1</translation>
    </message>
    <message>
        <source>this change cannot be made again: %1; dismiss it instead</source>
        <translation>diese Änderung kann nicht erneut vorgenommen werden: %1; verwerfen Sie sie stattdessen</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Übergeordnetes Konto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Credit limit (minor units)</source>
        <translation>Kreditlimit (kleinste Einheit)</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Risikoklasse</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Total (minor units)</source>
        <translation>Summe (kleinste Einheit)</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Zahlungsdatum</translation>
    </message>
    <message>
        <source>Amount (minor units)</source>
        <translation>Betrag (kleinste Einheit)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Allocation date</source>
        <translation>Zuordnungsdatum</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
</context>
<context>
    <name>CreditCheck</name>
    <message>
        <source>no credit limit is set for this customer</source>
        <translation>für diesen Kunden ist kein Kreditlimit festgelegt</translation>
    </message>
    <message>
        <source>exposure of %1 (open %2, orders %3, this order %4) is over the credit limit of %5</source>
        <translation>Obligo von %1 (offen %2, Aufträge %3, dieser Auftrag %4) liegt über dem Kreditlimit von %5</translation>
    </message>
    <message>
        <source>%1 overdue is above the threshold of %2</source>
        <translation>%1 überfällig liegt über der Schwelle von %2</translation>
    </message>
    <message>
        <source>the customer is on credit hold: %1</source>
        <translation>der Kunde ist kreditgesperrt: %1</translation>
    </message>
</context>
<context>
    <name>CreditDesk</name>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>a CFO threshold is zero or more</source>
        <translation>eine CFO-Schwelle ist null oder mehr</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>es gibt keinen Kunden %1</translation>
    </message>
    <message>
        <source>customer %1 has credit in %2; ask for a limit in %2</source>
        <translation>Kunde %1 hat Kredit in %2; beantragen Sie ein Limit in %2</translation>
    </message>
    <message>
        <source>a credit limit is zero or more</source>
        <translation>ein Kreditlimit ist null oder mehr</translation>
    </message>
    <message>
        <source>say why the customer needs this limit</source>
        <translation>sagen Sie, warum der Kunde dieses Limit braucht</translation>
    </message>
    <message>
        <source>a temporary limit expires today or later</source>
        <translation>ein befristetes Limit läuft heute oder später ab</translation>
    </message>
    <message>
        <source>Credit limit of %1 requested (was %2): %3</source>
        <translation>Kreditlimit von %1 beantragt (bisher %2): %3</translation>
    </message>
    <message>
        <source>there is no credit request %1</source>
        <translation>es gibt keinen Limitantrag %1</translation>
    </message>
    <message>
        <source>say why the request is rejected</source>
        <translation>sagen Sie, warum der Antrag abgelehnt wird</translation>
    </message>
    <message>
        <source>credit request %1 was %2 already</source>
        <translation>Limitantrag %1 war bereits %2</translation>
    </message>
    <message>
        <source>Credit limit of %1 approved by %2; above the CFO threshold, the CFO decides next</source>
        <translation>Kreditlimit von %1 von %2 genehmigt; über der CFO-Schwelle entscheidet nun der CFO</translation>
    </message>
    <message>
        <source>Credit limit of %1 approved by %2; in force from today</source>
        <translation>Kreditlimit von %1 von %2 genehmigt; gilt ab heute</translation>
    </message>
    <message>
        <source>Credit limit of %1 rejected by %2</source>
        <translation>Kreditlimit von %1 von %2 abgelehnt</translation>
    </message>
    <message>
        <source>say why the customer goes on credit hold</source>
        <translation>sagen Sie, warum der Kunde gesperrt wird</translation>
    </message>
    <message>
        <source>say why the credit hold is released</source>
        <translation>sagen Sie, warum die Kreditsperre aufgehoben wird</translation>
    </message>
    <message>
        <source>customer %1 is on credit hold already</source>
        <translation>Kunde %1 ist bereits kreditgesperrt</translation>
    </message>
    <message>
        <source>customer %1 is not on credit hold</source>
        <translation>Kunde %1 ist nicht kreditgesperrt</translation>
    </message>
    <message>
        <source>Put on credit hold by %1: %2</source>
        <translation>Von %1 kreditgesperrt: %2</translation>
    </message>
    <message>
        <source>Credit hold released by %1: %2</source>
        <translation>Kreditsperre von %1 aufgehoben: %2</translation>
    </message>
    <message>
        <source>say what the review found</source>
        <translation>sagen Sie, was die Prüfung ergab</translation>
    </message>
    <message>
        <source>Credit review by %1, risk score %2 (%3): %4; next review by %5</source>
        <translation>Kreditprüfung durch %1, Risikowert %2 (%3): %4; nächste Prüfung bis %5</translation>
    </message>
</context>
<context>
    <name>CreditorReference</name>
    <message>
        <source>no creditor reference can be made from &quot;%1&quot;: it needs 1 to %2 letters or digits</source>
        <translation>aus „%1“ lässt sich keine Gläubigerreferenz bilden: sie braucht 1 bis %2 Buchstaben oder Ziffern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a creditor reference: it is RF, two check digits and 1 to 21 letters or digits</source>
        <translation>„%1“ ist keine Gläubigerreferenz: sie besteht aus RF, zwei Prüfziffern und 1 bis 21 Buchstaben oder Ziffern</translation>
    </message>
    <message>
        <source>the creditor reference %1 has wrong check digits: a character is mistyped</source>
        <translation>die Gläubigerreferenz %1 hat falsche Prüfziffern: ein Zeichen ist vertippt</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>die Datei ist leer; eine Kopfzeile ist erforderlich</translation>
    </message>
    <message>
        <source>has %1 fields, the header has %2</source>
        <translation>hat %1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>der Import wurde abgebrochen; nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>CsvMappings</name>
    <message>
        <source>there is no CSV mapping &quot;%1&quot;; saved ones: %2</source>
        <translation>es gibt keine CSV-Zuordnung „%1“; gespeichert sind: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>CSV mapping &quot;%1&quot;: %2</source>
        <translation>CSV-Zuordnung „%1“: %2</translation>
    </message>
    <message>
        <source>a CSV mapping needs a name</source>
        <translation>eine CSV-Zuordnung braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>CsvStatementMapping</name>
    <message>
        <source>&quot;%1&quot; is no part of a CSV mapping; it knows %2</source>
        <translation>„%1“ gehört nicht zu einer CSV-Zuordnung; sie kennt %2</translation>
    </message>
    <message>
        <source>&quot;delimiter&quot; is one character, such as &quot;,&quot; or &quot;;&quot;</source>
        <translation>„delimiter“ ist ein Zeichen, etwa „,“ oder „;“</translation>
    </message>
    <message>
        <source>&quot;encoding&quot; is UTF-8 or ISO-8859-1</source>
        <translation>„encoding“ ist UTF-8 oder ISO-8859-1</translation>
    </message>
    <message>
        <source>&quot;decimal&quot; is &quot;.&quot; or &quot;,&quot;</source>
        <translation>„decimal“ ist „.“ oder „,“</translation>
    </message>
    <message>
        <source>&quot;skip_lines&quot; cannot be negative</source>
        <translation>„skip_lines“ kann nicht negativ sein</translation>
    </message>
    <message>
        <source>name the &quot;date&quot; column</source>
        <translation>nennen Sie die Spalte „date“</translation>
    </message>
    <message>
        <source>name the &quot;amount&quot; column (with &quot;direction&quot; and &quot;credit_marker&quot; when it has no sign), or &quot;credit&quot; and &quot;debit&quot; columns</source>
        <translation>nennen Sie die Spalte „amount“ (mit „direction“ und „credit_marker“, wenn sie kein Vorzeichen hat) oder die Spalten „credit“ und „debit“</translation>
    </message>
    <message>
        <source>give either a fixed &quot;currency&quot; or a &quot;currency_column&quot;</source>
        <translation>geben Sie entweder eine feste „currency“ oder eine „currency_column“ an</translation>
    </message>
    <message>
        <source>give either a fixed &quot;account&quot; or an &quot;account_column&quot;</source>
        <translation>geben Sie entweder ein festes „account“ oder eine „account_column“ an</translation>
    </message>
</context>
<context>
    <name>CsvStatementParser</name>
    <message>
        <source>the column &quot;%1&quot; is not in the header (%2)</source>
        <translation>die Spalte „%1“ steht nicht in der Kopfzeile (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no column: without a header, give column numbers</source>
        <translation>„%1“ nennt keine Spalte: ohne Kopfzeile geben Sie Spaltennummern an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>„%1“ ist kein Betrag</translation>
    </message>
    <message>
        <source>line %1: the balance does not follow from the line before</source>
        <translation>Zeile %1: der Saldo folgt nicht aus der Zeile davor</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;: %3</source>
        <translation>Zeile %1, Spalte „%2“: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form %2</source>
        <translation>„%1“ ist kein Datum der Form %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency</source>
        <translation>„%1“ ist keine Währung</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>kein Konto</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>a credit limit cannot be negative</source>
        <translation>ein Kreditlimit kann nicht negativ sein</translation>
    </message>
    <message>
        <source>a customer cannot be its own parent</source>
        <translation>ein Kunde kann nicht sein eigenes Mutterkonto sein</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>unbekannter Kunde %1</translation>
    </message>
    <message>
        <source>customer %1 exists with different values (the workspace has &quot;%2&quot;)</source>
        <translation>Kunde %1 existiert mit anderen Werten (im Arbeitsbereich steht „%2“)</translation>
    </message>
</context>
<context>
    <name>DashboardQuery</name>
    <message>
        <source>The dashboard was cancelled.</source>
        <translation>Das Dashboard wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Disputes</name>
    <message>
        <source>&quot;%1&quot; is not a dispute reason; give one of %2</source>
        <translation>„%1“ ist kein Reklamationsgrund; geben Sie einen von %2 an</translation>
    </message>
    <message>
        <source>there is no issued invoice %1</source>
        <translation>es gibt keine ausgestellte Rechnung %1</translation>
    </message>
    <message>
        <source>invoice %1 is in %2; dispute an amount in %2</source>
        <translation>Rechnung %1 ist in %2; reklamieren Sie einen Betrag in %2</translation>
    </message>
    <message>
        <source>%1 of invoice %2 is open and not disputed yet; a dispute is for a positive amount up to that</source>
        <translation>von Rechnung %2 sind %1 offen und noch nicht reklamiert; eine Reklamation gilt einem positiven Betrag bis dahin</translation>
    </message>
    <message>
        <source>Dispute on %1 opened: %2, %3, owner %4, due by %5</source>
        <translation>Reklamation zu %1 eröffnet: %2, %3, zuständig %4, fällig bis %5</translation>
    </message>
    <message>
        <source>there is no dispute %1</source>
        <translation>es gibt keine Reklamation %1</translation>
    </message>
    <message>
        <source>a %1 dispute cannot become %2</source>
        <translation>eine Reklamation im Stand %1 kann nicht %2 werden</translation>
    </message>
    <message>
        <source>invoice %1 no longer has %2 open to dispute; open a new dispute for what is left</source>
        <translation>Rechnung %1 hat keine %2 mehr offen zum Reklamieren; eröffnen Sie eine neue Reklamation für den Rest</translation>
    </message>
    <message>
        <source>Dispute on %1 (%2): %3 → %4</source>
        <translation>Reklamation zu %1 (%2): %3 → %4</translation>
    </message>
    <message>
        <source>a credit note</source>
        <translation>eine Gutschrift</translation>
    </message>
    <message>
        <source>a write-off</source>
        <translation>eine Abschreibung</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>a dispute is resolved by a credit note, a write-off or a rejection: resolve it, do not move it</source>
        <translation>eine Reklamation wird durch Gutschrift, Abschreibung oder Ablehnung gelöst: lösen Sie sie, statt sie zu verschieben</translation>
    </message>
    <message>
        <source>an approval limit is zero or more</source>
        <translation>eine Genehmigungsgrenze ist null oder mehr</translation>
    </message>
    <message>
        <source>dispute %1 is resolved already; reopen it first</source>
        <translation>Reklamation %1 ist bereits gelöst; öffnen Sie sie zuerst wieder</translation>
    </message>
    <message>
        <source>dispute %1 is in %2</source>
        <translation>Reklamation %1 ist in %2</translation>
    </message>
    <message>
        <source>%1 is disputed; %2 is for a positive amount up to that</source>
        <translation>%1 ist reklamiert; %2 gilt einem positiven Betrag bis dahin</translation>
    </message>
    <message>
        <source>Dispute on %1 (%2): %3 of %4 proposed, above the limit of %5; a credit manager decides</source>
        <translation>Reklamation zu %1 (%2): %3 über %4 vorgeschlagen, über der Grenze von %5; ein Kreditmanager entscheidet</translation>
    </message>
    <message>
        <source>dispute %1 has no resolution waiting for a decision</source>
        <translation>Reklamation %1 hat keine Lösung, die auf eine Entscheidung wartet</translation>
    </message>
    <message>
        <source>Dispute on %1 (%2): %3 proposed by %4 declined by %5</source>
        <translation>Reklamation zu %1 (%2): %3, vorgeschlagen von %4, von %5 abgelehnt</translation>
    </message>
    <message>
        <source>%1 dispute on invoice %2</source>
        <translation>Reklamation (%1) zu Rechnung %2</translation>
    </message>
    <message>
        <source>invoice %1 no longer has %2 open; resolve the dispute for what is left</source>
        <translation>Rechnung %1 hat nicht mehr %2 offen; lösen Sie die Reklamation für den Rest</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Gutschrift: %1</translation>
    </message>
    <message>
        <source>Dispute on %1 (%2) resolved by credit note %3 of %4</source>
        <translation>Reklamation zu %1 (%2) durch Gutschrift %3 über %4 gelöst</translation>
    </message>
    <message>
        <source>Dispute on %1 (%2) resolved by writing off %3</source>
        <translation>Reklamation zu %1 (%2) durch Abschreibung von %3 gelöst</translation>
    </message>
    <message>
        <source>Dispute on %1 (%2) rejected: the amount is to be collected again</source>
        <translation>Reklamation zu %1 (%2) abgelehnt: der Betrag wird wieder eingefordert</translation>
    </message>
    <message>
        <source>a file added to a dispute needs its name</source>
        <translation>eine Datei zu einer Reklamation braucht ihren Namen</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB a dispute takes per file</source>
        <translation>%1 ist größer als die %2 MB, die eine Reklamation je Datei aufnimmt</translation>
    </message>
    <message>
        <source>File %1 added to the dispute on %2</source>
        <translation>Datei %1 zur Reklamation zu %2 hinzugefügt</translation>
    </message>
</context>
<context>
    <name>DunningRun</name>
    <message>
        <source>the dunning run was cancelled; nothing was sent</source>
        <translation>der Mahnlauf wurde abgebrochen; nichts wurde versandt</translation>
    </message>
</context>
<context>
    <name>DunningStrategy</name>
    <message>
        <source>a dunning strategy needs at least one level</source>
        <translation>eine Mahnstrategie braucht mindestens eine Stufe</translation>
    </message>
    <message>
        <source>level %1: the channel must be email or sms</source>
        <translation>Stufe %1: der Kanal muss email oder sms sein</translation>
    </message>
    <message>
        <source>level %1: fees and intervals cannot be negative</source>
        <translation>Stufe %1: Gebühren und Abstände können nicht negativ sein</translation>
    </message>
    <message>
        <source>level %1 comes due before the level it follows</source>
        <translation>Stufe %1 wird vor der Stufe fällig, auf die sie folgt</translation>
    </message>
    <message>
        <source>the minimum amount cannot be negative</source>
        <translation>der Mindestbetrag darf nicht negativ sein</translation>
    </message>
    <message>
        <source>level %1 has no name</source>
        <translation>Stufe %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>level %1: choose a template</source>
        <translation>Stufe %1: wählen Sie eine Vorlage</translation>
    </message>
    <message>
        <source>level %1: the last day past due comes before the first</source>
        <translation>Stufe %1: der letzte Tag nach Fälligkeit liegt vor dem ersten</translation>
    </message>
</context>
<context>
    <name>ForecastOverviewQuery</name>
    <message>
        <source>The forecast was cancelled.</source>
        <translation>Die Prognose wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>FxRateImport</name>
    <message>
        <source>line %1: give date,base,quote,rate, not %2 fields</source>
        <translation>Zeile %1: erwartet werden date,base,quote,rate, nicht %2 Felder</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>Zeile %1: „%2“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1: a rate is between two currencies</source>
        <translation>Zeile %1: ein Kurs gilt zwischen zwei Währungen</translation>
    </message>
</context>
<context>
    <name>GiroCode</name>
    <message>
        <source>payment QR code: %1</source>
        <translation>Zahlungs-QR-Code: %1</translation>
    </message>
    <message>
        <source>only euro amounts can be paid by SEPA transfer, not %1</source>
        <translation>per SEPA-Überweisung lassen sich nur Euro-Beträge zahlen, nicht %1</translation>
    </message>
    <message>
        <source>the amount must be between 0.01 and 999999999.99</source>
        <translation>der Betrag muss zwischen 0,01 und 999999999,99 liegen</translation>
    </message>
    <message>
        <source>the beneficiary name must have 1 to %1 characters</source>
        <translation>der Name des Empfängers muss 1 bis %1 Zeichen haben</translation>
    </message>
    <message>
        <source>the remittance text is longer than %1 characters</source>
        <translation>der Verwendungszweck ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the payload has %1 bytes, more than the %2 a GiroCode holds</source>
        <translation>der Inhalt hat %1 Bytes, mehr als die %2, die ein GiroCode fasst</translation>
    </message>
</context>
<context>
    <name>GrossCredit</name>
    <message>
        <source>%1 (%2 % tax)</source>
        <translation>%1 (%2 % USt.)</translation>
    </message>
    <message>
        <source>Rounding difference</source>
        <translation>Rundungsdifferenz</translation>
    </message>
</context>
<context>
    <name>HtmlPage</name>
    <message>
        <source>the template %1 (setting %2) cannot be read: %3</source>
        <translation>die Vorlage %1 (Einstellung %2) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the company logo %1 cannot be read as an image: %2</source>
        <translation>das Firmenlogo %1 kann nicht als Bild gelesen werden: %2</translation>
    </message>
    <message>
        <source>the PDF for %1 came out empty</source>
        <translation>das PDF für %1 ist leer geblieben</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 is not an http(s) address</source>
        <translation>%1 ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>cannot start the HTTP client</source>
        <translation>der HTTP-Client lässt sich nicht starten</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>Iban</name>
    <message>
        <source>&quot;%1&quot; is not an IBAN: it starts with a country code and two check digits, then 11 to 30 letters or digits</source>
        <translation>„%1“ ist keine IBAN: sie beginnt mit einem Ländercode und zwei Prüfziffern, dann folgen 11 bis 30 Buchstaben oder Ziffern</translation>
    </message>
    <message>
        <source>the IBAN %1 has %2 characters; IBANs from %3 have %4</source>
        <translation>die IBAN %1 hat %2 Zeichen; IBANs aus %3 haben %4</translation>
    </message>
    <message>
        <source>the IBAN %1 has wrong check digits: a character is mistyped</source>
        <translation>die IBAN %1 hat falsche Prüfziffern: ein Zeichen ist vertippt</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>the mapping file names column &quot;%1&quot;, which the file does not have</source>
        <translation>die Zuordnungsdatei nennt die Spalte „%1“, die die Datei nicht hat</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>Pflichtspalte fehlt</translation>
    </message>
    <message>
        <source>cannot read mapping file %1: %2</source>
        <translation>die Zuordnungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 line %2: &quot;%3&quot; is mapped twice</source>
        <translation>%1 Zeile %2: „%3“ ist zweimal zugeordnet</translation>
    </message>
    <message>
        <source>%1 line %2: expected &quot;column = header in the file&quot;</source>
        <translation>%1 Zeile %2: erwartet wird „Spalte = Kopfzeile in der Datei“</translation>
    </message>
    <message>
        <source>%1 line %2: %3 have no column &quot;%4&quot; (known: %5)</source>
        <translation>%1 Zeile %2: %3 haben keine Spalte „%4“ (bekannt: %5)</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (erwartet JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could use a decimal or a thousands separator; set the decimal separator for this file</source>
        <translation>in „%1“ kann der Punkt oder das Komma Dezimal- oder Tausendertrennzeichen sein; legen Sie das Dezimaltrennzeichen für diese Datei fest</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2 (at most %3 decimals, separator &quot;%4&quot;)</source>
        <translation>„%1“ ist kein Betrag in %2 (höchstens %3 Nachkommastellen, Trennzeichen „%4“)</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>&quot;%1&quot; appears twice (first on line %2)</source>
        <translation>„%1“ kommt doppelt vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>unknown customer %1</source>
        <translation>unbekannter Kunde %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>no bank account is set (company.iban)</source>
        <translation>es ist kein Bankkonto eingestellt (company.iban)</translation>
    </message>
    <message>
        <source>%1 is a draft and cannot be paid yet</source>
        <translation>%1 ist ein Entwurf und kann noch nicht bezahlt werden</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>es gibt keinen Kunden %1</translation>
    </message>
    <message>
        <source>there is no invoice or credit note %1</source>
        <translation>es gibt keine Rechnung oder Gutschrift %1</translation>
    </message>
    <message>
        <source>cancelled after %1 documents</source>
        <translation>abgebrochen nach %1 Belegen</translation>
    </message>
</context>
<context>
    <name>InvoiceDrafts</name>
    <message>
        <source>there is no customer %1</source>
        <translation>es gibt keinen Kunden %1</translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation>es gibt keine Rechnung %1</translation>
    </message>
    <message>
        <source>%1 is not an issued invoice</source>
        <translation>%1 ist keine ausgestellte Rechnung</translation>
    </message>
    <message>
        <source>Credit for invoice %1</source>
        <translation>Gutschrift zu Rechnung %1</translation>
    </message>
    <message>
        <source>the draft was deleted meanwhile</source>
        <translation>der Entwurf wurde inzwischen gelöscht</translation>
    </message>
    <message>
        <source>%1 is issued and cannot change; correct it with a credit note</source>
        <translation>%1 ist ausgestellt und kann nicht mehr geändert werden; korrigieren Sie sie mit einer Gutschrift</translation>
    </message>
    <message>
        <source>%1 is issued and cannot be deleted</source>
        <translation>%1 ist ausgestellt und kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>InvoiceImport</name>
    <message>
        <source>invoice currency %1 differs from customer %2&apos;s currency %3</source>
        <translation>die Rechnungswährung %1 weicht von der Währung %3 des Kunden %2 ab</translation>
    </message>
    <message>
        <source>%1 is before the invoice date %2</source>
        <translation>%1 liegt vor dem Rechnungsdatum %2</translation>
    </message>
    <message>
        <source>invoice %1 exists with different values (the workspace has &quot;%2&quot;)</source>
        <translation>Rechnung %1 existiert mit anderen Werten (im Arbeitsbereich steht „%2“)</translation>
    </message>
</context>
<context>
    <name>InvoiceIssuing</name>
    <message>
        <source>the draft was deleted meanwhile</source>
        <translation>der Entwurf wurde inzwischen gelöscht</translation>
    </message>
    <message>
        <source>%1 is issued already</source>
        <translation>%1 ist bereits ausgestellt</translation>
    </message>
    <message>
        <source>corrects: %1 is not an invoice of this customer</source>
        <translation>korrigiert: %1 ist keine Rechnung dieses Kunden</translation>
    </message>
    <message>
        <source>corrects: %1 is in %2</source>
        <translation>korrigiert: %1 lautet auf %2</translation>
    </message>
    <message>
        <source>total: the credit exceeds what is left to credit on %1 (%2 minor units)</source>
        <translation>Summe: die Gutschrift übersteigt, was auf %1 noch gutgeschrieben werden kann (%2 kleinste Einheiten)</translation>
    </message>
    <message>
        <source>this workspace works with a server, which hands out the numbers; issue while connected</source>
        <translation>dieser Arbeitsbereich arbeitet mit einem Server, der die Nummern vergibt; stellen Sie mit Verbindung aus</translation>
    </message>
</context>
<context>
    <name>InvoiceValidation</name>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>choose a customer</source>
        <translation>wählen Sie einen Kunden</translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>enter the date of the invoice</source>
        <translation>geben Sie das Rechnungsdatum ein</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>choose payment terms or a due date</source>
        <translation>wählen Sie Zahlungsbedingungen oder ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>%1: description</source>
        <translation>%1: Beschreibung</translation>
    </message>
    <message>
        <source>name the item or describe it</source>
        <translation>nennen oder beschreiben Sie den Artikel</translation>
    </message>
    <message>
        <source>%1: quantity</source>
        <translation>%1: Menge</translation>
    </message>
    <message>
        <source>must not be zero</source>
        <translation>darf nicht null sein</translation>
    </message>
    <message>
        <source>%1: unit price</source>
        <translation>%1: Einzelpreis</translation>
    </message>
    <message>
        <source>must be in %1 like the invoice</source>
        <translation>muss wie die Rechnung auf %1 lauten</translation>
    </message>
    <message>
        <source>%1: discount</source>
        <translation>%1: Rabatt</translation>
    </message>
    <message>
        <source>must be between 0 and 100 %</source>
        <translation>muss zwischen 0 und 100 % liegen</translation>
    </message>
    <message>
        <source>%1: tax rate</source>
        <translation>%1: Steuersatz</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>add at least one line</source>
        <translation>fügen Sie mindestens eine Position hinzu</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>an invoice cannot total less than zero; issue a credit note</source>
        <translation>eine Rechnung kann nicht unter null summieren; stellen Sie eine Gutschrift aus</translation>
    </message>
    <message>
        <source>corrects</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>name the invoice the credit note corrects</source>
        <translation>nennen Sie die Rechnung, die die Gutschrift korrigiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>KeychainKeyStore</name>
    <message>
        <source>Unlock or start your desktop keyring (Secret Service, e.g. gnome-keyring), or protect the workspace with a passphrase instead (--key-file).</source>
        <translation>Entsperren oder starten Sie den Schlüsselbund Ihres Desktops (Secret Service, z. B. gnome-keyring), oder schützen Sie den Arbeitsbereich stattdessen mit einer Passphrase (--key-file).</translation>
    </message>
    <message>
        <source>the OS keychain failed to %1 (%2). %3</source>
        <translation>der Schlüsselbund des Systems scheiterte beim Versuch, %1 (%2). %3</translation>
    </message>
    <message>
        <source>the OS keychain did not answer within %1 s while trying to %2. %3</source>
        <translation>der Schlüsselbund des Systems hat innerhalb von %1 s nicht geantwortet beim Versuch, %2. %3</translation>
    </message>
    <message>
        <source>read the key &quot;%1&quot;</source>
        <translation>den Schlüssel „%1“ zu lesen</translation>
    </message>
    <message>
        <source>the OS keychain has no key &quot;%1&quot;</source>
        <translation>der Schlüsselbund des Systems hat keinen Schlüssel „%1“</translation>
    </message>
    <message>
        <source>store the key &quot;%1&quot;</source>
        <translation>den Schlüssel „%1“ zu speichern</translation>
    </message>
    <message>
        <source>delete the key &quot;%1&quot;</source>
        <translation>den Schlüssel „%1“ zu löschen</translation>
    </message>
</context>
<context>
    <name>LateFeePolicy</name>
    <message>
        <source>%1: give amounts in minor units per ISO currency, e.g. {&quot;EUR&quot;: 4000}</source>
        <translation>%1: geben Sie Beträge in kleinsten Einheiten je ISO-Währung an, z. B. {&quot;EUR&quot;: 4000}</translation>
    </message>
    <message>
        <source>the late-fee policy is not a JSON object: %1</source>
        <translation>die Verzugsregel ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>%1: give a whole number</source>
        <translation>%1: geben Sie eine ganze Zahl an</translation>
    </message>
    <message>
        <source>annual_rate_bp: give basis points between 0 and 100000</source>
        <translation>annual_rate_bp: geben Sie Basispunkte zwischen 0 und 100000 an</translation>
    </message>
    <message>
        <source>grace_days: give 0 to 365 days</source>
        <translation>grace_days: geben Sie 0 bis 365 Tage an</translation>
    </message>
    <message>
        <source>Interest of %1 % a year on amounts overdue, per day (actual/365), from day %2 past due.</source>
        <translation>Verzugszinsen von %1 % p. a. auf überfällige Beträge, taggenau (act/365), ab dem %2. Tag nach Fälligkeit.</translation>
    </message>
    <message>
        <source>A flat %1 for each invoice paid late.</source>
        <translation>Eine Pauschale von %1 je verspätet bezahlter Rechnung.</translation>
    </message>
</context>
<context>
    <name>LateFees</name>
    <message>
        <source>there is no customer %1</source>
        <translation>es gibt keinen Kunden %1</translation>
    </message>
    <message>
        <source>the team has no late-fee policy; set one first</source>
        <translation>das Team hat keine Verzugsregel; legen Sie zuerst eine fest</translation>
    </message>
    <message>
        <source>nothing of %1 is overdue and not charged yet on %2</source>
        <translation>bei %1 ist am %2 nichts überfällig und noch nicht berechnet</translation>
    </message>
    <message>
        <source>Interest on %1: %2 × %3 % × %4/365 (%5 to %6)</source>
        <translation>Verzugszinsen auf %1: %2 × %3 % × %4/365 (%5 bis %6)</translation>
    </message>
    <message>
        <source>Flat-rate compensation for paying %1 late</source>
        <translation>Verzugspauschale für die verspätete Zahlung von %1</translation>
    </message>
    <message>
        <source>the charges come to %1, less than the policy&apos;s minimum of %2; nothing was charged</source>
        <translation>die Gebühren ergeben %1, weniger als der Mindestbetrag der Regel von %2; nichts wurde berechnet</translation>
    </message>
</context>
<context>
    <name>LocalRows</name>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;</source>
        <translation>%1 muss eine ganze Zahl sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be a date (YYYY-MM-DD), not &quot;%2&quot;</source>
        <translation>%1 muss ein Datum sein (JJJJ-MM-TT), nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has no field %2 that can be changed</source>
        <translation>%1 hat kein änderbares Feld %2</translation>
    </message>
    <message>
        <source>%1 must be a time (YYYY-MM-DDThh:mm:ssZ), not &quot;%2&quot;</source>
        <translation>%1 muss eine Uhrzeit sein (JJJJ-MM-TTThh:mm:ssZ), nicht „%2“</translation>
    </message>
    <message>
        <source>%1 must be bytes in hex (\x…)</source>
        <translation>%1 müssen Bytes in Hex sein (\x…)</translation>
    </message>
</context>
<context>
    <name>MatchEngine</name>
    <message>
        <source>%1 is exactly what is open on %2</source>
        <translation>%1 ist genau der offene Betrag von %2</translation>
    </message>
    <message>
        <source>%1 is what is open on %2 less the early-payment discount of %3 earned</source>
        <translation>%1 ist der offene Betrag von %2 abzüglich des verdienten Skontos von %3</translation>
    </message>
    <message>
        <source>%1 is what is open on %2 less a discount of %3 taken after its window: left open, to chase or write off</source>
        <translation>%1 ist der offene Betrag von %2 abzüglich %3 Skonto, nach Ablauf der Skontofrist gezogen: bleibt offen, zum Nachfordern oder Ausbuchen</translation>
    </message>
    <message>
        <source>%1 is less than is open on %2: a partial payment</source>
        <translation>%1 ist weniger als offen auf %2: eine Teilzahlung</translation>
    </message>
    <message>
        <source>%1 is more than is open on %2: %3 stays unapplied cash</source>
        <translation>%1 ist mehr als offen auf %2: %3 bleiben als nicht zugeordnete Zahlung</translation>
    </message>
    <message>
        <source>but %1</source>
        <translation>aber %1</translation>
    </message>
    <message numerus="yes">
        <source>the text names %n invoices; the amount pays some of them in full</source>
        <translation>
            <numerusform>der Text nennt %n Rechnung; der Betrag bezahlt sie ganz</numerusform>
            <numerusform>der Text nennt %n Rechnungen; der Betrag bezahlt einige davon ganz</numerusform>
        </translation>
    </message>
    <message>
        <source>the text names %1 with one digit wrong or two swapped</source>
        <translation>der Text nennt %1 mit einer falschen oder zwei vertauschten Ziffern</translation>
    </message>
    <message>
        <source>the RF creditor reference, its check digits right, names %1</source>
        <translation>die RF-Gläubigerreferenz mit richtigen Prüfziffern nennt %1</translation>
    </message>
    <message>
        <source>the text names %1 as written</source>
        <translation>der Text nennt %1 genau so</translation>
    </message>
    <message>
        <source>the text names %1, written another way</source>
        <translation>der Text nennt %1, anders geschrieben</translation>
    </message>
    <message>
        <source>another invoice one digit away fits the amount as well</source>
        <translation>eine andere Rechnung, eine Ziffer entfernt, passt ebenso zum Betrag</translation>
    </message>
    <message>
        <source>nothing of theirs is open in %1: all of it stays unapplied cash</source>
        <translation>nichts von ihnen ist in %1 offen: alles bleibt nicht zugeordnete Zahlung</translation>
    </message>
    <message numerus="yes">
        <source>%n of their open invoices are of this amount; the oldest is proposed</source>
        <translation>
            <numerusform>%n ihrer offenen Rechnungen hat diesen Betrag</numerusform>
            <numerusform>%n ihrer offenen Rechnungen haben diesen Betrag; die älteste wird vorgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the amount is what %n of their open invoices add up to</source>
        <translation>
            <numerusform>der Betrag ist die Summe von %n ihrer offenen Rechnungen</numerusform>
            <numerusform>der Betrag ist die Summe von %n ihrer offenen Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>the amount is what several sets of their open invoices add up to; the oldest set is proposed</source>
        <translation>mehrere Gruppen ihrer offenen Rechnungen ergeben den Betrag; die älteste wird vorgeschlagen</translation>
    </message>
    <message>
        <source>no invoice or set of them is of this amount: applied oldest first</source>
        <translation>keine Rechnung und keine Gruppe ergibt den Betrag: die ältesten zuerst</translation>
    </message>
    <message>
        <source>neither the text nor the payer points to a customer, but %1 is the only open invoice of this amount, owed by %2</source>
        <translation>weder Text noch Zahler weisen auf einen Kunden, aber %1 ist die einzige offene Rechnung dieses Betrags, von %2</translation>
    </message>
    <message>
        <source>but the amount fits other invoices the text may mean exactly</source>
        <translation>aber der Betrag passt genau zu anderen Rechnungen, die der Text meinen kann</translation>
    </message>
    <message>
        <source>another customer&apos;s invoice the text may mean fits the amount as well</source>
        <translation>die Rechnung eines anderen Kunden, die der Text meinen kann, passt ebenso zum Betrag</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>there is no customer %1</source>
        <translation>es gibt keinen Kunden %1</translation>
    </message>
    <message>
        <source>%1 has no contact with an email address</source>
        <translation>%1 hat keinen Kontakt mit E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 has no contact with a phone number</source>
        <translation>%1 hat keinen Kontakt mit Telefonnummer</translation>
    </message>
</context>
<context>
    <name>MessageDispatcher</name>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 an %2: %3</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>template %1 cannot be read: %2</source>
        <translation>die Vorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>the workspace has schema version %1 but this CashCycle knows only up to %2; update CashCycle</source>
        <translation>der Arbeitsbereich hat die Schemaversion %1, dieses CashCycle kennt nur Versionen bis %2; aktualisieren Sie CashCycle</translation>
    </message>
</context>
<context>
    <name>NumberingPattern</name>
    <message>
        <source>the number pattern &quot;%1&quot; has an unknown field {%2}; use {N}, {N:5}, {YYYY} or {YY}</source>
        <translation>das Nummernmuster „%1“ hat ein unbekanntes Feld {%2}; verwenden Sie {N}, {N:5}, {YYYY} oder {YY}</translation>
    </message>
    <message>
        <source>the number pattern &quot;%1&quot; has an unmatched brace</source>
        <translation>das Nummernmuster „%1“ hat eine Klammer ohne Gegenstück</translation>
    </message>
    <message>
        <source>the number pattern &quot;%1&quot; needs the running number {N} exactly once</source>
        <translation>das Nummernmuster „%1“ braucht die laufende Nummer {N} genau einmal</translation>
    </message>
    <message>
        <source>the number pattern &quot;%1&quot; pads to 1 to 12 digits, not %2</source>
        <translation>das Nummernmuster „%1“ füllt auf 1 bis 12 Stellen auf, nicht %2</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>customer %1 is billed in %2, not %3</source>
        <translation>Kunde %1 wird in %2 abgerechnet, nicht in %3</translation>
    </message>
    <message>
        <source>an order&apos;s total must be positive</source>
        <translation>der Betrag eines Auftrags muss positiv sein</translation>
    </message>
    <message>
        <source>order %1 exists with different values (the workspace has &quot;%2&quot;)</source>
        <translation>Auftrag %1 existiert mit anderen Werten (im Arbeitsbereich: „%2“)</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>%1 is not a table that can be changed</source>
        <translation>%1 ist keine änderbare Tabelle</translation>
    </message>
    <message>
        <source>there is no %1 %2 in this workspace</source>
        <translation>in diesem Arbeitsbereich gibt es kein %1 %2</translation>
    </message>
    <message>
        <source>%1 has no field %2 that can be changed</source>
        <translation>%1 hat kein änderbares Feld %2</translation>
    </message>
    <message>
        <source>%1 %2 exists already</source>
        <translation>%1 %2 existiert bereits</translation>
    </message>
    <message>
        <source>unknown change &quot;%1&quot; in the outbox</source>
        <translation>unbekannte Änderung &quot;%1&quot; im Postausgang</translation>
    </message>
</context>
<context>
    <name>PayerDirectory</name>
    <message>
        <source>the money came from account %1, which paid for %2 before</source>
        <translation>das Geld kam vom Konto %1, das schon für %2 gezahlt hat</translation>
    </message>
    <message>
        <source>payments from &quot;%1&quot; were for %2 before</source>
        <translation>Zahlungen von „%1“ waren bisher für %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the text stood for %2 before</source>
        <translation>„%1“ im Text stand bisher für %2</translation>
    </message>
    <message>
        <source>the payer &quot;%1&quot; is like %2 (%3 % alike)</source>
        <translation>der Zahler „%1“ ähnelt %2 (zu %3 %)</translation>
    </message>
</context>
<context>
    <name>PaymentAllocator</name>
    <message>
        <source>%1 is not open for this customer</source>
        <translation>%1 ist für diesen Kunden nicht offen</translation>
    </message>
    <message>
        <source>%1: is in %2, the payment in %3; convert it at a rate first</source>
        <translation>%1: lautet auf %2, die Zahlung auf %3; rechnen Sie sie zuerst zu einem Kurs um</translation>
    </message>
    <message>
        <source>%1: amounts cannot be negative</source>
        <translation>%1: Beträge können nicht negativ sein</translation>
    </message>
    <message>
        <source>%1: %2 applied is more than the %3 open</source>
        <translation>%1: %2 zugeordnet ist mehr als die offenen %3</translation>
    </message>
    <message>
        <source>%1: the discount of %2 was not earned: its window ended on %3</source>
        <translation>%1: das Skonto von %2 wurde nicht verdient: seine Frist endete am %3</translation>
    </message>
    <message>
        <source>%1: its terms offer no early-payment discount</source>
        <translation>%1: seine Zahlungsbedingungen gewähren kein Skonto</translation>
    </message>
    <message>
        <source>%1: the discount of %2 is more than the %3 earned</source>
        <translation>%1: das Skonto von %2 ist mehr als die verdienten %3</translation>
    </message>
    <message>
        <source>%1: a discount is earned only by paying the rest in full</source>
        <translation>%1: Skonto gibt es nur, wenn der Rest voll bezahlt wird</translation>
    </message>
    <message>
        <source>%1 is applied, more than the %2 paid</source>
        <translation>%1 ist zugeordnet, mehr als die gezahlten %2</translation>
    </message>
    <message>
        <source>applied %1 and unapplied %2 do not add up to the %3 paid</source>
        <translation>zugeordnet %1 und nicht zugeordnet %2 ergeben nicht die gezahlten %3</translation>
    </message>
</context>
<context>
    <name>PaymentImport</name>
    <message>
        <source>unknown invoice %1</source>
        <translation>unbekannte Rechnung %1</translation>
    </message>
    <message>
        <source>%1 is a credit note; payments apply to invoices</source>
        <translation>%1 ist eine Gutschrift; Zahlungen werden Rechnungen zugeordnet</translation>
    </message>
    <message>
        <source>invoice %1 belongs to customer %2, not %3</source>
        <translation>Rechnung %1 gehört zu Kunde %2, nicht zu %3</translation>
    </message>
    <message>
        <source>payment currency %1 differs from invoice %2&apos;s currency %3</source>
        <translation>die Zahlungswährung %1 weicht von der Währung %3 der Rechnung %2 ab</translation>
    </message>
    <message>
        <source>%1 is before invoice %2&apos;s date %3</source>
        <translation>%1 liegt vor dem Datum %3 der Rechnung %2</translation>
    </message>
    <message>
        <source>payment currency %1 differs from customer %2&apos;s currency %3</source>
        <translation>die Zahlungswährung %1 weicht von der Währung %3 des Kunden %2 ab</translation>
    </message>
    <message>
        <source>a payment amount must be positive</source>
        <translation>ein Zahlungsbetrag muss positiv sein</translation>
    </message>
    <message>
        <source>payment %1 exists with different values (the workspace has &quot;%2&quot;)</source>
        <translation>Zahlung %1 existiert mit anderen Werten (im Arbeitsbereich steht „%2“)</translation>
    </message>
</context>
<context>
    <name>PaymentLinks</name>
    <message>
        <source>the provider&apos;s address must be an http(s) URL</source>
        <translation>die Adresse des Anbieters muss eine http(s)-URL sein</translation>
    </message>
    <message>
        <source>give the page customers see after paying</source>
        <translation>geben Sie die Seite an, die Kunden nach dem Bezahlen sehen</translation>
    </message>
    <message>
        <source>payment links are not set up: give the provider&apos;s address and key</source>
        <translation>Zahlungslinks sind nicht eingerichtet: geben Sie Adresse und Schlüssel des Anbieters an</translation>
    </message>
    <message>
        <source>there is no secret key for %1</source>
        <translation>für %1 gibt es keinen geheimen Schlüssel</translation>
    </message>
    <message>
        <source>there is no issued invoice %1</source>
        <translation>es gibt keine ausgestellte Rechnung %1</translation>
    </message>
    <message>
        <source>invoice %1 has nothing open to pay</source>
        <translation>auf Rechnung %1 ist nichts offen</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>Online card payment</source>
        <translation>Online-Kartenzahlung</translation>
    </message>
    <message>
        <source>the checkout %1 for %2 could not be recorded: %3</source>
        <translation>die Zahlung %1 für %2 ließ sich nicht erfassen: %3</translation>
    </message>
</context>
<context>
    <name>PaymentPosting</name>
    <message>
        <source>the rate converts %1, but the payment came in %2</source>
        <translation>der Kurs rechnet %1 um, die Zahlung kam aber in %2</translation>
    </message>
    <message>
        <source>a rate converts into another currency</source>
        <translation>ein Kurs rechnet in eine andere Währung um</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>es gibt keinen Kunden %1</translation>
    </message>
    <message>
        <source>a payment is dated today or earlier</source>
        <translation>eine Zahlung ist auf heute oder früher datiert</translation>
    </message>
    <message>
        <source>a payment brings a positive amount</source>
        <translation>eine Zahlung bringt einen positiven Betrag</translation>
    </message>
    <message>
        <source>at this rate the payment is worth nothing</source>
        <translation>zu diesem Kurs ist die Zahlung nichts wert</translation>
    </message>
    <message>
        <source>Payment %1 of %2 received on %3</source>
        <translation>Zahlung %1 über %2 am %3 eingegangen</translation>
    </message>
    <message>
        <source> (%1 at %2)</source>
        <translation> (%1 zum Kurs %2)</translation>
    </message>
    <message>
        <source>Unapplied: %1</source>
        <translation>Nicht zugeordnet: %1</translation>
    </message>
    <message>
        <source>payment %1 has nothing left to apply</source>
        <translation>von Zahlung %1 ist nichts mehr zuzuordnen</translation>
    </message>
    <message>
        <source>Unapplied cash of payment %1 applied.</source>
        <translation>Guthaben aus Zahlung %1 zugeordnet.</translation>
    </message>
    <message>
        <source>payment %1 is in %2; refund it in %2</source>
        <translation>Zahlung %1 ist in %2; erstatten Sie in %2</translation>
    </message>
    <message>
        <source>a refund pays back a positive amount</source>
        <translation>eine Erstattung zahlt einen positiven Betrag zurück</translation>
    </message>
    <message>
        <source>a refund is dated between the payment&apos;s day and today</source>
        <translation>eine Erstattung liegt zwischen dem Zahlungstag und heute</translation>
    </message>
    <message>
        <source>only %1 of payment %2 is unapplied; that is the most it can refund</source>
        <translation>von Zahlung %2 sind nur %1 nicht zugeordnet; mehr kann nicht erstattet werden</translation>
    </message>
    <message>
        <source>Refund of %1 from payment %2 on %3.</source>
        <translation>Erstattung von %1 aus Zahlung %2 am %3.</translation>
    </message>
    <message>
        <source>say why the payment is reversed (for example, it bounced)</source>
        <translation>geben Sie an, warum die Zahlung storniert wird (zum Beispiel Rücklastschrift)</translation>
    </message>
    <message>
        <source>a reversal is dated between the payment&apos;s day and today</source>
        <translation>eine Stornierung liegt zwischen dem Zahlungstag und heute</translation>
    </message>
    <message>
        <source>part of payment %1 was refunded already; a refunded payment cannot be reversed</source>
        <translation>ein Teil von Zahlung %1 wurde schon erstattet; eine erstattete Zahlung kann nicht storniert werden</translation>
    </message>
    <message>
        <source>Payment %1 of %2 reversed on %3: %4.</source>
        <translation>Zahlung %1 über %2 am %3 storniert: %4.</translation>
    </message>
    <message>
        <source>Open again: %1</source>
        <translation>Wieder offen: %1</translation>
    </message>
    <message>
        <source>there is no payment %1</source>
        <translation>es gibt keine Zahlung %1</translation>
    </message>
    <message>
        <source>payment %1 was reversed on %2</source>
        <translation>Zahlung %1 wurde am %2 storniert</translation>
    </message>
    <message>
        <source> + %1 early-payment discount</source>
        <translation> + %1 Skonto</translation>
    </message>
    <message>
        <source>; %1 deducted as a discount after its window, still open</source>
        <translation>; %1 nach Fristende als Skonto abgezogen, weiter offen</translation>
    </message>
</context>
<context>
    <name>PdfFiles</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>out of memory while connecting</source>
        <translation>kein Speicher mehr beim Verbinden</translation>
    </message>
    <message>
        <source>cannot connect to the server: %1</source>
        <translation>keine Verbindung zum Server: %1</translation>
    </message>
</context>
<context>
    <name>PullSync</name>
    <message>
        <source>the sync was cancelled; nothing was changed</source>
        <translation>die Synchronisierung wurde abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the server has an invoice status this version does not know: %1</source>
        <translation>der Server hat einen Rechnungsstatus, den diese Version nicht kennt: %1</translation>
    </message>
</context>
<context>
    <name>PushSync</name>
    <message>
        <source>the sync was cancelled; unsent changes stay queued</source>
        <translation>die Synchronisierung wurde abgebrochen; nicht gesendete Änderungen bleiben vorgemerkt</translation>
    </message>
    <message>
        <source>the outbox holds a change to unknown table %1</source>
        <translation>der Postausgang enthält eine Änderung an der unbekannten Tabelle %1</translation>
    </message>
    <message>
        <source>you may not change this %1</source>
        <translation>Sie dürfen dieses %1 nicht ändern</translation>
    </message>
    <message>
        <source>%1 has no field %2</source>
        <translation>%1 hat kein Feld %2</translation>
    </message>
    <message>
        <source>another desktop created %1 %2 first</source>
        <translation>ein anderer Arbeitsplatz hat %1 %2 zuerst angelegt</translation>
    </message>
    <message>
        <source>you may not delete this %1</source>
        <translation>Sie dürfen dieses %1 nicht löschen</translation>
    </message>
    <message>
        <source>deleted here, but changed on another desktop meanwhile</source>
        <translation>hier gelöscht, aber inzwischen an einem anderen Arbeitsplatz geändert</translation>
    </message>
    <message>
        <source>changed here and on another desktop</source>
        <translation>hier und an einem anderen Arbeitsplatz geändert</translation>
    </message>
    <message>
        <source>deleted on the server, or no longer yours to see</source>
        <translation>auf dem Server gelöscht oder für Sie nicht mehr sichtbar</translation>
    </message>
    <message>
        <source>the server refused the change: %1</source>
        <translation>der Server hat die Änderung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>QrCodeImage</name>
    <message>
        <source>cannot draw a QR code of %1 bytes: %2</source>
        <translation>ein QR-Code mit %1 Bytes kann nicht gezeichnet werden: %2</translation>
    </message>
    <message>
        <source>%1 bytes need a QR code of version %2, larger than the %3 allowed</source>
        <translation>%1 Bytes brauchen einen QR-Code der Version %2, größer als die erlaubte %3</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RiskScore</name>
    <message>
        <source>+%1: %2</source>
        <translation>+%1: %2</translation>
    </message>
    <message>
        <source>pays %1 days beyond terms on average over the last 12 months</source>
        <translation>zahlt in den letzten 12 Monaten im Schnitt %1 Tage nach Fälligkeit</translation>
    </message>
    <message>
        <source>paying later: %1 days beyond terms in the last 90 days against %2 before</source>
        <translation>zahlt später: %1 Tage nach Fälligkeit in den letzten 90 Tagen gegenüber %2 davor</translation>
    </message>
    <message>
        <source>1 broken promise to pay in the last 12 months</source>
        <translation>1 gebrochene Zahlungszusage in den letzten 12 Monaten</translation>
    </message>
    <message>
        <source>%1 broken promises to pay in the last 12 months</source>
        <translation>%1 gebrochene Zahlungszusagen in den letzten 12 Monaten</translation>
    </message>
    <message>
        <source>1 dispute in the last 12 months</source>
        <translation>1 Reklamation in den letzten 12 Monaten</translation>
    </message>
    <message>
        <source>%1 disputes in the last 12 months</source>
        <translation>%1 Reklamationen in den letzten 12 Monaten</translation>
    </message>
    <message>
        <source>exposure of %1 without a credit limit</source>
        <translation>Obligo von %1 ohne Kreditlimit</translation>
    </message>
    <message>
        <source>uses %1 % of the credit limit (%2 of %3)</source>
        <translation>nutzt %1 % des Kreditlimits (%2 von %3)</translation>
    </message>
    <message>
        <source>pays on terms, keeps its promises, no disputes, within its limit</source>
        <translation>zahlt fristgerecht, hält Zusagen, keine Reklamationen, im Limit</translation>
    </message>
</context>
<context>
    <name>SalesOrders</name>
    <message>
        <source>there is no customer %1</source>
        <translation>es gibt keinen Kunden %1</translation>
    </message>
    <message>
        <source>%1 is billed in %2; price the order&apos;s lines in %2</source>
        <translation>%1 wird in %2 abgerechnet; bepreisen Sie die Auftragspositionen in %2</translation>
    </message>
    <message>
        <source>%1 is billed in %2; an order is in the customer&apos;s currency</source>
        <translation>%1 wird in %2 abgerechnet; ein Auftrag ist in der Kundenwährung</translation>
    </message>
    <message>
        <source>an order needs lines or a positive total</source>
        <translation>ein Auftrag braucht Positionen oder einen positiven Betrag</translation>
    </message>
    <message>
        <source>there is an order %1 already</source>
        <translation>es gibt bereits einen Auftrag %1</translation>
    </message>
    <message>
        <source>order %1 is %2; only an open order is released</source>
        <translation>Auftrag %1 ist %2; nur ein offener Auftrag wird freigegeben</translation>
    </message>
    <message>
        <source>Order %1 of %2 held for a credit manager: %3</source>
        <translation>Auftrag %1 über %2 für das Kreditmanagement gesperrt: %3</translation>
    </message>
    <message>
        <source>Order %1 of %2 released on credit (exposure %3 of a %4 limit)</source>
        <translation>Auftrag %1 über %2 auf Kredit freigegeben (Obligo %3 bei einem Limit von %4)</translation>
    </message>
    <message>
        <source>order %1 is %2, not on hold</source>
        <translation>Auftrag %1 ist %2, nicht gesperrt</translation>
    </message>
    <message>
        <source>Order %1 released by %2 despite: %3</source>
        <translation>Auftrag %1 von %2 trotzdem freigegeben: %3</translation>
    </message>
    <message>
        <source>Order %1 cancelled by %2: %3</source>
        <translation>Auftrag %1 von %2 storniert: %3</translation>
    </message>
    <message>
        <source>order %1 is %2; only a released order is invoiced</source>
        <translation>Auftrag %1 ist %2; nur ein freigegebener Auftrag wird fakturiert</translation>
    </message>
    <message>
        <source>order %1 has no lines to invoice</source>
        <translation>Auftrag %1 hat keine Positionen zum Fakturieren</translation>
    </message>
    <message>
        <source>Order %1 of %2</source>
        <translation>Auftrag %1 vom %2</translation>
    </message>
    <message>
        <source>there is no order %1</source>
        <translation>es gibt keinen Auftrag %1</translation>
    </message>
    <message>
        <source>order %1 is %2 already; it cannot be cancelled</source>
        <translation>Auftrag %1 ist bereits %2; er kann nicht storniert werden</translation>
    </message>
    <message>
        <source>Order %1 of %2 cancelled by %3</source>
        <translation>Auftrag %1 über %2 von %3 storniert</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>&quot;%1&quot; is not a valid user name (lower-case letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; at most 63)</source>
        <translation>„%1“ ist kein gültiger Benutzername (Kleinbuchstaben, Ziffern, „_“, „.“, „-“; höchstens 63)</translation>
    </message>
    <message>
        <source>user names may not start with &quot;cashcycle_&quot; or &quot;pg_&quot;</source>
        <translation>Benutzernamen dürfen nicht mit „cashcycle_“ oder „pg_“ beginnen</translation>
    </message>
    <message>
        <source>the password must have at least 12 characters</source>
        <translation>das Passwort muss mindestens 12 Zeichen haben</translation>
    </message>
    <message>
        <source>a user named %1 exists already</source>
        <translation>ein Benutzer namens %1 existiert bereits</translation>
    </message>
</context>
<context>
    <name>ServerMigrations</name>
    <message>
        <source>the server&apos;s schema has version %1, but this CashCycle knows only up to %2; update CashCycle</source>
        <translation>das Schema des Servers hat die Version %1, dieses CashCycle kennt nur Versionen bis %2; aktualisieren Sie CashCycle</translation>
    </message>
    <message>
        <source>the server&apos;s database is not set up for CashCycle; run `cashcycle-cli server init` first</source>
        <translation>die Datenbank des Servers ist nicht für CashCycle eingerichtet; führen Sie zuerst `cashcycle-cli server init` aus</translation>
    </message>
    <message>
        <source>the server&apos;s schema has version %1 and needs an upgrade to %2; run `cashcycle-cli server init`</source>
        <translation>das Schema des Servers hat die Version %1 und muss auf %2 aktualisiert werden; führen Sie `cashcycle-cli server init` aus</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>Connected to PostgreSQL %1 over TLS; CashCycle schema version %2.</source>
        <translation>Verbunden mit PostgreSQL %1 über TLS; CashCycle-Schemaversion %2.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 without encryption; CashCycle schema version %2.</source>
        <translation>Verbunden mit PostgreSQL %1 ohne Verschlüsselung; CashCycle-Schemaversion %2.</translation>
    </message>
</context>
<context>
    <name>SmsGateway</name>
    <message>
        <source>the SMS gateway is not set up: give sms.gateway_url</source>
        <translation>das SMS-Gateway ist nicht eingerichtet: geben Sie sms.gateway_url an</translation>
    </message>
    <message>
        <source>the SMS gateway %1 cannot be reached: %2</source>
        <translation>das SMS-Gateway %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the SMS gateway refused the message to %1 (HTTP %2): %3</source>
        <translation>das SMS-Gateway hat die Nachricht an %1 abgelehnt (HTTP %2): %3</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>the mail server is not set up: give smtp.host and smtp.from</source>
        <translation>der Mailserver ist nicht eingerichtet: geben Sie smtp.host und smtp.from an</translation>
    </message>
    <message>
        <source>the message has no recipient</source>
        <translation>die Nachricht hat keinen Empfänger</translation>
    </message>
    <message>
        <source>cannot start the mail client</source>
        <translation>der Mail-Client kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the mail server %1 did not take the message: %2</source>
        <translation>der Mailserver %1 hat die Nachricht nicht angenommen: %2</translation>
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <source>unknown setting %1 (known: %2)</source>
        <translation>unbekannte Einstellung %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>smtp.port must be a port number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>smtp.port muss eine Portnummer von 1 bis 65535 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>smtp.security must be none, starttls or tls, not &quot;%1&quot;</source>
        <translation>smtp.security muss none, starttls oder tls sein, nicht „%1“</translation>
    </message>
    <message>
        <source>smtp.from must be an email address, not &quot;%1&quot;</source>
        <translation>smtp.from muss eine E-Mail-Adresse sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>there is no customer %1</source>
        <translation>es gibt keinen Kunden %1</translation>
    </message>
    <message>
        <source>cancelled after %1 statements</source>
        <translation>nach %1 Kontoauszügen abgebrochen</translation>
    </message>
</context>
<context>
    <name>StatementImport</name>
    <message>
        <source>&quot;%1&quot; is not a statement format; give one of %2</source>
        <translation>„%1“ ist kein Auszugsformat; möglich sind %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a bank statement CashCycle reads (ISO 20022 camt.052, camt.053, camt.054; SWIFT MT940; BAI2; OFX)</source>
        <translation>%1 ist kein Kontoauszug, den CashCycle liest (ISO 20022 camt.052, camt.053, camt.054; SWIFT MT940; BAI2; OFX)</translation>
    </message>
    <message>
        <source>statement %1 of %2: the opening balance %3 and the entries make %4, but the closing balance is %5</source>
        <translation>Auszug %1 von %2: Anfangssaldo %3 und Umsätze ergeben %4, der Schlusssaldo ist aber %5</translation>
    </message>
    <message>
        <source>no single currency</source>
        <translation>keine einheitliche Währung</translation>
    </message>
    <message>
        <source>a CSV statement is read with a saved column mapping: name one for %1</source>
        <translation>ein CSV-Auszug wird mit einer gespeicherten Spaltenzuordnung gelesen: wählen Sie eine für %1</translation>
    </message>
</context>
<context>
    <name>WorklistStrategy</name>
    <message>
        <source>%1 must be a whole number of at least 0</source>
        <translation>%1 muss eine ganze Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>bucket_percent must list four percentages</source>
        <translation>bucket_percent muss vier Prozentsätze nennen</translation>
    </message>
</context>
<context>
    <name>WorklistText</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n days</source>
        <translation>
            <numerusform>%1 seit über %n Tag</numerusform>
            <numerusform>%1 seit über %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>promise of %1 broken</source>
        <translation>Zusage vom %1 gebrochen</translation>
    </message>
    <message>
        <source>promise of %1 partly kept, %2 missing</source>
        <translation>Zusage vom %1 teilweise eingehalten, %2 fehlen</translation>
    </message>
    <message>
        <source>promise of %1 due today</source>
        <translation>Zusage über %1 heute fällig</translation>
    </message>
    <message>
        <source>%1 promised for %2</source>
        <translation>%1 zugesagt zum %2</translation>
    </message>
    <message>
        <source>follow-up due %1: %2</source>
        <translation>Wiedervorlage fällig %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>no contact for %n days</source>
        <translation>
            <numerusform>seit %n Tag kein Kontakt</numerusform>
            <numerusform>seit %n Tagen kein Kontakt</numerusform>
        </translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>noch nie kontaktiert</translation>
    </message>
    <message numerus="yes">
        <source>pays %n days late on average</source>
        <translation>
            <numerusform>zahlt im Schnitt %n Tag zu spät</numerusform>
            <numerusform>zahlt im Schnitt %n Tage zu spät</numerusform>
        </translation>
    </message>
    <message>
        <source>risk class %1</source>
        <translation>Risikoklasse %1</translation>
    </message>
    <message>
        <source>%1 open in all</source>
        <translation>%1 insgesamt offen</translation>
    </message>
    <message>
        <source>%1 disputed, not collectible</source>
        <translation>%1 strittig, nicht einziehbar</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 is an unencrypted SQLite file, not a CashCycle workspace</source>
        <translation>%1 ist eine unverschlüsselte SQLite-Datei, kein CashCycle-Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 is damaged (truncated)</source>
        <translation>%1 ist beschädigt (abgeschnitten)</translation>
    </message>
    <message>
        <source>the key in the OS keychain does not open %1 (the file may be damaged)</source>
        <translation>der Schlüssel im Schlüsselbund des Systems öffnet %1 nicht (die Datei ist vielleicht beschädigt)</translation>
    </message>
    <message>
        <source>wrong passphrase for %1 (or the file is damaged)</source>
        <translation>falsche Passphrase für %1 (oder die Datei ist beschädigt)</translation>
    </message>
    <message>
        <source>cannot delete the folder %1</source>
        <translation>der Ordner %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>there is no CashCycle workspace in %1</source>
        <translation>in %1 gibt es keinen CashCycle-Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no workspace; choose a new folder</source>
        <translation>%1 ist nicht leer und enthält keinen Arbeitsbereich; wählen Sie einen neuen Ordner</translation>
    </message>
    <message>
        <source>%1 has no workspace id</source>
        <translation>%1 enthält keine Kennung des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>this workspace&apos;s key is in the OS keychain; open it without a key file</source>
        <translation>der Schlüssel dieses Arbeitsbereichs liegt im Schlüsselbund des Systems; öffnen Sie ihn ohne Schlüsseldatei</translation>
    </message>
    <message>
        <source>no keychain available to unlock the workspace</source>
        <translation>kein Schlüsselbund verfügbar, um den Arbeitsbereich zu entsperren</translation>
    </message>
    <message>
        <source>the OS keychain holds no key for workspace %1 (%2); it was created on another account or machine</source>
        <translation>der Schlüsselbund des Systems enthält keinen Schlüssel für den Arbeitsbereich %1 (%2); er wurde unter einem anderen Konto oder auf einem anderen Rechner angelegt</translation>
    </message>
    <message>
        <source>the OS keychain entry for workspace %1 (%2) is not a 256-bit key; it was changed outside CashCycle</source>
        <translation>der Eintrag im Schlüsselbund für den Arbeitsbereich %1 (%2) ist kein 256-Bit-Schlüssel; er wurde außerhalb von CashCycle geändert</translation>
    </message>
    <message>
        <source>this workspace is protected by a passphrase; give it with --key-file FILE</source>
        <translation>dieser Arbeitsbereich ist mit einer Passphrase geschützt; geben Sie sie mit --key-file DATEI an</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is empty or truncated; restore it from a backup</source>
        <translation>%1 ist leer oder abgeschnitten; stellen Sie die Datei aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>%1 holds no CashCycle schema; restore it from a backup</source>
        <translation>%1 enthält kein CashCycle-Schema; stellen Sie die Datei aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>no keychain available to keep the workspace key</source>
        <translation>kein Schlüsselbund verfügbar, um den Schlüssel des Arbeitsbereichs aufzubewahren</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot create the workspace folder %1</source>
        <translation>der Ordner des Arbeitsbereichs %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>WriteOffs</name>
    <message>
        <source>a write-off limit is zero or more</source>
        <translation>eine Abschreibungsgrenze ist null oder mehr</translation>
    </message>
    <message>
        <source>say why the amount is written off</source>
        <translation>geben Sie an, warum der Betrag abgeschrieben wird</translation>
    </message>
    <message>
        <source>a write-off is a positive amount</source>
        <translation>eine Abschreibung ist ein positiver Betrag</translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation>es gibt keine Rechnung %1</translation>
    </message>
    <message>
        <source>invoice %1 is in %2; write off in %2</source>
        <translation>Rechnung %1 ist in %2; schreiben Sie in %2 ab</translation>
    </message>
    <message>
        <source>only %1 of invoice %2 is open; that is the most it can write off</source>
        <translation>von Rechnung %2 sind nur %1 offen; mehr kann nicht abgeschrieben werden</translation>
    </message>
    <message>
        <source>%1 of invoice %2 written off: %3</source>
        <translation>%1 von Rechnung %2 abgeschrieben: %3</translation>
    </message>
    <message>
        <source>Write-off of %1 of invoice %2 requested, above the limit of %3: %4</source>
        <translation>Abschreibung von %1 auf Rechnung %2 beantragt, über der Grenze von %3: %4</translation>
    </message>
    <message>
        <source>there is no write-off %1</source>
        <translation>es gibt keine Abschreibung %1</translation>
    </message>
    <message>
        <source>write-off %1 was %2 already</source>
        <translation>Abschreibung %1 ist bereits %2</translation>
    </message>
    <message>
        <source>invoice %1 no longer has %2 open; reject this write-off and ask for a new one</source>
        <translation>Rechnung %1 hat keine %2 mehr offen; lehnen Sie diese Abschreibung ab und beantragen Sie eine neue</translation>
    </message>
    <message>
        <source>Write-off of %1 of invoice %2 approved by %3</source>
        <translation>Abschreibung von %1 auf Rechnung %2 von %3 genehmigt</translation>
    </message>
    <message>
        <source>Write-off of %1 of invoice %2 rejected by %3: the amount stays to collect</source>
        <translation>Abschreibung von %1 auf Rechnung %2 von %3 abgelehnt: der Betrag bleibt einzutreiben</translation>
    </message>
</context>
<context>
    <name>cc::bank</name>
    <message>
        <source>no amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency</source>
        <translation>„%1“ ist keine Währung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2</source>
        <translation>„%1“ ist kein Betrag in %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither credit nor debit</source>
        <translation>„%1“ ist weder Haben noch Soll</translation>
    </message>
</context>
<context>
    <name>cc::bank::Bai2Parser</name>
    <message>
        <source>line %1, record %2: %3</source>
        <translation>Zeile %1, Satz %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>„%1“ ist kein Betrag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency</source>
        <translation>„%1“ ist keine Währung</translation>
    </message>
    <message>
        <source>a transaction before any account record (03)</source>
        <translation>ein Umsatz vor jedem Kontosatz (03)</translation>
    </message>
    <message>
        <source>an account trailer without its account</source>
        <translation>ein Kontoabschluss ohne sein Konto</translation>
    </message>
    <message>
        <source>line %1: the account&apos;s control total is %2, but its records add up to %3</source>
        <translation>Zeile %1: die Kontrollsumme des Kontos ist %2, seine Sätze ergeben aber %3</translation>
    </message>
    <message>
        <source>line 1: a BAI2 file starts with a file header record (01)</source>
        <translation>Zeile 1: eine BAI2-Datei beginnt mit einem Dateikopfsatz (01)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an as-of date</source>
        <translation>„%1“ ist kein Stichtag</translation>
    </message>
    <message>
        <source>not a BAI2 record type</source>
        <translation>keine BAI2-Satzart</translation>
    </message>
    <message>
        <source>the file ends inside an account: no account trailer (49)</source>
        <translation>die Datei endet innerhalb eines Kontos: kein Kontoabschluss (49)</translation>
    </message>
</context>
<context>
    <name>cc::bank::CamtParser</name>
    <message>
        <source>line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>no camt.052, camt.053 or camt.054 message in the file</source>
        <translation>keine camt.052-, camt.053- oder camt.054-Nachricht in der Datei</translation>
    </message>
    <message>
        <source>the %1 message holds no statement, report or notification</source>
        <translation>die Nachricht %1 enthält keinen Auszug, Bericht und keine Avisierung</translation>
    </message>
    <message>
        <source>not an ISO 20022 camt document</source>
        <translation>kein ISO-20022-camt-Dokument</translation>
    </message>
    <message>
        <source>not a bank-to-customer statement, report or notification</source>
        <translation>kein Kontoauszug, Bericht oder Avis der Bank</translation>
    </message>
    <message>
        <source>line %1, balance %2: %3</source>
        <translation>Zeile %1, Saldo %2: %3</translation>
    </message>
    <message>
        <source>line %1, entry: %2</source>
        <translation>Zeile %1, Umsatz: %2</translation>
    </message>
</context>
<context>
    <name>cc::bank::Mt940Parser</name>
    <message>
        <source>line %1, :%2:: %3</source>
        <translation>Zeile %1, :%2:: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a balance (C or D, YYMMDD, currency, amount)</source>
        <translation>„%1“ ist kein Saldo (C oder D, JJMMTT, Währung, Betrag)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>the balance names no currency</source>
        <translation>der Saldo nennt keine Währung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a statement line</source>
        <translation>„%1“ ist keine Umsatzzeile</translation>
    </message>
    <message>
        <source>no currency yet: the statement gives no opening balance before its first line</source>
        <translation>noch keine Währung: der Auszug nennt vor seiner ersten Umsatzzeile keinen Anfangssaldo</translation>
    </message>
    <message>
        <source>no MT940 statement in the file (no :20: or other tag)</source>
        <translation>kein MT940-Auszug in der Datei (kein :20: oder anderes Feld)</translation>
    </message>
</context>
<context>
    <name>cc::bank::OfxParser</name>
    <message>
        <source>line %1, &lt;%2&gt;: %3</source>
        <translation>Zeile %1, &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>a transaction without its posting date (DTPOSTED)</source>
        <translation>ein Umsatz ohne Buchungsdatum (DTPOSTED)</translation>
    </message>
    <message>
        <source>a transaction without its amount (TRNAMT)</source>
        <translation>ein Umsatz ohne Betrag (TRNAMT)</translation>
    </message>
    <message>
        <source>no currency: neither the statement (CURDEF) nor the transaction names one</source>
        <translation>keine Währung: weder der Auszug (CURDEF) noch der Umsatz nennt eine</translation>
    </message>
    <message>
        <source>the file ends inside a statement (no &lt;/STMTRS&gt;)</source>
        <translation>die Datei endet innerhalb eines Auszugs (kein &lt;/STMTRS&gt;)</translation>
    </message>
    <message>
        <source>no bank or credit card statement (STMTRS, CCSTMTRS) in the file</source>
        <translation>kein Bank- oder Kreditkartenauszug (STMTRS, CCSTMTRS) in der Datei</translation>
    </message>
</context>
<context>
    <name>cc::ui::AgingStrip</name>
    <message>
        <source>Unapplied</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Nothing is open.</source>
        <translation>Nichts ist offen.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AllocationModel</name>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Early-payment discount</source>
        <translation>Skonto</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Abschreibung</translation>
    </message>
</context>
<context>
    <name>cc::ui::CashApplicationDialog</name>
    <message>
        <source>Cash application</source>
        <translation>Zahlungszuordnung</translation>
    </message>
    <message>
        <source>Matches at least this sure are posted without asking; the rest wait here.</source>
        <translation>Zuordnungen, die mindestens so sicher sind, werden ohne Rückfrage gebucht; der Rest wartet hier.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Import statement…</source>
        <translation>Auszug &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Match now</source>
        <translation>Jetzt &amp;zuordnen</translation>
    </message>
    <message>
        <source>Post at &amp;least:</source>
        <translation>Buchen &amp;ab:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Zahler</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Kandidat:</translation>
    </message>
    <message>
        <source>&amp;Post proposal</source>
        <translation>Vorschlag &amp;buchen</translation>
    </message>
    <message>
        <source>Post &amp;my split</source>
        <translation>&amp;Meine Aufteilung buchen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>&amp;Undo match</source>
        <translation>Zuordnung &amp;rückgängig</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Return</source>
        <translation>Eingabe oder Strg+Eingabe</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Strg+Umschalt+Eingabe</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
    <message>
        <source>Import a bank statement</source>
        <translation>Kontoauszug importieren</translation>
    </message>
    <message>
        <source>To do: %1 suggested and %2 unmatched. Posted: %3. Dismissed: %4.</source>
        <translation>Zu erledigen: %1 vorgeschlagen und %2 nicht zugeordnet. Gebucht: %3. Ausgeblendet: %4.</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>%1 sure: %2 — %3</source>
        <translation>%1 sicher: %2 — %3</translation>
    </message>
    <message>
        <source>on account</source>
        <translation>auf Konto</translation>
    </message>
    <message>
        <source>Posted as payment %1 from %2.</source>
        <translation>Als Zahlung %1 von %2 gebucht.</translation>
    </message>
    <message>
        <source>%1 written off on %2.</source>
        <translation>%1 auf %2 ausgebucht.</translation>
    </message>
    <message>
        <source>Writing off %1 on %2 waits for a credit manager.</source>
        <translation>Das Ausbuchen von %1 auf %2 wartet auf einen Kreditmanager.</translation>
    </message>
    <message>
        <source>Matching bank credits…</source>
        <translation>Zahlungseingänge werden zugeordnet…</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) matched: %1 posted, %2 to look at.</source>
        <translation>
            <numerusform>%n Zahlungseingang zugeordnet: %1 gebucht, %2 zu prüfen.</numerusform>
            <numerusform>%n Zahlungseingänge zugeordnet: %1 gebucht, %2 zu prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new line(s) from %2</source>
        <translation>
            <numerusform>%1: %n neuer Umsatz aus %2</numerusform>
            <numerusform>%1: %n neue Umsätze aus %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n imported before</source>
        <translation>
            <numerusform>, %n schon früher importiert</numerusform>
            <numerusform>, %n schon früher importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing and matching…</source>
        <translation>Import und Zuordnung…</translation>
    </message>
    <message>
        <source>How a CSV export is read; files in camt, MT940, BAI2 or OFX need none.</source>
        <translation>Wie ein CSV-Export gelesen wird; Dateien in camt, MT940, BAI2 oder OFX brauchen keine.</translation>
    </message>
    <message>
        <source>CS&amp;V mapping:</source>
        <translation>CS&amp;V-Zuordnung:</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.sta *.mt940 *.txt *.940 *.bai *.bai2 *.ofx *.qfx *.csv);;All files (*)</source>
        <translation>Kontoauszüge (*.xml *.sta *.mt940 *.txt *.940 *.bai *.bai2 *.ofx *.qfx *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;New mapping…</source>
        <translation>&amp;Neue Zuordnung…</translation>
    </message>
    <message>
        <source>Listed: the oldest %1 of %2.</source>
        <translation>Aufgeführt: die ältesten %1 von %2.</translation>
    </message>
</context>
<context>
    <name>cc::ui::CompanyDialog</name>
    <message>
        <source>Company details</source>
        <translation>Firmendaten</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file</source>
        <translation>Eine PNG-, JPEG- oder SVG-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Firmenlogo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Anschrift:</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>BI&amp;C:</source>
        <translation>BI&amp;C:</translation>
    </message>
    <message>
        <source>Invoices print the bank account with a payment code customers scan.</source>
        <translation>Rechnungen zeigen das Bankkonto mit einem Zahlungscode, den Kunden scannen.</translation>
    </message>
</context>
<context>
    <name>cc::ui::ConflictsDialog</name>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Zahlung %1</translation>
    </message>
    <message>
        <source>Allocation %1</source>
        <translation>Zuordnung %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep the &amp;server&apos;s</source>
        <translation>Die des &amp;Servers behalten</translation>
    </message>
    <message>
        <source>&amp;Save result</source>
        <translation>Ergebnis &amp;übernehmen</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Edit the Result column to combine both, then save it.</source>
        <translation>Bearbeiten Sie die Spalte Ergebnis, um beides zu kombinieren, und speichern Sie es dann.</translation>
    </message>
    <message>
        <source>No conflicts: every change reached the server as it was made.</source>
        <translation>Keine Konflikte: Jede Änderung hat den Server so erreicht, wie sie gemacht wurde.</translation>
    </message>
    <message>
        <source>Delete &amp;anyway</source>
        <translation>&amp;Trotzdem löschen</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
</context>
<context>
    <name>cc::ui::ContactModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>cc::ui::CreditDeskDialog</name>
    <message>
        <source>Credit desk</source>
        <translation>Kreditbearbeitung</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Limit &amp;requests</source>
        <translation>&amp;Limitanträge</translation>
    </message>
    <message>
        <source>Reviews d&amp;ue</source>
        <translation>&amp;Fällige Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Reject the credit request</source>
        <translation>Limitantrag ablehnen</translation>
    </message>
    <message>
        <source>Why it is rejected:</source>
        <translation>Warum er abgelehnt wird:</translation>
    </message>
    <message>
        <source>Credit review of %1</source>
        <translation>Kreditprüfung von %1</translation>
    </message>
    <message>
        <source>What the review found:</source>
        <translation>Was die Prüfung ergab:</translation>
    </message>
</context>
<context>
    <name>cc::ui::CreditPanel</name>
    <message>
        <source>Ask for a &amp;limit…</source>
        <translation>&amp;Limit beantragen…</translation>
    </message>
    <message>
        <source>Put on &amp;hold…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>Record a re&amp;view…</source>
        <translation>&amp;Prüfung erfassen…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Put on credit hold</source>
        <translation>Kreditgesperrt</translation>
    </message>
    <message>
        <source>Credit hold released</source>
        <translation>Kreditsperre aufgehoben</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Credit limit of %1 requested</source>
        <translation>Kreditlimit von %1 beantragt</translation>
    </message>
    <message>
        <source>Credit limit of %1: %2</source>
        <translation>Kreditlimit von %1: %2</translation>
    </message>
    <message>
        <source>%1, CFO %2</source>
        <translation>%1, CFO %2</translation>
    </message>
    <message>
        <source>Credit review, risk score %1</source>
        <translation>Kreditprüfung, Risikowert %1</translation>
    </message>
    <message>
        <source>%1; next review by %2</source>
        <translation>%1; nächste Prüfung bis %2</translation>
    </message>
    <message>
        <source>Dispute on %1 opened</source>
        <translation>Reklamation zu %1 eröffnet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Dispute on %1 resolved</source>
        <translation>Reklamation zu %1 gelöst</translation>
    </message>
    <message>
        <source>Write-off of %1 on %2</source>
        <translation>Abschreibung von %1 auf %2</translation>
    </message>
    <message>
        <source>Credit limit in force: %1. Exposure: %2 (%3 % used).</source>
        <translation>Geltendes Kreditlimit: %1. Obligo: %2 (%3 % genutzt).</translation>
    </message>
    <message>
        <source>No credit limit. Exposure: %1.</source>
        <translation>Kein Kreditlimit. Obligo: %1.</translation>
    </message>
    <message>
        <source>On credit hold: %1.</source>
        <translation>Kreditgesperrt: %1.</translation>
    </message>
    <message>
        <source>Risk score %1 of 100 (%2):
%3</source>
        <translation>Risikowert %1 von 100 (%2):
%3</translation>
    </message>
    <message>
        <source>Re&amp;lease hold…</source>
        <translation>Sperre a&amp;ufheben…</translation>
    </message>
    <message>
        <source>Release the credit hold</source>
        <translation>Kreditsperre aufheben</translation>
    </message>
    <message>
        <source>Why the hold ends:</source>
        <translation>Warum die Sperre endet:</translation>
    </message>
    <message>
        <source>Why orders are held:</source>
        <translation>Warum Aufträge gesperrt werden:</translation>
    </message>
    <message>
        <source>Credit review</source>
        <translation>Kreditprüfung</translation>
    </message>
    <message>
        <source>What the review found:</source>
        <translation>Was die Prüfung ergab:</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>The server&apos;s audit log could not be read: %1</source>
        <translation>Das Prüfprotokoll des Servers konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::CreditRequestDialog</name>
    <message>
        <source>&amp;Temporary, until</source>
        <translation>&amp;Befristet bis</translation>
    </message>
    <message>
        <source>Credit limit for %1</source>
        <translation>Kreditlimit für %1</translation>
    </message>
    <message>
        <source>Why the customer needs it: orders expected, payment record, securities</source>
        <translation>Warum der Kunde es braucht: erwartete Aufträge, Zahlungsverhalten, Sicherheiten</translation>
    </message>
    <message>
        <source>In force now: %1</source>
        <translation>Derzeit gültig: %1</translation>
    </message>
    <message>
        <source>New &amp;limit:</source>
        <translation>Neues &amp;Limit:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>Beant&amp;ragen</translation>
    </message>
    <message>
        <source>The limit &quot;%1&quot; is not an amount in %2.</source>
        <translation>Das Limit „%1“ ist kein Betrag in %2.</translation>
    </message>
</context>
<context>
    <name>cc::ui::CsvMappingDialog</name>
    <message>
        <source>The first line names the &amp;columns</source>
        <translation>Die erste Zeile nennt die &amp;Spalten</translation>
    </message>
    <message>
        <source>CSV mapping</source>
        <translation>CSV-Zuordnung</translation>
    </message>
    <message>
        <source>The bank, e.g. Sparkasse</source>
        <translation>Die Bank, z. B. Sparkasse</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Point (1,234.56)</source>
        <translation>Punkt (1,234.56)</translation>
    </message>
    <message>
        <source>Comma (1.234,56)</source>
        <translation>Komma (1.234,56)</translation>
    </message>
    <message>
        <source>One column, money out negative</source>
        <translation>Eine Spalte, Ausgänge negativ</translation>
    </message>
    <message>
        <source>One column, and a column saying in or out</source>
        <translation>Eine Spalte und eine Spalte für Ein- oder Ausgang</translation>
    </message>
    <message>
        <source>A column for money in, one for money out</source>
        <translation>Eine Spalte für Eingänge, eine für Ausgänge</translation>
    </message>
    <message>
        <source>its value for money in, e.g. Bij, C, Haben</source>
        <translation>ihr Wert für Eingänge, z. B. Bij, C, Haben</translation>
    </message>
    <message>
        <source>e.g. EUR, or choose a column</source>
        <translation>z. B. EUR, oder wählen Sie eine Spalte</translation>
    </message>
    <message>
        <source>your IBAN, or choose a column</source>
        <translation>Ihre IBAN, oder wählen Sie eine Spalte</translation>
    </message>
    <message>
        <source>&amp;Open a sample…</source>
        <translation>Beispiel ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>S&amp;kip lines:</source>
        <translation>Zeilen ü&amp;berspringen:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Booking date:</source>
        <translation>&amp;Buchungstag:</translation>
    </message>
    <message>
        <source>&amp;Value date:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Be&amp;trag:</translation>
    </message>
    <message>
        <source>Amount co&amp;lumn:</source>
        <translation>Betrags&amp;spalte:</translation>
    </message>
    <message>
        <source>&amp;In or out:</source>
        <translation>&amp;Ein- oder Ausgang:</translation>
    </message>
    <message>
        <source>Money i&amp;n, money out:</source>
        <translation>Ei&amp;ngang, Ausgang:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>&amp;Payer and IBAN:</source>
        <translation>&amp;Zahler und IBAN:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Entry &amp;reference:</source>
        <translation>Umsatz&amp;referenz:</translation>
    </message>
    <message>
        <source>Balance a&amp;fter each line:</source>
        <translation>Saldo nach &amp;jeder Zeile:</translation>
    </message>
    <message>
        <source>A CSV export of the bank</source>
        <translation>Ein CSV-Export der Bank</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>choose the column saying in or out, and its value for in</source>
        <translation>wählen Sie die Spalte für Ein- oder Ausgang und ihren Wert für Eingänge</translation>
    </message>
    <message>
        <source>Open a sample of the export to try the mapping on.</source>
        <translation>Öffnen Sie ein Beispiel des Exports, um die Zuordnung daran zu prüfen.</translation>
    </message>
    <message>
        <source>The sample reads, but has no entries.</source>
        <translation>Das Beispiel ist lesbar, hat aber keine Umsätze.</translation>
    </message>
    <message numerus="yes">
        <source>The sample reads as %n entry(s) from %1 to %2. The first: %3 on %4, %5.</source>
        <translation>
            <numerusform>Das Beispiel ergibt %n Umsatz vom %1 bis %2. Der erste: %3 am %4, %5.</numerusform>
            <numerusform>Das Beispiel ergibt %n Umsätze vom %1 bis %2. Der erste: %3 am %4, %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::CustomerListModel</name>
    <message>
        <source>Over the credit limit of %1</source>
        <translation>Über dem Kreditlimit von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s)</source>
        <translation>
            <numerusform>%n offene Rechnung</numerusform>
            <numerusform>%n offene Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Offener Saldo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kreditlimit</translation>
    </message>
</context>
<context>
    <name>cc::ui::CustomerView</name>
    <message>
        <source>‹ All customers</source>
        <translation>‹ Alle Kunden</translation>
    </message>
    <message>
        <source>Back to the customer list (Esc)</source>
        <translation>Zurück zur Kundenliste (Esc)</translation>
    </message>
    <message>
        <source>Customer no.:</source>
        <translation>Kundennr.:</translation>
    </message>
    <message>
        <source>Parent account:</source>
        <translation>Übergeordnetes Konto:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Zahlungsbedingungen:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>Credit limit:</source>
        <translation>Kreditlimit:</translation>
    </message>
    <message>
        <source>Collector:</source>
        <translation>Sachbearbeiter:</translation>
    </message>
    <message>
        <source>Risk class:</source>
        <translation>Risikoklasse:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>billed in %1</source>
        <translation>fakturiert in %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Aging as of %1</source>
        <translation>Altersstruktur zum %1</translation>
    </message>
    <message>
        <source>Open items (%1)</source>
        <translation>Offene Posten (%1)</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Kontakte (%1)</translation>
    </message>
    <message>
        <source>History (latest %1 documents of %2)</source>
        <translation>Verlauf (die neuesten %1 von %2 Belegen)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation>&amp;Neue Rechnung…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Zahlung &amp;erfassen…</translation>
    </message>
    <message>
        <source>Record cash received and apply it (Ctrl+Shift+P)</source>
        <translation>Eingegangenes Geld erfassen und zuordnen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>&amp;Apply unapplied cash…</source>
        <translation>Offenes &amp;Guthaben zuordnen…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>&amp;Erstatten…</translation>
    </message>
    <message>
        <source>Re&amp;verse (bounced)…</source>
        <translation>&amp;Stornieren (Rücklastschrift)…</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Aufträge (%1)</translation>
    </message>
    <message>
        <source>&amp;Release (credit check)</source>
        <translation>&amp;Freigeben (Kreditprüfung)</translation>
    </message>
    <message>
        <source>&amp;Invoice…</source>
        <translation>Fa&amp;kturieren…</translation>
    </message>
    <message>
        <source>Charge &amp;late fees…</source>
        <translation>&amp;Verzugskosten berechnen…</translation>
    </message>
    <message>
        <source>Interest and fees on overdue invoices, by the team&apos;s policy</source>
        <translation>Zinsen und Gebühren auf überfällige Rechnungen nach der Regel des Teams</translation>
    </message>
    <message>
        <source>New &amp;order…</source>
        <translation>Neuer &amp;Auftrag…</translation>
    </message>
    <message>
        <source>&amp;Cancel order</source>
        <translation>Auftrag &amp;stornieren</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
</context>
<context>
    <name>cc::ui::CustomersPage</name>
    <message>
        <source>Search customers by name or number (Ctrl+F)</source>
        <translation>Kunden nach Name oder Nummer suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Kunden werden geladen …</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln customer(s) in %1 s</source>
        <translation>
            <numerusform>%Ln Kunde in %1 s geladen</numerusform>
            <numerusform>%Ln Kunden in %1 s geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 von %2 Kunden</translation>
    </message>
</context>
<context>
    <name>cc::ui::DashboardTables</name>
    <message>
        <source>As of %1, in %2 at that day&apos;s rates</source>
        <translation>Stand %1, in %2 zu den Kursen dieses Tages</translation>
    </message>
    <message>
        <source>; left out for want of a rate: %1</source>
        <translation>; ohne Kurs nicht enthalten: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Altersstruktur</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Anteil %</translation>
    </message>
    <message>
        <source>Unapplied cash</source>
        <translation>Nicht zugeordnete Zahlungen</translation>
    </message>
    <message>
        <source>Aging by collector</source>
        <translation>Altersstruktur nach Sachbearbeiter</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Aging by currency</source>
        <translation>Altersstruktur nach Währung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message numerus="yes">
        <source>KPIs by month (each over %n month(s))</source>
        <translation>
            <numerusform>Kennzahlen je Monat (jeweils über %n Monat)</numerusform>
            <numerusform>Kennzahlen je Monat (jeweils über %n Monate)</numerusform>
        </translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>Count-back DSO</source>
        <translation>DSO (Count-back)</translation>
    </message>
    <message>
        <source>Best possible DSO</source>
        <translation>Bestmöglicher DSO</translation>
    </message>
    <message>
        <source>Avg. days delinquent</source>
        <translation>Ø Verzugstage</translation>
    </message>
    <message>
        <source>CEI %</source>
        <translation>CEI %</translation>
    </message>
    <message>
        <source>Current %</source>
        <translation>Nicht fällig %</translation>
    </message>
    <message>
        <source>Most overdue customers</source>
        <translation>Kunden mit den höchsten Überfälligkeiten</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Promises kept and dispute cycle time</source>
        <translation>Eingehaltene Zahlungszusagen und Dauer von Reklamationen</translation>
    </message>
    <message>
        <source>Month to</source>
        <translation>Monat bis</translation>
    </message>
    <message>
        <source>Promises due</source>
        <translation>Fällige Zusagen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Kept %</source>
        <translation>Eingehalten %</translation>
    </message>
    <message>
        <source>Disputes resolved</source>
        <translation>Gelöste Reklamationen</translation>
    </message>
    <message>
        <source>Avg. cycle days</source>
        <translation>Ø Dauer in Tagen</translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation>Offen am %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Cash forecast</source>
        <translation>Zahlungsprognose</translation>
    </message>
    <message>
        <source>From %1, in %2 at the rates of %3</source>
        <translation>Ab %1, in %2 zu den Kursen vom %3</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Low (80 %)</source>
        <translation>Untergrenze (80 %)</translation>
    </message>
    <message>
        <source>High (80 %)</source>
        <translation>Obergrenze (80 %)</translation>
    </message>
    <message>
        <source>Forecast against actual</source>
        <translation>Prognose und Ist</translation>
    </message>
    <message>
        <source>Forecast made on %1 for the invoices open then, against what they brought in, in %2</source>
        <translation>Prognose vom %1 für die damals offenen Rechnungen, verglichen mit den seither eingegangenen Zahlungen, in %2</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Collected − forecast</source>
        <translation>Eingegangen − Prognose</translation>
    </message>
    <message>
        <source>Expected %1 – %2</source>
        <translation>Erwartet %1 – %2</translation>
    </message>
    <message>
        <source>Receipts most likely in the week, in %1</source>
        <translation>Zahlungseingänge, die am ehesten in diese Woche fallen, in %1</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Erwartet am</translation>
    </message>
    <message>
        <source>Give or take (days)</source>
        <translation>Streuung (Tage)</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>promise to pay</source>
        <translation>Zahlungszusage</translation>
    </message>
    <message>
        <source>dispute</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <source>payment history</source>
        <translation>Zahlungsverhalten</translation>
    </message>
    <message>
        <source>Promises to pay that came due, and how they ended</source>
        <translation>Fällig gewordene Zahlungszusagen und wie sie ausgingen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gegeben am</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Zugesagt für</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Paid by then</source>
        <translation>Bis dahin bezahlt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Disputes resolved, and how long each took</source>
        <translation>Gelöste Reklamationen und ihre Dauer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Reklamiert</translation>
    </message>
</context>
<context>
    <name>cc::ui::DashboardWindow</name>
    <message>
        <source>CFO dashboard</source>
        <translation>CFO-Dashboard</translation>
    </message>
    <message>
        <source>All amounts in this currency, at the rates of the as-of day</source>
        <translation>Alle Beträge in dieser Währung, zu den Kursen des Stichtags</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>&amp;Basiswährung:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Import &amp;rates…</source>
        <translation>&amp;Kurse importieren…</translation>
    </message>
    <message>
        <source>Exchange rates from a CSV file of date,base,quote,rate</source>
        <translation>Wechselkurse aus einer CSV-Datei mit date,base,quote,rate</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Click a bar or point for the invoices behind it; right-click to export its table</source>
        <translation>Klick auf einen Balken oder Punkt zeigt die Rechnungen dahinter; Rechtsklick exportiert die Tabelle</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Computing the dashboard…</source>
        <translation>Dashboard wird berechnet…</translation>
    </message>
    <message>
        <source>Aging (%1)</source>
        <translation>Altersstruktur (%1)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Offen: %1</translation>
    </message>
    <message>
        <source>Aging by collector (%1)</source>
        <translation>Altersstruktur nach Sachbearbeiter (%1)</translation>
    </message>
    <message>
        <source>Aging by currency (%1)</source>
        <translation>Altersstruktur nach Währung (%1)</translation>
    </message>
    <message>
        <source>Open: %1, %2</source>
        <translation>Offen: %1, %2</translation>
    </message>
    <message>
        <source>Most overdue customers (%1)</source>
        <translation>Höchste Überfälligkeiten (%1)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message numerus="yes">
        <source>Days sales outstanding (each over %n month(s))</source>
        <translation>
            <numerusform>Forderungslaufzeit (jeweils über %n Monat)</numerusform>
            <numerusform>Forderungslaufzeit (jeweils über %n Monate)</numerusform>
        </translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>Count-back DSO</source>
        <translation>DSO (Count-back)</translation>
    </message>
    <message>
        <source>Best possible DSO</source>
        <translation>Bestmöglicher DSO</translation>
    </message>
    <message>
        <source>Avg. days delinquent</source>
        <translation>Ø Verzugstage</translation>
    </message>
    <message>
        <source>Collection effectiveness and current share (%)</source>
        <translation>Einzugseffektivität und nicht fälliger Anteil (%)</translation>
    </message>
    <message>
        <source>CEI</source>
        <translation>CEI</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>Kept %</source>
        <translation>Eingehalten %</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Ø Tage</translation>
    </message>
    <message>
        <source>Promises to pay kept (%)</source>
        <translation>Eingehaltene Zahlungszusagen (%)</translation>
    </message>
    <message>
        <source>Dispute cycle time (days, by month resolved)</source>
        <translation>Dauer von Reklamationen (Tage, nach Monat der Lösung)</translation>
    </message>
    <message>
        <source>Receivables on %1</source>
        <translation>Forderungen am %1</translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation>Wechselkurse importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exchange rates not imported</source>
        <translation>Wechselkurse nicht importiert</translation>
    </message>
    <message>
        <source>Exchange rates imported</source>
        <translation>Wechselkurse importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) imported.</source>
        <translation>
            <numerusform>%n Kurs importiert.</numerusform>
            <numerusform>%n Kurse importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>CFO dashboard %1</source>
        <translation>CFO-Dashboard %1</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Dashboard exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Cash &amp;forecast</source>
        <translation>&amp;Zahlungsprognose</translation>
    </message>
    <message>
        <source>Promises due in %1</source>
        <translation>Im %1 fällige Zusagen</translation>
    </message>
    <message>
        <source>Disputes resolved in %1</source>
        <translation>Im %1 gelöste Reklamationen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::DisputeDialog</name>
    <message>
        <source>Dispute on %1</source>
        <translation>Reklamation zu %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (answer within %n day(s))</source>
        <translation>
            <numerusform>%1 (Antwort binnen %n Tag)</numerusform>
            <numerusform>%1 (Antwort binnen %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation>Was der Kunde sagt</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Open &amp;dispute</source>
        <translation>&amp;Reklamation erfassen</translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation>es gibt keine Rechnung %1</translation>
    </message>
    <message>
        <source>Nothing of %1 is open and undisputed.</source>
        <translation>Von %1 ist nichts offen und unreklamiert.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not an amount in %2.</source>
        <translation>Der Betrag „%1“ ist kein Betrag in %2.</translation>
    </message>
</context>
<context>
    <name>cc::ui::DisputeQueueDialog</name>
    <message>
        <source>Past service level &amp;only</source>
        <translation>Nur über &amp;Frist</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeige:</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Antwort bis</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>&amp;Investigate</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Wait for &amp;customer</source>
        <translation>Auf &amp;Kunden warten</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Lösen…</translation>
    </message>
    <message>
        <source>&amp;Approve proposal</source>
        <translation>Vorschlag ge&amp;nehmigen</translation>
    </message>
    <message>
        <source>&amp;Decline proposal</source>
        <translation>Vorschlag a&amp;blehnen</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>&amp;Datei anhängen…</translation>
    </message>
    <message>
        <source>Sa&amp;ve files…</source>
        <translation>Dateien spei&amp;chern…</translation>
    </message>
    <message>
        <source>Open: %1 (%2), %3 past their service level. By age: %4 up to 7 days, %5 of 8–14, %6 of 15–30, %7 older.</source>
        <translation>Offen: %1 (%2), %3 über ihrer Frist. Nach Alter: %4 bis 7 Tage, %5 mit 8–14, %6 mit 15–30, %7 älter.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>None resolved in the last %1 days.</source>
        <translation>In den letzten %1 Tagen keine gelöst.</translation>
    </message>
    <message>
        <source>Resolved in the last %1 days: %2, in %3 days on average (longest %4).</source>
        <translation>In den letzten %1 Tagen gelöst: %2, im Schnitt in %3 Tagen (längste %4).</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 proposed by %2</source>
        <translation>%1, vorgeschlagen von %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Past its service level of %n day(s)</source>
        <translation>
            <numerusform>Über ihrer Frist von %n Tag</numerusform>
            <numerusform>Über ihrer Frist von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach a file to the dispute on %1</source>
        <translation>Datei an die Reklamation zu %1 anhängen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Save the dispute&apos;s files to</source>
        <translation>Dateien der Reklamation speichern nach</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>This dispute has no files.</source>
        <translation>Diese Reklamation hat keine Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 gespeichert</numerusform>
            <numerusform>%n Dateien nach %1 gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::DomainText</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>Over %1 days</source>
        <translation>Über %1 Tage</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <extracomment>An aging bucket: days past due, e.g. &quot;31–60 days&quot;.</extracomment>
        <translation>%1–%2 Tage</translation>
    </message>
    <message>
        <source>A – low</source>
        <translation>A – gering</translation>
    </message>
    <message>
        <source>B – moderate</source>
        <translation>B – mäßig</translation>
    </message>
    <message>
        <source>C – elevated</source>
        <translation>C – erhöht</translation>
    </message>
    <message>
        <source>D – high</source>
        <translation>D – hoch</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Nicht verrechnet</translation>
    </message>
    <message>
        <source>Partly applied</source>
        <translation>Teilweise verrechnet</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Verrechnet</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>falsche Nummer</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>promised to pay</source>
        <translation>Zahlung zugesagt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>partly kept</source>
        <translation>teilweise eingehalten</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>gebrochen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Nicht erhalten</translation>
    </message>
    <message>
        <source>Duplicate billing</source>
        <translation>Doppelt berechnet</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>investigating</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>waiting for customer</source>
        <translation>wartet auf Kunden</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>write-off</source>
        <translation>Abschreibung</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>zu entscheiden</translation>
    </message>
    <message>
        <source>waiting for the CFO</source>
        <translation>wartet auf den CFO</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
</context>
<context>
    <name>cc::ui::DrillDownDialog</name>
    <message>
        <source>Finding the invoices…</source>
        <translation>Rechnungen werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>The %n most overdue documents (there are more), open: %1</source>
        <translation>
            <numerusform>Der am längsten überfällige Beleg (es gibt weitere), offen: %1</numerusform>
            <numerusform>Die %n am längsten überfälligen Belege (es gibt weitere), offen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), open: %1</source>
        <translation>
            <numerusform>%n Beleg, offen: %1</numerusform>
            <numerusform>%n Belege, offen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::DunningPage</name>
    <message>
        <source>&amp;Approve and send the checked notices</source>
        <translation>Markierte Mahnungen &amp;freigeben und senden</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Fehlgeschlagene &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Send waiting now</source>
        <translation>Wartende jetzt &amp;senden</translation>
    </message>
    <message>
        <source>Today&apos;s run</source>
        <translation>Heutiger Lauf</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) proposed for today; uncheck any to hold it back.</source>
        <translation>
            <numerusform>%n Mahnung für heute vorgeschlagen; entfernen Sie das Häkchen, um sie zurückzuhalten.</numerusform>
            <numerusform>%n Mahnungen für heute vorgeschlagen; entfernen Sie ein Häkchen, um eine zurückzuhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation>An: %1
Betreff: %2

%3</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <source>%1 notices queued; %2 could not be written (no address?)</source>
        <translation>%1 Mahnungen eingereiht; %2 konnten nicht geschrieben werden (keine Adresse?)</translation>
    </message>
    <message>
        <source>%1 notices queued</source>
        <translation>%1 Mahnungen eingereiht</translation>
    </message>
    <message>
        <source>%1 sent; not yet sent: %2</source>
        <translation>%1 gesendet; noch nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <source>S&amp;trategy…</source>
        <translation>S&amp;trategie…</translation>
    </message>
    <message>
        <source>Dunning strategy</source>
        <translation>Mahnstrategie</translation>
    </message>
    <message>
        <source>Dunning strategy saved; it goes to the team with the next sync</source>
        <translation>Mahnstrategie gespeichert; sie geht mit der nächsten Synchronisation an das Team</translation>
    </message>
    <message>
        <source>Te&amp;mplates…</source>
        <translation>&amp;Vorlagen…</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>Template %1 (%2) saved</source>
        <translation>Vorlage %1 (%2) gespeichert</translation>
    </message>
</context>
<context>
    <name>cc::ui::DunningProposalModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Left out (disputed, promised)</source>
        <translation>Ausgenommen (strittig, zugesagt)</translation>
    </message>
</context>
<context>
    <name>cc::ui::DunningStrategyDialog</name>
    <message>
        <source>&amp;only until</source>
        <translation>nur b&amp;is</translation>
    </message>
    <message>
        <source>Dunning strategy</source>
        <translation>Mahnstrategie</translation>
    </message>
    <message>
        <source> days past due</source>
        <translation> Tage nach Fälligkeit</translation>
    </message>
    <message>
        <source>Negative: days before the due date, for a friendly reminder.</source>
        <translation>Negativ: Tage vor dem Fälligkeitsdatum, für eine freundliche Erinnerung.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source> days after the previous notice</source>
        <translation> Tage nach der vorigen Mahnung</translation>
    </message>
    <message>
        <source> minor units</source>
        <translation> kleinste Einheiten</translation>
    </message>
    <message>
        <source>all segments</source>
        <translation>alle Segmente</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Due from:</source>
        <translation>&amp;Fällig ab:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Abstand:</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>Ge&amp;bühr:</translation>
    </message>
    <message>
        <source>Se&amp;gments:</source>
        <translation>Se&amp;gmente:</translation>
    </message>
    <message>
        <source>&amp;Add level</source>
        <translation>Stufe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Levels, in the order an invoice climbs them:</source>
        <translation>Stufen, in der Reihenfolge, die eine Rechnung durchläuft:</translation>
    </message>
    <message>
        <source>No notice for less than:</source>
        <translation>Keine Mahnung unter:</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>Neue Stufe</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) before due)</source>
        <translation>
            <numerusform>%1 (%n Tag vor Fälligkeit)</numerusform>
            <numerusform>%1 (%n Tage vor Fälligkeit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) past due)</source>
        <translation>
            <numerusform>%1 (%n Tag nach Fälligkeit)</numerusform>
            <numerusform>%1 (%n Tage nach Fälligkeit)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::EmailDialog</name>
    <message>
        <source>Attach the &amp;statement of account (PDF)</source>
        <translation>&amp;Kontoauszug (PDF) anhängen</translation>
    </message>
    <message>
        <source>Email to %1</source>
        <translation>E-Mail an %1</translation>
    </message>
    <message>
        <source>Friendly reminder</source>
        <translation>Freundliche Erinnerung</translation>
    </message>
    <message>
        <source>First notice</source>
        <translation>Erste Mahnung</translation>
    </message>
    <message>
        <source>Second notice</source>
        <translation>Zweite Mahnung</translation>
    </message>
    <message>
        <source>Final notice</source>
        <translation>Letzte Mahnung</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Give at least one address.</source>
        <translation>Geben Sie mindestens eine Adresse an.</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Attach &amp;copies of the invoices listed (PDF)</source>
        <translation>Kopien der aufgeführten &amp;Rechnungen (PDF) anhängen</translation>
    </message>
    <message>
        <source>Attach &amp;copies of %1 (PDF)</source>
        <translation>Kopien von %1 als PDF an&amp;hängen</translation>
    </message>
</context>
<context>
    <name>cc::ui::ErrorMessages</name>
    <message>
        <source>The input is not valid.</source>
        <translation>Die Eingabe ist ungültig.</translation>
    </message>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation>Beträge in verschiedenen Währungen lassen sich nicht verrechnen.</translation>
    </message>
    <message>
        <source>An amount is too large.</source>
        <translation>Ein Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>Der Datensatz wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The record exists already.</source>
        <translation>Der Datensatz existiert bereits.</translation>
    </message>
    <message>
        <source>The workspace could not be unlocked: the key does not fit.</source>
        <translation>Der Arbeitsbereich konnte nicht entsperrt werden: Der Schlüssel passt nicht.</translation>
    </message>
    <message>
        <source>The workspace key could not be read because the system keychain is not available.</source>
        <translation>Der Schlüssel des Arbeitsbereichs konnte nicht gelesen werden, weil der Schlüsselbund des Systems nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>The workspace is damaged.</source>
        <translation>Der Arbeitsbereich ist beschädigt.</translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of CashCycle.</source>
        <translation>Der Arbeitsbereich wurde von einer neueren Version von CashCycle geschrieben.</translation>
    </message>
    <message>
        <source>There is no workspace.</source>
        <translation>Es gibt keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace database reported an error.</source>
        <translation>Die Datenbank des Arbeitsbereichs hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server does not allow this for your account.</source>
        <translation>Der Server erlaubt das für Ihr Konto nicht.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server&apos;s database was set up by a different version of CashCycle.</source>
        <translation>Die Datenbank des Servers wurde von einer anderen Version von CashCycle eingerichtet.</translation>
    </message>
</context>
<context>
    <name>cc::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to CashCycle</source>
        <translation>Willkommen bei CashCycle</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to CashCycle&lt;/h3&gt;&lt;p&gt;There is no workspace in &lt;b&gt;%1&lt;/b&gt; yet. A workspace is an encrypted folder that holds your customers, invoices and payments.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Willkommen bei CashCycle&lt;/h3&gt;&lt;p&gt;In &lt;b&gt;%1&lt;/b&gt; gibt es noch keinen Arbeitsbereich. Ein Arbeitsbereich ist ein verschlüsselter Ordner mit Ihren Kunden, Rechnungen und Zahlungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Its key will be kept in your system keychain.</source>
        <translation>Sein Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>It will be protected by the passphrase in your key file.</source>
        <translation>Er wird durch die Passphrase in Ihrer Schlüsseldatei geschützt.</translation>
    </message>
    <message>
        <source>Create a demo workspace</source>
        <translation>Demo-Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>Explore CashCycle with 24 months of invented but realistic receivables.</source>
        <translation>CashCycle mit 24 Monaten erfundener, aber realistischer Forderungen erkunden.</translation>
    </message>
    <message>
        <source>Create an empty workspace</source>
        <translation>Leeren Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>Start with your own data, imported from your accounting system.</source>
        <translation>Mit eigenen Daten beginnen, importiert aus Ihrer Buchhaltung.</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>%1 Rechnungen</translation>
    </message>
    <message>
        <source>Demo size:</source>
        <translation>Umfang der Demo:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>cc::ui::FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Call back about the payment run</source>
        <translation>Wegen des Zahlungslaufs zurückrufen</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Bis:</translation>
    </message>
</context>
<context>
    <name>cc::ui::ForecastPage</name>
    <message>
        <source>80 % band</source>
        <translation>80-%-Band</translation>
    </message>
    <message>
        <source>Click a week for the receipts expected in it</source>
        <translation>Klick auf eine Woche zeigt die darin erwarteten Zahlungseingänge</translation>
    </message>
    <message>
        <source>Export forecast…</source>
        <translation>Prognose exportieren…</translation>
    </message>
    <message>
        <source>Export comparison…</source>
        <translation>Vergleich exportieren…</translation>
    </message>
    <message>
        <source>Computing the forecast…</source>
        <translation>Prognose wird berechnet…</translation>
    </message>
    <message>
        <source>; left out for want of a rate: %1</source>
        <translation>; ohne Kurs nicht enthalten: %1</translation>
    </message>
    <message>
        <source>Cash expected by week (%1)</source>
        <translation>Erwartete Zahlungseingänge je Woche (%1)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Forecast of %1 against what came in (%2)</source>
        <translation>Prognose vom %1 und tatsächliche Eingänge (%2)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) most likely in this week; the week expects %1 in all</source>
        <translation>
            <numerusform>%n Zahlungseingang am ehesten in dieser Woche; insgesamt erwartet die Woche %1</numerusform>
            <numerusform>%n Zahlungseingänge am ehesten in dieser Woche; insgesamt erwartet die Woche %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::HeldOrdersDialog</name>
    <message>
        <source>Orders on credit hold</source>
        <translation>Kreditgesperrte Aufträge</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Held because</source>
        <translation>Gesperrt wegen</translation>
    </message>
    <message>
        <source>&amp;Release anyway</source>
        <translation>&amp;Trotzdem freigeben</translation>
    </message>
    <message>
        <source>Cancel &amp;order</source>
        <translation>Auftrag &amp;stornieren</translation>
    </message>
    <message>
        <source>No order is on credit hold.</source>
        <translation>Kein Auftrag ist kreditgesperrt.</translation>
    </message>
</context>
<context>
    <name>cc::ui::HistoryModel</name>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Open / unapplied</source>
        <translation>Offen / nicht zugeordnet</translation>
    </message>
    <message>
        <source>Status / reference</source>
        <translation>Status / Referenz</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 zum Kurs %2</translation>
    </message>
    <message>
        <source>reversed on %1: %2</source>
        <translation>storniert am %1: %2</translation>
    </message>
</context>
<context>
    <name>cc::ui::ImportDialog</name>
    <message>
        <source>Import from CSV</source>
        <translation>Aus CSV importieren</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Rechnungen und Gutschriften</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>A CSV file exported from your accounting system</source>
        <translation>Eine aus Ihrer Buchhaltung exportierte CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Optional: names the columns of files CashCycle does not recognise</source>
        <translation>Optional: benennt die Spalten von Dateien, die CashCycle nicht erkennt</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation>De&amp;zimaltrennzeichen:</translation>
    </message>
    <message>
        <source>Point (1234.56)</source>
        <translation>Punkt (1234.56)</translation>
    </message>
    <message>
        <source>Comma (1234,56)</source>
        <translation>Komma (1234,56)</translation>
    </message>
    <message>
        <source>Im&amp;port:</source>
        <translation>Im&amp;portieren:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Mapping file:</source>
        <translation>&amp;Zuordnungsdatei:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>T&amp;rennzeichen:</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>Zeile in der Datei</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>Pro&amp;bleme</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>Zu importierende Datei wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a Mapping File</source>
        <translation>Zuordnungsdatei wählen</translation>
    </message>
    <message>
        <source>Mapping files (*.map *.txt);;All files (*)</source>
        <translation>Zuordnungsdateien (*.map *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Choose a file to see its first records here before anything is imported.</source>
        <translation>Wählen Sie eine Datei, um hier ihre ersten Datensätze zu sehen, bevor etwas importiert wird.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row and one record per line.</source>
        <translation>Die Datei ist leer: Sie braucht eine Kopfzeile und einen Datensatz pro Zeile.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>The file has a header row but no records.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datensätze.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln record(s); the file has more.</source>
        <translation>
            <numerusform>Der erste Datensatz wird angezeigt; die Datei enthält weitere.</numerusform>
            <numerusform>Die ersten %Ln Datensätze werden angezeigt; die Datei enthält weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %Ln record(s).</source>
        <translation>
            <numerusform>Die Datei hat %Ln Datensatz.</numerusform>
            <numerusform>Die Datei hat %Ln Datensätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields are separated by %1.</source>
        <translation>Die Felder sind durch %1 getrennt.</translation>
    </message>
    <message>
        <source>Fields are separated by %1 (detected).</source>
        <translation>Die Felder sind durch %1 getrennt (erkannt).</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Imported as %1</source>
        <translation>Importiert als %1</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Spalten:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none of the file&apos;s columns is known</source>
        <translation>keine Spalte der Datei ist bekannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not in the file (optional):&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht in der Datei (optional):&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ignored:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ignoriert:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Missing: %1. Add these columns to the file or name them in a mapping file.</source>
        <translation>Es fehlt: %1. Ergänzen Sie diese Spalten in der Datei oder benennen Sie sie in einer Zuordnungsdatei.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Nothing was written: correct the file and import it again.</source>
        <translation>
            <numerusform>%Ln Problem gefunden. Es wurde nichts geschrieben: Korrigieren Sie die Datei und importieren Sie sie erneut.</numerusform>
            <numerusform>%Ln Probleme gefunden. Es wurde nichts geschrieben: Korrigieren Sie die Datei und importieren Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s) imported.</source>
        <translation>
            <numerusform>%Ln neuer Kunde importiert.</numerusform>
            <numerusform>%Ln neue Kunden importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new invoice(s) imported.</source>
        <translation>
            <numerusform>%Ln neue Rechnung importiert.</numerusform>
            <numerusform>%Ln neue Rechnungen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new payment(s) imported.</source>
        <translation>
            <numerusform>%Ln neue Zahlung importiert.</numerusform>
            <numerusform>%Ln neue Zahlungen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were already in the workspace and left unchanged.</source>
        <translation>
            <numerusform>%Ln Zeile war schon im Arbeitsbereich und blieb unverändert.</numerusform>
            <numerusform>%Ln Zeilen waren schon im Arbeitsbereich und blieben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;roblems (%1)</source>
        <translation>Pro&amp;bleme (%1)</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Vorschau der Datei</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>Kundenaufträge</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new order(s) imported.</source>
        <translation>
            <numerusform>%Ln neuer Auftrag importiert.</numerusform>
            <numerusform>%Ln neue Aufträge importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::InstallmentPlanDialog</name>
    <message>
        <source>Installment plan for %1</source>
        <translation>Ratenvereinbarung für %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Why, for the timeline</source>
        <translation>Warum, für den Verlauf</translation>
    </message>
    <message>
        <source>&amp;Installments:</source>
        <translation>&amp;Raten:</translation>
    </message>
    <message>
        <source>&amp;First on:</source>
        <translation>&amp;Erste am:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>A&amp;gree</source>
        <translation>&amp;Vereinbaren</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Es gibt keine Rechnung %1.</translation>
    </message>
    <message>
        <source>%1 in %2 installments of %3 from %4 to %5; dunning and interest wait until then.</source>
        <translation>%1 in %2 Raten zu %3 vom %4 bis %5; Mahnungen und Zinsen warten bis dahin.</translation>
    </message>
</context>
<context>
    <name>cc::ui::InvoiceDetailView</name>
    <message>
        <source>Close the invoice (Esc)</source>
        <translation>Rechnung schließen (Esc)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>Corrects:</source>
        <translation>Korrigiert:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Offen:</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>issued %1, due %2</source>
        <translation>ausgestellt am %1, fällig am %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln Tag überfällig</numerusform>
            <numerusform>%Ln Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Net %1</source>
        <translation>Netto %1</translation>
    </message>
    <message>
        <source>Tax %1: %2</source>
        <translation>USt. %1: %2</translation>
    </message>
    <message>
        <source>Gross %1</source>
        <translation>Brutto %1</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>Positionen (%1)</translation>
    </message>
    <message>
        <source>Applied to (%1)</source>
        <translation>Verrechnet mit (%1)</translation>
    </message>
    <message>
        <source>Payments and credits (%1)</source>
        <translation>Zahlungen und Gutschriften (%1)</translation>
    </message>
    <message>
        <source>This document has no lines; only its total is recorded.</source>
        <translation>Dieser Beleg hat keine Positionen; nur sein Gesamtbetrag ist erfasst.</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Edit the draft, or preview and email the document</source>
        <translation>Den Entwurf bearbeiten oder den Beleg ansehen und per E-Mail senden</translation>
    </message>
    <message>
        <source>Cre&amp;dit note…</source>
        <translation>&amp;Gutschrift…</translation>
    </message>
    <message>
        <source>Payment &amp;holiday…</source>
        <translation>Zahlungs&amp;aufschub…</translation>
    </message>
    <message>
        <source>Move the due date, pausing dunning until then</source>
        <translation>Das Fälligkeitsdatum verschieben; Mahnungen ruhen bis dahin</translation>
    </message>
    <message>
        <source>Write o&amp;ff…</source>
        <translation>Ab&amp;schreiben…</translation>
    </message>
    <message>
        <source>Give up on part of what is open, with a reason</source>
        <translation>Einen Teil des offenen Betrags mit Begründung aufgeben</translation>
    </message>
    <message>
        <source>Pay &amp;link…</source>
        <translation>Zahlungs&amp;link…</translation>
    </message>
    <message>
        <source>A &quot;pay now&quot; page for what is open, to send to the customer</source>
        <translation>Eine „Jetzt bezahlen“-Seite für den offenen Betrag, zum Senden an den Kunden</translation>
    </message>
    <message>
        <source>&amp;Installments…</source>
        <translation>&amp;Ratenzahlung…</translation>
    </message>
    <message>
        <source>Agree to take what is open in installments</source>
        <translation>Den offenen Betrag in Raten vereinbaren</translation>
    </message>
    <message>
        <source>Di&amp;spute…</source>
        <translation>Rekla&amp;mation…</translation>
    </message>
    <message>
        <source>The customer objects to all or part of what is open</source>
        <translation>Der Kunde beanstandet das Offene ganz oder teilweise</translation>
    </message>
</context>
<context>
    <name>cc::ui::InvoiceDraftModel</name>
    <message>
        <source>%1: &quot;%2&quot; is not a number with up to 3 decimals</source>
        <translation>%1: „%2“ ist keine Zahl mit höchstens 3 Nachkommastellen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in %3</source>
        <translation>%1: „%2“ ist kein Betrag in %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a percentage</source>
        <translation>%1: „%2“ ist kein Prozentsatz</translation>
    </message>
    <message>
        <source>Change %1 of line %2</source>
        <translation>%1 in Zeile %2 ändern</translation>
    </message>
</context>
<context>
    <name>cc::ui::InvoiceEditor</name>
    <message>
        <source>&amp;Add line</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Ausstellen…</translation>
    </message>
    <message>
        <source>E&amp;mail…</source>
        <translation>E-&amp;Mail…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>NET30: due in 30 days; EOM+15: 15 days after the month&apos;s end; 2/10 NET30: 2 % off within 10 days; INST3x30: three installments 30 days apart</source>
        <translation>NET30: fällig in 30 Tagen; EOM+15: 15 Tage nach Monatsende; 2/10 NET30: 2 % Skonto innerhalb von 10 Tagen; INST3x30: drei Raten im Abstand von 30 Tagen</translation>
    </message>
    <message>
        <source>Tax rounded per line</source>
        <translation>Steuer je Zeile gerundet</translation>
    </message>
    <message>
        <source>Tax rounded per rate on the total</source>
        <translation>Steuer je Satz auf die Summe gerundet</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Change the invoice date</source>
        <translation>Rechnungsdatum ändern</translation>
    </message>
    <message>
        <source>Change the terms</source>
        <translation>Zahlungsbedingungen ändern</translation>
    </message>
    <message>
        <source>Change the customer&apos;s reference</source>
        <translation>Referenz des Kunden ändern</translation>
    </message>
    <message>
        <source>Change the tax rounding</source>
        <translation>Steuerrundung ändern</translation>
    </message>
    <message>
        <source>Change the notes</source>
        <translation>Anmerkungen ändern</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Zahlungsbedingungen:</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;reference:</source>
        <translation>Referenz des &amp;Kunden:</translation>
    </message>
    <message>
        <source>Ta&amp;x:</source>
        <translation>S&amp;teuer:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>A&amp;nmerkungen:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>there is no document %1</source>
        <translation>es gibt keinen Beleg %1</translation>
    </message>
    <message>
        <source>New credit note</source>
        <translation>Neue Gutschrift</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>zu %1</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>USt. %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>In installments: %1</source>
        <translation>In Raten: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <source>%1 off if paid by %2</source>
        <translation>%1 Skonto bei Zahlung bis %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This draft has changes that are not saved. Save them before closing?</source>
        <translation>Dieser Entwurf hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Add line %1</source>
        <translation>Zeile %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove line %1</source>
        <translation>Zeile %1 entfernen</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ausstellen</translation>
    </message>
    <message>
        <source>Issue this document? It gets the next number and cannot be changed afterwards; corrections go through credit notes.</source>
        <translation>Diesen Beleg ausstellen? Er erhält die nächste Nummer und kann danach nicht mehr geändert werden; Korrekturen erfolgen über Gutschriften.</translation>
    </message>
    <message>
        <source>Name or number of the customer</source>
        <translation>Name oder Nummer des Kunden</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;unde:</translation>
    </message>
</context>
<context>
    <name>cc::ui::InvoiceLineModel</name>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
</context>
<context>
    <name>cc::ui::InvoicePdfDialog</name>
    <message>
        <source>Invoices as PDF</source>
        <translation>Rechnungen als PDF</translation>
    </message>
    <message>
        <source>Invoices %1</source>
        <translation>Rechnungen %1</translation>
    </message>
    <message numerus="yes">
        <source>One PDF for each of the %Ln document(s) the list shows.</source>
        <translation>
            <numerusform>Ein PDF für den %Ln Beleg, den die Liste zeigt.</numerusform>
            <numerusform>Ein PDF für jeden der %Ln Belege, die die Liste zeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Write PDFs</source>
        <translation>PDFs &amp;schreiben</translation>
    </message>
    <message>
        <source>Writing invoices as PDF…</source>
        <translation>Rechnungen werden als PDF geschrieben …</translation>
    </message>
</context>
<context>
    <name>cc::ui::InvoiceTableModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
</context>
<context>
    <name>cc::ui::InvoicesPage</name>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Belege</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Ausgeglichen</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Alle Währungen</translation>
    </message>
    <message>
        <source>All collectors</source>
        <translation>Alle Sachbearbeiter</translation>
    </message>
    <message>
        <source>Number starts with… (Ctrl+F)</source>
        <translation>Nummer beginnt mit … (Strg+F)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln document(s) loaded</source>
        <translation>
            <numerusform>%1 von %Ln Beleg geladen</numerusform>
            <numerusform>%1 von %Ln Belegen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln Beleg</numerusform>
            <numerusform>%Ln Belege</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;PDFs…</source>
        <translation>&amp;PDFs…</translation>
    </message>
    <message>
        <source>Write every document the list shows as PDF into a folder</source>
        <translation>Jeden Beleg der Liste als PDF in einen Ordner schreiben</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) written to %1</source>
        <translation>
            <numerusform>%n PDF nach %1 geschrieben</numerusform>
            <numerusform>%n PDFs nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation>&amp;Neue Rechnung…</translation>
    </message>
</context>
<context>
    <name>cc::ui::JobProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>CashCycle</source>
        <translation>CashCycle</translation>
    </message>
</context>
<context>
    <name>cc::ui::LogCallDialog</name>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Wiedervorlage am</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>What was said, what happens next</source>
        <translation>Was besprochen wurde, wie es weitergeht</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>cc::ui::MailServerDialog</name>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <source>None (trusted network only)</source>
        <translation>Keine (nur in vertrauenswürdigen Netzen)</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>Absender&amp;name:</translation>
    </message>
</context>
<context>
    <name>cc::ui::MainWindow</name>
    <message>
        <source>CashCycle</source>
        <translation>CashCycle</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Customers (Ctrl+1)</source>
        <translation>Kunden (Strg+1)</translation>
    </message>
    <message>
        <source>Invoices (Ctrl+2)</source>
        <translation>Rechnungen (Strg+2)</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CashCycle</source>
        <translation>Ü&amp;ber CashCycle</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About CashCycle</source>
        <translation>Über CashCycle</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CashCycle %1&lt;/h3&gt;&lt;p&gt;Accounts receivable and collections for the desktop.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CashCycle %1&lt;/h3&gt;&lt;p&gt;Debitorenbuchhaltung und Forderungsmanagement für den Desktop.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Server connection…</source>
        <translation>&amp;Serververbindung…</translation>
    </message>
    <message>
        <source>Syncing with the server…</source>
        <translation>Synchronisiere mit dem Server…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Synchronisierungs&amp;konflikte…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Ab&amp;melden…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Stop syncing with %1 as %2 and forget the password?</source>
        <translation>Die Synchronisierung mit %1 als %2 beenden und das Passwort vergessen?</translation>
    </message>
    <message>
        <source>No server is configured. Sign out of this desktop anyway?</source>
        <translation>Es ist kein Server eingerichtet. Trotzdem an diesem Arbeitsplatz abmelden?</translation>
    </message>
    <message>
        <source>Also delete this desktop&apos;s workspace (changes not yet sent are lost)</source>
        <translation>Auch den Arbeitsbereich dieses Arbeitsplatzes löschen (noch nicht gesendete Änderungen gehen verloren)</translation>
    </message>
    <message>
        <source>The workspace was deleted from this desktop. CashCycle closes now; start it again to create a workspace or sync one from a server.</source>
        <translation>Der Arbeitsbereich wurde von diesem Arbeitsplatz gelöscht. CashCycle wird jetzt beendet; starten Sie es erneut, um einen Arbeitsbereich anzulegen oder von einem Server zu synchronisieren.</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Arbeitsliste</translation>
    </message>
    <message>
        <source>Today&apos;s worklist (Ctrl+3)</source>
        <translation>Heutige Arbeitsliste (Strg+3)</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Arbeitsliste</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation>Mai&amp;lserver…</translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation>Mahnwesen</translation>
    </message>
    <message>
        <source>Dunning run and outbox (Ctrl+4)</source>
        <translation>Mahnlauf und Postausgang (Strg+4)</translation>
    </message>
    <message>
        <source>&amp;Dunning</source>
        <translation>&amp;Mahnwesen</translation>
    </message>
    <message>
        <source>S&amp;tatements of account…</source>
        <translation>Kon&amp;toauszüge…</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) written to %1</source>
        <translation>
            <numerusform>%n Kontoauszug nach %1 geschrieben</numerusform>
            <numerusform>%n Kontoauszüge nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 issued</source>
        <translation>%1 ausgestellt</translation>
    </message>
    <message>
        <source>Com&amp;pany details…</source>
        <translation>&amp;Firmendaten…</translation>
    </message>
    <message>
        <source>Payment holiday granted for %1</source>
        <translation>Zahlungsaufschub für %1 gewährt</translation>
    </message>
    <message>
        <source>Payment %1 posted</source>
        <translation>Zahlung %1 gebucht</translation>
    </message>
    <message>
        <source>Refund from payment %1 recorded</source>
        <translation>Erstattung aus Zahlung %1 erfasst</translation>
    </message>
    <message>
        <source>Payment %1 reversed</source>
        <translation>Zahlung %1 storniert</translation>
    </message>
    <message>
        <source>Written off on %1</source>
        <translation>Auf %1 abgeschrieben</translation>
    </message>
    <message>
        <source>Write-off on %1 waits for a credit manager</source>
        <translation>Abschreibung auf %1 wartet auf das Kreditmanagement</translation>
    </message>
    <message>
        <source>&amp;Write-offs to decide…</source>
        <translation>&amp;Abschreibungen entscheiden…</translation>
    </message>
    <message>
        <source>Orders on credit &amp;hold…</source>
        <translation>Kredit&amp;gesperrte Aufträge…</translation>
    </message>
    <message>
        <source>Release order</source>
        <translation>Auftrag freigeben</translation>
    </message>
    <message>
        <source>Order %1 released</source>
        <translation>Auftrag %1 freigegeben</translation>
    </message>
    <message>
        <source>Order %1 held for a credit manager: %2</source>
        <translation>Auftrag %1 für das Kreditmanagement gesperrt: %2</translation>
    </message>
    <message>
        <source>Invoice order</source>
        <translation>Auftrag fakturieren</translation>
    </message>
    <message>
        <source>Draft invoice made from the order</source>
        <translation>Rechnungsentwurf aus dem Auftrag erstellt</translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation>Verzugskosten</translation>
    </message>
    <message>
        <source>Nothing of %1 is overdue and not charged yet</source>
        <translation>Bei %1 ist nichts überfällig und noch nicht berechnet</translation>
    </message>
    <message>
        <source>%1: interest %2 for %3 to %4, fee %5</source>
        <translation>%1: Zinsen %2 für %3 bis %4, Pauschale %5</translation>
    </message>
    <message>
        <source>Charge %1 in late fees as a draft invoice?</source>
        <translation>%1 Verzugskosten als Rechnungsentwurf berechnen?</translation>
    </message>
    <message>
        <source>&amp;Charge</source>
        <translation>&amp;Berechnen</translation>
    </message>
    <message>
        <source>Late fees of %1 drafted</source>
        <translation>Verzugskosten von %1 als Entwurf erstellt</translation>
    </message>
    <message>
        <source>Payment &amp;links…</source>
        <translation>Zahlungsli&amp;nks…</translation>
    </message>
    <message>
        <source>Collect o&amp;nline payments</source>
        <translation>Online-&amp;Zahlungen abholen</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Zahlungslinks</translation>
    </message>
    <message>
        <source>Pay link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message>
        <source>Pay link for %1</source>
        <translation>Zahlungslink für %1</translation>
    </message>
    <message>
        <source>The customer pays what is open on %1 at:</source>
        <translation>Der Kunde bezahlt den offenen Betrag von %1 unter:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Reading completed online payments…</source>
        <translation>Abgeschlossene Online-Zahlungen werden gelesen…</translation>
    </message>
    <message>
        <source>Online payments</source>
        <translation>Online-Zahlungen</translation>
    </message>
    <message>
        <source>No new online payments</source>
        <translation>Keine neuen Online-Zahlungen</translation>
    </message>
    <message numerus="yes">
        <source>%n online payment(s) recorded: %1</source>
        <translation>
            <numerusform>%n Online-Zahlung erfasst: %1</numerusform>
            <numerusform>%n Online-Zahlungen erfasst: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Installment plan agreed for %1</source>
        <translation>Ratenvereinbarung für %1 getroffen</translation>
    </message>
    <message>
        <source>Order %1 entered (%2)</source>
        <translation>Auftrag %1 erfasst (%2)</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Auftrag stornieren</translation>
    </message>
    <message>
        <source>Order %1 cancelled</source>
        <translation>Auftrag %1 storniert</translation>
    </message>
    <message>
        <source>Dispute opened on %1; its amount is left out of dunning</source>
        <translation>Reklamation zu %1 eröffnet; ihr Betrag bleibt aus dem Mahnwesen</translation>
    </message>
    <message>
        <source>&amp;Credit</source>
        <translation>&amp;Kredit</translation>
    </message>
    <message>
        <source>&amp;Disputes…</source>
        <translation>&amp;Reklamationen…</translation>
    </message>
    <message>
        <source>Credit des&amp;k…</source>
        <translation>Kredit&amp;bearbeitung…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>CFO &amp;dashboard…</source>
        <translation>CFO-&amp;Dashboard…</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Zahlungen</translation>
    </message>
    <message>
        <source>Cash &amp;application…</source>
        <translation>Zahlungs&amp;zuordnung…</translation>
    </message>
</context>
<context>
    <name>cc::ui::ManualMatchPanel</name>
    <message>
        <source>Fill &amp;oldest first</source>
        <translation>&amp;Älteste zuerst füllen</translation>
    </message>
    <message>
        <source>&amp;Write off what a short payment leaves open (approval above the team&apos;s limit)</source>
        <translation>Was eine zu geringe Zahlung offen lässt, aus&amp;buchen (über dem Teamlimit mit Freigabe)</translation>
    </message>
    <message>
        <source>Customer name or number, or an invoice number</source>
        <translation>Kundenname oder -nummer oder eine Rechnungsnummer</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Skonto</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>No customer or invoice is called &quot;%1&quot;.</source>
        <translation>Kein Kunde und keine Rechnung heißt „%1“.</translation>
    </message>
    <message>
        <source>All of %1 is applied.</source>
        <translation>%1 ist ganz zugeordnet.</translation>
    </message>
    <message>
        <source>%1 of %2 is left: it stays unapplied cash.</source>
        <translation>%1 von %2 bleiben übrig: als nicht zugeordnete Zahlung.</translation>
    </message>
    <message>
        <source>choose a bank line first</source>
        <translation>wählen Sie zuerst einen Kontoumsatz</translation>
    </message>
    <message>
        <source>find the customer who paid</source>
        <translation>suchen Sie den Kunden, der gezahlt hat</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is no amount</source>
        <translation>%1: „%2“ ist kein Betrag</translation>
    </message>
    <message>
        <source>%1: %2 is more than the %3 open</source>
        <translation>%1: %2 ist mehr als die offenen %3</translation>
    </message>
    <message>
        <source>%1 is applied, more than the %2 received</source>
        <translation>%1 sind zugeordnet, mehr als die erhaltenen %2</translation>
    </message>
    <message>
        <source>matched by hand</source>
        <translation>von Hand zugeordnet</translation>
    </message>
    <message>
        <source>%1 — %2 (by the invoice)</source>
        <translation>%1 — %2 (über die Rechnung)</translation>
    </message>
</context>
<context>
    <name>cc::ui::NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>cc::ui::OrderDialog</name>
    <message>
        <source>&amp;Run the credit check and release it now</source>
        <translation>&amp;Kreditprüfung ausführen und gleich freigeben</translation>
    </message>
    <message>
        <source>New order for %1</source>
        <translation>Neuer Auftrag für %1</translation>
    </message>
    <message>
        <source>Made for you when empty</source>
        <translation>Wird vergeben, wenn leer</translation>
    </message>
    <message>
        <source>The customer&apos;s purchase order</source>
        <translation>Die Bestellnummer des Kunden</translation>
    </message>
    <message>
        <source>Order &amp;number:</source>
        <translation>Auftrags&amp;nummer:</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;PO:</source>
        <translation>&amp;Bestellnummer des Kunden:</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>Zeile ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Enter order</source>
        <translation>Auftrag &amp;erfassen</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Es gibt keinen Kunden %1.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::OrderModel</name>
    <message>
        <source>On credit hold</source>
        <translation>Kreditgesperrt</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference or hold reason</source>
        <translation>Referenz oder Sperrgrund</translation>
    </message>
</context>
<context>
    <name>cc::ui::OutboxModel</name>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>cc::ui::PaymentCorrectionDialog</name>
    <message>
        <source>Refund from payment %1</source>
        <translation>Erstattung aus Zahlung %1</translation>
    </message>
    <message>
        <source>Reverse payment %1</source>
        <translation>Zahlung %1 stornieren</translation>
    </message>
    <message>
        <source>Bank reference of the refund</source>
        <translation>Bankreferenz der Erstattung</translation>
    </message>
    <message>
        <source>For example: returned, account closed</source>
        <translation>Zum Beispiel: Rücklastschrift, Konto erloschen</translation>
    </message>
    <message>
        <source>&amp;Paid back on:</source>
        <translation>&amp;Erstattet am:</translation>
    </message>
    <message>
        <source>&amp;Bounced on:</source>
        <translation>&amp;Zurückgegangen am:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>Erst&amp;atten</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>S&amp;tornieren</translation>
    </message>
    <message>
        <source>Pays unapplied cash of the payment back to the customer.</source>
        <translation>Zahlt nicht zugeordnetes Geld dieser Zahlung an den Kunden zurück.</translation>
    </message>
    <message>
        <source>Undoes what the payment paid, and the discounts granted with it: its invoices are open again and dunning picks them up.</source>
        <translation>Macht rückgängig, was die Zahlung beglichen hat, samt der mit ihr gewährten Skonti: ihre Rechnungen sind wieder offen und werden wieder gemahnt.</translation>
    </message>
    <message>
        <source>there is no payment %1</source>
        <translation>es gibt keine Zahlung %1</translation>
    </message>
    <message>
        <source>This payment was reversed on %1.</source>
        <translation>Diese Zahlung wurde am %1 storniert.</translation>
    </message>
    <message>
        <source>Nothing of this payment is unapplied.</source>
        <translation>Von dieser Zahlung ist nichts mehr unzugeordnet.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not an amount in %2.</source>
        <translation>Der Betrag „%1“ ist kein Betrag in %2.</translation>
    </message>
</context>
<context>
    <name>cc::ui::PaymentDialog</name>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <source>Apply payment %1</source>
        <translation>Zahlung %1 zuordnen</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <source>How much of the customer&apos;s currency one unit received is worth</source>
        <translation>Wie viel der Kundenwährung eine erhaltene Einheit wert ist</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Lastschrift</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Bank or cheque reference</source>
        <translation>Bank- oder Scheckreferenz</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Eingegangen &amp;am:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Zahlart:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Oldest first</source>
        <translation>Ä&amp;lteste zuerst</translation>
    </message>
    <message>
        <source>Apply the payment to the invoices due first, with the discounts earned</source>
        <translation>Die Zahlung den zuerst fälligen Rechnungen zuordnen, mit den verdienten Skonti</translation>
    </message>
    <message>
        <source>Apply &amp;nothing</source>
        <translation>&amp;Nichts zuordnen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Zu&amp;ordnen</translation>
    </message>
    <message>
        <source>Record &amp;payment</source>
        <translation>Zahlung b&amp;uchen</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>es gibt keinen Kunden %1</translation>
    </message>
    <message>
        <source>there is no payment %1</source>
        <translation>es gibt keine Zahlung %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unapplied: %1</source>
        <translation>Nicht zugeordnet: %1</translation>
    </message>
    <message>
        <source>%1 has no open invoices in %2: the payment stays unapplied credit.</source>
        <translation>%1 hat keine offenen Rechnungen in %2: die Zahlung bleibt als Guthaben stehen.</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not an ISO code.</source>
        <translation>Die Währung „%1“ ist kein ISO-Code.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not a positive amount in %2.</source>
        <translation>Der Betrag „%1“ ist kein positiver Betrag in %2.</translation>
    </message>
    <message>
        <source>Money in %1 is booked in %2: give the rate (%2 per %1).</source>
        <translation>Geld in %1 wird in %2 gebucht: geben Sie den Kurs an (%2 je %1).</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Applied %1 · discounts %2 · unapplied %3</source>
        <translation>Zugeordnet %1 · Skonti %2 · nicht zugeordnet %3</translation>
    </message>
</context>
<context>
    <name>cc::ui::PaymentHolidayDialog</name>
    <message>
        <source>Payment holiday for %1</source>
        <translation>Zahlungsaufschub für %1</translation>
    </message>
    <message>
        <source>Why, for the timeline</source>
        <translation>Warum, für den Verlauf</translation>
    </message>
    <message>
        <source>&amp;Due again on:</source>
        <translation>&amp;Fällig wieder am:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>Ge&amp;währen</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Es gibt keine Rechnung %1.</translation>
    </message>
</context>
<context>
    <name>cc::ui::PaymentLinksDialog</name>
    <message>
        <source>Payment links</source>
        <translation>Zahlungslinks</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>im Schlüsselbund des Systems verwahrt</translation>
    </message>
    <message>
        <source>Invoices get a &quot;pay now&quot; page from a payment provider that speaks the Stripe Checkout API; the payments customers make there are recorded on their invoices.</source>
        <translation>Rechnungen erhalten eine „Jetzt bezahlen“-Seite bei einem Zahlungsanbieter, der die Stripe-Checkout-API spricht; was Kunden dort bezahlen, wird auf ihren Rechnungen erfasst.</translation>
    </message>
    <message>
        <source>Provider &amp;address:</source>
        <translation>&amp;Adresse des Anbieters:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>After &amp;paying, show:</source>
        <translation>Nach dem &amp;Bezahlen zeigen:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Give the provider&apos;s secret key.</source>
        <translation>Geben Sie den geheimen Schlüssel des Anbieters an.</translation>
    </message>
</context>
<context>
    <name>cc::ui::PaymentPlanModel</name>
    <message>
        <source>%1 is applied, more than the %2 paid</source>
        <translation>Zugeordnet sind %1, mehr als die gezahlten %2</translation>
    </message>
    <message>
        <source>Early-payment discount, earned until %1</source>
        <translation>Skonto, verdient bis %1</translation>
    </message>
    <message>
        <source>%1 short: a discount taken after its window (%2); stays open</source>
        <translation>%1 zu wenig: Skonto nach Fristende (%2) abgezogen; bleibt offen</translation>
    </message>
    <message>
        <source>%1 discount if paid in full by %2</source>
        <translation>%1 Skonto bei voller Zahlung bis %2</translation>
    </message>
    <message>
        <source>Type an amount; Delete applies nothing</source>
        <translation>Betrag eingeben; Entf ordnet nichts zu</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Skonto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>cc::ui::PdfBatchDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>Ordner für die PDFs</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Choose a folder for the PDFs.</source>
        <translation>Wählen Sie einen Ordner für die PDFs.</translation>
    </message>
</context>
<context>
    <name>cc::ui::PromiseDialog</name>
    <message>
        <source>Promise to pay</source>
        <translation>Zahlungszusage</translation>
    </message>
    <message>
        <source>%1 — %2 open, due %3</source>
        <translation>%1 — %2 offen, fällig %3</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>Bi&amp;s:</translation>
    </message>
    <message>
        <source>For &amp;invoices:</source>
        <translation>Für &amp;Rechnungen:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>The promised amount must be more than zero.</source>
        <translation>Der zugesagte Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>„%1“ ist kein Betrag in %2.</translation>
    </message>
</context>
<context>
    <name>cc::ui::ReportTableDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>cc::ui::ResolveDisputeDialog</name>
    <message>
        <source>Carry it out now, as a &amp;credit manager</source>
        <translation>Sofort ausführen, als &amp;Kreditmanager</translation>
    </message>
    <message>
        <source>Resolve the dispute on %1</source>
        <translation>Reklamation zu %1 lösen</translation>
    </message>
    <message>
        <source>%1 disputed: %2, opened %3</source>
        <translation>%1 reklamiert: %2, eröffnet am %3</translation>
    </message>
    <message>
        <source>A credit note for the customer</source>
        <translation>Eine Gutschrift für den Kunden</translation>
    </message>
    <message>
        <source>Writing the amount off</source>
        <translation>Abschreiben des Betrags</translation>
    </message>
    <message>
        <source>Rejecting it: the amount is owed</source>
        <translation>Ablehnen: der Betrag ist geschuldet</translation>
    </message>
    <message>
        <source>Above the team&apos;s limit only a credit manager resolves a dispute; the server refuses it from anyone else</source>
        <translation>Über der Grenze des Teams löst nur ein Kreditmanager eine Reklamation; der Server lehnt es von anderen ab</translation>
    </message>
    <message>
        <source>Resolve &amp;by:</source>
        <translation>Lösen &amp;durch:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>Up to %1 is carried out at once; above it, a credit manager decides.</source>
        <translation>Bis %1 wird sofort ausgeführt; darüber entscheidet ein Kreditmanager.</translation>
    </message>
    <message>
        <source>A credit manager decides every resolution of this kind in %1.</source>
        <translation>Jede Lösung dieser Art in %1 entscheidet ein Kreditmanager.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not an amount in %2.</source>
        <translation>Der Betrag „%1“ ist kein Betrag in %2.</translation>
    </message>
</context>
<context>
    <name>cc::ui::ServerConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Server connection</source>
        <translation>Serververbindung</translation>
    </message>
    <message>
        <source>Verify certificate and host name (recommended)</source>
        <translation>Zertifikat und Hostnamen prüfen (empfohlen)</translation>
    </message>
    <message>
        <source>Verify certificate only</source>
        <translation>Nur das Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Encrypt without verifying</source>
        <translation>Verschlüsseln ohne Prüfung</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation>Verschlüsseln, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Never encrypt (trusted network only)</source>
        <translation>Nie verschlüsseln (nur in vertrauenswürdigen Netzen)</translation>
    </message>
    <message>
        <source>default: ~/.postgresql/root.crt</source>
        <translation>Standard: ~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>CA-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Enter the host, database and user first.</source>
        <translation>Geben Sie zuerst Host, Datenbank und Benutzer an.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
</context>
<context>
    <name>cc::ui::StartupController</name>
    <message>
        <source>Cannot read the key file</source>
        <translation>Die Schlüsseldatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>Arbeitsbereich wird angelegt …</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Arbeitsbereich wird geöffnet …</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Creating %1 demo invoices…</source>
        <translation>%1 Demo-Rechnungen werden angelegt …</translation>
    </message>
    <message>
        <source>Cannot create the demo data</source>
        <translation>Die Demodaten können nicht angelegt werden</translation>
    </message>
    <message>
        <source>Demo creation was cancelled; the workspace is empty.</source>
        <translation>Das Anlegen der Demo wurde abgebrochen; der Arbeitsbereich ist leer.</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
</context>
<context>
    <name>cc::ui::StatementsDialog</name>
    <message>
        <source>Statements of account</source>
        <translation>Kontoauszüge</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>Statements %1</source>
        <translation>Kontoauszüge %1</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Stich&amp;tag:</translation>
    </message>
    <message>
        <source>&amp;Write statements</source>
        <translation>Kontoauszüge sch&amp;reiben</translation>
    </message>
    <message>
        <source>Writing statements…</source>
        <translation>Kontoauszüge werden geschrieben…</translation>
    </message>
</context>
<context>
    <name>cc::ui::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send local changes and fetch the server&apos;s now (F9)</source>
        <translation>Lokale Änderungen jetzt senden und die des Servers holen (F9)</translation>
    </message>
    <message>
        <source>Local workspace — no server configured</source>
        <translation>Lokaler Arbeitsbereich — kein Server eingerichtet</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbinde mit dem Server…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>● Online — synced %1</source>
        <translation>● Online — synchronisiert %1</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>○ Offline — retrying at %1</source>
        <translation>○ Offline — neuer Versuch um %1</translation>
    </message>
    <message>
        <source>Cannot sync</source>
        <translation>Synchronisierung nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source> · %n change(s) waiting</source>
        <translation>
            <numerusform> · %n Änderung wartet</numerusform>
            <numerusform> · %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::TableExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>cc::ui::TemplateEditorDialog</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>A language code such as en, de or fr: customers get the template in their language.</source>
        <translation>Ein Sprachcode wie en, de oder fr: Kunden erhalten die Vorlage in ihrer Sprache.</translation>
    </message>
    <message>
        <source>Placeholders: {{customer.name}}, {{contact.name}}, {{#invoices}} {{number}} {{date}} {{due_date}} {{open}} {{days_overdue}} {{/invoices}}, {{total_open}}, {{total_overdue}}, {{payment_link}}, {{company.name}}, {{fee}}, {{today}}, {{sender}}</source>
        <translation>Platzhalter: {{customer.name}}, {{contact.name}}, {{#invoices}} {{number}} {{date}} {{due_date}} {{open}} {{days_overdue}} {{/invoices}}, {{total_open}}, {{total_overdue}}, {{payment_link}}, {{company.name}}, {{fee}}, {{today}}, {{sender}}</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>There is no %1 version yet; this is the %2 one. Saving makes it the %1 version.</source>
        <translation>Es gibt noch keine Fassung in %1; dies ist die Fassung in %2. Speichern macht sie zur Fassung in %1.</translation>
    </message>
    <message>
        <source>Preview for customer %1</source>
        <translation>Vorschau für Kunde %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::TimelineModel</name>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (mit %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 by %2 — %3</source>
        <translation>%1 bis %2 — %3</translation>
    </message>
    <message>
        <source>, %1 paid</source>
        <translation>, %1 bezahlt</translation>
    </message>
    <message>
        <source> (invoices %1)</source>
        <translation> (Rechnungen %1)</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Zahlungszusage</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — fällig %2</translation>
    </message>
    <message>
        <source>%1 — done %2</source>
        <translation>%1 — erledigt %2</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>cc::ui::WorklistModel</name>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Collectible</source>
        <translation>Einziehbar</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>Warum jetzt</translation>
    </message>
</context>
<context>
    <name>cc::ui::WorklistPage</name>
    <message>
        <source>&amp;Hide worked</source>
        <translation>&amp;Bearbeitete ausblenden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>&amp;Anruf erfassen</translation>
    </message>
    <message>
        <source>&amp;Promise</source>
        <translation>&amp;Zusage</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Ne&amp;xt account</source>
        <translation>Nä&amp;chstes Konto</translation>
    </message>
    <message>
        <source>Previous account</source>
        <translation>Voriges Konto</translation>
    </message>
    <message>
        <source>&amp;Collector:</source>
        <translation>&amp;Sachbearbeiter:</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Alle Währungen</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>Nothing to do for today</source>
        <translation>Für heute gibt es nichts zu tun</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) shown</source>
        <translation>
            <numerusform>%n Konto angezeigt</numerusform>
            <numerusform>%n Konten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 worked today</source>
        <translation>%1 von %2 heute bearbeitet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No more accounts to work today</source>
        <translation>Heute sind keine weiteren Konten zu bearbeiten</translation>
    </message>
    <message>
        <source>This is the first account</source>
        <translation>Das ist das erste Konto</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>Anruf erfasst</translation>
    </message>
    <message>
        <source>Promise recorded</source>
        <translation>Zusage erfasst</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notiz hinzugefügt</translation>
    </message>
    <message>
        <source>Marked as worked today</source>
        <translation>Als heute bearbeitet markiert</translation>
    </message>
    <message>
        <source>Back on today&apos;s list</source>
        <translation>Wieder auf der heutigen Liste</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Not sent yet, tried again later: %1</source>
        <translation>Noch nicht gesendet, neuer Versuch später: %1</translation>
    </message>
    <message>
        <source>The email waits in the outbox: set up the mail server (File → Mail server…)</source>
        <translation>Die E-Mail wartet im Postausgang: richten Sie den Mailserver ein (Datei → Mailserver…)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>%n Nachricht gesendet</numerusform>
            <numerusform>%n Nachrichten gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Space: mark the selected follow-up done · Delete: withdraw the selected promise</source>
        <translation>Leertaste: gewählte Wiedervorlage erledigt · Entf: gewählte Zusage zurückziehen</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Wiedervorlage erledigt</translation>
    </message>
    <message>
        <source>Promise withdrawn</source>
        <translation>Zusage zurückgezogen</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Wiedervorlage</translation>
    </message>
    <message>
        <source>Follow-up set</source>
        <translation>Wiedervorlage gesetzt</translation>
    </message>
    <message>
        <source>S&amp;trategy…</source>
        <translation>S&amp;trategie…</translation>
    </message>
    <message>
        <source>Worklist strategy</source>
        <translation>Strategie der Arbeitsliste</translation>
    </message>
    <message>
        <source>Strategy saved; it goes to the team with the next sync</source>
        <translation>Strategie gespeichert; sie geht mit der nächsten Synchronisierung ans Team</translation>
    </message>
</context>
<context>
    <name>cc::ui::WorklistStrategyDialog</name>
    <message>
        <source>Worklist strategy</source>
        <translation>Strategie der Arbeitsliste</translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation>Überfälliger Betrag</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Usual lateness</source>
        <translation>Übliche Verspätung</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Risikoklasse</translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation>Gebrochene Zusage</translation>
    </message>
    <message>
        <source>Promise due today</source>
        <translation>Zusage heute fällig</translation>
    </message>
    <message>
        <source>Promise not yet due (lowers)</source>
        <translation>Zusage noch nicht fällig (senkt)</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Tage ohne Kontakt</translation>
    </message>
    <message>
        <source>Account value</source>
        <translation>Kontowert</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
    <message>
        <source> minor units</source>
        <translation> kleinste Einheiten</translation>
    </message>
    <message>
        <source>enterprise=150, smb=0</source>
        <translation>enterprise=150, smb=0</translation>
    </message>
    <message>
        <source>&amp;Minimum collectible:</source>
        <translation>&amp;Mindestens einziehbar:</translation>
    </message>
    <message>
        <source>&amp;Call from:</source>
        <translation>&amp;Anruf ab:</translation>
    </message>
    <message>
        <source>&amp;Segments (percent):</source>
        <translation>&amp;Segmente (Prozent):</translation>
    </message>
</context>
<context>
    <name>cc::ui::WriteOffApprovalsDialog</name>
    <message>
        <source>Write-offs to decide</source>
        <translation>Zu entscheidende Abschreibungen</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>No write-off is waiting for a decision.</source>
        <translation>Keine Abschreibung wartet auf eine Entscheidung.</translation>
    </message>
</context>
<context>
    <name>cc::ui::WriteOffDialog</name>
    <message>
        <source>Write off %1</source>
        <translation>%1 abschreiben</translation>
    </message>
    <message>
        <source>For example: bank charges, customer insolvent</source>
        <translation>Zum Beispiel: Bankgebühren, Kunde insolvent</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Write off</source>
        <translation>&amp;Abschreiben</translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation>es gibt keine Rechnung %1</translation>
    </message>
    <message>
        <source>Up to %1 is written off at once; a larger amount waits for a credit manager&apos;s approval.</source>
        <translation>Bis %1 wird sofort abgeschrieben; ein größerer Betrag wartet auf die Genehmigung des Kreditmanagements.</translation>
    </message>
    <message>
        <source>Every write-off in %1 waits for a credit manager&apos;s approval.</source>
        <translation>Jede Abschreibung in %1 wartet auf die Genehmigung des Kreditmanagements.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not an amount in %2.</source>
        <translation>Der Betrag „%1“ ist kein Betrag in %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Accounts receivable and collections.</source>
        <translation>Debitorenbuchhaltung und Forderungsmanagement.</translation>
    </message>
    <message>
        <source>Open the workspace in DIR (default: %1).</source>
        <translation>Den Arbeitsbereich in DIR öffnen (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Unlock with the passphrase in FILE instead of the system keychain.</source>
        <translation>Mit der Passphrase in FILE statt mit dem Schlüsselbund des Systems entsperren.</translation>
    </message>
    <message>
        <source>Save the main window as a PNG image to FILE once data is shown, then quit.</source>
        <translation>Das Hauptfenster als PNG-Bild in FILE speichern, sobald Daten angezeigt werden, und dann beenden.</translation>
    </message>
    <message>
        <source>Open on PAGE: customers, invoices, worklist or dunning.</source>
        <translation>Mit der Seite PAGE öffnen: customers, invoices, worklist oder dunning.</translation>
    </message>
</context>
</TS>
