<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnchorsEditor</name>
    <message>
        <source>Anchors of the scale</source>
        <translation>Anker der Skala</translation>
    </message>
    <message>
        <source>Select a scored criterion to see and edit its anchors. N/A is a distinct value, not 0.</source>
        <translation>Wählen Sie ein bewertetes Kriterium aus, um seine Anker zu sehen und zu bearbeiten. N/A ist ein eigener Wert, nicht 0.</translation>
    </message>
    <message>
        <source>Save anchors</source>
        <translation>Anker speichern</translation>
    </message>
    <message>
        <source>{code} is pass/fail: it is decided at eligibility or as a requirement, never scored.</source>
        <translation>{code} ist ein Ausschlusskriterium: Es wird bei der Zulassungsfähigkeit oder als Anforderung entschieden, nie bewertet.</translation>
    </message>
    <message>
        <source>{code}: {title}</source>
        <translation>{code}: {title}</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Not applicable — excluded from the mean, not counted as 0.</source>
        <translation>Nicht anwendbar — aus dem Mittelwert ausgeschlossen, nicht als 0 gezählt.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>panel_app DEMO — its own database, {database}</source>
        <translation>panel_app DEMO — eigene Datenbank, {database}</translation>
    </message>
    <message>
        <source>Demo procedure: signed in as the chair, {name} (every demo member&apos;s password is demo-panel).</source>
        <translation>Demoverfahren: angemeldet als Vorsitz, {name} (das Passwort jedes Demomitglieds ist demo-panel).</translation>
    </message>
</context>
<context>
    <name>ApplicationViewer</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an application to see its documents and details.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Bewerbung aus, um ihre Unterlagen und Einzelheiten zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No application selected.</source>
        <translation>Keine Bewerbung ausgewählt.</translation>
    </message>
    <message>
        <source>{kind}, {pages} pages</source>
        <translation>{kind}, {pages} Seiten</translation>
    </message>
    <message>
        <source>No document is attached to this application.</source>
        <translation>Dieser Bewerbung ist kein Dokument beigefügt.</translation>
    </message>
    <message>
        <source>This document is not a PDF ({kind}): it is stored and can be exported.</source>
        <translation>Dieses Dokument ist kein PDF ({kind}): Es ist gespeichert und kann exportiert werden.</translation>
    </message>
    <message>
        <source>This document cannot be shown; it is stored and can be exported.</source>
        <translation>Dieses Dokument kann nicht angezeigt werden; es ist gespeichert und kann exportiert werden.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>no e-mail address: known by the placeholder {0}</source>
        <translation>keine E-Mail-Adresse: geführt unter der Platzhalteradresse {0}</translation>
    </message>
    <message>
        <source>Application id:</source>
        <translation>Bewerbungs-ID:</translation>
    </message>
    <message>
        <source>every command takes {0}, #{0} or A{0}</source>
        <translation>jeder Befehl akzeptiert {0}, #{0} oder A{0}</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <source>Source file:</source>
        <translation>Quelldatei:</translation>
    </message>
    <message>
        <source>Received by the mailbox:</source>
        <translation>Im Postfach eingegangen:</translation>
    </message>
    <message>
        <source>Date header differs from the server receipt by {minutes} minutes — the receipt time counts</source>
        <translation>Der Date-Header weicht um {minutes} Minuten vom Servereingang ab — maßgeblich ist der Eingangszeitpunkt</translation>
    </message>
    <message>
        <source>Excluded:</source>
        <translation>Ausgeschlossen:</translation>
    </message>
    <message>
        <source>Readmitted:</source>
        <translation>Wieder zugelassen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{file} read by {engine}, mean confidence {confidence} % — the original file is unchanged</source>
        <translation>{file} gelesen mit {engine}, mittlere Zuverlässigkeit {confidence} % — die Originaldatei ist unverändert</translation>
    </message>
    <message>
        <source>Problem reading it:</source>
        <translation>Problem beim Lesen:</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Import folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <source>Read scans (OCR)…</source>
        <translation>Scans lesen (OCR)…</translation>
    </message>
    <message>
        <source>Read the scanned PDFs (no text layer) by OCR, in the background</source>
        <translation>Die gescannten PDFs (ohne Textebene) im Hintergrund per OCR lesen</translation>
    </message>
    <message>
        <source>Search names, e-mails and the text of the documents…</source>
        <translation>Namen, E-Mail-Adressen und Text der Dokumente durchsuchen…</translation>
    </message>
    <message>
        <source>Enter received time…</source>
        <translation>Eingangszeit eingeben…</translation>
    </message>
    <message>
        <source>Exclude…</source>
        <translation>Ausschließen…</translation>
    </message>
    <message>
        <source>Correct name…</source>
        <translation>Namen berichtigen…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Application id {0}: every command takes {0}, #{0} or A{0}</source>
        <translation>Bewerbungs-ID {0}: jeder Befehl akzeptiert {0}, #{0} oder A{0}</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>Nr. {id}</translation>
    </message>
    <message>
        <source>{n} application(s) shown — deadline {deadline}. Drop .eml/.msg/.mbox/.pdf files or folders here to import them.</source>
        <translation>{n} Bewerbung(en) angezeigt — Frist {deadline}. Ziehen Sie .eml/.msg/.mbox/.pdf-Dateien oder -Ordner hierher, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Readmit…</source>
        <translation>Wieder zulassen…</translation>
    </message>
    <message>
        <source>application {0} (no e-mail address)</source>
        <translation>Bewerbung {0} (ohne E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>Exclude the application</source>
        <translation>Bewerbung ausschließen</translation>
    </message>
    <message>
        <source>Exclude the application of {who}.</source>
        <translation>Die Bewerbung von {who} ausschließen.</translation>
    </message>
    <message>
        <source>Readmit the application</source>
        <translation>Bewerbung wieder zulassen</translation>
    </message>
    <message>
        <source>Readmit the application of {who}.</source>
        <translation>Die Bewerbung von {who} wieder zulassen.</translation>
    </message>
    <message>
        <source>Give the reason (required, it is recorded in the audit trail):</source>
        <translation>Geben Sie die Begründung an (Pflichtangabe, sie wird im Prüfpfad festgehalten):</translation>
    </message>
    <message>
        <source>Import a folder of the mailbox export</source>
        <translation>Einen Ordner des Postfachexports importieren</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Mail and documents (*.eml *.msg *.mbox *.pdf *.zip);;All files (*)</source>
        <translation>E-Mails und Dokumente (*.eml *.msg *.mbox *.pdf *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Applications › </source>
        <translation>Bewerbungen › </translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <source>panel_app ARCHIVE (read-only) — {0}</source>
        <translation>panel_app ARCHIV (schreibgeschützt) — {0}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Last backup: {file} at {time}</source>
        <translation>Letzte Sicherung: {file} am {time}</translation>
    </message>
    <message>
        <source>{file}
sha256 {sha}</source>
        <translation>{file}
sha256 {sha}</translation>
    </message>
    <message>
        <source>Back up first (to {folder})</source>
        <translation>Zuerst sichern (nach {folder})</translation>
    </message>
    <message>
        <source>Not done: the backup before it failed. {problem}</source>
        <translation>Nicht ausgeführt: die vorherige Sicherung ist fehlgeschlagen. {problem}</translation>
    </message>
    <message>
        <source>Open a procedure first.</source>
        <translation>Öffnen Sie zuerst ein Verfahren.</translation>
    </message>
    <message>
        <source>SQLite backup (*.sqlite);;All files (*)</source>
        <translation>SQLite-Sicherung (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PostgreSQL archive (*.dump);;All files (*)</source>
        <translation>PostgreSQL-Archiv (*.dump);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>The whole database is copied to {file} ({size} bytes, sha256 {sha}). The backup is recorded in the audit record.</source>
        <translation>Die ganze Datenbank ist nach {file} kopiert ({size} Bytes, sha256 {sha}). Die Sicherung ist im Prüfprotokoll verzeichnet.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>{file}: {size} bytes, intact, schema {revision}.</source>
        <translation>{file}: {size} Bytes, unversehrt, Schema {revision}.</translation>
    </message>
    <message>
        <source>Backup taken: {time}.</source>
        <translation>Sicherung erstellt: {time}.</translation>
    </message>
    <message>
        <source>Backup taken: not recorded in the file.</source>
        <translation>Sicherung erstellt: in der Datei nicht vermerkt.</translation>
    </message>
    <message>
        <source>Procedures: {list}.</source>
        <translation>Verfahren: {list}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Last audit event: {action} by {actor} at {time}.</source>
        <translation>Letztes Prüfereignis: {action}, von {actor}, am {time}.</translation>
    </message>
    <message>
        <source>Last audit event: none.</source>
        <translation>Letztes Prüfereignis: keines.</translation>
    </message>
    <message>
        <source>Replace the whole database ({db}) with this backup? Every workstation then sees the backup&apos;s data; what was changed since it was taken is lost. The restore is recorded in the audit record, and everyone signs in again.</source>
        <translation>Die ganze Datenbank ({db}) durch diese Sicherung ersetzen? Alle Arbeitsplätze sehen dann die Daten der Sicherung; was seitdem geändert wurde, geht verloren. Die Wiederherstellung wird im Prüfprotokoll verzeichnet, und alle melden sich neu an.</translation>
    </message>
    <message>
        <source>Not restored: nothing was changed.</source>
        <translation>Nicht wiederhergestellt: nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>The database is restored from {file}. The restore is recorded in the audit record.
{audit}
Sign in again.</source>
        <translation>Die Datenbank ist aus {file} wiederhergestellt. Die Wiederherstellung ist im Prüfprotokoll verzeichnet.
{audit}
Melden Sie sich neu an.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>BulkConfirm</name>
    <message>
        <source>all candidates</source>
        <translation>alle Bewerber</translation>
    </message>
    <message>
        <source>selected candidates</source>
        <translation>ausgewählte Bewerber</translation>
    </message>
    <message>
        <source>Whose suggestions to confirm (select rows with Ctrl/Shift-click)</source>
        <translation>Wessen Vorschläge bestätigt werden (Zeilen mit Strg/Umschalt-Klick auswählen)</translation>
    </message>
    <message>
        <source>Candidates to confirm</source>
        <translation>Zu bestätigende Bewerber</translation>
    </message>
    <message>
        <source>Confirm one criterion only, or every criterion</source>
        <translation>Nur ein Kriterium oder alle Kriterien bestätigen</translation>
    </message>
    <message>
        <source>Criterion to confirm</source>
        <translation>Zu bestätigendes Kriterium</translation>
    </message>
    <message>
        <source>Confirm suggestions…</source>
        <translation>Vorschläge bestätigen…</translation>
    </message>
    <message>
        <source>Confirm every &apos;met&apos; and &apos;declared&apos; suggestion not decided yet, as decided by you (asks for confirmation with the count; &apos;not met&apos; is never confirmed in bulk)</source>
        <translation>Alle noch nicht entschiedenen Vorschläge „erfüllt“ und „erklärt“ als von Ihnen entschieden bestätigen (fragt mit der Anzahl nach; „nicht erfüllt“ wird nie gesammelt bestätigt)</translation>
    </message>
    <message>
        <source>every criterion</source>
        <translation>alle Kriterien</translation>
    </message>
    <message>
        <source>Select candidates first (Ctrl/Shift-click), or choose all candidates.</source>
        <translation>Wählen Sie zuerst Bewerber aus (Strg/Umschalt-Klick) oder wählen Sie alle Bewerber.</translation>
    </message>
    <message>
        <source>Nothing to confirm: no &apos;met&apos; or &apos;declared&apos; suggestion is waiting for a decision here.</source>
        <translation>Nichts zu bestätigen: Hier wartet kein Vorschlag „erfüllt“ oder „erklärt“ auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>Confirm {checks} suggested check(s) of {applications} candidate(s) as decided by you, {name}, now?

{per}

Each is recorded as &apos;confirmed as suggested&apos; and audited. &apos;Not met&apos; and &apos;to verify&apos; suggestions are left for you to decide one by one.</source>
        <translation>{checks} vorgeschlagene Prüfung(en) von {applications} Bewerber(n) jetzt als von Ihnen, {name}, entschieden bestätigen?

{per}

Jede wird als „wie vorgeschlagen bestätigt“ festgehalten und protokolliert. Vorschläge „nicht erfüllt“ und „zu prüfen“ entscheiden Sie einzeln.</translation>
    </message>
    <message>
        <source>Confirm suggestions</source>
        <translation>Vorschläge bestätigen</translation>
    </message>
    <message>
        <source>Nothing confirmed.</source>
        <translation>Nichts bestätigt.</translation>
    </message>
    <message>
        <source>{checks} check(s) of {applications} candidate(s) confirmed as suggested by {by}; {became_eligible} candidate(s) became eligible and enter scoring.</source>
        <translation>{checks} Prüfung(en) von {applications} Bewerber(n) von {by} wie vorgeschlagen bestätigt; {became_eligible} Bewerber wurde(n) zulassungsfähig und gelangt/gelangen in die Bewertung.</translation>
    </message>
</context>
<context>
    <name>CandidateList</name>
    <message>
        <source>&lt;b&gt;{done} of {n} submitted&lt;/b&gt;</source>
        <translation>&lt;b&gt;{done} von {n} abgegeben&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>submitting…</source>
        <translation>wird abgegeben…</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>abgegeben</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>Interessenkonflikt erklären</translation>
    </message>
    <message>
        <source>&lt;p&gt;You declare a conflict of interest with &lt;b&gt;{candidate}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The application and any marks you gave will be hidden from you, you will be left out of this candidate&apos;s aggregation, and the declaration appears in the panel report. It cannot be withdrawn here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie erklären einen Interessenkonflikt mit &lt;b&gt;{candidate}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Die Bewerbung und alle von Ihnen vergebenen Noten werden für Sie ausgeblendet, Sie werden bei der Zusammenführung der Noten dieses Bewerbers nicht berücksichtigt, und die Erklärung erscheint im Bericht des Ausschusses. Sie kann hier nicht zurückgenommen werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The tie, in words (required)</source>
        <translation>Die Verbindung, in Worten (Pflichtangabe)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Declare the conflict</source>
        <translation>Konflikt erklären</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Mit einer gemeinsamen Datenbank verbinden</translation>
    </message>
    <message>
        <source>e.g. dbpanel.example.ec.europa.eu</source>
        <translation>z. B. dbpanel.example.ec.europa.eu</translation>
    </message>
    <message>
        <source>e.g. panel_digit_2026_1039</source>
        <translation>z. B. panel_digit_2026_1039</translation>
    </message>
    <message>
        <source>your PostgreSQL login, from IT</source>
        <translation>Ihre PostgreSQL-Anmeldung, von der IT</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>No system keyring on this PC: the password is asked each time.</source>
        <translation>Kein Schlüsselbund auf diesem PC: Das Passwort wird jedes Mal abgefragt.</translation>
    </message>
    <message>
        <source>Your own database login, as given by IT (README: &apos;Running a panel on several workstations&apos;).</source>
        <translation>Ihre eigene Datenbankanmeldung, wie von der IT erhalten (README: „Running a panel on several workstations“).</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Login (role)</source>
        <translation>Anmeldung (Rolle)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Fill in the {fields}.</source>
        <translation>Bitte ausfüllen: {fields}.</translation>
    </message>
    <message>
        <source>IT gives these with your login.</source>
        <translation>Die IT nennt Ihnen diese mit Ihrer Anmeldung.</translation>
    </message>
    <message>
        <source>The server {host}:{port} refused the login {role}: wrong or missing password.</source>
        <translation>Der Server {host}:{port} hat die Anmeldung {role} abgelehnt: falsches oder fehlendes Passwort.</translation>
    </message>
    <message>
        <source>Type the password again; IT can reset it. You stay on the database you had.</source>
        <translation>Geben Sie das Passwort erneut ein; die IT kann es zurücksetzen. Sie bleiben bei der bisherigen Datenbank.</translation>
    </message>
    <message>
        <source>You stay on the database you had.</source>
        <translation>Sie bleiben bei der bisherigen Datenbank.</translation>
    </message>
    <message>
        <source>Connecting to {host}:{port}/{database} as {role}…</source>
        <translation>Verbindung mit {host}:{port}/{database} als {role}…</translation>
    </message>
    <message>
        <source>Connected to {database} as {role}. Sign in to act.</source>
        <translation>Verbunden mit {database} als {role}. Melden Sie sich an, um tätig zu werden.</translation>
    </message>
</context>
<context>
    <name>ConsensusBox</name>
    <message>
        <source>Consensus meeting</source>
        <translation>Konsenssitzung</translation>
    </message>
    <message>
        <source>why the panel agreed on this mark (evidence, page)</source>
        <translation>warum sich der Ausschuss auf diese Note geeinigt hat (Nachweis, Seite)</translation>
    </message>
    <message>
        <source>optional: a member&apos;s dissenting view</source>
        <translation>optional: abweichende Meinung eines Mitglieds</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Record agreed mark</source>
        <translation>Vereinbarte Note festhalten</translation>
    </message>
    <message>
        <source>Agreed mark</source>
        <translation>Vereinbarte Note</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Minority view</source>
        <translation>Minderheitsmeinung</translation>
    </message>
    <message>
        <source>No flagged criterion to discuss: the members are within the divergence threshold on every visible candidate.</source>
        <translation>Kein markiertes Kriterium zu besprechen: Die Mitglieder liegen bei allen sichtbaren Bewerbern innerhalb der Abweichungsschwelle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} of {total}&lt;/b&gt;: {name} — &lt;b&gt;{criterion}&lt;/b&gt; {title} — agreed</source>
        <translation>&lt;b&gt;{n} von {total}&lt;/b&gt;: {name} — &lt;b&gt;{criterion}&lt;/b&gt; {title} — vereinbart</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} of {total}&lt;/b&gt;: {name} — &lt;b&gt;{criterion}&lt;/b&gt; {title}</source>
        <translation>&lt;b&gt;{n} von {total}&lt;/b&gt;: {name} — &lt;b&gt;{criterion}&lt;/b&gt; {title}</translation>
    </message>
    <message>
        <source>mean &lt;b&gt;{mean}&lt;/b&gt;, spread {spread}</source>
        <translation>Mittelwert &lt;b&gt;{mean}&lt;/b&gt;, Spannweite {spread}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The members&apos; comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kommentare der Mitglieder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A justification is required: the agreed mark is more than 0.5 from the mean.</source>
        <translation>Eine Begründung ist erforderlich: Die vereinbarte Note weicht um mehr als 0,5 vom Mittelwert ab.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanien</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Nordmazedonien</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnien und Herzegowina</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldau</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgien</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russland</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunesien</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algerien</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} Tag</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} Stunden</translation>
    </message>
    <message>
        <source>{n} hour</source>
        <translation>{n} Stunde</translation>
    </message>
    <message>
        <source>less than an hour</source>
        <translation>weniger als eine Stunde</translation>
    </message>
    <message>
        <source>No scoring deadline set.</source>
        <translation>Keine Bewertungsfrist festgelegt.</translation>
    </message>
    <message>
        <source>Scoring deadline: {when}, {left} left.</source>
        <translation>Bewertungsfrist: {when}, noch {left}.</translation>
    </message>
    <message>
        <source>Scoring deadline: {when}, passed {ago} ago: every member has submitted.</source>
        <translation>Bewertungsfrist: {when}, um {ago} überschritten: Alle Mitglieder haben eingereicht.</translation>
    </message>
    <message>
        <source>Scoring deadline: {when}, passed {ago} ago: {n} members late.</source>
        <translation>Bewertungsfrist: {when}, um {ago} überschritten: {n} Mitglieder im Verzug.</translation>
    </message>
    <message>
        <source>Scoring deadline: {when}, passed {ago} ago: {n} member late.</source>
        <translation>Bewertungsfrist: {when}, um {ago} überschritten: {n} Mitglied im Verzug.</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <source>
&lt;h3&gt;Declaration of confidentiality and absence of conflict of interest&lt;/h3&gt;
&lt;p&gt;Selection procedure &lt;b&gt;{reference}&lt;/b&gt;. I, &lt;b&gt;{member}&lt;/b&gt;, member of the selection panel, declare that:&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;I will keep secret the proceedings of the panel, in accordance with Article 6 of Annex III to the Staff
Regulations of Officials of the European Union. I will not disclose to anyone outside the panel the applications,
the marks, the deliberations or the views expressed, during or after the procedure.&lt;/li&gt;
&lt;li&gt;I will use the applications and the personal data they contain only for this selection, in accordance with
Regulation (EU) 2018/1725.&lt;/li&gt;
&lt;li&gt;To the best of my knowledge I have no conflict of interest with the candidates: no family, professional,
hierarchical, financial or personal tie that could call my impartiality into question.&lt;/li&gt;
&lt;li&gt;Should I find such a tie with any candidate, I will declare it at once in this tool, before scoring that
candidate, and I will take no part in the assessment of that candidate.&lt;/li&gt;
&lt;li&gt;I will assess each application on the sealed grid only, on the evidence in the application, independently of
the other members.&lt;/li&gt;
&lt;/ol&gt;
</source>
        <translation>
&lt;h3&gt;Erklärung über Vertraulichkeit und das Nichtvorliegen eines Interessenkonflikts&lt;/h3&gt;
&lt;p&gt;Auswahlverfahren &lt;b&gt;{reference}&lt;/b&gt;. Ich, &lt;b&gt;{member}&lt;/b&gt;, Mitglied des Auswahlausschusses, erkläre:&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;Ich wahre das Geheimnis der Arbeiten des Ausschusses gemäß Artikel 6 des Anhangs III des Statuts der Beamten der Europäischen Union. Ich gebe weder während noch nach dem Verfahren Bewerbungen, Noten, Beratungen oder geäußerte Ansichten an Personen außerhalb des Ausschusses weiter.&lt;/li&gt;
&lt;li&gt;Ich verwende die Bewerbungen und die darin enthaltenen personenbezogenen Daten ausschließlich für dieses Auswahlverfahren, gemäß der Verordnung (EU) 2018/1725.&lt;/li&gt;
&lt;li&gt;Nach meinem besten Wissen besteht kein Interessenkonflikt mit den Bewerbern: keine familiäre, berufliche, hierarchische, finanzielle oder persönliche Verbindung, die meine Unparteilichkeit in Frage stellen könnte.&lt;/li&gt;
&lt;li&gt;Stelle ich eine solche Verbindung zu einem Bewerber fest, erkläre ich sie sofort in diesem Programm, bevor ich diesen Bewerber bewerte, und nehme an seiner Bewertung nicht teil.&lt;/li&gt;
&lt;li&gt;Ich bewerte jede Bewerbung ausschließlich anhand des versiegelten Bewertungsrasters, auf der Grundlage der Angaben in der Bewerbung und unabhängig von den anderen Mitgliedern.&lt;/li&gt;
&lt;/ol&gt;
</translation>
    </message>
    <message>
        <source>Declaration of confidentiality and absence of conflict of interest</source>
        <translation>Erklärung über Vertraulichkeit und das Nichtvorliegen eines Interessenkonflikts</translation>
    </message>
    <message>
        <source>I have read this declaration and I sign it</source>
        <translation>Ich habe diese Erklärung gelesen und unterzeichne sie</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Article 29: boxes and their labels are out of order ({evidence})</source>
        <translation>Artikel 29: Kästchen und Beschriftungen stehen nicht in der richtigen Reihenfolge ({evidence})</translation>
    </message>
    <message>
        <source>Article 29: the ticked box &apos;{label}&apos; names several categories ({categories})</source>
        <translation>Artikel 29: Das angekreuzte Kästchen „{label}“ nennt mehrere Kategorien ({categories})</translation>
    </message>
    <message>
        <source>Article 29: &apos;{label}&apos; does not say which institution</source>
        <translation>Artikel 29: „{label}“ nennt die Institution nicht</translation>
    </message>
    <message>
        <source>the ticked box &apos;{label}&apos; is not understood</source>
        <translation>das angekreuzte Kästchen „{label}“ wird nicht verstanden</translation>
    </message>
    <message>
        <source>several boxes are ticked</source>
        <translation>mehrere Kästchen sind angekreuzt</translation>
    </message>
    <message>
        <source>a row has neither or both of Yes/No ticked</source>
        <translation>in einer Zeile ist weder oder sowohl Ja als auch Nein angekreuzt</translation>
    </message>
    <message>
        <source>no box is ticked</source>
        <translation>kein Kästchen ist angekreuzt</translation>
    </message>
    <message>
        <source>Article 29: {what} ({names})</source>
        <translation>Artikel 29: {what} ({names})</translation>
    </message>
    <message>
        <source>no attachment</source>
        <translation>kein Anhang</translation>
    </message>
    <message>
        <source>the application is not one single PDF</source>
        <translation>die Bewerbung ist kein einziges PDF</translation>
    </message>
    <message>
        <source>the attachment is not a PDF</source>
        <translation>der Anhang ist kein PDF</translation>
    </message>
    <message>
        <source>the attachment is an archive</source>
        <translation>der Anhang ist ein Archiv</translation>
    </message>
    <message>
        <source>the selection reference is missing from the subject</source>
        <translation>das Aktenzeichen des Auswahlverfahrens fehlt im Betreff</translation>
    </message>
    <message>
        <source>{why}: check by hand</source>
        <translation>{why}: von Hand prüfen</translation>
    </message>
    <message>
        <source>{language} ({level}) is not an official EU language: not counted</source>
        <translation>{language} ({level}) ist keine Amtssprache der EU: nicht gezählt</translation>
    </message>
    <message>
        <source>Diploma: {note}</source>
        <translation>Abschluss: {note}</translation>
    </message>
    <message>
        <source>Article 29 status not understood: &apos;{raw}&apos;</source>
        <translation>Status nach Artikel 29 nicht verstanden: „{raw}“</translation>
    </message>
    <message>
        <source>Article 29 status not read: {why}</source>
        <translation>Status nach Artikel 29 nicht gelesen: {why}</translation>
    </message>
    <message>
        <source>Forwarded application: judged on the inner message</source>
        <translation>Weitergeleitete Bewerbung: beurteilt anhand der ursprünglichen Nachricht</translation>
    </message>
    <message>
        <source>one PDF with the reference in the subject</source>
        <translation>ein einziges PDF, mit dem Aktenzeichen im Betreff</translation>
    </message>
    <message>
        <source>no nationality found</source>
        <translation>keine Staatsangehörigkeit gefunden</translation>
    </message>
    <message>
        <source>no diploma or duration of studies found</source>
        <translation>kein Abschluss und keine Studiendauer gefunden</translation>
    </message>
    <message>
        <source>no language levels found in the application</source>
        <translation>keine Sprachniveaus in der Bewerbung gefunden</translation>
    </message>
    <message>
        <source>no automatic rule; check by hand</source>
        <translation>keine automatische Regel; von Hand prüfen</translation>
    </message>
    <message>
        <source>the pages disagree: &apos;{high}&apos; (page {high_page}) meets it, &apos;{low}&apos; (page {low_page}) does not ({why})</source>
        <translation>die Seiten widersprechen sich: „{high}“ (Seite {high_page}) erfüllt es, „{low}“ (Seite {low_page}) nicht ({why})</translation>
    </message>
    <message>
        <source>received after the deadline</source>
        <translation>nach Fristablauf eingegangen</translation>
    </message>
    <message>
        <source>the mailbox receipt time is unknown: check by hand</source>
        <translation>die Eingangszeit im Postfach ist unbekannt: von Hand prüfen</translation>
    </message>
    <message>
        <source>received on time (mailbox receipt time)</source>
        <translation>fristgerecht eingegangen (Eingangszeit des Postfachs)</translation>
    </message>
    <message>
        <source>{codes} (dual national, eligible through the EU nationality)</source>
        <translation>{codes} (doppelte Staatsangehörigkeit, zulassungsfähig durch die EU-Staatsangehörigkeit)</translation>
    </message>
    <message>
        <source>{codes}: not a Member State of the EU, but {conflict}</source>
        <translation>{codes}: kein Mitgliedstaat der EU, aber {conflict}</translation>
    </message>
    <message>
        <source>{codes}: not a Member State of the EU</source>
        <translation>{codes}: kein Mitgliedstaat der EU</translation>
    </message>
    <message>
        <source>nationality not understood: &apos;{values}&apos;</source>
        <translation>Staatsangehörigkeit nicht verstanden: „{values}“</translation>
    </message>
    <message>
        <source>no nationality found in the application</source>
        <translation>keine Staatsangehörigkeit in der Bewerbung gefunden</translation>
    </message>
    <message>
        <source>duration of studies not found for &apos;{degree}&apos;</source>
        <translation>Studiendauer für „{degree}“ nicht gefunden</translation>
    </message>
    <message>
        <source>no diploma found</source>
        <translation>kein Abschluss gefunden</translation>
    </message>
    <message>
        <source>{years} years of university studies ({note}); at least {minimum} required</source>
        <translation>{years} Jahre Hochschulstudium ({note}); mindestens {minimum} erforderlich</translation>
    </message>
    <message>
        <source>{years} years of university studies; at least {minimum} required</source>
        <translation>{years} Jahre Hochschulstudium; mindestens {minimum} erforderlich</translation>
    </message>
    <message>
        <source>C1 or above in an official EU language</source>
        <translation>Niveau C1 oder höher in einer Amtssprache der EU</translation>
    </message>
    <message>
        <source>two official languages at B2 or above; the C1 one is checked separately</source>
        <translation>zwei Amtssprachen auf Niveau B2 oder höher; die auf Niveau C1 wird gesondert geprüft</translation>
    </message>
    <message>
        <source>B2 or above in a second, different official EU language</source>
        <translation>Niveau B2 oder höher in einer zweiten, anderen Amtssprache der EU</translation>
    </message>
    <message>
        <source>level not understood: {raw}</source>
        <translation>Niveau nicht verstanden: {raw}</translation>
    </message>
    <message>
        <source>no mother tongue was found, so the languages read may be incomplete ({shown}): check by hand</source>
        <translation>keine Muttersprache gefunden, die gelesenen Sprachen sind daher möglicherweise unvollständig ({shown}): von Hand prüfen</translation>
    </message>
    <message>
        <source>no official EU language with a level was read (read: {others}): check by hand</source>
        <translation>keine Amtssprache der EU mit Niveau gelesen (gelesen: {others}): von Hand prüfen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no {need} (official languages: {shown}; not counted: {others})</source>
        <translation>nicht erfüllt: {need} (Amtssprachen: {shown}; nicht gezählt: {others})</translation>
    </message>
    <message>
        <source>no {need} (official languages: {shown})</source>
        <translation>nicht erfüllt: {need} (Amtssprachen: {shown})</translation>
    </message>
    <message>
        <source>no declaration of honour or declaration box found in the form</source>
        <translation>keine ehrenwörtliche Erklärung und kein Erklärungskästchen im Formular gefunden</translation>
    </message>
    <message>
        <source>the declaration box is not ticked</source>
        <translation>das Erklärungskästchen ist nicht angekreuzt</translation>
    </message>
    <message>
        <source>doctorate</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>short-cycle diploma</source>
        <translation>Kurzstudienabschluss</translation>
    </message>
    <message>
        <source>bachelor</source>
        <translation>Bachelor</translation>
    </message>
    <message>
        <source>{years} years stated for a {degree}, which follows a first degree: the duration may be that of the {degree} alone</source>
        <translation>{years} Jahre für einen Abschluss „{degree}“ angegeben, der auf einen ersten Abschluss folgt: Die Dauer kann die des Abschlusses „{degree}“ allein sein</translation>
    </message>
    <message>
        <source>{years} years inferred from the degree type ({degree}: {years} years cumulated)</source>
        <translation>{years} Jahre aus der Art des Abschlusses abgeleitet ({degree}: {years} Jahre kumuliert)</translation>
    </message>
    <message>
        <source>{years} years inferred from the degree type ({degree}: {years} years)</source>
        <translation>{years} Jahre aus der Art des Abschlusses abgeleitet ({degree}: {years} Jahre)</translation>
    </message>
    <message>
        <source>AD7 and above may require 4 years of study, or 3 years plus 1 year of professional experience</source>
        <translation>ab AD7 können 4 Studienjahre oder 3 Studienjahre und 1 Jahr Berufserfahrung verlangt werden</translation>
    </message>
    <message>
        <source>Grade {grade}: {warning}</source>
        <translation>Besoldungsgruppe {grade}: {warning}</translation>
    </message>
    <message>
        <source>the PDF is encrypted</source>
        <translation>das PDF ist verschlüsselt</translation>
    </message>
    <message>
        <source>the PDF is corrupt</source>
        <translation>das PDF ist beschädigt</translation>
    </message>
    <message>
        <source>the PDF has no text layer (scanned image)</source>
        <translation>das PDF hat keine Textebene (gescanntes Bild)</translation>
    </message>
    <message>
        <source>there is no PDF attached</source>
        <translation>es ist kein PDF angehängt</translation>
    </message>
    <message>
        <source>no text could be read from the PDF</source>
        <translation>aus dem PDF konnte kein Text gelesen werden</translation>
    </message>
    <message>
        <source>the document could not be read</source>
        <translation>das Dokument konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the box &apos;{label}&apos; is not ticked</source>
        <translation>das Kästchen „{label}“ ist nicht angekreuzt</translation>
    </message>
    <message>
        <source>the sentence is negative</source>
        <translation>der Satz ist verneinend</translation>
    </message>
    <message>
        <source>military service: the boxes and their labels are out of order ({evidence})</source>
        <translation>Wehrdienst: Kästchen und Beschriftungen stehen nicht in der richtigen Reihenfolge ({evidence})</translation>
    </message>
    <message>
        <source>military service: &apos;{label}&apos; is ticked</source>
        <translation>Wehrdienst: „{label}“ ist angekreuzt</translation>
    </message>
    <message>
        <source>military service: {what} ({names})</source>
        <translation>Wehrdienst: {what} ({names})</translation>
    </message>
    <message>
        <source>the declaration of honour is negative</source>
        <translation>die ehrenwörtliche Erklärung ist verneinend</translation>
    </message>
    <message>
        <source>the box of the declaration of honour is not ticked</source>
        <translation>das Kästchen der ehrenwörtlichen Erklärung ist nicht angekreuzt</translation>
    </message>
    <message>
        <source>the declaration of honour is not signed (signature, place and date are blank)</source>
        <translation>die ehrenwörtliche Erklärung ist nicht unterzeichnet (Unterschrift, Ort und Datum sind leer)</translation>
    </message>
    <message>
        <source>the declaration of honour has no signature, place or date</source>
        <translation>die ehrenwörtliche Erklärung hat keine Unterschrift, keinen Ort und kein Datum</translation>
    </message>
    <message>
        <source>page {page} says &apos;{line}&apos;</source>
        <translation>Seite {page} besagt „{line}“</translation>
    </message>
    <message>
        <source>{why} (the Europass data says: {said})</source>
        <translation>{why} (die Europass-Daten besagen: {said})</translation>
    </message>
    <message>
        <source>read by OCR, which never makes a check &apos;not met&apos;: {why}</source>
        <translation>per Texterkennung gelesen, die eine Prüfung nie auf „nicht erfüllt“ setzt: {why}</translation>
    </message>
    <message>
        <source>{why}; the Europass data embedded in the PDF says: {said}</source>
        <translation>{why}; die im PDF eingebetteten Europass-Daten besagen: {said}</translation>
    </message>
    <message>
        <source>the form and CV and the Europass data disagree: the text says {text}; the Europass data embedded in the PDF says {xml}</source>
        <translation>Formular und Lebenslauf widersprechen den Europass-Daten: der Text besagt {text}; die im PDF eingebetteten Europass-Daten besagen {xml}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>to verify</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>erklärt</translation>
    </message>
    <message>
        <source>&apos;{what}&apos; ({detail})</source>
        <translation>„{what}“ ({detail})</translation>
    </message>
    <message>
        <source>&apos;{what}&apos;</source>
        <translation>„{what}“</translation>
    </message>
    <message>
        <source>no suggestion (criterion added after the import): check by hand</source>
        <translation>kein Vorschlag (Kriterium nach dem Import hinzugefügt): von Hand prüfen</translation>
    </message>
    <message>
        <source>read by OCR from a scan</source>
        <translation>per Texterkennung aus einem Scan gelesen</translation>
    </message>
    <message>
        <source>read by OCR from a scan (mean confidence {confidence} %)</source>
        <translation>per Texterkennung aus einem Scan gelesen (mittlere Zuverlässigkeit {confidence} %)</translation>
    </message>
    <message>
        <source>the text suggests it is not met</source>
        <translation>der Text deutet darauf hin, dass es nicht erfüllt ist</translation>
    </message>
    <message>
        <source>{note}, which suggests: {why}. OCR text alone never makes a check not met: check the scan by eye</source>
        <translation>{note}; dies deutet auf Folgendes hin: {why}. Per Texterkennung gelesener Text allein setzt eine Prüfung nie auf „nicht erfüllt“: Prüfen Sie den Scan mit eigenen Augen</translation>
    </message>
    <message>
        <source>{note}: check the scan by eye; {why}</source>
        <translation>{note}: Prüfen Sie den Scan mit eigenen Augen; {why}</translation>
    </message>
    <message>
        <source>{note}: check the scan by eye</source>
        <translation>{note}: Prüfen Sie den Scan mit eigenen Augen</translation>
    </message>
    <message>
        <source>The text was {note}: every reading from it is to be checked against the scan</source>
        <translation>Der Text wurde {note}: Jede daraus gewonnene Angabe ist am Scan zu prüfen</translation>
    </message>
</context>
<context>
    <name>EligibilityModel</name>
    <message>
        <source>Candidate</source>
        <translation>Bewerber/in</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Art. 29</source>
        <translation>Art. 29</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>✗ not met</source>
        <translation>✗ nicht erfüllt</translation>
    </message>
    <message>
        <source>? to verify</source>
        <translation>? zu prüfen</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>erklärt</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>zulassungsfähig</translation>
    </message>
    <message>
        <source>✗ not eligible</source>
        <translation>✗ nicht zulassungsfähig</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>official</source>
        <translation>Beamter/Beamtin</translation>
    </message>
    <message>
        <source>other inst.</source>
        <translation>andere Inst.</translation>
    </message>
    <message>
        <source>laureate</source>
        <translation>Laureat/in</translation>
    </message>
    <message>
        <source>Read from the application: nationality {nationality}; studies {years} years; languages {languages}</source>
        <translation>Aus der Bewerbung gelesen: Staatsangehörigkeit {nationality}; Studium {years} Jahre; Sprachen {languages}</translation>
    </message>
    <message>
        <source>Application {id}</source>
        <translation>Bewerbung {id}</translation>
    </message>
    <message>
        <source>Select a criterion cell to see its evidence.</source>
        <translation>Wählen Sie eine Kriteriumszelle aus, um ihren Nachweis zu sehen.</translation>
    </message>
    <message>
        <source>page {page} of the application</source>
        <translation>Seite {page} der Bewerbung</translation>
    </message>
    <message>
        <source>no page (not from the document)</source>
        <translation>keine Seite (nicht aus dem Dokument)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{value}&lt;/b&gt; by {who}, {when}</source>
        <translation>&lt;b&gt;{value}&lt;/b&gt; von {who}, {when}</translation>
    </message>
    <message>
        <source>not yet decided</source>
        <translation>noch nicht entschieden</translation>
    </message>
    <message>
        <source>no text found</source>
        <translation>kein Text gefunden</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;{suggested}&lt;/b&gt;&lt;br&gt;Decided: {decided}&lt;br&gt;Reason: {reason}&lt;br&gt;&lt;br&gt;Evidence ({page}):</source>
        <translation>Vorgeschlagen: &lt;b&gt;{suggested}&lt;/b&gt;&lt;br&gt;Entschieden: {decided}&lt;br&gt;Begründung: {reason}&lt;br&gt;&lt;br&gt;Nachweis ({page}):</translation>
    </message>
    <message>
        <source>Excluded: {reason}</source>
        <translation>Ausgeschlossen: {reason}</translation>
    </message>
    <message>
        <source>suggested from the form</source>
        <translation>aus dem Formular vorgeschlagen</translation>
    </message>
    <message>
        <source>decided by {who} (suggested: {suggested})</source>
        <translation>entschieden von {who} (vorgeschlagen: {suggested})</translation>
    </message>
    <message>
        <source>suggestion, not yet decided</source>
        <translation>Vorschlag, noch nicht entschieden</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>Commission official</source>
        <translation>Beamter/Beamtin der Kommission</translation>
    </message>
    <message>
        <source>Official of another institution</source>
        <translation>Beamter/Beamtin eines anderen Organs</translation>
    </message>
    <message>
        <source>Competition laureate</source>
        <translation>Laureat/in eines Auswahlverfahrens</translation>
    </message>
    <message>
        <source>&lt;i&gt;italic&lt;/i&gt; = suggestion, not yet decided · &lt;b&gt;•&lt;/b&gt; = decided by the panel · keys: &lt;b&gt;M&lt;/b&gt; met, &lt;b&gt;N&lt;/b&gt; not met, &lt;b&gt;V&lt;/b&gt; to verify, &lt;b&gt;D&lt;/b&gt; declared</source>
        <translation>&lt;i&gt;kursiv&lt;/i&gt; = Vorschlag, noch nicht entschieden · &lt;b&gt;•&lt;/b&gt; = vom Ausschuss entschieden · Tasten: &lt;b&gt;M&lt;/b&gt; erfüllt, &lt;b&gt;N&lt;/b&gt; nicht erfüllt, &lt;b&gt;V&lt;/b&gt; zu prüfen, &lt;b&gt;D&lt;/b&gt; erklärt</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Erklärt</translation>
    </message>
    <message>
        <source>Show only to verify</source>
        <translation>Nur „zu prüfen“ anzeigen</translation>
    </message>
    <message>
        <source>Selected check</source>
        <translation>Ausgewählte Prüfung</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>evidence: form field, staff number, reserve list…</source>
        <translation>Nachweis: Formularfeld, Personalnummer, Reserveliste…</translation>
    </message>
    <message>
        <source>Save Art. 29</source>
        <translation>Art. 29 speichern</translation>
    </message>
    <message>
        <source>Article 29 priority</source>
        <translation>Vorrang nach Artikel 29</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Exclude from scoring…</source>
        <translation>Ausschließen…</translation>
    </message>
    <message>
        <source>Readmit…</source>
        <translation>Wieder zulassen…</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>&lt;b&gt;{received}&lt;/b&gt; applications · {on_time} on time · &lt;b&gt;{eligible}&lt;/b&gt; eligible · {not_eligible} not eligible · {to_verify} to verify · {excluded} excluded</source>
        <translation>&lt;b&gt;{received}&lt;/b&gt; Bewerbungen · {on_time} fristgerecht · &lt;b&gt;{eligible}&lt;/b&gt; zulassungsfähig · {not_eligible} nicht zulassungsfähig · {to_verify} zu prüfen · {excluded} ausgeschlossen</translation>
    </message>
    <message>
        <source>&lt;i&gt;No application selected.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine Bewerbung ausgewählt.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded&lt;/b&gt;: {reason}</source>
        <translation>&lt;b&gt;Ausgeschlossen&lt;/b&gt;: {reason}</translation>
    </message>
    <message>
        <source>Admitted to scoring (last readmitted: {reason})</source>
        <translation>Zur Bewertung zugelassen (zuletzt wieder zugelassen: {reason})</translation>
    </message>
    <message>
        <source>Admitted to scoring.</source>
        <translation>Zur Bewertung zugelassen.</translation>
    </message>
    <message>
        <source>form: Article 29 status field (suggested)</source>
        <translation>Formular: Feld zum Status nach Artikel 29 (vorgeschlagen)</translation>
    </message>
    <message>
        <source>Select a criterion cell first (arrow keys move).</source>
        <translation>Wählen Sie zuerst eine Kriteriumszelle aus (Pfeiltasten bewegen die Auswahl).</translation>
    </message>
    <message>
        <source>Only the secretary or the chair decides on eligibility.</source>
        <translation>Nur das Sekretariat oder der Vorsitz entscheidet über die Zulassungsfähigkeit.</translation>
    </message>
    <message>
        <source>{criterion} is declared at this stage: press D (declared).</source>
        <translation>{criterion} wird in dieser Phase nur erklärt: Drücken Sie D (erklärt).</translation>
    </message>
    <message>
        <source>{criterion} is checked on the documents: it cannot be &apos;declared&apos;.</source>
        <translation>{criterion} wird anhand der Unterlagen geprüft: Es kann nicht „erklärt“ sein.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>{candidate} — {criterion}: {value}
(suggested: {suggested}). Give the reason in words:</source>
        <translation>{candidate} — {criterion}: {value}
(vorgeschlagen: {suggested}). Geben Sie die Begründung in Worten an:</translation>
    </message>
    <message>
        <source>Not saved: a reason is required.</source>
        <translation>Nicht gespeichert: Eine Begründung ist erforderlich.</translation>
    </message>
    <message>
        <source>Exclude from scoring</source>
        <translation>Von der Bewertung ausschließen</translation>
    </message>
    <message>
        <source>Readmit to scoring</source>
        <translation>Wieder zur Bewertung zulassen</translation>
    </message>
    <message>
        <source>{what}: {candidate}.
Give the reason in words:</source>
        <translation>{what}: {candidate}.
Geben Sie die Begründung in Worten an:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>panel_app — unexpected error</source>
        <translation>panel_app — unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong inside panel_app. Nothing you entered before this was lost.</source>
        <translation>In panel_app ist ein Fehler aufgetreten. Nichts, was Sie vorher eingegeben haben, ging verloren.</translation>
    </message>
    <message>
        <source>The details are in the log file. Please send them to the IT support.</source>
        <translation>Die Einzelheiten stehen in der Protokolldatei. Bitte senden Sie sie an den IT-Support.</translation>
    </message>
    <message>
        <source>{what} was changed by {who} at {when}.</source>
        <translation>{what} wurde von {who} am {when} geändert.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>einem anderen Benutzer</translation>
    </message>
    <message>
        <source>{what} was changed by {who}.</source>
        <translation>{what} wurde von {who} geändert.</translation>
    </message>
    <message>
        <source>Reload to see the current value.</source>
        <translation>Laden Sie neu, um den aktuellen Wert zu sehen.</translation>
    </message>
    <message>
        <source>The panel&apos;s database cannot be reached ({detail}).</source>
        <translation>Die Datenbank des Ausschusses ist nicht erreichbar ({detail}).</translation>
    </message>
    <message>
        <source>The panel&apos;s database cannot be reached.</source>
        <translation>Die Datenbank des Ausschusses ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the network or ask IT whether the server is running; try again when it answers.</source>
        <translation>Es wurde nichts geändert. Prüfen Sie das Netzwerk oder fragen Sie die IT, ob der Server läuft; versuchen Sie es erneut, sobald er antwortet.</translation>
    </message>
    <message>
        <source>Scoring has started: adding {name} as a voting member hides the ranking, the consensus and the shortlist from everyone until {name} has scored and submitted every candidate they are not conflicted on. The marks already submitted stay as they are.</source>
        <translation>Die Bewertung hat begonnen: Wird {name} als stimmberechtigtes Mitglied hinzugefügt, sind Rangfolge, Konsens und Auswahlliste für alle verborgen, bis {name} alle Bewerbungen ohne Interessenkonflikt bewertet und eingereicht hat. Bereits eingereichte Noten bleiben unverändert.</translation>
    </message>
    <message>
        <source>&apos;{mode}&apos; is not a scoring gate.</source>
        <translation>„{mode}“ ist keine Zugangsregel für die Bewertung.</translation>
    </message>
    <message>
        <source>Use eligibility-first (the default) or parallel (score while eligibility is checked).</source>
        <translation>Verwenden Sie eligibility-first (Standard: zuerst Zulassungsfähigkeit) oder parallel (Bewertung während der Prüfung der Zulassungsfähigkeit).</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a date: write the interview&apos;s date as YYYY-MM-DD.</source>
        <translation>„{day}“ ist kein Datum: Geben Sie das Datum des Gesprächs als JJJJ-MM-TT an.</translation>
    </message>
    <message>
        <source>&apos;{first}&apos; is not a time: write the first interview&apos;s time as HH:MM (e.g. 09:30).</source>
        <translation>„{first}“ ist keine Uhrzeit: Geben Sie die Uhrzeit des ersten Gesprächs als HH:MM an (z. B. 09:30).</translation>
    </message>
    <message>
        <source>&apos;{minutes}&apos; is not a number of minutes per interview.</source>
        <translation>„{minutes}“ ist keine Anzahl Minuten pro Gespräch.</translation>
    </message>
    <message>
        <source>Minutes per interview must be between 0 (everyone at the same time) and 480.</source>
        <translation>Die Minuten pro Gespräch müssen zwischen 0 (alle gleichzeitig) und 480 liegen.</translation>
    </message>
    <message>
        <source>Say where the interview takes place: a place, a video link, or both.</source>
        <translation>Geben Sie an, wo das Gespräch stattfindet: ein Ort, ein Videolink oder beides.</translation>
    </message>
    <message>
        <source>&apos;{video}&apos; is not a video link: give the https:// address of the meeting.</source>
        <translation>„{video}“ ist kein Videolink: Geben Sie die https://-Adresse der Sitzung an.</translation>
    </message>
    <message>
        <source>{source} does not start with a line &apos;Subject: …&apos; followed by a blank line.</source>
        <translation>{source} beginnt nicht mit einer Zeile „Subject: …“ gefolgt von einer Leerzeile.</translation>
    </message>
    <message>
        <source>Restore that first line; the body follows the blank line.</source>
        <translation>Stellen Sie diese erste Zeile wieder her; der Text folgt nach der Leerzeile.</translation>
    </message>
    <message>
        <source>{source} uses ${unknown}, which is not a field of a letter.</source>
        <translation>{source} verwendet ${unknown}, das kein Feld eines Schreibens ist.</translation>
    </message>
    <message>
        <source>The fields are {fields}.</source>
        <translation>Die Felder sind {fields}.</translation>
    </message>
    <message>
        <source>{source}: {e}; write $$ for a dollar sign.</source>
        <translation>{source}: {e}; schreiben Sie $$ für ein Dollarzeichen.</translation>
    </message>
    <message>
        <source>{reference} was closed by {who} on {when}: a closed procedure is read-only, nothing was changed.</source>
        <translation>{reference} wurde von {who} am {when} geschlossen: Ein geschlossenes Verfahren ist schreibgeschützt, es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{reference} was closed on {when}: a closed procedure is read-only, nothing was changed.</source>
        <translation>{reference} wurde am {when} geschlossen: Ein geschlossenes Verfahren ist schreibgeschützt, es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} is an archive, opened read-only: nothing can be changed in it. Open the panel&apos;s database to work.</source>
        <translation>{name} ist ein Archiv, schreibgeschützt geöffnet: Darin kann nichts geändert werden. Öffnen Sie zum Arbeiten die Datenbank des Ausschusses.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a report language.</source>
        <translation>„{code}“ ist keine Berichtssprache.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Wählen Sie eine der folgenden: {choices}.</translation>
    </message>
    <message>
        <source>The scoring deadline must be a date and time with its zone.</source>
        <translation>Die Bewertungsfrist muss ein Datum mit Uhrzeit und Zeitzone sein.</translation>
    </message>
    <message>
        <source>The scoring deadline must come after the deadline for applications.</source>
        <translation>Die Bewertungsfrist muss nach der Bewerbungsfrist liegen.</translation>
    </message>
    <message>
        <source>Members score applications received by that deadline.</source>
        <translation>Die Mitglieder bewerten die bis zu dieser Frist eingegangenen Bewerbungen.</translation>
    </message>
    <message>
        <source>Template {p} does not exist.</source>
        <translation>Die Vorlage {p} existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>Template {p} cannot be read: {e}.</source>
        <translation>Die Vorlage {p} kann nicht gelesen werden: {e}.</translation>
    </message>
    <message>
        <source>{source}: not valid TOML: {e}.</source>
        <translation>{source}: kein gültiges TOML: {e}.</translation>
    </message>
    <message>
        <source>Fix the syntax at that line.</source>
        <translation>Berichtigen Sie die Syntax in dieser Zeile.</translation>
    </message>
    <message>
        <source>{source}: key &apos;{key}&apos; (line {line}): {msg}.</source>
        <translation>{source}: Schlüssel „{key}“ (Zeile {line}): {msg}.</translation>
    </message>
    <message>
        <source>{source}: key &apos;{key}&apos;: {msg}.</source>
        <translation>{source}: Schlüssel „{key}“: {msg}.</translation>
    </message>
    <message>
        <source>Correct the template and try again.</source>
        <translation>Berichtigen Sie die Vorlage und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the [procedure] table is missing</source>
        <translation>die Tabelle [procedure] fehlt</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>fehlt oder ist leer</translation>
    </message>
    <message>
        <source>&apos;{tz}&apos; is not a time zone such as Europe/Brussels</source>
        <translation>„{tz}“ ist keine Zeitzone wie Europe/Brussels</translation>
    </message>
    <message>
        <source>&apos;{deadline}&apos; is not a date and time like 2026-06-12T12:00:00</source>
        <translation>„{deadline}“ ist kein Datum mit Uhrzeit wie 2026-06-12T12:00:00</translation>
    </message>
    <message>
        <source>must be a local date and time like 2026-06-12T12:00:00</source>
        <translation>muss ein lokales Datum mit Uhrzeit wie 2026-06-12T12:00:00 sein</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a Member State code</source>
        <translation>„{code}“ ist kein Code eines Mitgliedstaats</translation>
    </message>
    <message>
        <source>is not a known rule</source>
        <translation>ist keine bekannte Regel</translation>
    </message>
    <message>
        <source>must be one of {values}</source>
        <translation>muss einer der folgenden Werte sein: {values}</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>muss ein Prozentsatz von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>must be above scale_min</source>
        <translation>muss größer als scale_min sein</translation>
    </message>
    <message>
        <source>the template has no [[criterion]] entries</source>
        <translation>die Vorlage enthält keine [[criterion]]-Einträge</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is used twice</source>
        <translation>„{code}“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>&apos;{group}&apos; must be one of {values}</source>
        <translation>„{group}“ muss einer der folgenden Werte sein: {values}</translation>
    </message>
    <message>
        <source>must be a number from 0 to 10</source>
        <translation>muss eine Zahl von 0 bis 10 sein</translation>
    </message>
    <message>
        <source>must be within the scale {low}–{high}</source>
        <translation>muss innerhalb der Skala {low}–{high} liegen</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a criterion code of this template</source>
        <translation>„{code}“ ist kein Kriteriencode dieser Vorlage</translation>
    </message>
    <message>
        <source>Install Tesseract 5 for Windows (the UB Mannheim installer, with the Greek, Bulgarian, French and German language data ticked), then restart panel_app; if it is not on PATH, set PANEL_TESSERACT to the full path of tesseract.exe.</source>
        <translation>Installieren Sie Tesseract 5 für Windows (das Installationsprogramm der UB Mannheim, mit den Sprachdaten für Griechisch, Bulgarisch, Französisch und Deutsch ausgewählt) und starten Sie panel_app neu; wenn es nicht im PATH steht, setzen Sie PANEL_TESSERACT auf den vollständigen Pfad von tesseract.exe.</translation>
    </message>
    <message>
        <source>Install it with: {command}</source>
        <translation>Installieren Sie es mit: {command}</translation>
    </message>
    <message>
        <source>Install it with: {command} (and the packs of the other languages the panel receives).</source>
        <translation>Installieren Sie es mit: {command} (und die Pakete der anderen Sprachen, die beim Ausschuss eingehen).</translation>
    </message>
    <message>
        <source>No OCR engine is installed on this computer, so scanned documents keep the flag &apos;no text layer&apos;.</source>
        <translation>Auf diesem Computer ist keine Texterkennung (OCR) installiert; gescannte Dokumente behalten daher den Hinweis „ohne Textebene“.</translation>
    </message>
    <message>
        <source>The OCR engine {program} could not be started ({e}).</source>
        <translation>Die Texterkennung {program} konnte nicht gestartet werden ({e}).</translation>
    </message>
    <message>
        <source>{program} is not Tesseract 4 or 5 (&apos;{first}&apos;).</source>
        <translation>{program} ist nicht Tesseract 4 oder 5 („{first}“).</translation>
    </message>
    <message>
        <source>Tesseract {version} has none of the language packs {wanted}.</source>
        <translation>Tesseract {version} hat keines der Sprachpakete {wanted}.</translation>
    </message>
    <message>
        <source>rendering a page took over {seconds} s</source>
        <translation>das Rendern einer Seite dauerte länger als {seconds} s</translation>
    </message>
    <message>
        <source>the scan could not be rendered (over the memory limit of {memory_mb} MB)</source>
        <translation>der Scan konnte nicht gerendert werden (Speichergrenze von {memory_mb} MB überschritten)</translation>
    </message>
    <message>
        <source>the scan could not be rendered (over the memory limit of {memory_mb} MB, or broken)</source>
        <translation>der Scan konnte nicht gerendert werden (Speichergrenze von {memory_mb} MB überschritten oder Datei beschädigt)</translation>
    </message>
    <message>
        <source>the scan could not be opened</source>
        <translation>der Scan konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} oder {last}</translation>
    </message>
    <message>
        <source>{name} ({role}) may not {action}; only the {allowed} may.</source>
        <translation>{name} ({role}) darf folgende Handlung nicht vornehmen: {action}; dazu berechtigt ist nur: {allowed}.</translation>
    </message>
    <message>
        <source>{name} is not a member of this panel.</source>
        <translation>{name} ist kein Mitglied dieses Ausschusses.</translation>
    </message>
    <message>
        <source>Sign in to {action}: this procedure has panel members.</source>
        <translation>Melden Sie sich an für folgende Handlung: {action}; dieses Verfahren hat Ausschussmitglieder.</translation>
    </message>
    <message>
        <source>&apos;{token}&apos; is neither an e-mail address nor an application id.</source>
        <translation>„{token}“ ist weder eine E-Mail-Adresse noch eine Bewerbungsnummer.</translation>
    </message>
    <message>
        <source>See the ids with: panel-app applications</source>
        <translation>Nummern anzeigen mit: panel-app applications</translation>
    </message>
    <message>
        <source>No active application from {email} in {reference}.</source>
        <translation>Keine aktive Bewerbung von {email} in {reference}.</translation>
    </message>
    <message>
        <source>See the candidates with: panel-app eligibility</source>
        <translation>Bewerberinnen und Bewerber anzeigen mit: panel-app eligibility</translation>
    </message>
    <message>
        <source>No application {number} in {reference}.</source>
        <translation>Keine Bewerbung {number} in {reference}.</translation>
    </message>
    <message>
        <source>The application that counts for {email} is {id}.</source>
        <translation>Die maßgebliche Bewerbung von {email} ist {id}.</translation>
    </message>
    <message>
        <source>Decide on the application that counts instead.</source>
        <translation>Entscheiden Sie stattdessen über die maßgebliche Bewerbung.</translation>
    </message>
    <message>
        <source>Application {id} is {value}, not the one that counts.</source>
        <translation>Bewerbung {id} ist {value}, nicht die maßgebliche.</translation>
    </message>
    <message>
        <source>Application {application_id} ({source}) has no candidate e-mail address: it can be decided on and excluded by its id, but not scored or named in a report.</source>
        <translation>Bewerbung {application_id} ({source}) hat keine E-Mail-Adresse einer Bewerberin bzw. eines Bewerbers: Über sie kann anhand ihrer Nummer entschieden und sie kann ausgeschlossen werden, aber sie kann weder bewertet noch in einem Bericht genannt werden.</translation>
    </message>
    <message>
        <source>open applications from the intake list</source>
        <translation>Bewerbungen aus der Eingangsliste öffnen</translation>
    </message>
    <message>
        <source>That document is not stored.</source>
        <translation>Dieses Dokument ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>correct candidate details</source>
        <translation>Angaben einer Bewerberin bzw. eines Bewerbers berichtigen</translation>
    </message>
    <message>
        <source>Candidate {email}</source>
        <translation>Bewerber/in {email}</translation>
    </message>
    <message>
        <source>&apos;{k}&apos; cannot be corrected here.</source>
        <translation>„{k}“ kann hier nicht berichtigt werden.</translation>
    </message>
    <message>
        <source>Application {id} ({source}) is not an application: it has no candidate.</source>
        <translation>Bewerbung {id} ({source}) ist keine Bewerbung: Sie hat keine Bewerberin bzw. keinen Bewerber.</translation>
    </message>
    <message>
        <source>&apos;{values}&apos; cannot be corrected here.</source>
        <translation>„{values}“ kann hier nicht berichtigt werden.</translation>
    </message>
    <message>
        <source>A candidate {email} exists already: application {id} cannot take that identity.</source>
        <translation>Eine Bewerberin bzw. ein Bewerber {email} existiert bereits: Bewerbung {id} kann diese Identität nicht übernehmen.</translation>
    </message>
    <message>
        <source>Give the received time with its zone.</source>
        <translation>Geben Sie die Eingangszeit mit ihrer Zeitzone an.</translation>
    </message>
    <message>
        <source>Say where the received time comes from (e.g. the mailbox log).</source>
        <translation>Geben Sie an, woher die Eingangszeit stammt (z. B. das Protokoll des Postfachs).</translation>
    </message>
    <message>
        <source>enter a received time</source>
        <translation>eine Eingangszeit eingeben</translation>
    </message>
    <message>
        <source>An exclusion or a readmission needs a reason in words.</source>
        <translation>Ein Ausschluss oder eine Wiederzulassung muss schriftlich begründet werden.</translation>
    </message>
    <message>
        <source>exclude or readmit an application</source>
        <translation>eine Bewerbung ausschließen oder wieder zulassen</translation>
    </message>
    <message>
        <source>No application {application_id} in {reference}.</source>
        <translation>Keine Bewerbung {application_id} in {reference}.</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name such as {out2}.</source>
        <translation>{out} ist ein Ordner; geben Sie einen Dateinamen wie {out2} an.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Der Ordner {parent} existiert nicht.</translation>
    </message>
    <message>
        <source>Create it or choose another path.</source>
        <translation>Legen Sie ihn an oder wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>No procedure {reference} in this database.</source>
        <translation>Kein Verfahren {reference} in dieser Datenbank.</translation>
    </message>
    <message>
        <source>archive the procedure</source>
        <translation>das Verfahren archivieren</translation>
    </message>
    <message>
        <source>The audit record of {reference} does not match the database: {findings}.</source>
        <translation>Das Prüfprotokoll von {reference} stimmt nicht mit der Datenbank überein: {findings}.</translation>
    </message>
    <message>
        <source>Nothing was archived. Run `panel-app audit verify`.</source>
        <translation>Es wurde nichts archiviert. Führen Sie `panel-app audit verify` aus.</translation>
    </message>
    <message>
        <source>Could not write {out}: {value}.</source>
        <translation>{out} konnte nicht geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>Choose another path.</source>
        <translation>Wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <source>{file} is not a panel_app archive (not a zip file, or truncated)</source>
        <translation>{file} ist kein panel_app-Archiv (keine ZIP-Datei oder abgeschnitten)</translation>
    </message>
    <message>
        <source>{file} cannot be read ({e})</source>
        <translation>{file} kann nicht gelesen werden ({e})</translation>
    </message>
    <message>
        <source>{file} has no {manifest}</source>
        <translation>{file} enthält keine Datei {manifest}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>the archived database cannot be opened: {error}</source>
        <translation>die archivierte Datenbank kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>the archived database holds no procedure {reference}</source>
        <translation>die archivierte Datenbank enthält kein Verfahren {reference}</translation>
    </message>
    <message>
        <source>audit chain: {finding}</source>
        <translation>Prüfkette: {finding}</translation>
    </message>
    <message>
        <source>audit chain: the archived chain ends at {hash}…, the manifest says {manifest}…</source>
        <translation>Prüfkette: die archivierte Kette endet mit {hash}…, das Manifest nennt {manifest}…</translation>
    </message>
    <message>
        <source>{file} is not readable ({error})</source>
        <translation>{file} ist nicht lesbar ({error})</translation>
    </message>
    <message>
        <source>{file} ends at {hash}…, the manifest says {manifest}…</source>
        <translation>{file} endet mit {hash}…, das Manifest nennt {manifest}…</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (und {count} weitere)</translation>
    </message>
    <message>
        <source>The archive {name} is refused: {problems}{more}.</source>
        <translation>Das Archiv {name} wird zurückgewiesen: {problems}{more}.</translation>
    </message>
    <message>
        <source>Nothing was opened. Run `panel-app archive verify FILE` for every problem.</source>
        <translation>Es wurde nichts geöffnet. Führen Sie `panel-app archive verify DATEI` für alle Probleme aus.</translation>
    </message>
    <message>
        <source>Audit chain verified: {events} events, last event hash {hash}</source>
        <translation>Prüfkette verifiziert: {events} Ereignisse, Hash des letzten Ereignisses {hash}</translation>
    </message>
    <message>
        <source>AUDIT CHAIN BROKEN: {count} finding(s), the first: {finding}</source>
        <translation>PRÜFKETTE UNTERBROCHEN: {count} Befund(e), der erste: {finding}</translation>
    </message>
    <message>
        <source>Nothing was changed. Run `panel-app audit verify` for every finding and call IT.</source>
        <translation>Es wurde nichts geändert. Führen Sie `panel-app audit verify` für alle Befunde aus und wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <source>verify the audit record</source>
        <translation>das Prüfprotokoll prüfen</translation>
    </message>
    <message>
        <source>Sign in to read the audit history: this procedure has panel members.</source>
        <translation>Melden Sie sich an, um den Prüfverlauf zu lesen: Dieses Verfahren hat Ausschussmitglieder.</translation>
    </message>
    <message>
        <source>--since &apos;{text}&apos; is not a date or time.</source>
        <translation>--since „{text}“ ist weder ein Datum noch eine Uhrzeit.</translation>
    </message>
    <message>
        <source>Write it as 2026-12-06 or 2026-12-06 14:30 (procedure&apos;s zone).</source>
        <translation>Geben Sie sie als 2026-12-06 oder 2026-12-06 14:30 an (Zeitzone des Verfahrens).</translation>
    </message>
    <message>
        <source>Say which procedure you act for: this database holds procedures.</source>
        <translation>Geben Sie an, für welches Verfahren Sie handeln: Diese Datenbank enthält Verfahren.</translation>
    </message>
    <message>
        <source>Use --procedure REF and --as NAME.</source>
        <translation>Verwenden Sie --procedure REF und --as NAME.</translation>
    </message>
    <message>
        <source>To {action} on PostgreSQL, connect with the database&apos;s administrator account: a member&apos;s own login reads only part of the data.</source>
        <translation>Für folgende Handlung unter PostgreSQL verbinden Sie sich mit dem Administratorkonto der Datenbank: {action}. Die eigene Anmeldung eines Mitglieds liest nur einen Teil der Daten.</translation>
    </message>
    <message>
        <source>Use --db postgresql+psycopg://ADMIN@HOST/DATABASE (IT staff). Nothing was done.</source>
        <translation>Verwenden Sie --db postgresql+psycopg://ADMIN@HOST/DATENBANK (IT-Personal). Es wurde nichts getan.</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>die Datenbank sichern</translation>
    </message>
    <message>
        <source>Create it or choose another.</source>
        <translation>Legen Sie ihn an oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>{name} is the open database itself: choose another file.</source>
        <translation>{name} ist die geöffnete Datenbank selbst: Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this computer, so panel_app cannot back up this PostgreSQL database itself.</source>
        <translation>pg_dump ist auf diesem Computer nicht installiert; panel_app kann diese PostgreSQL-Datenbank daher nicht selbst sichern.</translation>
    </message>
    <message>
        <source>Run this where the PostgreSQL client tools are (IT staff): {db}</source>
        <translation>Führen Sie dies dort aus, wo die PostgreSQL-Client-Werkzeuge vorhanden sind (IT-Personal): {db}</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of panel_app (schema {revision}; this version knows up to {head}).</source>
        <translation>{name} wurde von einer neueren Version von panel_app geschrieben (Schema {revision}; diese Version kennt Schemata bis {head}).</translation>
    </message>
    <message>
        <source>Restore it with the newer panel_app. Nothing was changed.</source>
        <translation>Stellen Sie sie mit der neueren Version von panel_app wieder her. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} says schema {head} but lacks {gaps}: it was written by a development version of panel_app.</source>
        <translation>{name} gibt Schema {head} an, aber es fehlt {gaps}: Die Datei wurde von einer Entwicklungsversion von panel_app geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>restore the database</source>
        <translation>die Datenbank wiederherstellen</translation>
    </message>
    <message>
        <source>{name} is a {kind} backup and this database is {mine}: it cannot be restored here.</source>
        <translation>{name} ist eine {kind}-Sicherung und diese Datenbank ist {mine}: Sie kann hier nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Open a database of the same kind. Nothing was changed.</source>
        <translation>Öffnen Sie eine Datenbank derselben Art. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} is the open database itself: choose a backup.</source>
        <translation>{name} ist die geöffnete Datenbank selbst: Wählen Sie eine Sicherung.</translation>
    </message>
    <message>
        <source>{reference}: {summary}</source>
        <translation>{reference}: {summary}</translation>
    </message>
    <message>
        <source>The database refused: {value}.</source>
        <translation>Die Datenbank hat abgelehnt: {value}.</translation>
    </message>
    <message>
        <source>Act as the member this login belongs to, or connect with your own login.</source>
        <translation>Handeln Sie als das Mitglied, dem diese Anmeldung gehört, oder verbinden Sie sich mit Ihrer eigenen Anmeldung.</translation>
    </message>
    <message>
        <source>The database server refused this for your login ({refused}).</source>
        <translation>Der Datenbankserver hat dies für Ihre Anmeldung abgelehnt ({refused}).</translation>
    </message>
    <message>
        <source>Nothing was changed. A member&apos;s login changes only their own work; panel composition is changed with the administrator account.</source>
        <translation>Es wurde nichts geändert. Die Anmeldung eines Mitglieds ändert nur dessen eigene Arbeit; die Zusammensetzung des Ausschusses wird mit dem Administratorkonto geändert.</translation>
    </message>
    <message>
        <source>This database login belongs to {owner}; it cannot act as {name}.</source>
        <translation>Diese Datenbankanmeldung gehört {owner}; sie kann nicht als {name} handeln.</translation>
    </message>
    <message>
        <source>Use --as &quot;{owner}&quot;, or connect with {name}&apos;s own database login.</source>
        <translation>Verwenden Sie --as &quot;{owner}&quot; oder verbinden Sie sich mit der eigenen Datenbankanmeldung von {name}.</translation>
    </message>
    <message>
        <source>Application {application_id} is not an active application of {reference}.</source>
        <translation>Bewerbung {application_id} ist keine aktive Bewerbung in {reference}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an eligibility outcome for {criterion}.</source>
        <translation>„{value}“ ist kein Ergebnis der Zulassungsprüfung für {criterion}.</translation>
    </message>
    <message>
        <source>Use met, not_met, to_verify or declared.</source>
        <translation>Verwenden Sie met (erfüllt), not_met (nicht erfüllt), to_verify (zu prüfen) oder declared (erklärt).</translation>
    </message>
    <message>
        <source>decide on eligibility</source>
        <translation>über die Zulassungsfähigkeit entscheiden</translation>
    </message>
    <message>
        <source>{criterion} is not an eligibility criterion of {reference}.</source>
        <translation>{criterion} ist kein Zulassungskriterium von {reference}.</translation>
    </message>
    <message>
        <source>{criterion} is declared at this stage and verified at recruitment.</source>
        <translation>{criterion} wird in dieser Phase erklärt und bei der Einstellung geprüft.</translation>
    </message>
    <message>
        <source>Record it as &apos;declared&apos;, not &apos;met&apos;.</source>
        <translation>Erfassen Sie es als „erklärt“, nicht als „erfüllt“.</translation>
    </message>
    <message>
        <source>{criterion} is checked on the documents; it cannot be &apos;declared&apos;.</source>
        <translation>{criterion} wird anhand der Unterlagen geprüft; es kann nicht „erklärt“ sein.</translation>
    </message>
    <message>
        <source>{criterion} of this candidate</source>
        <translation>{criterion} dieser Bewerbung</translation>
    </message>
    <message>
        <source>{criterion}: a &apos;not met&apos; needs a reason in words.</source>
        <translation>{criterion}: Ein „nicht erfüllt“ muss schriftlich begründet werden.</translation>
    </message>
    <message>
        <source>{criterion}: the suggestion was &apos;{suggested}&apos;; overriding it with &apos;{value}&apos; needs a reason in words.</source>
        <translation>{criterion}: Der Vorschlag war „{suggested}“; ihn durch „{value}“ zu ersetzen, muss schriftlich begründet werden.</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; is not an Article 29 category.</source>
        <translation>„{category}“ ist keine Kategorie nach Artikel 29.</translation>
    </message>
    <message>
        <source>Use official, other_institution, laureate or none.</source>
        <translation>Verwenden Sie official (Beamter), other_institution (andere Institution), laureate (erfolgreicher Bewerber) oder none (keine).</translation>
    </message>
    <message>
        <source>Article 29: say what shows the category (e.g. the form&apos;s Article 29 field, a staff number, the reserve list).</source>
        <translation>Artikel 29: Geben Sie an, woraus sich die Kategorie ergibt (z. B. das Feld „Artikel 29“ des Formulars, eine Personalnummer, die Reserveliste).</translation>
    </message>
    <message>
        <source>record the Article 29 category</source>
        <translation>die Kategorie nach Artikel 29 erfassen</translation>
    </message>
    <message>
        <source>An exclusion needs a reason in words.</source>
        <translation>Ein Ausschluss muss schriftlich begründet werden.</translation>
    </message>
    <message>
        <source>A readmission needs a reason in words.</source>
        <translation>Eine Wiederzulassung muss schriftlich begründet werden.</translation>
    </message>
    <message>
        <source>This application is not excluded; there is nothing to readmit.</source>
        <translation>Diese Bewerbung ist nicht ausgeschlossen; es gibt nichts wieder zuzulassen.</translation>
    </message>
    <message>
        <source>Use one of: {codes}.</source>
        <translation>Verwenden Sie einen der folgenden Codes: {codes}.</translation>
    </message>
    <message>
        <source>No active application {ids} in {reference}.</source>
        <translation>Keine aktive Bewerbung {ids} in {reference}.</translation>
    </message>
    <message>
        <source>No candidate selected: select candidates, or confirm for all of them.</source>
        <translation>Keine Bewerberin und kein Bewerber ausgewählt: Wählen Sie welche aus oder bestätigen Sie für alle.</translation>
    </message>
    <message>
        <source>confirm eligibility suggestions</source>
        <translation>Vorschläge zur Zulassungsfähigkeit bestätigen</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not an export; choose one of {exports}.</source>
        <translation>„{kind}“ ist kein Export; wählen Sie einen von {exports}.</translation>
    </message>
    <message>
        <source>&apos;{stage}&apos; is not a stage (preselection or interview).</source>
        <translation>„{stage}“ ist keine Phase (preselection oder interview).</translation>
    </message>
    <message>
        <source>The grid of {ref} is not sealed yet: there is no grid as sealed to export.</source>
        <translation>Das Raster von {ref} ist noch nicht versiegelt: Es gibt kein versiegeltes Raster zu exportieren.</translation>
    </message>
    <message>
        <source>The chair seals it on the Grid page (panel-app grid seal).</source>
        <translation>Der Vorsitz versiegelt es auf der Seite Raster (panel-app grid seal).</translation>
    </message>
    <message>
        <source>No candidate&apos;s marks are visible yet at the {stage} stage: the marks are exported once every voting member has submitted a candidate.</source>
        <translation>In der Phase „{stage}“ sind noch keine Noten sichtbar: Die Noten werden exportiert, sobald jedes stimmberechtigte Mitglied eine Bewerbung eingereicht hat.</translation>
    </message>
    <message>
        <source>{count} interview assessment(s) are still pending ({pending}): the final ranking can be frozen once every invited candidate has a final mark.</source>
        <translation>{count} Bewertung(en) von Gesprächen stehen noch aus ({pending}): Die endgültige Rangfolge kann eingefroren werden, sobald jede eingeladene Person eine Endnote hat.</translation>
    </message>
    <message>
        <source>No outcome is recorded yet: record the recommended candidates (and the reserve list) before freezing the final ranking.</source>
        <translation>Noch kein Ergebnis erfasst: Erfassen Sie die empfohlenen Bewerberinnen und Bewerber (und die Reserveliste), bevor Sie die endgültige Rangfolge einfrieren.</translation>
    </message>
    <message>
        <source>freeze the final ranking</source>
        <translation>die endgültige Rangfolge einfrieren</translation>
    </message>
    <message>
        <source>The final ranking was already frozen at {before}: a change needs a reason, and every member signs again.</source>
        <translation>Die endgültige Rangfolge wurde bereits am {before} eingefroren: Eine Änderung muss begründet werden, und jedes Mitglied unterzeichnet erneut.</translation>
    </message>
    <message>
        <source>The final ranking is not frozen yet: the chair freezes it before the members sign.</source>
        <translation>Die endgültige Rangfolge ist noch nicht eingefroren: Der Vorsitz friert sie ein, bevor die Mitglieder unterzeichnen.</translation>
    </message>
    <message>
        <source>The final ranking or an outcome changed after the freeze: the chair freezes it again (with a reason) before anyone signs.</source>
        <translation>Die endgültige Rangfolge oder ein Ergebnis hat sich nach dem Einfrieren geändert: Der Vorsitz friert sie (mit Begründung) erneut ein, bevor jemand unterzeichnet.</translation>
    </message>
    <message>
        <source>{name} does not vote: only the voting members sign the final ranking.</source>
        <translation>{name} ist nicht stimmberechtigt: Nur die stimmberechtigten Mitglieder unterzeichnen die endgültige Rangfolge.</translation>
    </message>
    <message>
        <source>{name} already signed this version of the final ranking.</source>
        <translation>{name} hat diese Fassung der endgültigen Rangfolge bereits unterzeichnet.</translation>
    </message>
    <message>
        <source>{email} has no application that counts: not in the scoring queue.</source>
        <translation>{email} hat keine maßgebliche Bewerbung: nicht in der Bewertungswarteschlange.</translation>
    </message>
    <message>
        <source>{email} is not in the scoring queue: {value}.</source>
        <translation>{email} ist nicht in der Bewertungswarteschlange: {value}.</translation>
    </message>
    <message>
        <source>not admitted to scoring</source>
        <translation>nicht zur Bewertung zugelassen</translation>
    </message>
    <message>
        <source>The shortlist cannot be frozen: eligibility is not decided by a person for {count} candidate(s) it would invite, tied at the cut or with Article 29 priority: {missing}.</source>
        <translation>Die Auswahlliste kann nicht eingefroren werden: Über die Zulassungsfähigkeit von {count} Bewerber(n), die sie einladen würde, die an der Schwelle gleichauf liegen oder nach Artikel 29 Vorrang haben, hat noch keine Person entschieden: {missing}.</translation>
    </message>
    <message>
        <source>Decide their checks on the Eligibility page (or panel-app eligibility decide), then freeze.</source>
        <translation>Entscheiden Sie über ihre Prüfungen auf der Seite Zulassungsfähigkeit (oder panel-app eligibility decide) und frieren Sie dann ein.</translation>
    </message>
    <message>
        <source>Cannot {action}: {count} application(s) received after the shortlist was frozen wait for the chair&apos;s decision: {names}.</source>
        <translation>Folgende Handlung ist nicht möglich: {action}. {count} nach dem Einfrieren der Auswahlliste eingegangene Bewerbung(en) warten auf die Entscheidung des Vorsitzes: {names}.</translation>
    </message>
    <message>
        <source>The chair admits each (the shortlist is reopened) or records it as out of scope, with a reason.</source>
        <translation>Der Vorsitz lässt jede zu (die Auswahlliste wird wieder geöffnet) oder erfasst sie mit Begründung als außerhalb des Geltungsbereichs.</translation>
    </message>
    <message>
        <source>set the scoring gate</source>
        <translation>die Zugangsregel für die Bewertung festlegen</translation>
    </message>
    <message>
        <source>Scoring has started in {reference}: the scoring gate ({mode_text}) is fixed once the first mark is given.</source>
        <translation>Die Bewertung hat in {reference} begonnen: Die Zugangsregel für die Bewertung ({mode_text}) steht fest, sobald die erste Note vergeben ist.</translation>
    </message>
    <message>
        <source>Admitting an application received after the freeze reopens the shortlist</source>
        <translation>Die Zulassung einer nach dem Einfrieren eingegangenen Bewerbung öffnet die Auswahlliste wieder</translation>
    </message>
    <message>
        <source>Recording an application as out of scope</source>
        <translation>Die Erfassung einer Bewerbung als außerhalb des Geltungsbereichs</translation>
    </message>
    <message>
        <source>decide on an application received after the freeze</source>
        <translation>über eine nach dem Einfrieren eingegangene Bewerbung entscheiden</translation>
    </message>
    <message>
        <source>Application {application_id} is not waiting for a decision ({state}).</source>
        <translation>Bewerbung {application_id} wartet nicht auf eine Entscheidung ({state}).</translation>
    </message>
    <message>
        <source>{what}: give the reason in words.</source>
        <translation>{what}: Geben Sie die Begründung schriftlich an.</translation>
    </message>
    <message>
        <source>No criterion {code} in {reference}.</source>
        <translation>Kein Kriterium {code} in {reference}.</translation>
    </message>
    <message>
        <source>Criterion {code}</source>
        <translation>Kriterium {code}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; cannot be edited on a criterion.</source>
        <translation>„{key}“ kann bei einem Kriterium nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>The rules of {reference}</source>
        <translation>Die Regeln von {reference}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a rule of the grid.</source>
        <translation>„{key}“ ist keine Regel des Rasters.</translation>
    </message>
    <message>
        <source>seal the grid</source>
        <translation>das Raster versiegeln</translation>
    </message>
    <message>
        <source>Add the panel (at least the chair) before sealing the grid.</source>
        <translation>Fügen Sie den Ausschuss (mindestens den Vorsitz) hinzu, bevor Sie das Raster versiegeln.</translation>
    </message>
    <message>
        <source>The grid of {reference} was already sealed at {time}.</source>
        <translation>Das Raster von {reference} wurde bereits am {time} versiegelt.</translation>
    </message>
    <message>
        <source>edit the grid</source>
        <translation>das Raster bearbeiten</translation>
    </message>
    <message>
        <source>amend a sealed grid</source>
        <translation>ein versiegeltes Raster ändern</translation>
    </message>
    <message>
        <source>The grid is sealed: a change is an amendment and needs a reason.</source>
        <translation>Das Raster ist versiegelt: Eine Änderung ist eine förmliche Änderung und muss begründet werden.</translation>
    </message>
    <message>
        <source>Weight &apos;{value}&apos; is not a number.</source>
        <translation>Die Gewichtung „{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>A weight must be between 0 and 10.</source>
        <translation>Eine Gewichtung muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <source>A minimum must be within the scale.</source>
        <translation>Ein Mindestwert muss innerhalb der Skala liegen.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a group ({groups}).</source>
        <translation>„{value}“ ist keine Gruppe ({groups}).</translation>
    </message>
    <message>
        <source>A criterion needs a title.</source>
        <translation>Ein Kriterium braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <source>A pass mark is a percentage from 0 to 100.</source>
        <translation>Eine Mindestpunktzahl ist ein Prozentsatz von 0 bis 100.</translation>
    </message>
    <message>
        <source>Best N must be a whole number of at least 1, or empty for no limit.</source>
        <translation>„Beste N“ muss eine ganze Zahl von mindestens 1 sein oder leer für keine Begrenzung.</translation>
    </message>
    <message>
        <source>Tie-break criteria not in the grid: {unknown}.</source>
        <translation>Kriterien für den Gleichstand, die nicht im Raster stehen: {unknown}.</translation>
    </message>
    <message>
        <source>Consolidation must be one of {consolidation}.</source>
        <translation>Die Konsolidierung muss eine der folgenden sein: {consolidation}.</translation>
    </message>
    <message>
        <source>Final ranking must be one of {final_ranking}.</source>
        <translation>Die endgültige Rangfolge muss eine der folgenden sein: {final_ranking}.</translation>
    </message>
    <message>
        <source>not an application: skipped, stored</source>
        <translation>keine Bewerbung: übersprungen, gespeichert</translation>
    </message>
    <message>
        <source>the import was cancelled before this file</source>
        <translation>der Import wurde vor dieser Datei abgebrochen</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>import applications</source>
        <translation>Bewerbungen importieren</translation>
    </message>
    <message>
        <source>imported before (same file or Message-ID)</source>
        <translation>bereits importiert (dieselbe Datei oder dieselbe Message-ID)</translation>
    </message>
    <message>
        <source>not an application: skipped, stored ({reason})</source>
        <translation>keine Bewerbung: übersprungen, gespeichert ({reason})</translation>
    </message>
    <message>
        <source>The letter template {path} cannot be read: {value}.</source>
        <translation>Die Briefvorlage {path} kann nicht gelesen werden: {value}.</translation>
    </message>
    <message>
        <source>Restore it from the installation (resources/letters/).</source>
        <translation>Stellen Sie sie aus der Installation wieder her (resources/letters/).</translation>
    </message>
    <message>
        <source>prepare the invitation letters</source>
        <translation>die Einladungsschreiben vorbereiten</translation>
    </message>
    <message>
        <source>The shortlist is not frozen yet: invitations go out after the freeze and every sign-off.</source>
        <translation>Die Auswahlliste ist noch nicht eingefroren: Die Einladungen gehen nach dem Einfrieren und allen Unterschriften hinaus.</translation>
    </message>
    <message>
        <source>The ranking changed after the freeze: the chair freezes it again and every member signs before any invitation is prepared.</source>
        <translation>Die Rangfolge hat sich nach dem Einfrieren geändert: Der Vorsitz friert sie erneut ein, und jedes Mitglied unterzeichnet, bevor eine Einladung vorbereitet wird.</translation>
    </message>
    <message>
        <source>Not every member has signed the frozen shortlist yet: waiting for {names}.</source>
        <translation>Noch haben nicht alle Mitglieder die eingefrorene Auswahlliste unterzeichnet: Es fehlen {names}.</translation>
    </message>
    <message>
        <source>The frozen shortlist invites nobody: there is no letter to prepare.</source>
        <translation>Die eingefrorene Auswahlliste lädt niemanden ein: Es gibt kein Schreiben vorzubereiten.</translation>
    </message>
    <message>
        <source>The folder {out} does not exist.</source>
        <translation>Der Ordner {out} existiert nicht.</translation>
    </message>
    <message>
        <source>Create it or choose another folder.</source>
        <translation>Legen Sie ihn an oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>{out} already exists ({count} letter(s) of the same names).</source>
        <translation>{out} existiert bereits ({count} Schreiben mit denselben Namen).</translation>
    </message>
    <message>
        <source>Choose an empty folder: a letter already prepared is never overwritten.</source>
        <translation>Wählen Sie einen leeren Ordner: Ein bereits vorbereitetes Schreiben wird nie überschrieben.</translation>
    </message>
    <message>
        <source>The procedure has no functional mailbox: the letters need it as their sender.</source>
        <translation>Das Verfahren hat kein Funktionspostfach: Die Schreiben brauchen es als Absender.</translation>
    </message>
    <message>
        <source>Set it on the Procedure page (Mailbox).</source>
        <translation>Legen Sie es auf der Seite Verfahren fest (Postfach).</translation>
    </message>
    <message>
        <source>Could not write the letters into {out}: {value}.</source>
        <translation>Die Schreiben konnten nicht in {out} geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Give the reason for {what}; it is recorded in the audit trail.</source>
        <translation>Geben Sie den Grund für {what} an; er wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>closing the procedure</source>
        <translation>die Schließung des Verfahrens</translation>
    </message>
    <message>
        <source>close the procedure</source>
        <translation>das Verfahren schließen</translation>
    </message>
    <message>
        <source>{reference} is already closed (by {closed_by} on {closed_at}).</source>
        <translation>{reference} ist bereits geschlossen (von {closed_by} am {closed_at}).</translation>
    </message>
    <message>
        <source>Archive {reference} before closing it: nothing was changed.</source>
        <translation>Archivieren Sie {reference}, bevor Sie es schließen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>File ▸ Archive procedure…, or panel-app archive -o FILE.</source>
        <translation>Datei ▸ Verfahren archivieren…, oder panel-app archive -o DATEI.</translation>
    </message>
    <message>
        <source>{reference} changed since its archive ({archived}): {count} write(s), the first {changed_since_archive}.</source>
        <translation>{reference} hat sich seit seiner Archivierung ({archived}) geändert: {count} Schreibvorgang/-vorgänge, der erste {changed_since_archive}.</translation>
    </message>
    <message>
        <source>Archive it again, then close it. Nothing was changed.</source>
        <translation>Archivieren Sie es erneut und schließen Sie es dann. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the legal hold</source>
        <translation>die rechtliche Aufbewahrungspflicht</translation>
    </message>
    <message>
        <source>set a legal hold</source>
        <translation>eine rechtliche Aufbewahrungspflicht festlegen</translation>
    </message>
    <message>
        <source>No candidate {candidate} in {reference}.</source>
        <translation>Keine Bewerberin bzw. kein Bewerber {candidate} in {reference}.</translation>
    </message>
    <message>
        <source>Name them by e-mail or application id (panel-app applications).</source>
        <translation>Benennen Sie sie per E-Mail-Adresse oder Bewerbungsnummer (panel-app applications).</translation>
    </message>
    <message>
        <source>lifting the legal hold</source>
        <translation>die Aufhebung der rechtlichen Aufbewahrungspflicht</translation>
    </message>
    <message>
        <source>lift a legal hold</source>
        <translation>eine rechtliche Aufbewahrungspflicht aufheben</translation>
    </message>
    <message>
        <source>No legal hold #{hold_id} in {reference}.</source>
        <translation>Keine rechtliche Aufbewahrungspflicht Nr. {hold_id} in {reference}.</translation>
    </message>
    <message>
        <source>List them: panel-app hold list</source>
        <translation>Auflisten: panel-app hold list</translation>
    </message>
    <message>
        <source>Legal hold #{hold_id} was already lifted by {lifted_by}.</source>
        <translation>Die rechtliche Aufbewahrungspflicht Nr. {hold_id} wurde bereits von {lifted_by} aufgehoben.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date: write it as YYYY-MM-DD (e.g. 2026-06-25).</source>
        <translation>„{value}“ ist kein Datum: Geben Sie es als JJJJ-MM-TT an (z. B. 2026-06-25).</translation>
    </message>
    <message>
        <source>A meeting is held either at a place or by written procedure, not both.</source>
        <translation>Eine Sitzung findet entweder an einem Ort oder im schriftlichen Verfahren statt, nicht beides.</translation>
    </message>
    <message>
        <source>Say where the meeting was held (--place), or that it was a written procedure (--written).</source>
        <translation>Geben Sie an, wo die Sitzung stattfand (--place), oder dass es ein schriftliches Verfahren war (--written).</translation>
    </message>
    <message>
        <source>Name who attended (--attendee, once per member).</source>
        <translation>Geben Sie die Anwesenden an (--attendee, einmal je Mitglied).</translation>
    </message>
    <message>
        <source>A correction of a recorded meeting needs a reason.</source>
        <translation>Die Berichtigung einer erfassten Sitzung muss begründet werden.</translation>
    </message>
    <message>
        <source>record a meeting of the panel</source>
        <translation>eine Sitzung des Ausschusses erfassen</translation>
    </message>
    <message>
        <source>{unknown}: not a member of the panel of {reference}.</source>
        <translation>{unknown}: kein Mitglied des Ausschusses von {reference}.</translation>
    </message>
    <message>
        <source>Use the names as the panel lists them (panel-app members list).</source>
        <translation>Verwenden Sie die Namen so, wie der Ausschuss sie führt (panel-app members list).</translation>
    </message>
    <message>
        <source>There is no recorded meeting {replaces} to correct.</source>
        <translation>Es gibt keine erfasste Sitzung {replaces} zu berichtigen.</translation>
    </message>
    <message>
        <source>record the notice&apos;s publication date</source>
        <translation>das Veröffentlichungsdatum der Bekanntmachung erfassen</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>Ein Mitglied braucht einen Namen.</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a role; use one of {roles}.</source>
        <translation>„{role}“ ist keine Rolle; verwenden Sie eine der folgenden: {roles}.</translation>
    </message>
    <message>
        <source>add panel members</source>
        <translation>Ausschussmitglieder hinzufügen</translation>
    </message>
    <message>
        <source>The first member added must be the chair.</source>
        <translation>Das erste hinzugefügte Mitglied muss der Vorsitz sein.</translation>
    </message>
    <message>
        <source>{name} is already on the panel of {reference}.</source>
        <translation>{name} gehört dem Ausschuss von {reference} bereits an.</translation>
    </message>
    <message>
        <source>A {role} does not vote.</source>
        <translation>Ein/e {role} stimmt nicht ab.</translation>
    </message>
    <message>
        <source>Confirm it (CLI: --confirm) or add the member as non-voting.</source>
        <translation>Bestätigen Sie dies (CLI: --confirm) oder fügen Sie das Mitglied ohne Stimmrecht hinzu.</translation>
    </message>
    <message>
        <source>{replaces} is not on the panel.</source>
        <translation>{replaces} gehört dem Ausschuss nicht an.</translation>
    </message>
    <message>
        <source>change panel membership</source>
        <translation>die Zusammensetzung des Ausschusses ändern</translation>
    </message>
    <message>
        <source>{name} is not on the panel of {reference}.</source>
        <translation>{name} gehört dem Ausschuss von {reference} nicht an.</translation>
    </message>
    <message>
        <source>Member {name}</source>
        <translation>Mitglied {name}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; cannot be changed on a member.</source>
        <translation>„{key}“ kann bei einem Mitglied nicht geändert werden.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a role.</source>
        <translation>„{value}“ ist keine Rolle.</translation>
    </message>
    <message>
        <source>The chair cannot be deactivated; appoint the new chair first (add them with &apos;Replaces&apos; set to the current chair).</source>
        <translation>Der Vorsitz kann nicht deaktiviert werden; ernennen Sie zuerst den neuen Vorsitz (fügen Sie ihn hinzu und setzen Sie „Ersetzt“ auf den derzeitigen Vorsitz).</translation>
    </message>
    <message>
        <source>Say why {name} is reactivated; it is recorded in the audit trail and the panel report.</source>
        <translation>Geben Sie an, warum {name} reaktiviert wird; der Grund wird im Prüfprotokoll und im Bericht des Ausschusses festgehalten.</translation>
    </message>
    <message>
        <source>Say why {name} is deactivated; it is recorded in the audit trail and the panel report.</source>
        <translation>Geben Sie an, warum {name} deaktiviert wird; der Grund wird im Prüfprotokoll und im Bericht des Ausschusses festgehalten.</translation>
    </message>
    <message>
        <source>reset a member&apos;s password</source>
        <translation>das Passwort eines Mitglieds zurücksetzen</translation>
    </message>
    <message>
        <source>Check the name (panel-app members list).</source>
        <translation>Prüfen Sie den Namen (panel-app members list).</translation>
    </message>
    <message>
        <source>Change your own password with the current one (File › Change my password…, or members password with PANEL_PASSWORD and PANEL_NEW_PASSWORD).</source>
        <translation>Ändern Sie Ihr eigenes Passwort mit dem aktuellen (Datei › Mein Passwort ändern…, oder members password mit PANEL_PASSWORD und PANEL_NEW_PASSWORD).</translation>
    </message>
    <message>
        <source>change the password</source>
        <translation>das Passwort ändern</translation>
    </message>
    <message>
        <source>{name} was replaced on the panel and can no longer act.</source>
        <translation>{name} wurde im Ausschuss ersetzt und kann nicht mehr handeln.</translation>
    </message>
    <message>
        <source>{name} must choose a new password first: the chair reset it.</source>
        <translation>{name} muss zuerst ein neues Passwort wählen: Der Vorsitz hat es zurückgesetzt.</translation>
    </message>
    <message>
        <source>PANEL_PASSWORD=&lt;the one the chair gave&gt; PANEL_NEW_PASSWORD=&lt;yours&gt; panel-app --as &quot;{name}&quot; members password &quot;{name}&quot; (in the app: sign in, then choose it when asked).</source>
        <translation>PANEL_PASSWORD=&lt;das vom Vorsitz erhaltene&gt; PANEL_NEW_PASSWORD=&lt;Ihres&gt; panel-app --as &quot;{name}&quot; members password &quot;{name}&quot; (in der Anwendung: Melden Sie sich an und wählen Sie es, wenn Sie dazu aufgefordert werden).</translation>
    </message>
    <message>
        <source>Say who you are: no member name was given.</source>
        <translation>Geben Sie an, wer Sie sind: Es wurde kein Mitgliedsname angegeben.</translation>
    </message>
    <message>
        <source>Sign in with the name as the chair entered it (--as NAME on the command line); the chair can list the panel.</source>
        <translation>Melden Sie sich mit dem Namen an, wie der Vorsitz ihn eingegeben hat (--as NAME in der Befehlszeile); der Vorsitz kann den Ausschuss auflisten.</translation>
    </message>
    <message>
        <source>{count} scanned documents have no text layer; no OCR engine is installed, so they stay flagged &apos;no text layer&apos;. {how}</source>
        <translation>{count} gescannte Dokumente haben keine Textebene; es ist keine Texterkennung installiert, daher behalten sie den Hinweis „ohne Textebene“. {how}</translation>
    </message>
    <message>
        <source>{count} scanned document has no text layer; no OCR engine is installed, so it stays flagged &apos;no text layer&apos;. {how}</source>
        <translation>{count} gescanntes Dokument hat keine Textebene; es ist keine Texterkennung installiert, daher behält es den Hinweis „ohne Textebene“. {how}</translation>
    </message>
    <message>
        <source>{count} scanned documents have no text layer: read them by OCR with Applications › Read scans (OCR)… or `panel-app ocr`.</source>
        <translation>{count} gescannte Dokumente haben keine Textebene: Lesen Sie sie per Texterkennung mit Bewerbungen › Scans lesen (OCR)… oder `panel-app ocr`.</translation>
    </message>
    <message>
        <source>{count} scanned document has no text layer: read it by OCR with Applications › Read scans (OCR)… or `panel-app ocr`.</source>
        <translation>{count} gescanntes Dokument hat keine Textebene: Lesen Sie es per Texterkennung mit Bewerbungen › Scans lesen (OCR)… oder `panel-app ocr`.</translation>
    </message>
    <message>
        <source>read scanned applications by OCR</source>
        <translation>gescannte Bewerbungen per Texterkennung lesen</translation>
    </message>
    <message>
        <source>No application {application_id}.</source>
        <translation>Keine Bewerbung {application_id}.</translation>
    </message>
    <message>
        <source>The package&apos;s grid does not match its hash: the file was altered.</source>
        <translation>Das Raster des Pakets stimmt nicht mit seinem Hashwert überein: Die Datei wurde verändert.</translation>
    </message>
    <message>
        <source>Ask the chair for the package again.</source>
        <translation>Fordern Sie das Paket erneut beim Vorsitz an.</translation>
    </message>
    <message>
        <source>This database already holds {meta}.</source>
        <translation>Diese Datenbank enthält bereits {meta}.</translation>
    </message>
    <message>
        <source>Open the package into a new file (--db sqlite:///another.sqlite).</source>
        <translation>Öffnen Sie das Paket in eine neue Datei (--db sqlite:///andere.sqlite).</translation>
    </message>
    <message>
        <source>A package needs a passphrase of at least 8 characters.</source>
        <translation>Ein Paket braucht eine Passphrase mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>Give --passphrase or set {passphrase_env}; hand it over separately from the file (by phone, not in the same e-mail).</source>
        <translation>Geben Sie --passphrase an oder setzen Sie {passphrase_env}; übermitteln Sie sie getrennt von der Datei (telefonisch, nicht in derselben E-Mail).</translation>
    </message>
    <message>
        <source>a member&apos;s return file</source>
        <translation>eine Rückgabedatei eines Mitglieds</translation>
    </message>
    <message>
        <source>a member package</source>
        <translation>ein Mitgliederpaket</translation>
    </message>
    <message>
        <source>This is not a {what}: it is {other}.</source>
        <translation>Dies ist nicht: {what}; es ist {other}.</translation>
    </message>
    <message>
        <source>This is not a {what}: it is not a panel_app file.</source>
        <translation>Dies ist nicht: {what}; es ist keine Datei von panel_app.</translation>
    </message>
    <message>
        <source>The {what} cannot be opened: wrong passphrase, or the file was altered or damaged.</source>
        <translation>{what}: Die Datei kann nicht geöffnet werden: falsche Passphrase, oder die Datei wurde verändert oder beschädigt.</translation>
    </message>
    <message>
        <source>Check the passphrase; if it is right, ask for the file again.</source>
        <translation>Prüfen Sie die Passphrase; wenn sie stimmt, fordern Sie die Datei erneut an.</translation>
    </message>
    <message>
        <source>The {what} is damaged (its header cannot be read).</source>
        <translation>{what}: Die Datei ist beschädigt (ihr Kopf kann nicht gelesen werden).</translation>
    </message>
    <message>
        <source>Ask for the file again.</source>
        <translation>Fordern Sie die Datei erneut an.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it is the one the package was opened with.</source>
        <translation>Falsche Passphrase: Es ist diejenige, mit der das Paket geöffnet wurde.</translation>
    </message>
    <message>
        <source>The return file names a candidate {email} who is not in {reference}.</source>
        <translation>Die Rückgabedatei nennt eine Bewerberin bzw. einen Bewerber {email}, die bzw. der nicht in {reference} vorkommt.</translation>
    </message>
    <message>
        <source>{name} has a declared conflict on {email}: their marks for it cannot be merged.</source>
        <translation>{name} hat einen erklärten Interessenkonflikt in Bezug auf {email}: Die Noten dafür können nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The return file marks {criterion}, not a scored criterion of the {stage} stage.</source>
        <translation>Die Rückgabedatei bewertet {criterion}, kein bewertetes Kriterium der Phase „{stage}“.</translation>
    </message>
    <message>
        <source>The return file gives {value} on {criterion}, outside {lo}–{hi}.</source>
        <translation>Die Rückgabedatei gibt {value} für {criterion} an, außerhalb von {lo}–{hi}.</translation>
    </message>
    <message>
        <source>Nothing was merged: {count} of {name}&apos;s assessments changed after the package of {exported} was exported: {problems}.</source>
        <translation>Es wurde nichts zusammengeführt: {count} Bewertung(en) von {name} wurden nach dem Export des Pakets vom {exported} geändert: {problems}.</translation>
    </message>
    <message>
        <source>The panel&apos;s database keeps its marks. Ask the member which marks stand (the chair can reopen an assessment), or export a new package for another offline round.</source>
        <translation>Die Datenbank des Ausschusses behält ihre Noten. Fragen Sie das Mitglied, welche Noten gelten (der Vorsitz kann eine Bewertung wieder öffnen), oder exportieren Sie ein neues Paket für eine weitere Offline-Runde.</translation>
    </message>
    <message>
        <source>export an offline package</source>
        <translation>ein Offline-Paket exportieren</translation>
    </message>
    <message>
        <source>{member} is not an active member of the panel of {reference}.</source>
        <translation>{member} ist kein aktives Mitglied des Ausschusses von {reference}.</translation>
    </message>
    <message>
        <source>{name} ({role}) does not score: no package is needed.</source>
        <translation>{name} ({role}) bewertet nicht: Es wird kein Paket benötigt.</translation>
    </message>
    <message>
        <source>member package</source>
        <translation>Mitgliederpaket</translation>
    </message>
    <message>
        <source>{reference} here was not opened from an offline package for {name}.</source>
        <translation>{reference} wurde hier nicht aus einem Offline-Paket für {name} geöffnet.</translation>
    </message>
    <message>
        <source>member&apos;s return file</source>
        <translation>Rückgabedatei eines Mitglieds</translation>
    </message>
    <message>
        <source>import a member&apos;s marks</source>
        <translation>die Noten eines Mitglieds importieren</translation>
    </message>
    <message>
        <source>This return file belongs to procedure {value}, not {reference}.</source>
        <translation>Diese Rückgabedatei gehört zum Verfahren {value}, nicht zu {reference}.</translation>
    </message>
    <message>
        <source>{value} is not on the panel of {reference}.</source>
        <translation>{value} gehört dem Ausschuss von {reference} nicht an.</translation>
    </message>
    <message>
        <source>No package was exported to {name}: nothing to verify the signature with.</source>
        <translation>Für {name} wurde kein Paket exportiert: Die Signatur kann mit nichts geprüft werden.</translation>
    </message>
    <message>
        <source>The signature of {name}&apos;s return file does not match: the file was altered after the member signed it. Nothing was merged.</source>
        <translation>Die Signatur der Rückgabedatei von {name} stimmt nicht: Die Datei wurde verändert, nachdem das Mitglied sie signiert hat. Es wurde nichts zusammengeführt.</translation>
    </message>
    <message>
        <source>Ask the member to send the return file again.</source>
        <translation>Bitten Sie das Mitglied, die Rückgabedatei erneut zu senden.</translation>
    </message>
    <message>
        <source>Grid mismatch: {name} scored on grid {value}…, the panel&apos;s grid is now {current}…. The marks were not imported.</source>
        <translation>Raster stimmt nicht überein: {name} hat nach Raster {value}… bewertet, das Raster des Ausschusses ist jetzt {current}…. Die Noten wurden nicht importiert.</translation>
    </message>
    <message>
        <source>Export a new package with the current grid.</source>
        <translation>Exportieren Sie ein neues Paket mit dem aktuellen Raster.</translation>
    </message>
    <message>
        <source>This return file of {name} was already merged on {time} by {merged_by}: a return is merged once. Nothing was changed.</source>
        <translation>Diese Rückgabedatei von {name} wurde bereits am {time} von {merged_by} zusammengeführt: Eine Rückgabe wird nur einmal zusammengeführt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>For marks changed since, the member works in the panel&apos;s database or on a new package.</source>
        <translation>Für seitdem geänderte Noten arbeitet das Mitglied in der Datenbank des Ausschusses oder mit einem neuen Paket.</translation>
    </message>
    <message>
        <source>This return file of {name} comes from an older panel_app that did not record which version of each assessment it was built from. Nothing was merged.</source>
        <translation>Diese Rückgabedatei von {name} stammt aus einer älteren Version von panel_app, die nicht festhielt, auf welcher Fassung jeder Bewertung sie beruht. Es wurde nichts zusammengeführt.</translation>
    </message>
    <message>
        <source>Export a new package for the member.</source>
        <translation>Exportieren Sie ein neues Paket für das Mitglied.</translation>
    </message>
    <message>
        <source>This return file answers a package that was not exported to {name} from this database. Nothing was merged.</source>
        <translation>Diese Rückgabedatei antwortet auf ein Paket, das nicht aus dieser Datenbank für {name} exportiert wurde. Es wurde nichts zusammengeführt.</translation>
    </message>
    <message>
        <source>Import it into the panel&apos;s own database.</source>
        <translation>Importieren Sie sie in die Datenbank des Ausschusses.</translation>
    </message>
    <message>
        <source>This return file answers {name}&apos;s package of {time}; a newer one was exported on {time2}. Nothing was merged.</source>
        <translation>Diese Rückgabedatei antwortet auf das Paket von {name} vom {time}; ein neueres wurde am {time2} exportiert. Es wurde nichts zusammengeführt.</translation>
    </message>
    <message>
        <source>Ask the member for the return file of the latest package.</source>
        <translation>Fordern Sie beim Mitglied die Rückgabedatei des neuesten Pakets an.</translation>
    </message>
    <message>
        <source>record a consensus mark</source>
        <translation>eine Konsensnote erfassen</translation>
    </message>
    <message>
        <source>No candidate {email} at the {stage} stage of {reference}.</source>
        <translation>Keine Bewerberin bzw. kein Bewerber {email} in der Phase „{stage}“ von {reference}.</translation>
    </message>
    <message>
        <source>{name} declared a conflict of interest on {email}: another member must lead the discussion of this candidate.</source>
        <translation>{name} hat einen Interessenkonflikt in Bezug auf {email} erklärt: Ein anderes Mitglied muss die Erörterung dieser Bewerbung leiten.</translation>
    </message>
    <message>
        <source>{criterion} is not a scored criterion of the {stage} stage.</source>
        <translation>{criterion} ist kein bewertetes Kriterium der Phase „{stage}“.</translation>
    </message>
    <message>
        <source>Not every member has submitted {email} yet ({submitted} of {expected}): the consensus comes after all the marks.</source>
        <translation>Noch haben nicht alle Mitglieder {email} eingereicht ({submitted} von {expected}): Der Konsens folgt nach allen Noten.</translation>
    </message>
    <message>
        <source>{value:g} is outside the scale {lo}–{hi}.</source>
        <translation>{value:g} liegt außerhalb der Skala {lo}–{hi}.</translation>
    </message>
    <message>
        <source>The agreed mark {value} departs from the members&apos; mean {value2} by more than 0.5: write the justification.</source>
        <translation>Die vereinbarte Note {value} weicht um mehr als 0,5 vom Mittelwert der Mitglieder {value2} ab: Schreiben Sie die Begründung.</translation>
    </message>
    <message>
        <source>{name} has not submitted {missing} assessment(s) of the {stage} stage: the ranking is shown only after you have submitted all of yours.</source>
        <translation>{name} hat {missing} Bewertung(en) der Phase „{stage}“ nicht eingereicht: Die Rangfolge wird erst angezeigt, wenn Sie alle Ihre Bewertungen eingereicht haben.</translation>
    </message>
    <message>
        <source>{missing} assessment(s) of the {stage} stage are not submitted yet: the ranking is shown to the {role} only when every member has submitted.</source>
        <translation>{missing} Bewertung(en) der Phase „{stage}“ sind noch nicht eingereicht: Die Rangfolge wird der Rolle {role} erst gezeigt, wenn alle Mitglieder eingereicht haben.</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not an outcome: recommended, reserve, or none.</source>
        <translation>„{outcome}“ ist kein Ergebnis: recommended (empfohlen), reserve (Reserveliste) oder none (keines).</translation>
    </message>
    <message>
        <source>A reserve list needs a validity date (--valid-until YYYY-MM-DD).</source>
        <translation>Eine Reserveliste braucht ein Gültigkeitsdatum (--valid-until JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>record the final outcome</source>
        <translation>das Endergebnis erfassen</translation>
    </message>
    <message>
        <source>{email} was not invited to the interview of {reference}.</source>
        <translation>{email} wurde nicht zum Gespräch von {reference} eingeladen.</translation>
    </message>
    <message>
        <source>{email} did not pass the interview ({row}): they can be neither recommended nor put on the reserve list.</source>
        <translation>{email} hat das Gespräch nicht bestanden ({row}): Die Person kann weder empfohlen noch in die Reserveliste aufgenommen werden.</translation>
    </message>
    <message>
        <source>freeze the shortlist</source>
        <translation>die Auswahlliste einfrieren</translation>
    </message>
    <message>
        <source>{count} candidate(s) are still pending ({key}: {reason}): the shortlist can be frozen once every candidate has a final mark.</source>
        <translation>{count} Bewerbung(en) stehen noch aus ({key}: {reason}): Die Auswahlliste kann eingefroren werden, sobald jede Bewerbung eine Endnote hat.</translation>
    </message>
    <message>
        <source>The shortlist was already frozen at {before}: a change needs a reason, and every member signs again.</source>
        <translation>Die Auswahlliste wurde bereits am {before} eingefroren: Eine Änderung muss begründet werden, und jedes Mitglied unterzeichnet erneut.</translation>
    </message>
    <message>
        <source>{name} does not vote: only the voting members sign the shortlist.</source>
        <translation>{name} ist nicht stimmberechtigt: Nur die stimmberechtigten Mitglieder unterzeichnen die Auswahlliste.</translation>
    </message>
    <message>
        <source>The shortlist is not frozen yet: the chair freezes it before the members sign.</source>
        <translation>Die Auswahlliste ist noch nicht eingefroren: Der Vorsitz friert sie ein, bevor die Mitglieder unterzeichnen.</translation>
    </message>
    <message>
        <source>sign the shortlist</source>
        <translation>die Auswahlliste unterzeichnen</translation>
    </message>
    <message>
        <source>{name} already signed this version of the shortlist.</source>
        <translation>{name} hat diese Fassung der Auswahlliste bereits unterzeichnet.</translation>
    </message>
    <message>
        <source>Nothing was signed. The chair freezes the shortlist again, with the reason for the change; then every member signs the new list.</source>
        <translation>Es wurde nichts unterzeichnet. Der Vorsitz friert die Auswahlliste mit Begründung der Änderung erneut ein; dann unterzeichnet jedes Mitglied die neue Liste.</translation>
    </message>
    <message>
        <source>edit the wording of a reason</source>
        <translation>den Wortlaut einer Begründung bearbeiten</translation>
    </message>
    <message>
        <source>No candidate {email} on the shortlist of {reference}.</source>
        <translation>Keine Bewerberin bzw. kein Bewerber {email} auf der Auswahlliste von {reference}.</translation>
    </message>
    <message>
        <source>No password was given for {name}: no member may exist without one. Nothing was changed.</source>
        <translation>Für {name} wurde kein Passwort angegeben: Kein Mitglied darf ohne Passwort bestehen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The password for {name} is too short: it needs at least {count} characters. Nothing was changed.</source>
        <translation>Das Passwort für {name} ist zu kurz: Es braucht mindestens {count} Zeichen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Give one (on the command line: in PANEL_NEW_PASSWORD, or PANEL_PASSWORD for the first member; never as an argument) and run the command again.</source>
        <translation>Geben Sie eines an (in der Befehlszeile: in PANEL_NEW_PASSWORD oder für das erste Mitglied in PANEL_PASSWORD; nie als Argument) und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>sich anmelden</translation>
    </message>
    <message>
        <source>Sign-in of {name} is paused until {until} after {failures} wrong passwords in a row.</source>
        <translation>Die Anmeldung von {name} ist nach {failures} falschen Passwörtern in Folge bis {until} ausgesetzt.</translation>
    </message>
    <message>
        <source>Try again after that time with the right password, or ask the chair to reset it.</source>
        <translation>Versuchen Sie es nach diesem Zeitpunkt mit dem richtigen Passwort erneut oder bitten Sie den Vorsitz, es zurückzusetzen.</translation>
    </message>
    <message>
        <source>{name} has no password yet and cannot {what}.</source>
        <translation>{name} hat noch kein Passwort und kann folgende Handlung nicht vornehmen: {what}.</translation>
    </message>
    <message>
        <source>Ask the chair to set one (panel-app members password NAME, or the Procedure page).</source>
        <translation>Bitten Sie den Vorsitz, eines festzulegen (panel-app members password NAME oder die Seite Verfahren).</translation>
    </message>
    <message>
        <source>No password was given for {name}.</source>
        <translation>Für {name} wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Give it (on the command line: in PANEL_PASSWORD, never as an argument).</source>
        <translation>Geben Sie es an (in der Befehlszeile: in PANEL_PASSWORD, nie als Argument).</translation>
    </message>
    <message>
        <source>Wrong password for {name} ({n} in a row): sign-in is paused until {until}.</source>
        <translation>Falsches Passwort für {name} ({n} in Folge): Die Anmeldung ist bis {until} ausgesetzt.</translation>
    </message>
    <message>
        <source>Try again then, or ask the chair to reset the password.</source>
        <translation>Versuchen Sie es dann erneut oder bitten Sie den Vorsitz, das Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>Wrong password for {name} ({n} in a row).</source>
        <translation>Falsches Passwort für {name} ({n} in Folge).</translation>
    </message>
    <message>
        <source>Check it and try again; after {left} more wrong passwords sign-in is paused.</source>
        <translation>Prüfen Sie es und versuchen Sie es erneut; nach {left} weiteren falschen Passwörtern wird die Anmeldung ausgesetzt.</translation>
    </message>
    <message>
        <source>Check it and try again; after {left} more wrong password sign-in is paused.</source>
        <translation>Prüfen Sie es und versuchen Sie es erneut; nach {left} weiteren falschen Passwort wird die Anmeldung ausgesetzt.</translation>
    </message>
    <message>
        <source>This database login belongs to {other}; it cannot act as {name}.</source>
        <translation>Diese Datenbankanmeldung gehört {other}; sie kann nicht als {name} handeln.</translation>
    </message>
    <message>
        <source>Use --as &quot;{other}&quot;, or connect with {name}&apos;s own database login.</source>
        <translation>Verwenden Sie --as &quot;{other}&quot; oder verbinden Sie sich mit der eigenen Datenbankanmeldung von {name}.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one; choose another.</source>
        <translation>Das neue Passwort ist dasselbe wie das aktuelle; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>create a procedure</source>
        <translation>ein Verfahren anlegen</translation>
    </message>
    <message>
        <source>A procedure {reference} already exists in this database.</source>
        <translation>Ein Verfahren {reference} ist in dieser Datenbank bereits vorhanden.</translation>
    </message>
    <message>
        <source>Open it instead, or edit the template&apos;s reference.</source>
        <translation>Öffnen Sie stattdessen dieses oder ändern Sie das Aktenzeichen der Vorlage.</translation>
    </message>
    <message>
        <source>List them with: panel-app procedure list</source>
        <translation>Auflisten mit: panel-app procedure list</translation>
    </message>
    <message>
        <source>This database holds no procedure yet.</source>
        <translation>Diese Datenbank enthält noch kein Verfahren.</translation>
    </message>
    <message>
        <source>Create one: panel-app procedure create --template FILE.toml</source>
        <translation>Legen Sie eines an: panel-app procedure create --template DATEI.toml</translation>
    </message>
    <message>
        <source>This database holds several procedures.</source>
        <translation>Diese Datenbank enthält mehrere Verfahren.</translation>
    </message>
    <message>
        <source>Choose one with --procedure REF (see: panel-app procedure list).</source>
        <translation>Wählen Sie eines mit --procedure REF (siehe: panel-app procedure list).</translation>
    </message>
    <message>
        <source>edit the procedure&apos;s settings</source>
        <translation>die Einstellungen des Verfahrens bearbeiten</translation>
    </message>
    <message>
        <source>Procedure {reference}</source>
        <translation>Verfahren {reference}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a setting of the procedure.</source>
        <translation>„{key}“ ist keine Einstellung des Verfahrens.</translation>
    </message>
    <message>
        <source>The grid of {reference} is sealed: changing {amendment} is an amendment.</source>
        <translation>Das Raster von {reference} ist versiegelt: Eine Änderung von {amendment} ist eine förmliche Änderung.</translation>
    </message>
    <message>
        <source>The grid of {reference} is sealed: changing {amendment} and {other} is an amendment.</source>
        <translation>Das Raster von {reference} ist versiegelt: Eine Änderung von {amendment} und {other} ist eine förmliche Änderung.</translation>
    </message>
    <message>
        <source>Give the reason; it is recorded in the audit trail and shown in the panel report.</source>
        <translation>Geben Sie den Grund an; er wird im Prüfprotokoll festgehalten und im Bericht des Ausschusses aufgeführt.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time zone (e.g. Europe/Brussels).</source>
        <translation>„{value}“ ist keine Zeitzone (z. B. Europe/Brussels).</translation>
    </message>
    <message>
        <source>The deadline must be a date and time with its zone.</source>
        <translation>Die Frist muss ein Datum mit Uhrzeit und Zeitzone sein.</translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is not a Member State code (use the EU codes, EL for Greece).</source>
        <translation>„{v}“ ist kein Mitgliedstaatencode (verwenden Sie die EU-Codes, EL für Griechenland).</translation>
    </message>
    <message>
        <source>The selection reference cannot be empty.</source>
        <translation>Das Aktenzeichen des Auswahlverfahrens darf nicht leer sein.</translation>
    </message>
    <message>
        <source>remind a member</source>
        <translation>ein Mitglied erinnern</translation>
    </message>
    <message>
        <source>{member} is not a voting member of {reference}.</source>
        <translation>{member} ist kein stimmberechtigtes Mitglied von {reference}.</translation>
    </message>
    <message>
        <source>No application from {email} in {ref}.</source>
        <translation>Keine Bewerbung von {email} in {ref}.</translation>
    </message>
    <message>
        <source>No candidate at the {stage} stage yet: there is no sheet to print.</source>
        <translation>Noch keine Bewerberinnen und Bewerber in der Phase „{stage}“: Es gibt keinen Bogen zu drucken.</translation>
    </message>
    <message>
        <source>No candidate {candidate} at the {stage} stage: give the e-mail address of a candidate of that stage (see panel-app panel).</source>
        <translation>Keine Bewerberin bzw. kein Bewerber {candidate} in der Phase „{stage}“: Geben Sie die E-Mail-Adresse einer Person dieser Phase an (siehe panel-app panel).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a report; choose one of {kinds}.</source>
        <translation>„{kind}“ ist kein Bericht; wählen Sie einen von {kinds}.</translation>
    </message>
    <message>
        <source>Sign in to generate the {titles}: this procedure has panel members.</source>
        <translation>Melden Sie sich an, um Folgendes zu erstellen: {titles}; dieses Verfahren hat Ausschussmitglieder.</translation>
    </message>
    <message>
        <source>--candidate applies to the candidate sheets and the extract, not to the {titles}.</source>
        <translation>--candidate gilt für die Bewerberblätter und den Auszug, nicht für {titles}.</translation>
    </message>
    <message>
        <source>The candidate extract is for one candidate: give their e-mail address.</source>
        <translation>Der Auszug betrifft eine Bewerberin bzw. einen Bewerber: Geben Sie deren E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>print the individual members&apos; marks (panel internal copy)</source>
        <translation>die Einzelnoten der Mitglieder drucken (interne Ausfertigung des Ausschusses)</translation>
    </message>
    <message>
        <source>The shortlist is not frozen yet: members get it once the chair has frozen it.</source>
        <translation>Die Auswahlliste ist noch nicht eingefroren: Die Mitglieder erhalten sie, sobald der Vorsitz sie eingefroren hat.</translation>
    </message>
    <message>
        <source>set the retention periods</source>
        <translation>die Aufbewahrungsfristen festlegen</translation>
    </message>
    <message>
        <source>run the retention periods</source>
        <translation>die Aufbewahrungsfristen anwenden</translation>
    </message>
    <message>
        <source>The retention run of {reference} is blocked by {blocked_by}: nothing was deleted.</source>
        <translation>Die Anwendung der Aufbewahrungsfristen von {reference} wird durch {blocked_by} blockiert: Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Lift the hold (panel-app hold lift ID --reason …) when it ends.</source>
        <translation>Heben Sie die Aufbewahrungspflicht auf (panel-app hold lift ID --reason …), wenn sie endet.</translation>
    </message>
    <message>
        <source>Nothing to delete in {reference} on {day}: every candidate due is under a legal hold ({holds}).</source>
        <translation>Am {day} ist in {reference} nichts zu löschen: Für alle betroffenen Bewerberinnen und Bewerber gilt eine rechtliche Aufbewahrungspflicht ({holds}).</translation>
    </message>
    <message>
        <source>Nothing to delete in {reference} on {day}.</source>
        <translation>Am {day} ist in {reference} nichts zu löschen.</translation>
    </message>
    <message>
        <source>Nothing was changed. panel-app retention --dry-run says why.</source>
        <translation>Es wurde nichts geändert. panel-app retention --dry-run nennt den Grund.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>{name} already signed the declaration.</source>
        <translation>{name} hat die Erklärung bereits unterzeichnet.</translation>
    </message>
    <message>
        <source>A conflict of interest needs a reason in words.</source>
        <translation>Ein Interessenkonflikt muss schriftlich begründet werden.</translation>
    </message>
    <message>
        <source>&apos;{conflict_type}&apos; is not a type of conflict ({conflict_types}).</source>
        <translation>„{conflict_type}“ ist keine Art von Interessenkonflikt ({conflict_types}).</translation>
    </message>
    <message>
        <source>{name} already declared a conflict on {email}.</source>
        <translation>{name} hat bereits einen Interessenkonflikt in Bezug auf {email} erklärt.</translation>
    </message>
    <message>
        <source>{email} has no readable PDF stored.</source>
        <translation>Für {email} ist kein lesbares PDF gespeichert.</translation>
    </message>
    <message>
        <source>The photo {name} of {email} cannot be shown; it is stored and can be exported.</source>
        <translation>Das Foto {name} von {email} kann nicht angezeigt werden; es ist gespeichert und kann exportiert werden.</translation>
    </message>
    <message>
        <source>{value:g} is outside the scale {lo}–{hi} (or N/A).</source>
        <translation>{value:g} liegt außerhalb der Skala {lo}–{hi} (oder N/A).</translation>
    </message>
    <message>
        <source>{name} already submitted {email}: only the chair can reopen it.</source>
        <translation>{name} hat {email} bereits eingereicht: Nur der Vorsitz kann die Bewertung wieder öffnen.</translation>
    </message>
    <message>
        <source>The mark on {criterion}</source>
        <translation>Die Note für {criterion}</translation>
    </message>
    <message>
        <source>Cannot submit {email}: no mark yet on {missing} (give a mark or N/A).</source>
        <translation>{email} kann nicht eingereicht werden: noch keine Note für {missing} (Note oder N/A vergeben).</translation>
    </message>
    <message>
        <source>{email} is already submitted.</source>
        <translation>{email} ist bereits eingereicht.</translation>
    </message>
    <message>
        <source>Reopening a submitted assessment needs a reason.</source>
        <translation>Die Wiedereröffnung einer eingereichten Bewertung muss begründet werden.</translation>
    </message>
    <message>
        <source>reopen a submitted assessment</source>
        <translation>eine eingereichte Bewertung wieder öffnen</translation>
    </message>
    <message>
        <source>{member} has not submitted {email}.</source>
        <translation>{member} hat {email} nicht eingereicht.</translation>
    </message>
    <message>
        <source>Sign in as a panel member first.</source>
        <translation>Melden Sie sich zuerst als Mitglied des Ausschusses an.</translation>
    </message>
    <message>
        <source>The grid of {reference} is not sealed yet: no application can be opened before the chair seals it.</source>
        <translation>Das Raster von {reference} ist noch nicht versiegelt: Keine Bewerbung kann geöffnet werden, bevor der Vorsitz es versiegelt.</translation>
    </message>
    <message>
        <source>{name} has not signed the declaration of confidentiality and absence of conflict.</source>
        <translation>{name} hat die Erklärung über Vertraulichkeit und das Nichtvorliegen eines Interessenkonflikts nicht unterzeichnet.</translation>
    </message>
    <message>
        <source>Sign it first (panel-app declare --confidentiality).</source>
        <translation>Unterzeichnen Sie sie zuerst (panel-app declare --confidentiality).</translation>
    </message>
    <message>
        <source>The grid of {reference} is not sealed yet: no application can be opened or searched before the chair seals it.</source>
        <translation>Das Raster von {reference} ist noch nicht versiegelt: Keine Bewerbung kann geöffnet oder durchsucht werden, bevor der Vorsitz es versiegelt.</translation>
    </message>
    <message>
        <source>Sign it first (panel-app declare --confidentiality); only then can applications be opened or searched.</source>
        <translation>Unterzeichnen Sie sie zuerst (panel-app declare --confidentiality); erst dann können Bewerbungen geöffnet oder durchsucht werden.</translation>
    </message>
    <message>
        <source>The secretary does not score.</source>
        <translation>Das Sekretariat bewertet nicht.</translation>
    </message>
    <message>
        <source>{name} is an observer (non-voting) and only reads.</source>
        <translation>{name} ist Beobachter/in (ohne Stimmrecht) und liest nur.</translation>
    </message>
    <message>
        <source>No candidate {email} in {reference}.</source>
        <translation>Keine Bewerberin bzw. kein Bewerber {email} in {reference}.</translation>
    </message>
    <message>
        <source>{name} declared a conflict of interest on this candidate: the application and its marks are hidden.</source>
        <translation>{name} hat einen Interessenkonflikt in Bezug auf diese Bewerbung erklärt: Die Bewerbung und ihre Noten sind verborgen.</translation>
    </message>
    <message>
        <source>{email} was not invited to the interview (the shortlist is frozen without them, or not frozen yet).</source>
        <translation>{email} wurde nicht zum Gespräch eingeladen (die Auswahlliste ist ohne die Person eingefroren oder noch nicht eingefroren).</translation>
    </message>
    <message>
        <source>&apos;{stage}&apos; is not a scoring stage (preselection or interview).</source>
        <translation>„{stage}“ ist keine Bewertungsphase (preselection oder interview).</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {count} problem(s) to correct.</source>
        <translation>Aus {file} wurde nichts importiert: {count} Problem(e) zu beheben.</translation>
    </message>
    <message>
        <source>unknown candidate {email}</source>
        <translation>unbekannte Bewerbung {email}</translation>
    </message>
    <message>
        <source>no candidate e-mail</source>
        <translation>keine E-Mail-Adresse einer Bewerbung</translation>
    </message>
    <message>
        <source>you declared a conflict of interest on {email}: you cannot score them</source>
        <translation>Sie haben einen Interessenkonflikt in Bezug auf {email} erklärt: Sie können diese Person nicht bewerten</translation>
    </message>
    <message>
        <source>{email} is not scored at the {stage} stage</source>
        <translation>{email} wird in der Phase „{stage}“ nicht bewertet</translation>
    </message>
    <message>
        <source>no criterion code</source>
        <translation>kein Kriteriencode</translation>
    </message>
    <message>
        <source>{code} is not a scored criterion of the {stage} stage</source>
        <translation>{code} ist kein bewertetes Kriterium der Phase „{stage}“</translation>
    </message>
    <message>
        <source>unknown criterion {code}</source>
        <translation>unbekanntes Kriterium {code}</translation>
    </message>
    <message>
        <source>duplicate of row {row} ({email} / {code})</source>
        <translation>Duplikat von Zeile {row} ({email} / {code})</translation>
    </message>
    <message>
        <source>{email} is already submitted: only the chair can reopen it</source>
        <translation>{email} ist bereits eingereicht: Nur der Vorsitz kann die Bewertung wieder öffnen</translation>
    </message>
    <message>
        <source>the mark {email} / {code} was changed by {who} at {when} after this sheet was exported</source>
        <translation>die Note {email} / {code} wurde von {who} am {when} nach dem Export dieses Bogens geändert</translation>
    </message>
    <message>
        <source>row {number}: {problem}</source>
        <translation>Zeile {number}: {problem}</translation>
    </message>
    <message>
        <source>value &apos;{value}&apos; is not a number {lo}–{hi} or NA</source>
        <translation>der Wert „{value}“ ist keine Zahl von {lo} bis {hi} und nicht NA</translation>
    </message>
    <message>
        <source>value {value} is not a whole number {lo}–{hi} (or NA)</source>
        <translation>der Wert {value} ist keine ganze Zahl von {lo} bis {hi} (oder NA)</translation>
    </message>
    <message>
        <source>value {value:g} is outside {lo}–{hi}</source>
        <translation>der Wert {value:g} liegt außerhalb von {lo}–{hi}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {value}.</source>
        <translation>{path} kann nicht geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>Close the file if it is open in Excel, or choose another name.</source>
        <translation>Schließen Sie die Datei, falls sie in Excel geöffnet ist, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>Choose the score sheet you exported.</source>
        <translation>Wählen Sie den Bewertungsbogen, den Sie exportiert haben.</translation>
    </message>
    <message>
        <source>{name} is neither an .xlsx workbook nor a .csv file.</source>
        <translation>{name} ist weder eine .xlsx-Arbeitsmappe noch eine .csv-Datei.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a score sheet ({e}).</source>
        <translation>{name} kann nicht als Bewertungsbogen gelesen werden ({e}).</translation>
    </message>
    <message>
        <source>Save it as .xlsx or as UTF-8 .csv and try again.</source>
        <translation>Speichern Sie sie als .xlsx oder als UTF-8-.csv und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} is empty: it needs a header row candidate, criterion, value, comment.</source>
        <translation>{name} ist leer: Es braucht eine Kopfzeile candidate, criterion, value, comment.</translation>
    </message>
    <message>
        <source>{name} has no column {missing} in its first row.</source>
        <translation>{name} hat in der ersten Zeile keine Spalte {missing}.</translation>
    </message>
    <message>
        <source>The columns are candidate (e-mail), criterion (code), value (0–4 or NA), comment.</source>
        <translation>Die Spalten sind candidate (E-Mail-Adresse), criterion (Code), value (0–4 oder NA), comment.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook ({e}).</source>
        <translation>{name} ist keine Excel-Arbeitsmappe ({e}).</translation>
    </message>
    <message>
        <source>{name} has no sheet named &apos;Scores&apos;.</source>
        <translation>{name} hat kein Tabellenblatt namens „Scores“.</translation>
    </message>
    <message>
        <source>Import the workbook exported by panel_app (Scores ▸ Export my score sheet).</source>
        <translation>Importieren Sie die von panel_app exportierte Arbeitsmappe (Bewertungen ▸ Meinen Bewertungsbogen exportieren).</translation>
    </message>
    <message>
        <source>{what} needs a PostgreSQL database; this is {display}.</source>
        <translation>{what} erfordert eine PostgreSQL-Datenbank; dies ist {display}.</translation>
    </message>
    <message>
        <source>Use --db postgresql+psycopg://ADMIN@HOST/DATABASE.</source>
        <translation>Verwenden Sie --db postgresql+psycopg://ADMIN@HOST/DATENBANK.</translation>
    </message>
    <message>
        <source>Securing the database</source>
        <translation>Das Absichern der Datenbank</translation>
    </message>
    <message>
        <source>Could not secure {display}: {e}</source>
        <translation>{display} konnte nicht gesichert werden: {e}</translation>
    </message>
    <message>
        <source>Connect as the owner of the schema (a PostgreSQL administrator).</source>
        <translation>Verbinden Sie sich als Eigentümer des Schemas (ein PostgreSQL-Administrator).</translation>
    </message>
    <message>
        <source>A database login per member</source>
        <translation>Eine Datenbankanmeldung je Mitglied</translation>
    </message>
    <message>
        <source>Give --role to add them.</source>
        <translation>Geben Sie --role an, um die Person hinzuzufügen.</translation>
    </message>
    <message>
        <source>give members a database login</source>
        <translation>Mitgliedern eine Datenbankanmeldung geben</translation>
    </message>
    <message>
        <source>{name} is already on the panel as {existing}.</source>
        <translation>{name} gehört dem Ausschuss bereits als {existing} an.</translation>
    </message>
    <message>
        <source>Listing database logins</source>
        <translation>Das Auflisten der Datenbankanmeldungen</translation>
    </message>
    <message>
        <source>Removing database logins</source>
        <translation>Das Entfernen von Datenbankanmeldungen</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>{name} is not a panel_app backup: the file is {what}.</source>
        <translation>{name} ist keine Sicherung von panel_app: Die Datei ist {what}.</translation>
    </message>
    <message>
        <source>Choose a file written by panel-app backup (or File ▸ Back up…). Nothing was changed.</source>
        <translation>Wählen Sie eine mit panel-app backup (oder Datei ▸ Sichern…) erstellte Datei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} is truncated ({cut}): it cannot be restored.</source>
        <translation>{name} ist abgeschnitten ({cut}): Die Datei kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Use another copy. Nothing was changed.</source>
        <translation>Verwenden Sie eine andere Kopie. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} failed SQLite&apos;s integrity check: {problems}.</source>
        <translation>{name} hat die Integritätsprüfung von SQLite nicht bestanden: {problems}.</translation>
    </message>
    <message>
        <source>{name} is a SQLite database but not a panel_app one (no table {missing}).</source>
        <translation>{name} ist eine SQLite-Datenbank, aber keine von panel_app (keine Tabelle {missing}).</translation>
    </message>
    <message>
        <source>Choose a panel_app backup. Nothing was changed.</source>
        <translation>Wählen Sie eine Sicherung von panel_app. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({e}).</source>
        <translation>{name} ist beschädigt und kann nicht gelesen werden ({e}).</translation>
    </message>
    <message>
        <source>pg_dump failed: {stderr}.</source>
        <translation>pg_dump ist fehlgeschlagen: {stderr}.</translation>
    </message>
    <message>
        <source>Nothing was written. Check that this login is the database&apos;s administrator.</source>
        <translation>Es wurde nichts geschrieben. Prüfen Sie, ob diese Anmeldung die des Datenbankadministrators ist.</translation>
    </message>
    <message>
        <source>pg_restore is not installed on this computer: a PostgreSQL backup cannot be read here.</source>
        <translation>pg_restore ist auf diesem Computer nicht installiert: Eine PostgreSQL-Sicherung kann hier nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Install the PostgreSQL client tools (Debian: postgresql-client), or run pg_restore where they are. Nothing was changed.</source>
        <translation>Installieren Sie die PostgreSQL-Client-Werkzeuge (Debian: postgresql-client) oder führen Sie pg_restore dort aus, wo sie vorhanden sind. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} is a PostgreSQL backup, damaged or truncated: {stderr}.</source>
        <translation>{name} ist eine beschädigte oder abgeschnittene PostgreSQL-Sicherung: {stderr}.</translation>
    </message>
    <message>
        <source>{name} is a PostgreSQL backup but not of a panel_app database (no table {missing}).</source>
        <translation>{name} ist eine PostgreSQL-Sicherung, aber nicht einer Datenbank von panel_app (keine Tabelle {missing}).</translation>
    </message>
    <message>
        <source>Another workstation held the data too long; try again when it is idle. Nothing was changed: the restore runs in one transaction.</source>
        <translation>Ein anderer Arbeitsplatz hat die Daten zu lange gesperrt; versuchen Sie es erneut, wenn er untätig ist. Es wurde nichts geändert: Die Wiederherstellung läuft in einer einzigen Transaktion.</translation>
    </message>
    <message>
        <source>Nothing was changed: the restore runs in one transaction.</source>
        <translation>Es wurde nichts geändert: Die Wiederherstellung läuft in einer einzigen Transaktion.</translation>
    </message>
    <message>
        <source>pg_restore refused {name}: {error}.</source>
        <translation>pg_restore hat {name} abgelehnt: {error}.</translation>
    </message>
    <message>
        <source>The backup is restored, but applying this version&apos;s row-level security again failed: {e}.</source>
        <translation>Die Sicherung ist wiederhergestellt, aber die erneute Anwendung der Sicherheit auf Zeilenebene dieser Version ist fehlgeschlagen: {e}.</translation>
    </message>
    <message>
        <source>Run `panel-app admin init-postgres` with the administrator account.</source>
        <translation>Führen Sie `panel-app admin init-postgres` mit dem Administratorkonto aus.</translation>
    </message>
    <message>
        <source>{path} is not a panel_app database (not an SQLite file).</source>
        <translation>{path} ist keine Datenbank von panel_app (keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>Choose another file, or move this one away and start again.</source>
        <translation>Wählen Sie eine andere Datei oder verschieben Sie diese und beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened ({e}).</source>
        <translation>{path} ist beschädigt und kann nicht geöffnet werden ({e}).</translation>
    </message>
    <message>
        <source>Restore the latest backup (*.bak-* next to it).</source>
        <translation>Stellen Sie die neueste Sicherung wieder her (*.bak-* daneben).</translation>
    </message>
    <message>
        <source>{path} failed its integrity check: {detail}.</source>
        <translation>{path} hat die Integritätsprüfung nicht bestanden: {detail}.</translation>
    </message>
    <message>
        <source>Create it or pick another path.</source>
        <translation>Legen Sie ihn an oder wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>Cannot reach the database {u}: {first}</source>
        <translation>Die Datenbank {u} ist nicht erreichbar: {first}</translation>
    </message>
    <message>
        <source>Check the address, that the server runs, and your user name.</source>
        <translation>Prüfen Sie die Adresse, ob der Server läuft, und Ihren Benutzernamen.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of panel_app (schema {current}).</source>
        <translation>Diese Datenbank wurde von einer neueren Version von panel_app geschrieben (Schema {current}).</translation>
    </message>
    <message>
        <source>Install the newer panel_app to open it; nothing was changed.</source>
        <translation>Installieren Sie die neuere Version von panel_app, um sie zu öffnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Its archive and reports stay readable.</source>
        <translation>Sein Archiv und seine Berichte bleiben lesbar.</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Dieser Datensatz</translation>
    </message>
    <message>
        <source>active content: {found} (information; the application still counts)</source>
        <translation>aktive Inhalte: {found} (zur Information; die Bewerbung bleibt gültig)</translation>
    </message>
    <message>
        <source>{file}: {note}</source>
        <translation>{file}: {note}</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>leere Datei (0 Byte)</translation>
    </message>
    <message>
        <source>{file} is neither an e-mail (.eml/.msg/.mbox) nor a PDF. It is stored unchanged; check what it is and import it by hand if needed.</source>
        <translation>{file} ist weder eine E-Mail (.eml/.msg/.mbox) noch ein PDF. Die Datei wird unverändert gespeichert; prüfen Sie, worum es sich handelt, und importieren Sie sie bei Bedarf manuell.</translation>
    </message>
    <message>
        <source>Message {k} of {file} has no mail headers.</source>
        <translation>Nachricht {k} von {file} hat keine E-Mail-Kopfzeilen.</translation>
    </message>
    <message>
        <source>{file} looks like an mbox but holds no message.</source>
        <translation>{file} sieht wie eine mbox-Datei aus, enthält aber keine Nachricht.</translation>
    </message>
    <message>
        <source>{file} could not be read ({error}). It is stored unchanged.</source>
        <translation>{file} konnte nicht gelesen werden ({error}). Die Datei wird unverändert gespeichert.</translation>
    </message>
    <message>
        <source>{file} could not be opened: {error}.</source>
        <translation>{file} konnte nicht geöffnet werden: {error}.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere</translation>
    </message>
    <message>
        <source>{file}: not unpacked, over the limit of {part_mb} MB a part and {archive_mb} MB an archive: {names} (kept in the stored original)</source>
        <translation>{file}: nicht entpackt, über der Grenze von {part_mb} MB je Teil und {archive_mb} MB je Archiv: {names} (im gespeicherten Original enthalten)</translation>
    </message>
    <message>
        <source>not read: over the memory limit ({memory_mb} MB)</source>
        <translation>nicht gelesen: Speichergrenze überschritten ({memory_mb} MB)</translation>
    </message>
    <message>
        <source>not read: parsing took over {seconds} s</source>
        <translation>nicht gelesen: das Einlesen dauerte länger als {seconds} s</translation>
    </message>
    <message>
        <source>only the first {read} of {total} pages read</source>
        <translation>nur die ersten {read} von {total} Seiten gelesen</translation>
    </message>
    <message>
        <source>The MIME structure of this message is damaged ({defect}); attachments may be missing. The original message is stored unchanged.</source>
        <translation>Die MIME-Struktur dieser Nachricht ist beschädigt ({defect}); Anhänge können fehlen. Die Originalnachricht wird unverändert gespeichert.</translation>
    </message>
    <message>
        <source>not unpacked, over the limit of {part_mb} MB a part and {mail_mb} MB a mail: {names} (kept in the stored original)</source>
        <translation>nicht entpackt, über der Grenze von {part_mb} MB je Teil und {mail_mb} MB je E-Mail: {names} (im gespeicherten Original enthalten)</translation>
    </message>
    <message>
        <source>This Outlook .msg file could not be read ({error}). The file is stored unchanged; open it in Outlook to check it.</source>
        <translation>Diese Outlook-.msg-Datei konnte nicht gelesen werden ({error}). Die Datei wird unverändert gespeichert; öffnen Sie sie zur Prüfung in Outlook.</translation>
    </message>
    <message>
        <source>the file could no longer be read to store it: {why}</source>
        <translation>die Datei konnte zum Speichern nicht mehr gelesen werden: {why}</translation>
    </message>
    <message>
        <source>the file changed while it was imported: the stored bytes are the file as it is now</source>
        <translation>die Datei wurde während des Imports geändert: gespeichert ist die Datei in ihrem jetzigen Zustand</translation>
    </message>
    <message>
        <source>{file}: {why}. The file is stored unchanged.</source>
        <translation>{file}: {why}. Die Datei wird unverändert gespeichert.</translation>
    </message>
    <message>
        <source>a named pipe, not a file: skipped</source>
        <translation>eine benannte Pipe, keine Datei: übersprungen</translation>
    </message>
    <message>
        <source>a socket, not a file: skipped</source>
        <translation>ein Socket, keine Datei: übersprungen</translation>
    </message>
    <message>
        <source>a device, not a file: skipped</source>
        <translation>ein Gerät, keine Datei: übersprungen</translation>
    </message>
    <message>
        <source>a link to {target}, which does not exist: nothing to store</source>
        <translation>eine Verknüpfung auf {target}, das nicht existiert: nichts zu speichern</translation>
    </message>
    <message>
        <source>a link that leads back to itself: nothing to store</source>
        <translation>eine Verknüpfung, die auf sich selbst verweist: nichts zu speichern</translation>
    </message>
    <message>
        <source>could not be opened (permission denied): give your account read access and import it again</source>
        <translation>konnte nicht geöffnet werden (Zugriff verweigert): geben Sie Ihrem Konto Leserechte und importieren Sie die Datei erneut</translation>
    </message>
    <message>
        <source>could not be opened ({error}): nothing stored; check the file and import it again</source>
        <translation>konnte nicht geöffnet werden ({error}): nichts gespeichert; prüfen Sie die Datei und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>a link to a folder, which is not followed: import that folder itself if you need it</source>
        <translation>eine Verknüpfung auf einen Ordner, der nicht gefolgt wird: importieren Sie bei Bedarf den Ordner selbst</translation>
    </message>
    <message>
        <source>not a regular file: skipped</source>
        <translation>keine reguläre Datei: übersprungen</translation>
    </message>
    <message>
        <source>its manifest is not readable JSON ({e})</source>
        <translation>sein Manifest ist kein lesbares JSON ({e})</translation>
    </message>
    <message>
        <source>its manifest is not a panel_app archive manifest</source>
        <translation>sein Manifest ist kein panel_app-Archivmanifest</translation>
    </message>
    <message>
        <source>it was written by a newer panel_app (archive format {version}, this version reads up to {known}, panel_app {app})</source>
        <translation>es wurde von einer neueren panel_app-Version geschrieben (Archivformat {version}, diese Version liest bis Format {known}, panel_app {app})</translation>
    </message>
    <message>
        <source>it was written by a newer panel_app (schema {rev}, panel_app {app}); install that version to open it</source>
        <translation>es wurde von einer neueren panel_app-Version geschrieben (Schema {rev}, panel_app {app}); installieren Sie diese Version, um es zu öffnen</translation>
    </message>
    <message>
        <source>its manifest lists no parts</source>
        <translation>sein Manifest führt keine Teile auf</translation>
    </message>
    <message>
        <source>its manifest has no {key}</source>
        <translation>seinem Manifest fehlt {key}</translation>
    </message>
    <message>
        <source>the part {name} is missing</source>
        <translation>der Teil {name} fehlt</translation>
    </message>
    <message>
        <source>the part {name} does not match the manifest (sha256 {expected}… expected, {found}… found)</source>
        <translation>der Teil {name} stimmt nicht mit dem Manifest überein (sha256 {expected}… erwartet, {found}… gefunden)</translation>
    </message>
    <message>
        <source>the part {name} is not listed in the manifest</source>
        <translation>der Teil {name} ist im Manifest nicht aufgeführt</translation>
    </message>
    <message>
        <source>the manifest lists no {name}</source>
        <translation>das Manifest führt keine Datei {name} auf</translation>
    </message>
    <message>
        <source>Reserve years must be a whole number of years from 0 to 100.</source>
        <translation>Die Aufbewahrungsfrist der Reserveliste muss eine ganze Zahl von Jahren von 0 bis 100 sein.</translation>
    </message>
    <message>
        <source>Non recruited years must be a whole number of years from 0 to 100.</source>
        <translation>Die Aufbewahrungsfrist für nicht eingestellte Bewerber muss eine ganze Zahl von Jahren von 0 bis 100 sein.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>the PDF is encrypted (password-protected), so nothing could be read from it</source>
        <translation>das PDF ist verschlüsselt (passwortgeschützt), daher konnte nichts daraus gelesen werden</translation>
    </message>
    <message>
        <source>the PDF is damaged and could not be read</source>
        <translation>das PDF ist beschädigt und konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the PDF is a scan without a text layer: check it by eye on the Applications page</source>
        <translation>das PDF ist ein Scan ohne Textebene: Prüfen Sie es auf der Seite Bewerbungen mit eigenen Augen</translation>
    </message>
    <message>
        <source>the evidence comes from the Europass data</source>
        <translation>der Nachweis stammt aus den Europass-Daten</translation>
    </message>
    <message>
        <source>the evidence comes from the mail and the intake checks, not from a page of the PDF</source>
        <translation>der Nachweis stammt aus der E-Mail und den Eingangsprüfungen, nicht von einer Seite des PDF</translation>
    </message>
    <message>
        <source>nothing was found in the documents for this criterion: check it by hand</source>
        <translation>in den Unterlagen wurde für dieses Kriterium nichts gefunden: Prüfen Sie es von Hand</translation>
    </message>
    <message>
        <source>Note: {why}.</source>
        <translation>Hinweis: {why}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No page to show&lt;/b&gt;: {why}.</source>
        <translation>&lt;b&gt;Keine Seite anzuzeigen&lt;/b&gt;: {why}.</translation>
    </message>
    <message>
        <source>Select a criterion cell to see its evidence in the application.</source>
        <translation>Wählen Sie eine Kriteriumszelle aus, um ihren Nachweis in der Bewerbung zu sehen.</translation>
    </message>
    <message>
        <source>The documents are opened here by the secretary and the chair; members read them in the scoring workspace.</source>
        <translation>Die Unterlagen werden hier vom Sekretariat und vom Vorsitz geöffnet; die Mitglieder lesen sie im Bewertungsbereich.</translation>
    </message>
    <message>
        <source>page {page} is not in the stored PDF</source>
        <translation>Seite {page} ist im gespeicherten PDF nicht enthalten</translation>
    </message>
    <message>
        <source>Reading the application…</source>
        <translation>Bewerbung wird gelesen…</translation>
    </message>
    <message>
        <source>Opening the application…</source>
        <translation>Bewerbung wird geöffnet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The document cannot be shown&lt;/b&gt;: {reason}</source>
        <translation>&lt;b&gt;Das Dokument kann nicht angezeigt werden&lt;/b&gt;: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence in the application&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nachweis in der Bewerbung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the evidence</source>
        <translation>der Nachweis</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence in the application&lt;/b&gt; · page {page} of {file} · {what} highlighted</source>
        <translation>&lt;b&gt;Nachweis in der Bewerbung&lt;/b&gt; · Seite {page} von {file} · {what} hervorgehoben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence in the application&lt;/b&gt; · page {page} of {file} · {what} searched for on the page</source>
        <translation>&lt;b&gt;Nachweis in der Bewerbung&lt;/b&gt; · Seite {page} von {file} · {what} auf der Seite gesucht</translation>
    </message>
</context>
<context>
    <name>FinalSignoffBox</name>
    <message>
        <source>Freeze final ranking</source>
        <translation>Endgültige Rangliste einfrieren</translation>
    </message>
    <message>
        <source>Freeze the final ranking and the outcome the members sign (asks for confirmation; a change needs a reason and voids the sign-offs)</source>
        <translation>Die endgültige Rangliste und das Ergebnis einfrieren, die die Mitglieder unterzeichnen (fragt nach Bestätigung; eine Änderung verlangt eine Begründung und macht die Unterschriften ungültig)</translation>
    </message>
    <message>
        <source>Sign off final ranking</source>
        <translation>Endgültige Rangliste unterzeichnen</translation>
    </message>
    <message>
        <source>Sign off the frozen final ranking (asks for confirmation)</source>
        <translation>Die eingefrorene endgültige Rangliste unterzeichnen (fragt nach Bestätigung)</translation>
    </message>
    <message>
        <source>&lt;i&gt;The final ranking is frozen and signed once the interviews are assessed and the outcome recorded.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die endgültige Rangliste wird eingefroren und unterzeichnet, sobald die Gespräche bewertet und das Ergebnis erfasst sind.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Final ranking frozen&lt;/b&gt; {0} by {1}</source>
        <translation>&lt;b&gt;Endgültige Rangliste eingefroren&lt;/b&gt; am {0} von {1}</translation>
    </message>
    <message>
        <source> (change: {0})</source>
        <translation> (Änderung: {0})</translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#a33&apos;&gt;the ranking or an outcome changed since: freeze it again&lt;/span&gt;</source>
        <translation> — &lt;span style=&apos;color:#a33&apos;&gt;die Rangliste oder ein Ergebnis hat sich seitdem geändert: erneut einfrieren&lt;/span&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;signed off:&lt;/b&gt; {0}</source>
        <translation> · &lt;b&gt;unterzeichnet:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source> · &lt;b&gt;to sign:&lt;/b&gt; {0}</source>
        <translation> · &lt;b&gt;noch zu unterzeichnen:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Final ranking not frozen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Endgültige Rangliste nicht eingefroren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Change frozen final ranking…</source>
        <translation>Eingefrorene endgültige Rangliste ändern…</translation>
    </message>
    <message>
        <source>Recommended: {0}
Reserve list: {1}</source>
        <translation>Empfohlen: {0}
Reserveliste: {1}</translation>
    </message>
    <message>
        <source>Change the frozen final ranking</source>
        <translation>Die eingefrorene endgültige Rangliste ändern</translation>
    </message>
    <message>
        <source>Freeze the final ranking</source>
        <translation>Die endgültige Rangliste einfrieren</translation>
    </message>
    <message>
        <source>Freeze the final ranking of {0} candidate(s) and the outcome?

{1}

The frozen ranking is the one the voting members sign off; the minutes print it with these signatures only.</source>
        <translation>Die endgültige Rangliste von {0} Bewerber(n) und das Ergebnis einfrieren?

{1}

Die eingefrorene Rangliste ist die, die die stimmberechtigten Mitglieder unterzeichnen; das Protokoll druckt sie nur mit diesen Unterschriften.</translation>
    </message>
    <message>
        <source>

The version frozen at {0} by {1} is replaced: its {2} sign-off(s) are void and every member signs again. A reason is recorded.</source>
        <translation>

Die am {0} von {1} eingefrorene Fassung wird ersetzt: ihre {2} Unterschrift(en) werden ungültig und jedes Mitglied unterzeichnet erneut. Eine Begründung wird erfasst.</translation>
    </message>
    <message>
        <source>Not frozen.</source>
        <translation>Nicht eingefroren.</translation>
    </message>
    <message>
        <source>Reason for the change (every member signs again):</source>
        <translation>Begründung der Änderung (jedes Mitglied unterzeichnet erneut):</translation>
    </message>
    <message>
        <source>Not changed: a change of the frozen final ranking needs a reason.</source>
        <translation>Nicht geändert: eine Änderung der eingefrorenen endgültigen Rangliste verlangt eine Begründung.</translation>
    </message>
    <message>
        <source>Final ranking frozen at {0}: the voting members can now sign it off.</source>
        <translation>Endgültige Rangliste am {0} eingefroren: die stimmberechtigten Mitglieder können sie jetzt unterzeichnen.</translation>
    </message>
    <message>
        <source>{0}, sign off the final ranking frozen at {1} by {2}?

{3}

Your sign-off is recorded with the time in the audit trail. It stands until the chair changes the frozen ranking, which voids every sign-off.</source>
        <translation>{0}, die am {1} von {2} eingefrorene endgültige Rangliste unterzeichnen?

{3}

Ihre Unterschrift wird mit der Uhrzeit im Prüfpfad erfasst. Sie gilt, bis der Vorsitz die eingefrorene Rangliste ändert, was alle Unterschriften ungültig macht.</translation>
    </message>
    <message>
        <source>Sign off the final ranking</source>
        <translation>Die endgültige Rangliste unterzeichnen</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Nicht unterzeichnet.</translation>
    </message>
    <message>
        <source>{0} signed the final ranking at {1}.</source>
        <translation>{0} hat die endgültige Rangliste am {1} unterzeichnet.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Start a selection procedure</source>
        <translation>Auswahlverfahren beginnen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Start a selection procedure&lt;/h3&gt;&lt;p&gt;1. Choose the vacancy notice&apos;s template. 2. Add yourself as the chair of its panel. Then set the panel on the Procedure page and import the applications on the Applications page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Auswahlverfahren beginnen&lt;/h3&gt;&lt;p&gt;1. Wählen Sie die Vorlage der Stellenausschreibung. 2. Tragen Sie sich als Vorsitz des Ausschusses ein. Setzen Sie dann den Ausschuss auf der Seite Verfahren zusammen und importieren Sie die Bewerbungen auf der Seite Bewerbungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Ihr vollständiger Name</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Create the procedure</source>
        <translation>Verfahren anlegen</translation>
    </message>
    <message>
        <source>Template (data/vacancies):</source>
        <translation>Vorlage (data/vacancies):</translation>
    </message>
    <message>
        <source>Choose a template (File ▸ New procedure from template… opens any .toml file).</source>
        <translation>Wählen Sie eine Vorlage (Datei ▸ Neues Verfahren aus einer Vorlage… öffnet jede .toml-Datei).</translation>
    </message>
    <message>
        <source>Give your name: you become the chair of the panel.</source>
        <translation>Geben Sie Ihren Namen an: Sie übernehmen den Vorsitz des Ausschusses.</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters: no member exists without one.</source>
        <translation>Wählen Sie ein Passwort mit mindestens 8 Zeichen: Kein Mitglied existiert ohne Passwort.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>GateBox</name>
    <message>
        <source>Admit (reopens the list)…</source>
        <translation>Zulassen (öffnet die Liste wieder)…</translation>
    </message>
    <message>
        <source>Admit the application to scoring: the frozen list is reopened and its sign-offs are void (a reason is asked for)</source>
        <translation>Die Bewerbung zur Bewertung zulassen: Die eingefrorene Liste wird wieder geöffnet und ihre Freigaben werden ungültig (eine Begründung wird verlangt)</translation>
    </message>
    <message>
        <source>Out of scope…</source>
        <translation>Außerhalb des Verfahrens…</translation>
    </message>
    <message>
        <source>Record the application as out of scope, with a reason: it is never scored</source>
        <translation>Die Bewerbung mit Begründung als außerhalb des Verfahrens festhalten: Sie wird nie bewertet</translation>
    </message>
    <message>
        <source>Received after the freeze:</source>
        <translation>Nach dem Einfrieren eingegangen:</translation>
    </message>
    <message>
        <source>{candidate} — application {id}, received {received}</source>
        <translation>{candidate} — Bewerbung {id}, eingegangen {received}</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>zu unbekannter Zeit</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#a33&apos;&gt;{n} application(s) received after the shortlist was frozen&lt;/b&gt; wait for the chair&apos;s decision: {names}. They are not scored; the sign-off waits until the chair admits each (the list is reopened) or records it as out of scope.</source>
        <translation>&lt;b style=&apos;color:#a33&apos;&gt;{n} nach dem Einfrieren der Auswahlliste eingegangene Bewerbung(en)&lt;/b&gt; warten auf die Entscheidung des Vorsitzes: {names}. Sie werden nicht bewertet; die Freigabe wartet, bis der Vorsitz jede zulässt (die Liste wird wieder geöffnet) oder als außerhalb des Verfahrens festhält.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reopened&lt;/b&gt; {when} by {who}: {reason} — freeze it again once every candidate is scored.</source>
        <translation>&lt;b&gt;Wieder geöffnet&lt;/b&gt; am {when} von {who}: {reason} — frieren Sie sie erneut ein, sobald jeder Bewerber bewertet ist.</translation>
    </message>
    <message>
        <source>Out of scope: {names}</source>
        <translation>Außerhalb des Verfahrens: {names}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8a5300&apos;&gt;Eligibility not decided by a person&lt;/b&gt; (the freeze is refused until it is): {names}</source>
        <translation>&lt;b style=&apos;color:#8a5300&apos;&gt;Zulassungsfähigkeit nicht von einer Person entschieden&lt;/b&gt; (das Einfrieren wird bis dahin verweigert): {names}</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <source>Open or create a procedure first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Verfahren.</translation>
    </message>
    <message>
        <source>Sign in as a panel member (File ▸ Sign in…) to score applications.</source>
        <translation>Melden Sie sich als Ausschussmitglied an (Datei ▸ Anmelden…), um Bewerbungen zu bewerten.</translation>
    </message>
    <message>
        <source>The secretary does not score. Scoring is done by each voting panel member on their own workstation; progress is shown on the Panel page.</source>
        <translation>Das Sekretariat bewertet nicht. Jedes stimmberechtigte Ausschussmitglied bewertet an seinem eigenen Arbeitsplatz; der Fortschritt wird auf der Seite Ausschuss angezeigt.</translation>
    </message>
    <message>
        <source>Observers do not score. You can follow the progress (counts only) on the Panel page.</source>
        <translation>Beobachter bewerten nicht. Sie können den Fortschritt (nur Zahlen) auf der Seite Ausschuss verfolgen.</translation>
    </message>
    <message>
        <source>The grid is not sealed yet. No application can be opened before the chair seals the grid (criteria, weights, anchors, thresholds, tie-break order) on the Grid page.</source>
        <translation>Das Bewertungsraster ist noch nicht versiegelt. Keine Bewerbung kann geöffnet werden, bevor der Vorsitz das Raster (Kriterien, Gewichte, Anker, Schwellen, Reihenfolge bei Gleichstand) auf der Seite Bewertungsraster versiegelt.</translation>
    </message>
    <message>
        <source>Before you open any application you must sign the declaration of confidentiality and absence of conflict of interest (Staff Regulations, Annex III, Art. 6).</source>
        <translation>Bevor Sie eine Bewerbung öffnen, müssen Sie die Erklärung über Vertraulichkeit und das Nichtvorliegen eines Interessenkonflikts unterzeichnen (Statut, Anhang III, Art. 6).</translation>
    </message>
    <message>
        <source>There is no application for you to score: none is admitted, or you declared a conflict on all.</source>
        <translation>Für Sie gibt es keine Bewerbung zu bewerten: Keine ist zugelassen, oder Sie haben für alle einen Konflikt erklärt.</translation>
    </message>
    <message>
        <source>Sign the declaration…</source>
        <translation>Erklärung unterzeichnen…</translation>
    </message>
    <message>
        <source>Read and sign the declaration of confidentiality and absence of conflict of interest</source>
        <translation>Die Erklärung über Vertraulichkeit und das Nichtvorliegen eines Interessenkonflikts lesen und unterzeichnen</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>0–4 or N (N/A)</source>
        <translation>0–4 oder N (N/A: nicht anwendbar)</translation>
    </message>
    <message>
        <source>Pages where the criterion&apos;s keywords occur</source>
        <translation>Seiten, auf denen die Schlüsselwörter des Kriteriums vorkommen</translation>
    </message>
    <message>
        <source>Evidence page</source>
        <translation>Seite mit dem Nachweis</translation>
    </message>
    <message>
        <source>(minimum {minimum})</source>
        <translation>(Minimum {minimum})</translation>
    </message>
    <message>
        <source>&lt;b&gt;N&lt;/b&gt; — N/A: the criterion does not apply (not zero).</source>
        <translation>&lt;b&gt;N&lt;/b&gt; — N/A: Das Kriterium ist nicht anwendbar (nicht null).</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <source>Eligibility (pass/fail)</source>
        <translation>Zulassungsfähigkeit (erfüllt/nicht erfüllt)</translation>
    </message>
    <message>
        <source>Selection (scored)</source>
        <translation>Auswahl (bewertet)</translation>
    </message>
    <message>
        <source>Asset (scored, advantage)</source>
        <translation>Vorteil (bewertet, von Vorteil)</translation>
    </message>
    <message>
        <source>Requirement (pass/fail)</source>
        <translation>Anforderung (erfüllt/nicht erfüllt)</translation>
    </message>
    <message>
        <source>Interview (scored)</source>
        <translation>Gespräch (bewertet)</translation>
    </message>
    <message>
        <source>Seal the grid…</source>
        <translation>Raster versiegeln…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sealed&lt;/b&gt; on {when} by {who} — sha256 &lt;code&gt;{hash}…&lt;/code&gt;. Changes are amendments and need a reason ({n} so far).</source>
        <translation>&lt;b&gt;Versiegelt&lt;/b&gt; am {when} von {who} — sha256 &lt;code&gt;{hash}…&lt;/code&gt;. Änderungen sind förmliche Änderungen und brauchen eine Begründung (bisher {n}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not sealed.&lt;/b&gt; Fix criteria, weights, anchors, thresholds and the tie-break order, then seal before any application is opened.</source>
        <translation>&lt;b&gt;Nicht versiegelt.&lt;/b&gt; Legen Sie Kriterien, Gewichte, Anker, Schwellen und die Reihenfolge bei Gleichstand fest und versiegeln Sie, bevor eine Bewerbung geöffnet wird.</translation>
    </message>
    <message>
        <source>Amend the sealed grid</source>
        <translation>Versiegeltes Raster ändern</translation>
    </message>
    <message>
        <source>The grid is sealed. Give the reason for this amendment:</source>
        <translation>Das Raster ist versiegelt. Geben Sie die Begründung für diese Änderung an:</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>„{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Seal the grid</source>
        <translation>Raster versiegeln</translation>
    </message>
    <message>
        <source>Seal the grid now? Its criteria, weights, anchors, thresholds and tie-break order are hashed and time-stamped. Any later change is an amendment with a reason, listed in the panel report.</source>
        <translation>Das Raster jetzt versiegeln? Kriterien, Gewichte, Anker, Schwellen und die Reihenfolge bei Gleichstand werden gehasht und mit Zeitstempel versehen. Jede spätere Änderung ist eine begründete förmliche Änderung und wird im Bericht des Ausschusses aufgeführt.</translation>
    </message>
</context>
<context>
    <name>GridPanel</name>
    <message>
        <source>Submit candidate  (Enter)</source>
        <translation>Bewerber abgeben  (Eingabe)</translation>
    </message>
    <message>
        <source>Submit your marks for this candidate and open the next one; Ctrl+Z takes it back for a few seconds</source>
        <translation>Ihre Noten für diesen Bewerber abgeben und den nächsten öffnen; Strg+Z nimmt dies einige Sekunden lang zurück</translation>
    </message>
    <message>
        <source>Comment on this criterion (Enter saves)</source>
        <translation>Kommentar zu diesem Kriterium (Eingabe speichert)</translation>
    </message>
    <message>
        <source>Page of the application where the evidence is (— none)</source>
        <translation>Seite der Bewerbung mit dem Nachweis (— keine)</translation>
    </message>
    <message>
        <source>p. </source>
        <translation>S. </translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Stimmberechtigt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerber/in</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Received ({zone})</source>
        <translation>Eingang ({zone})</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Fristgerecht</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>Wann ({zone})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place / written procedure</source>
        <translation>Ort / schriftliches Verfahren</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Art. 29</source>
        <translation>Art. 29</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Total %</source>
        <translation>Gesamt %</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spannweite</translation>
    </message>
    <message>
        <source>w</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endnote</translation>
    </message>
    <message>
        <source>Last mark</source>
        <translation>Letzte Note</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Preselection %</source>
        <translation>Vorauswahl %</translation>
    </message>
    <message>
        <source>Interview %</source>
        <translation>Gespräch %</translation>
    </message>
    <message>
        <source>Final %</source>
        <translation>Endergebnis %</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>W</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>p.</source>
        <translation>S.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>
&lt;h3&gt;The secretary&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Procedure&lt;/b&gt;: create the procedure from its notice&apos;s template (File ▸ New procedure from template),
check the deadline (Brussels time) and the mailbox; add the panel with the chair.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Applications&lt;/b&gt;: &lt;i&gt;Import folder…&lt;/i&gt; with the mailbox export (.eml, .msg, .mbox, PDFs), or drop files on
the page. Every file gets an outcome in the import report; nothing is thrown away. A late, wrongly addressed or
unreadable application is stored and flagged; excluding it is a decision with a reason.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Eligibility&lt;/b&gt;: read each suggestion with its evidence (highlighted in the PDF), decide each check, and
confirm the suggested &quot;met&quot;/&quot;declared&quot; outcomes in bulk. A &quot;not met&quot; always needs its own reason.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Reports&lt;/b&gt;: the eligibility report and the candidate extracts.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;The secretary does not score.&lt;/p&gt;</source>
        <translation>
&lt;h3&gt;Das Sekretariat&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Verfahren&lt;/b&gt;: Legen Sie das Verfahren aus der Vorlage seiner Ausschreibung an (Datei ▸ Neues Verfahren aus einer Vorlage), prüfen Sie die Frist (Brüsseler Zeit) und das Postfach; setzen Sie den Ausschuss mit dem Vorsitz zusammen.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Bewerbungen&lt;/b&gt;: &lt;i&gt;Ordner importieren…&lt;/i&gt; mit dem Postfachexport (.eml, .msg, .mbox, PDFs), oder ziehen Sie Dateien auf die Seite. Jede Datei erhält ein Ergebnis im Importbericht; nichts wird verworfen. Eine verspätete, falsch adressierte oder unlesbare Bewerbung wird gespeichert und mit einem Hinweis versehen; ihr Ausschluss ist eine begründete Entscheidung.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Zulassungsfähigkeit&lt;/b&gt;: Lesen Sie jeden Vorschlag mit seinem Nachweis (im PDF hervorgehoben), entscheiden Sie jede Prüfung und bestätigen Sie die vorgeschlagenen Ergebnisse „erfüllt“/„erklärt“ gesammelt. Ein „nicht erfüllt“ braucht immer eine eigene Begründung.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Berichte&lt;/b&gt;: der Bericht zur Zulassungsfähigkeit und die Auszüge für Bewerber.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Das Sekretariat bewertet nicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>
&lt;h3&gt;A panel member&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Scoring&lt;/b&gt;: sign the declaration of confidentiality and absence of conflict before opening any
application. Declare a conflict on a candidate you know: that candidate is then hidden from you.&lt;/li&gt;
&lt;li&gt;Score each candidate alone, on your own workstation: type 0–4 (or N for N/A) on each criterion; each mark is
saved at once and moves to the next criterion. &lt;b&gt;Enter&lt;/b&gt; on a complete candidate submits it and opens the next
one; &lt;b&gt;Ctrl+Z&lt;/b&gt; takes the submission back for a few seconds.&lt;/li&gt;
&lt;li&gt;You see the other members&apos; marks for a candidate only after submitting yours; the ranking only after
submitting all of yours.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Shortlist&lt;/b&gt;: sign off the frozen shortlist.&lt;/li&gt;
&lt;/ol&gt;</source>
        <translation>
&lt;h3&gt;Ein Ausschussmitglied&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Bewertung&lt;/b&gt;: Unterzeichnen Sie die Erklärung über Vertraulichkeit und das Nichtvorliegen eines Konflikts, bevor Sie eine Bewerbung öffnen. Erklären Sie einen Konflikt bei einem Bewerber, den Sie kennen: Dieser Bewerber wird dann für Sie ausgeblendet.&lt;/li&gt;
&lt;li&gt;Bewerten Sie jeden Bewerber allein, an Ihrem eigenen Arbeitsplatz: Geben Sie für jedes Kriterium 0–4 ein (oder N für N/A); jede Note wird sofort gespeichert und springt zum nächsten Kriterium. &lt;b&gt;Eingabe&lt;/b&gt; bei einem vollständigen Bewerber gibt ihn ab und öffnet den nächsten; &lt;b&gt;Strg+Z&lt;/b&gt; nimmt die Abgabe einige Sekunden lang zurück.&lt;/li&gt;
&lt;li&gt;Die Noten der anderen Mitglieder zu einem Bewerber sehen Sie erst nach Abgabe Ihrer eigenen; die Rangliste erst nach Abgabe aller Ihrer Bewertungen.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Auswahlliste&lt;/b&gt;: Geben Sie die eingefrorene Auswahlliste frei.&lt;/li&gt;
&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>
&lt;h3&gt;The chair&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Grid&lt;/b&gt;: criteria, weights, anchors, thresholds, best N and the tie-break order; &lt;b&gt;seal&lt;/b&gt; it before
anyone opens an application. A later change is an amendment with a reason.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Panel&lt;/b&gt;: follow the progress (counts only until everyone has submitted), run the consensus meeting on the
flagged criteria, with a justification where the agreed mark departs from the mean.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Shortlist&lt;/b&gt;: check the rule, the ties at the cut and the Article 29 candidates; &lt;b&gt;freeze&lt;/b&gt; the list
(after a confirmation), and collect every member&apos;s sign-off.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Reports&lt;/b&gt;: export the shortlist and the panel report as PDF.&lt;/li&gt;
&lt;/ol&gt;</source>
        <translation>
&lt;h3&gt;Der Vorsitz&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Bewertungsraster&lt;/b&gt;: Kriterien, Gewichte, Anker, Schwellen, die besten N und die Reihenfolge bei Gleichstand; &lt;b&gt;versiegeln&lt;/b&gt; Sie es, bevor jemand eine Bewerbung öffnet. Eine spätere Änderung ist eine begründete förmliche Änderung.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ausschuss&lt;/b&gt;: Verfolgen Sie den Fortschritt (nur Zahlen, bis alle abgegeben haben), leiten Sie die Konsenssitzung zu den markierten Kriterien, mit einer Begründung, wo die vereinbarte Note vom Mittelwert abweicht.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Auswahlliste&lt;/b&gt;: Prüfen Sie die Regel, den Gleichstand an der Grenze und die Bewerber nach Artikel 29; &lt;b&gt;frieren&lt;/b&gt; Sie die Liste (nach einer Bestätigung) &lt;b&gt;ein&lt;/b&gt; und holen Sie die Freigabe jedes Mitglieds ein.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Berichte&lt;/b&gt;: Exportieren Sie die Auswahlliste und den Bericht des Ausschusses als PDF.&lt;/li&gt;
&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>
&lt;h3&gt;An observer&lt;/h3&gt;
&lt;p&gt;Reads every page the rules open to them, and scores nothing. Marks show only once every voting member has
submitted.&lt;/p&gt;</source>
        <translation>
&lt;h3&gt;Eine Beobachterin / ein Beobachter&lt;/h3&gt;
&lt;p&gt;Liest alle Seiten, die die Regeln ihr oder ihm öffnen, und bewertet nichts. Noten werden erst angezeigt, wenn jedes stimmberechtigte Mitglied abgegeben hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Beobachter/in</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>
&lt;h3&gt;Keyboard&lt;/h3&gt;
&lt;table cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this guide&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new procedure from a template&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th colspan=&quot;2&quot; align=&quot;left&quot;&gt;Scoring page&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;0 1 2 3 4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;mark the criterion and move to the next&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;N/A, and move to the next&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous criterion&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;complete candidate: submit and open the next one; otherwise: comment&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;C or F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;comment on the criterion&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;submit&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo (a waiting submission first) / redo&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;PgDn / PgUp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous candidate&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search the application&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</source>
        <translation>
&lt;h3&gt;Tastatur&lt;/h3&gt;
&lt;table cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;dieses Handbuch&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;neues Verfahren aus einer Vorlage&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;beenden&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th colspan=&quot;2&quot; align=&quot;left&quot;&gt;Seite Bewertung&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;0 1 2 3 4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kriterium bewerten und zum nächsten&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;N/A, und zum nächsten&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Umschalt+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nächstes / vorheriges Kriterium&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Eingabe&lt;/b&gt;&lt;/td&gt;&lt;td&gt;vollständiger Bewerber: abgeben und den nächsten öffnen; sonst: Kommentar&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;C oder F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kommentar zum Kriterium&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Eingabe&lt;/b&gt;&lt;/td&gt;&lt;td&gt;abgeben&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Z / Strg+Umschalt+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rückgängig (zuerst eine wartende Abgabe) / wiederherstellen&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Bild↓ / Bild↑&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nächster / vorheriger Bewerber&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die Bewerbung durchsuchen&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</translation>
    </message>
    <message>
        <source>panel_app — user guide</source>
        <translation>panel_app — Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>Bewertungsraster</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation>Zulassungsfähigkeit</translation>
    </message>
    <message>
        <source>declaration</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>shortlist</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>package</source>
        <translation>Offline-Paket</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>Bewerber/in</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>Stellenausschreibung</translation>
    </message>
    <message>
        <source>final</source>
        <translation>Endgültige Rangliste</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>Rechtliche Sperre</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Verify the record</source>
        <translation>Aufzeichnung prüfen</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerber/in</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&lt;h2&gt;History&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Verlauf&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} Ereignisse</translation>
    </message>
    <message>
        <source>The history is read by the chair, the secretary and the observers. Sign in as one of them.</source>
        <translation>Der Verlauf wird vom Vorsitz, vom Sekretariat und von den Beobachtern gelesen. Melden Sie sich als eine dieser Personen an.</translation>
    </message>
    <message>
        <source>✔ Audit chain verified: {events} events, last event hash {hash}</source>
        <translation>✔ Prüfkette verifiziert: {events} Ereignisse, Hash des letzten Ereignisses {hash}</translation>
    </message>
    <message>
        <source> (and {n} more: run `panel-app audit verify`)</source>
        <translation> (und {n} weitere: führen Sie `panel-app audit verify` aus)</translation>
    </message>
    <message>
        <source>AUDIT CHAIN BROKEN — {finding}{more}</source>
        <translation>PRÜFKETTE UNTERBROCHEN — {finding}{more}</translation>
    </message>
</context>
<context>
    <name>HoldsDialog</name>
    <message>
        <source>Legal holds — {0}</source>
        <translation>Rechtliche Sperren — {0}</translation>
    </message>
    <message>
        <source>A legal hold (complaint, Ombudsman inquiry, court case) blocks every retention deletion it covers until it is lifted.</source>
        <translation>Eine rechtliche Sperre (Beschwerde, Untersuchung der Bürgerbeauftragten, Gerichtsverfahren) verhindert jede Löschung nach Aufbewahrungsfrist, die sie erfasst, bis sie aufgehoben wird.</translation>
    </message>
    <message>
        <source>Set a hold…</source>
        <translation>Sperre setzen…</translation>
    </message>
    <message>
        <source>Lift the selected hold…</source>
        <translation>Ausgewählte Sperre aufheben…</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>lifted on {0} by {1}: {2}</source>
        <translation>aufgehoben am {0} von {1}: {2}</translation>
    </message>
    <message>
        <source>No legal holds.</source>
        <translation>Keine rechtlichen Sperren.</translation>
    </message>
    <message>
        <source>Set a legal hold</source>
        <translation>Rechtliche Sperre setzen</translation>
    </message>
    <message>
        <source>The candidate&apos;s e-mail or application id (leave empty to hold the whole procedure):</source>
        <translation>E-Mail-Adresse oder Bewerbungsnummer (leer lassen, um das ganze Verfahren zu sperren):</translation>
    </message>
    <message>
        <source>Reason (the complaint, inquiry or case):</source>
        <translation>Grund (Beschwerde, Untersuchung oder Verfahren):</translation>
    </message>
    <message>
        <source>the whole procedure {0}</source>
        <translation>das ganze Verfahren {0}</translation>
    </message>
    <message>
        <source>Hold {0}? No retention run deletes anything it covers until the hold is lifted.</source>
        <translation>{0} sperren? Keine Aufbewahrungslöschung löscht, was die Sperre erfasst, bis sie aufgehoben wird.</translation>
    </message>
    <message>
        <source>Set {0}.</source>
        <translation>Gesetzt: {0}.</translation>
    </message>
    <message>
        <source>Select an active hold first.</source>
        <translation>Wählen Sie zuerst eine aktive Sperre.</translation>
    </message>
    <message>
        <source>Lift the legal hold</source>
        <translation>Rechtliche Sperre aufheben</translation>
    </message>
    <message>
        <source>Reason for lifting it:</source>
        <translation>Grund für die Aufhebung:</translation>
    </message>
    <message>
        <source>Lift hold #{0}? Deletions it blocked become possible again.</source>
        <translation>Sperre Nr. {0} aufheben? Die von ihr verhinderten Löschungen werden wieder möglich.</translation>
    </message>
    <message>
        <source>Lifted {0}.</source>
        <translation>Aufgehoben: {0}.</translation>
    </message>
</context>
<context>
    <name>HorizontalView</name>
    <message>
        <source>Comment (Enter saves)</source>
        <translation>Kommentar (Eingabe speichert)</translation>
    </message>
    <message>
        <source>Criterion:</source>
        <translation>Kriterium:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>imported with flags</source>
        <translation>mit Hinweisen importiert</translation>
    </message>
    <message>
        <source>stored, not read</source>
        <translation>gespeichert, nicht gelesen</translation>
    </message>
    <message>
        <source>not an application (stored)</source>
        <translation>keine Bewerbung (gespeichert)</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>bereits importiert</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>No files found</source>
        <translation>Keine Dateien gefunden</translation>
    </message>
    <message>
        <source>Import cancelled — {counts}</source>
        <translation>Import abgebrochen — {counts}</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Bewerbungen importieren</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Importing {n} selected item(s)…&lt;/b&gt;</source>
        <translation>&lt;b&gt;{n} ausgewählte(s) Element(e) werden importiert…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export report as JSON…</source>
        <translation>Bericht als JSON exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling after the file being stored… what is stored stays stored.</source>
        <translation>Abbruch nach der gerade gespeicherten Datei… Gespeichertes bleibt gespeichert.</translation>
    </message>
    <message>
        <source>{files} file(s), {apps} application(s) stored. Flagged applications are stored too; nothing was thrown away.</source>
        <translation>{files} Datei(en), {apps} Bewerbung(en) gespeichert. Bewerbungen mit Hinweisen werden ebenfalls gespeichert; nichts wurde verworfen.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Export the import report</source>
        <translation>Importbericht exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>InvitationsButton</name>
    <message>
        <source>Prepare invitations…</source>
        <translation>Einladungen vorbereiten…</translation>
    </message>
    <message>
        <source>One e-mail draft per candidate invited to interview, after the freeze and every sign-off.</source>
        <translation>Ein E-Mail-Entwurf je zum Gespräch eingeladener Person, nach dem Einfrieren und allen Unterschriften.</translation>
    </message>
    <message>
        <source>{0} invitation letter(s) written to {1} and recorded in the register of letters.</source>
        <translation>{0} Einladungsschreiben in {1} geschrieben und im Schreibenregister verzeichnet.</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <source>Prepare the invitation letters</source>
        <translation>Die Einladungsschreiben vorbereiten</translation>
    </message>
    <message>
        <source>One e-mail draft (.eml, ready to send from the panel&apos;s mailbox; nothing is sent) for each candidate the frozen and signed shortlist invites, in the language of the candidate&apos;s form (English, French or German; templates in resources/letters). Candidates get consecutive interview times in alphabetical order. Every letter is recorded in the register of letters printed in the minutes.</source>
        <translation>Ein E-Mail-Entwurf (.eml, versandfertig aus dem Funktionspostfach des Ausschusses; nichts wird gesendet) für jede Person, die die eingefrorene und unterzeichnete Auswahlliste einlädt, in der Sprache ihres Formulars (Englisch, Französisch oder Deutsch; Vorlagen in resources/letters). Die Gesprächszeiten folgen aufeinander in alphabetischer Reihenfolge. Jedes Schreiben wird im Schreibenregister des Protokolls verzeichnet.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>everyone at the same time</source>
        <translation>alle zur selben Zeit</translation>
    </message>
    <message>
        <source>building, room, city</source>
        <translation>Gebäude, Raum, Stadt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Interview day</source>
        <translation>Gesprächstag</translation>
    </message>
    <message>
        <source>First interview at</source>
        <translation>Erstes Gespräch um</translation>
    </message>
    <message>
        <source>Minutes per interview</source>
        <translation>Minuten je Gespräch</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Videolink</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Ordner für die Schreiben</translation>
    </message>
    <message>
        <source>Write the letters</source>
        <translation>Schreiben erstellen</translation>
    </message>
    <message>
        <source>Choose the folder the letters are written to.</source>
        <translation>Wählen Sie den Ordner, in den die Schreiben geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>panel_app will be in {language} from its next start. Close it and open it again to switch now.</source>
        <translation>panel_app erscheint ab dem nächsten Start auf {language}. Schließen und öffnen Sie es erneut, um jetzt zu wechseln.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estnisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Irisch</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litauisch</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettisch</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>Maltesisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slowakisch</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slowenisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbisch</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Isländisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Katalanisch</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>Luxemburgisch</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanisch</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Mazedonisch</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>Bosnisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Belarussisch</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>Baskisch</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>Submitted at {when} — only the chair can reopen it. The marks are read-only.</source>
        <translation>Abgegeben am {when} — nur der Vorsitz kann es wieder öffnen. Die Noten sind schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>panel_app — EU selection panel</source>
        <translation>panel_app — EU-Auswahlausschuss</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source> Procedure: </source>
        <translation> Verfahren: </translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>S&amp;tart a procedure (template, then you as chair)…</source>
        <translation>Verfahren &amp;beginnen (Vorlage, dann Sie als Vorsitz)…</translation>
    </message>
    <message>
        <source>&amp;New procedure from template…</source>
        <translation>&amp;Neues Verfahren aus einer Vorlage…</translation>
    </message>
    <message>
        <source>Connect to a shared &amp;database…</source>
        <translation>Mit einer gemeinsamen &amp;Datenbank verbinden…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Mein Passwort ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide and keys</source>
        <translation>&amp;Benutzerhandbuch und Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About panel_app</source>
        <translation>Ü&amp;ber panel_app</translation>
    </message>
    <message>
        <source>Not signed in (set-up)</source>
        <translation>Nicht angemeldet (Einrichtung)</translation>
    </message>
    <message>
        <source>Procedure template</source>
        <translation>Verfahrensvorlage</translation>
    </message>
    <message>
        <source>Templates (*.toml)</source>
        <translation>Vorlagen (*.toml)</translation>
    </message>
    <message>
        <source>{ref} created, and you are its chair. Next: add the panel members here, then import the applications on the Applications page.</source>
        <translation>{ref} wurde angelegt; Sie führen den Vorsitz. Als Nächstes: Fügen Sie hier die Mitglieder des Auswahlausschusses hinzu und importieren Sie dann die Bewerbungen auf der Seite Bewerbungen.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>There is no procedure in this database yet. Start one first: File ▸ Start a procedure.</source>
        <translation>Diese Datenbank enthält noch kein Verfahren. Beginnen Sie zuerst eines: Datei ▸ Verfahren beginnen.</translation>
    </message>
    <message>
        <source>About panel_app</source>
        <translation>Über panel_app</translation>
    </message>
    <message>
        <source>&lt;b&gt;panel_app {version}&lt;/b&gt;&lt;p&gt;The desktop tool of an EU selection panel: intake from the functional mailbox, eligibility, blind independent scoring, consensus, shortlist and signed reports.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;</source>
        <translation>&lt;b&gt;panel_app {version}&lt;/b&gt;&lt;p&gt;Das Arbeitsplatzprogramm eines EU-Auswahlausschusses: Eingang aus dem Funktionspostfach, Zulassungsfähigkeit, unabhängige verdeckte Bewertung, Konsens, Auswahlliste und unterzeichnete Berichte.&lt;/p&gt;&lt;p&gt;Datenbank: {database}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingsDialog</name>
    <message>
        <source>Meetings of the panel</source>
        <translation>Sitzungen des Ausschusses</translation>
    </message>
    <message>
        <source>e.g. Luxembourg, DRB B2/004</source>
        <translation>z. B. Luxemburg, DRB B2/004</translation>
    </message>
    <message>
        <source>Written procedure (no physical meeting)</source>
        <translation>Schriftliches Verfahren (keine Präsenzsitzung)</translation>
    </message>
    <message>
        <source>e.g. consensus meeting</source>
        <translation>z. B. Konsenssitzung</translation>
    </message>
    <message>
        <source>Record the meeting</source>
        <translation>Sitzung festhalten</translation>
    </message>
    <message>
        <source>Record the publication date</source>
        <translation>Veröffentlichungsdatum festhalten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Record a meeting (chair)</source>
        <translation>Sitzung festhalten (Vorsitz)</translation>
    </message>
    <message>
        <source>Notice published on</source>
        <translation>Ausschreibung veröffentlicht am</translation>
    </message>
    <message>
        <source>Vacancy notice published: {date}</source>
        <translation>Stellenausschreibung veröffentlicht: {date}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht festgehalten</translation>
    </message>
    <message>
        <source>Recorded: {date}, {where}, {n} attending (audited; printed in the minutes).</source>
        <translation>Festgehalten: {date}, {where}, {n} anwesend (protokolliert; im Protokoll gedruckt).</translation>
    </message>
    <message>
        <source>Publication date recorded: {date}.</source>
        <translation>Veröffentlichungsdatum festgehalten: {date}.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Panel</source>
        <translation>Auswahlausschuss</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmberechtigt</translation>
    </message>
    <message>
        <source>Initial password, 8 characters or more (required)</source>
        <translation>Erstes Passwort, mindestens 8 Zeichen (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Add to the panel</source>
        <translation>Dem Ausschuss hinzufügen</translation>
    </message>
    <message>
        <source>Add this person to the panel (the chair adds members; the first one is the chair)</source>
        <translation>Diese Person dem Ausschuss hinzufügen (der Vorsitz fügt Mitglieder hinzu; die erste Person ist der Vorsitz)</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Take the selected member off the panel (with a reason), or bring them back</source>
        <translation>Das ausgewählte Mitglied (mit Begründung) aus dem Ausschuss nehmen oder wieder aufnehmen</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>(chair) For a forgotten password or a paused sign-in: the member chooses their own at the next sign-in.</source>
        <translation>(Vorsitz) Bei vergessenem Passwort oder gesperrter Anmeldung: Das Mitglied wählt bei der nächsten Anmeldung ein eigenes.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Added {name} as {role} (voting).</source>
        <translation>{name} als {role} hinzugefügt (stimmberechtigt).</translation>
    </message>
    <message>
        <source>Added {name} as {role}.</source>
        <translation>{name} als {role} hinzugefügt.</translation>
    </message>
    <message>
        <source>Add a voting member after scoring started</source>
        <translation>Stimmberechtigtes Mitglied nach Beginn der Bewertung hinzufügen</translation>
    </message>
    <message>
        <source>{message}

Add {name} as a voting member?</source>
        <translation>{message}

{name} als stimmberechtigtes Mitglied hinzufügen?</translation>
    </message>
    <message>
        <source>{name} was not added.</source>
        <translation>{name} wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reaktivieren…</translation>
    </message>
    <message>
        <source>Reactivate a panel member</source>
        <translation>Ausschussmitglied reaktivieren</translation>
    </message>
    <message>
        <source>Reactivate {name} ({role}). They can sign in and act again.</source>
        <translation>{name} ({role}) reaktivieren. Die Person kann sich wieder anmelden und tätig werden.</translation>
    </message>
    <message>
        <source>Deactivate a panel member</source>
        <translation>Ausschussmitglied deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate {name} ({role}). They can no longer sign in or act; their submitted marks stay in the record, and a voting member&apos;s unfinished assessments no longer count as expected.</source>
        <translation>{name} ({role}) deaktivieren. Die Person kann sich nicht mehr anmelden und nicht mehr tätig werden; ihre abgegebenen Noten bleiben in der Akte, und die unvollständigen Bewertungen eines stimmberechtigten Mitglieds werden nicht mehr erwartet.</translation>
    </message>
    <message>
        <source>Reason (required, recorded in the audit trail):</source>
        <translation>Begründung (Pflichtangabe, wird im Prüfpfad festgehalten):</translation>
    </message>
    <message>
        <source>{name} reactivated: {reason}.</source>
        <translation>{name} reaktiviert: {reason}.</translation>
    </message>
    <message>
        <source>{name} deactivated: {reason}.</source>
        <translation>{name} deaktiviert: {reason}.</translation>
    </message>
    <message>
        <source>Select the member whose password you reset.</source>
        <translation>Wählen Sie das Mitglied aus, dessen Passwort Sie zurücksetzen.</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>A temporary password for {name}. Hand it over in person or by phone; they choose their own at the next sign-in.</source>
        <translation>Ein vorläufiges Passwort für {name}. Übergeben Sie es persönlich oder telefonisch; bei der nächsten Anmeldung wählt die Person ein eigenes.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Correct the candidate&apos;s name</source>
        <translation>Namen der Bewerberin / des Bewerbers berichtigen</translation>
    </message>
    <message>
        <source>Candidate {email}. The correction is recorded in the audit trail.</source>
        <translation>Bewerber/in {email}. Die Berichtigung wird im Prüfpfad festgehalten.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
</context>
<context>
    <name>OcrDialog</name>
    <message>
        <source>Read scans (OCR)</source>
        <translation>Scans lesen (OCR)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reading the scanned applications by OCR…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gescannte Bewerbungen werden per OCR gelesen…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No scanned document waits for OCR.</source>
        <translation>Kein gescanntes Dokument wartet auf OCR.</translation>
    </message>
    <message>
        <source>Scan {n} of {total}: {filename}, {message}</source>
        <translation>Scan {n} von {total}: {filename}, {message}</translation>
    </message>
    <message>
        <source>Done: {summary}</source>
        <translation>Fertig: {summary}</translation>
    </message>
    <message>
        <source>Cancelled: {summary} The rest can be read later.</source>
        <translation>Abgebrochen: {summary} Der Rest kann später gelesen werden.</translation>
    </message>
    <message>
        <source>{read} of {total} scans read by OCR</source>
        <translation>{read} von {total} Scans per OCR gelesen</translation>
    </message>
    <message>
        <source> (mean confidence {confidence} %)</source>
        <translation> (mittlere Zuverlässigkeit {confidence} %)</translation>
    </message>
    <message>
        <source>; {n} without text found</source>
        <translation>; {n} ohne gefundenen Text</translation>
    </message>
    <message>
        <source>. The text is marked as OCR: search, keyword hits and eligibility suggestions use it; check what matters against the scan.</source>
        <translation>. Der Text ist als OCR gekennzeichnet: Suche, Schlüsselwort-Treffer und Vorschläge zur Zulassungsfähigkeit verwenden ihn; prüfen Sie das Wesentliche am Scan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read scans (OCR)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scans lesen (OCR)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling… the scans already read stay stored.</source>
        <translation>Abbruch… bereits gelesene Scans bleiben gespeichert.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>⚠  The panel&apos;s database cannot be reached (since {since}). The pages show what was loaded before. Nothing can be changed now, except marks: they are kept on this PC and saved when the database answers. Retrying every second…</source>
        <translation>⚠  Die Datenbank des Ausschusses ist nicht erreichbar (seit {since}). Die Seiten zeigen, was vorher geladen wurde. Jetzt kann nichts geändert werden, außer Noten: Sie werden auf diesem PC aufbewahrt und gespeichert, sobald die Datenbank antwortet. Neuer Versuch jede Sekunde…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Not saved, retrying… ({count} waiting)</source>
        <translation>Nicht gespeichert, neuer Versuch… ({count} wartend)</translation>
    </message>
    <message>
        <source>Not saved, retrying…</source>
        <translation>Nicht gespeichert, neuer Versuch…</translation>
    </message>
    <message>
        <source>The database is out of reach. Your marks are kept on this PC and saved as soon as it answers again; you can go on scoring.</source>
        <translation>Die Datenbank ist nicht erreichbar. Ihre Noten werden auf diesem PC aufbewahrt und gespeichert, sobald sie wieder antwortet; Sie können weiter bewerten.</translation>
    </message>
</context>
<context>
    <name>PackageActions</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>At least 8 characters; hand it over separately from the file (by phone, not in the same e-mail).</source>
        <translation>Mindestens 8 Zeichen; getrennt von der Datei übergeben (telefonisch, nicht in derselben E-Mail).</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Database on this laptop</source>
        <translation>Datenbank auf diesem Laptop</translation>
    </message>
    <message>
        <source>Your own password (optional)</source>
        <translation>Ihr eigenes Passwort (optional)</translation>
    </message>
    <message>
        <source>You sign in here with it; left empty, you sign in with the passphrase.</source>
        <translation>Sie melden sich hier damit an; leer gelassen, melden Sie sich mit der Passphrase an.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation>Wählen Sie die Datei.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Die Datei {path} existiert nicht.</translation>
    </message>
    <message>
        <source>The passphrase has at least 8 characters.</source>
        <translation>Die Passphrase hat mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Choose where the database on this laptop goes.</source>
        <translation>Wählen Sie, wo die Datenbank auf diesem Laptop gespeichert wird.</translation>
    </message>
    <message>
        <source>{path} already exists: choose a new file, so that nothing is overwritten.</source>
        <translation>{path} existiert bereits: Wählen Sie eine neue Datei, damit nichts überschrieben wird.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {why}.</source>
        <translation>{path} kann nicht gelesen werden: {why}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {why}.</source>
        <translation>{path} kann nicht geschrieben werden: {why}.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Offline packages</source>
        <translation>Offline-Pakete</translation>
    </message>
    <message>
        <source>Open or start a procedure first.</source>
        <translation>Öffnen oder beginnen Sie zuerst ein Verfahren.</translation>
    </message>
    <message>
        <source>Export an offline package</source>
        <translation>Offline-Paket exportieren</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Paket geschrieben</translation>
    </message>
    <message>
        <source>Wrote {path}: {n} candidates for {member} (grid {grid}…). Hand the passphrase over separately.</source>
        <translation>{path} geschrieben: {n} Bewerber für {member} (Raster {grid}…). Übergeben Sie die Passphrase getrennt.</translation>
    </message>
    <message>
        <source>Import a member&apos;s return</source>
        <translation>Rückgabe eines Mitglieds importieren</translation>
    </message>
    <message>
        <source>Return imported</source>
        <translation>Rückgabe importiert</translation>
    </message>
    <message>
        <source>{member}: signature and grid verified; {merged} assessments merged, {same} already there, {decl} declarations added.</source>
        <translation>{member}: Signatur und Raster geprüft; {merged} Bewertungen übernommen, {same} bereits vorhanden, {decl} Erklärungen hinzugefügt.</translation>
    </message>
    <message>
        <source>Open an offline package on this laptop</source>
        <translation>Offline-Paket auf diesem Laptop öffnen</translation>
    </message>
    <message>
        <source>Package opened</source>
        <translation>Paket geöffnet</translation>
    </message>
    <message>
        <source>Opened {ref} for {member}: {n} candidates, in {db}. Sign in as {member} with {password}, sign the declaration, score, then File › Offline packages › Write my return.</source>
        <translation>{ref} für {member} geöffnet: {n} Bewerber, in {db}. Melden Sie sich als {member} mit {password} an, unterzeichnen Sie die Erklärung, bewerten Sie, dann Datei › Offline-Pakete › Meine Rückgabe schreiben.</translation>
    </message>
    <message>
        <source>your own password</source>
        <translation>Ihrem eigenen Passwort</translation>
    </message>
    <message>
        <source>the passphrase</source>
        <translation>der Passphrase</translation>
    </message>
    <message>
        <source>Sign in first: the return holds your marks.</source>
        <translation>Melden Sie sich zuerst an: Die Rückgabe enthält Ihre Bewertungen.</translation>
    </message>
    <message>
        <source>Write my return for the chair</source>
        <translation>Meine Rückgabe für den Vorsitz schreiben</translation>
    </message>
    <message>
        <source>Return written</source>
        <translation>Rückgabe geschrieben</translation>
    </message>
    <message>
        <source>Wrote {path}: {n} submitted assessments of {member}, signed. Send it to the chair; the passphrase stays separate.</source>
        <translation>{path} geschrieben: {n} abgegebene Bewertungen von {member}, signiert. Senden Sie sie an den Vorsitz; die Passphrase bleibt getrennt.</translation>
    </message>
    <message>
        <source>Offline &amp;packages</source>
        <translation>Offline-&amp;Pakete</translation>
    </message>
    <message>
        <source>&amp;Export a package for a member…</source>
        <translation>Paket für ein Mitglied &amp;exportieren…</translation>
    </message>
    <message>
        <source>(chair) The sealed grid and one member&apos;s candidates, encrypted, for scoring away from the panel&apos;s database</source>
        <translation>(Vorsitz) Das versiegelte Raster und die Bewerber eines Mitglieds, verschlüsselt, zum Bewerten außerhalb der Datenbank des Ausschusses</translation>
    </message>
    <message>
        <source>&amp;Import a member&apos;s return…</source>
        <translation>Rückgabe eines Mitglieds &amp;importieren…</translation>
    </message>
    <message>
        <source>(chair) Verify the member&apos;s signed return and merge the submitted marks</source>
        <translation>(Vorsitz) Die signierte Rückgabe des Mitglieds prüfen und die abgegebenen Bewertungen übernehmen</translation>
    </message>
    <message>
        <source>&amp;Open a package on this laptop…</source>
        <translation>Paket auf diesem Laptop ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>(member) Open your package into a database of its own on this laptop</source>
        <translation>(Mitglied) Ihr Paket in eine eigene Datenbank auf diesem Laptop öffnen</translation>
    </message>
    <message>
        <source>&amp;Write my return for the chair…</source>
        <translation>Meine Rückgabe für den Vorsitz &amp;schreiben…</translation>
    </message>
    <message>
        <source>(member) Your submitted marks, signed, in a file for the chair</source>
        <translation>(Mitglied) Ihre abgegebenen Bewertungen, signiert, in einer Datei für den Vorsitz</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Zulassungsfähigkeit</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Bewertungsraster</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Ausschuss</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>PanelModel</name>
    <message>
        <source>(conflict)</source>
        <translation>(Konflikt)</translation>
    </message>
    <message>
        <source>(marks hidden)</source>
        <translation>(Noten verborgen)</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>mean {mean} · spread {spread}</source>
        <translation>Mittelwert {mean} · Spannweite {spread}</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>discuss</source>
        <translation>erörtern</translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
    <message>
        <source>Preselection</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Consensus meeting</source>
        <translation>Konsenssitzung</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Reopen an assessment…</source>
        <translation>Bewertung wieder öffnen…</translation>
    </message>
    <message>
        <source>Meetings…</source>
        <translation>Sitzungen…</translation>
    </message>
    <message>
        <source>Reliability and leniency</source>
        <translation>Zuverlässigkeit und Milde</translation>
    </message>
    <message>
        <source>Sign in as a panel member to see the panel&apos;s progress.</source>
        <translation>Melden Sie sich als Ausschussmitglied an, um den Fortschritt des Ausschusses zu sehen.</translation>
    </message>
    <message>
        <source>{n} candidates · {done} with every assessment submitted · {flagged} flagged criteria (⚑ = members ≥ the divergence threshold apart)</source>
        <translation>{n} Bewerber · {done} mit allen abgegebenen Bewertungen · {flagged} markierte Kriterien (⚑ = Mitglieder liegen mindestens um die Abweichungsschwelle auseinander)</translation>
    </message>
    <message>
        <source>Shown once every assessment is submitted.</source>
        <translation>Wird angezeigt, sobald alle Bewertungen abgegeben sind.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall&lt;/b&gt;: α = {alpha}, ICC(2,k) = {icc} (n = {n})</source>
        <translation>&lt;b&gt;Insgesamt&lt;/b&gt;: α = {alpha}, ICC(2,k) = {icc} (n = {n})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per criterion&lt;/b&gt; (α ordinal / ICC(2,k)):</source>
        <translation>&lt;b&gt;Je Kriterium&lt;/b&gt; (α ordinal / ICC(2,k)):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Leniency&lt;/b&gt; (member mean − panel mean):</source>
        <translation>&lt;b&gt;Milde&lt;/b&gt; (Mittelwert des Mitglieds − Mittelwert des Ausschusses):</translation>
    </message>
    <message>
        <source>Select a candidate to see every member&apos;s marks.</source>
        <translation>Wählen Sie einen Bewerber aus, um die Noten aller Mitglieder zu sehen.</translation>
    </message>
    <message>
        <source>you declared a conflict of interest on this candidate</source>
        <translation>Sie haben für diesen Bewerber einen Interessenkonflikt erklärt</translation>
    </message>
    <message>
        <source>not every member has submitted yet</source>
        <translation>noch nicht alle Mitglieder haben abgegeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {submitted} of {expected} submitted — marks hidden ({why}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {submitted} von {expected} abgegeben — Noten verborgen ({why}).</translation>
    </message>
    <message>
        <source>rank {rank}, {status}</source>
        <translation>Rang {rank}, {status}</translation>
    </message>
    <message>
        <source>rank not shown until the ranking is</source>
        <translation>Rang wird erst mit der Rangliste angezeigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — total {total} %, {standing}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — gesamt {total} %, {standing}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password (8 characters or more)</source>
        <translation>Neues Passwort (8 Zeichen oder mehr)</translation>
    </message>
    <message>
        <source>The new password again</source>
        <translation>Das neue Passwort wiederholen</translation>
    </message>
    <message>
        <source>The new password needs at least 8 characters.</source>
        <translation>Das neue Passwort braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>This application is a scan: its text was read by OCR. Keyword hits are marked on the words OCR read; check what matters against the scan.</source>
        <translation>Diese Bewerbung ist ein Scan: ihr Text wurde per OCR gelesen. Stichworttreffer sind auf den von der OCR gelesenen Wörtern markiert; prüfen Sie das Wesentliche am Scan.</translation>
    </message>
    <message>
        <source>This application is a scan: its text was read by OCR (mean confidence {0} %). Keyword hits are marked on the words OCR read; check what matters against the scan.</source>
        <translation>Diese Bewerbung ist ein Scan: ihr Text wurde per OCR gelesen (mittlere Konfidenz {0} %). Stichworttreffer sind auf den von der OCR gelesenen Wörtern markiert; prüfen Sie das Wesentliche am Scan.</translation>
    </message>
    <message>
        <source>Search the application (Ctrl+F)</source>
        <translation>Bewerbung durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Select a candidate.</source>
        <translation>Wählen Sie einen Bewerber aus.</translation>
    </message>
    <message>
        <source>{file}  ({pages} pages)</source>
        <translation>{file}  ({pages} Seiten)</translation>
    </message>
    <message>
        <source>This PDF cannot be displayed; it is stored and can be exported.</source>
        <translation>Dieses PDF kann nicht angezeigt werden; es ist gespeichert und kann exportiert werden.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>found on page {pages}</source>
        <translation>gefunden auf Seite {pages}</translation>
    </message>
    <message>
        <source>no hit</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; keywords: {keywords} — {found}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; Schlüsselwörter: {keywords} — {found}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>PendingSubmit</name>
    <message>
        <source>Submitting &lt;b&gt;{name}&lt;/b&gt; in {seconds} s — their marks then become read-only.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; wird in {seconds} s abgegeben — die Noten sind danach schreibgeschützt.</translation>
    </message>
    <message>
        <source>Submitted {name}.</source>
        <translation>{name} abgegeben.</translation>
    </message>
    <message>
        <source>Submission of {name} taken back: still a draft.</source>
        <translation>Abgabe von {name} zurückgenommen: weiterhin ein Entwurf.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>There is nothing to print: generate a preview first.</source>
        <translation>Es gibt nichts zu drucken: Erstellen Sie zuerst eine Vorschau.</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Der Drucker konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Check the printer, or export the PDF instead.</source>
        <translation>Prüfen Sie den Drucker oder exportieren Sie stattdessen das PDF.</translation>
    </message>
    <message>
        <source>Printing page {page} of {n}</source>
        <translation>Drucke Seite {page} von {n}</translation>
    </message>
    <message>
        <source>Printed {n} pages</source>
        <translation>{n} Seiten gedruckt</translation>
    </message>
</context>
<context>
    <name>ProcedurePage</name>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>A date by which the members should have submitted; the progress view and the reminders name it. Never a lock.</source>
        <translation>Datum, bis zu dem die Mitglieder ihre Bewertungen abgegeben haben sollten; die Fortschrittsansicht und die Erinnerungen nennen es. Nie eine Sperre.</translation>
    </message>
    <message>
        <source>The language of this procedure&apos;s reports and exports (PDF, XLSX): their titles, tables, statements and dates. The reports are the panel&apos;s official record: English unless the procedure sets another.</source>
        <translation>Die Sprache der Berichte und Exporte dieses Verfahrens (PDF, XLSX): Titel, Tabellen, Angaben und Daten. Die Berichte sind die amtliche Niederschrift des Ausschusses: Englisch, sofern das Verfahren keine andere Sprache festlegt.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Save the notice&apos;s settings; after the seal, a change of the deadline, the zone or the reference is an amendment and asks for its reason</source>
        <translation>Die Einstellungen der Ausschreibung speichern; nach der Versiegelung ist eine Änderung der Frist, der Zeitzone oder der Referenz eine förmliche Änderung und verlangt eine Begründung</translation>
    </message>
    <message>
        <source>Selection reference</source>
        <translation>Referenz des Auswahlverfahrens</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Besoldungsgruppe</translation>
    </message>
    <message>
        <source>Functional mailbox</source>
        <translation>Funktionspostfach</translation>
    </message>
    <message>
        <source>Deadline (local time)</source>
        <translation>Frist (Ortszeit)</translation>
    </message>
    <message>
        <source>Scoring deadline (same zone)</source>
        <translation>Bewertungsfrist (gleiche Zeitzone)</translation>
    </message>
    <message>
        <source>Confidentiality marking</source>
        <translation>Vertraulichkeitsvermerk</translation>
    </message>
    <message>
        <source>Reports in</source>
        <translation>Berichte auf</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Stellenausschreibung</translation>
    </message>
    <message>
        <source>Underrepresented Member States (information only, never a scoring input):</source>
        <translation>Unterrepräsentierte Mitgliedstaaten (nur zur Information, nie Teil der Bewertung):</translation>
    </message>
    <message>
        <source>= {utc} UTC (received at that second is on time)</source>
        <translation>= {utc} UTC (in dieser Sekunde eingegangen ist fristgerecht)</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Unbekannte Zeitzone</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Nichts zu speichern: Keine Einstellung wurde geändert.</translation>
    </message>
    <message>
        <source>Saved at {when} — amendment recorded: {reason}.</source>
        <translation>Gespeichert am {when} — Änderung festgehalten: {reason}.</translation>
    </message>
    <message>
        <source>Saved at {when}.</source>
        <translation>Gespeichert am {when}.</translation>
    </message>
    <message>
        <source>Amend a sealed setting</source>
        <translation>Versiegelte Einstellung ändern</translation>
    </message>
    <message>
        <source>It changes what the panel decided on (for a deadline: which applications are on time). Give the reason for the record:</source>
        <translation>Dies ändert die Grundlage der Entscheidungen des Ausschusses (bei einer Frist: welche Bewerbungen fristgerecht sind). Geben Sie die Begründung für die Akte an:</translation>
    </message>
    <message>
        <source>Not saved: an amendment needs its reason.</source>
        <translation>Nicht gespeichert: Eine Änderung braucht eine Begründung.</translation>
    </message>
</context>
<context>
    <name>ProgressBox</name>
    <message>
        <source>Members&apos; progress (counts only)</source>
        <translation>Fortschritt der Mitglieder (nur Zahlen)</translation>
    </message>
    <message>
        <source>Remind…</source>
        <translation>Erinnern…</translation>
    </message>
    <message>
        <source>Write an e-mail draft (.eml) to the selected member naming what is left to score</source>
        <translation>Einen E-Mail-Entwurf (.eml) an das ausgewählte Mitglied verfassen, der nennt, was noch zu bewerten ist</translation>
    </message>
    <message>
        <source>Set on the Procedure page (scoring deadline). A target, never a lock.</source>
        <translation>Auf der Seite Verfahren festgelegt (Bewertungsfrist). Ein Ziel, nie eine Sperre.</translation>
    </message>
    <message>
        <source> — late</source>
        <translation> — verspätet</translation>
    </message>
    <message>
        <source>{submitted} of {expected}</source>
        <translation>{submitted} von {expected}</translation>
    </message>
    <message>
        <source>no mark yet</source>
        <translation>noch keine Note</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>Wählen Sie zuerst ein Mitglied aus.</translation>
    </message>
    <message>
        <source>{name} has submitted everything: no reminder needed.</source>
        <translation>{name} hat alles abgegeben: keine Erinnerung nötig.</translation>
    </message>
    <message>
        <source>Folder for the e-mail draft</source>
        <translation>Ordner für den E-Mail-Entwurf</translation>
    </message>
    <message>
        <source>Draft written: {target}</source>
        <translation>Entwurf geschrieben: {target}</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>marks missing</source>
        <translation>Noten fehlen</translation>
    </message>
    <message>
        <source>consensus needed</source>
        <translation>Konsens erforderlich</translation>
    </message>
    <message>
        <source>Article 29 priority candidates who pass are invited outside the best-N places</source>
        <translation>Bewerberinnen und Bewerber mit Vorrang nach Artikel 29, die bestehen, werden außerhalb der besten N Plätze eingeladen</translation>
    </message>
    <message>
        <source>Article 29 priority candidates who pass are listed first and compete for the best-N places</source>
        <translation>Bewerberinnen und Bewerber mit Vorrang nach Artikel 29, die bestehen, stehen an erster Stelle und konkurrieren um die besten N Plätze</translation>
    </message>
    <message>
        <source>pass mark {mark} %</source>
        <translation>Mindestpunktzahl {mark} %</translation>
    </message>
    <message>
        <source>minimum {minimums}</source>
        <translation>Mindestwert {minimums}</translation>
    </message>
    <message>
        <source>every candidate who passes is invited</source>
        <translation>jede Person, die besteht, wird eingeladen</translation>
    </message>
    <message>
        <source>the best {n} are invited, and all candidates tied at the cut-off</source>
        <translation>die besten {n} werden eingeladen, sowie alle, die an der Schwelle gleichauf liegen</translation>
    </message>
    <message>
        <source>tie-break order {codes}</source>
        <translation>Reihenfolge bei Gleichstand {codes}</translation>
    </message>
    <message>
        <source>pending: {reasons}</source>
        <translation>ausstehend: {reasons}</translation>
    </message>
    <message>
        <source>{why} on {codes}</source>
        <translation>{why} bei {codes}</translation>
    </message>
    <message>
        <source>pending: no marks</source>
        <translation>ausstehend: keine Noten</translation>
    </message>
    <message>
        <source>below the pass mark ({total} &lt; {pass_mark})</source>
        <translation>unter der Mindestpunktzahl ({total} &lt; {pass_mark})</translation>
    </message>
    <message>
        <source>below the minimum on {code} (N/A &lt; {minimum})</source>
        <translation>unter dem Mindestwert bei {code} (N/A &lt; {minimum})</translation>
    </message>
    <message>
        <source>below the minimum on {code} ({value} &lt; {minimum})</source>
        <translation>unter dem Mindestwert bei {code} ({value} &lt; {minimum})</translation>
    </message>
    <message>
        <source>equal with rank {rank} on the total and on every tie-break criterion: the rank is shared</source>
        <translation>gleichauf mit Rang {rank} bei der Gesamtpunktzahl und bei jedem Kriterium für den Gleichstand: Der Rang wird geteilt</translation>
    </message>
    <message>
        <source>tie with rank {rank} broken on {code} ({a} &gt; {b})</source>
        <translation>Gleichstand mit Rang {rank} entschieden bei {code} ({a} &gt; {b})</translation>
    </message>
    <message>
        <source>equal on the total and on every tie-break criterion with {names}: rank {rank} is shared</source>
        <translation>gleichauf bei der Gesamtpunktzahl und bei jedem Kriterium für den Gleichstand mit {names}: Rang {rank} wird geteilt</translation>
    </message>
    <message>
        <source>ahead of rank {rank} on {code} ({a} &gt; {b})</source>
        <translation>vor Rang {rank} bei {code} ({a} &gt; {b})</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>invited: tied at the cut-off with rank {rank}</source>
        <translation>eingeladen: gleichauf an der Schwelle mit Rang {rank}</translation>
    </message>
    <message>
        <source>rank {rank} &gt; best {n}</source>
        <translation>Rang {rank} &gt; beste {n}</translation>
    </message>
    <message>
        <source>invited: Article 29 priority (outside the best-N places)</source>
        <translation>eingeladen: Vorrang nach Artikel 29 (außerhalb der besten N Plätze)</translation>
    </message>
    <message>
        <source>hidden: you declared a conflict of interest on this candidate</source>
        <translation>verborgen: Sie haben einen Interessenkonflikt in Bezug auf diese Bewerbung erklärt</translation>
    </message>
    <message>
        <source>pending: {submitted} of {expected} members have submitted</source>
        <translation>ausstehend: {submitted} von {expected} Mitgliedern haben eingereicht</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>The list would change if {member}&apos;s marks were left out: {came} in, {went} out.</source>
        <translation>Die Liste würde sich ändern, wenn die Noten von {member} unberücksichtigt blieben: hinzu käme {came}, heraus fiele {went}.</translation>
    </message>
    <message>
        <source>The list would change if the weight of {code} were {new} instead of {old}: {came} in, {went} out.</source>
        <translation>Die Liste würde sich ändern, wenn die Gewichtung von {code} {new} statt {old} wäre: hinzu käme {came}, heraus fiele {went}.</translation>
    </message>
</context>
<context>
    <name>ReceivedTimeDialog</name>
    <message>
        <source>Enter the received time</source>
        <translation>Eingangszeit eingeben</translation>
    </message>
    <message>
        <source>e.g. mailbox server log, message trace of 12.06.2026</source>
        <translation>z. B. Protokoll des Mailservers, Nachrichtenablaufverfolgung vom 12.06.2026</translation>
    </message>
    <message>
        <source>When the functional mailbox received it, {tz} time:</source>
        <translation>Eingang im Funktionspostfach, Zeit {tz}:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Source (required)</source>
        <translation>Quelle (Pflichtangabe)</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>{points} or more points apart</source>
        <translation>{points} oder mehr Punkte auseinander</translation>
    </message>
    <message>
        <source>Members were {apart} on {codes} (flagged for discussion).</source>
        <translation>Die Noten der Mitglieder lagen bei {codes} {apart} (zur Erörterung markiert).</translation>
    </message>
    <message>
        <source>too few candidates</source>
        <translation>zu wenige Bewerber</translation>
    </message>
    <message>
        <source>n/a (too few candidates or no variance)</source>
        <translation>entfällt (zu wenige Bewerber oder keine Varianz)</translation>
    </message>
    <message>
        <source>alpha: too few candidates ({n} &lt; {minimum})</source>
        <translation>Alpha: zu wenige Bewerber ({n} &lt; {minimum})</translation>
    </message>
    <message>
        <source>alpha: no variation in the marks</source>
        <translation>Alpha: keine Streuung der Noten</translation>
    </message>
    <message>
        <source>ICC: too few candidates ({n} complete &lt; {minimum})</source>
        <translation>ICC: zu wenige Bewerber ({n} vollständig &lt; {minimum})</translation>
    </message>
    <message>
        <source>ICC: {undefined}</source>
        <translation>ICC: {undefined}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>{reason} (suggested, not yet decided by the panel)</source>
        <translation>{reason} (Vorschlag, vom Ausschuss noch nicht entschieden)</translation>
    </message>
    <message>
        <source>Suggested, not yet decided by the panel</source>
        <translation>Vorschlag, vom Ausschuss noch nicht entschieden</translation>
    </message>
    <message>
        <source>NOT YET CERTIFIABLE: {open} application(s) still have criteria without a person&apos;s decision (marked &apos;(suggested, not yet decided by the panel)&apos;). {n} outcome(s) decided so far by {deciders}.</source>
        <translation>NOCH NICHT BESCHEINIGUNGSFÄHIG: Bei {open} Bewerbung(en) sind noch Kriterien ohne Entscheidung einer Person (gekennzeichnet mit „(Vorschlag, vom Ausschuss noch nicht entschieden)“). Bisher {n} Ergebnis(se) entschieden von {deciders}.</translation>
    </message>
    <message>
        <source>Every outcome in this report ({n} decisions on {applications} applications) was decided by a person: {deciders}. No exclusion rests on a suggestion of the software.</source>
        <translation>Jedes Ergebnis dieses Berichts ({n} Entscheidungen zu {applications} Bewerbungen) wurde von einer Person entschieden: {deciders}. Kein Ausschluss beruht auf einem Vorschlag der Software.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>to be verified</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>erklärt</translation>
    </message>
    <message>
        <source>below the pass mark</source>
        <translation>unter der Mindestpunktzahl</translation>
    </message>
    <message>
        <source>below the minimum required on a criterion</source>
        <translation>unter dem für ein Kriterium verlangten Minimum</translation>
    </message>
    <message>
        <source>not among the candidates invited under the best-N rule</source>
        <translation>nicht unter den nach der Regel der besten N eingeladenen Bewerbern</translation>
    </message>
    <message>
        <source>{file} ({pages} pages)</source>
        <translation>{file} ({pages} Seiten)</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>Interessenkonflikt</translation>
    </message>
    <message>
        <source>{name}: {n} of {expected} members submitted</source>
        <translation>{name}: {n} von {expected} Mitgliedern haben ihre Bewertung abgegeben</translation>
    </message>
    <message>
        <source>{kind}: {where}: expected {expected}, found {found} ({detail})</source>
        <translation>{kind}: {where}: erwartet {expected}, vorgefunden {found} ({detail})</translation>
    </message>
    <message>
        <source>{kind}: {where}: expected {expected}, found {found}</source>
        <translation>{kind}: {where}: erwartet {expected}, vorgefunden {found}</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>umgeordnet</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>{action} {entity} by {actor}</source>
        <translation>{action} {entity} durch {actor}</translation>
    </message>
    <message>
        <source>content hidden from this login</source>
        <translation>Inhalt für diese Anmeldung verborgen</translation>
    </message>
    <message>
        <source>event #{seq} (id {id}, {what})</source>
        <translation>Ereignis Nr. {seq} (ID {id}, {what})</translation>
    </message>
    <message>
        <source>event id {id} ({action} by {actor})</source>
        <translation>Ereignis-ID {id} ({action} durch {actor})</translation>
    </message>
    <message>
        <source>a sequence number and a hash</source>
        <translation>eine laufende Nummer und einen Hash</translation>
    </message>
    <message>
        <source>written outside the chain</source>
        <translation>außerhalb der Kette geschrieben</translation>
    </message>
    <message>
        <source>sequence #{seq}</source>
        <translation>laufende Nummer {seq}</translation>
    </message>
    <message>
        <source>#{seq} again</source>
        <translation>erneut Nr. {seq}</translation>
    </message>
    <message>
        <source>a second event with the same number</source>
        <translation>ein zweites Ereignis mit derselben Nummer</translation>
    </message>
    <message>
        <source>event {which}</source>
        <translation>Ereignis {which}</translation>
    </message>
    <message>
        <source>the chain jumps to #{seq}</source>
        <translation>die Kette springt zu Nr. {seq}</translation>
    </message>
    <message>
        <source>the payload as written, or a purge event recording its redaction</source>
        <translation>den Inhalt wie geschrieben oder ein Löschereignis, das seine Schwärzung erfasst</translation>
    </message>
    <message>
        <source>a redacted payload whose header was changed</source>
        <translation>einen geschwärzten Inhalt, dessen Kopf geändert wurde</translation>
    </message>
    <message>
        <source>a redacted payload that no purge recorded</source>
        <translation>einen geschwärzten Inhalt, den keine Löschung erfasst hat</translation>
    </message>
    <message>
        <source>redacted outside a retention purge</source>
        <translation>außerhalb einer Löschung nach Aufbewahrungsfrist geschwärzt</translation>
    </message>
    <message>
        <source>event id {id} ({action} {entity})</source>
        <translation>Ereignis-ID {id} ({action} {entity})</translation>
    </message>
    <message>
        <source>position #{seq}</source>
        <translation>Position Nr. {seq}</translation>
    </message>
    <message>
        <source>events were swapped or renumbered</source>
        <translation>Ereignisse wurden vertauscht oder umnummeriert</translation>
    </message>
    <message>
        <source>a link to #{seq} ({hash})</source>
        <translation>eine Verknüpfung zu Nr. {seq} ({hash})</translation>
    </message>
    <message>
        <source>{hash}, and a hash that is not its content&apos;s</source>
        <translation>{hash} und einen Hash, der nicht der seines Inhalts ist</translation>
    </message>
    <message>
        <source>an event the application did not write</source>
        <translation>ein Ereignis, das die Anwendung nicht geschrieben hat</translation>
    </message>
    <message>
        <source>hash {hash} of its content</source>
        <translation>Hash {hash} seines Inhalts</translation>
    </message>
    <message>
        <source>its content was edited after it was written</source>
        <translation>sein Inhalt wurde nach dem Schreiben bearbeitet</translation>
    </message>
    <message>
        <source>previous hash {hash}</source>
        <translation>vorheriger Hash {hash}</translation>
    </message>
    <message>
        <source>the link to the event before it is broken</source>
        <translation>die Verknüpfung zum vorherigen Ereignis ist unterbrochen</translation>
    </message>
    <message>
        <source>events #{first}–#{last}</source>
        <translation>Ereignisse Nr. {first}–{last}</translation>
    </message>
    <message>
        <source>the chain to end at #{seq}</source>
        <translation>ein Ende der Kette bei Nr. {seq}</translation>
    </message>
    <message>
        <source>it ends at #{seq}</source>
        <translation>sie endet bei Nr. {seq}</translation>
    </message>
    <message>
        <source>events appended outside the application</source>
        <translation>außerhalb der Anwendung angehängte Ereignisse</translation>
    </message>
    <message>
        <source>the last events were removed</source>
        <translation>die letzten Ereignisse wurden entfernt</translation>
    </message>
    <message>
        <source>the last event #{seq}</source>
        <translation>das letzte Ereignis Nr. {seq}</translation>
    </message>
    <message>
        <source>hash {hash}</source>
        <translation>Hash {hash}</translation>
    </message>
    <message>
        <source>the end of the chain was rewritten</source>
        <translation>das Ende der Kette wurde neu geschrieben</translation>
    </message>
    <message>
        <source>every event</source>
        <translation>alle Ereignisse</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} Ereignisse</translation>
    </message>
    <message>
        <source>{pct} % of the maximum total</source>
        <translation>{pct} % der höchstmöglichen Gesamtpunktzahl</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>{lo}–{hi} points per criterion, N/A allowed (left out of the mean)</source>
        <translation>{lo}–{hi} Punkte je Kriterium, „entfällt“ zulässig (nicht im Mittelwert berücksichtigt)</translation>
    </message>
    <message>
        <source>Pass mark (preselection)</source>
        <translation>Mindestpunktzahl (Vorauswahl)</translation>
    </message>
    <message>
        <source>Pass mark (interview)</source>
        <translation>Mindestpunktzahl (Gespräch)</translation>
    </message>
    <message>
        <source>Best N invited</source>
        <translation>Beste N eingeladen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <source>Tie-break order</source>
        <translation>Reihenfolge bei Gleichstand</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>keine festgelegt</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Konsolidierung</translation>
    </message>
    <message>
        <source>Divergence flag</source>
        <translation>Markierung von Abweichungen</translation>
    </message>
    <message>
        <source>members {apart}</source>
        <translation>Noten der Mitglieder {apart}</translation>
    </message>
    <message>
        <source>Article 29 beyond best N</source>
        <translation>Artikel 29 über die besten N hinaus</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Final ranking</source>
        <translation>Endgültige Rangliste</translation>
    </message>
    <message>
        <source>Interview – invited to interview; assessment in progress</source>
        <translation>Gespräch – zum Gespräch eingeladen; Bewertung läuft</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>reserve list until {day}</source>
        <translation>Reserveliste bis {day}</translation>
    </message>
    <message>
        <source>passed the interview; the outcome is not decided yet</source>
        <translation>Gespräch bestanden; über das Ergebnis ist noch nicht entschieden</translation>
    </message>
    <message>
        <source>not retained: {reason}</source>
        <translation>nicht berücksichtigt: {reason}</translation>
    </message>
    <message>
        <source>Interview – {outcome}</source>
        <translation>Gespräch – {outcome}</translation>
    </message>
    <message>
        <source>{stage} (interview total {total})</source>
        <translation>{stage} (Gesamtpunktzahl des Gesprächs {total})</translation>
    </message>
    <message>
        <source>{stage} (interview total {total}, pass mark {mark})</source>
        <translation>{stage} (Gesamtpunktzahl des Gesprächs {total}, Mindestpunktzahl {mark})</translation>
    </message>
    <message>
        <source>Eligibility – excluded from the assessment: {reason}</source>
        <translation>Zulassungsfähigkeit – von der Bewertung ausgeschlossen: {reason}</translation>
    </message>
    <message>
        <source>Eligibility – excluded from the assessment</source>
        <translation>Zulassungsfähigkeit – von der Bewertung ausgeschlossen</translation>
    </message>
    <message>
        <source>Eligibility – not eligible</source>
        <translation>Zulassungsfähigkeit – nicht zulassungsfähig</translation>
    </message>
    <message>
        <source>Eligibility – being verified</source>
        <translation>Zulassungsfähigkeit – wird geprüft</translation>
    </message>
    <message>
        <source>Preselection – assessment in progress</source>
        <translation>Vorauswahl – Bewertung läuft</translation>
    </message>
    <message>
        <source>Preselection – invited to interview</source>
        <translation>Vorauswahl – zum Gespräch eingeladen</translation>
    </message>
    <message>
        <source>Preselection – passed (the shortlist is not final yet)</source>
        <translation>Vorauswahl – bestanden (die Auswahlliste ist noch nicht endgültig)</translation>
    </message>
    <message>
        <source>Preselection – {reason}; the shortlist is not final yet</source>
        <translation>Vorauswahl – {reason}; die Auswahlliste ist noch nicht endgültig</translation>
    </message>
    <message>
        <source>Preselection – not invited: {reason}</source>
        <translation>Vorauswahl – nicht eingeladen: {reason}</translation>
    </message>
    <message>
        <source>assessment in progress</source>
        <translation>Bewertung läuft</translation>
    </message>
    <message>
        <source>invited to interview</source>
        <translation>zum Gespräch eingeladen</translation>
    </message>
    <message>
        <source>passed (the shortlist is not final yet)</source>
        <translation>bestanden (die Auswahlliste ist noch nicht endgültig)</translation>
    </message>
    <message>
        <source>not invited: {reason}</source>
        <translation>nicht eingeladen: {reason}</translation>
    </message>
    <message>
        <source>not yet decided by the panel</source>
        <translation>vom Ausschuss noch nicht entschieden</translation>
    </message>
    <message>
        <source>Interview – {title}</source>
        <translation>Gespräch – {title}</translation>
    </message>
    <message>
        <source>Criteria where members are {apart} are flagged for discussion.</source>
        <translation>Kriterien, bei denen die Noten der Mitglieder {apart} liegen, werden zur Erörterung markiert.</translation>
    </message>
    <message>
        <source>Consensus: a mark agreed in the meeting on every criterion; a consensus departing from the members&apos; mean by more than 0.5 carries a justification.</source>
        <translation>Konsens: eine in der Sitzung vereinbarte Note für jedes Kriterium; ein Konsens, der um mehr als 0,5 vom Mittelwert der Mitglieder abweicht, wird begründet.</translation>
    </message>
    <message>
        <source>Mean of the members&apos; marks (N/A left out); a consensus mark agreed in the meeting replaces the mean where recorded, with a justification when it departs from the mean by more than 0.5.</source>
        <translation>Mittelwert der Noten der Mitglieder (ohne „entfällt“); eine in der Sitzung vereinbarte Konsensnote ersetzt, soweit erfasst, den Mittelwert und wird begründet, wenn sie um mehr als 0,5 vom Mittelwert abweicht.</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>keine Begründung erfasst</translation>
    </message>
    <message>
        <source>Minority view: {view}</source>
        <translation>Minderheitsmeinung: {view}</translation>
    </message>
    <message>
        <source>Interview – {measure}</source>
        <translation>Gespräch – {measure}</translation>
    </message>
    <message>
        <source>All criteria – Krippendorff&apos;s α (ordinal)</source>
        <translation>Alle Kriterien – Krippendorffs α (ordinal)</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>{n} Einheiten</translation>
    </message>
    <message>
        <source>All criteria – ICC(2,k)</source>
        <translation>Alle Kriterien – ICC(2,k)</translation>
    </message>
    <message>
        <source>agreement of the mean mark (two-way random, absolute)</source>
        <translation>Übereinstimmung der mittleren Note (zweifaktoriell zufällig, absolut)</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <source>every criterion</source>
        <translation>alle Kriterien</translation>
    </message>
    <message>
        <source>Per criterion – α, ICC(2,k)</source>
        <translation>Je Kriterium – α, ICC(2,k)</translation>
    </message>
    <message>
        <source>not computed for {which}: {note}</source>
        <translation>nicht berechnet für {which}: {note}</translation>
    </message>
    <message>
        <source>No scenario checked changes the invited list (each member&apos;s marks left out in turn; each weight one point higher or lower).</source>
        <translation>Keines der geprüften Szenarien ändert die Liste der Eingeladenen (die Noten jedes Mitglieds der Reihe nach weggelassen; jedes Gewicht um einen Punkt höher oder niedriger).</translation>
    </message>
    <message>
        <source>valid until {day}</source>
        <translation>gültig bis {day}</translation>
    </message>
    <message>
        <source>{weight} × {stage}</source>
        <translation>{weight} × {stage}</translation>
    </message>
    <message>
        <source>final total {total} ({how})</source>
        <translation>Endgesamtpunktzahl {total} ({how})</translation>
    </message>
    <message>
        <source>not recorded (panel-app meetings published --date YYYY-MM-DD, or the Panel page, Meetings)</source>
        <translation>nicht erfasst (panel-app meetings published --date JJJJ-MM-TT, oder Seite Ausschuss, Sitzungen)</translation>
    </message>
    <message>
        <source>NO: the grid is not sealed.</source>
        <translation>NEIN: Das Bewertungsraster ist nicht versiegelt.</translation>
    </message>
    <message>
        <source>NO: a mark was recorded at {mark}, before the seal at {seal}.</source>
        <translation>NEIN: Eine Note wurde am {mark} erfasst, vor der Versiegelung am {seal}.</translation>
    </message>
    <message>
        <source>Yes: sealed {seal}; the first mark was recorded {mark}. The application shows no application to a member before the seal and the member&apos;s declaration.</source>
        <translation>Ja: versiegelt am {seal}; die erste Note wurde am {mark} erfasst. Die Anwendung zeigt einem Mitglied keine Bewerbung vor der Versiegelung und vor der Erklärung dieses Mitglieds.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Yes: all {n} voting members signed the declaration of confidentiality and absence of conflict before assessing.</source>
        <translation>Ja: Alle {n} stimmberechtigten Mitglieder haben die Erklärung über Vertraulichkeit und das Nichtvorliegen eines Interessenkonflikts vor der Bewertung unterzeichnet.</translation>
    </message>
    <message>
        <source>NO: not signed by {names}.</source>
        <translation>NEIN: nicht unterzeichnet von {names}.</translation>
    </message>
    <message>
        <source>Yes: every criterion of the {n} assessed applications was decided by {deciders}.</source>
        <translation>Ja: Über jedes Kriterium der {n} bewerteten Bewerbungen hat {deciders} entschieden.</translation>
    </message>
    <message>
        <source>NO: {n} assessed application(s) still have undecided criteria, e.g. {name}.</source>
        <translation>NEIN: Bei {n} bewerteten Bewerbung(en) sind noch Kriterien nicht entschieden, z. B. {name}.</translation>
    </message>
    <message>
        <source>No criterion had members {apart}.</source>
        <translation>Bei keinem Kriterium lagen die Noten der Mitglieder {apart}.</translation>
    </message>
    <message>
        <source>{n} divergent cell(s) ({apart}) were flagged for discussion; {agreed} settled by a consensus mark, {kept} kept at the members&apos; mean after discussion.</source>
        <translation>{n} abweichende Zelle(n) ({apart}) wurden zur Erörterung markiert; {agreed} durch eine Konsensnote geklärt, {kept} nach Erörterung beim Mittelwert der Mitglieder belassen.</translation>
    </message>
    <message>
        <source>{weight} × {stage} total</source>
        <translation>{weight} × Gesamtpunktzahl ({stage})</translation>
    </message>
    <message>
        <source>Final ranking on the combined total ({how}), divided by the sum of the weights</source>
        <translation>Endgültige Rangliste nach der kombinierten Gesamtpunktzahl ({how}), geteilt durch die Summe der Gewichte</translation>
    </message>
    <message>
        <source>Final ranking on the interview total alone</source>
        <translation>Endgültige Rangliste allein nach der Gesamtpunktzahl des Gesprächs</translation>
    </message>
    <message>
        <source>interview pass mark {mark} % of the maximum</source>
        <translation>Mindestpunktzahl des Gesprächs {mark} % des Höchstwerts</translation>
    </message>
    <message>
        <source>no interview pass mark</source>
        <translation>keine Mindestpunktzahl für das Gespräch</translation>
    </message>
    <message>
        <source>minimum {minimums}</source>
        <translation>Minimum {minimums}</translation>
    </message>
    <message>
        <source>{method}. Equal final totals share a place: the final ranking has no tie-break.</source>
        <translation>{method}. Bei gleicher Endgesamtpunktzahl wird der Rang geteilt: Die endgültige Rangliste sieht keine Entscheidung bei Gleichstand vor.</translation>
    </message>
    <message>
        <source>Place {rank} is shared by {names}: equal final totals ({totals}); the final ranking declares no tie-break, so the place is shared.</source>
        <translation>Rang {rank} wird geteilt von {names}: gleiche Endgesamtpunktzahl ({totals}); die endgültige Rangliste sieht keine Entscheidung bei Gleichstand vor, daher wird der Rang geteilt.</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>zulassungsfähig</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>nicht zulassungsfähig</translation>
    </message>
    <message>
        <source>to verify</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>No candidate is invited yet.</source>
        <translation>Noch kein Bewerber ist eingeladen.</translation>
    </message>
    <message>
        <source>NOT decided for {n} of {invited} invited candidates: {which}. Decisions recorded so far by {who}.</source>
        <translation>NICHT entschieden für {n} von {invited} eingeladenen Bewerbern: {which}. Bisher erfasste Entscheidungen von {who}.</translation>
    </message>
    <message>
        <source>Decided by a person on every eligibility criterion for all {invited} invited candidates, by {who} (last decision {last}).</source>
        <translation>Für alle {invited} eingeladenen Bewerber über jedes Zulassungskriterium von einer Person entschieden, von {who} (letzte Entscheidung am {last}).</translation>
    </message>
    <message>
        <source>eligibility: {outcome}</source>
        <translation>Zulassungsfähigkeit: {outcome}</translation>
    </message>
    <message>
        <source>excluded at eligibility</source>
        <translation>bei der Zulassungsprüfung ausgeschlossen</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} von {who}</translation>
    </message>
    <message>
        <source>NOT SEALED</source>
        <translation>NICHT VERSIEGELT</translation>
    </message>
    <message>
        <source>reason for the change: {reason}</source>
        <translation>Begründung der Änderung: {reason}</translation>
    </message>
    <message>
        <source>not yet frozen</source>
        <translation>noch nicht eingefroren</translation>
    </message>
    <message>
        <source>the live ranking no longer matches the frozen list: the chair freezes it again, with a reason, and every member signs again</source>
        <translation>die aktuelle Rangliste stimmt nicht mehr mit der eingefrorenen Liste überein: Der Vorsitz friert sie mit Begründung erneut ein, und jedes Mitglied zeichnet erneut ab</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>nicht eingeladen</translation>
    </message>
    <message>
        <source>below pass mark</source>
        <translation>unter der Mindestpunktzahl</translation>
    </message>
    <message>
        <source>below minimum</source>
        <translation>unter dem Minimum</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>{code}: agreed {mark} – justification in the table.</source>
        <translation>{code}: vereinbart {mark} – Begründung in der Tabelle.</translation>
    </message>
    <message>
        <source>{code}: agreed {mark} – no justification needed.</source>
        <translation>{code}: vereinbart {mark} – keine Begründung erforderlich.</translation>
    </message>
    <message>
        <source>{code}: agreed {mark} (members&apos; mean {mean}) – justification in the table.</source>
        <translation>{code}: vereinbart {mark} (Mittelwert der Mitglieder {mean}) – Begründung in der Tabelle.</translation>
    </message>
    <message>
        <source>{code}: agreed {mark} (members&apos; mean {mean}) – no justification needed.</source>
        <translation>{code}: vereinbart {mark} (Mittelwert der Mitglieder {mean}) – keine Begründung erforderlich.</translation>
    </message>
    <message>
        <source>not shown: the person generating this report declared a conflict on this candidate</source>
        <translation>nicht angezeigt: Die Person, die diesen Bericht erstellt, hat zu diesem Bewerber einen Interessenkonflikt erklärt</translation>
    </message>
    <message>
        <source>pending: {n} of {expected} members have submitted</source>
        <translation>ausstehend: {n} von {expected} Mitgliedern haben ihre Bewertung abgegeben</translation>
    </message>
    <message>
        <source>no such row in the audit record</source>
        <translation>keine solche Zeile im Prüfprotokoll</translation>
    </message>
    <message>
        <source>written outside the application</source>
        <translation>außerhalb der Anwendung geschrieben</translation>
    </message>
    <message>
        <source>the row was deleted</source>
        <translation>die Zeile wurde gelöscht</translation>
    </message>
</context>
<context>
    <name>RecordsActions</name>
    <message>
        <source>ARCHIVE, READ-ONLY: {0} ({1}), verified against its manifest and its audit chain. Nothing can be changed here.</source>
        <translation>ARCHIV, SCHREIBGESCHÜTZT: {0} ({1}), geprüft gegen sein Manifest und seine Audit-Kette. Hier kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>{0} is CLOSED (by {1} on {2}: {3}). It is read-only: nothing can be changed.</source>
        <translation>{0} ist ABGESCHLOSSEN (von {1} am {2}: {3}). Es ist schreibgeschützt: nichts kann geändert werden.</translation>
    </message>
    <message>
        <source>Open a procedure first.</source>
        <translation>Öffnen Sie zuerst ein Verfahren.</translation>
    </message>
    <message>
        <source>Archive procedure</source>
        <translation>Verfahren archivieren</translation>
    </message>
    <message>
        <source>panel_app archive (*.panelarchive)</source>
        <translation>panel_app-Archiv (*.panelarchive)</translation>
    </message>
    <message>
        <source>Procedure archived</source>
        <translation>Verfahren archiviert</translation>
    </message>
    <message>
        <source>Wrote {0} ({1} bytes).
Reports: {2}.
{3}</source>
        <translation>{0} geschrieben ({1} Bytes).
Berichte: {2}.
{3}</translation>
    </message>
    <message>
        <source>

Not included:</source>
        <translation>

Nicht enthalten:</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>Archiv öffnen</translation>
    </message>
    <message>
        <source>panel_app archive (*.panelarchive);;All files (*)</source>
        <translation>panel_app-Archiv (*.panelarchive);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Close procedure</source>
        <translation>Verfahren abschließen</translation>
    </message>
    <message>
        <source>Reason for closing {0} (recorded in the audit trail):</source>
        <translation>Grund für den Abschluss von {0} (im Audit-Protokoll festgehalten):</translation>
    </message>
    <message>
        <source>Close {0}? It becomes read-only: no mark, decision, member or setting can change after. Its archive must hold its current state.</source>
        <translation>{0} abschließen? Es wird schreibgeschützt: keine Note, Entscheidung, kein Mitglied und keine Einstellung kann danach geändert werden. Sein Archiv muss den aktuellen Stand enthalten.</translation>
    </message>
    <message>
        <source>Procedure closed</source>
        <translation>Verfahren abgeschlossen</translation>
    </message>
    <message>
        <source>{0} was closed by {1} on {2}. It is read-only from now on.</source>
        <translation>{0} wurde von {1} am {2} abgeschlossen. Es ist ab jetzt schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>Reopen</name>
    <message>
        <source>Select a candidate first.</source>
        <translation>Wählen Sie zuerst einen Bewerber aus.</translation>
    </message>
    <message>
        <source>Reopen an assessment</source>
        <translation>Bewertung wieder öffnen</translation>
    </message>
    <message>
        <source>Whose submitted assessment of {email} should be reopened?</source>
        <translation>Wessen abgegebene Bewertung von {email} soll wieder geöffnet werden?</translation>
    </message>
    <message>
        <source>The reason (required; it is recorded in the audit trail):</source>
        <translation>Die Begründung (Pflichtangabe; sie wird im Prüfpfad festgehalten):</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Shortlist</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <source>The candidates invited to interview, their marks per criterion, the Art. 29 category, the rule that cut the list, and the signatures. DRAFT until frozen.</source>
        <translation>Die zum Gespräch eingeladenen Bewerber, ihre Noten je Kriterium, die Kategorie nach Art. 29, die Regel, nach der die Liste gekürzt wurde, und die Unterschriften. ENTWURF bis zum Einfrieren.</translation>
    </message>
    <message>
        <source>Eligibility report</source>
        <translation>Bericht zur Zulassungsfähigkeit</translation>
    </message>
    <message>
        <source>Every application with its intake flags, the outcome per eligibility criterion with the reasons, and the counts.</source>
        <translation>Jede Bewerbung mit ihren Eingangshinweisen, dem Ergebnis je Zulassungskriterium mit Begründungen und den Zahlen.</translation>
    </message>
    <message>
        <source>Candidate sheets</source>
        <translation>Bewerberblätter</translation>
    </message>
    <message>
        <source>One page per candidate: final mark per criterion, consensus justifications. The chair may add the individual marks (panel internal copy).</source>
        <translation>Eine Seite je Bewerber: Endnote je Kriterium, Begründungen des Konsenses. Der Vorsitz kann die Einzelnoten hinzufügen (ausschussinterne Fassung).</translation>
    </message>
    <message>
        <source>Panel report</source>
        <translation>Bericht des Ausschusses</translation>
    </message>
    <message>
        <source>The minutes: composition, declarations, sealed grid and hash, intake counts, eligibility, marks and consensus, shortlist rule, interviews, reserve list.</source>
        <translation>Das Protokoll: Zusammensetzung, Erklärungen, versiegeltes Raster und Hashwert, Eingangszahlen, Zulassungsfähigkeit, Noten und Konsens, Regel der Auswahlliste, Gespräche, Reserveliste.</translation>
    </message>
    <message>
        <source>Candidate extract</source>
        <translation>Auszug für Bewerber</translation>
    </message>
    <message>
        <source>For a candidate&apos;s data access request: their own data, eligibility result, final marks, total, pass mark and stage reached — nothing else.</source>
        <translation>Für den Antrag eines Bewerbers auf Auskunft über seine Daten: seine eigenen Daten, das Ergebnis der Zulassungsprüfung, die Endnoten, die Gesamtnote, die Mindestpunktzahl und die erreichte Phase — nichts anderes.</translation>
    </message>
    <message>
        <source>candidate e-mail address</source>
        <translation>E-Mail-Adresse des Bewerbers</translation>
    </message>
    <message>
        <source>Preselection</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Include individual members&apos; marks
(panel internal copy; chair only)</source>
        <translation>Einzelnoten der Mitglieder aufnehmen
(ausschussinterne Fassung; nur Vorsitz)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerber/in</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Berichte&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your role may not generate this report.</source>
        <translation>Ihre Rolle darf diesen Bericht nicht erstellen.</translation>
    </message>
    <message>
        <source>Open a procedure first.</source>
        <translation>Öffnen Sie zuerst ein Verfahren.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>{name}: {pages} pages, {size} KB.</source>
        <translation>{name}: {pages} Seiten, {size} KB.</translation>
    </message>
    <message>
        <source>Not generated.</source>
        <translation>Nicht erstellt.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportiert nach {path}.</translation>
    </message>
    <message>
        <source>Sent {n} pages to the printer.</source>
        <translation>{n} Seiten an den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>RulesForm</name>
    <message>
        <source>Shortlist rules</source>
        <translation>Regeln der Auswahlliste</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Mean of the members&apos; marks</source>
        <translation>Mittelwert der Noten der Mitglieder</translation>
    </message>
    <message>
        <source>Consensus required</source>
        <translation>Konsens erforderlich</translation>
    </message>
    <message>
        <source>Art. 29 candidates who pass bypass the best-N cut</source>
        <translation>Erfolgreiche Bewerber nach Art. 29 sind von der Begrenzung auf die besten N ausgenommen</translation>
    </message>
    <message>
        <source>Interview only</source>
        <translation>Nur Gespräch</translation>
    </message>
    <message>
        <source>Combined with preselection</source>
        <translation>Kombiniert mit der Vorauswahl</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Nach oben</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Nach unten</translation>
    </message>
    <message>
        <source>Apply rules</source>
        <translation>Regeln anwenden</translation>
    </message>
    <message>
        <source>Pass mark, preselection (%)</source>
        <translation>Mindestpunktzahl, Vorauswahl (%)</translation>
    </message>
    <message>
        <source>Pass mark, interview (%)</source>
        <translation>Mindestpunktzahl, Gespräch (%)</translation>
    </message>
    <message>
        <source>Invite the best N</source>
        <translation>Die besten N einladen</translation>
    </message>
    <message>
        <source>Final mark per criterion</source>
        <translation>Endnote je Kriterium</translation>
    </message>
    <message>
        <source>Divergence flag at (points)</source>
        <translation>Abweichungsmarkierung ab (Punkte)</translation>
    </message>
    <message>
        <source>Final ranking</source>
        <translation>Endgültige Rangliste</translation>
    </message>
    <message>
        <source>Tie-break order (higher final mark on the first, then the next):</source>
        <translation>Reihenfolge bei Gleichstand (höhere Endnote beim ersten, dann beim nächsten):</translation>
    </message>
</context>
<context>
    <name>ScoringGateBox</name>
    <message>
        <source>Scoring gate</source>
        <translation>Zugang zur Bewertung</translation>
    </message>
    <message>
        <source>Eligibility first (default): only candidates decided eligible are scored</source>
        <translation>Zulassungsfähigkeit zuerst (Standard): Nur für zulassungsfähig befundene Bewerber werden bewertet</translation>
    </message>
    <message>
        <source>Score while checking: everyone is scored until decided not eligible</source>
        <translation>Bewerten während der Prüfung: Alle werden bewertet, bis sie für nicht zulassungsfähig befunden werden</translation>
    </message>
    <message>
        <source>Members assess only the candidates whose eligibility a person has decided</source>
        <translation>Die Mitglieder bewerten nur Bewerber, über deren Zulassungsfähigkeit eine Person entschieden hat</translation>
    </message>
    <message>
        <source>For very large procedures. Members assess every candidate; one decided not eligible leaves the queues. The freeze still needs everyone it invites decided eligible.</source>
        <translation>Für sehr große Verfahren. Die Mitglieder bewerten alle Bewerber; wer für nicht zulassungsfähig befunden wird, verlässt die Warteschlangen. Das Einfrieren verlangt weiterhin, dass alle Eingeladenen für zulassungsfähig befunden wurden.</translation>
    </message>
    <message>
        <source>Scoring gate: eligibility first</source>
        <translation>Zugang zur Bewertung: Zulassungsfähigkeit zuerst</translation>
    </message>
    <message>
        <source>Scoring gate: score while checking</source>
        <translation>Zugang zur Bewertung: bewerten während der Prüfung</translation>
    </message>
    <message>
        <source>Fixed: scoring has started (the first mark was given), so the gate cannot change.</source>
        <translation>Festgelegt: Die Bewertung hat begonnen (die erste Note wurde vergeben), daher kann der Zugang nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Only the chair or the secretary may change it, until the first mark is given.</source>
        <translation>Nur der Vorsitz oder das Sekretariat kann ihn ändern, bis die erste Note vergeben ist.</translation>
    </message>
    <message>
        <source>Can be changed until the first mark is given.</source>
        <translation>Änderbar, bis die erste Note vergeben ist.</translation>
    </message>
    <message>
        <source>Every candidate not decided &quot;not eligible&quot; enters the members&apos; scoring queues now, before a person has decided their eligibility. The freeze will still need every candidate it invites, every candidate tied at the cut and every Article 29 candidate decided eligible.</source>
        <translation>Alle nicht als „nicht zulassungsfähig“ befundenen Bewerber gelangen jetzt in die Bewertungswarteschlangen der Mitglieder, bevor eine Person über ihre Zulassungsfähigkeit entschieden hat. Das Einfrieren verlangt weiterhin, dass alle Eingeladenen, alle an der Grenze Gleichplatzierten und alle Bewerber nach Artikel 29 für zulassungsfähig befunden wurden.</translation>
    </message>
    <message>
        <source>Only the candidates a person has decided eligible stay in the members&apos; scoring queues; the others leave them until their eligibility is decided.</source>
        <translation>Nur die von einer Person für zulassungsfähig befundenen Bewerber bleiben in den Bewertungswarteschlangen der Mitglieder; die anderen verlassen sie, bis über ihre Zulassungsfähigkeit entschieden ist.</translation>
    </message>
    <message>
        <source>Change the scoring gate?

{0}

The gate is fixed once the first mark is given. The change is recorded in the audit trail.</source>
        <translation>Zugang zur Bewertung ändern?

{0}

Der Zugang ist festgelegt, sobald die erste Note vergeben ist. Die Änderung wird im Prüfpfad festgehalten.</translation>
    </message>
    <message>
        <source>Change the scoring gate</source>
        <translation>Zugang zur Bewertung ändern</translation>
    </message>
    <message>
        <source>Not changed.</source>
        <translation>Nicht geändert.</translation>
    </message>
    <message>
        <source>Changed at {0}: {1}.</source>
        <translation>Geändert am {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Preselection (the written applications)</source>
        <translation>Vorauswahl (die schriftlichen Bewerbungen)</translation>
    </message>
    <message>
        <source>Interview (the invited candidates)</source>
        <translation>Gespräch (die eingeladenen Bewerber)</translation>
    </message>
    <message>
        <source>The stage you score: the same workbench and rules, the stage&apos;s own criteria</source>
        <translation>Die Phase, die Sie bewerten: derselbe Arbeitsbereich und dieselben Regeln, die Kriterien der Phase</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Not complete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>{email} cannot be submitted yet: no mark on {criteria}.

Give a mark (0–4) or N/A (N) on each criterion.</source>
        <translation>{email} kann noch nicht abgegeben werden: keine Note für {criteria}.

Vergeben Sie für jedes Kriterium eine Note (0–4) oder N/A (N).</translation>
    </message>
    <message>
        <source>Hidden: you declared a conflict of interest on this candidate.</source>
        <translation>Verborgen: Sie haben für diesen Bewerber einen Interessenkonflikt erklärt.</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>Open a procedure first.</source>
        <translation>Öffnen Sie zuerst ein Verfahren.</translation>
    </message>
    <message>
        <source>Export my score sheet</source>
        <translation>Meinen Bewertungsbogen exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Import a score sheet</source>
        <translation>Bewertungsbogen importieren</translation>
    </message>
    <message>
        <source>Score sheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Bewertungsbögen (*.xlsx *.csv);;Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Score sheet exported</source>
        <translation>Bewertungsbogen exportiert</translation>
    </message>
    <message>
        <source>Wrote {file}: {candidates} candidates × {criteria} criteria.

Fill in the value column (0–4 or NA), then use Scores ▸ Import a score sheet.</source>
        <translation>{file} geschrieben: {candidates} Bewerber × {criteria} Kriterien.

Füllen Sie die Spalte value aus (0–4 oder NA) und verwenden Sie dann Noten ▸ Bewertungsbogen importieren.</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation>{n} unverändert</translation>
    </message>
    <message>
        <source>{n} rows without a value skipped</source>
        <translation>{n} Zeile(n) ohne Wert übersprungen</translation>
    </message>
    <message>
        <source>Score sheet imported</source>
        <translation>Bewertungsbogen importiert</translation>
    </message>
    <message>
        <source>Applied {n} marks from {file}.</source>
        <translation>{n} Note(n) aus {file} übernommen.</translation>
    </message>
    <message>
        <source>panel_app — score sheet not imported</source>
        <translation>panel_app — Bewertungsbogen nicht importiert</translation>
    </message>
    <message>
        <source>… and {n} more (Show Details).</source>
        <translation>… und {n} weitere (Details anzeigen).</translation>
    </message>
    <message>
        <source>&amp;Scores</source>
        <translation>&amp;Noten</translation>
    </message>
    <message>
        <source>Export my score sheet…</source>
        <translation>Meinen Bewertungsbogen exportieren…</translation>
    </message>
    <message>
        <source>Import a score sheet…</source>
        <translation>Bewertungsbogen importieren…</translation>
    </message>
</context>
<context>
    <name>SheetMaths</name>
    <message>
        <source>Total {total} / 100 · {done}/{n} marked</source>
        <translation>Gesamt {total} / 100 · {done}/{n} bewertet</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
</context>
<context>
    <name>ShortlistGates</name>
    <message>
        <source>Freeze the shortlist with {n} candidate(s) invited to the interview: {names}?

Rule: {rule}.
The frozen list is the one the voting members sign off and the interview stage follows.</source>
        <translation>Die Auswahlliste mit {n} zum Gespräch eingeladenen Bewerber(n) einfrieren: {names}?

Regel: {rule}.
Die eingefrorene Liste ist diejenige, die die stimmberechtigten Mitglieder freigeben und der die Gesprächsphase folgt.</translation>
    </message>
    <message>
        <source>The list frozen at {when} by {who} is replaced: its {n} sign-off(s) are void and every member signs again. A reason is recorded.</source>
        <translation>Die am {when} von {who} eingefrorene Liste wird ersetzt: Ihre {n} Freigabe(n) werden ungültig und jedes Mitglied unterzeichnet erneut. Eine Begründung wird festgehalten.</translation>
    </message>
    <message>
        <source>Tied at the cut-off (all invited): {names}.</source>
        <translation>Gleichstand an der Grenze (alle eingeladen): {names}.</translation>
    </message>
    <message>
        <source>The live ranking no longer matches the frozen list</source>
        <translation>Die aktuelle Rangfolge entspricht nicht mehr der festgeschriebenen Liste</translation>
    </message>
    <message>
        <source>no sign-off until the chair freezes it again with a reason:</source>
        <translation>keine Unterzeichnung, bis der Vorsitz sie mit Begründung erneut festschreibt:</translation>
    </message>
    <message>
        <source>Changed since the freeze:</source>
        <translation>Seit dem Festschreiben geändert:</translation>
    </message>
    <message>
        <source>{member}, sign off the shortlist frozen at {when} by {who}, which invites {n} candidate(s): {names}?

Your sign-off is recorded with the time and the audit trail. It stands until the chair changes or reopens the list, which voids every sign-off.</source>
        <translation>{member}, die am {when} von {who} eingefrorene Auswahlliste freigeben, die {n} Bewerber einlädt: {names}?

Ihre Freigabe wird mit der Uhrzeit im Prüfpfad festgehalten. Sie gilt, bis der Vorsitz die Liste ändert oder wieder öffnet, wodurch alle Freigaben ungültig werden.</translation>
    </message>
    <message>
        <source>Admit {candidate} (application {id}, received {received}) to scoring?

The shortlist frozen at {when} is reopened: its {n} sign-off(s) are void. Once the candidate is decided eligible and scored, the list is frozen and signed again.

Reason (recorded and audited):</source>
        <translation>{candidate} (Bewerbung {id}, eingegangen {received}) zur Bewertung zulassen?

Die am {when} eingefrorene Auswahlliste wird wieder geöffnet: Ihre {n} Freigabe(n) werden ungültig. Sobald der Bewerber für zulassungsfähig befunden und bewertet ist, wird die Liste erneut eingefroren und unterzeichnet.

Begründung (festgehalten und protokolliert):</translation>
    </message>
    <message>
        <source>Record {candidate} (application {id}, received {received}) as out of scope?

It never enters scoring; the frozen list and its sign-offs stand.

Reason (recorded and audited):</source>
        <translation>{candidate} (Bewerbung {id}, eingegangen {received}) als außerhalb des Verfahrens festhalten?

Sie gelangt nie in die Bewertung; die eingefrorene Liste und ihre Freigaben bleiben bestehen.

Begründung (festgehalten und protokolliert):</translation>
    </message>
</context>
<context>
    <name>ShortlistModel</name>
    <message>
        <source>generated: {reason}</source>
        <translation>erzeugt: {reason}</translation>
    </message>
    <message>
        <source>The interview follows the frozen shortlist.</source>
        <translation>Das Gespräch folgt der eingefrorenen Auswahlliste.</translation>
    </message>
</context>
<context>
    <name>ShortlistPage</name>
    <message>
        <source>Freeze shortlist</source>
        <translation>Auswahlliste einfrieren</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Freeze the list the members sign (asks for confirmation; a change needs a reason and voids the sign-offs)</source>
        <translation>Die Liste einfrieren, die die Mitglieder unterzeichnen (fragt nach Bestätigung; eine Änderung braucht eine Begründung und macht die Freigaben ungültig)</translation>
    </message>
    <message>
        <source>Sign off the frozen list (asks for confirmation)</source>
        <translation>Die eingefrorene Liste freigeben (fragt nach Bestätigung)</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Reserve list</source>
        <translation>Reserveliste</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Ergebnis festhalten</translation>
    </message>
    <message>
        <source>Selected candidate:</source>
        <translation>Ausgewählter Bewerber:</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>gültig bis</translation>
    </message>
    <message>
        <source>After the interview: final ranking, recommended candidates and reserve list</source>
        <translation>Nach dem Gespräch: endgültige Rangliste, empfohlene Bewerber und Reserveliste</translation>
    </message>
    <message>
        <source>&lt;b&gt;Article 29 priority candidates&lt;/b&gt; (considered first)</source>
        <translation>&lt;b&gt;Vorrangige Bewerber nach Artikel 29&lt;/b&gt; (zuerst berücksichtigt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ranked candidates&lt;/b&gt; (double-click a reason to reword it — chair)</source>
        <translation>&lt;b&gt;Gereihte Bewerber&lt;/b&gt; (Doppelklick auf eine Begründung, um sie umzuformulieren — Vorsitz)</translation>
    </message>
    <message>
        <source>Sign in as a panel member to see the shortlist.</source>
        <translation>Melden Sie sich als Ausschussmitglied an, um die Auswahlliste zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rule:&lt;/b&gt; {rule}.</source>
        <translation>&lt;b&gt;Regel:&lt;/b&gt; {rule}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tied at the cut-off&lt;/b&gt; (all invited): {names}</source>
        <translation>&lt;b&gt;Gleichstand an der Grenze&lt;/b&gt; (alle eingeladen): {names}</translation>
    </message>
    <message>
        <source>No tie at the cut-off.</source>
        <translation>Kein Gleichstand an der Grenze.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Robustness:&lt;/b&gt; {findings}</source>
        <translation>&lt;b&gt;Robustheit:&lt;/b&gt; {findings}</translation>
    </message>
    <message>
        <source>no single member&apos;s marks nor a weight ±1 changes the list.</source>
        <translation>weder die Noten eines einzelnen Mitglieds noch ein Gewicht ±1 ändern die Liste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Frozen&lt;/b&gt; {when} by {who}</source>
        <translation>&lt;b&gt;Eingefroren&lt;/b&gt; am {when} von {who}</translation>
    </message>
    <message>
        <source> (change: {reason})</source>
        <translation> (Änderung: {reason})</translation>
    </message>
    <message>
        <source>the live ranking no longer matches the frozen list</source>
        <translation>die aktuelle Rangliste stimmt nicht mehr mit der eingefrorenen Liste überein</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not frozen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nicht eingefroren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{state} · {invited} invited · {others}</source>
        <translation>{state} · {invited} eingeladen · {others}</translation>
    </message>
    <message>
        <source>no one else</source>
        <translation>niemand sonst</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed off:&lt;/b&gt; {signed} · &lt;b&gt;to sign:&lt;/b&gt; {missing}</source>
        <translation>&lt;b&gt;Freigegeben:&lt;/b&gt; {signed} · &lt;b&gt;noch zu unterzeichnen:&lt;/b&gt; {missing}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed off:&lt;/b&gt; {signed}</source>
        <translation>&lt;b&gt;Freigegeben:&lt;/b&gt; {signed}</translation>
    </message>
    <message>
        <source>Change frozen list…</source>
        <translation>Eingefrorene Liste ändern…</translation>
    </message>
    <message>
        <source>Method: {method}</source>
        <translation>Methode: {method}</translation>
    </message>
    <message>
        <source>Shown once the interview assessments are submitted.</source>
        <translation>Wird angezeigt, sobald die Gesprächsbewertungen abgegeben sind.</translation>
    </message>
    <message>
        <source>Change the frozen shortlist</source>
        <translation>Eingefrorene Auswahlliste ändern</translation>
    </message>
    <message>
        <source>Freeze the shortlist</source>
        <translation>Auswahlliste einfrieren</translation>
    </message>
    <message>
        <source>Not frozen.</source>
        <translation>Nicht eingefroren.</translation>
    </message>
    <message>
        <source>Reason for the change (every member signs again):</source>
        <translation>Begründung der Änderung (jedes Mitglied unterzeichnet erneut):</translation>
    </message>
    <message>
        <source>Not changed: a change of the frozen list needs a reason.</source>
        <translation>Nicht geändert: Eine Änderung der eingefrorenen Liste braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Shortlist frozen at {frozen_at}: the members can now sign it off.</source>
        <translation>Auswahlliste am {frozen_at} eingefroren: Die Mitglieder können sie jetzt freigeben.</translation>
    </message>
    <message>
        <source>Sign off the shortlist</source>
        <translation>Auswahlliste freigeben</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Nicht unterzeichnet.</translation>
    </message>
    <message>
        <source>{member} signed the shortlist at {signed_at}.</source>
        <translation>{member} hat die Auswahlliste am {signed_at} unterzeichnet.</translation>
    </message>
    <message>
        <source>Admit an application received after the freeze</source>
        <translation>Eine nach dem Einfrieren eingegangene Bewerbung zulassen</translation>
    </message>
    <message>
        <source>Record as out of scope</source>
        <translation>Als außerhalb des Verfahrens festhalten</translation>
    </message>
    <message>
        <source>Nothing recorded: a reason is required.</source>
        <translation>Nichts festgehalten: Eine Begründung ist erforderlich.</translation>
    </message>
    <message>
        <source>{candidate} admitted: the shortlist is reopened and its sign-offs are void.</source>
        <translation>{candidate} zugelassen: Die Auswahlliste ist wieder geöffnet und ihre Freigaben sind ungültig.</translation>
    </message>
    <message>
        <source>{candidate} recorded as out of scope.</source>
        <translation>{candidate} als außerhalb des Verfahrens festgehalten.</translation>
    </message>
    <message>
        <source>Select a candidate in the final ranking first.</source>
        <translation>Wählen Sie zuerst einen Bewerber in der endgültigen Rangliste aus.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>This procedure has no panel members yet. Add the chair first on the Procedure page.</source>
        <translation>Dieses Verfahren hat noch keine Ausschussmitglieder. Tragen Sie zuerst den Vorsitz auf der Seite Verfahren ein.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Wählen Sie Ihr Passwort</translation>
    </message>
    <message>
        <source>The chair reset the password of {name}. Choose your own now; nobody else will know it.</source>
        <translation>Der Vorsitz hat das Passwort von {name} zurückgesetzt. Wählen Sie jetzt Ihr eigenes; niemand sonst wird es kennen.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Passwort geändert.</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>A new password for {name}.</source>
        <translation>Ein neues Passwort für {name}.</translation>
    </message>
</context>
<context>
    <name>SignInCover</name>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign in as a member of this procedure&apos;s panel</source>
        <translation>Als Mitglied des Ausschusses dieses Verfahrens anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Start a procedure…</source>
        <translation>Verfahren beginnen…</translation>
    </message>
    <message>
        <source>Create the procedure from its notice&apos;s template and add yourself as chair</source>
        <translation>Das Verfahren aus der Vorlage seiner Ausschreibung anlegen und sich selbst als Vorsitz eintragen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{page}&lt;/h3&gt;&lt;p&gt;This database holds no selection procedure yet.&lt;/p&gt;&lt;p style=&apos;color:#555&apos;&gt;Start one: choose the vacancy notice&apos;s template and add yourself as the chair. Then set the panel and import the applications.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{page}&lt;/h3&gt;&lt;p&gt;Diese Datenbank enthält noch kein Auswahlverfahren.&lt;/p&gt;&lt;p style=&apos;color:#555&apos;&gt;Beginnen Sie eines: Wählen Sie die Vorlage der Stellenausschreibung und tragen Sie sich als Vorsitz ein. Setzen Sie dann den Ausschuss zusammen und importieren Sie die Bewerbungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{page}&lt;/h3&gt;&lt;p&gt;Sign in to {reference} to see this page.&lt;/p&gt;&lt;p style=&apos;color:#555&apos;&gt;The applications, marks and reports of a selection procedure are confidential: they show only to a signed-in member of its panel.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{page}&lt;/h3&gt;&lt;p&gt;Melden Sie sich bei {reference} an, um diese Seite zu sehen.&lt;/p&gt;&lt;p style=&apos;color:#555&apos;&gt;Bewerbungen, Noten und Berichte eines Auswahlverfahrens sind vertraulich: Sie werden nur einem angemeldeten Mitglied seines Auswahlausschusses angezeigt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — {reference}</source>
        <translation>Anmeldung — {reference}</translation>
    </message>
    <message>
        <source>Every action is recorded under your name.</source>
        <translation>Jede Handlung wird unter Ihrem Namen festgehalten.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Submission pending</source>
        <translation>Abgabe ausstehend</translation>
    </message>
    <message>
        <source>Undo  (Ctrl+Z)</source>
        <translation>Rückgängig  (Strg+Z)</translation>
    </message>
    <message>
        <source>Take the submission back: the candidate stays a draft</source>
        <translation>Die Abgabe zurücknehmen: Der Bewerber bleibt ein Entwurf</translation>
    </message>
    <message>
        <source>Undo the submission</source>
        <translation>Abgabe rückgängig machen</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>eligibility</source>
        <translation>Zulassungsfähigkeit</translation>
    </message>
    <message>
        <source>preselection</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>Beobachter/in</translation>
    </message>
    <message>
        <source>voting member</source>
        <translation>stimmberechtigtes Mitglied</translation>
    </message>
    <message>
        <source>non-voting member</source>
        <translation>Mitglied ohne Stimmrecht</translation>
    </message>
    <message>
        <source>set-up</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>not an application</source>
        <translation>keine Bewerbung</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>nicht zulassungsfähig</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>abgegeben</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>reserve list</source>
        <translation>Reserveliste</translation>
    </message>
    <message>
        <source>Commission official</source>
        <translation>Beamter/Beamtin der Kommission</translation>
    </message>
    <message>
        <source>official of another institution</source>
        <translation>Beamter/Beamtin eines anderen Organs</translation>
    </message>
    <message>
        <source>competition laureate</source>
        <translation>Erfolgreiche(r) eines Auswahlverfahrens</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familiär</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>beruflich</translation>
    </message>
    <message>
        <source>hierarchical</source>
        <translation>hierarchisch</translation>
    </message>
    <message>
        <source>financial</source>
        <translation>finanziell</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>eligibility first</source>
        <translation>zuerst Zulassungsfähigkeit</translation>
    </message>
    <message>
        <source>score while eligibility is checked</source>
        <translation>Bewertung während der Prüfung der Zulassungsfähigkeit</translation>
    </message>
    <message>
        <source>consensus required</source>
        <translation>Konsens erforderlich</translation>
    </message>
    <message>
        <source>interview only</source>
        <translation>nur Auswahlgespräch</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>bewertet</translation>
    </message>
    <message>
        <source>pass/fail</source>
        <translation>bestanden/nicht bestanden</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>kombiniert</translation>
    </message>
    <message>
        <source>the whole procedure</source>
        <translation>das ganze Verfahren</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <source>PostgreSQL archive (pg_dump)</source>
        <translation>PostgreSQL-Archiv (pg_dump)</translation>
    </message>
    <message>
        <source>decided eligible</source>
        <translation>als zulassungsfähig entschieden</translation>
    </message>
    <message>
        <source>offline package</source>
        <translation>Offline-Paket</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>ohne Referenz</translation>
    </message>
    <message>
        <source>no attachment</source>
        <translation>ohne Anhang</translation>
    </message>
    <message>
        <source>several documents</source>
        <translation>mehrere Dokumente</translation>
    </message>
    <message>
        <source>not a PDF</source>
        <translation>kein PDF</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>scan without text</source>
        <translation>Scan ohne Text</translation>
    </message>
    <message>
        <source>read by OCR</source>
        <translation>per OCR gelesen</translation>
    </message>
    <message>
        <source>receipt time unknown</source>
        <translation>Eingangszeit unbekannt</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>weitergeleitet</translation>
    </message>
    <message>
        <source>not mail or PDF</source>
        <translation>weder E-Mail noch PDF</translation>
    </message>
    <message>
        <source>not read (limit)</source>
        <translation>nicht gelesen (Grenze)</translation>
    </message>
    <message>
        <source>active content</source>
        <translation>aktive Inhalte</translation>
    </message>
    <message>
        <source>first pages only</source>
        <translation>nur erste Seiten</translation>
    </message>
    <message>
        <source>part not unpacked</source>
        <translation>Teil nicht entpackt</translation>
    </message>
    <message>
        <source>received after the deadline</source>
        <translation>nach Fristablauf eingegangen</translation>
    </message>
    <message>
        <source>the selection reference is not in the subject</source>
        <translation>die Referenz des Auswahlverfahrens steht nicht im Betreff</translation>
    </message>
    <message>
        <source>no document attached</source>
        <translation>kein Dokument beigefügt</translation>
    </message>
    <message>
        <source>not one single PDF (several documents)</source>
        <translation>nicht ein einziges PDF (mehrere Dokumente)</translation>
    </message>
    <message>
        <source>a document is not a PDF</source>
        <translation>ein Dokument ist kein PDF</translation>
    </message>
    <message>
        <source>documents were sent in an archive (zip)</source>
        <translation>die Dokumente wurden in einem Archiv (zip) gesendet</translation>
    </message>
    <message>
        <source>a document is password-protected</source>
        <translation>ein Dokument ist passwortgeschützt</translation>
    </message>
    <message>
        <source>a document is damaged or unreadable</source>
        <translation>ein Dokument ist beschädigt oder unlesbar</translation>
    </message>
    <message>
        <source>a scan without a text layer: it cannot be searched, check it by eye</source>
        <translation>ein Scan ohne Textebene: Er kann nicht durchsucht werden, prüfen Sie ihn mit eigenen Augen</translation>
    </message>
    <message>
        <source>a scan read by OCR: searchable, but check what matters against the scan</source>
        <translation>ein per OCR gelesener Scan: durchsuchbar, aber prüfen Sie das Wesentliche am Scan</translation>
    </message>
    <message>
        <source>the mailbox receipt time is unknown (a loose file): enter it</source>
        <translation>die Eingangszeit im Postfach ist unbekannt (einzelne Datei): Geben Sie sie ein</translation>
    </message>
    <message>
        <source>forwarded by someone else; judged on the inner message</source>
        <translation>von einer anderen Person weitergeleitet; beurteilt wird die innere Nachricht</translation>
    </message>
    <message>
        <source>the file is neither an e-mail nor a PDF</source>
        <translation>die Datei ist weder eine E-Mail noch ein PDF</translation>
    </message>
    <message>
        <source>not read: a limit or a crash stopped the reader; the file is stored unchanged (see the problem below)</source>
        <translation>nicht gelesen: Eine Grenze oder ein Absturz hat das Lesen beendet; die Datei ist unverändert gespeichert (siehe das Problem unten)</translation>
    </message>
    <message>
        <source>active content (JavaScript, an action on opening, a launch action or an embedded program): information; the application still counts</source>
        <translation>aktive Inhalte (JavaScript, eine Aktion beim Öffnen, eine Startaktion oder ein eingebettetes Programm): zur Information; die Bewerbung zählt weiterhin</translation>
    </message>
    <message>
        <source>only the first pages of a very long PDF were read (see the problem below)</source>
        <translation>von einem sehr langen PDF wurden nur die ersten Seiten gelesen (siehe das Problem unten)</translation>
    </message>
    <message>
        <source>a part too large to unpack is kept, packed, in the stored original (see the problem below)</source>
        <translation>ein zum Entpacken zu großer Teil bleibt gepackt im gespeicherten Original (siehe das Problem unten)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>late resend</source>
        <translation>verspätete Neusendung</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>below pass mark</source>
        <translation>unter der Mindestpunktzahl</translation>
    </message>
    <message>
        <source>below minimum</source>
        <translation>unter dem Minimum</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>nicht eingeladen</translation>
    </message>
    <message>
        <source>below the pass mark</source>
        <translation>unter der Mindestpunktzahl</translation>
    </message>
    <message>
        <source>below a minimum</source>
        <translation>unter einem Minimum</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>passed the interview</source>
        <translation>Gespräch bestanden</translation>
    </message>
    <message>
        <source>the deadline</source>
        <translation>die Frist</translation>
    </message>
    <message>
        <source>the procedure&apos;s time zone</source>
        <translation>die Zeitzone des Verfahrens</translation>
    </message>
    <message>
        <source>the selection reference</source>
        <translation>das Aktenzeichen des Auswahlverfahrens</translation>
    </message>
    <message>
        <source>eligibility first: only candidates decided eligible are scored</source>
        <translation>zuerst Zulassungsfähigkeit: Nur als zulassungsfähig entschiedene Bewerberinnen und Bewerber werden bewertet</translation>
    </message>
    <message>
        <source>score while eligibility is checked: candidates leave the queues once decided not eligible</source>
        <translation>Bewertung während der Prüfung der Zulassungsfähigkeit: Bewerberinnen und Bewerber verlassen die Warteschlangen, sobald sie als nicht zulassungsfähig entschieden sind</translation>
    </message>
    <message>
        <source>confirmed as suggested</source>
        <translation>wie vorgeschlagen bestätigt</translation>
    </message>
    <message>
        <source>received after the shortlist was frozen</source>
        <translation>nach dem Einfrieren der Auswahlliste eingegangen</translation>
    </message>
    <message>
        <source>recorded as out of scope</source>
        <translation>als außerhalb des Geltungsbereichs erfasst</translation>
    </message>
    <message>
        <source>excluded: {reason}</source>
        <translation>ausgeschlossen: {reason}</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>keine Begründung erfasst</translation>
    </message>
    <message>
        <source>decided not eligible ({checks})</source>
        <translation>als nicht zulassungsfähig entschieden ({checks})</translation>
    </message>
    <message>
        <source>decided not eligible</source>
        <translation>als nicht zulassungsfähig entschieden</translation>
    </message>
    <message>
        <source>eligibility not decided yet (eligibility first)</source>
        <translation>Zulassungsfähigkeit noch nicht entschieden (zuerst Zulassungsfähigkeit)</translation>
    </message>
    <message>
        <source>{code}: {reason}</source>
        <translation>{code}: {reason}</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>nicht zurückgehalten</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>created the procedure</source>
        <translation>hat das Verfahren angelegt</translation>
    </message>
    <message>
        <source>changed the procedure&apos;s settings</source>
        <translation>hat die Einstellungen des Verfahrens geändert</translation>
    </message>
    <message>
        <source>added a panel member</source>
        <translation>hat ein Ausschussmitglied hinzugefügt</translation>
    </message>
    <message>
        <source>changed a panel member</source>
        <translation>hat ein Ausschussmitglied geändert</translation>
    </message>
    <message>
        <source>set a password</source>
        <translation>hat ein Passwort festgelegt</translation>
    </message>
    <message>
        <source>edited the grid</source>
        <translation>hat das Bewertungsraster bearbeitet</translation>
    </message>
    <message>
        <source>amended the sealed grid</source>
        <translation>hat das versiegelte Bewertungsraster geändert</translation>
    </message>
    <message>
        <source>sealed the grid</source>
        <translation>hat das Bewertungsraster versiegelt</translation>
    </message>
    <message>
        <source>imported an application</source>
        <translation>hat eine Bewerbung importiert</translation>
    </message>
    <message>
        <source>excluded an application</source>
        <translation>hat eine Bewerbung ausgeschlossen</translation>
    </message>
    <message>
        <source>readmitted an application</source>
        <translation>hat eine Bewerbung wieder zugelassen</translation>
    </message>
    <message>
        <source>entered a received time</source>
        <translation>hat einen Eingangszeitpunkt eingetragen</translation>
    </message>
    <message>
        <source>corrected a candidate</source>
        <translation>hat einen Bewerber korrigiert</translation>
    </message>
    <message>
        <source>decided an eligibility check</source>
        <translation>hat über eine Zulassungsprüfung entschieden</translation>
    </message>
    <message>
        <source>recorded the Article 29 category</source>
        <translation>hat die Kategorie nach Artikel 29 erfasst</translation>
    </message>
    <message>
        <source>signed the declaration</source>
        <translation>hat die Erklärung unterzeichnet</translation>
    </message>
    <message>
        <source>declared a conflict of interest</source>
        <translation>hat einen Interessenkonflikt erklärt</translation>
    </message>
    <message>
        <source>declared (offline)</source>
        <translation>hat die Erklärung abgegeben (offline)</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>hat bewertet</translation>
    </message>
    <message>
        <source>imported marks</source>
        <translation>hat Noten importiert</translation>
    </message>
    <message>
        <source>submitted an assessment</source>
        <translation>hat eine Bewertung eingereicht</translation>
    </message>
    <message>
        <source>reopened an assessment</source>
        <translation>hat eine Bewertung wieder geöffnet</translation>
    </message>
    <message>
        <source>recorded a consensus mark</source>
        <translation>hat eine Konsensnote erfasst</translation>
    </message>
    <message>
        <source>froze the shortlist</source>
        <translation>hat die Auswahlliste eingefroren</translation>
    </message>
    <message>
        <source>changed the frozen shortlist</source>
        <translation>hat die eingefrorene Auswahlliste geändert</translation>
    </message>
    <message>
        <source>signed the shortlist</source>
        <translation>hat die Auswahlliste unterzeichnet</translation>
    </message>
    <message>
        <source>reworded a reason</source>
        <translation>hat eine Begründung umformuliert</translation>
    </message>
    <message>
        <source>recorded a final outcome</source>
        <translation>hat ein Endergebnis erfasst</translation>
    </message>
    <message>
        <source>exported an offline package</source>
        <translation>hat ein Offline-Paket exportiert</translation>
    </message>
    <message>
        <source>opened an offline package</source>
        <translation>hat ein Offline-Paket geöffnet</translation>
    </message>
    <message>
        <source>merged an offline return</source>
        <translation>hat eine Offline-Rücksendung übernommen</translation>
    </message>
    <message>
        <source>started the audit chain (upgrade)</source>
        <translation>hat die Prüfkette begonnen (Aktualisierung)</translation>
    </message>
    <message>
        <source>backed up the database</source>
        <translation>hat die Datenbank gesichert</translation>
    </message>
    <message>
        <source>restored the database from a backup</source>
        <translation>hat die Datenbank aus einer Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>amended the procedure after the seal</source>
        <translation>hat das Verfahren nach der Versiegelung geändert</translation>
    </message>
    <message>
        <source>changed the access to scoring</source>
        <translation>hat den Zugang zur Bewertung geändert</translation>
    </message>
    <message>
        <source>changed the retention periods</source>
        <translation>hat die Aufbewahrungsfristen geändert</translation>
    </message>
    <message>
        <source>closed the procedure</source>
        <translation>hat das Verfahren abgeschlossen</translation>
    </message>
    <message>
        <source>recorded the notice&apos;s publication date</source>
        <translation>hat das Veröffentlichungsdatum der Bekanntmachung erfasst</translation>
    </message>
    <message>
        <source>recorded a meeting</source>
        <translation>hat eine Sitzung erfasst</translation>
    </message>
    <message>
        <source>corrected a recorded meeting</source>
        <translation>hat eine erfasste Sitzung korrigiert</translation>
    </message>
    <message>
        <source>reset a password</source>
        <translation>hat ein Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>signed in with a wrong password</source>
        <translation>hat sich mit einem falschen Passwort angemeldet</translation>
    </message>
    <message>
        <source>tried to sign in with an unknown name</source>
        <translation>hat versucht, sich mit einem unbekannten Namen anzumelden</translation>
    </message>
    <message>
        <source>recorded a candidate</source>
        <translation>hat einen Bewerber erfasst</translation>
    </message>
    <message>
        <source>read a scan (OCR)</source>
        <translation>hat einen Scan gelesen (OCR)</translation>
    </message>
    <message>
        <source>admitted an application received after the freeze</source>
        <translation>hat eine nach dem Einfrieren eingegangene Bewerbung zugelassen</translation>
    </message>
    <message>
        <source>recorded an application received after the freeze as out of scope</source>
        <translation>hat eine nach dem Einfrieren eingegangene Bewerbung als nicht berücksichtigt erfasst</translation>
    </message>
    <message>
        <source>reopened the shortlist</source>
        <translation>hat die Auswahlliste wieder geöffnet</translation>
    </message>
    <message>
        <source>froze the final ranking</source>
        <translation>hat die endgültige Rangfolge eingefroren</translation>
    </message>
    <message>
        <source>changed the frozen final ranking</source>
        <translation>hat die eingefrorene endgültige Rangfolge geändert</translation>
    </message>
    <message>
        <source>signed the final ranking</source>
        <translation>hat die endgültige Rangfolge unterzeichnet</translation>
    </message>
    <message>
        <source>set a legal hold</source>
        <translation>hat eine rechtliche Aufbewahrungspflicht angeordnet</translation>
    </message>
    <message>
        <source>lifted a legal hold</source>
        <translation>hat eine rechtliche Aufbewahrungspflicht aufgehoben</translation>
    </message>
    <message>
        <source>wrote the archive</source>
        <translation>hat das Archiv geschrieben</translation>
    </message>
    <message>
        <source>confirmed a suggested eligibility check</source>
        <translation>hat ein vorgeschlagenes Zulassungskriterium bestätigt</translation>
    </message>
    <message>
        <source>entered the scoring queues</source>
        <translation>ist in die Bewertungslisten aufgenommen worden</translation>
    </message>
    <message>
        <source>left the scoring queues</source>
        <translation>ist aus den Bewertungslisten ausgeschieden</translation>
    </message>
    <message>
        <source>imported a score sheet</source>
        <translation>hat einen Bewertungsbogen importiert</translation>
    </message>
    <message>
        <source>undid a mark</source>
        <translation>hat eine Bewertung zurückgenommen</translation>
    </message>
    <message>
        <source>wrote an invitation letter</source>
        <translation>hat ein Einladungsschreiben verfasst</translation>
    </message>
    <message>
        <source>deleted personal data (retention)</source>
        <translation>hat personenbezogene Daten gelöscht (Aufbewahrung)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>na</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>gültig bis</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <source>timezone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>tie break</source>
        <translation>Stichentscheid</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>entschieden</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>erklärt</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>zulassungsfähig</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>rechtliche Aufbewahrungspflicht</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endgültig</translation>
    </message>
    <message>
        <source>received utc</source>
        <translation>eingegangen (UTC)</translation>
    </message>
    <message>
        <source>received local</source>
        <translation>eingegangen (Ortszeit)</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>fristgerecht</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>to verify</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>marks</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>signed at</source>
        <translation>unterzeichnet am</translation>
    </message>
    <message>
        <source>decided at</source>
        <translation>entschieden am</translation>
    </message>
    <message>
        <source>submitted at</source>
        <translation>eingereicht am</translation>
    </message>
    <message>
        <source>frozen at</source>
        <translation>eingefroren am</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>voting</source>
        <translation>stimmberechtigt</translation>
    </message>
    <message>
        <source>replaces</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>has password</source>
        <translation>Passwort festgelegt</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>Passwortänderung erforderlich</translation>
    </message>
    <message>
        <source>grid hash</source>
        <translation>Prüfsumme des Bewertungsrasters</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>in queue</source>
        <translation>in der Liste</translation>
    </message>
    <message>
        <source>article29</source>
        <translation>Artikel 29</translation>
    </message>
    <message>
        <source>minority</source>
        <translation>Minderheit</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>written</source>
        <translation>schriftliches Verfahren</translation>
    </message>
    <message>
        <source>published on</source>
        <translation>veröffentlicht am</translation>
    </message>
    <message>
        <source>freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <source>signoffs cleared</source>
        <translation>Unterschriften gelöscht</translation>
    </message>
    <message>
        <source>signoffs void</source>
        <translation>Unterschriften ungültig</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>mean confidence</source>
        <translation>mittlere Zuverlässigkeit</translation>
    </message>
    <message>
        <source>overall checks</source>
        <translation>Gesamtprüfungen</translation>
    </message>
    <message>
        <source>failures in a row</source>
        <translation>Fehlversuche in Folge</translation>
    </message>
    <message>
        <source>paused until</source>
        <translation>gesperrt bis</translation>
    </message>
    <message>
        <source>known</source>
        <translation>bekannt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>package id</source>
        <translation>Paket-ID</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>Bewerber/innen</translation>
    </message>
    <message>
        <source>return id</source>
        <translation>Rückgabe-ID</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>declarations</source>
        <translation>Erklärungen</translation>
    </message>
    <message>
        <source>via</source>
        <translation>über</translation>
    </message>
    <message>
        <source>built from</source>
        <translation>erstellt aus</translation>
    </message>
    <message>
        <source>to</source>
        <translation>an</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>events archived</source>
        <translation>archivierte Ereignisse</translation>
    </message>
    <message>
        <source>last hash</source>
        <translation>letzter Hashwert</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>at</source>
        <translation>am</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <source>applications redecided</source>
        <translation>neu entschiedene Bewerbungen</translation>
    </message>
    <message>
        <source>exclusion reason</source>
        <translation>Ausschlussgrund</translation>
    </message>
    <message>
        <source>directorate general</source>
        <translation>Generaldirektion</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>staff category</source>
        <translation>Personalkategorie</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>Besoldungsgruppe</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>underrepresented</source>
        <translation>unterrepräsentiert</translation>
    </message>
    <message>
        <source>deadline utc</source>
        <translation>Frist (UTC)</translation>
    </message>
    <message>
        <source>scoring deadline utc</source>
        <translation>Bewertungsfrist (UTC)</translation>
    </message>
    <message>
        <source>report language</source>
        <translation>Berichtssprache</translation>
    </message>
    <message>
        <source>pass mark</source>
        <translation>Mindestpunktzahl</translation>
    </message>
    <message>
        <source>interview pass mark</source>
        <translation>Mindestpunktzahl Auswahlgespräch</translation>
    </message>
    <message>
        <source>best n</source>
        <translation>beste N</translation>
    </message>
    <message>
        <source>consolidation</source>
        <translation>Konsolidierung</translation>
    </message>
    <message>
        <source>divergence points</source>
        <translation>Abweichungspunkte</translation>
    </message>
    <message>
        <source>article29 bypass best n</source>
        <translation>Artikel 29 außerhalb der besten N</translation>
    </message>
    <message>
        <source>final ranking</source>
        <translation>endgültige Rangliste</translation>
    </message>
    <message>
        <source>combined weights</source>
        <translation>kombinierte Gewichtungen</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>anchors</source>
        <translation>Ankerpunkte</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>Schlüsselwörter</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>non recruited years</source>
        <translation>Jahre (nicht eingestellt)</translation>
    </message>
    <message>
        <source>reserve years</source>
        <translation>Jahre (Reserveliste)</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>geschwärzt</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>backup taken at</source>
        <translation>Sicherung vom</translation>
    </message>
    <message>
        <source>bulk</source>
        <translation>gesammelt</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>zugelassen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{field} {old} → {new}</source>
        <translation>{field} {old} → {new}</translation>
    </message>
    <message>
        <source>{field} {new}</source>
        <translation>{field} {new}</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>(name not found)</source>
        <translation>(Name nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&lt;span style=&apos;color:#666&apos;&gt;Keys: 0–4 score and next · N N/A · Tab criterion · Enter submit and next · C comment · PgDn/PgUp candidate · Ctrl+F search · Ctrl+Z undo&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#666&apos;&gt;Tasten: 0–4 Note und weiter · N N/A · Tab Kriterium · Eingabe abgeben und weiter · C Kommentar · Bild↓/Bild↑ Bewerber · Strg+F suchen · Strg+Z rückgängig&lt;/span&gt;</translation>
    </message>
    <message>
        <source>One criterion across candidates</source>
        <translation>Ein Kriterium über alle Bewerber</translation>
    </message>
    <message>
        <source>Score one criterion for all your candidates in a row, against the halo effect</source>
        <translation>Ein Kriterium für alle Ihre Bewerber nacheinander bewerten, gegen den Halo-Effekt</translation>
    </message>
    <message>
        <source>Declare a conflict…</source>
        <translation>Konflikt erklären…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved ✓ {time}</source>
        <translation>Gespeichert ✓ {time}</translation>
    </message>
</context>
<context>
    <name>XlsxExports</name>
    <message>
        <source>Figures for HR (XLSX)</source>
        <translation>Zahlen für die Personalabteilung (XLSX)</translation>
    </message>
    <message>
        <source>Preselection</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Grid as sealed…</source>
        <translation>Raster wie versiegelt…</translation>
    </message>
    <message>
        <source>Members&apos; marks and comments…</source>
        <translation>Noten und Kommentare der Mitglieder…</translation>
    </message>
    <message>
        <source>Ranking with its reasons…</source>
        <translation>Rangliste mit Begründungen…</translation>
    </message>
    <message>
        <source>Every member&apos;s mark and comment per candidate and criterion, for the stage chosen below (panel internal copy; chair only).</source>
        <translation>Note und Kommentar jedes Mitglieds je Bewerber und Kriterium, für die unten gewählte Stufe (interne Kopie des Ausschusses; nur der Vorsitz).</translation>
    </message>
    <message>
        <source>Stage of the marks</source>
        <translation>Stufe der Noten</translation>
    </message>
    <message>
        <source>Your role may not export this.</source>
        <translation>Ihre Rolle erlaubt diesen Export nicht.</translation>
    </message>
    <message>
        <source>Open a procedure first.</source>
        <translation>Öffnen Sie zuerst ein Verfahren.</translation>
    </message>
    <message>
        <source>Export for HR</source>
        <translation>Für die Personalabteilung exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Die Arbeitsmappe wird geschrieben…</translation>
    </message>
    <message>
        <source>Not exported.</source>
        <translation>Nicht exportiert.</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}.</source>
        <translation>{0} konnte nicht geschrieben werden: {1}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>Exportiert nach {0}.</translation>
    </message>
</context>
</TS>
