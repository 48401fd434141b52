<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApplicationViewer</name>
    <message>
        <source>Application id:</source>
        <translation>Bewerbungs-ID:</translation>
    </message>
    <message>
        <source>every command takes {0}, #{0} or A{0}</source>
        <translation>jeder Befehl akzeptiert {0}, #{0} oder A{0}</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Application id {0}: every command takes {0}, #{0} or A{0}</source>
        <translation>Bewerbungs-ID {0}: jeder Befehl akzeptiert {0}, #{0} oder A{0}</translation>
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
        <translation>keines</translation>
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
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
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
