<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Von der Bewertung ausschließen…</translation>
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
        <source>Received (Brussels)</source>
        <translation>Eingang (Brüssel)</translation>
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
    <name>PdfPane</name>
    <message>
        <source>This application is a scan: its text was read by OCR. Keyword hits are marked on the words OCR read; check what matters against the scan.</source>
        <translation>Diese Bewerbung ist ein Scan: ihr Text wurde per OCR gelesen. Stichworttreffer sind auf den von der OCR gelesenen Wörtern markiert; prüfen Sie das Wesentliche am Scan.</translation>
    </message>
    <message>
        <source>This application is a scan: its text was read by OCR (mean confidence {0} %). Keyword hits are marked on the words OCR read; check what matters against the scan.</source>
        <translation>Diese Bewerbung ist ein Scan: ihr Text wurde per OCR gelesen (mittlere Konfidenz {0} %). Stichworttreffer sind auf den von der OCR gelesenen Wörtern markiert; prüfen Sie das Wesentliche am Scan.</translation>
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
        <source>Set on the Procedure page (scoring deadline). A target, never a lock.</source>
        <translation>Auf der Seite Verfahren festgelegt (Bewertungsfrist). Ein Ziel, nie eine Sperre.</translation>
    </message>
    <message>
        <source> — late</source>
        <translation> — verspätet</translation>
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
    <name>ShortlistGates</name>
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
    <name>Words</name>
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
