<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Reports</name>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>Generated {when} ({zone}) · data hash {hash}</source>
        <translation>Erstellt am {when} ({zone}) · Datenprüfsumme {hash}</translation>
    </message>
    <message>
        <source>{draft} – not for signature</source>
        <translation>{draft} – nicht zur Unterzeichnung</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
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
        <source>DG / unit</source>
        <translation>GD / Referat</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Dienstort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
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
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Fristgerecht</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Zulassungsfähig</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Stimmrecht</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Ersetzt durch</translation>
    </message>
    <message>
        <source>Declaration signed</source>
        <translation>Erklärung unterzeichnet</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>AUDIT CHAIN BROKEN</source>
        <translation>PRÜFKETTE UNTERBROCHEN</translation>
    </message>
    <message>
        <source>Distribution of totals ({n} candidates)</source>
        <translation>Verteilung der Gesamtpunktzahlen ({n} Bewerber)</translation>
    </message>
    <message>
        <source>pass mark {mark}</source>
        <translation>Mindestpunktzahl {mark}</translation>
    </message>
    <message>
        <source>Mean final mark per criterion</source>
        <translation>Mittlere Endnote je Kriterium</translation>
    </message>
    <message>
        <source>Applications per nationality (information only – not a scoring input)</source>
        <translation>Bewerbungen nach Staatsangehörigkeit (nur zur Information – kein Bewertungskriterium)</translation>
    </message>
    <message>
        <source>underrepresented Member State (listed in the notice)</source>
        <translation>unterrepräsentierter Mitgliedstaat (in der Ausschreibung genannt)</translation>
    </message>
    <message>
        <source>Audit chain verified: {events} events, last event hash {hash}</source>
        <translation>Prüfkette verifiziert: {events} Ereignisse, Prüfsumme des letzten Ereignisses {hash}</translation>
    </message>
    <message>
        <source>AUDIT CHAIN BROKEN: {finding}</source>
        <translation>PRÜFKETTE UNTERBROCHEN: {finding}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>NICHT ERFÜLLT</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>prüfen</translation>
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
        <source>NOT ELIGIBLE</source>
        <translation>NICHT ZULASSUNGSFÄHIG</translation>
    </message>
    <message>
        <source>to verify</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>EXCLUDED</source>
        <translation>AUSGESCHLOSSEN</translation>
    </message>
    <message>
        <source>&lt;b&gt;✓&lt;/b&gt; met · &lt;font color=&apos;#b00020&apos;&gt;&lt;b&gt;✗&lt;/b&gt;&lt;/font&gt; not met · &lt;font color=&apos;#a85d00&apos;&gt;&lt;b&gt;?&lt;/b&gt;&lt;/font&gt; to be verified by the panel · &lt;b&gt;D&lt;/b&gt; declared by the candidate, verified at recruitment · {dash} not checked. Criterion codes as in the table above.</source>
        <translation>&lt;b&gt;✓&lt;/b&gt; erfüllt · &lt;font color=&apos;#b00020&apos;&gt;&lt;b&gt;✗&lt;/b&gt;&lt;/font&gt; nicht erfüllt · &lt;font color=&apos;#a85d00&apos;&gt;&lt;b&gt;?&lt;/b&gt;&lt;/font&gt; vom Ausschuss zu prüfen · &lt;b&gt;D&lt;/b&gt; vom Bewerber erklärt, bei der Einstellung geprüft · {dash} nicht geprüft. Kriteriencodes wie in der Tabelle oben.</translation>
    </message>
    <message>
        <source>Eligibility report</source>
        <translation>Bericht zur Zulassungsfähigkeit</translation>
    </message>
    <message>
        <source>Outcome of the eligibility check for every application</source>
        <translation>Ergebnis der Prüfung der Zulassungsfähigkeit für jede Bewerbung</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>Zulassungskriterien</translation>
    </message>
    <message>
        <source>Legend: {legend}</source>
        <translation>Legende: {legend}</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Bescheinigung</translation>
    </message>
    <message>
        <source>Certified by</source>
        <translation>Bescheinigt durch</translation>
    </message>
    <message>
        <source>The secretary and the chair certify that the outcomes above are the panel&apos;s decisions.</source>
        <translation>Das Sekretariat und der Vorsitz bescheinigen, dass die obigen Ergebnisse die Entscheidungen des Auswahlausschusses sind.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Received ({zone})</source>
        <translation>Eingang ({zone})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Intake flags</source>
        <translation>Hinweise beim Eingang</translation>
    </message>
    <message>
        <source>Applications – {n}</source>
        <translation>Bewerbungen – {n}</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>keine Begründung erfasst</translation>
    </message>
    <message>
        <source>WARNING: this exclusion rests on {codes}, which no person has decided yet; decide it before the list is signed.</source>
        <translation>WARNUNG: Dieser Ausschluss beruht auf {codes}, worüber noch niemand entschieden hat; entscheiden Sie darüber, bevor die Liste unterzeichnet wird.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Begründungen</translation>
    </message>
    <message>
        <source>No reasons recorded.</source>
        <translation>Keine Begründungen erfasst.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Decided by, when</source>
        <translation>Entschieden von, am</translation>
    </message>
    <message>
        <source>Access to personal data – extract</source>
        <translation>Auskunft über personenbezogene Daten – Auszug</translation>
    </message>
    <message>
        <source>Extract for the data subject</source>
        <translation>Auszug für die betroffene Person</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <source>Data you submitted</source>
        <translation>Von Ihnen übermittelte Daten</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Zulassungsfähigkeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Outcome and reason</source>
        <translation>Ergebnis und Begründung</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Your application was not assessed on the selection criteria.</source>
        <translation>Ihre Bewerbung wurde nicht anhand der Auswahlkriterien bewertet.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Mindestpunktzahl</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Erreichte Phase</translation>
    </message>
    <message>
        <source>Final mark</source>
        <translation>Endnote</translation>
    </message>
    <message>
        <source>{stage} – your consolidated marks</source>
        <translation>{stage} – Ihre konsolidierten Noten</translation>
    </message>
    <message>
        <source>{stage} total</source>
        <translation>{stage} – Gesamtpunktzahl</translation>
    </message>
    <message>
        <source>{stage} pass mark</source>
        <translation>{stage} – Mindestpunktzahl</translation>
    </message>
    <message>
        <source>{stage} result</source>
        <translation>{stage} – Ergebnis</translation>
    </message>
    <message>
        <source>About this extract</source>
        <translation>Zu diesem Auszug</translation>
    </message>
    <message>
        <source>The marks above are the panel&apos;s consolidated marks. Under Article 6 of Annex III to the Staff Regulations the proceedings of the selection panel are secret: this extract does not contain the marks or views of individual panel members, data of other candidates, or the comparative ranking.</source>
        <translation>Die obigen Noten sind die konsolidierten Noten des Auswahlausschusses. Nach Artikel 6 des Anhangs III des Statuts sind die Arbeiten des Auswahlausschusses geheim: Dieser Auszug enthält weder die Noten oder Einschätzungen einzelner Ausschussmitglieder noch Daten anderer Bewerber oder die vergleichende Rangfolge.</translation>
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
        <source>Panel report</source>
        <translation>Bericht des Auswahlausschusses</translation>
    </message>
    <message>
        <source>Minutes of the selection panel</source>
        <translation>Protokoll des Auswahlausschusses</translation>
    </message>
    <message>
        <source>Vacancy notice</source>
        <translation>Stellenausschreibung</translation>
    </message>
    <message>
        <source>Meetings of the panel – {n}</source>
        <translation>Sitzungen des Ausschusses – {n}</translation>
    </message>
    <message>
        <source>No meeting recorded (the Panel page, Meetings; or panel-app meetings add).</source>
        <translation>Keine Sitzung erfasst (Seite Ausschuss, Sitzungen; oder panel-app meetings add).</translation>
    </message>
    <message>
        <source>Place / written procedure</source>
        <translation>Ort / schriftliches Verfahren</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Register of invitation letters – {n}</source>
        <translation>Verzeichnis der Einladungsschreiben – {n}</translation>
    </message>
    <message>
        <source>No invitation letter prepared yet (the Reports page&apos;s Prepare invitations, or panel-app letters invitations).</source>
        <translation>Noch kein Einladungsschreiben vorbereitet (Seite Berichte, Einladungen vorbereiten; oder panel-app letters invitations).</translation>
    </message>
    <message>
        <source>One e-mail draft (.eml) per invited candidate; the sha256 identifies the file generated.</source>
        <translation>Ein E-Mail-Entwurf (.eml) je eingeladenem Bewerber; der sha256 kennzeichnet die erzeugte Datei.</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>sha256 of the letter</source>
        <translation>sha256 des Schreibens</translation>
    </message>
    <message>
        <source>Compliance statement</source>
        <translation>Erklärung zur Ordnungsmäßigkeit</translation>
    </message>
    <message>
        <source>The panel states, and the record of the application shows:</source>
        <translation>Der Ausschuss erklärt, und die Aufzeichnungen der Anwendung belegen:</translation>
    </message>
    <message>
        <source>Signatures – {stage}</source>
        <translation>Unterschriften – {stage}</translation>
    </message>
    <message>
        <source>These signatures cover {what}.</source>
        <translation>Diese Unterschriften gelten für {what}.</translation>
    </message>
    <message>
        <source>Frozen on {when} by {who}; the sign-offs recorded in the application are those of this freeze only.</source>
        <translation>Eingefroren am {when} von {who}; die in der Anwendung erfassten Freigaben sind nur die zu diesem Einfrieren.</translation>
    </message>
    <message>
        <source>We certify that these minutes are a true and complete record of the proceedings of the selection panel.</source>
        <translation>Wir bescheinigen, dass dieses Protokoll die Arbeiten des Auswahlausschusses wahrheitsgetreu und vollständig wiedergibt.</translation>
    </message>
    <message>
        <source>Panel composition and replacements</source>
        <translation>Zusammensetzung des Ausschusses und Ersetzungen</translation>
    </message>
    <message>
        <source>Declarations signed</source>
        <translation>Unterzeichnete Erklärungen</translation>
    </message>
    <message>
        <source>Declaration of confidentiality and absence of conflict</source>
        <translation>Erklärung über Vertraulichkeit und das Fehlen von Interessenkonflikten</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>unterzeichnet</translation>
    </message>
    <message>
        <source>Not signed: {names}</source>
        <translation>Nicht unterzeichnet: {names}</translation>
    </message>
    <message>
        <source>Non-voting, no declaration recorded in the application (it is asked of the members who assess): {names}.</source>
        <translation>Nicht stimmberechtigt, keine Erklärung in der Anwendung erfasst (sie wird von den bewertenden Mitgliedern verlangt): {names}.</translation>
    </message>
    <message>
        <source>Conflicts of interest declared – {n}</source>
        <translation>Erklärte Interessenkonflikte – {n}</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>A conflicted member did not see that candidate&apos;s documents and is excluded from that candidate&apos;s aggregation.</source>
        <translation>Ein Mitglied mit Interessenkonflikt hat die Unterlagen dieses Bewerbers nicht gesehen und ist von der Zusammenführung seiner Noten ausgeschlossen.</translation>
    </message>
    <message>
        <source>Sealed grid</source>
        <translation>Versiegeltes Bewertungsraster</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Versiegelt am</translation>
    </message>
    <message>
        <source>Grid hash (sha256)</source>
        <translation>Prüfsumme des Rasters (sha256)</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Konsolidierung</translation>
    </message>
    <message>
        <source>Amendments after sealing – {n}</source>
        <translation>Änderungen nach der Versiegelung – {n}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Intake and eligibility</source>
        <translation>Eingang und Zulassungsfähigkeit</translation>
    </message>
    <message>
        <source>Eligibility outcomes with reasons</source>
        <translation>Ergebnisse der Zulassungsprüfung mit Begründung</translation>
    </message>
    <message>
        <source>Marks per criterion and consensus</source>
        <translation>Noten je Kriterium und Konsens</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Leniency of the members</source>
        <translation>Milde der Mitglieder</translation>
    </message>
    <message>
        <source>Each member&apos;s mean mark minus the mean of all members on the same candidates and criteria: above 0 more lenient, below 0 more severe.</source>
        <translation>Mittlere Note jedes Mitglieds abzüglich des Mittelwerts aller Mitglieder für dieselben Bewerber und Kriterien: über 0 milder, unter 0 strenger.</translation>
    </message>
    <message>
        <source>Leniency</source>
        <translation>Milde</translation>
    </message>
    <message>
        <source>Consensus marks departing from the mean – {n}</source>
        <translation>Vom Mittelwert abweichende Konsensnoten – {n}</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Robustness of the cut</source>
        <translation>Stabilität der Auswahlgrenze</translation>
    </message>
    <message>
        <source>Preselection ranking – {n}</source>
        <translation>Rangliste der Vorauswahl – {n}</translation>
    </message>
    <message>
        <source>Invited to interview – {n}</source>
        <translation>Zum Gespräch eingeladen – {n}</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Auswahlgespräche</translation>
    </message>
    <message>
        <source>No interview results recorded.</source>
        <translation>Keine Gesprächsergebnisse erfasst.</translation>
    </message>
    <message>
        <source>Interview results – {n}</source>
        <translation>Ergebnisse der Gespräche – {n}</translation>
    </message>
    <message>
        <source>Shared places in the final ranking</source>
        <translation>Geteilte Plätze in der endgültigen Rangliste</translation>
    </message>
    <message>
        <source>Recommended candidates and reserve list</source>
        <translation>Empfohlene Bewerber und Reserveliste</translation>
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
        <source>Reserve list valid until</source>
        <translation>Reserveliste gültig bis</translation>
    </message>
    <message>
        <source>Geographical balance (information only)</source>
        <translation>Geografische Ausgewogenheit (nur zur Information)</translation>
    </message>
    <message>
        <source>On the chart: {legend}.</source>
        <translation>Im Diagramm: {legend}.</translation>
    </message>
    <message>
        <source>Underrepresented Member States listed in the notice: {states}. Nationality is never a scoring input.</source>
        <translation>In der Ausschreibung genannte unterrepräsentierte Mitgliedstaaten: {states}. Die Staatsangehörigkeit fließt nie in die Bewertung ein.</translation>
    </message>
    <message>
        <source>Preselection</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Candidate sheets</source>
        <translation>Bewerberblätter</translation>
    </message>
    <message>
        <source>{stage}: consolidated assessment per candidate ({n})</source>
        <translation>{stage}: konsolidierte Bewertung je Bewerber ({n})</translation>
    </message>
    <message>
        <source>(pass mark {mark})</source>
        <translation>(Mindestpunktzahl {mark})</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endnote</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Individual marks (internal – never disclosed outside the panel): one column per member before the final mark; {dash} = N/A or not scored.</source>
        <translation>Einzelnoten (intern – nie außerhalb des Ausschusses offengelegt): eine Spalte je Mitglied vor der Endnote; {dash} = nicht anwendbar oder nicht bewertet.</translation>
    </message>
    <message>
        <source>Consensus notes</source>
        <translation>Anmerkungen zum Konsens</translation>
    </message>
    <message>
        <source>{star} = consensus mark agreed in the meeting (not the members&apos; mean)</source>
        <translation>{star} = in der Sitzung vereinbarte Konsensnote (nicht der Mittelwert der Mitglieder)</translation>
    </message>
    <message>
        <source>Art. 29</source>
        <translation>Art. 29</translation>
    </message>
    <message>
        <source>Preselection %</source>
        <translation>Vorauswahl %</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Pass mark (total)</source>
        <translation>Mindestpunktzahl (gesamt)</translation>
    </message>
    <message>
        <source>Minimum per criterion</source>
        <translation>Minimum je Kriterium</translation>
    </message>
    <message>
        <source>Best N</source>
        <translation>Beste N</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <source>Article 29</source>
        <translation>Artikel 29</translation>
    </message>
    <message>
        <source>Tie-breaks (in order)</source>
        <translation>Entscheidung bei Gleichstand (in dieser Reihenfolge)</translation>
    </message>
    <message>
        <source>Ties at the cut</source>
        <translation>Gleichstand an der Auswahlgrenze</translation>
    </message>
    <message>
        <source>The rule in words</source>
        <translation>Die Regel im Wortlaut</translation>
    </message>
    <message>
        <source>Rule applied</source>
        <translation>Angewandte Regel</translation>
    </message>
    <message>
        <source>not invited: {reason}</source>
        <translation>nicht eingeladen: {reason}</translation>
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
        <source>excluded at eligibility</source>
        <translation>bei der Zulassungsprüfung ausgeschlossen</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <source>Candidates invited to interview</source>
        <translation>Zum Gespräch eingeladene Bewerber</translation>
    </message>
    <message>
        <source>DRAFT: the ranking changed after the freeze; this list must not be signed until it is frozen again.</source>
        <translation>ENTWURF: Die Rangfolge hat sich nach dem Einfrieren geändert; diese Liste darf erst nach erneutem Einfrieren unterzeichnet werden.</translation>
    </message>
    <message>
        <source>Frozen on {when} ({zone}) by {who}.</source>
        <translation>Eingefroren am {when} ({zone}) von {who}.</translation>
    </message>
    <message>
        <source>Frozen on {when} ({zone}).</source>
        <translation>Eingefroren am {when} ({zone}).</translation>
    </message>
    <message>
        <source>DRAFT – not yet frozen: the list may still change and must not be signed.</source>
        <translation>ENTWURF – noch nicht eingefroren: Die Liste kann sich noch ändern und darf nicht unterzeichnet werden.</translation>
    </message>
    <message>
        <source>The record behind this list</source>
        <translation>Die Aufzeichnungen zu dieser Liste</translation>
    </message>
    <message>
        <source>Panel composition</source>
        <translation>Zusammensetzung des Ausschusses</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Candidates invited to interview – {n}</source>
        <translation>Zum Gespräch eingeladene Bewerber – {n}</translation>
    </message>
    <message>
        <source>Criterion codes head the mark columns; {dash} = N/A or not scored; {note}.</source>
        <translation>Die Kriteriencodes stehen über den Notenspalten; {dash} = nicht anwendbar oder nicht bewertet; {note}.</translation>
    </message>
    <message>
        <source>{name}: {note}</source>
        <translation>{name}: {note}</translation>
    </message>
    <message>
        <source>Ties on the total</source>
        <translation>Gleichstand bei der Gesamtpunktzahl</translation>
    </message>
    <message>
        <source>No candidate is invited: no candidate reached the pass mark and the minimums.</source>
        <translation>Kein Bewerber wird eingeladen: Kein Bewerber hat die Mindestpunktzahl und die Minima erreicht.</translation>
    </message>
    <message>
        <source>No candidate is invited: no candidate has been ranked.</source>
        <translation>Kein Bewerber wird eingeladen: Es wurde noch kein Bewerber eingestuft.</translation>
    </message>
    <message>
        <source>The sign-offs below were given in the application for this list as frozen on {when}; a new freeze voids them.</source>
        <translation>Die folgenden Freigaben wurden in der Anwendung für diese Liste in der am {when} eingefrorenen Fassung erteilt; ein erneutes Einfrieren macht sie ungültig.</translation>
    </message>
    <message>
        <source>No sign-off is shown: the list is not frozen in its present form.</source>
        <translation>Es wird keine Freigabe angezeigt: Die Liste ist in ihrer jetzigen Form nicht eingefroren.</translation>
    </message>
    <message>
        <source>Article 29 priority candidates – {n}</source>
        <translation>Vorrangige Bewerber nach Artikel 29 – {n}</translation>
    </message>
    <message>
        <source>No Article 29 category (official, official of another institution, competition laureate) was recorded for any application.</source>
        <translation>Für keine Bewerbung wurde eine Kategorie nach Artikel 29 (Beamter, Beamter eines anderen Organs, erfolgreicher Teilnehmer eines Auswahlverfahrens) erfasst.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status and reason</source>
        <translation>Status und Begründung</translation>
    </message>
    <message>
        <source>Not invited – {n}</source>
        <translation>Nicht eingeladen – {n}</translation>
    </message>
    <message>
        <source>{reason}: {n}</source>
        <translation>{reason}: {n}</translation>
    </message>
    <message>
        <source>Every ranked candidate is invited.</source>
        <translation>Alle eingestuften Bewerber sind eingeladen.</translation>
    </message>
    <message>
        <source>Annex – full ranking ({n} candidates)</source>
        <translation>Anhang – vollständige Rangliste ({n} Bewerber)</translation>
    </message>
    <message>
        <source>Criterion codes as in the table of criteria above; {dash} = N/A or not scored.</source>
        <translation>Kriteriencodes wie in der Tabelle der Kriterien oben; {dash} = nicht anwendbar oder nicht bewertet.</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Freigegeben am</translation>
    </message>
    <message>
        <source>(non-voting)</source>
        <translation>(nicht stimmberechtigt)</translation>
    </message>
    <message>
        <source>not signed off in the application</source>
        <translation>in der Anwendung nicht freigegeben</translation>
    </message>
    <message>
        <source>Sign-off recorded</source>
        <translation>Erfasste Freigabe</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Ort und Datum</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>Vorteil</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation>Zulassung</translation>
    </message>
    <message>
        <source>Commission official</source>
        <translation>Beamter der Kommission</translation>
    </message>
    <message>
        <source>Official of another institution</source>
        <translation>Beamter eines anderen Organs</translation>
    </message>
    <message>
        <source>Competition laureate</source>
        <translation>Erfolgreicher Teilnehmer eines Auswahlverfahrens</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>nicht zulassungsfähig</translation>
    </message>
    <message>
        <source>CONFIDENTIAL – Selection panel proceedings (Staff Regulations, Annex III Art. 6)</source>
        <translation>VERTRAULICH – Arbeiten des Auswahlausschusses (Statut, Anhang III Art. 6)</translation>
    </message>
    <message>
        <source>CONFIDENTIAL – Selection panel proceedings (Staff Regulations, Annex III, Art. 6)</source>
        <translation>VERTRAULICH – Arbeiten des Auswahlausschusses (Statut, Anhang III Art. 6)</translation>
    </message>
    <message>
        <source>Personal data – Regulation (EU) 2018/1725</source>
        <translation>Personenbezogene Daten – Verordnung (EU) 2018/1725</translation>
    </message>
    <message>
        <source>PANEL INTERNAL – individual members&apos; marks – never disclosed outside the panel</source>
        <translation>AUSSCHUSSINTERN – Einzelnoten der Mitglieder – nie außerhalb des Ausschusses offengelegt</translation>
    </message>
    <message>
        <source>Preselection ranking</source>
        <translation>Rangliste der Vorauswahl</translation>
    </message>
    <message>
        <source>Final ranking</source>
        <translation>Endgültige Rangliste</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>Bewerbung eingegangen</translation>
    </message>
    <message>
        <source>Subject of the e-mail</source>
        <translation>Betreff der E-Mail</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Unterlagen</translation>
    </message>
    <message>
        <source>Nationalities (as stated)</source>
        <translation>Staatsangehörigkeiten (laut Angabe)</translation>
    </message>
    <message>
        <source>Years of university study (as stated)</source>
        <translation>Jahre des Hochschulstudiums (laut Angabe)</translation>
    </message>
    <message>
        <source>Languages (as stated)</source>
        <translation>Sprachen (laut Angabe)</translation>
    </message>
    <message>
        <source>Article 29 category</source>
        <translation>Kategorie nach Artikel 29</translation>
    </message>
    <message>
        <source>Exclusion from the assessment</source>
        <translation>Ausschluss von der Bewertung</translation>
    </message>
    <message>
        <source>not yet decided by the panel</source>
        <translation>vom Ausschuss noch nicht entschieden</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>to be verified</source>
        <translation>zu prüfen</translation>
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
        <source>below the minimum required on a criterion</source>
        <translation>unter dem für ein Kriterium verlangten Minimum</translation>
    </message>
    <message>
        <source>not among the candidates invited under the best-N rule</source>
        <translation>nicht unter den nach der Regel der besten N eingeladenen Bewerbern</translation>
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
        <source>Interview – invited to interview; assessment in progress</source>
        <translation>Gespräch – zum Gespräch eingeladen; Bewertung läuft</translation>
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
        <source>Eligibility – excluded from the assessment</source>
        <translation>Zulassungsfähigkeit – von der Bewertung ausgeschlossen</translation>
    </message>
    <message>
        <source>Notice published</source>
        <translation>Ausschreibung veröffentlicht</translation>
    </message>
    <message>
        <source>Deadline for applications</source>
        <translation>Bewerbungsfrist</translation>
    </message>
    <message>
        <source>Grid sealed before any application was assessed</source>
        <translation>Raster vor der Bewertung jeder Bewerbung versiegelt</translation>
    </message>
    <message>
        <source>Eligibility decided</source>
        <translation>Zulassungsfähigkeit entschieden</translation>
    </message>
    <message>
        <source>Divergences discussed</source>
        <translation>Abweichungen erörtert</translation>
    </message>
    <message>
        <source>Grid sealed</source>
        <translation>Raster versiegelt</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <source>Eligibility of the invitees</source>
        <translation>Zulassungsfähigkeit der Eingeladenen</translation>
    </message>
    <message>
        <source>Changed since the freeze</source>
        <translation>Seit dem Einfrieren geändert</translation>
    </message>
    <message>
        <source>Below the pass mark</source>
        <translation>Unter der Mindestpunktzahl</translation>
    </message>
    <message>
        <source>Below the minimum on a criterion</source>
        <translation>Unter dem Minimum bei einem Kriterium</translation>
    </message>
    <message>
        <source>Pending (marks or consensus missing)</source>
        <translation>Ausstehend (Noten oder Konsens fehlen)</translation>
    </message>
    <message>
        <source>The ranking is not visible yet (not every assessment is submitted): nobody is invited yet.</source>
        <translation>Die Rangliste ist noch nicht sichtbar (nicht alle Bewertungen sind abgegeben): Noch niemand ist eingeladen.</translation>
    </message>
    <message>
        <source>The shortlist is not frozen yet: the candidates invited to interview are listed once it is.</source>
        <translation>Die Auswahlliste ist noch nicht eingefroren: Die zum Gespräch eingeladenen Bewerber werden aufgeführt, sobald sie es ist.</translation>
    </message>
    <message>
        <source>No candidate reached the pass mark and the minimums.</source>
        <translation>Kein Bewerber hat die Mindestpunktzahl und die Minima erreicht.</translation>
    </message>
    <message>
        <source>the preselection: the ranking, the shortlist and the candidates invited to interview</source>
        <translation>die Vorauswahl: die Rangliste, die Auswahlliste und die zum Gespräch eingeladenen Bewerber</translation>
    </message>
    <message>
        <source>the interview: its results, the final ranking, the recommended candidates and the reserve list</source>
        <translation>das Gespräch: seine Ergebnisse, die endgültige Rangliste, die empfohlenen Bewerber und die Reserveliste</translation>
    </message>
    <message>
        <source>The shortlist is not frozen: no sign-off is shown.</source>
        <translation>Die Auswahlliste ist nicht eingefroren: Es wird keine Freigabe angezeigt.</translation>
    </message>
    <message>
        <source>The ranking changed after the freeze: the earlier sign-offs are void until it is frozen again.</source>
        <translation>Die Rangliste hat sich nach dem Einfrieren geändert: Die früheren Freigaben sind ungültig, bis sie erneut eingefroren wird.</translation>
    </message>
    <message>
        <source>The final ranking is not frozen: no sign-off is shown.</source>
        <translation>Die endgültige Rangliste ist nicht eingefroren: Es wird keine Freigabe angezeigt.</translation>
    </message>
    <message>
        <source>The final ranking or an outcome changed after the freeze: the sign-offs are void.</source>
        <translation>Die endgültige Rangliste oder ein Ergebnis hat sich nach dem Einfrieren geändert: Die Freigaben sind ungültig.</translation>
    </message>
    <message>
        <source>not retained: {reason}</source>
        <translation>nicht berücksichtigt: {reason}</translation>
    </message>
    <message>
        <source>Preselection – not invited: {reason}</source>
        <translation>Vorauswahl – nicht eingeladen: {reason}</translation>
    </message>
    <message>
        <source>Preselection – {reason}; the shortlist is not final yet</source>
        <translation>Vorauswahl – {reason}; die Auswahlliste ist noch nicht endgültig</translation>
    </message>
    <message>
        <source>Interview – not retained: {reason}</source>
        <translation>Gespräch – nicht berücksichtigt: {reason}</translation>
    </message>
    <message>
        <source>Interview – {outcome}</source>
        <translation>Gespräch – {outcome}</translation>
    </message>
    <message>
        <source>Eligibility – excluded from the assessment: {reason}</source>
        <translation>Zulassungsfähigkeit – von der Bewertung ausgeschlossen: {reason}</translation>
    </message>
    <message>
        <source>{stage} (interview total {total}, pass mark {mark})</source>
        <translation>{stage} (Gesamtpunktzahl des Gesprächs {total}, Mindestpunktzahl {mark})</translation>
    </message>
    <message>
        <source>{stage} (interview total {total})</source>
        <translation>{stage} (Gesamtpunktzahl des Gesprächs {total})</translation>
    </message>
    <message>
        <source>met: {reason}</source>
        <translation>erfüllt: {reason}</translation>
    </message>
    <message>
        <source>not met: {reason}</source>
        <translation>nicht erfüllt: {reason}</translation>
    </message>
    <message>
        <source>to be verified: {reason}</source>
        <translation>zu prüfen: {reason}</translation>
    </message>
    <message>
        <source>declared: {reason}</source>
        <translation>erklärt: {reason}</translation>
    </message>
    <message>
        <source>higher final mark on {code}</source>
        <translation>höhere Endnote bei {code}</translation>
    </message>
    <message>
        <source>Passed, but not among the best {n}</source>
        <translation>Bestanden, aber nicht unter den besten {n}</translation>
    </message>
    <message>
        <source>{field} {old} → {new}</source>
        <translation>{field} {old} → {new}</translation>
    </message>
    <message>
        <source>{target}: {changes}</source>
        <translation>{target}: {changes}</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>DRAFT – not frozen: figures may still change</source>
        <translation>ENTWURF – nicht eingefroren: Die Zahlen können sich noch ändern</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endgültig</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Prüfkette</translation>
    </message>
    <message>
        <source>Grid as sealed – {reference}</source>
        <translation>Raster wie versiegelt – {reference}</translation>
    </message>
    <message>
        <source>{when} ({zone}) by {who}</source>
        <translation>{when} ({zone}) von {who}</translation>
    </message>
    <message>
        <source>Amendments after the seal</source>
        <translation>Änderungen nach der Versiegelung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Bezeichnung</translation>
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
        <source>Anchor {level}</source>
        <translation>Anker {level}</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>benotet</translation>
    </message>
    <message>
        <source>pass/fail</source>
        <translation>erfüllt/nicht erfüllt</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Every voting member&apos;s mark and comment per candidate and criterion (N/A = not applicable), the members&apos; mean and spread, the consensus mark and the final mark. PANEL INTERNAL: individual marks are never disclosed outside the panel.</source>
        <translation>Note und Kommentar jedes stimmberechtigten Mitglieds je Bewerber und Kriterium (N/A = nicht anwendbar), Mittelwert und Spannweite der Mitglieder, die Konsensnote und die Endnote. AUSSCHUSSINTERN: Einzelnoten werden nie außerhalb des Ausschusses offengelegt.</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Cells where members are {rule} are flagged for discussion.</source>
        <translation>Zur Erörterung markierte Zellen (Abweichung zwischen den Mitgliedern: {rule}).</translation>
    </message>
    <message>
        <source>Not included yet</source>
        <translation>Noch nicht enthalten</translation>
    </message>
    <message>
        <source>Members&apos; marks – {reference}</source>
        <translation>Noten der Mitglieder – {reference}</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>{member} – mark</source>
        <translation>{member} – Note</translation>
    </message>
    <message>
        <source>{member} – comment</source>
        <translation>{member} – Kommentar</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spannweite</translation>
    </message>
    <message>
        <source>Divergent</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Noten</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Tie-break</source>
        <translation>Entscheidung bei Gleichstand</translation>
    </message>
    <message>
        <source>Consensus marks on</source>
        <translation>Konsensnoten bei</translation>
    </message>
    <message>
        <source>Ranking with its reasons – {reference}</source>
        <translation>Rangliste mit Begründungen – {reference}</translation>
    </message>
</context>
</TS>
