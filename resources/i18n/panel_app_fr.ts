<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnchorsEditor</name>
    <message>
        <source>Anchors of the scale</source>
        <translation>Ancrages de l&apos;échelle</translation>
    </message>
    <message>
        <source>Select a scored criterion to see and edit its anchors. N/A is a distinct value, not 0.</source>
        <translation>Sélectionnez un critère noté pour voir et modifier ses ancrages. S.O. est une valeur distincte, pas 0.</translation>
    </message>
    <message>
        <source>Save anchors</source>
        <translation>Enregistrer les ancrages</translation>
    </message>
    <message>
        <source>{code} is pass/fail: it is decided at eligibility or as a requirement, never scored.</source>
        <translation>{code} est éliminatoire : il est tranché à l&apos;admissibilité ou comme exigence, jamais noté.</translation>
    </message>
    <message>
        <source>{code}: {title}</source>
        <translation>{code} : {title}</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>Not applicable — excluded from the mean, not counted as 0.</source>
        <translation>Sans objet — exclu de la moyenne, non compté comme 0.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>panel_app DEMO — its own database, {database}</source>
        <translation>panel_app DÉMO — sa propre base de données, {database}</translation>
    </message>
    <message>
        <source>Demo procedure: signed in as the chair, {name} (every demo member&apos;s password is demo-panel).</source>
        <translation>Procédure de démonstration : connecté en tant que président, {name} (le mot de passe de chaque membre de démonstration est demo-panel).</translation>
    </message>
</context>
<context>
    <name>ApplicationViewer</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an application to see its documents and details.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez une candidature pour voir ses documents et ses détails.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No application selected.</source>
        <translation>Aucune candidature sélectionnée.</translation>
    </message>
    <message>
        <source>{kind}, {pages} pages</source>
        <translation>{kind}, {pages} pages</translation>
    </message>
    <message>
        <source>No document is attached to this application.</source>
        <translation>Aucun document n&apos;est joint à cette candidature.</translation>
    </message>
    <message>
        <source>This document is not a PDF ({kind}): it is stored and can be exported.</source>
        <translation>Ce document n&apos;est pas un PDF ({kind}) : il est conservé et peut être exporté.</translation>
    </message>
    <message>
        <source>This document cannot be shown; it is stored and can be exported.</source>
        <translation>Ce document ne peut pas être affiché ; il est conservé et peut être exporté.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Signalements :</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>pas d&apos;adresse électronique</translation>
    </message>
    <message>
        <source>no e-mail address: known by the placeholder {0}</source>
        <translation>pas d&apos;adresse électronique : identifié par l&apos;adresse provisoire {0}</translation>
    </message>
    <message>
        <source>Application id:</source>
        <translation>Identifiant de la candidature :</translation>
    </message>
    <message>
        <source>every command takes {0}, #{0} or A{0}</source>
        <translation>chaque commande accepte {0}, #{0} ou A{0}</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Expéditeur :</translation>
    </message>
    <message>
        <source>Source file:</source>
        <translation>Fichier source :</translation>
    </message>
    <message>
        <source>Received by the mailbox:</source>
        <translation>Reçue par la boîte aux lettres :</translation>
    </message>
    <message>
        <source>Date header differs from the server receipt by {minutes} minutes — the receipt time counts</source>
        <translation>L&apos;en-tête Date diffère de la réception par le serveur de {minutes} minutes — c&apos;est l&apos;heure de réception qui compte</translation>
    </message>
    <message>
        <source>Excluded:</source>
        <translation>Exclue :</translation>
    </message>
    <message>
        <source>Readmitted:</source>
        <translation>Réadmise :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{file} read by {engine}, mean confidence {confidence} % — the original file is unchanged</source>
        <translation>{file} lu par {engine}, confiance moyenne {confidence} % — le fichier d&apos;origine est inchangé</translation>
    </message>
    <message>
        <source>Problem reading it:</source>
        <translation>Problème de lecture :</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Import folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Read scans (OCR)…</source>
        <translation>Lire les numérisations (OCR)…</translation>
    </message>
    <message>
        <source>Read the scanned PDFs (no text layer) by OCR, in the background</source>
        <translation>Lire par OCR, en arrière-plan, les PDF numérisés (sans couche texte)</translation>
    </message>
    <message>
        <source>Search names, e-mails and the text of the documents…</source>
        <translation>Rechercher dans les noms, les adresses électroniques et le texte des documents…</translation>
    </message>
    <message>
        <source>Enter received time…</source>
        <translation>Saisir l&apos;heure de réception…</translation>
    </message>
    <message>
        <source>Exclude…</source>
        <translation>Exclure…</translation>
    </message>
    <message>
        <source>Correct name…</source>
        <translation>Corriger le nom…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Application id {0}: every command takes {0}, #{0} or A{0}</source>
        <translation>Identifiant de la candidature {0} : chaque commande accepte {0}, #{0} ou A{0}</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>n° {id}</translation>
    </message>
    <message>
        <source>{n} application(s) shown — deadline {deadline}. Drop .eml/.msg/.mbox/.pdf files or folders here to import them.</source>
        <translation>{n} candidature(s) affichée(s) — date limite {deadline}. Déposez ici des fichiers ou dossiers .eml/.msg/.mbox/.pdf pour les importer.</translation>
    </message>
    <message>
        <source>Readmit…</source>
        <translation>Réadmettre…</translation>
    </message>
    <message>
        <source>application {0} (no e-mail address)</source>
        <translation>candidature {0} (sans adresse électronique)</translation>
    </message>
    <message>
        <source>Exclude the application</source>
        <translation>Exclure la candidature</translation>
    </message>
    <message>
        <source>Exclude the application of {who}.</source>
        <translation>Exclure la candidature de {who}.</translation>
    </message>
    <message>
        <source>Readmit the application</source>
        <translation>Réadmettre la candidature</translation>
    </message>
    <message>
        <source>Readmit the application of {who}.</source>
        <translation>Réadmettre la candidature de {who}.</translation>
    </message>
    <message>
        <source>Give the reason (required, it is recorded in the audit trail):</source>
        <translation>Indiquez le motif (obligatoire, il est consigné dans la piste d&apos;audit) :</translation>
    </message>
    <message>
        <source>Import a folder of the mailbox export</source>
        <translation>Importer un dossier de l&apos;export de la boîte aux lettres</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Mail and documents (*.eml *.msg *.mbox *.pdf *.zip);;All files (*)</source>
        <translation>Courriels et documents (*.eml *.msg *.mbox *.pdf *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Applications › </source>
        <translation>Candidatures › </translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <source>panel_app ARCHIVE (read-only) — {0}</source>
        <translation>panel_app ARCHIVE (lecture seule) — {0}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Last backup: {file} at {time}</source>
        <translation>Dernière sauvegarde : {file} le {time}</translation>
    </message>
    <message>
        <source>{file}
sha256 {sha}</source>
        <translation>{file}
sha256 {sha}</translation>
    </message>
    <message>
        <source>Back up first (to {folder})</source>
        <translation>Sauvegarder d&apos;abord (dans {folder})</translation>
    </message>
    <message>
        <source>Not done: the backup before it failed. {problem}</source>
        <translation>Rien n&apos;a été fait : la sauvegarde préalable a échoué. {problem}</translation>
    </message>
    <message>
        <source>Open a procedure first.</source>
        <translation>Ouvrez d&apos;abord une procédure.</translation>
    </message>
    <message>
        <source>SQLite backup (*.sqlite);;All files (*)</source>
        <translation>Sauvegarde SQLite (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PostgreSQL archive (*.dump);;All files (*)</source>
        <translation>Archive PostgreSQL (*.dump);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>The whole database is copied to {file} ({size} bytes, sha256 {sha}). The backup is recorded in the audit record.</source>
        <translation>Toute la base de données est copiée dans {file} ({size} octets, sha256 {sha}). La sauvegarde est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>{file}: {size} bytes, intact, schema {revision}.</source>
        <translation>{file} : {size} octets, intact, schéma {revision}.</translation>
    </message>
    <message>
        <source>Backup taken: {time}.</source>
        <translation>Sauvegarde faite le {time}.</translation>
    </message>
    <message>
        <source>Backup taken: not recorded in the file.</source>
        <translation>Date de la sauvegarde : non inscrite dans le fichier.</translation>
    </message>
    <message>
        <source>Procedures: {list}.</source>
        <translation>Procédures : {list}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Last audit event: {action} by {actor} at {time}.</source>
        <translation>Dernier événement d&apos;audit : {action}, par {actor}, le {time}.</translation>
    </message>
    <message>
        <source>Last audit event: none.</source>
        <translation>Dernier événement d&apos;audit : aucun.</translation>
    </message>
    <message>
        <source>Replace the whole database ({db}) with this backup? Every workstation then sees the backup&apos;s data; what was changed since it was taken is lost. The restore is recorded in the audit record, and everyone signs in again.</source>
        <translation>Remplacer toute la base de données ({db}) par cette sauvegarde ? Tous les postes verront alors les données de la sauvegarde ; ce qui a changé depuis est perdu. La restauration est inscrite au journal d&apos;audit, et chacun se reconnecte.</translation>
    </message>
    <message>
        <source>Not restored: nothing was changed.</source>
        <translation>Rien n&apos;est restauré : rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauration faite</translation>
    </message>
    <message>
        <source>The database is restored from {file}. The restore is recorded in the audit record.
{audit}
Sign in again.</source>
        <translation>La base de données est restaurée depuis {file}. La restauration est inscrite au journal d&apos;audit.
{audit}
Reconnectez-vous.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
</context>
<context>
    <name>BulkConfirm</name>
    <message>
        <source>all candidates</source>
        <translation>tous les candidats</translation>
    </message>
    <message>
        <source>selected candidates</source>
        <translation>candidats sélectionnés</translation>
    </message>
    <message>
        <source>Whose suggestions to confirm (select rows with Ctrl/Shift-click)</source>
        <translation>Candidats dont les suggestions sont à confirmer (sélectionnez des lignes avec Ctrl/Maj-clic)</translation>
    </message>
    <message>
        <source>Candidates to confirm</source>
        <translation>Candidats à confirmer</translation>
    </message>
    <message>
        <source>Confirm one criterion only, or every criterion</source>
        <translation>Confirmer un seul critère, ou tous les critères</translation>
    </message>
    <message>
        <source>Criterion to confirm</source>
        <translation>Critère à confirmer</translation>
    </message>
    <message>
        <source>Confirm suggestions…</source>
        <translation>Confirmer les suggestions…</translation>
    </message>
    <message>
        <source>Confirm every &apos;met&apos; and &apos;declared&apos; suggestion not decided yet, as decided by you (asks for confirmation with the count; &apos;not met&apos; is never confirmed in bulk)</source>
        <translation>Confirmer, comme décidées par vous, toutes les suggestions « satisfait » et « déclaré » pas encore tranchées (demande confirmation en indiquant leur nombre ; « non satisfait » n&apos;est jamais confirmé en bloc)</translation>
    </message>
    <message>
        <source>every criterion</source>
        <translation>tous les critères</translation>
    </message>
    <message>
        <source>Select candidates first (Ctrl/Shift-click), or choose all candidates.</source>
        <translation>Sélectionnez d&apos;abord des candidats (Ctrl/Maj-clic), ou choisissez tous les candidats.</translation>
    </message>
    <message>
        <source>Nothing to confirm: no &apos;met&apos; or &apos;declared&apos; suggestion is waiting for a decision here.</source>
        <translation>Rien à confirmer : aucune suggestion « satisfait » ou « déclaré » n&apos;attend de décision ici.</translation>
    </message>
    <message>
        <source>Confirm {checks} suggested check(s) of {applications} candidate(s) as decided by you, {name}, now?

{per}

Each is recorded as &apos;confirmed as suggested&apos; and audited. &apos;Not met&apos; and &apos;to verify&apos; suggestions are left for you to decide one by one.</source>
        <translation>Confirmer maintenant {checks} vérification(s) suggérée(s) pour {applications} candidat(s), comme décidées par vous, {name} ?

{per}

Chacune est consignée comme « confirmée selon la suggestion » et auditée. Les suggestions « non satisfait » et « à vérifier » vous restent à trancher une par une.</translation>
    </message>
    <message>
        <source>Confirm suggestions</source>
        <translation>Confirmer les suggestions</translation>
    </message>
    <message>
        <source>Nothing confirmed.</source>
        <translation>Rien n&apos;a été confirmé.</translation>
    </message>
    <message>
        <source>{checks} check(s) of {applications} candidate(s) confirmed as suggested by {by}; {became_eligible} candidate(s) became eligible and enter scoring.</source>
        <translation>{checks} vérification(s) de {applications} candidat(s) confirmée(s) selon la suggestion par {by} ; {became_eligible} candidat(s) devenu(s) admissible(s) entre(nt) dans la notation.</translation>
    </message>
</context>
<context>
    <name>CandidateList</name>
    <message>
        <source>&lt;b&gt;{done} of {n} submitted&lt;/b&gt;</source>
        <translation>&lt;b&gt;{done} sur {n} soumis&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>submitting…</source>
        <translation>soumission…</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>Déclarer un conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>&lt;p&gt;You declare a conflict of interest with &lt;b&gt;{candidate}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The application and any marks you gave will be hidden from you, you will be left out of this candidate&apos;s aggregation, and the declaration appears in the panel report. It cannot be withdrawn here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vous déclarez un conflit d&apos;intérêts avec &lt;b&gt;{candidate}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;La candidature et les notes que vous avez données vous seront masquées, vous serez écarté(e) de l&apos;agrégation des notes de ce candidat, et la déclaration figurera dans le rapport du comité. Elle ne peut pas être retirée ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The tie, in words (required)</source>
        <translation>Le lien, en toutes lettres (obligatoire)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Declare the conflict</source>
        <translation>Déclarer le conflit</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Se connecter à une base de données partagée</translation>
    </message>
    <message>
        <source>e.g. dbpanel.example.ec.europa.eu</source>
        <translation>p. ex. dbpanel.example.ec.europa.eu</translation>
    </message>
    <message>
        <source>e.g. panel_digit_2026_1039</source>
        <translation>p. ex. panel_digit_2026_1039</translation>
    </message>
    <message>
        <source>your PostgreSQL login, from IT</source>
        <translation>votre identifiant PostgreSQL, fourni par l&apos;informatique</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>No system keyring on this PC: the password is asked each time.</source>
        <translation>Pas de trousseau système sur ce PC : le mot de passe est demandé à chaque fois.</translation>
    </message>
    <message>
        <source>Your own database login, as given by IT (README: &apos;Running a panel on several workstations&apos;).</source>
        <translation>Votre propre identifiant de base de données, tel que fourni par l&apos;informatique (README : « Running a panel on several workstations »).</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Login (role)</source>
        <translation>Identifiant (rôle)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>Fill in the {fields}.</source>
        <translation>Remplissez : {fields}.</translation>
    </message>
    <message>
        <source>IT gives these with your login.</source>
        <translation>L&apos;informatique vous les communique avec votre identifiant.</translation>
    </message>
    <message>
        <source>The server {host}:{port} refused the login {role}: wrong or missing password.</source>
        <translation>Le serveur {host}:{port} a refusé l&apos;identifiant {role} : mot de passe erroné ou manquant.</translation>
    </message>
    <message>
        <source>Type the password again; IT can reset it. You stay on the database you had.</source>
        <translation>Retapez le mot de passe ; l&apos;informatique peut le réinitialiser. Vous restez sur la base de données précédente.</translation>
    </message>
    <message>
        <source>You stay on the database you had.</source>
        <translation>Vous restez sur la base de données précédente.</translation>
    </message>
    <message>
        <source>Connecting to {host}:{port}/{database} as {role}…</source>
        <translation>Connexion à {host}:{port}/{database} en tant que {role}…</translation>
    </message>
    <message>
        <source>Connected to {database} as {role}. Sign in to act.</source>
        <translation>Connecté à {database} en tant que {role}. Connectez-vous pour agir.</translation>
    </message>
</context>
<context>
    <name>ConsensusBox</name>
    <message>
        <source>Consensus meeting</source>
        <translation>Réunion de consensus</translation>
    </message>
    <message>
        <source>why the panel agreed on this mark (evidence, page)</source>
        <translation>pourquoi le comité s&apos;est accordé sur cette note (élément, page)</translation>
    </message>
    <message>
        <source>optional: a member&apos;s dissenting view</source>
        <translation>facultatif : l&apos;avis divergent d&apos;un membre</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Record agreed mark</source>
        <translation>Consigner la note convenue</translation>
    </message>
    <message>
        <source>Agreed mark</source>
        <translation>Note convenue</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Minority view</source>
        <translation>Avis minoritaire</translation>
    </message>
    <message>
        <source>No flagged criterion to discuss: the members are within the divergence threshold on every visible candidate.</source>
        <translation>Aucun critère signalé à discuter : les membres restent sous le seuil d&apos;écart pour tous les candidats visibles.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} of {total}&lt;/b&gt;: {name} — &lt;b&gt;{criterion}&lt;/b&gt; {title} — agreed</source>
        <translation>&lt;b&gt;{n} sur {total}&lt;/b&gt; : {name} — &lt;b&gt;{criterion}&lt;/b&gt; {title} — convenu</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} of {total}&lt;/b&gt;: {name} — &lt;b&gt;{criterion}&lt;/b&gt; {title}</source>
        <translation>&lt;b&gt;{n} sur {total}&lt;/b&gt; : {name} — &lt;b&gt;{criterion}&lt;/b&gt; {title}</translation>
    </message>
    <message>
        <source>mean &lt;b&gt;{mean}&lt;/b&gt;, spread {spread}</source>
        <translation>moyenne &lt;b&gt;{mean}&lt;/b&gt;, écart {spread}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The members&apos; comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Commentaires des membres&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A justification is required: the agreed mark is more than 0.5 from the mean.</source>
        <translation>Une justification est obligatoire : la note convenue s&apos;écarte de plus de 0,5 de la moyenne.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islande</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbie</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanie</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macédoine du Nord</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Monténégro</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnie-Herzégovine</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavie</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Géorgie</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russie</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Biélorussie</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} jour</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} heures</translation>
    </message>
    <message>
        <source>{n} hour</source>
        <translation>{n} heure</translation>
    </message>
    <message>
        <source>less than an hour</source>
        <translation>moins d&apos;une heure</translation>
    </message>
    <message>
        <source>No scoring deadline set.</source>
        <translation>Aucune date limite de notation n&apos;est fixée.</translation>
    </message>
    <message>
        <source>Scoring deadline: {when}, {left} left.</source>
        <translation>Date limite de notation : {when}, il reste {left}.</translation>
    </message>
    <message>
        <source>Scoring deadline: {when}, passed {ago} ago: every member has submitted.</source>
        <translation>Date limite de notation : {when}, dépassée depuis {ago} : tous les membres ont soumis leurs évaluations.</translation>
    </message>
    <message>
        <source>Scoring deadline: {when}, passed {ago} ago: {n} members late.</source>
        <translation>Date limite de notation : {when}, dépassée depuis {ago} : {n} membres en retard.</translation>
    </message>
    <message>
        <source>Scoring deadline: {when}, passed {ago} ago: {n} member late.</source>
        <translation>Date limite de notation : {when}, dépassée depuis {ago} : {n} membre en retard.</translation>
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
&lt;h3&gt;Déclaration de confidentialité et d&apos;absence de conflit d&apos;intérêts&lt;/h3&gt;
&lt;p&gt;Procédure de sélection &lt;b&gt;{reference}&lt;/b&gt;. Je soussigné(e), &lt;b&gt;{member}&lt;/b&gt;, membre du comité de sélection, déclare que :&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;Je garderai le secret des travaux du comité, conformément à l&apos;article 6 de l&apos;annexe III du statut des fonctionnaires de l&apos;Union européenne. Je ne divulguerai à personne en dehors du comité les candidatures, les notes, les délibérations ni les opinions exprimées, pendant ou après la procédure.&lt;/li&gt;
&lt;li&gt;Je n&apos;utiliserai les candidatures et les données à caractère personnel qu&apos;elles contiennent qu&apos;aux fins de la présente sélection, conformément au règlement (UE) 2018/1725.&lt;/li&gt;
&lt;li&gt;À ma connaissance, je n&apos;ai aucun conflit d&apos;intérêts avec les candidats : aucun lien familial, professionnel, hiérarchique, financier ou personnel susceptible de mettre en cause mon impartialité.&lt;/li&gt;
&lt;li&gt;Si je constate un tel lien avec un candidat, je le déclarerai immédiatement dans cet outil, avant de noter ce candidat, et je ne prendrai aucune part à son évaluation.&lt;/li&gt;
&lt;li&gt;J&apos;évaluerai chaque candidature uniquement selon la grille scellée, sur la base des éléments figurant dans la candidature, indépendamment des autres membres.&lt;/li&gt;
&lt;/ol&gt;
</translation>
    </message>
    <message>
        <source>Declaration of confidentiality and absence of conflict of interest</source>
        <translation>Déclaration de confidentialité et d&apos;absence de conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>I have read this declaration and I sign it</source>
        <translation>J&apos;ai lu cette déclaration et je la signe</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Article 29: boxes and their labels are out of order ({evidence})</source>
        <translation>Article 29 : les cases et leurs libellés ne sont pas dans l&apos;ordre ({evidence})</translation>
    </message>
    <message>
        <source>Article 29: the ticked box &apos;{label}&apos; names several categories ({categories})</source>
        <translation>Article 29 : la case cochée « {label} » mentionne plusieurs catégories ({categories})</translation>
    </message>
    <message>
        <source>Article 29: &apos;{label}&apos; does not say which institution</source>
        <translation>Article 29 : « {label} » ne précise pas l&apos;institution</translation>
    </message>
    <message>
        <source>the ticked box &apos;{label}&apos; is not understood</source>
        <translation>la case cochée « {label} » n&apos;est pas comprise</translation>
    </message>
    <message>
        <source>several boxes are ticked</source>
        <translation>plusieurs cases sont cochées</translation>
    </message>
    <message>
        <source>a row has neither or both of Yes/No ticked</source>
        <translation>une ligne n&apos;a ni Oui ni Non coché, ou les deux</translation>
    </message>
    <message>
        <source>no box is ticked</source>
        <translation>aucune case n&apos;est cochée</translation>
    </message>
    <message>
        <source>Article 29: {what} ({names})</source>
        <translation>Article 29 : {what} ({names})</translation>
    </message>
    <message>
        <source>no attachment</source>
        <translation>pas de pièce jointe</translation>
    </message>
    <message>
        <source>the application is not one single PDF</source>
        <translation>la candidature n&apos;est pas un PDF unique</translation>
    </message>
    <message>
        <source>the attachment is not a PDF</source>
        <translation>la pièce jointe n&apos;est pas un PDF</translation>
    </message>
    <message>
        <source>the attachment is an archive</source>
        <translation>la pièce jointe est une archive</translation>
    </message>
    <message>
        <source>the selection reference is missing from the subject</source>
        <translation>la référence de la sélection ne figure pas dans l&apos;objet</translation>
    </message>
    <message>
        <source>{why}: check by hand</source>
        <translation>{why} : vérifiez manuellement</translation>
    </message>
    <message>
        <source>{language} ({level}) is not an official EU language: not counted</source>
        <translation>{language} ({level}) n&apos;est pas une langue officielle de l&apos;UE : non comptée</translation>
    </message>
    <message>
        <source>Diploma: {note}</source>
        <translation>Diplôme : {note}</translation>
    </message>
    <message>
        <source>Article 29 status not understood: &apos;{raw}&apos;</source>
        <translation>Statut au titre de l&apos;article 29 non compris : « {raw} »</translation>
    </message>
    <message>
        <source>Article 29 status not read: {why}</source>
        <translation>Statut au titre de l&apos;article 29 non lu : {why}</translation>
    </message>
    <message>
        <source>Forwarded application: judged on the inner message</source>
        <translation>Candidature transférée : appréciée sur la base du message d&apos;origine</translation>
    </message>
    <message>
        <source>one PDF with the reference in the subject</source>
        <translation>un seul PDF, avec la référence dans l&apos;objet</translation>
    </message>
    <message>
        <source>no nationality found</source>
        <translation>aucune nationalité trouvée</translation>
    </message>
    <message>
        <source>no diploma or duration of studies found</source>
        <translation>aucun diplôme ni durée d&apos;études trouvés</translation>
    </message>
    <message>
        <source>no language levels found in the application</source>
        <translation>aucun niveau de langue trouvé dans la candidature</translation>
    </message>
    <message>
        <source>no automatic rule; check by hand</source>
        <translation>pas de règle automatique ; vérifiez manuellement</translation>
    </message>
    <message>
        <source>the pages disagree: &apos;{high}&apos; (page {high_page}) meets it, &apos;{low}&apos; (page {low_page}) does not ({why})</source>
        <translation>les pages ne concordent pas : « {high} » (page {high_page}) satisfait au critère, « {low} » (page {low_page}) non ({why})</translation>
    </message>
    <message>
        <source>received after the deadline</source>
        <translation>reçue après la date limite</translation>
    </message>
    <message>
        <source>the mailbox receipt time is unknown: check by hand</source>
        <translation>l&apos;heure de réception dans la boîte aux lettres est inconnue : vérifiez manuellement</translation>
    </message>
    <message>
        <source>received on time (mailbox receipt time)</source>
        <translation>reçue dans les délais (heure de réception de la boîte aux lettres)</translation>
    </message>
    <message>
        <source>{codes} (dual national, eligible through the EU nationality)</source>
        <translation>{codes} (double nationalité, admissible grâce à la nationalité de l&apos;UE)</translation>
    </message>
    <message>
        <source>{codes}: not a Member State of the EU, but {conflict}</source>
        <translation>{codes} : pas un État membre de l&apos;UE, mais {conflict}</translation>
    </message>
    <message>
        <source>{codes}: not a Member State of the EU</source>
        <translation>{codes} : pas un État membre de l&apos;UE</translation>
    </message>
    <message>
        <source>nationality not understood: &apos;{values}&apos;</source>
        <translation>nationalité non comprise : « {values} »</translation>
    </message>
    <message>
        <source>no nationality found in the application</source>
        <translation>aucune nationalité trouvée dans la candidature</translation>
    </message>
    <message>
        <source>duration of studies not found for &apos;{degree}&apos;</source>
        <translation>durée des études introuvable pour « {degree} »</translation>
    </message>
    <message>
        <source>no diploma found</source>
        <translation>aucun diplôme trouvé</translation>
    </message>
    <message>
        <source>{years} years of university studies ({note}); at least {minimum} required</source>
        <translation>{years} ans d&apos;études universitaires ({note}) ; au moins {minimum} requis</translation>
    </message>
    <message>
        <source>{years} years of university studies; at least {minimum} required</source>
        <translation>{years} ans d&apos;études universitaires ; au moins {minimum} requis</translation>
    </message>
    <message>
        <source>C1 or above in an official EU language</source>
        <translation>niveau C1 ou supérieur dans une langue officielle de l&apos;UE</translation>
    </message>
    <message>
        <source>two official languages at B2 or above; the C1 one is checked separately</source>
        <translation>deux langues officielles de niveau B2 ou supérieur ; celle de niveau C1 est vérifiée séparément</translation>
    </message>
    <message>
        <source>B2 or above in a second, different official EU language</source>
        <translation>niveau B2 ou supérieur dans une deuxième langue officielle de l&apos;UE, différente de la première</translation>
    </message>
    <message>
        <source>level not understood: {raw}</source>
        <translation>niveau non compris : {raw}</translation>
    </message>
    <message>
        <source>no mother tongue was found, so the languages read may be incomplete ({shown}): check by hand</source>
        <translation>aucune langue maternelle n&apos;a été trouvée, les langues lues peuvent donc être incomplètes ({shown}) : vérifiez manuellement</translation>
    </message>
    <message>
        <source>no official EU language with a level was read (read: {others}): check by hand</source>
        <translation>aucune langue officielle de l&apos;UE avec un niveau n&apos;a été lue (lu : {others}) : vérifiez manuellement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no {need} (official languages: {shown}; not counted: {others})</source>
        <translation>pas de {need} (langues officielles : {shown} ; non comptées : {others})</translation>
    </message>
    <message>
        <source>no {need} (official languages: {shown})</source>
        <translation>pas de {need} (langues officielles : {shown})</translation>
    </message>
    <message>
        <source>no declaration of honour or declaration box found in the form</source>
        <translation>aucune déclaration sur l&apos;honneur ni case de déclaration trouvée dans le formulaire</translation>
    </message>
    <message>
        <source>the declaration box is not ticked</source>
        <translation>la case de déclaration n&apos;est pas cochée</translation>
    </message>
    <message>
        <source>doctorate</source>
        <translation>doctorat</translation>
    </message>
    <message>
        <source>master</source>
        <translation>master</translation>
    </message>
    <message>
        <source>short-cycle diploma</source>
        <translation>diplôme de cycle court</translation>
    </message>
    <message>
        <source>bachelor</source>
        <translation>licence (bachelor)</translation>
    </message>
    <message>
        <source>{years} years stated for a {degree}, which follows a first degree: the duration may be that of the {degree} alone</source>
        <translation>{years} ans indiqués pour un {degree}, qui fait suite à un premier diplôme : la durée peut être celle du seul {degree}</translation>
    </message>
    <message>
        <source>{years} years inferred from the degree type ({degree}: {years} years cumulated)</source>
        <translation>{years} ans déduits du type de diplôme ({degree} : {years} ans cumulés)</translation>
    </message>
    <message>
        <source>{years} years inferred from the degree type ({degree}: {years} years)</source>
        <translation>{years} ans déduits du type de diplôme ({degree} : {years} ans)</translation>
    </message>
    <message>
        <source>AD7 and above may require 4 years of study, or 3 years plus 1 year of professional experience</source>
        <translation>les grades AD7 et supérieurs peuvent exiger 4 années d&apos;études, ou 3 années et 1 année d&apos;expérience professionnelle</translation>
    </message>
    <message>
        <source>Grade {grade}: {warning}</source>
        <translation>Grade {grade} : {warning}</translation>
    </message>
    <message>
        <source>the PDF is encrypted</source>
        <translation>le PDF est chiffré</translation>
    </message>
    <message>
        <source>the PDF is corrupt</source>
        <translation>le PDF est endommagé</translation>
    </message>
    <message>
        <source>the PDF has no text layer (scanned image)</source>
        <translation>le PDF n&apos;a pas de couche de texte (image numérisée)</translation>
    </message>
    <message>
        <source>there is no PDF attached</source>
        <translation>aucun PDF n&apos;est joint</translation>
    </message>
    <message>
        <source>no text could be read from the PDF</source>
        <translation>aucun texte n&apos;a pu être lu dans le PDF</translation>
    </message>
    <message>
        <source>the document could not be read</source>
        <translation>le document n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>the box &apos;{label}&apos; is not ticked</source>
        <translation>la case « {label} » n&apos;est pas cochée</translation>
    </message>
    <message>
        <source>the sentence is negative</source>
        <translation>la phrase est négative</translation>
    </message>
    <message>
        <source>military service: the boxes and their labels are out of order ({evidence})</source>
        <translation>service militaire : les cases et leurs libellés ne sont pas dans l&apos;ordre ({evidence})</translation>
    </message>
    <message>
        <source>military service: &apos;{label}&apos; is ticked</source>
        <translation>service militaire : « {label} » est coché</translation>
    </message>
    <message>
        <source>military service: {what} ({names})</source>
        <translation>service militaire : {what} ({names})</translation>
    </message>
    <message>
        <source>the declaration of honour is negative</source>
        <translation>la déclaration sur l&apos;honneur est négative</translation>
    </message>
    <message>
        <source>the box of the declaration of honour is not ticked</source>
        <translation>la case de la déclaration sur l&apos;honneur n&apos;est pas cochée</translation>
    </message>
    <message>
        <source>the declaration of honour is not signed (signature, place and date are blank)</source>
        <translation>la déclaration sur l&apos;honneur n&apos;est pas signée (signature, lieu et date vides)</translation>
    </message>
    <message>
        <source>the declaration of honour has no signature, place or date</source>
        <translation>la déclaration sur l&apos;honneur n&apos;a ni signature, ni lieu, ni date</translation>
    </message>
    <message>
        <source>page {page} says &apos;{line}&apos;</source>
        <translation>la page {page} indique « {line} »</translation>
    </message>
    <message>
        <source>{why} (the Europass data says: {said})</source>
        <translation>{why} (les données Europass indiquent : {said})</translation>
    </message>
    <message>
        <source>read by OCR, which never makes a check &apos;not met&apos;: {why}</source>
        <translation>lu par reconnaissance optique, qui ne rend jamais une vérification « non satisfait » : {why}</translation>
    </message>
    <message>
        <source>{why}; the Europass data embedded in the PDF says: {said}</source>
        <translation>{why} ; les données Europass intégrées au PDF indiquent : {said}</translation>
    </message>
    <message>
        <source>the form and CV and the Europass data disagree: the text says {text}; the Europass data embedded in the PDF says {xml}</source>
        <translation>le formulaire et le CV ne concordent pas avec les données Europass : le texte indique {text} ; les données Europass intégrées au PDF indiquent {xml}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non satisfait</translation>
    </message>
    <message>
        <source>to verify</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>déclaré</translation>
    </message>
    <message>
        <source>&apos;{what}&apos; ({detail})</source>
        <translation>« {what} » ({detail})</translation>
    </message>
    <message>
        <source>&apos;{what}&apos;</source>
        <translation>« {what} »</translation>
    </message>
    <message>
        <source>no suggestion (criterion added after the import): check by hand</source>
        <translation>pas de suggestion (critère ajouté après l&apos;importation) : vérifiez manuellement</translation>
    </message>
    <message>
        <source>read by OCR from a scan</source>
        <translation>lu par reconnaissance optique sur une numérisation</translation>
    </message>
    <message>
        <source>read by OCR from a scan (mean confidence {confidence} %)</source>
        <translation>lu par reconnaissance optique sur une numérisation (confiance moyenne {confidence} %)</translation>
    </message>
    <message>
        <source>the text suggests it is not met</source>
        <translation>le texte indique qu&apos;il n&apos;est pas satisfait</translation>
    </message>
    <message>
        <source>{note}, which suggests: {why}. OCR text alone never makes a check not met: check the scan by eye</source>
        <translation>{note}, ce qui indique : {why}. Un texte lu par reconnaissance optique ne rend jamais à lui seul une vérification « non satisfait » : vérifiez la numérisation à l&apos;œil</translation>
    </message>
    <message>
        <source>{note}: check the scan by eye; {why}</source>
        <translation>{note} : vérifiez la numérisation à l&apos;œil ; {why}</translation>
    </message>
    <message>
        <source>{note}: check the scan by eye</source>
        <translation>{note} : vérifiez la numérisation à l&apos;œil</translation>
    </message>
    <message>
        <source>The text was {note}: every reading from it is to be checked against the scan</source>
        <translation>Le texte a été {note} : chaque lecture qui en est tirée doit être vérifiée sur la numérisation</translation>
    </message>
</context>
<context>
    <name>EligibilityModel</name>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Art. 29</source>
        <translation>Art. 29</translation>
    </message>
    <message>
        <source>met</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>✗ not met</source>
        <translation>✗ non satisfait</translation>
    </message>
    <message>
        <source>? to verify</source>
        <translation>? à vérifier</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>déclaré</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>admissible</translation>
    </message>
    <message>
        <source>✗ not eligible</source>
        <translation>✗ non admissible</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>exclu</translation>
    </message>
    <message>
        <source>official</source>
        <translation>fonctionnaire</translation>
    </message>
    <message>
        <source>other inst.</source>
        <translation>autre inst.</translation>
    </message>
    <message>
        <source>laureate</source>
        <translation>lauréat</translation>
    </message>
    <message>
        <source>Read from the application: nationality {nationality}; studies {years} years; languages {languages}</source>
        <translation>Lu dans la candidature : nationalité {nationality} ; études {years} ans ; langues {languages}</translation>
    </message>
    <message>
        <source>Application {id}</source>
        <translation>Candidature {id}</translation>
    </message>
    <message>
        <source>Select a criterion cell to see its evidence.</source>
        <translation>Sélectionnez une cellule de critère pour en voir la preuve.</translation>
    </message>
    <message>
        <source>page {page} of the application</source>
        <translation>page {page} de la candidature</translation>
    </message>
    <message>
        <source>no page (not from the document)</source>
        <translation>pas de page (ne provient pas du document)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{value}&lt;/b&gt; by {who}, {when}</source>
        <translation>&lt;b&gt;{value}&lt;/b&gt; par {who}, {when}</translation>
    </message>
    <message>
        <source>not yet decided</source>
        <translation>pas encore tranché</translation>
    </message>
    <message>
        <source>no text found</source>
        <translation>aucun texte trouvé</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;{suggested}&lt;/b&gt;&lt;br&gt;Decided: {decided}&lt;br&gt;Reason: {reason}&lt;br&gt;&lt;br&gt;Evidence ({page}):</source>
        <translation>Suggéré : &lt;b&gt;{suggested}&lt;/b&gt;&lt;br&gt;Décidé : {decided}&lt;br&gt;Motif : {reason}&lt;br&gt;&lt;br&gt;Preuve ({page}) :</translation>
    </message>
    <message>
        <source>Excluded: {reason}</source>
        <translation>Exclu : {reason}</translation>
    </message>
    <message>
        <source>suggested from the form</source>
        <translation>suggéré d&apos;après le formulaire</translation>
    </message>
    <message>
        <source>decided by {who} (suggested: {suggested})</source>
        <translation>décidé par {who} (suggéré : {suggested})</translation>
    </message>
    <message>
        <source>suggestion, not yet decided</source>
        <translation>suggestion, pas encore tranchée</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <source>Commission official</source>
        <translation>Fonctionnaire de la Commission</translation>
    </message>
    <message>
        <source>Official of another institution</source>
        <translation>Fonctionnaire d&apos;une autre institution</translation>
    </message>
    <message>
        <source>Competition laureate</source>
        <translation>Lauréat d&apos;un concours</translation>
    </message>
    <message>
        <source>&lt;i&gt;italic&lt;/i&gt; = suggestion, not yet decided · &lt;b&gt;•&lt;/b&gt; = decided by the panel · keys: &lt;b&gt;M&lt;/b&gt; met, &lt;b&gt;N&lt;/b&gt; not met, &lt;b&gt;V&lt;/b&gt; to verify, &lt;b&gt;D&lt;/b&gt; declared</source>
        <translation>&lt;i&gt;italique&lt;/i&gt; = suggestion, pas encore tranchée · &lt;b&gt;•&lt;/b&gt; = décidé par le comité · touches : &lt;b&gt;M&lt;/b&gt; satisfait, &lt;b&gt;N&lt;/b&gt; non satisfait, &lt;b&gt;V&lt;/b&gt; à vérifier, &lt;b&gt;D&lt;/b&gt; déclaré</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non satisfait</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>Show only to verify</source>
        <translation>Afficher uniquement « à vérifier »</translation>
    </message>
    <message>
        <source>Selected check</source>
        <translation>Vérification sélectionnée</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>evidence: form field, staff number, reserve list…</source>
        <translation>preuve : champ du formulaire, numéro personnel, liste de réserve…</translation>
    </message>
    <message>
        <source>Save Art. 29</source>
        <translation>Enregistrer l&apos;art. 29</translation>
    </message>
    <message>
        <source>Article 29 priority</source>
        <translation>Priorité au titre de l&apos;article 29</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Exclude from scoring…</source>
        <translation>Exclure…</translation>
    </message>
    <message>
        <source>Readmit…</source>
        <translation>Réadmettre…</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>&lt;b&gt;{received}&lt;/b&gt; applications · {on_time} on time · &lt;b&gt;{eligible}&lt;/b&gt; eligible · {not_eligible} not eligible · {to_verify} to verify · {excluded} excluded</source>
        <translation>&lt;b&gt;{received}&lt;/b&gt; candidatures · {on_time} dans les délais · &lt;b&gt;{eligible}&lt;/b&gt; admissibles · {not_eligible} non admissibles · {to_verify} à vérifier · {excluded} exclues</translation>
    </message>
    <message>
        <source>&lt;i&gt;No application selected.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucune candidature sélectionnée.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded&lt;/b&gt;: {reason}</source>
        <translation>&lt;b&gt;Exclue&lt;/b&gt; : {reason}</translation>
    </message>
    <message>
        <source>Admitted to scoring (last readmitted: {reason})</source>
        <translation>Admise à la notation (dernière réadmission : {reason})</translation>
    </message>
    <message>
        <source>Admitted to scoring.</source>
        <translation>Admise à la notation.</translation>
    </message>
    <message>
        <source>form: Article 29 status field (suggested)</source>
        <translation>formulaire : champ relatif au statut de l&apos;article 29 (suggéré)</translation>
    </message>
    <message>
        <source>Select a criterion cell first (arrow keys move).</source>
        <translation>Sélectionnez d&apos;abord une cellule de critère (les flèches déplacent la sélection).</translation>
    </message>
    <message>
        <source>Only the secretary or the chair decides on eligibility.</source>
        <translation>Seul le secrétaire ou le président statue sur l&apos;admissibilité.</translation>
    </message>
    <message>
        <source>{criterion} is declared at this stage: press D (declared).</source>
        <translation>{criterion} est déclaratif à ce stade : appuyez sur D (déclaré).</translation>
    </message>
    <message>
        <source>{criterion} is checked on the documents: it cannot be &apos;declared&apos;.</source>
        <translation>{criterion} est vérifié sur pièces : il ne peut pas être « déclaré ».</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>{candidate} — {criterion}: {value}
(suggested: {suggested}). Give the reason in words:</source>
        <translation>{candidate} — {criterion} : {value}
(suggéré : {suggested}). Indiquez le motif en toutes lettres :</translation>
    </message>
    <message>
        <source>Not saved: a reason is required.</source>
        <translation>Non enregistré : un motif est obligatoire.</translation>
    </message>
    <message>
        <source>Exclude from scoring</source>
        <translation>Exclure de la notation</translation>
    </message>
    <message>
        <source>Readmit to scoring</source>
        <translation>Réadmettre à la notation</translation>
    </message>
    <message>
        <source>{what}: {candidate}.
Give the reason in words:</source>
        <translation>{what} : {candidate}.
Indiquez le motif en toutes lettres :</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>panel_app — unexpected error</source>
        <translation>panel_app — erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside panel_app. Nothing you entered before this was lost.</source>
        <translation>Un problème est survenu dans panel_app. Rien de ce que vous avez saisi auparavant n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The details are in the log file. Please send them to the IT support.</source>
        <translation>Les détails figurent dans le fichier journal. Veuillez les transmettre au support informatique.</translation>
    </message>
    <message>
        <source>{what} was changed by {who} at {when}.</source>
        <translation>{what} a été modifié par {who} le {when}.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <source>{what} was changed by {who}.</source>
        <translation>{what} a été modifié par {who}.</translation>
    </message>
    <message>
        <source>Reload to see the current value.</source>
        <translation>Rechargez pour voir la valeur actuelle.</translation>
    </message>
    <message>
        <source>The panel&apos;s database cannot be reached ({detail}).</source>
        <translation>La base de données du comité est inaccessible ({detail}).</translation>
    </message>
    <message>
        <source>The panel&apos;s database cannot be reached.</source>
        <translation>La base de données du comité est inaccessible.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the network or ask IT whether the server is running; try again when it answers.</source>
        <translation>Aucune modification n&apos;a été effectuée. Vérifiez le réseau ou demandez au service informatique si le serveur fonctionne ; réessayez lorsqu&apos;il répond.</translation>
    </message>
    <message>
        <source>Scoring has started: adding {name} as a voting member hides the ranking, the consensus and the shortlist from everyone until {name} has scored and submitted every candidate they are not conflicted on. The marks already submitted stay as they are.</source>
        <translation>La notation a commencé : ajouter {name} comme membre votant masque le classement, le consensus et la liste restreinte pour tous jusqu&apos;à ce que {name} ait noté et soumis chaque candidat pour lequel il ou elle n&apos;est pas en conflit d&apos;intérêts. Les notes déjà soumises restent inchangées.</translation>
    </message>
    <message>
        <source>&apos;{mode}&apos; is not a scoring gate.</source>
        <translation>« {mode} » n&apos;est pas un mode d&apos;accès à la notation.</translation>
    </message>
    <message>
        <source>Use eligibility-first (the default) or parallel (score while eligibility is checked).</source>
        <translation>Utilisez eligibility-first (par défaut : admissibilité d&apos;abord) ou parallel (notation pendant la vérification de l&apos;admissibilité).</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a date: write the interview&apos;s date as YYYY-MM-DD.</source>
        <translation>« {day} » n&apos;est pas une date : indiquez la date de l&apos;entretien au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>&apos;{first}&apos; is not a time: write the first interview&apos;s time as HH:MM (e.g. 09:30).</source>
        <translation>« {first} » n&apos;est pas une heure : indiquez l&apos;heure du premier entretien au format HH:MM (p. ex. 09:30).</translation>
    </message>
    <message>
        <source>&apos;{minutes}&apos; is not a number of minutes per interview.</source>
        <translation>« {minutes} » n&apos;est pas un nombre de minutes par entretien.</translation>
    </message>
    <message>
        <source>Minutes per interview must be between 0 (everyone at the same time) and 480.</source>
        <translation>Le nombre de minutes par entretien doit être compris entre 0 (tous en même temps) et 480.</translation>
    </message>
    <message>
        <source>Say where the interview takes place: a place, a video link, or both.</source>
        <translation>Indiquez où se déroule l&apos;entretien : un lieu, un lien de visioconférence, ou les deux.</translation>
    </message>
    <message>
        <source>&apos;{video}&apos; is not a video link: give the https:// address of the meeting.</source>
        <translation>« {video} » n&apos;est pas un lien de visioconférence : indiquez l&apos;adresse https:// de la réunion.</translation>
    </message>
    <message>
        <source>{source} does not start with a line &apos;Subject: …&apos; followed by a blank line.</source>
        <translation>{source} ne commence pas par une ligne « Subject: … » suivie d&apos;une ligne vide.</translation>
    </message>
    <message>
        <source>Restore that first line; the body follows the blank line.</source>
        <translation>Rétablissez cette première ligne ; le corps du texte suit la ligne vide.</translation>
    </message>
    <message>
        <source>{source} uses ${unknown}, which is not a field of a letter.</source>
        <translation>{source} utilise ${unknown}, qui n&apos;est pas un champ de lettre.</translation>
    </message>
    <message>
        <source>The fields are {fields}.</source>
        <translation>Les champs sont {fields}.</translation>
    </message>
    <message>
        <source>{source}: {e}; write $$ for a dollar sign.</source>
        <translation>{source} : {e} ; écrivez $$ pour un signe dollar.</translation>
    </message>
    <message>
        <source>{reference} was closed by {who} on {when}: a closed procedure is read-only, nothing was changed.</source>
        <translation>{reference} a été clôturée par {who} le {when} : une procédure clôturée est en lecture seule, rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{reference} was closed on {when}: a closed procedure is read-only, nothing was changed.</source>
        <translation>{reference} a été clôturée le {when} : une procédure clôturée est en lecture seule, rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} is an archive, opened read-only: nothing can be changed in it. Open the panel&apos;s database to work.</source>
        <translation>{name} est une archive, ouverte en lecture seule : rien ne peut y être modifié. Ouvrez la base de données du comité pour travailler.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a report language.</source>
        <translation>« {code} » n&apos;est pas une langue de rapport.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <source>The scoring deadline must be a date and time with its zone.</source>
        <translation>La date limite de notation doit être une date et une heure avec leur fuseau horaire.</translation>
    </message>
    <message>
        <source>The scoring deadline must come after the deadline for applications.</source>
        <translation>La date limite de notation doit être postérieure à la date limite de dépôt des candidatures.</translation>
    </message>
    <message>
        <source>Members score applications received by that deadline.</source>
        <translation>Les membres notent les candidatures reçues avant cette date limite.</translation>
    </message>
    <message>
        <source>Template {p} does not exist.</source>
        <translation>Le modèle {p} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Vérifiez le chemin d&apos;accès.</translation>
    </message>
    <message>
        <source>Template {p} cannot be read: {e}.</source>
        <translation>Le modèle {p} ne peut pas être lu : {e}.</translation>
    </message>
    <message>
        <source>{source}: not valid TOML: {e}.</source>
        <translation>{source} : TOML non valide : {e}.</translation>
    </message>
    <message>
        <source>Fix the syntax at that line.</source>
        <translation>Corrigez la syntaxe à cette ligne.</translation>
    </message>
    <message>
        <source>{source}: key &apos;{key}&apos; (line {line}): {msg}.</source>
        <translation>{source} : clé « {key} » (ligne {line}) : {msg}.</translation>
    </message>
    <message>
        <source>{source}: key &apos;{key}&apos;: {msg}.</source>
        <translation>{source} : clé « {key} » : {msg}.</translation>
    </message>
    <message>
        <source>Correct the template and try again.</source>
        <translation>Corrigez le modèle et réessayez.</translation>
    </message>
    <message>
        <source>the [procedure] table is missing</source>
        <translation>la table [procedure] est absente</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>est absente ou vide</translation>
    </message>
    <message>
        <source>&apos;{tz}&apos; is not a time zone such as Europe/Brussels</source>
        <translation>« {tz} » n&apos;est pas un fuseau horaire tel que Europe/Brussels</translation>
    </message>
    <message>
        <source>&apos;{deadline}&apos; is not a date and time like 2026-06-12T12:00:00</source>
        <translation>« {deadline} » n&apos;est pas une date et heure de la forme 2026-06-12T12:00:00</translation>
    </message>
    <message>
        <source>must be a local date and time like 2026-06-12T12:00:00</source>
        <translation>doit être une date et heure locales de la forme 2026-06-12T12:00:00</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a Member State code</source>
        <translation>« {code} » n&apos;est pas un code d&apos;État membre</translation>
    </message>
    <message>
        <source>is not a known rule</source>
        <translation>n&apos;est pas une règle connue</translation>
    </message>
    <message>
        <source>must be one of {values}</source>
        <translation>doit être l&apos;une des valeurs suivantes : {values}</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>doit être un pourcentage de 0 à 100</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>doit être un nombre entier d&apos;au moins 1</translation>
    </message>
    <message>
        <source>must be above scale_min</source>
        <translation>doit être supérieure à scale_min</translation>
    </message>
    <message>
        <source>the template has no [[criterion]] entries</source>
        <translation>le modèle ne contient aucune entrée [[criterion]]</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is used twice</source>
        <translation>« {code} » est utilisé deux fois</translation>
    </message>
    <message>
        <source>&apos;{group}&apos; must be one of {values}</source>
        <translation>« {group} » doit être l&apos;une des valeurs suivantes : {values}</translation>
    </message>
    <message>
        <source>must be a number from 0 to 10</source>
        <translation>doit être un nombre de 0 à 10</translation>
    </message>
    <message>
        <source>must be within the scale {low}–{high}</source>
        <translation>doit être comprise dans l&apos;échelle {low}–{high}</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a criterion code of this template</source>
        <translation>« {code} » n&apos;est pas un code de critère de ce modèle</translation>
    </message>
    <message>
        <source>Install Tesseract 5 for Windows (the UB Mannheim installer, with the Greek, Bulgarian, French and German language data ticked), then restart panel_app; if it is not on PATH, set PANEL_TESSERACT to the full path of tesseract.exe.</source>
        <translation>Installez Tesseract 5 pour Windows (le programme d&apos;installation de l&apos;UB Mannheim, en cochant les données linguistiques grecques, bulgares, françaises et allemandes), puis redémarrez panel_app ; s&apos;il ne figure pas dans le PATH, définissez PANEL_TESSERACT avec le chemin complet de tesseract.exe.</translation>
    </message>
    <message>
        <source>Install it with: {command}</source>
        <translation>Installez-le avec : {command}</translation>
    </message>
    <message>
        <source>Install it with: {command} (and the packs of the other languages the panel receives).</source>
        <translation>Installez-le avec : {command} (et les paquets des autres langues que reçoit le comité).</translation>
    </message>
    <message>
        <source>No OCR engine is installed on this computer, so scanned documents keep the flag &apos;no text layer&apos;.</source>
        <translation>Aucun moteur de reconnaissance optique (OCR) n&apos;est installé sur cet ordinateur ; les documents numérisés conservent donc le signalement « sans couche de texte ».</translation>
    </message>
    <message>
        <source>The OCR engine {program} could not be started ({e}).</source>
        <translation>Le moteur de reconnaissance optique {program} n&apos;a pas pu être démarré ({e}).</translation>
    </message>
    <message>
        <source>{program} is not Tesseract 4 or 5 (&apos;{first}&apos;).</source>
        <translation>{program} n&apos;est pas Tesseract 4 ou 5 (« {first} »).</translation>
    </message>
    <message>
        <source>Tesseract {version} has none of the language packs {wanted}.</source>
        <translation>Tesseract {version} ne dispose d&apos;aucun des paquets linguistiques {wanted}.</translation>
    </message>
    <message>
        <source>rendering a page took over {seconds} s</source>
        <translation>le rendu d&apos;une page a pris plus de {seconds} s</translation>
    </message>
    <message>
        <source>the scan could not be rendered (over the memory limit of {memory_mb} MB)</source>
        <translation>le scan n&apos;a pas pu être rendu (limite de mémoire de {memory_mb} Mo dépassée)</translation>
    </message>
    <message>
        <source>the scan could not be rendered (over the memory limit of {memory_mb} MB, or broken)</source>
        <translation>le scan n&apos;a pas pu être rendu (limite de mémoire de {memory_mb} Mo dépassée, ou fichier endommagé)</translation>
    </message>
    <message>
        <source>the scan could not be opened</source>
        <translation>le scan n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} ou {last}</translation>
    </message>
    <message>
        <source>{name} ({role}) may not {action}; only the {allowed} may.</source>
        <translation>{name} ({role}) n&apos;est pas autorisé(e) à {action} ; seul(e) peut le faire : {allowed}.</translation>
    </message>
    <message>
        <source>{name} is not a member of this panel.</source>
        <translation>{name} n&apos;est pas membre de ce comité.</translation>
    </message>
    <message>
        <source>Sign in to {action}: this procedure has panel members.</source>
        <translation>Connectez-vous pour {action} : cette procédure a des membres du comité.</translation>
    </message>
    <message>
        <source>&apos;{token}&apos; is neither an e-mail address nor an application id.</source>
        <translation>« {token} » n&apos;est ni une adresse électronique ni un numéro de candidature.</translation>
    </message>
    <message>
        <source>See the ids with: panel-app applications</source>
        <translation>Voir les numéros avec : panel-app applications</translation>
    </message>
    <message>
        <source>No active application from {email} in {reference}.</source>
        <translation>Aucune candidature active de {email} dans {reference}.</translation>
    </message>
    <message>
        <source>See the candidates with: panel-app eligibility</source>
        <translation>Voir les candidats avec : panel-app eligibility</translation>
    </message>
    <message>
        <source>No application {number} in {reference}.</source>
        <translation>Aucune candidature {number} dans {reference}.</translation>
    </message>
    <message>
        <source>The application that counts for {email} is {id}.</source>
        <translation>La candidature qui compte pour {email} est la {id}.</translation>
    </message>
    <message>
        <source>Decide on the application that counts instead.</source>
        <translation>Statuez plutôt sur la candidature qui compte.</translation>
    </message>
    <message>
        <source>Application {id} is {value}, not the one that counts.</source>
        <translation>La candidature {id} est {value}, ce n&apos;est pas celle qui compte.</translation>
    </message>
    <message>
        <source>Application {application_id} ({source}) has no candidate e-mail address: it can be decided on and excluded by its id, but not scored or named in a report.</source>
        <translation>La candidature {application_id} ({source}) n&apos;a pas d&apos;adresse électronique de candidat : il est possible de statuer sur elle et de l&apos;exclure par son numéro, mais pas de la noter ni de la nommer dans un rapport.</translation>
    </message>
    <message>
        <source>open applications from the intake list</source>
        <translation>ouvrir des candidatures depuis la liste de réception</translation>
    </message>
    <message>
        <source>That document is not stored.</source>
        <translation>Ce document n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>correct candidate details</source>
        <translation>corriger les données d&apos;un candidat</translation>
    </message>
    <message>
        <source>Candidate {email}</source>
        <translation>Le candidat {email}</translation>
    </message>
    <message>
        <source>&apos;{k}&apos; cannot be corrected here.</source>
        <translation>« {k} » ne peut pas être corrigé ici.</translation>
    </message>
    <message>
        <source>Application {id} ({source}) is not an application: it has no candidate.</source>
        <translation>La candidature {id} ({source}) n&apos;est pas une candidature : elle n&apos;a pas de candidat.</translation>
    </message>
    <message>
        <source>&apos;{values}&apos; cannot be corrected here.</source>
        <translation>« {values} » ne peut pas être corrigé ici.</translation>
    </message>
    <message>
        <source>A candidate {email} exists already: application {id} cannot take that identity.</source>
        <translation>Un candidat {email} existe déjà : la candidature {id} ne peut pas prendre cette identité.</translation>
    </message>
    <message>
        <source>Give the received time with its zone.</source>
        <translation>Indiquez l&apos;heure de réception avec son fuseau horaire.</translation>
    </message>
    <message>
        <source>Say where the received time comes from (e.g. the mailbox log).</source>
        <translation>Indiquez l&apos;origine de l&apos;heure de réception (p. ex. le journal de la boîte aux lettres).</translation>
    </message>
    <message>
        <source>enter a received time</source>
        <translation>saisir une heure de réception</translation>
    </message>
    <message>
        <source>An exclusion or a readmission needs a reason in words.</source>
        <translation>Une exclusion ou une réadmission doit être motivée par écrit.</translation>
    </message>
    <message>
        <source>exclude or readmit an application</source>
        <translation>exclure ou réadmettre une candidature</translation>
    </message>
    <message>
        <source>No application {application_id} in {reference}.</source>
        <translation>Aucune candidature {application_id} dans {reference}.</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name such as {out2}.</source>
        <translation>{out} est un dossier ; indiquez un nom de fichier tel que {out2}.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Le dossier {parent} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Create it or choose another path.</source>
        <translation>Créez-le ou choisissez un autre chemin d&apos;accès.</translation>
    </message>
    <message>
        <source>No procedure {reference} in this database.</source>
        <translation>Aucune procédure {reference} dans cette base de données.</translation>
    </message>
    <message>
        <source>archive the procedure</source>
        <translation>archiver la procédure</translation>
    </message>
    <message>
        <source>The audit record of {reference} does not match the database: {findings}.</source>
        <translation>Le registre d&apos;audit de {reference} ne correspond pas à la base de données : {findings}.</translation>
    </message>
    <message>
        <source>Nothing was archived. Run `panel-app audit verify`.</source>
        <translation>Rien n&apos;a été archivé. Lancez `panel-app audit verify`.</translation>
    </message>
    <message>
        <source>Could not write {out}: {value}.</source>
        <translation>Impossible d&apos;écrire {out} : {value}.</translation>
    </message>
    <message>
        <source>Choose another path.</source>
        <translation>Choisissez un autre chemin d&apos;accès.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} n&apos;existe pas ou n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>{file} is not a panel_app archive (not a zip file, or truncated)</source>
        <translation>{file} n&apos;est pas une archive panel_app (pas un fichier zip, ou tronqué)</translation>
    </message>
    <message>
        <source>{file} cannot be read ({e})</source>
        <translation>{file} ne peut pas être lu ({e})</translation>
    </message>
    <message>
        <source>{file} has no {manifest}</source>
        <translation>{file} ne contient pas de {manifest}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <source>the archived database cannot be opened: {error}</source>
        <translation>la base de données archivée ne peut pas être ouverte : {error}</translation>
    </message>
    <message>
        <source>the archived database holds no procedure {reference}</source>
        <translation>la base de données archivée ne contient aucune procédure {reference}</translation>
    </message>
    <message>
        <source>audit chain: {finding}</source>
        <translation>chaîne d&apos;audit : {finding}</translation>
    </message>
    <message>
        <source>audit chain: the archived chain ends at {hash}…, the manifest says {manifest}…</source>
        <translation>chaîne d&apos;audit : la chaîne archivée se termine par {hash}…, le manifeste indique {manifest}…</translation>
    </message>
    <message>
        <source>{file} is not readable ({error})</source>
        <translation>{file} est illisible ({error})</translation>
    </message>
    <message>
        <source>{file} ends at {hash}…, the manifest says {manifest}…</source>
        <translation>{file} se termine par {hash}…, le manifeste indique {manifest}…</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (et {count} autre(s))</translation>
    </message>
    <message>
        <source>The archive {name} is refused: {problems}{more}.</source>
        <translation>L&apos;archive {name} est refusée : {problems}{more}.</translation>
    </message>
    <message>
        <source>Nothing was opened. Run `panel-app archive verify FILE` for every problem.</source>
        <translation>Rien n&apos;a été ouvert. Lancez `panel-app archive verify FICHIER` pour obtenir tous les problèmes.</translation>
    </message>
    <message>
        <source>Audit chain verified: {events} events, last event hash {hash}</source>
        <translation>Chaîne d&apos;audit vérifiée : {events} événements, empreinte du dernier événement {hash}</translation>
    </message>
    <message>
        <source>AUDIT CHAIN BROKEN: {count} finding(s), the first: {finding}</source>
        <translation>CHAÎNE D&apos;AUDIT ROMPUE : {count} constat(s), le premier : {finding}</translation>
    </message>
    <message>
        <source>Nothing was changed. Run `panel-app audit verify` for every finding and call IT.</source>
        <translation>Rien n&apos;a été modifié. Lancez `panel-app audit verify` pour obtenir toutes les constatations et contactez le service informatique.</translation>
    </message>
    <message>
        <source>verify the audit record</source>
        <translation>vérifier le registre d&apos;audit</translation>
    </message>
    <message>
        <source>Sign in to read the audit history: this procedure has panel members.</source>
        <translation>Connectez-vous pour consulter l&apos;historique d&apos;audit : cette procédure a des membres du comité.</translation>
    </message>
    <message>
        <source>--since &apos;{text}&apos; is not a date or time.</source>
        <translation>--since « {text} » n&apos;est ni une date ni une heure.</translation>
    </message>
    <message>
        <source>Write it as 2026-12-06 or 2026-12-06 14:30 (procedure&apos;s zone).</source>
        <translation>Indiquez-la sous la forme 2026-12-06 ou 2026-12-06 14:30 (fuseau horaire de la procédure).</translation>
    </message>
    <message>
        <source>Say which procedure you act for: this database holds procedures.</source>
        <translation>Indiquez pour quelle procédure vous agissez : cette base de données contient des procédures.</translation>
    </message>
    <message>
        <source>Use --procedure REF and --as NAME.</source>
        <translation>Utilisez --procedure REF et --as NOM.</translation>
    </message>
    <message>
        <source>To {action} on PostgreSQL, connect with the database&apos;s administrator account: a member&apos;s own login reads only part of the data.</source>
        <translation>Pour {action} sous PostgreSQL, connectez-vous avec le compte administrateur de la base de données : l&apos;identifiant propre d&apos;un membre ne lit qu&apos;une partie des données.</translation>
    </message>
    <message>
        <source>Use --db postgresql+psycopg://ADMIN@HOST/DATABASE (IT staff). Nothing was done.</source>
        <translation>Utilisez --db postgresql+psycopg://ADMIN@HOTE/BASE (service informatique). Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Create it or choose another.</source>
        <translation>Créez-le ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>{name} is the open database itself: choose another file.</source>
        <translation>{name} est la base de données ouverte elle-même : choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this computer, so panel_app cannot back up this PostgreSQL database itself.</source>
        <translation>pg_dump n&apos;est pas installé sur cet ordinateur ; panel_app ne peut donc pas sauvegarder lui-même cette base de données PostgreSQL.</translation>
    </message>
    <message>
        <source>Run this where the PostgreSQL client tools are (IT staff): {db}</source>
        <translation>Lancez ceci là où se trouvent les outils client de PostgreSQL (service informatique) : {db}</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of panel_app (schema {revision}; this version knows up to {head}).</source>
        <translation>{name} a été écrit par une version plus récente de panel_app (schéma {revision} ; cette version connaît jusqu&apos;au schéma {head}).</translation>
    </message>
    <message>
        <source>Restore it with the newer panel_app. Nothing was changed.</source>
        <translation>Restaurez-la avec la version plus récente de panel_app. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} says schema {head} but lacks {gaps}: it was written by a development version of panel_app.</source>
        <translation>{name} indique le schéma {head} mais il lui manque {gaps} : il a été écrit par une version de développement de panel_app.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>restore the database</source>
        <translation>restaurer la base de données</translation>
    </message>
    <message>
        <source>{name} is a {kind} backup and this database is {mine}: it cannot be restored here.</source>
        <translation>{name} est une sauvegarde {kind} et cette base de données est {mine} : elle ne peut pas être restaurée ici.</translation>
    </message>
    <message>
        <source>Open a database of the same kind. Nothing was changed.</source>
        <translation>Ouvrez une base de données du même type. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} is the open database itself: choose a backup.</source>
        <translation>{name} est la base de données ouverte elle-même : choisissez une sauvegarde.</translation>
    </message>
    <message>
        <source>{reference}: {summary}</source>
        <translation>{reference} : {summary}</translation>
    </message>
    <message>
        <source>The database refused: {value}.</source>
        <translation>La base de données a refusé : {value}.</translation>
    </message>
    <message>
        <source>Act as the member this login belongs to, or connect with your own login.</source>
        <translation>Agissez en tant que membre auquel appartient cet identifiant, ou connectez-vous avec votre propre identifiant.</translation>
    </message>
    <message>
        <source>The database server refused this for your login ({refused}).</source>
        <translation>Le serveur de base de données a refusé cette opération pour votre identifiant ({refused}).</translation>
    </message>
    <message>
        <source>Nothing was changed. A member&apos;s login changes only their own work; panel composition is changed with the administrator account.</source>
        <translation>Rien n&apos;a été modifié. L&apos;identifiant d&apos;un membre ne modifie que son propre travail ; la composition du comité se modifie avec le compte administrateur.</translation>
    </message>
    <message>
        <source>This database login belongs to {owner}; it cannot act as {name}.</source>
        <translation>Cet identifiant de base de données appartient à {owner} ; il ne peut pas agir en tant que {name}.</translation>
    </message>
    <message>
        <source>Use --as &quot;{owner}&quot;, or connect with {name}&apos;s own database login.</source>
        <translation>Utilisez --as &quot;{owner}&quot;, ou connectez-vous avec l&apos;identifiant de base de données propre à {name}.</translation>
    </message>
    <message>
        <source>Application {application_id} is not an active application of {reference}.</source>
        <translation>La candidature {application_id} n&apos;est pas une candidature active de {reference}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an eligibility outcome for {criterion}.</source>
        <translation>« {value} » n&apos;est pas un résultat d&apos;admissibilité pour {criterion}.</translation>
    </message>
    <message>
        <source>Use met, not_met, to_verify or declared.</source>
        <translation>Utilisez met (rempli), not_met (non rempli), to_verify (à vérifier) ou declared (déclaré).</translation>
    </message>
    <message>
        <source>decide on eligibility</source>
        <translation>statuer sur l&apos;admissibilité</translation>
    </message>
    <message>
        <source>{criterion} is not an eligibility criterion of {reference}.</source>
        <translation>{criterion} n&apos;est pas un critère d&apos;admissibilité de {reference}.</translation>
    </message>
    <message>
        <source>{criterion} is declared at this stage and verified at recruitment.</source>
        <translation>{criterion} est déclaré à ce stade et vérifié lors du recrutement.</translation>
    </message>
    <message>
        <source>Record it as &apos;declared&apos;, not &apos;met&apos;.</source>
        <translation>Enregistrez-le comme « déclaré », et non « satisfait ».</translation>
    </message>
    <message>
        <source>{criterion} is checked on the documents; it cannot be &apos;declared&apos;.</source>
        <translation>{criterion} est vérifié sur pièces ; il ne peut pas être « déclaré ».</translation>
    </message>
    <message>
        <source>{criterion} of this candidate</source>
        <translation>{criterion} de ce candidat</translation>
    </message>
    <message>
        <source>{criterion}: a &apos;not met&apos; needs a reason in words.</source>
        <translation>{criterion} : un « non satisfait » doit être motivé par écrit.</translation>
    </message>
    <message>
        <source>{criterion}: the suggestion was &apos;{suggested}&apos;; overriding it with &apos;{value}&apos; needs a reason in words.</source>
        <translation>{criterion} : la suggestion était « {suggested} » ; la remplacer par « {value} » doit être motivé par écrit.</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; is not an Article 29 category.</source>
        <translation>« {category} » n&apos;est pas une catégorie de l&apos;article 29.</translation>
    </message>
    <message>
        <source>Use official, other_institution, laureate or none.</source>
        <translation>Utilisez official (fonctionnaire), other_institution (autre institution), laureate (lauréat) ou none (aucune).</translation>
    </message>
    <message>
        <source>Article 29: say what shows the category (e.g. the form&apos;s Article 29 field, a staff number, the reserve list).</source>
        <translation>Article 29 : indiquez ce qui établit la catégorie (p. ex. le champ « article 29 » du formulaire, un numéro du personnel, la liste de réserve).</translation>
    </message>
    <message>
        <source>record the Article 29 category</source>
        <translation>enregistrer la catégorie de l&apos;article 29</translation>
    </message>
    <message>
        <source>An exclusion needs a reason in words.</source>
        <translation>Une exclusion doit être motivée par écrit.</translation>
    </message>
    <message>
        <source>A readmission needs a reason in words.</source>
        <translation>Une réadmission doit être motivée par écrit.</translation>
    </message>
    <message>
        <source>This application is not excluded; there is nothing to readmit.</source>
        <translation>Cette candidature n&apos;est pas exclue ; il n&apos;y a rien à réadmettre.</translation>
    </message>
    <message>
        <source>Use one of: {codes}.</source>
        <translation>Utilisez l&apos;un des codes suivants : {codes}.</translation>
    </message>
    <message>
        <source>No active application {ids} in {reference}.</source>
        <translation>Aucune candidature active {ids} dans {reference}.</translation>
    </message>
    <message>
        <source>No candidate selected: select candidates, or confirm for all of them.</source>
        <translation>Aucun candidat sélectionné : sélectionnez des candidats, ou confirmez pour tous.</translation>
    </message>
    <message>
        <source>confirm eligibility suggestions</source>
        <translation>confirmer les suggestions d&apos;admissibilité</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not an export; choose one of {exports}.</source>
        <translation>« {kind} » n&apos;est pas une exportation ; choisissez parmi {exports}.</translation>
    </message>
    <message>
        <source>&apos;{stage}&apos; is not a stage (preselection or interview).</source>
        <translation>« {stage} » n&apos;est pas une phase (preselection ou interview).</translation>
    </message>
    <message>
        <source>The grid of {ref} is not sealed yet: there is no grid as sealed to export.</source>
        <translation>La grille de {ref} n&apos;est pas encore scellée : il n&apos;y a pas de grille scellée à exporter.</translation>
    </message>
    <message>
        <source>The chair seals it on the Grid page (panel-app grid seal).</source>
        <translation>Le président la scelle dans la page Grille (panel-app grid seal).</translation>
    </message>
    <message>
        <source>No candidate&apos;s marks are visible yet at the {stage} stage: the marks are exported once every voting member has submitted a candidate.</source>
        <translation>Aucune note de candidat n&apos;est encore visible en phase « {stage} » : les notes sont exportées dès que chaque membre votant a soumis un candidat.</translation>
    </message>
    <message>
        <source>{count} interview assessment(s) are still pending ({pending}): the final ranking can be frozen once every invited candidate has a final mark.</source>
        <translation>{count} évaluation(s) d&apos;entretien sont encore en attente ({pending}) : le classement final peut être gelé dès que chaque candidat invité a une note finale.</translation>
    </message>
    <message>
        <source>No outcome is recorded yet: record the recommended candidates (and the reserve list) before freezing the final ranking.</source>
        <translation>Aucun résultat n&apos;est encore enregistré : enregistrez les candidats recommandés (et la liste de réserve) avant de geler le classement final.</translation>
    </message>
    <message>
        <source>freeze the final ranking</source>
        <translation>geler le classement final</translation>
    </message>
    <message>
        <source>The final ranking was already frozen at {before}: a change needs a reason, and every member signs again.</source>
        <translation>Le classement final a déjà été gelé le {before} : une modification doit être motivée, et chaque membre signe à nouveau.</translation>
    </message>
    <message>
        <source>The final ranking is not frozen yet: the chair freezes it before the members sign.</source>
        <translation>Le classement final n&apos;est pas encore gelé : le président le gèle avant que les membres ne signent.</translation>
    </message>
    <message>
        <source>The final ranking or an outcome changed after the freeze: the chair freezes it again (with a reason) before anyone signs.</source>
        <translation>Le classement final ou un résultat a changé après le gel : le président le gèle à nouveau (en le motivant) avant toute signature.</translation>
    </message>
    <message>
        <source>{name} does not vote: only the voting members sign the final ranking.</source>
        <translation>{name} ne vote pas : seuls les membres votants signent le classement final.</translation>
    </message>
    <message>
        <source>{name} already signed this version of the final ranking.</source>
        <translation>{name} a déjà signé cette version du classement final.</translation>
    </message>
    <message>
        <source>{email} has no application that counts: not in the scoring queue.</source>
        <translation>{email} n&apos;a pas de candidature qui compte : absent de la file de notation.</translation>
    </message>
    <message>
        <source>{email} is not in the scoring queue: {value}.</source>
        <translation>{email} n&apos;est pas dans la file de notation : {value}.</translation>
    </message>
    <message>
        <source>not admitted to scoring</source>
        <translation>non admis à la notation</translation>
    </message>
    <message>
        <source>The shortlist cannot be frozen: eligibility is not decided by a person for {count} candidate(s) it would invite, tied at the cut or with Article 29 priority: {missing}.</source>
        <translation>La liste restreinte ne peut pas être gelée : l&apos;admissibilité n&apos;a pas été décidée par une personne pour {count} candidat(s) qu&apos;elle inviterait, à égalité au seuil ou prioritaires au titre de l&apos;article 29 : {missing}.</translation>
    </message>
    <message>
        <source>Decide their checks on the Eligibility page (or panel-app eligibility decide), then freeze.</source>
        <translation>Statuez sur leurs vérifications dans la page Admissibilité (ou panel-app eligibility decide), puis gelez.</translation>
    </message>
    <message>
        <source>Cannot {action}: {count} application(s) received after the shortlist was frozen wait for the chair&apos;s decision: {names}.</source>
        <translation>Impossible de {action} : {count} candidature(s) reçue(s) après le gel de la liste restreinte attendent la décision du président : {names}.</translation>
    </message>
    <message>
        <source>The chair admits each (the shortlist is reopened) or records it as out of scope, with a reason.</source>
        <translation>Le président admet chacune d&apos;elles (la liste restreinte est rouverte) ou l&apos;enregistre comme hors champ, en la motivant.</translation>
    </message>
    <message>
        <source>set the scoring gate</source>
        <translation>définir le mode d&apos;accès à la notation</translation>
    </message>
    <message>
        <source>Scoring has started in {reference}: the scoring gate ({mode_text}) is fixed once the first mark is given.</source>
        <translation>La notation a commencé dans {reference} : le mode d&apos;accès à la notation ({mode_text}) est figé dès la première note attribuée.</translation>
    </message>
    <message>
        <source>Admitting an application received after the freeze reopens the shortlist</source>
        <translation>L&apos;admission d&apos;une candidature reçue après le gel rouvre la liste restreinte</translation>
    </message>
    <message>
        <source>Recording an application as out of scope</source>
        <translation>L&apos;enregistrement d&apos;une candidature comme hors champ</translation>
    </message>
    <message>
        <source>decide on an application received after the freeze</source>
        <translation>statuer sur une candidature reçue après le gel</translation>
    </message>
    <message>
        <source>Application {application_id} is not waiting for a decision ({state}).</source>
        <translation>La candidature {application_id} n&apos;est pas en attente de décision ({state}).</translation>
    </message>
    <message>
        <source>{what}: give the reason in words.</source>
        <translation>{what} : indiquez le motif par écrit.</translation>
    </message>
    <message>
        <source>No criterion {code} in {reference}.</source>
        <translation>Aucun critère {code} dans {reference}.</translation>
    </message>
    <message>
        <source>Criterion {code}</source>
        <translation>Le critère {code}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; cannot be edited on a criterion.</source>
        <translation>« {key} » ne peut pas être modifié pour un critère.</translation>
    </message>
    <message>
        <source>The rules of {reference}</source>
        <translation>Les règles de {reference}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a rule of the grid.</source>
        <translation>« {key} » n&apos;est pas une règle de la grille.</translation>
    </message>
    <message>
        <source>seal the grid</source>
        <translation>sceller la grille</translation>
    </message>
    <message>
        <source>Add the panel (at least the chair) before sealing the grid.</source>
        <translation>Ajoutez le comité (au moins le président) avant de sceller la grille.</translation>
    </message>
    <message>
        <source>The grid of {reference} was already sealed at {time}.</source>
        <translation>La grille de {reference} a déjà été scellée le {time}.</translation>
    </message>
    <message>
        <source>edit the grid</source>
        <translation>modifier la grille</translation>
    </message>
    <message>
        <source>amend a sealed grid</source>
        <translation>modifier une grille scellée</translation>
    </message>
    <message>
        <source>The grid is sealed: a change is an amendment and needs a reason.</source>
        <translation>La grille est scellée : une modification constitue un amendement et doit être motivée.</translation>
    </message>
    <message>
        <source>Weight &apos;{value}&apos; is not a number.</source>
        <translation>La pondération « {value} » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>A weight must be between 0 and 10.</source>
        <translation>Une pondération doit être comprise entre 0 et 10.</translation>
    </message>
    <message>
        <source>A minimum must be within the scale.</source>
        <translation>Un minimum doit se situer dans l&apos;échelle.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a group ({groups}).</source>
        <translation>« {value} » n&apos;est pas un groupe ({groups}).</translation>
    </message>
    <message>
        <source>A criterion needs a title.</source>
        <translation>Un critère doit avoir un intitulé.</translation>
    </message>
    <message>
        <source>A pass mark is a percentage from 0 to 100.</source>
        <translation>Un seuil de réussite est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>Best N must be a whole number of at least 1, or empty for no limit.</source>
        <translation>« Meilleurs N » doit être un nombre entier d&apos;au moins 1, ou vide pour aucune limite.</translation>
    </message>
    <message>
        <source>Tie-break criteria not in the grid: {unknown}.</source>
        <translation>Critères de départage absents de la grille : {unknown}.</translation>
    </message>
    <message>
        <source>Consolidation must be one of {consolidation}.</source>
        <translation>La consolidation doit être l&apos;une des suivantes : {consolidation}.</translation>
    </message>
    <message>
        <source>Final ranking must be one of {final_ranking}.</source>
        <translation>Le classement final doit être l&apos;un des suivants : {final_ranking}.</translation>
    </message>
    <message>
        <source>not an application: skipped, stored</source>
        <translation>pas une candidature : ignoré, conservé</translation>
    </message>
    <message>
        <source>the import was cancelled before this file</source>
        <translation>l&apos;import a été annulé avant ce fichier</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>le fichier n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>import applications</source>
        <translation>importer des candidatures</translation>
    </message>
    <message>
        <source>imported before (same file or Message-ID)</source>
        <translation>déjà importé (même fichier ou même Message-ID)</translation>
    </message>
    <message>
        <source>not an application: skipped, stored ({reason})</source>
        <translation>pas une candidature : ignoré, conservé ({reason})</translation>
    </message>
    <message>
        <source>The letter template {path} cannot be read: {value}.</source>
        <translation>Le modèle de lettre {path} ne peut pas être lu : {value}.</translation>
    </message>
    <message>
        <source>Restore it from the installation (resources/letters/).</source>
        <translation>Restaurez-le à partir de l&apos;installation (resources/letters/).</translation>
    </message>
    <message>
        <source>prepare the invitation letters</source>
        <translation>préparer les lettres d&apos;invitation</translation>
    </message>
    <message>
        <source>The shortlist is not frozen yet: invitations go out after the freeze and every sign-off.</source>
        <translation>La liste restreinte n&apos;est pas encore gelée : les invitations sont envoyées après le gel et toutes les signatures.</translation>
    </message>
    <message>
        <source>The ranking changed after the freeze: the chair freezes it again and every member signs before any invitation is prepared.</source>
        <translation>Le classement a changé après le gel : le président le gèle à nouveau et chaque membre signe avant la préparation de toute invitation.</translation>
    </message>
    <message>
        <source>Not every member has signed the frozen shortlist yet: waiting for {names}.</source>
        <translation>Tous les membres n&apos;ont pas encore signé la liste restreinte gelée : en attente de {names}.</translation>
    </message>
    <message>
        <source>The frozen shortlist invites nobody: there is no letter to prepare.</source>
        <translation>La liste restreinte gelée n&apos;invite personne : il n&apos;y a aucune lettre à préparer.</translation>
    </message>
    <message>
        <source>The folder {out} does not exist.</source>
        <translation>Le dossier {out} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Create it or choose another folder.</source>
        <translation>Créez-le ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>{out} already exists ({count} letter(s) of the same names).</source>
        <translation>{out} existe déjà ({count} lettre(s) portant les mêmes noms).</translation>
    </message>
    <message>
        <source>Choose an empty folder: a letter already prepared is never overwritten.</source>
        <translation>Choisissez un dossier vide : une lettre déjà préparée n&apos;est jamais écrasée.</translation>
    </message>
    <message>
        <source>The procedure has no functional mailbox: the letters need it as their sender.</source>
        <translation>La procédure n&apos;a pas de boîte aux lettres fonctionnelle : les lettres en ont besoin comme expéditeur.</translation>
    </message>
    <message>
        <source>Set it on the Procedure page (Mailbox).</source>
        <translation>Définissez-la dans la page Procédure (Boîte aux lettres).</translation>
    </message>
    <message>
        <source>Could not write the letters into {out}: {value}.</source>
        <translation>Impossible d&apos;écrire les lettres dans {out} : {value}.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Give the reason for {what}; it is recorded in the audit trail.</source>
        <translation>Indiquez le motif pour {what} ; il est consigné dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>closing the procedure</source>
        <translation>la clôture de la procédure</translation>
    </message>
    <message>
        <source>close the procedure</source>
        <translation>clôturer la procédure</translation>
    </message>
    <message>
        <source>{reference} is already closed (by {closed_by} on {closed_at}).</source>
        <translation>{reference} est déjà clôturée (par {closed_by} le {closed_at}).</translation>
    </message>
    <message>
        <source>Archive {reference} before closing it: nothing was changed.</source>
        <translation>Archivez {reference} avant de la clôturer : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>File ▸ Archive procedure…, or panel-app archive -o FILE.</source>
        <translation>Fichier ▸ Archiver la procédure…, ou panel-app archive -o FICHIER.</translation>
    </message>
    <message>
        <source>{reference} changed since its archive ({archived}): {count} write(s), the first {changed_since_archive}.</source>
        <translation>{reference} a changé depuis son archivage ({archived}) : {count} écriture(s), la première {changed_since_archive}.</translation>
    </message>
    <message>
        <source>Archive it again, then close it. Nothing was changed.</source>
        <translation>Archivez-la à nouveau, puis clôturez-la. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the legal hold</source>
        <translation>la conservation légale</translation>
    </message>
    <message>
        <source>set a legal hold</source>
        <translation>établir une conservation légale</translation>
    </message>
    <message>
        <source>No candidate {candidate} in {reference}.</source>
        <translation>Aucun candidat {candidate} dans {reference}.</translation>
    </message>
    <message>
        <source>Name them by e-mail or application id (panel-app applications).</source>
        <translation>Désignez-les par adresse électronique ou numéro de candidature (panel-app applications).</translation>
    </message>
    <message>
        <source>lifting the legal hold</source>
        <translation>la levée de la conservation légale</translation>
    </message>
    <message>
        <source>lift a legal hold</source>
        <translation>lever une conservation légale</translation>
    </message>
    <message>
        <source>No legal hold #{hold_id} in {reference}.</source>
        <translation>Aucune conservation légale n° {hold_id} dans {reference}.</translation>
    </message>
    <message>
        <source>List them: panel-app hold list</source>
        <translation>Pour les lister : panel-app hold list</translation>
    </message>
    <message>
        <source>Legal hold #{hold_id} was already lifted by {lifted_by}.</source>
        <translation>La conservation légale n° {hold_id} a déjà été levée par {lifted_by}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date: write it as YYYY-MM-DD (e.g. 2026-06-25).</source>
        <translation>« {value} » n&apos;est pas une date : indiquez-la au format AAAA-MM-JJ (p. ex. 2026-06-25).</translation>
    </message>
    <message>
        <source>A meeting is held either at a place or by written procedure, not both.</source>
        <translation>Une réunion se tient soit en un lieu, soit par procédure écrite, pas les deux.</translation>
    </message>
    <message>
        <source>Say where the meeting was held (--place), or that it was a written procedure (--written).</source>
        <translation>Indiquez où la réunion s&apos;est tenue (--place), ou qu&apos;il s&apos;agissait d&apos;une procédure écrite (--written).</translation>
    </message>
    <message>
        <source>Name who attended (--attendee, once per member).</source>
        <translation>Indiquez les participants (--attendee, une fois par membre).</translation>
    </message>
    <message>
        <source>A correction of a recorded meeting needs a reason.</source>
        <translation>La correction d&apos;une réunion enregistrée doit être motivée.</translation>
    </message>
    <message>
        <source>record a meeting of the panel</source>
        <translation>enregistrer une réunion du comité</translation>
    </message>
    <message>
        <source>{unknown}: not a member of the panel of {reference}.</source>
        <translation>{unknown} : pas membre du comité de {reference}.</translation>
    </message>
    <message>
        <source>Use the names as the panel lists them (panel-app members list).</source>
        <translation>Utilisez les noms tels que le comité les répertorie (panel-app members list).</translation>
    </message>
    <message>
        <source>There is no recorded meeting {replaces} to correct.</source>
        <translation>Il n&apos;existe pas de réunion enregistrée {replaces} à corriger.</translation>
    </message>
    <message>
        <source>record the notice&apos;s publication date</source>
        <translation>enregistrer la date de publication de l&apos;avis</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>Un membre doit avoir un nom.</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a role; use one of {roles}.</source>
        <translation>« {role} » n&apos;est pas un rôle ; utilisez l&apos;un des suivants : {roles}.</translation>
    </message>
    <message>
        <source>add panel members</source>
        <translation>ajouter des membres du comité</translation>
    </message>
    <message>
        <source>The first member added must be the chair.</source>
        <translation>Le premier membre ajouté doit être le président.</translation>
    </message>
    <message>
        <source>{name} is already on the panel of {reference}.</source>
        <translation>{name} fait déjà partie du comité de {reference}.</translation>
    </message>
    <message>
        <source>A {role} does not vote.</source>
        <translation>Un(e) {role} ne vote pas.</translation>
    </message>
    <message>
        <source>Confirm it (CLI: --confirm) or add the member as non-voting.</source>
        <translation>Confirmez-le (CLI : --confirm) ou ajoutez le membre sans droit de vote.</translation>
    </message>
    <message>
        <source>{replaces} is not on the panel.</source>
        <translation>{replaces} ne fait pas partie du comité.</translation>
    </message>
    <message>
        <source>change panel membership</source>
        <translation>modifier la composition du comité</translation>
    </message>
    <message>
        <source>{name} is not on the panel of {reference}.</source>
        <translation>{name} ne fait pas partie du comité de {reference}.</translation>
    </message>
    <message>
        <source>Member {name}</source>
        <translation>Le membre {name}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; cannot be changed on a member.</source>
        <translation>« {key} » ne peut pas être modifié pour un membre.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a role.</source>
        <translation>« {value} » n&apos;est pas un rôle.</translation>
    </message>
    <message>
        <source>The chair cannot be deactivated; appoint the new chair first (add them with &apos;Replaces&apos; set to the current chair).</source>
        <translation>Le président ne peut pas être désactivé ; nommez d&apos;abord le nouveau président (ajoutez-le en indiquant le président actuel dans « Remplace »).</translation>
    </message>
    <message>
        <source>Say why {name} is reactivated; it is recorded in the audit trail and the panel report.</source>
        <translation>Indiquez pourquoi {name} est réactivé(e) ; le motif est consigné dans la piste d&apos;audit et dans le rapport du comité.</translation>
    </message>
    <message>
        <source>Say why {name} is deactivated; it is recorded in the audit trail and the panel report.</source>
        <translation>Indiquez pourquoi {name} est désactivé(e) ; le motif est consigné dans la piste d&apos;audit et dans le rapport du comité.</translation>
    </message>
    <message>
        <source>reset a member&apos;s password</source>
        <translation>réinitialiser le mot de passe d&apos;un membre</translation>
    </message>
    <message>
        <source>Check the name (panel-app members list).</source>
        <translation>Vérifiez le nom (panel-app members list).</translation>
    </message>
    <message>
        <source>Change your own password with the current one (File › Change my password…, or members password with PANEL_PASSWORD and PANEL_NEW_PASSWORD).</source>
        <translation>Modifiez votre propre mot de passe à l&apos;aide du mot de passe actuel (Fichier › Modifier mon mot de passe…, ou members password avec PANEL_PASSWORD et PANEL_NEW_PASSWORD).</translation>
    </message>
    <message>
        <source>change the password</source>
        <translation>modifier le mot de passe</translation>
    </message>
    <message>
        <source>{name} was replaced on the panel and can no longer act.</source>
        <translation>{name} a été remplacé(e) au sein du comité et ne peut plus agir.</translation>
    </message>
    <message>
        <source>{name} must choose a new password first: the chair reset it.</source>
        <translation>{name} doit d&apos;abord choisir un nouveau mot de passe : le président l&apos;a réinitialisé.</translation>
    </message>
    <message>
        <source>PANEL_PASSWORD=&lt;the one the chair gave&gt; PANEL_NEW_PASSWORD=&lt;yours&gt; panel-app --as &quot;{name}&quot; members password &quot;{name}&quot; (in the app: sign in, then choose it when asked).</source>
        <translation>PANEL_PASSWORD=&lt;celui donné par le président&gt; PANEL_NEW_PASSWORD=&lt;le vôtre&gt; panel-app --as &quot;{name}&quot; members password &quot;{name}&quot; (dans l&apos;application : connectez-vous, puis choisissez-le lorsque cela vous est demandé).</translation>
    </message>
    <message>
        <source>Say who you are: no member name was given.</source>
        <translation>Indiquez qui vous êtes : aucun nom de membre n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Sign in with the name as the chair entered it (--as NAME on the command line); the chair can list the panel.</source>
        <translation>Connectez-vous avec le nom tel que le président l&apos;a saisi (--as NOM en ligne de commande) ; le président peut afficher la liste du comité.</translation>
    </message>
    <message>
        <source>{count} scanned documents have no text layer; no OCR engine is installed, so they stay flagged &apos;no text layer&apos;. {how}</source>
        <translation>{count} documents numérisés n&apos;ont pas de couche de texte ; aucun moteur de reconnaissance optique n&apos;est installé, ils conservent donc le signalement « sans couche de texte ». {how}</translation>
    </message>
    <message>
        <source>{count} scanned document has no text layer; no OCR engine is installed, so it stays flagged &apos;no text layer&apos;. {how}</source>
        <translation>{count} document numérisé n&apos;a pas de couche de texte ; aucun moteur de reconnaissance optique n&apos;est installé, il conserve donc le signalement « sans couche de texte ». {how}</translation>
    </message>
    <message>
        <source>{count} scanned documents have no text layer: read them by OCR with Applications › Read scans (OCR)… or `panel-app ocr`.</source>
        <translation>{count} documents numérisés n&apos;ont pas de couche de texte : lisez-les par reconnaissance optique avec Candidatures › Lire les numérisations (OCR)… ou `panel-app ocr`.</translation>
    </message>
    <message>
        <source>{count} scanned document has no text layer: read it by OCR with Applications › Read scans (OCR)… or `panel-app ocr`.</source>
        <translation>{count} document numérisé n&apos;a pas de couche de texte : lisez-le par reconnaissance optique avec Candidatures › Lire les numérisations (OCR)… ou `panel-app ocr`.</translation>
    </message>
    <message>
        <source>read scanned applications by OCR</source>
        <translation>lire les candidatures numérisées par reconnaissance optique</translation>
    </message>
    <message>
        <source>No application {application_id}.</source>
        <translation>Aucune candidature {application_id}.</translation>
    </message>
    <message>
        <source>The package&apos;s grid does not match its hash: the file was altered.</source>
        <translation>La grille du paquet ne correspond pas à son empreinte : le fichier a été modifié.</translation>
    </message>
    <message>
        <source>Ask the chair for the package again.</source>
        <translation>Redemandez le paquet au président.</translation>
    </message>
    <message>
        <source>This database already holds {meta}.</source>
        <translation>Cette base de données contient déjà {meta}.</translation>
    </message>
    <message>
        <source>Open the package into a new file (--db sqlite:///another.sqlite).</source>
        <translation>Ouvrez le paquet dans un nouveau fichier (--db sqlite:///autre.sqlite).</translation>
    </message>
    <message>
        <source>A package needs a passphrase of at least 8 characters.</source>
        <translation>Un paquet nécessite une phrase secrète d&apos;au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Give --passphrase or set {passphrase_env}; hand it over separately from the file (by phone, not in the same e-mail).</source>
        <translation>Indiquez --passphrase ou définissez {passphrase_env} ; transmettez-la séparément du fichier (par téléphone, pas dans le même courriel).</translation>
    </message>
    <message>
        <source>a member&apos;s return file</source>
        <translation>un fichier de retour de membre</translation>
    </message>
    <message>
        <source>a member package</source>
        <translation>un paquet de membre</translation>
    </message>
    <message>
        <source>This is not a {what}: it is {other}.</source>
        <translation>Ce n&apos;est pas un {what} : c&apos;est {other}.</translation>
    </message>
    <message>
        <source>This is not a {what}: it is not a panel_app file.</source>
        <translation>Ce n&apos;est pas un {what} : ce n&apos;est pas un fichier panel_app.</translation>
    </message>
    <message>
        <source>The {what} cannot be opened: wrong passphrase, or the file was altered or damaged.</source>
        <translation>Le {what} ne peut pas être ouvert : phrase secrète erronée, ou fichier modifié ou endommagé.</translation>
    </message>
    <message>
        <source>Check the passphrase; if it is right, ask for the file again.</source>
        <translation>Vérifiez la phrase secrète ; si elle est correcte, redemandez le fichier.</translation>
    </message>
    <message>
        <source>The {what} is damaged (its header cannot be read).</source>
        <translation>Le {what} est endommagé (son en-tête ne peut pas être lu).</translation>
    </message>
    <message>
        <source>Ask for the file again.</source>
        <translation>Redemandez le fichier.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it is the one the package was opened with.</source>
        <translation>Phrase secrète erronée : c&apos;est celle avec laquelle le paquet a été ouvert.</translation>
    </message>
    <message>
        <source>The return file names a candidate {email} who is not in {reference}.</source>
        <translation>Le fichier de retour mentionne un candidat {email} qui ne figure pas dans {reference}.</translation>
    </message>
    <message>
        <source>{name} has a declared conflict on {email}: their marks for it cannot be merged.</source>
        <translation>{name} a déclaré un conflit d&apos;intérêts concernant {email} : ses notes pour cette candidature ne peuvent pas être fusionnées.</translation>
    </message>
    <message>
        <source>The return file marks {criterion}, not a scored criterion of the {stage} stage.</source>
        <translation>Le fichier de retour note {criterion}, qui n&apos;est pas un critère noté de la phase « {stage} ».</translation>
    </message>
    <message>
        <source>The return file gives {value} on {criterion}, outside {lo}–{hi}.</source>
        <translation>Le fichier de retour attribue {value} pour {criterion}, en dehors de {lo}–{hi}.</translation>
    </message>
    <message>
        <source>Nothing was merged: {count} of {name}&apos;s assessments changed after the package of {exported} was exported: {problems}.</source>
        <translation>Rien n&apos;a été fusionné : {count} évaluation(s) de {name} ont changé après l&apos;exportation du paquet du {exported} : {problems}.</translation>
    </message>
    <message>
        <source>The panel&apos;s database keeps its marks. Ask the member which marks stand (the chair can reopen an assessment), or export a new package for another offline round.</source>
        <translation>La base de données du comité conserve ses notes. Demandez au membre quelles notes sont maintenues (le président peut rouvrir une évaluation), ou exportez un nouveau paquet pour un autre tour hors ligne.</translation>
    </message>
    <message>
        <source>export an offline package</source>
        <translation>exporter un paquet hors ligne</translation>
    </message>
    <message>
        <source>{member} is not an active member of the panel of {reference}.</source>
        <translation>{member} n&apos;est pas un membre actif du comité de {reference}.</translation>
    </message>
    <message>
        <source>{name} ({role}) does not score: no package is needed.</source>
        <translation>{name} ({role}) ne note pas : aucun paquet n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>member package</source>
        <translation>paquet de membre</translation>
    </message>
    <message>
        <source>{reference} here was not opened from an offline package for {name}.</source>
        <translation>{reference} n&apos;a pas été ouvert ici à partir d&apos;un paquet hors ligne pour {name}.</translation>
    </message>
    <message>
        <source>member&apos;s return file</source>
        <translation>fichier de retour de membre</translation>
    </message>
    <message>
        <source>import a member&apos;s marks</source>
        <translation>importer les notes d&apos;un membre</translation>
    </message>
    <message>
        <source>This return file belongs to procedure {value}, not {reference}.</source>
        <translation>Ce fichier de retour appartient à la procédure {value}, et non à {reference}.</translation>
    </message>
    <message>
        <source>{value} is not on the panel of {reference}.</source>
        <translation>{value} ne fait pas partie du comité de {reference}.</translation>
    </message>
    <message>
        <source>No package was exported to {name}: nothing to verify the signature with.</source>
        <translation>Aucun paquet n&apos;a été exporté pour {name} : rien ne permet de vérifier la signature.</translation>
    </message>
    <message>
        <source>The signature of {name}&apos;s return file does not match: the file was altered after the member signed it. Nothing was merged.</source>
        <translation>La signature du fichier de retour de {name} ne correspond pas : le fichier a été modifié après sa signature par le membre. Rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>Ask the member to send the return file again.</source>
        <translation>Demandez au membre de renvoyer le fichier de retour.</translation>
    </message>
    <message>
        <source>Grid mismatch: {name} scored on grid {value}…, the panel&apos;s grid is now {current}…. The marks were not imported.</source>
        <translation>Grille non concordante : {name} a noté sur la grille {value}…, la grille du comité est désormais {current}…. Les notes n&apos;ont pas été importées.</translation>
    </message>
    <message>
        <source>Export a new package with the current grid.</source>
        <translation>Exportez un nouveau paquet avec la grille actuelle.</translation>
    </message>
    <message>
        <source>This return file of {name} was already merged on {time} by {merged_by}: a return is merged once. Nothing was changed.</source>
        <translation>Ce fichier de retour de {name} a déjà été fusionné le {time} par {merged_by} : un retour n&apos;est fusionné qu&apos;une fois. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>For marks changed since, the member works in the panel&apos;s database or on a new package.</source>
        <translation>Pour les notes modifiées depuis, le membre travaille dans la base de données du comité ou sur un nouveau paquet.</translation>
    </message>
    <message>
        <source>This return file of {name} comes from an older panel_app that did not record which version of each assessment it was built from. Nothing was merged.</source>
        <translation>Ce fichier de retour de {name} provient d&apos;une version antérieure de panel_app qui n&apos;enregistrait pas la version de chaque évaluation sur laquelle il reposait. Rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>Export a new package for the member.</source>
        <translation>Exportez un nouveau paquet pour le membre.</translation>
    </message>
    <message>
        <source>This return file answers a package that was not exported to {name} from this database. Nothing was merged.</source>
        <translation>Ce fichier de retour répond à un paquet qui n&apos;a pas été exporté pour {name} depuis cette base de données. Rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>Import it into the panel&apos;s own database.</source>
        <translation>Importez-le dans la base de données du comité.</translation>
    </message>
    <message>
        <source>This return file answers {name}&apos;s package of {time}; a newer one was exported on {time2}. Nothing was merged.</source>
        <translation>Ce fichier de retour répond au paquet de {name} du {time} ; un paquet plus récent a été exporté le {time2}. Rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>Ask the member for the return file of the latest package.</source>
        <translation>Demandez au membre le fichier de retour du dernier paquet.</translation>
    </message>
    <message>
        <source>record a consensus mark</source>
        <translation>enregistrer une note de consensus</translation>
    </message>
    <message>
        <source>No candidate {email} at the {stage} stage of {reference}.</source>
        <translation>Aucun candidat {email} en phase « {stage} » de {reference}.</translation>
    </message>
    <message>
        <source>{name} declared a conflict of interest on {email}: another member must lead the discussion of this candidate.</source>
        <translation>{name} a déclaré un conflit d&apos;intérêts concernant {email} : un autre membre doit conduire la discussion sur ce candidat.</translation>
    </message>
    <message>
        <source>{criterion} is not a scored criterion of the {stage} stage.</source>
        <translation>{criterion} n&apos;est pas un critère noté de la phase « {stage} ».</translation>
    </message>
    <message>
        <source>Not every member has submitted {email} yet ({submitted} of {expected}): the consensus comes after all the marks.</source>
        <translation>Tous les membres n&apos;ont pas encore soumis {email} ({submitted} sur {expected}) : le consensus intervient après toutes les notes.</translation>
    </message>
    <message>
        <source>{value:g} is outside the scale {lo}–{hi}.</source>
        <translation>{value:g} est en dehors de l&apos;échelle {lo}–{hi}.</translation>
    </message>
    <message>
        <source>The agreed mark {value} departs from the members&apos; mean {value2} by more than 0.5: write the justification.</source>
        <translation>La note convenue {value} s&apos;écarte de plus de 0,5 de la moyenne des membres {value2} : rédigez la justification.</translation>
    </message>
    <message>
        <source>{name} has not submitted {missing} assessment(s) of the {stage} stage: the ranking is shown only after you have submitted all of yours.</source>
        <translation>{name} n&apos;a pas soumis {missing} évaluation(s) de la phase « {stage} » : le classement n&apos;est affiché qu&apos;une fois toutes vos évaluations soumises.</translation>
    </message>
    <message>
        <source>{missing} assessment(s) of the {stage} stage are not submitted yet: the ranking is shown to the {role} only when every member has submitted.</source>
        <translation>{missing} évaluation(s) de la phase « {stage} » ne sont pas encore soumises : le classement n&apos;est montré au rôle {role} que lorsque chaque membre a soumis les siennes.</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not an outcome: recommended, reserve, or none.</source>
        <translation>« {outcome} » n&apos;est pas un résultat : recommended (recommandé), reserve (liste de réserve) ou none (aucun).</translation>
    </message>
    <message>
        <source>A reserve list needs a validity date (--valid-until YYYY-MM-DD).</source>
        <translation>Une liste de réserve nécessite une date de validité (--valid-until AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>record the final outcome</source>
        <translation>enregistrer le résultat final</translation>
    </message>
    <message>
        <source>{email} was not invited to the interview of {reference}.</source>
        <translation>{email} n&apos;a pas été invité à l&apos;entretien de {reference}.</translation>
    </message>
    <message>
        <source>{email} did not pass the interview ({row}): they can be neither recommended nor put on the reserve list.</source>
        <translation>{email} n&apos;a pas réussi l&apos;entretien ({row}) : cette personne ne peut être ni recommandée ni inscrite sur la liste de réserve.</translation>
    </message>
    <message>
        <source>freeze the shortlist</source>
        <translation>geler la liste restreinte</translation>
    </message>
    <message>
        <source>{count} candidate(s) are still pending ({key}: {reason}): the shortlist can be frozen once every candidate has a final mark.</source>
        <translation>{count} candidat(s) sont encore en attente ({key} : {reason}) : la liste restreinte peut être gelée dès que chaque candidat a une note finale.</translation>
    </message>
    <message>
        <source>The shortlist was already frozen at {before}: a change needs a reason, and every member signs again.</source>
        <translation>La liste restreinte a déjà été gelée le {before} : une modification doit être motivée, et chaque membre signe à nouveau.</translation>
    </message>
    <message>
        <source>{name} does not vote: only the voting members sign the shortlist.</source>
        <translation>{name} ne vote pas : seuls les membres votants signent la liste restreinte.</translation>
    </message>
    <message>
        <source>The shortlist is not frozen yet: the chair freezes it before the members sign.</source>
        <translation>La liste restreinte n&apos;est pas encore gelée : le président la gèle avant que les membres ne signent.</translation>
    </message>
    <message>
        <source>sign the shortlist</source>
        <translation>signer la liste restreinte</translation>
    </message>
    <message>
        <source>{name} already signed this version of the shortlist.</source>
        <translation>{name} a déjà signé cette version de la liste restreinte.</translation>
    </message>
    <message>
        <source>Nothing was signed. The chair freezes the shortlist again, with the reason for the change; then every member signs the new list.</source>
        <translation>Rien n&apos;a été signé. Le président gèle à nouveau la liste restreinte, en motivant la modification ; chaque membre signe ensuite la nouvelle liste.</translation>
    </message>
    <message>
        <source>edit the wording of a reason</source>
        <translation>modifier le libellé d&apos;un motif</translation>
    </message>
    <message>
        <source>No candidate {email} on the shortlist of {reference}.</source>
        <translation>Aucun candidat {email} sur la liste restreinte de {reference}.</translation>
    </message>
    <message>
        <source>No password was given for {name}: no member may exist without one. Nothing was changed.</source>
        <translation>Aucun mot de passe n&apos;a été indiqué pour {name} : aucun membre ne peut exister sans mot de passe. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The password for {name} is too short: it needs at least {count} characters. Nothing was changed.</source>
        <translation>Le mot de passe de {name} est trop court : il doit comporter au moins {count} caractères. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Give one (on the command line: in PANEL_NEW_PASSWORD, or PANEL_PASSWORD for the first member; never as an argument) and run the command again.</source>
        <translation>Indiquez-en un (en ligne de commande : dans PANEL_NEW_PASSWORD, ou PANEL_PASSWORD pour le premier membre ; jamais comme argument) et relancez la commande.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>se connecter</translation>
    </message>
    <message>
        <source>Sign-in of {name} is paused until {until} after {failures} wrong passwords in a row.</source>
        <translation>La connexion de {name} est suspendue jusqu&apos;au {until} après {failures} mots de passe erronés consécutifs.</translation>
    </message>
    <message>
        <source>Try again after that time with the right password, or ask the chair to reset it.</source>
        <translation>Réessayez après cette heure avec le bon mot de passe, ou demandez au président de le réinitialiser.</translation>
    </message>
    <message>
        <source>{name} has no password yet and cannot {what}.</source>
        <translation>{name} n&apos;a pas encore de mot de passe et ne peut pas {what}.</translation>
    </message>
    <message>
        <source>Ask the chair to set one (panel-app members password NAME, or the Procedure page).</source>
        <translation>Demandez au président d&apos;en définir un (panel-app members password NOM, ou la page Procédure).</translation>
    </message>
    <message>
        <source>No password was given for {name}.</source>
        <translation>Aucun mot de passe n&apos;a été indiqué pour {name}.</translation>
    </message>
    <message>
        <source>Give it (on the command line: in PANEL_PASSWORD, never as an argument).</source>
        <translation>Indiquez-le (en ligne de commande : dans PANEL_PASSWORD, jamais comme argument).</translation>
    </message>
    <message>
        <source>Wrong password for {name} ({n} in a row): sign-in is paused until {until}.</source>
        <translation>Mot de passe erroné pour {name} ({n} consécutifs) : la connexion est suspendue jusqu&apos;au {until}.</translation>
    </message>
    <message>
        <source>Try again then, or ask the chair to reset the password.</source>
        <translation>Réessayez à ce moment-là, ou demandez au président de réinitialiser le mot de passe.</translation>
    </message>
    <message>
        <source>Wrong password for {name} ({n} in a row).</source>
        <translation>Mot de passe erroné pour {name} ({n} consécutifs).</translation>
    </message>
    <message>
        <source>Check it and try again; after {left} more wrong passwords sign-in is paused.</source>
        <translation>Vérifiez-le et réessayez ; après {left} autres mots de passe erronés, la connexion sera suspendue.</translation>
    </message>
    <message>
        <source>Check it and try again; after {left} more wrong password sign-in is paused.</source>
        <translation>Vérifiez-le et réessayez ; après {left} autre mot de passe erroné, la connexion sera suspendue.</translation>
    </message>
    <message>
        <source>This database login belongs to {other}; it cannot act as {name}.</source>
        <translation>Cet identifiant de base de données appartient à {other} ; il ne peut pas agir en tant que {name}.</translation>
    </message>
    <message>
        <source>Use --as &quot;{other}&quot;, or connect with {name}&apos;s own database login.</source>
        <translation>Utilisez --as &quot;{other}&quot;, ou connectez-vous avec l&apos;identifiant de base de données propre à {name}.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one; choose another.</source>
        <translation>Le nouveau mot de passe est identique à l&apos;actuel ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>create a procedure</source>
        <translation>créer une procédure</translation>
    </message>
    <message>
        <source>A procedure {reference} already exists in this database.</source>
        <translation>Une procédure {reference} existe déjà dans cette base de données.</translation>
    </message>
    <message>
        <source>Open it instead, or edit the template&apos;s reference.</source>
        <translation>Ouvrez-la plutôt, ou modifiez la référence du modèle.</translation>
    </message>
    <message>
        <source>List them with: panel-app procedure list</source>
        <translation>Pour les lister : panel-app procedure list</translation>
    </message>
    <message>
        <source>This database holds no procedure yet.</source>
        <translation>Cette base de données ne contient encore aucune procédure.</translation>
    </message>
    <message>
        <source>Create one: panel-app procedure create --template FILE.toml</source>
        <translation>Créez-en une : panel-app procedure create --template FICHIER.toml</translation>
    </message>
    <message>
        <source>This database holds several procedures.</source>
        <translation>Cette base de données contient plusieurs procédures.</translation>
    </message>
    <message>
        <source>Choose one with --procedure REF (see: panel-app procedure list).</source>
        <translation>Choisissez-en une avec --procedure REF (voir : panel-app procedure list).</translation>
    </message>
    <message>
        <source>edit the procedure&apos;s settings</source>
        <translation>modifier les paramètres de la procédure</translation>
    </message>
    <message>
        <source>Procedure {reference}</source>
        <translation>La procédure {reference}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a setting of the procedure.</source>
        <translation>« {key} » n&apos;est pas un paramètre de la procédure.</translation>
    </message>
    <message>
        <source>The grid of {reference} is sealed: changing {amendment} is an amendment.</source>
        <translation>La grille de {reference} est scellée : modifier {amendment} constitue un amendement.</translation>
    </message>
    <message>
        <source>The grid of {reference} is sealed: changing {amendment} and {other} is an amendment.</source>
        <translation>La grille de {reference} est scellée : modifier {amendment} et {other} constitue un amendement.</translation>
    </message>
    <message>
        <source>Give the reason; it is recorded in the audit trail and shown in the panel report.</source>
        <translation>Indiquez le motif ; il est consigné dans la piste d&apos;audit et figure dans le rapport du comité.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time zone (e.g. Europe/Brussels).</source>
        <translation>« {value} » n&apos;est pas un fuseau horaire (p. ex. Europe/Brussels).</translation>
    </message>
    <message>
        <source>The deadline must be a date and time with its zone.</source>
        <translation>La date limite doit être une date et une heure avec leur fuseau horaire.</translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is not a Member State code (use the EU codes, EL for Greece).</source>
        <translation>« {v} » n&apos;est pas un code d&apos;État membre (utilisez les codes de l&apos;UE, EL pour la Grèce).</translation>
    </message>
    <message>
        <source>The selection reference cannot be empty.</source>
        <translation>La référence de la sélection ne peut pas être vide.</translation>
    </message>
    <message>
        <source>remind a member</source>
        <translation>envoyer un rappel à un membre</translation>
    </message>
    <message>
        <source>{member} is not a voting member of {reference}.</source>
        <translation>{member} n&apos;est pas un membre votant de {reference}.</translation>
    </message>
    <message>
        <source>No application from {email} in {ref}.</source>
        <translation>Aucune candidature de {email} dans {ref}.</translation>
    </message>
    <message>
        <source>No candidate at the {stage} stage yet: there is no sheet to print.</source>
        <translation>Aucun candidat en phase « {stage} » pour l&apos;instant : il n&apos;y a pas de fiche à imprimer.</translation>
    </message>
    <message>
        <source>No candidate {candidate} at the {stage} stage: give the e-mail address of a candidate of that stage (see panel-app panel).</source>
        <translation>Aucun candidat {candidate} en phase « {stage} » : indiquez l&apos;adresse électronique d&apos;un candidat de cette phase (voir panel-app panel).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a report; choose one of {kinds}.</source>
        <translation>« {kind} » n&apos;est pas un rapport ; choisissez parmi {kinds}.</translation>
    </message>
    <message>
        <source>Sign in to generate the {titles}: this procedure has panel members.</source>
        <translation>Connectez-vous pour générer les documents suivants : {titles} ; cette procédure a des membres du comité.</translation>
    </message>
    <message>
        <source>--candidate applies to the candidate sheets and the extract, not to the {titles}.</source>
        <translation>--candidate s&apos;applique aux fiches de candidat et à l&apos;extrait, pas aux {titles}.</translation>
    </message>
    <message>
        <source>The candidate extract is for one candidate: give their e-mail address.</source>
        <translation>L&apos;extrait de candidat concerne un seul candidat : indiquez son adresse électronique.</translation>
    </message>
    <message>
        <source>print the individual members&apos; marks (panel internal copy)</source>
        <translation>imprimer les notes individuelles des membres (copie interne au comité)</translation>
    </message>
    <message>
        <source>The shortlist is not frozen yet: members get it once the chair has frozen it.</source>
        <translation>La liste restreinte n&apos;est pas encore gelée : les membres la reçoivent une fois que le président l&apos;a gelée.</translation>
    </message>
    <message>
        <source>set the retention periods</source>
        <translation>fixer les durées de conservation</translation>
    </message>
    <message>
        <source>run the retention periods</source>
        <translation>appliquer les durées de conservation</translation>
    </message>
    <message>
        <source>The retention run of {reference} is blocked by {blocked_by}: nothing was deleted.</source>
        <translation>L&apos;application des durées de conservation de {reference} est bloquée par {blocked_by} : rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Lift the hold (panel-app hold lift ID --reason …) when it ends.</source>
        <translation>Levez la conservation (panel-app hold lift ID --reason …) lorsqu&apos;elle prend fin.</translation>
    </message>
    <message>
        <source>Nothing to delete in {reference} on {day}: every candidate due is under a legal hold ({holds}).</source>
        <translation>Rien à supprimer dans {reference} au {day} : tous les candidats concernés font l&apos;objet d&apos;une conservation légale ({holds}).</translation>
    </message>
    <message>
        <source>Nothing to delete in {reference} on {day}.</source>
        <translation>Rien à supprimer dans {reference} au {day}.</translation>
    </message>
    <message>
        <source>Nothing was changed. panel-app retention --dry-run says why.</source>
        <translation>Rien n&apos;a été modifié. panel-app retention --dry-run en indique la raison.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>{name} already signed the declaration.</source>
        <translation>{name} a déjà signé la déclaration.</translation>
    </message>
    <message>
        <source>A conflict of interest needs a reason in words.</source>
        <translation>Un conflit d&apos;intérêts doit être motivé par écrit.</translation>
    </message>
    <message>
        <source>&apos;{conflict_type}&apos; is not a type of conflict ({conflict_types}).</source>
        <translation>« {conflict_type} » n&apos;est pas un type de conflit ({conflict_types}).</translation>
    </message>
    <message>
        <source>{name} already declared a conflict on {email}.</source>
        <translation>{name} a déjà déclaré un conflit d&apos;intérêts concernant {email}.</translation>
    </message>
    <message>
        <source>{email} has no readable PDF stored.</source>
        <translation>{email} n&apos;a aucun PDF lisible enregistré.</translation>
    </message>
    <message>
        <source>The photo {name} of {email} cannot be shown; it is stored and can be exported.</source>
        <translation>La photo {name} de {email} ne peut pas être affichée ; elle est enregistrée et peut être exportée.</translation>
    </message>
    <message>
        <source>{value:g} is outside the scale {lo}–{hi} (or N/A).</source>
        <translation>{value:g} est en dehors de l&apos;échelle {lo}–{hi} (ou N/A).</translation>
    </message>
    <message>
        <source>{name} already submitted {email}: only the chair can reopen it.</source>
        <translation>{name} a déjà soumis {email} : seul le président peut la rouvrir.</translation>
    </message>
    <message>
        <source>The mark on {criterion}</source>
        <translation>La note pour {criterion}</translation>
    </message>
    <message>
        <source>Cannot submit {email}: no mark yet on {missing} (give a mark or N/A).</source>
        <translation>Impossible de soumettre {email} : pas encore de note pour {missing} (attribuez une note ou N/A).</translation>
    </message>
    <message>
        <source>{email} is already submitted.</source>
        <translation>{email} est déjà soumis.</translation>
    </message>
    <message>
        <source>Reopening a submitted assessment needs a reason.</source>
        <translation>La réouverture d&apos;une évaluation soumise doit être motivée.</translation>
    </message>
    <message>
        <source>reopen a submitted assessment</source>
        <translation>rouvrir une évaluation soumise</translation>
    </message>
    <message>
        <source>{member} has not submitted {email}.</source>
        <translation>{member} n&apos;a pas soumis {email}.</translation>
    </message>
    <message>
        <source>Sign in as a panel member first.</source>
        <translation>Connectez-vous d&apos;abord en tant que membre du comité.</translation>
    </message>
    <message>
        <source>The grid of {reference} is not sealed yet: no application can be opened before the chair seals it.</source>
        <translation>La grille de {reference} n&apos;est pas encore scellée : aucune candidature ne peut être ouverte avant que le président ne la scelle.</translation>
    </message>
    <message>
        <source>{name} has not signed the declaration of confidentiality and absence of conflict.</source>
        <translation>{name} n&apos;a pas signé la déclaration de confidentialité et d&apos;absence de conflit d&apos;intérêts.</translation>
    </message>
    <message>
        <source>Sign it first (panel-app declare --confidentiality).</source>
        <translation>Signez-la d&apos;abord (panel-app declare --confidentiality).</translation>
    </message>
    <message>
        <source>The grid of {reference} is not sealed yet: no application can be opened or searched before the chair seals it.</source>
        <translation>La grille de {reference} n&apos;est pas encore scellée : aucune candidature ne peut être ouverte ni consultée par recherche avant que le président ne la scelle.</translation>
    </message>
    <message>
        <source>Sign it first (panel-app declare --confidentiality); only then can applications be opened or searched.</source>
        <translation>Signez-la d&apos;abord (panel-app declare --confidentiality) ; ce n&apos;est qu&apos;ensuite que les candidatures peuvent être ouvertes ou consultées par recherche.</translation>
    </message>
    <message>
        <source>The secretary does not score.</source>
        <translation>Le secrétaire ne note pas.</translation>
    </message>
    <message>
        <source>{name} is an observer (non-voting) and only reads.</source>
        <translation>{name} est observateur (sans droit de vote) et ne fait que lire.</translation>
    </message>
    <message>
        <source>No candidate {email} in {reference}.</source>
        <translation>Aucun candidat {email} dans {reference}.</translation>
    </message>
    <message>
        <source>{name} declared a conflict of interest on this candidate: the application and its marks are hidden.</source>
        <translation>{name} a déclaré un conflit d&apos;intérêts concernant ce candidat : la candidature et ses notes sont masquées.</translation>
    </message>
    <message>
        <source>{email} was not invited to the interview (the shortlist is frozen without them, or not frozen yet).</source>
        <translation>{email} n&apos;a pas été invité à l&apos;entretien (la liste restreinte est gelée sans cette personne, ou n&apos;est pas encore gelée).</translation>
    </message>
    <message>
        <source>&apos;{stage}&apos; is not a scoring stage (preselection or interview).</source>
        <translation>« {stage} » n&apos;est pas une phase de notation (preselection ou interview).</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {count} problem(s) to correct.</source>
        <translation>Rien n&apos;a été importé de {file} : {count} problème(s) à corriger.</translation>
    </message>
    <message>
        <source>unknown candidate {email}</source>
        <translation>candidat inconnu {email}</translation>
    </message>
    <message>
        <source>no candidate e-mail</source>
        <translation>pas d&apos;adresse électronique de candidat</translation>
    </message>
    <message>
        <source>you declared a conflict of interest on {email}: you cannot score them</source>
        <translation>vous avez déclaré un conflit d&apos;intérêts concernant {email} : vous ne pouvez pas noter cette personne</translation>
    </message>
    <message>
        <source>{email} is not scored at the {stage} stage</source>
        <translation>{email} n&apos;est pas noté en phase « {stage} »</translation>
    </message>
    <message>
        <source>no criterion code</source>
        <translation>pas de code de critère</translation>
    </message>
    <message>
        <source>{code} is not a scored criterion of the {stage} stage</source>
        <translation>{code} n&apos;est pas un critère noté de la phase « {stage} »</translation>
    </message>
    <message>
        <source>unknown criterion {code}</source>
        <translation>critère inconnu {code}</translation>
    </message>
    <message>
        <source>duplicate of row {row} ({email} / {code})</source>
        <translation>doublon de la ligne {row} ({email} / {code})</translation>
    </message>
    <message>
        <source>{email} is already submitted: only the chair can reopen it</source>
        <translation>{email} est déjà soumis : seul le président peut le rouvrir</translation>
    </message>
    <message>
        <source>the mark {email} / {code} was changed by {who} at {when} after this sheet was exported</source>
        <translation>la note {email} / {code} a été modifiée par {who} le {when} après l&apos;exportation de cette feuille</translation>
    </message>
    <message>
        <source>row {number}: {problem}</source>
        <translation>ligne {number} : {problem}</translation>
    </message>
    <message>
        <source>value &apos;{value}&apos; is not a number {lo}–{hi} or NA</source>
        <translation>la valeur « {value} » n&apos;est pas un nombre de {lo} à {hi} ni NA</translation>
    </message>
    <message>
        <source>value {value} is not a whole number {lo}–{hi} (or NA)</source>
        <translation>la valeur {value} n&apos;est pas un nombre entier de {lo} à {hi} (ou NA)</translation>
    </message>
    <message>
        <source>value {value:g} is outside {lo}–{hi}</source>
        <translation>la valeur {value:g} est en dehors de {lo}–{hi}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {value}.</source>
        <translation>Impossible d&apos;écrire {path} : {value}.</translation>
    </message>
    <message>
        <source>Close the file if it is open in Excel, or choose another name.</source>
        <translation>Fermez le fichier s&apos;il est ouvert dans Excel, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Choose the score sheet you exported.</source>
        <translation>Choisissez la feuille de notation que vous avez exportée.</translation>
    </message>
    <message>
        <source>{name} is neither an .xlsx workbook nor a .csv file.</source>
        <translation>{name} n&apos;est ni un classeur .xlsx ni un fichier .csv.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a score sheet ({e}).</source>
        <translation>{name} ne peut pas être lu comme feuille de notation ({e}).</translation>
    </message>
    <message>
        <source>Save it as .xlsx or as UTF-8 .csv and try again.</source>
        <translation>Enregistrez-le au format .xlsx ou .csv UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>{name} is empty: it needs a header row candidate, criterion, value, comment.</source>
        <translation>{name} est vide : il faut une ligne d&apos;en-tête candidate, criterion, value, comment.</translation>
    </message>
    <message>
        <source>{name} has no column {missing} in its first row.</source>
        <translation>{name} n&apos;a pas de colonne {missing} dans sa première ligne.</translation>
    </message>
    <message>
        <source>The columns are candidate (e-mail), criterion (code), value (0–4 or NA), comment.</source>
        <translation>Les colonnes sont candidate (adresse électronique), criterion (code), value (0–4 ou NA), comment.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook ({e}).</source>
        <translation>{name} n&apos;est pas un classeur Excel ({e}).</translation>
    </message>
    <message>
        <source>{name} has no sheet named &apos;Scores&apos;.</source>
        <translation>{name} n&apos;a pas de feuille nommée « Scores ».</translation>
    </message>
    <message>
        <source>Import the workbook exported by panel_app (Scores ▸ Export my score sheet).</source>
        <translation>Importez le classeur exporté par panel_app (Notes ▸ Exporter ma feuille de notation).</translation>
    </message>
    <message>
        <source>{what} needs a PostgreSQL database; this is {display}.</source>
        <translation>{what} nécessite une base de données PostgreSQL ; celle-ci est {display}.</translation>
    </message>
    <message>
        <source>Use --db postgresql+psycopg://ADMIN@HOST/DATABASE.</source>
        <translation>Utilisez --db postgresql+psycopg://ADMIN@HOTE/BASE.</translation>
    </message>
    <message>
        <source>Securing the database</source>
        <translation>La sécurisation de la base de données</translation>
    </message>
    <message>
        <source>Could not secure {display}: {e}</source>
        <translation>Impossible de sécuriser {display} : {e}</translation>
    </message>
    <message>
        <source>Connect as the owner of the schema (a PostgreSQL administrator).</source>
        <translation>Connectez-vous en tant que propriétaire du schéma (un administrateur PostgreSQL).</translation>
    </message>
    <message>
        <source>A database login per member</source>
        <translation>Un identifiant de base de données par membre</translation>
    </message>
    <message>
        <source>Give --role to add them.</source>
        <translation>Indiquez --role pour l&apos;ajouter.</translation>
    </message>
    <message>
        <source>give members a database login</source>
        <translation>donner aux membres un identifiant de base de données</translation>
    </message>
    <message>
        <source>{name} is already on the panel as {existing}.</source>
        <translation>{name} fait déjà partie du comité en tant que {existing}.</translation>
    </message>
    <message>
        <source>Listing database logins</source>
        <translation>La liste des identifiants de base de données</translation>
    </message>
    <message>
        <source>Removing database logins</source>
        <translation>La suppression d&apos;identifiants de base de données</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>{name} is not a panel_app backup: the file is {what}.</source>
        <translation>{name} n&apos;est pas une sauvegarde panel_app : le fichier est {what}.</translation>
    </message>
    <message>
        <source>Choose a file written by panel-app backup (or File ▸ Back up…). Nothing was changed.</source>
        <translation>Choisissez un fichier créé par panel-app backup (ou Fichier ▸ Sauvegarder…). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} is truncated ({cut}): it cannot be restored.</source>
        <translation>{name} est tronqué ({cut}) : il ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>Use another copy. Nothing was changed.</source>
        <translation>Utilisez une autre copie. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} failed SQLite&apos;s integrity check: {problems}.</source>
        <translation>{name} n&apos;a pas passé le contrôle d&apos;intégrité de SQLite : {problems}.</translation>
    </message>
    <message>
        <source>{name} is a SQLite database but not a panel_app one (no table {missing}).</source>
        <translation>{name} est une base de données SQLite, mais pas une base panel_app (pas de table {missing}).</translation>
    </message>
    <message>
        <source>Choose a panel_app backup. Nothing was changed.</source>
        <translation>Choisissez une sauvegarde de panel_app. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({e}).</source>
        <translation>{name} est endommagé et ne peut pas être lu ({e}).</translation>
    </message>
    <message>
        <source>pg_dump failed: {stderr}.</source>
        <translation>pg_dump a échoué : {stderr}.</translation>
    </message>
    <message>
        <source>Nothing was written. Check that this login is the database&apos;s administrator.</source>
        <translation>Rien n&apos;a été écrit. Vérifiez que cet identifiant est celui de l&apos;administrateur de la base de données.</translation>
    </message>
    <message>
        <source>pg_restore is not installed on this computer: a PostgreSQL backup cannot be read here.</source>
        <translation>pg_restore n&apos;est pas installé sur cet ordinateur : une sauvegarde PostgreSQL ne peut pas être lue ici.</translation>
    </message>
    <message>
        <source>Install the PostgreSQL client tools (Debian: postgresql-client), or run pg_restore where they are. Nothing was changed.</source>
        <translation>Installez les outils client de PostgreSQL (Debian : postgresql-client), ou lancez pg_restore là où ils se trouvent. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} is a PostgreSQL backup, damaged or truncated: {stderr}.</source>
        <translation>{name} est une sauvegarde PostgreSQL endommagée ou tronquée : {stderr}.</translation>
    </message>
    <message>
        <source>{name} is a PostgreSQL backup but not of a panel_app database (no table {missing}).</source>
        <translation>{name} est une sauvegarde PostgreSQL, mais pas d&apos;une base de données panel_app (pas de table {missing}).</translation>
    </message>
    <message>
        <source>Another workstation held the data too long; try again when it is idle. Nothing was changed: the restore runs in one transaction.</source>
        <translation>Un autre poste de travail a bloqué les données trop longtemps ; réessayez lorsqu&apos;il est inactif. Rien n&apos;a été modifié : la restauration s&apos;effectue en une seule transaction.</translation>
    </message>
    <message>
        <source>Nothing was changed: the restore runs in one transaction.</source>
        <translation>Rien n&apos;a été modifié : la restauration s&apos;effectue en une seule transaction.</translation>
    </message>
    <message>
        <source>pg_restore refused {name}: {error}.</source>
        <translation>pg_restore a refusé {name} : {error}.</translation>
    </message>
    <message>
        <source>The backup is restored, but applying this version&apos;s row-level security again failed: {e}.</source>
        <translation>La sauvegarde est restaurée, mais la nouvelle application de la sécurité au niveau des lignes de cette version a échoué : {e}.</translation>
    </message>
    <message>
        <source>Run `panel-app admin init-postgres` with the administrator account.</source>
        <translation>Lancez `panel-app admin init-postgres` avec le compte administrateur.</translation>
    </message>
    <message>
        <source>{path} is not a panel_app database (not an SQLite file).</source>
        <translation>{path} n&apos;est pas une base de données panel_app (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>Choose another file, or move this one away and start again.</source>
        <translation>Choisissez un autre fichier, ou déplacez celui-ci et recommencez.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened ({e}).</source>
        <translation>{path} est endommagé et ne peut pas être ouvert ({e}).</translation>
    </message>
    <message>
        <source>Restore the latest backup (*.bak-* next to it).</source>
        <translation>Restaurez la dernière sauvegarde (*.bak-* à côté).</translation>
    </message>
    <message>
        <source>{path} failed its integrity check: {detail}.</source>
        <translation>{path} n&apos;a pas passé son contrôle d&apos;intégrité : {detail}.</translation>
    </message>
    <message>
        <source>Create it or pick another path.</source>
        <translation>Créez-le ou choisissez un autre chemin d&apos;accès.</translation>
    </message>
    <message>
        <source>Cannot reach the database {u}: {first}</source>
        <translation>Impossible d&apos;atteindre la base de données {u} : {first}</translation>
    </message>
    <message>
        <source>Check the address, that the server runs, and your user name.</source>
        <translation>Vérifiez l&apos;adresse, que le serveur fonctionne, et votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of panel_app (schema {current}).</source>
        <translation>Cette base de données a été écrite par une version plus récente de panel_app (schéma {current}).</translation>
    </message>
    <message>
        <source>Install the newer panel_app to open it; nothing was changed.</source>
        <translation>Installez la version plus récente de panel_app pour l&apos;ouvrir ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Its archive and reports stay readable.</source>
        <translation>Son archive et ses rapports restent consultables.</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Cet enregistrement</translation>
    </message>
    <message>
        <source>active content: {found} (information; the application still counts)</source>
        <translation>contenu actif : {found} (pour information ; la candidature reste valable)</translation>
    </message>
    <message>
        <source>{file}: {note}</source>
        <translation>{file} : {note}</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>fichier vide (0 octet)</translation>
    </message>
    <message>
        <source>{file} is neither an e-mail (.eml/.msg/.mbox) nor a PDF. It is stored unchanged; check what it is and import it by hand if needed.</source>
        <translation>{file} n&apos;est ni un courriel (.eml/.msg/.mbox) ni un PDF. Il est conservé tel quel ; vérifiez de quoi il s&apos;agit et importez-le manuellement si nécessaire.</translation>
    </message>
    <message>
        <source>Message {k} of {file} has no mail headers.</source>
        <translation>Le message {k} de {file} n&apos;a pas d&apos;en-têtes de courriel.</translation>
    </message>
    <message>
        <source>{file} looks like an mbox but holds no message.</source>
        <translation>{file} ressemble à un fichier mbox mais ne contient aucun message.</translation>
    </message>
    <message>
        <source>{file} could not be read ({error}). It is stored unchanged.</source>
        <translation>{file} n&apos;a pas pu être lu ({error}). Il est conservé tel quel.</translation>
    </message>
    <message>
        <source>{file} could not be opened: {error}.</source>
        <translation>{file} n&apos;a pas pu être ouvert : {error}.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} et {count} autre(s)</translation>
    </message>
    <message>
        <source>{file}: not unpacked, over the limit of {part_mb} MB a part and {archive_mb} MB an archive: {names} (kept in the stored original)</source>
        <translation>{file} : non décompressé, au-delà de la limite de {part_mb} Mo par pièce et de {archive_mb} Mo par archive : {names} (conservé dans l&apos;original enregistré)</translation>
    </message>
    <message>
        <source>not read: over the memory limit ({memory_mb} MB)</source>
        <translation>non lu : limite de mémoire dépassée ({memory_mb} Mo)</translation>
    </message>
    <message>
        <source>not read: parsing took over {seconds} s</source>
        <translation>non lu : l&apos;analyse a pris plus de {seconds} s</translation>
    </message>
    <message>
        <source>only the first {read} of {total} pages read</source>
        <translation>seules les {read} premières pages sur {total} ont été lues</translation>
    </message>
    <message>
        <source>The MIME structure of this message is damaged ({defect}); attachments may be missing. The original message is stored unchanged.</source>
        <translation>La structure MIME de ce message est endommagée ({defect}) ; des pièces jointes peuvent manquer. Le message original est conservé tel quel.</translation>
    </message>
    <message>
        <source>not unpacked, over the limit of {part_mb} MB a part and {mail_mb} MB a mail: {names} (kept in the stored original)</source>
        <translation>non décompressé, au-delà de la limite de {part_mb} Mo par pièce et de {mail_mb} Mo par courriel : {names} (conservé dans l&apos;original enregistré)</translation>
    </message>
    <message>
        <source>This Outlook .msg file could not be read ({error}). The file is stored unchanged; open it in Outlook to check it.</source>
        <translation>Ce fichier Outlook .msg n&apos;a pas pu être lu ({error}). Le fichier est conservé tel quel ; ouvrez-le dans Outlook pour le vérifier.</translation>
    </message>
    <message>
        <source>the file could no longer be read to store it: {why}</source>
        <translation>le fichier ne pouvait plus être lu pour être enregistré : {why}</translation>
    </message>
    <message>
        <source>the file changed while it was imported: the stored bytes are the file as it is now</source>
        <translation>le fichier a été modifié pendant l&apos;import : le contenu enregistré est le fichier dans son état actuel</translation>
    </message>
    <message>
        <source>{file}: {why}. The file is stored unchanged.</source>
        <translation>{file} : {why}. Le fichier est conservé tel quel.</translation>
    </message>
    <message>
        <source>a named pipe, not a file: skipped</source>
        <translation>un tube nommé, pas un fichier : ignoré</translation>
    </message>
    <message>
        <source>a socket, not a file: skipped</source>
        <translation>un socket, pas un fichier : ignoré</translation>
    </message>
    <message>
        <source>a device, not a file: skipped</source>
        <translation>un périphérique, pas un fichier : ignoré</translation>
    </message>
    <message>
        <source>a link to {target}, which does not exist: nothing to store</source>
        <translation>un lien vers {target}, qui n&apos;existe pas : rien à enregistrer</translation>
    </message>
    <message>
        <source>a link that leads back to itself: nothing to store</source>
        <translation>un lien qui renvoie à lui-même : rien à enregistrer</translation>
    </message>
    <message>
        <source>could not be opened (permission denied): give your account read access and import it again</source>
        <translation>n&apos;a pas pu être ouvert (accès refusé) : donnez à votre compte le droit de lecture et importez-le à nouveau</translation>
    </message>
    <message>
        <source>could not be opened ({error}): nothing stored; check the file and import it again</source>
        <translation>n&apos;a pas pu être ouvert ({error}) : rien n&apos;a été enregistré ; vérifiez le fichier et importez-le à nouveau</translation>
    </message>
    <message>
        <source>a link to a folder, which is not followed: import that folder itself if you need it</source>
        <translation>un lien vers un dossier, qui n&apos;est pas suivi : importez ce dossier lui-même si nécessaire</translation>
    </message>
    <message>
        <source>not a regular file: skipped</source>
        <translation>pas un fichier ordinaire : ignoré</translation>
    </message>
    <message>
        <source>its manifest is not readable JSON ({e})</source>
        <translation>son manifeste n&apos;est pas un JSON lisible ({e})</translation>
    </message>
    <message>
        <source>its manifest is not a panel_app archive manifest</source>
        <translation>son manifeste n&apos;est pas un manifeste d&apos;archive panel_app</translation>
    </message>
    <message>
        <source>it was written by a newer panel_app (archive format {version}, this version reads up to {known}, panel_app {app})</source>
        <translation>elle a été écrite par une version plus récente de panel_app (format d&apos;archive {version}, cette version lit jusqu&apos;au format {known}, panel_app {app})</translation>
    </message>
    <message>
        <source>it was written by a newer panel_app (schema {rev}, panel_app {app}); install that version to open it</source>
        <translation>elle a été écrite par une version plus récente de panel_app (schéma {rev}, panel_app {app}) ; installez cette version pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>its manifest lists no parts</source>
        <translation>son manifeste ne répertorie aucune partie</translation>
    </message>
    <message>
        <source>its manifest has no {key}</source>
        <translation>son manifeste ne contient pas {key}</translation>
    </message>
    <message>
        <source>the part {name} is missing</source>
        <translation>la partie {name} est manquante</translation>
    </message>
    <message>
        <source>the part {name} does not match the manifest (sha256 {expected}… expected, {found}… found)</source>
        <translation>la partie {name} ne correspond pas au manifeste (sha256 {expected}… attendu, {found}… trouvé)</translation>
    </message>
    <message>
        <source>the part {name} is not listed in the manifest</source>
        <translation>la partie {name} ne figure pas dans le manifeste</translation>
    </message>
    <message>
        <source>the manifest lists no {name}</source>
        <translation>le manifeste ne répertorie pas {name}</translation>
    </message>
    <message>
        <source>Reserve years must be a whole number of years from 0 to 100.</source>
        <translation>La durée de conservation de la liste de réserve doit être un nombre entier d&apos;années de 0 à 100.</translation>
    </message>
    <message>
        <source>Non recruited years must be a whole number of years from 0 to 100.</source>
        <translation>La durée de conservation des candidats non recrutés doit être un nombre entier d&apos;années de 0 à 100.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>the PDF is encrypted (password-protected), so nothing could be read from it</source>
        <translation>le PDF est chiffré (protégé par mot de passe) : rien n&apos;a pu y être lu</translation>
    </message>
    <message>
        <source>the PDF is damaged and could not be read</source>
        <translation>le PDF est endommagé et n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>the PDF is a scan without a text layer: check it by eye on the Applications page</source>
        <translation>le PDF est une numérisation sans couche texte : vérifiez-le visuellement dans la page Candidatures</translation>
    </message>
    <message>
        <source>the evidence comes from the Europass data</source>
        <translation>la preuve provient des données Europass</translation>
    </message>
    <message>
        <source>the evidence comes from the mail and the intake checks, not from a page of the PDF</source>
        <translation>la preuve provient du courriel et des contrôles de réception, non d&apos;une page du PDF</translation>
    </message>
    <message>
        <source>nothing was found in the documents for this criterion: check it by hand</source>
        <translation>rien n&apos;a été trouvé dans les documents pour ce critère : vérifiez-le manuellement</translation>
    </message>
    <message>
        <source>Note: {why}.</source>
        <translation>Remarque : {why}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No page to show&lt;/b&gt;: {why}.</source>
        <translation>&lt;b&gt;Aucune page à afficher&lt;/b&gt; : {why}.</translation>
    </message>
    <message>
        <source>Select a criterion cell to see its evidence in the application.</source>
        <translation>Sélectionnez une cellule de critère pour voir sa preuve dans la candidature.</translation>
    </message>
    <message>
        <source>The documents are opened here by the secretary and the chair; members read them in the scoring workspace.</source>
        <translation>Les documents sont ouverts ici par le secrétaire et le président ; les membres les lisent dans l&apos;espace de notation.</translation>
    </message>
    <message>
        <source>page {page} is not in the stored PDF</source>
        <translation>la page {page} ne figure pas dans le PDF conservé</translation>
    </message>
    <message>
        <source>Reading the application…</source>
        <translation>Lecture de la candidature…</translation>
    </message>
    <message>
        <source>Opening the application…</source>
        <translation>Ouverture de la candidature…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The document cannot be shown&lt;/b&gt;: {reason}</source>
        <translation>&lt;b&gt;Le document ne peut pas être affiché&lt;/b&gt; : {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence in the application&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preuve dans la candidature&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the evidence</source>
        <translation>la preuve</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence in the application&lt;/b&gt; · page {page} of {file} · {what} highlighted</source>
        <translation>&lt;b&gt;Preuve dans la candidature&lt;/b&gt; · page {page} de {file} · {what} surligné</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence in the application&lt;/b&gt; · page {page} of {file} · {what} searched for on the page</source>
        <translation>&lt;b&gt;Preuve dans la candidature&lt;/b&gt; · page {page} de {file} · {what} recherché sur la page</translation>
    </message>
</context>
<context>
    <name>FinalSignoffBox</name>
    <message>
        <source>Freeze final ranking</source>
        <translation>Geler le classement final</translation>
    </message>
    <message>
        <source>Freeze the final ranking and the outcome the members sign (asks for confirmation; a change needs a reason and voids the sign-offs)</source>
        <translation>Geler le classement final et le résultat que les membres signent (demande confirmation ; une modification exige un motif et annule les signatures)</translation>
    </message>
    <message>
        <source>Sign off final ranking</source>
        <translation>Signer le classement final</translation>
    </message>
    <message>
        <source>Sign off the frozen final ranking (asks for confirmation)</source>
        <translation>Signer le classement final gelé (demande confirmation)</translation>
    </message>
    <message>
        <source>&lt;i&gt;The final ranking is frozen and signed once the interviews are assessed and the outcome recorded.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Le classement final est gelé et signé une fois les entretiens évalués et le résultat enregistré.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Final ranking frozen&lt;/b&gt; {0} by {1}</source>
        <translation>&lt;b&gt;Classement final gelé&lt;/b&gt; le {0} par {1}</translation>
    </message>
    <message>
        <source> (change: {0})</source>
        <translation> (modification : {0})</translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#a33&apos;&gt;the ranking or an outcome changed since: freeze it again&lt;/span&gt;</source>
        <translation> — &lt;span style=&apos;color:#a33&apos;&gt;le classement ou un résultat a changé depuis : gelez-le à nouveau&lt;/span&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;signed off:&lt;/b&gt; {0}</source>
        <translation> · &lt;b&gt;signé par :&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne encore</translation>
    </message>
    <message>
        <source> · &lt;b&gt;to sign:&lt;/b&gt; {0}</source>
        <translation> · &lt;b&gt;doivent signer :&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Final ranking not frozen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Classement final non gelé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Change frozen final ranking…</source>
        <translation>Modifier le classement final gelé…</translation>
    </message>
    <message>
        <source>Recommended: {0}
Reserve list: {1}</source>
        <translation>Recommandés : {0}
Liste de réserve : {1}</translation>
    </message>
    <message>
        <source>Change the frozen final ranking</source>
        <translation>Modifier le classement final gelé</translation>
    </message>
    <message>
        <source>Freeze the final ranking</source>
        <translation>Geler le classement final</translation>
    </message>
    <message>
        <source>Freeze the final ranking of {0} candidate(s) and the outcome?

{1}

The frozen ranking is the one the voting members sign off; the minutes print it with these signatures only.</source>
        <translation>Geler le classement final de {0} candidat(s) et le résultat ?

{1}

Le classement gelé est celui que les membres votants signent ; le procès-verbal l&apos;imprime avec ces seules signatures.</translation>
    </message>
    <message>
        <source>

The version frozen at {0} by {1} is replaced: its {2} sign-off(s) are void and every member signs again. A reason is recorded.</source>
        <translation>

La version gelée le {0} par {1} est remplacée : ses {2} signature(s) sont annulées et chaque membre signe à nouveau. Un motif est enregistré.</translation>
    </message>
    <message>
        <source>Not frozen.</source>
        <translation>Non gelée.</translation>
    </message>
    <message>
        <source>Reason for the change (every member signs again):</source>
        <translation>Motif du changement (chaque membre signe de nouveau) :</translation>
    </message>
    <message>
        <source>Not changed: a change of the frozen final ranking needs a reason.</source>
        <translation>Rien n&apos;est modifié : une modification du classement final gelé exige un motif.</translation>
    </message>
    <message>
        <source>Final ranking frozen at {0}: the voting members can now sign it off.</source>
        <translation>Classement final gelé le {0} : les membres votants peuvent maintenant le signer.</translation>
    </message>
    <message>
        <source>{0}, sign off the final ranking frozen at {1} by {2}?

{3}

Your sign-off is recorded with the time in the audit trail. It stands until the chair changes the frozen ranking, which voids every sign-off.</source>
        <translation>{0}, signer le classement final gelé le {1} par {2} ?

{3}

Votre signature est enregistrée avec l&apos;heure dans la piste d&apos;audit. Elle vaut jusqu&apos;à ce que le président modifie le classement gelé, ce qui annule toutes les signatures.</translation>
    </message>
    <message>
        <source>Sign off the final ranking</source>
        <translation>Signer le classement final</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Non signée.</translation>
    </message>
    <message>
        <source>{0} signed the final ranking at {1}.</source>
        <translation>{0} a signé le classement final le {1}.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Start a selection procedure</source>
        <translation>Lancer une procédure de sélection</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Start a selection procedure&lt;/h3&gt;&lt;p&gt;1. Choose the vacancy notice&apos;s template. 2. Add yourself as the chair of its panel. Then set the panel on the Procedure page and import the applications on the Applications page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lancer une procédure de sélection&lt;/h3&gt;&lt;p&gt;1. Choisissez le modèle de l&apos;avis de vacance. 2. Ajoutez-vous comme président de son comité. Composez ensuite le comité dans la page Procédure et importez les candidatures dans la page Candidatures.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Votre nom complet</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Au moins 8 caractères</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président(e)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe (confirmation)</translation>
    </message>
    <message>
        <source>Create the procedure</source>
        <translation>Créer la procédure</translation>
    </message>
    <message>
        <source>Template (data/vacancies):</source>
        <translation>Modèle (data/vacancies) :</translation>
    </message>
    <message>
        <source>Choose a template (File ▸ New procedure from template… opens any .toml file).</source>
        <translation>Choisissez un modèle (Fichier ▸ Nouvelle procédure à partir d&apos;un modèle… ouvre tout fichier .toml).</translation>
    </message>
    <message>
        <source>Give your name: you become the chair of the panel.</source>
        <translation>Indiquez votre nom : vous devenez le président du comité.</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters: no member exists without one.</source>
        <translation>Choisissez un mot de passe d&apos;au moins 8 caractères : aucun membre n&apos;existe sans mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>GateBox</name>
    <message>
        <source>Admit (reopens the list)…</source>
        <translation>Admettre (rouvre la liste)…</translation>
    </message>
    <message>
        <source>Admit the application to scoring: the frozen list is reopened and its sign-offs are void (a reason is asked for)</source>
        <translation>Admettre la candidature à la notation : la liste gelée est rouverte et ses validations sont annulées (un motif est demandé)</translation>
    </message>
    <message>
        <source>Out of scope…</source>
        <translation>Hors champ…</translation>
    </message>
    <message>
        <source>Record the application as out of scope, with a reason: it is never scored</source>
        <translation>Consigner la candidature comme hors champ, avec un motif : elle n&apos;est jamais notée</translation>
    </message>
    <message>
        <source>Received after the freeze:</source>
        <translation>Reçues après le gel :</translation>
    </message>
    <message>
        <source>{candidate} — application {id}, received {received}</source>
        <translation>{candidate} — candidature {id}, reçue {received}</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>à une heure inconnue</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#a33&apos;&gt;{n} application(s) received after the shortlist was frozen&lt;/b&gt; wait for the chair&apos;s decision: {names}. They are not scored; the sign-off waits until the chair admits each (the list is reopened) or records it as out of scope.</source>
        <translation>&lt;b style=&apos;color:#a33&apos;&gt;{n} candidature(s) reçue(s) après le gel de la liste restreinte&lt;/b&gt; attendent la décision du président : {names}. Elles ne sont pas notées ; la validation attend que le président admette chacune (la liste est rouverte) ou la consigne comme hors champ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reopened&lt;/b&gt; {when} by {who}: {reason} — freeze it again once every candidate is scored.</source>
        <translation>&lt;b&gt;Rouverte&lt;/b&gt; le {when} par {who} : {reason} — gelez-la de nouveau une fois chaque candidat noté.</translation>
    </message>
    <message>
        <source>Out of scope: {names}</source>
        <translation>Hors champ : {names}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8a5300&apos;&gt;Eligibility not decided by a person&lt;/b&gt; (the freeze is refused until it is): {names}</source>
        <translation>&lt;b style=&apos;color:#8a5300&apos;&gt;Admissibilité non tranchée par une personne&lt;/b&gt; (le gel est refusé tant qu&apos;elle ne l&apos;est pas) : {names}</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <source>Open or create a procedure first.</source>
        <translation>Ouvrez ou créez d&apos;abord une procédure.</translation>
    </message>
    <message>
        <source>Sign in as a panel member (File ▸ Sign in…) to score applications.</source>
        <translation>Connectez-vous en tant que membre du comité (Fichier ▸ Se connecter…) pour noter les candidatures.</translation>
    </message>
    <message>
        <source>The secretary does not score. Scoring is done by each voting panel member on their own workstation; progress is shown on the Panel page.</source>
        <translation>Le secrétaire ne note pas. La notation est faite par chaque membre votant du comité sur son propre poste ; l&apos;avancement figure dans la page Comité.</translation>
    </message>
    <message>
        <source>Observers do not score. You can follow the progress (counts only) on the Panel page.</source>
        <translation>Les observateurs ne notent pas. Vous pouvez suivre l&apos;avancement (décomptes uniquement) dans la page Comité.</translation>
    </message>
    <message>
        <source>The grid is not sealed yet. No application can be opened before the chair seals the grid (criteria, weights, anchors, thresholds, tie-break order) on the Grid page.</source>
        <translation>La grille n&apos;est pas encore scellée. Aucune candidature ne peut être ouverte avant que le président ne scelle la grille (critères, pondérations, ancrages, seuils, ordre de départage) dans la page Grille.</translation>
    </message>
    <message>
        <source>Before you open any application you must sign the declaration of confidentiality and absence of conflict of interest (Staff Regulations, Annex III, Art. 6).</source>
        <translation>Avant d&apos;ouvrir une candidature, vous devez signer la déclaration de confidentialité et d&apos;absence de conflit d&apos;intérêts (statut, annexe III, art. 6).</translation>
    </message>
    <message>
        <source>There is no application for you to score: none is admitted, or you declared a conflict on all.</source>
        <translation>Aucune candidature à noter pour vous : aucune n&apos;est admise, ou vous avez déclaré un conflit pour toutes.</translation>
    </message>
    <message>
        <source>Sign the declaration…</source>
        <translation>Signer la déclaration…</translation>
    </message>
    <message>
        <source>Read and sign the declaration of confidentiality and absence of conflict of interest</source>
        <translation>Lire et signer la déclaration de confidentialité et d&apos;absence de conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Notation</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>0–4 or N (N/A)</source>
        <translation>0–4 ou N (S.O. : sans objet)</translation>
    </message>
    <message>
        <source>Pages where the criterion&apos;s keywords occur</source>
        <translation>Pages où figurent les mots-clés du critère</translation>
    </message>
    <message>
        <source>Evidence page</source>
        <translation>Page du justificatif</translation>
    </message>
    <message>
        <source>(minimum {minimum})</source>
        <translation>(minimum {minimum})</translation>
    </message>
    <message>
        <source>&lt;b&gt;N&lt;/b&gt; — N/A: the criterion does not apply (not zero).</source>
        <translation>&lt;b&gt;N&lt;/b&gt; — S.O. : le critère ne s&apos;applique pas (pas zéro).</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <source>Eligibility (pass/fail)</source>
        <translation>Admissibilité (éliminatoire)</translation>
    </message>
    <message>
        <source>Selection (scored)</source>
        <translation>Sélection (noté)</translation>
    </message>
    <message>
        <source>Asset (scored, advantage)</source>
        <translation>Atout (noté, avantage)</translation>
    </message>
    <message>
        <source>Requirement (pass/fail)</source>
        <translation>Exigence (éliminatoire)</translation>
    </message>
    <message>
        <source>Interview (scored)</source>
        <translation>Entretien (noté)</translation>
    </message>
    <message>
        <source>Seal the grid…</source>
        <translation>Sceller la grille…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sealed&lt;/b&gt; on {when} by {who} — sha256 &lt;code&gt;{hash}…&lt;/code&gt;. Changes are amendments and need a reason ({n} so far).</source>
        <translation>&lt;b&gt;Scellée&lt;/b&gt; le {when} par {who} — sha256 &lt;code&gt;{hash}…&lt;/code&gt;. Les changements sont des modifications et doivent être motivés ({n} à ce jour).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not sealed.&lt;/b&gt; Fix criteria, weights, anchors, thresholds and the tie-break order, then seal before any application is opened.</source>
        <translation>&lt;b&gt;Non scellée.&lt;/b&gt; Fixez les critères, les pondérations, les ancrages, les seuils et l&apos;ordre de départage, puis scellez avant l&apos;ouverture de toute candidature.</translation>
    </message>
    <message>
        <source>Amend the sealed grid</source>
        <translation>Modifier la grille scellée</translation>
    </message>
    <message>
        <source>The grid is sealed. Give the reason for this amendment:</source>
        <translation>La grille est scellée. Indiquez le motif de cette modification :</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>« {value} » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Seal the grid</source>
        <translation>Sceller la grille</translation>
    </message>
    <message>
        <source>Seal the grid now? Its criteria, weights, anchors, thresholds and tie-break order are hashed and time-stamped. Any later change is an amendment with a reason, listed in the panel report.</source>
        <translation>Sceller la grille maintenant ? Ses critères, pondérations, ancrages, seuils et ordre de départage sont hachés et horodatés. Tout changement ultérieur est une modification motivée, mentionnée dans le rapport du comité.</translation>
    </message>
</context>
<context>
    <name>GridPanel</name>
    <message>
        <source>Submit candidate  (Enter)</source>
        <translation>Soumettre le candidat  (Entrée)</translation>
    </message>
    <message>
        <source>Submit your marks for this candidate and open the next one; Ctrl+Z takes it back for a few seconds</source>
        <translation>Soumettre vos notes pour ce candidat et ouvrir le suivant ; Ctrl+Z permet d&apos;annuler pendant quelques secondes</translation>
    </message>
    <message>
        <source>Comment on this criterion (Enter saves)</source>
        <translation>Commentaire sur ce critère (Entrée enregistre)</translation>
    </message>
    <message>
        <source>Page of the application where the evidence is (— none)</source>
        <translation>Page de la candidature où figure l&apos;élément (— aucune)</translation>
    </message>
    <message>
        <source>p. </source>
        <translation>p. </translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Droit de vote</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Received ({zone})</source>
        <translation>Reçue ({zone})</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>Quand ({zone})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place / written procedure</source>
        <translation>Lieu / procédure écrite</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Art. 29</source>
        <translation>Art. 29</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Total %</source>
        <translation>Total %</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>w</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Last mark</source>
        <translation>Dernière note</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Preselection %</source>
        <translation>Présélection %</translation>
    </message>
    <message>
        <source>Interview %</source>
        <translation>Entretien %</translation>
    </message>
    <message>
        <source>Final %</source>
        <translation>Final %</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Noté</translation>
    </message>
    <message>
        <source>W</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Occ.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>p.</source>
        <translation>p.</translation>
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
&lt;h3&gt;Le secrétaire&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Procédure&lt;/b&gt; : créez la procédure à partir du modèle de son avis (Fichier ▸ Nouvelle procédure à partir d&apos;un modèle), vérifiez la date limite (heure de Bruxelles) et la boîte aux lettres ; composez le comité avec le président.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Candidatures&lt;/b&gt; : &lt;i&gt;Importer un dossier…&lt;/i&gt; avec l&apos;export de la boîte aux lettres (.eml, .msg, .mbox, PDF), ou déposez des fichiers sur la page. Chaque fichier reçoit un résultat dans le rapport d&apos;importation ; rien n&apos;est écarté. Une candidature hors délai, mal adressée ou illisible est conservée et signalée ; l&apos;exclure est une décision motivée.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Admissibilité&lt;/b&gt; : lisez chaque suggestion avec sa preuve (surlignée dans le PDF), tranchez chaque vérification et confirmez en bloc les résultats suggérés « satisfait »/« déclaré ». Un « non satisfait » exige toujours son propre motif.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Rapports&lt;/b&gt; : le rapport d&apos;admissibilité et les extraits pour les candidats.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Le secrétaire ne note pas.&lt;/p&gt;</translation>
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
&lt;h3&gt;Un membre du comité&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Notation&lt;/b&gt; : signez la déclaration de confidentialité et d&apos;absence de conflit avant d&apos;ouvrir toute candidature. Déclarez un conflit pour un candidat que vous connaissez : ce candidat vous est alors masqué.&lt;/li&gt;
&lt;li&gt;Notez chaque candidat seul, sur votre propre poste : tapez 0–4 (ou N pour S.O.) pour chaque critère ; chaque note est enregistrée aussitôt et passe au critère suivant. &lt;b&gt;Entrée&lt;/b&gt; sur un candidat complet le soumet et ouvre le suivant ; &lt;b&gt;Ctrl+Z&lt;/b&gt; reprend la soumission pendant quelques secondes.&lt;/li&gt;
&lt;li&gt;Vous ne voyez les notes des autres membres pour un candidat qu&apos;après avoir soumis les vôtres ; le classement, qu&apos;après avoir soumis toutes les vôtres.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Liste restreinte&lt;/b&gt; : validez la liste restreinte gelée.&lt;/li&gt;
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
&lt;h3&gt;Le président&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Grille&lt;/b&gt; : critères, pondérations, ancrages, seuils, N meilleurs et ordre de départage ; &lt;b&gt;scellez&lt;/b&gt;-la avant que quiconque n&apos;ouvre une candidature. Tout changement ultérieur est une modification motivée.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Comité&lt;/b&gt; : suivez l&apos;avancement (décomptes uniquement tant que tous n&apos;ont pas soumis), menez la réunion de consensus sur les critères signalés, avec une justification lorsque la note convenue s&apos;écarte de la moyenne.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Liste restreinte&lt;/b&gt; : vérifiez la règle, les ex æquo au seuil et les candidats relevant de l&apos;article 29 ; &lt;b&gt;gelez&lt;/b&gt; la liste (après confirmation) et recueillez la validation de chaque membre.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Rapports&lt;/b&gt; : exportez la liste restreinte et le rapport du comité en PDF.&lt;/li&gt;
&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>
&lt;h3&gt;An observer&lt;/h3&gt;
&lt;p&gt;Reads every page the rules open to them, and scores nothing. Marks show only once every voting member has
submitted.&lt;/p&gt;</source>
        <translation>
&lt;h3&gt;Un observateur&lt;/h3&gt;
&lt;p&gt;Consulte toutes les pages que les règles lui ouvrent et ne note rien. Les notes ne s&apos;affichent qu&apos;une fois que chaque membre votant a soumis les siennes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président(e)</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
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
&lt;h3&gt;Clavier&lt;/h3&gt;
&lt;table cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ce guide&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nouvelle procédure à partir d&apos;un modèle&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quitter&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th colspan=&quot;2&quot; align=&quot;left&quot;&gt;Page Notation&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;0 1 2 3 4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;noter le critère et passer au suivant&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;S.O., et passer au suivant&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Maj+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;critère suivant / précédent&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Entrée&lt;/b&gt;&lt;/td&gt;&lt;td&gt;candidat complet : soumettre et ouvrir le suivant ; sinon : commentaire&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;C ou F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;commenter le critère&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Entrée&lt;/b&gt;&lt;/td&gt;&lt;td&gt;soumettre&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Maj+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;annuler (d&apos;abord une soumission en attente) / rétablir&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;PgDn / PgUp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;candidat suivant / précédent&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rechercher dans la candidature&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</translation>
    </message>
    <message>
        <source>panel_app — user guide</source>
        <translation>panel_app — guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>(all)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>procédure</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>grille</translation>
    </message>
    <message>
        <source>application</source>
        <translation>candidature</translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation>admissibilité</translation>
    </message>
    <message>
        <source>declaration</source>
        <translation>déclaration</translation>
    </message>
    <message>
        <source>score</source>
        <translation>note</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <source>shortlist</source>
        <translation>liste restreinte</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat final</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paquet hors ligne</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>avis de vacance</translation>
    </message>
    <message>
        <source>final</source>
        <translation>classement final</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>blocage juridique</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>scoring</source>
        <translation>notation</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>conservation</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Verify the record</source>
        <translation>Vérifier le registre</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&lt;h2&gt;History&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Historique&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} événements</translation>
    </message>
    <message>
        <source>The history is read by the chair, the secretary and the observers. Sign in as one of them.</source>
        <translation>L&apos;historique est consulté par le président, le secrétaire et les observateurs. Connectez-vous en tant que l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>✔ Audit chain verified: {events} events, last event hash {hash}</source>
        <translation>✔ Chaîne d&apos;audit vérifiée : {events} événements, empreinte du dernier événement {hash}</translation>
    </message>
    <message>
        <source> (and {n} more: run `panel-app audit verify`)</source>
        <translation> (et {n} de plus : exécutez `panel-app audit verify`)</translation>
    </message>
    <message>
        <source>AUDIT CHAIN BROKEN — {finding}{more}</source>
        <translation>CHAÎNE D&apos;AUDIT ROMPUE — {finding}{more}</translation>
    </message>
</context>
<context>
    <name>HoldsDialog</name>
    <message>
        <source>Legal holds — {0}</source>
        <translation>Gels juridiques — {0}</translation>
    </message>
    <message>
        <source>A legal hold (complaint, Ombudsman inquiry, court case) blocks every retention deletion it covers until it is lifted.</source>
        <translation>Un gel juridique (plainte, enquête du Médiateur, affaire judiciaire) bloque toute suppression de conservation qu&apos;il couvre jusqu&apos;à sa levée.</translation>
    </message>
    <message>
        <source>Set a hold…</source>
        <translation>Poser un gel…</translation>
    </message>
    <message>
        <source>Lift the selected hold…</source>
        <translation>Lever le gel sélectionné…</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIF</translation>
    </message>
    <message>
        <source>lifted on {0} by {1}: {2}</source>
        <translation>levé le {0} par {1} : {2}</translation>
    </message>
    <message>
        <source>No legal holds.</source>
        <translation>Aucun gel juridique.</translation>
    </message>
    <message>
        <source>Set a legal hold</source>
        <translation>Poser un gel juridique</translation>
    </message>
    <message>
        <source>The candidate&apos;s e-mail or application id (leave empty to hold the whole procedure):</source>
        <translation>L&apos;adresse e-mail ou le numéro de candidature du candidat (vide pour geler toute la procédure) :</translation>
    </message>
    <message>
        <source>Reason (the complaint, inquiry or case):</source>
        <translation>Motif (la plainte, l&apos;enquête ou l&apos;affaire) :</translation>
    </message>
    <message>
        <source>the whole procedure {0}</source>
        <translation>toute la procédure {0}</translation>
    </message>
    <message>
        <source>Hold {0}? No retention run deletes anything it covers until the hold is lifted.</source>
        <translation>Geler {0} ? Aucune purge de conservation ne supprime ce qu&apos;il couvre jusqu&apos;à la levée du gel.</translation>
    </message>
    <message>
        <source>Set {0}.</source>
        <translation>Posé : {0}.</translation>
    </message>
    <message>
        <source>Select an active hold first.</source>
        <translation>Sélectionnez d&apos;abord un gel actif.</translation>
    </message>
    <message>
        <source>Lift the legal hold</source>
        <translation>Lever le gel juridique</translation>
    </message>
    <message>
        <source>Reason for lifting it:</source>
        <translation>Motif de la levée :</translation>
    </message>
    <message>
        <source>Lift hold #{0}? Deletions it blocked become possible again.</source>
        <translation>Lever le gel n° {0} ? Les suppressions qu&apos;il bloquait redeviennent possibles.</translation>
    </message>
    <message>
        <source>Lifted {0}.</source>
        <translation>Levé : {0}.</translation>
    </message>
</context>
<context>
    <name>HorizontalView</name>
    <message>
        <source>Comment (Enter saves)</source>
        <translation>Commentaire (Entrée enregistre)</translation>
    </message>
    <message>
        <source>Criterion:</source>
        <translation>Critère :</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>imported with flags</source>
        <translation>importé avec signalements</translation>
    </message>
    <message>
        <source>stored, not read</source>
        <translation>conservé, non lu</translation>
    </message>
    <message>
        <source>not an application (stored)</source>
        <translation>pas une candidature (conservé)</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>déjà importé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>non importé</translation>
    </message>
    <message>
        <source>No files found</source>
        <translation>Aucun fichier trouvé</translation>
    </message>
    <message>
        <source>Import cancelled — {counts}</source>
        <translation>Importation annulée — {counts}</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Importer des candidatures</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&lt;b&gt;Importing {n} selected item(s)…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importation de {n} élément(s) sélectionné(s)…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export report as JSON…</source>
        <translation>Exporter le rapport en JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling after the file being stored… what is stored stays stored.</source>
        <translation>Annulation après le fichier en cours d&apos;enregistrement… ce qui est enregistré le reste.</translation>
    </message>
    <message>
        <source>{files} file(s), {apps} application(s) stored. Flagged applications are stored too; nothing was thrown away.</source>
        <translation>{files} fichier(s), {apps} candidature(s) enregistrée(s). Les candidatures signalées sont aussi enregistrées ; rien n&apos;a été écarté.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <source>Export the import report</source>
        <translation>Exporter le rapport d&apos;importation</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path} : {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>InvitationsButton</name>
    <message>
        <source>Prepare invitations…</source>
        <translation>Préparer les convocations…</translation>
    </message>
    <message>
        <source>One e-mail draft per candidate invited to interview, after the freeze and every sign-off.</source>
        <translation>Un brouillon de courriel par candidat convoqué à l&apos;entretien, après le gel et toutes les signatures.</translation>
    </message>
    <message>
        <source>{0} invitation letter(s) written to {1} and recorded in the register of letters.</source>
        <translation>{0} lettre(s) de convocation écrite(s) dans {1} et inscrite(s) au registre des lettres.</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <source>Prepare the invitation letters</source>
        <translation>Préparer les lettres de convocation</translation>
    </message>
    <message>
        <source>One e-mail draft (.eml, ready to send from the panel&apos;s mailbox; nothing is sent) for each candidate the frozen and signed shortlist invites, in the language of the candidate&apos;s form (English, French or German; templates in resources/letters). Candidates get consecutive interview times in alphabetical order. Every letter is recorded in the register of letters printed in the minutes.</source>
        <translation>Un brouillon de courriel (.eml, prêt à être envoyé depuis la boîte fonctionnelle du comité ; rien n&apos;est envoyé) pour chaque candidat convoqué par la liste restreinte gelée et signée, dans la langue du formulaire du candidat (anglais, français ou allemand ; modèles dans resources/letters). Les candidats reçoivent des horaires consécutifs dans l&apos;ordre alphabétique. Chaque lettre est inscrite au registre des lettres imprimé dans le procès-verbal.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>everyone at the same time</source>
        <translation>tous à la même heure</translation>
    </message>
    <message>
        <source>building, room, city</source>
        <translation>bâtiment, salle, ville</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Interview day</source>
        <translation>Jour de l&apos;entretien</translation>
    </message>
    <message>
        <source>First interview at</source>
        <translation>Premier entretien à</translation>
    </message>
    <message>
        <source>Minutes per interview</source>
        <translation>Minutes par entretien</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien de visioconférence</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Dossier des lettres</translation>
    </message>
    <message>
        <source>Write the letters</source>
        <translation>Écrire les lettres</translation>
    </message>
    <message>
        <source>Choose the folder the letters are written to.</source>
        <translation>Choisissez le dossier où les lettres sont écrites.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>panel_app will be in {language} from its next start. Close it and open it again to switch now.</source>
        <translation>panel_app sera en {language} à partir du prochain démarrage. Fermez-le et rouvrez-le pour changer maintenant.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Bulgarian</source>
        <translation>bulgare</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>tchèque</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>danois</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grec</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>estonien</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finnois</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>irlandais</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>croate</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>hongrois</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>lituanien</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>letton</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>maltais</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polonais</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>roumain</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>slovaque</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>slovène</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>suédois</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>norvégien</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turc</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainien</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>serbe</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>islandais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonais</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>catalan</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>luxembourgeois</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albanais</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>macédonien</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>bosnien</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hébreu</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coréen</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>biélorusse</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persan</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>basque</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>Submitted at {when} — only the chair can reopen it. The marks are read-only.</source>
        <translation>Soumis le {when} — seul le président peut le rouvrir. Les notes sont en lecture seule.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>panel_app — EU selection panel</source>
        <translation>panel_app — comité de sélection de l&apos;UE</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source> Procedure: </source>
        <translation> Procédure : </translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>S&amp;tart a procedure (template, then you as chair)…</source>
        <translation>&amp;Lancer une procédure (modèle, puis vous comme président)…</translation>
    </message>
    <message>
        <source>&amp;New procedure from template…</source>
        <translation>&amp;Nouvelle procédure à partir d&apos;un modèle…</translation>
    </message>
    <message>
        <source>Connect to a shared &amp;database…</source>
        <translation>Se connecter à une &amp;base de données partagée…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Modifier mon mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User guide and keys</source>
        <translation>&amp;Guide de l&apos;utilisateur et raccourcis</translation>
    </message>
    <message>
        <source>&amp;About panel_app</source>
        <translation>À &amp;propos de panel_app</translation>
    </message>
    <message>
        <source>Not signed in (set-up)</source>
        <translation>Non connecté (configuration)</translation>
    </message>
    <message>
        <source>Procedure template</source>
        <translation>Modèle de procédure</translation>
    </message>
    <message>
        <source>Templates (*.toml)</source>
        <translation>Modèles (*.toml)</translation>
    </message>
    <message>
        <source>{ref} created, and you are its chair. Next: add the panel members here, then import the applications on the Applications page.</source>
        <translation>{ref} a été créée et vous en êtes le président. Étape suivante : ajoutez ici les membres du comité de sélection, puis importez les candidatures dans la page Candidatures.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>There is no procedure in this database yet. Start one first: File ▸ Start a procedure.</source>
        <translation>Cette base de données ne contient encore aucune procédure. Commencez par en lancer une : Fichier ▸ Lancer une procédure.</translation>
    </message>
    <message>
        <source>About panel_app</source>
        <translation>À propos de panel_app</translation>
    </message>
    <message>
        <source>&lt;b&gt;panel_app {version}&lt;/b&gt;&lt;p&gt;The desktop tool of an EU selection panel: intake from the functional mailbox, eligibility, blind independent scoring, consensus, shortlist and signed reports.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;</source>
        <translation>&lt;b&gt;panel_app {version}&lt;/b&gt;&lt;p&gt;L&apos;outil de bureau d&apos;un comité de sélection de l&apos;UE : réception des candidatures depuis la boîte aux lettres fonctionnelle, admissibilité, notation indépendante à l&apos;aveugle, consensus, liste restreinte et rapports signés.&lt;/p&gt;&lt;p&gt;Base de données : {database}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingsDialog</name>
    <message>
        <source>Meetings of the panel</source>
        <translation>Réunions du comité</translation>
    </message>
    <message>
        <source>e.g. Luxembourg, DRB B2/004</source>
        <translation>p. ex. Luxembourg, DRB B2/004</translation>
    </message>
    <message>
        <source>Written procedure (no physical meeting)</source>
        <translation>Procédure écrite (pas de réunion physique)</translation>
    </message>
    <message>
        <source>e.g. consensus meeting</source>
        <translation>p. ex. réunion de consensus</translation>
    </message>
    <message>
        <source>Record the meeting</source>
        <translation>Consigner la réunion</translation>
    </message>
    <message>
        <source>Record the publication date</source>
        <translation>Consigner la date de publication</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Record a meeting (chair)</source>
        <translation>Consigner une réunion (président)</translation>
    </message>
    <message>
        <source>Notice published on</source>
        <translation>Avis publié le</translation>
    </message>
    <message>
        <source>Vacancy notice published: {date}</source>
        <translation>Avis de vacance publié : {date}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>Recorded: {date}, {where}, {n} attending (audited; printed in the minutes).</source>
        <translation>Consigné : {date}, {where}, {n} présent(s) (audité ; imprimé dans le procès-verbal).</translation>
    </message>
    <message>
        <source>Publication date recorded: {date}.</source>
        <translation>Date de publication consignée : {date}.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Panel</source>
        <translation>Comité de sélection</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>A droit de vote</translation>
    </message>
    <message>
        <source>Initial password, 8 characters or more (required)</source>
        <translation>Mot de passe initial, 8 caractères au moins (obligatoire)</translation>
    </message>
    <message>
        <source>Add to the panel</source>
        <translation>Ajouter au comité</translation>
    </message>
    <message>
        <source>Add this person to the panel (the chair adds members; the first one is the chair)</source>
        <translation>Ajouter cette personne au comité (le président ajoute les membres ; la première personne ajoutée est le président)</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <source>Take the selected member off the panel (with a reason), or bring them back</source>
        <translation>Retirer le membre sélectionné du comité (avec un motif), ou le réintégrer</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>(chair) For a forgotten password or a paused sign-in: the member chooses their own at the next sign-in.</source>
        <translation>(président) En cas d&apos;oubli du mot de passe ou de connexion suspendue : le membre choisit le sien à la connexion suivante.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>Added {name} as {role} (voting).</source>
        <translation>{name} ajouté(e) comme {role} (avec droit de vote).</translation>
    </message>
    <message>
        <source>Added {name} as {role}.</source>
        <translation>{name} ajouté(e) comme {role}.</translation>
    </message>
    <message>
        <source>Add a voting member after scoring started</source>
        <translation>Ajouter un membre votant après le début de la notation</translation>
    </message>
    <message>
        <source>{message}

Add {name} as a voting member?</source>
        <translation>{message}

Ajouter {name} comme membre votant ?</translation>
    </message>
    <message>
        <source>{name} was not added.</source>
        <translation>{name} n&apos;a pas été ajouté(e).</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Réactiver…</translation>
    </message>
    <message>
        <source>Reactivate a panel member</source>
        <translation>Réactiver un membre du comité</translation>
    </message>
    <message>
        <source>Reactivate {name} ({role}). They can sign in and act again.</source>
        <translation>Réactiver {name} ({role}). Cette personne pourra de nouveau se connecter et agir.</translation>
    </message>
    <message>
        <source>Deactivate a panel member</source>
        <translation>Désactiver un membre du comité</translation>
    </message>
    <message>
        <source>Deactivate {name} ({role}). They can no longer sign in or act; their submitted marks stay in the record, and a voting member&apos;s unfinished assessments no longer count as expected.</source>
        <translation>Désactiver {name} ({role}). Cette personne ne pourra plus se connecter ni agir ; ses notes soumises restent au dossier, et les évaluations inachevées d&apos;un membre votant ne sont plus attendues.</translation>
    </message>
    <message>
        <source>Reason (required, recorded in the audit trail):</source>
        <translation>Motif (obligatoire, consigné dans la piste d&apos;audit) :</translation>
    </message>
    <message>
        <source>{name} reactivated: {reason}.</source>
        <translation>{name} réactivé(e) : {reason}.</translation>
    </message>
    <message>
        <source>{name} deactivated: {reason}.</source>
        <translation>{name} désactivé(e) : {reason}.</translation>
    </message>
    <message>
        <source>Select the member whose password you reset.</source>
        <translation>Sélectionnez le membre dont vous réinitialisez le mot de passe.</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Réinitialiser un mot de passe</translation>
    </message>
    <message>
        <source>A temporary password for {name}. Hand it over in person or by phone; they choose their own at the next sign-in.</source>
        <translation>Un mot de passe temporaire pour {name}. Remettez-le en personne ou par téléphone ; la personne choisira le sien à la connexion suivante.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Correct the candidate&apos;s name</source>
        <translation>Corriger le nom du candidat</translation>
    </message>
    <message>
        <source>Candidate {email}. The correction is recorded in the audit trail.</source>
        <translation>Candidat {email}. La correction est consignée dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
</context>
<context>
    <name>OcrDialog</name>
    <message>
        <source>Read scans (OCR)</source>
        <translation>Lire les numérisations (OCR)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reading the scanned applications by OCR…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lecture des candidatures numérisées par OCR…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No scanned document waits for OCR.</source>
        <translation>Aucun document numérisé n&apos;attend d&apos;OCR.</translation>
    </message>
    <message>
        <source>Scan {n} of {total}: {filename}, {message}</source>
        <translation>Numérisation {n} sur {total} : {filename}, {message}</translation>
    </message>
    <message>
        <source>Done: {summary}</source>
        <translation>Terminé : {summary}</translation>
    </message>
    <message>
        <source>Cancelled: {summary} The rest can be read later.</source>
        <translation>Annulé : {summary} Le reste pourra être lu plus tard.</translation>
    </message>
    <message>
        <source>{read} of {total} scans read by OCR</source>
        <translation>{read} numérisation(s) sur {total} lue(s) par OCR</translation>
    </message>
    <message>
        <source> (mean confidence {confidence} %)</source>
        <translation> (confiance moyenne {confidence} %)</translation>
    </message>
    <message>
        <source>; {n} without text found</source>
        <translation> ; {n} sans texte trouvé</translation>
    </message>
    <message>
        <source>. The text is marked as OCR: search, keyword hits and eligibility suggestions use it; check what matters against the scan.</source>
        <translation>. Le texte est marqué comme issu de l&apos;OCR : la recherche, les mots-clés repérés et les suggestions d&apos;admissibilité l&apos;utilisent ; vérifiez l&apos;essentiel sur la numérisation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read scans (OCR)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lire les numérisations (OCR)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling… the scans already read stay stored.</source>
        <translation>Annulation… les numérisations déjà lues restent enregistrées.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>⚠  The panel&apos;s database cannot be reached (since {since}). The pages show what was loaded before. Nothing can be changed now, except marks: they are kept on this PC and saved when the database answers. Retrying every second…</source>
        <translation>⚠  La base de données du comité est injoignable (depuis {since}). Les pages montrent ce qui a été chargé auparavant. Rien ne peut être modifié pour l&apos;instant, sauf les notes : elles sont conservées sur ce PC et enregistrées dès que la base répond. Nouvelle tentative chaque seconde…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Not saved, retrying… ({count} waiting)</source>
        <translation>Non enregistré, nouvelle tentative… ({count} en attente)</translation>
    </message>
    <message>
        <source>Not saved, retrying…</source>
        <translation>Non enregistré, nouvelle tentative…</translation>
    </message>
    <message>
        <source>The database is out of reach. Your marks are kept on this PC and saved as soon as it answers again; you can go on scoring.</source>
        <translation>La base de données est injoignable. Vos notes sont conservées sur ce PC et enregistrées dès qu&apos;elle répond de nouveau ; vous pouvez continuer à noter.</translation>
    </message>
</context>
<context>
    <name>PackageActions</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>At least 8 characters; hand it over separately from the file (by phone, not in the same e-mail).</source>
        <translation>Au moins 8 caractères ; transmettez-la séparément du fichier (par téléphone, pas dans le même courriel).</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <source>Database on this laptop</source>
        <translation>Base de données sur cet ordinateur portable</translation>
    </message>
    <message>
        <source>Your own password (optional)</source>
        <translation>Votre propre mot de passe (facultatif)</translation>
    </message>
    <message>
        <source>You sign in here with it; left empty, you sign in with the passphrase.</source>
        <translation>Vous vous connectez ici avec celui-ci ; laissé vide, vous vous connectez avec la phrase secrète.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation>Choisissez le fichier.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The passphrase has at least 8 characters.</source>
        <translation>La phrase secrète compte au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Choose where the database on this laptop goes.</source>
        <translation>Choisissez l&apos;emplacement de la base de données sur cet ordinateur portable.</translation>
    </message>
    <message>
        <source>{path} already exists: choose a new file, so that nothing is overwritten.</source>
        <translation>{path} existe déjà : choisissez un nouveau fichier, afin que rien ne soit écrasé.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {why}.</source>
        <translation>Impossible de lire {path} : {why}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {why}.</source>
        <translation>Impossible d&apos;écrire {path} : {why}.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Offline packages</source>
        <translation>Paquets hors ligne</translation>
    </message>
    <message>
        <source>Open or start a procedure first.</source>
        <translation>Ouvrez ou créez d&apos;abord une procédure.</translation>
    </message>
    <message>
        <source>Export an offline package</source>
        <translation>Exporter un paquet hors ligne</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Paquet écrit</translation>
    </message>
    <message>
        <source>Wrote {path}: {n} candidates for {member} (grid {grid}…). Hand the passphrase over separately.</source>
        <translation>{path} écrit : {n} candidats pour {member} (grille {grid}…). Transmettez la phrase secrète séparément.</translation>
    </message>
    <message>
        <source>Import a member&apos;s return</source>
        <translation>Importer le retour d&apos;un membre</translation>
    </message>
    <message>
        <source>Return imported</source>
        <translation>Retour importé</translation>
    </message>
    <message>
        <source>{member}: signature and grid verified; {merged} assessments merged, {same} already there, {decl} declarations added.</source>
        <translation>{member} : signature et grille vérifiées ; {merged} évaluations fusionnées, {same} déjà présentes, {decl} déclarations ajoutées.</translation>
    </message>
    <message>
        <source>Open an offline package on this laptop</source>
        <translation>Ouvrir un paquet hors ligne sur cet ordinateur portable</translation>
    </message>
    <message>
        <source>Package opened</source>
        <translation>Paquet ouvert</translation>
    </message>
    <message>
        <source>Opened {ref} for {member}: {n} candidates, in {db}. Sign in as {member} with {password}, sign the declaration, score, then File › Offline packages › Write my return.</source>
        <translation>{ref} ouvert pour {member} : {n} candidats, dans {db}. Connectez-vous en tant que {member} avec {password}, signez la déclaration, évaluez, puis Fichier › Paquets hors ligne › Écrire mon retour.</translation>
    </message>
    <message>
        <source>your own password</source>
        <translation>votre propre mot de passe</translation>
    </message>
    <message>
        <source>the passphrase</source>
        <translation>la phrase secrète</translation>
    </message>
    <message>
        <source>Sign in first: the return holds your marks.</source>
        <translation>Connectez-vous d&apos;abord : le retour contient vos notes.</translation>
    </message>
    <message>
        <source>Write my return for the chair</source>
        <translation>Écrire mon retour pour le président</translation>
    </message>
    <message>
        <source>Return written</source>
        <translation>Retour écrit</translation>
    </message>
    <message>
        <source>Wrote {path}: {n} submitted assessments of {member}, signed. Send it to the chair; the passphrase stays separate.</source>
        <translation>{path} écrit : {n} évaluations soumises de {member}, signées. Envoyez-le au président ; la phrase secrète reste séparée.</translation>
    </message>
    <message>
        <source>Offline &amp;packages</source>
        <translation>&amp;Paquets hors ligne</translation>
    </message>
    <message>
        <source>&amp;Export a package for a member…</source>
        <translation>&amp;Exporter un paquet pour un membre…</translation>
    </message>
    <message>
        <source>(chair) The sealed grid and one member&apos;s candidates, encrypted, for scoring away from the panel&apos;s database</source>
        <translation>(président) La grille scellée et les candidats d&apos;un membre, chiffrés, pour évaluer hors de la base de données du comité</translation>
    </message>
    <message>
        <source>&amp;Import a member&apos;s return…</source>
        <translation>&amp;Importer le retour d&apos;un membre…</translation>
    </message>
    <message>
        <source>(chair) Verify the member&apos;s signed return and merge the submitted marks</source>
        <translation>(président) Vérifier le retour signé du membre et fusionner les notes soumises</translation>
    </message>
    <message>
        <source>&amp;Open a package on this laptop…</source>
        <translation>&amp;Ouvrir un paquet sur cet ordinateur portable…</translation>
    </message>
    <message>
        <source>(member) Open your package into a database of its own on this laptop</source>
        <translation>(membre) Ouvrir votre paquet dans une base de données propre sur cet ordinateur portable</translation>
    </message>
    <message>
        <source>&amp;Write my return for the chair…</source>
        <translation>É&amp;crire mon retour pour le président…</translation>
    </message>
    <message>
        <source>(member) Your submitted marks, signed, in a file for the chair</source>
        <translation>(membre) Vos notes soumises, signées, dans un fichier pour le président</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Admissibilité</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Liste restreinte</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>PanelModel</name>
    <message>
        <source>(conflict)</source>
        <translation>(conflit)</translation>
    </message>
    <message>
        <source>(marks hidden)</source>
        <translation>(notes masquées)</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>mean {mean} · spread {spread}</source>
        <translation>moyenne {mean} · écart {spread}</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <source>discuss</source>
        <translation>à discuter</translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
    <message>
        <source>Preselection</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Consensus meeting</source>
        <translation>Réunion de consensus</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase :</translation>
    </message>
    <message>
        <source>Reopen an assessment…</source>
        <translation>Rouvrir une évaluation…</translation>
    </message>
    <message>
        <source>Meetings…</source>
        <translation>Réunions…</translation>
    </message>
    <message>
        <source>Reliability and leniency</source>
        <translation>Fiabilité et indulgence</translation>
    </message>
    <message>
        <source>Sign in as a panel member to see the panel&apos;s progress.</source>
        <translation>Connectez-vous en tant que membre du comité pour voir l&apos;avancement du comité.</translation>
    </message>
    <message>
        <source>{n} candidates · {done} with every assessment submitted · {flagged} flagged criteria (⚑ = members ≥ the divergence threshold apart)</source>
        <translation>{n} candidats · {done} avec toutes les évaluations soumises · {flagged} critères signalés (⚑ = membres distants d&apos;au moins le seuil d&apos;écart)</translation>
    </message>
    <message>
        <source>Shown once every assessment is submitted.</source>
        <translation>Affiché une fois toutes les évaluations soumises.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall&lt;/b&gt;: α = {alpha}, ICC(2,k) = {icc} (n = {n})</source>
        <translation>&lt;b&gt;Global&lt;/b&gt; : α = {alpha}, ICC(2,k) = {icc} (n = {n})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per criterion&lt;/b&gt; (α ordinal / ICC(2,k)):</source>
        <translation>&lt;b&gt;Par critère&lt;/b&gt; (α ordinal / ICC(2,k)) :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Leniency&lt;/b&gt; (member mean − panel mean):</source>
        <translation>&lt;b&gt;Indulgence&lt;/b&gt; (moyenne du membre − moyenne du comité) :</translation>
    </message>
    <message>
        <source>Select a candidate to see every member&apos;s marks.</source>
        <translation>Sélectionnez un candidat pour voir les notes de chaque membre.</translation>
    </message>
    <message>
        <source>you declared a conflict of interest on this candidate</source>
        <translation>vous avez déclaré un conflit d&apos;intérêts pour ce candidat</translation>
    </message>
    <message>
        <source>not every member has submitted yet</source>
        <translation>tous les membres n&apos;ont pas encore soumis</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {submitted} of {expected} submitted — marks hidden ({why}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; : {submitted} sur {expected} soumis — notes masquées ({why}).</translation>
    </message>
    <message>
        <source>rank {rank}, {status}</source>
        <translation>rang {rank}, {status}</translation>
    </message>
    <message>
        <source>rank not shown until the ranking is</source>
        <translation>rang non affiché tant que le classement ne l&apos;est pas</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — total {total} %, {standing}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — total {total} %, {standing}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password (8 characters or more)</source>
        <translation>Nouveau mot de passe (8 caractères ou plus)</translation>
    </message>
    <message>
        <source>The new password again</source>
        <translation>Le nouveau mot de passe (confirmation)</translation>
    </message>
    <message>
        <source>The new password needs at least 8 characters.</source>
        <translation>Le nouveau mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Tapez votre mot de passe actuel.</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>This application is a scan: its text was read by OCR. Keyword hits are marked on the words OCR read; check what matters against the scan.</source>
        <translation>Cette candidature est un document numérisé : son texte a été lu par OCR. Les occurrences des mots-clés sont marquées sur les mots lus par l’OCR ; vérifiez l’essentiel sur le document numérisé.</translation>
    </message>
    <message>
        <source>This application is a scan: its text was read by OCR (mean confidence {0} %). Keyword hits are marked on the words OCR read; check what matters against the scan.</source>
        <translation>Cette candidature est un document numérisé : son texte a été lu par OCR (confiance moyenne {0} %). Les occurrences des mots-clés sont marquées sur les mots lus par l’OCR ; vérifiez l’essentiel sur le document numérisé.</translation>
    </message>
    <message>
        <source>Search the application (Ctrl+F)</source>
        <translation>Rechercher dans la candidature (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select a candidate.</source>
        <translation>Sélectionnez un candidat.</translation>
    </message>
    <message>
        <source>{file}  ({pages} pages)</source>
        <translation>{file}  ({pages} pages)</translation>
    </message>
    <message>
        <source>This PDF cannot be displayed; it is stored and can be exported.</source>
        <translation>Ce PDF ne peut pas être affiché ; il est conservé et peut être exporté.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>found on page {pages}</source>
        <translation>trouvé en page {pages}</translation>
    </message>
    <message>
        <source>no hit</source>
        <translation>aucune occurrence</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; keywords: {keywords} — {found}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; mots-clés : {keywords} — {found}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>PendingSubmit</name>
    <message>
        <source>Submitting &lt;b&gt;{name}&lt;/b&gt; in {seconds} s — their marks then become read-only.</source>
        <translation>Soumission de &lt;b&gt;{name}&lt;/b&gt; dans {seconds} s — ses notes passent ensuite en lecture seule.</translation>
    </message>
    <message>
        <source>Submitted {name}.</source>
        <translation>{name} soumis.</translation>
    </message>
    <message>
        <source>Submission of {name} taken back: still a draft.</source>
        <translation>Soumission de {name} annulée : reste un brouillon.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>There is nothing to print: generate a preview first.</source>
        <translation>Il n&apos;y a rien à imprimer : générez d&apos;abord un aperçu.</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Check the printer, or export the PDF instead.</source>
        <translation>Vérifiez l&apos;imprimante, ou exportez plutôt le PDF.</translation>
    </message>
    <message>
        <source>Printing page {page} of {n}</source>
        <translation>Impression de la page {page} sur {n}</translation>
    </message>
    <message>
        <source>Printed {n} pages</source>
        <translation>{n} pages imprimées</translation>
    </message>
</context>
<context>
    <name>ProcedurePage</name>
    <message>
        <source>Set</source>
        <translation>Fixer</translation>
    </message>
    <message>
        <source>A date by which the members should have submitted; the progress view and the reminders name it. Never a lock.</source>
        <translation>Date à laquelle les membres devraient avoir soumis leurs évaluations ; le suivi et les rappels la mentionnent. Jamais un verrou.</translation>
    </message>
    <message>
        <source>The language of this procedure&apos;s reports and exports (PDF, XLSX): their titles, tables, statements and dates. The reports are the panel&apos;s official record: English unless the procedure sets another.</source>
        <translation>La langue des rapports et exports de cette procédure (PDF, XLSX) : titres, tableaux, mentions et dates. Les rapports constituent le dossier officiel du comité : en anglais, sauf si la procédure en fixe une autre.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Save the notice&apos;s settings; after the seal, a change of the deadline, the zone or the reference is an amendment and asks for its reason</source>
        <translation>Enregistrer les paramètres de l&apos;avis ; après le scellement, une modification de la date limite, du fuseau horaire ou de la référence est une modification formelle qui demande son motif</translation>
    </message>
    <message>
        <source>Selection reference</source>
        <translation>Référence de la sélection</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Functional mailbox</source>
        <translation>Boîte aux lettres fonctionnelle</translation>
    </message>
    <message>
        <source>Deadline (local time)</source>
        <translation>Date limite (heure locale)</translation>
    </message>
    <message>
        <source>Scoring deadline (same zone)</source>
        <translation>Date limite d&apos;évaluation (même fuseau)</translation>
    </message>
    <message>
        <source>Confidentiality marking</source>
        <translation>Mention de confidentialité</translation>
    </message>
    <message>
        <source>Reports in</source>
        <translation>Rapports en</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis de vacance</translation>
    </message>
    <message>
        <source>Underrepresented Member States (information only, never a scoring input):</source>
        <translation>États membres sous-représentés (pour information uniquement, jamais un élément de notation) :</translation>
    </message>
    <message>
        <source>= {utc} UTC (received at that second is on time)</source>
        <translation>= {utc} UTC (une candidature reçue à cette seconde est dans les délais)</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Fuseau horaire inconnu</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Rien à enregistrer : aucun paramètre n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Saved at {when} — amendment recorded: {reason}.</source>
        <translation>Enregistré le {when} — modification consignée : {reason}.</translation>
    </message>
    <message>
        <source>Saved at {when}.</source>
        <translation>Enregistré le {when}.</translation>
    </message>
    <message>
        <source>Amend a sealed setting</source>
        <translation>Modifier un paramètre scellé</translation>
    </message>
    <message>
        <source>It changes what the panel decided on (for a deadline: which applications are on time). Give the reason for the record:</source>
        <translation>Cela modifie ce sur quoi le comité a statué (pour une date limite : quelles candidatures sont dans les délais). Indiquez le motif, qui sera consigné :</translation>
    </message>
    <message>
        <source>Not saved: an amendment needs its reason.</source>
        <translation>Non enregistré : une modification doit être motivée.</translation>
    </message>
</context>
<context>
    <name>ProgressBox</name>
    <message>
        <source>Members&apos; progress (counts only)</source>
        <translation>Avancement des membres (décomptes uniquement)</translation>
    </message>
    <message>
        <source>Remind…</source>
        <translation>Relancer…</translation>
    </message>
    <message>
        <source>Write an e-mail draft (.eml) to the selected member naming what is left to score</source>
        <translation>Rédiger un brouillon de courriel (.eml) au membre sélectionné indiquant ce qu&apos;il reste à noter</translation>
    </message>
    <message>
        <source>Set on the Procedure page (scoring deadline). A target, never a lock.</source>
        <translation>Fixée sur la page Procédure (date limite d&apos;évaluation). Un objectif, jamais un verrou.</translation>
    </message>
    <message>
        <source> — late</source>
        <translation> — en retard</translation>
    </message>
    <message>
        <source>{submitted} of {expected}</source>
        <translation>{submitted} sur {expected}</translation>
    </message>
    <message>
        <source>no mark yet</source>
        <translation>aucune note encore</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>Sélectionnez d&apos;abord un membre.</translation>
    </message>
    <message>
        <source>{name} has submitted everything: no reminder needed.</source>
        <translation>{name} a tout soumis : aucune relance nécessaire.</translation>
    </message>
    <message>
        <source>Folder for the e-mail draft</source>
        <translation>Dossier du brouillon de courriel</translation>
    </message>
    <message>
        <source>Draft written: {target}</source>
        <translation>Brouillon écrit : {target}</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>marks missing</source>
        <translation>notes manquantes</translation>
    </message>
    <message>
        <source>consensus needed</source>
        <translation>consensus requis</translation>
    </message>
    <message>
        <source>Article 29 priority candidates who pass are invited outside the best-N places</source>
        <translation>les candidats prioritaires au titre de l&apos;article 29 qui réussissent sont invités en dehors des N meilleures places</translation>
    </message>
    <message>
        <source>Article 29 priority candidates who pass are listed first and compete for the best-N places</source>
        <translation>les candidats prioritaires au titre de l&apos;article 29 qui réussissent figurent en tête de liste et concourent pour les N meilleures places</translation>
    </message>
    <message>
        <source>pass mark {mark} %</source>
        <translation>seuil de réussite {mark} %</translation>
    </message>
    <message>
        <source>minimum {minimums}</source>
        <translation>minimum {minimums}</translation>
    </message>
    <message>
        <source>every candidate who passes is invited</source>
        <translation>chaque candidat qui réussit est invité</translation>
    </message>
    <message>
        <source>the best {n} are invited, and all candidates tied at the cut-off</source>
        <translation>les {n} meilleurs sont invités, ainsi que tous les candidats ex aequo au seuil</translation>
    </message>
    <message>
        <source>tie-break order {codes}</source>
        <translation>ordre de départage {codes}</translation>
    </message>
    <message>
        <source>pending: {reasons}</source>
        <translation>en attente : {reasons}</translation>
    </message>
    <message>
        <source>{why} on {codes}</source>
        <translation>{why} pour {codes}</translation>
    </message>
    <message>
        <source>pending: no marks</source>
        <translation>en attente : aucune note</translation>
    </message>
    <message>
        <source>below the pass mark ({total} &lt; {pass_mark})</source>
        <translation>en dessous du seuil de réussite ({total} &lt; {pass_mark})</translation>
    </message>
    <message>
        <source>below the minimum on {code} (N/A &lt; {minimum})</source>
        <translation>en dessous du minimum pour {code} (N/A &lt; {minimum})</translation>
    </message>
    <message>
        <source>below the minimum on {code} ({value} &lt; {minimum})</source>
        <translation>en dessous du minimum pour {code} ({value} &lt; {minimum})</translation>
    </message>
    <message>
        <source>equal with rank {rank} on the total and on every tie-break criterion: the rank is shared</source>
        <translation>ex aequo avec le rang {rank} sur le total et sur chaque critère de départage : le rang est partagé</translation>
    </message>
    <message>
        <source>tie with rank {rank} broken on {code} ({a} &gt; {b})</source>
        <translation>égalité avec le rang {rank} départagée sur {code} ({a} &gt; {b})</translation>
    </message>
    <message>
        <source>equal on the total and on every tie-break criterion with {names}: rank {rank} is shared</source>
        <translation>ex aequo sur le total et sur chaque critère de départage avec {names} : le rang {rank} est partagé</translation>
    </message>
    <message>
        <source>ahead of rank {rank} on {code} ({a} &gt; {b})</source>
        <translation>devant le rang {rank} sur {code} ({a} &gt; {b})</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <source>invited: tied at the cut-off with rank {rank}</source>
        <translation>invité : ex aequo au seuil avec le rang {rank}</translation>
    </message>
    <message>
        <source>rank {rank} &gt; best {n}</source>
        <translation>rang {rank} &gt; {n} meilleurs</translation>
    </message>
    <message>
        <source>invited: Article 29 priority (outside the best-N places)</source>
        <translation>invité : priorité au titre de l&apos;article 29 (en dehors des N meilleures places)</translation>
    </message>
    <message>
        <source>hidden: you declared a conflict of interest on this candidate</source>
        <translation>masqué : vous avez déclaré un conflit d&apos;intérêts concernant ce candidat</translation>
    </message>
    <message>
        <source>pending: {submitted} of {expected} members have submitted</source>
        <translation>en attente : {submitted} membre(s) sur {expected} ont soumis leur évaluation</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>The list would change if {member}&apos;s marks were left out: {came} in, {went} out.</source>
        <translation>La liste changerait si les notes de {member} étaient écartées : entrée de {came}, sortie de {went}.</translation>
    </message>
    <message>
        <source>The list would change if the weight of {code} were {new} instead of {old}: {came} in, {went} out.</source>
        <translation>La liste changerait si la pondération de {code} était {new} au lieu de {old} : entrée de {came}, sortie de {went}.</translation>
    </message>
</context>
<context>
    <name>ReceivedTimeDialog</name>
    <message>
        <source>Enter the received time</source>
        <translation>Saisir l&apos;heure de réception</translation>
    </message>
    <message>
        <source>e.g. mailbox server log, message trace of 12.06.2026</source>
        <translation>p. ex. journal du serveur de messagerie, suivi des messages du 12.06.2026</translation>
    </message>
    <message>
        <source>When the functional mailbox received it, {tz} time:</source>
        <translation>Moment de réception par la boîte aux lettres fonctionnelle, heure {tz} :</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Source (required)</source>
        <translation>Source (obligatoire)</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>{points} or more points apart</source>
        <translation>un écart d&apos;au moins {points} points</translation>
    </message>
    <message>
        <source>Members were {apart} on {codes} (flagged for discussion).</source>
        <translation>Les notes des membres présentaient {apart} sur {codes} (signalé pour discussion).</translation>
    </message>
    <message>
        <source>too few candidates</source>
        <translation>trop peu de candidats</translation>
    </message>
    <message>
        <source>n/a (too few candidates or no variance)</source>
        <translation>s.o. (trop peu de candidats ou aucune variance)</translation>
    </message>
    <message>
        <source>alpha: too few candidates ({n} &lt; {minimum})</source>
        <translation>alpha : trop peu de candidats ({n} &lt; {minimum})</translation>
    </message>
    <message>
        <source>alpha: no variation in the marks</source>
        <translation>alpha : aucune variation des notes</translation>
    </message>
    <message>
        <source>ICC: too few candidates ({n} complete &lt; {minimum})</source>
        <translation>ICC : trop peu de candidats ({n} complets &lt; {minimum})</translation>
    </message>
    <message>
        <source>ICC: {undefined}</source>
        <translation>ICC : {undefined}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>{reason} (suggested, not yet decided by the panel)</source>
        <translation>{reason} (suggestion, pas encore tranché par le comité)</translation>
    </message>
    <message>
        <source>Suggested, not yet decided by the panel</source>
        <translation>Suggestion, pas encore tranché par le comité</translation>
    </message>
    <message>
        <source>NOT YET CERTIFIABLE: {open} application(s) still have criteria without a person&apos;s decision (marked &apos;(suggested, not yet decided by the panel)&apos;). {n} outcome(s) decided so far by {deciders}.</source>
        <translation>PAS ENCORE CERTIFIABLE : {open} candidature(s) comportent encore des critères sans décision d&apos;une personne (marqués « (suggestion, pas encore tranché par le comité) »). {n} résultat(s) tranché(s) à ce jour par {deciders}.</translation>
    </message>
    <message>
        <source>Every outcome in this report ({n} decisions on {applications} applications) was decided by a person: {deciders}. No exclusion rests on a suggestion of the software.</source>
        <translation>Chaque résultat du présent rapport ({n} décisions portant sur {applications} candidatures) a été tranché par une personne : {deciders}. Aucune exclusion ne repose sur une suggestion du logiciel.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non satisfait</translation>
    </message>
    <message>
        <source>to be verified</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>déclaré</translation>
    </message>
    <message>
        <source>below the pass mark</source>
        <translation>sous le seuil de réussite</translation>
    </message>
    <message>
        <source>below the minimum required on a criterion</source>
        <translation>sous le minimum requis pour un critère</translation>
    </message>
    <message>
        <source>not among the candidates invited under the best-N rule</source>
        <translation>ne figure pas parmi les candidats invités selon la règle des N meilleurs</translation>
    </message>
    <message>
        <source>{file} ({pages} pages)</source>
        <translation>{file} ({pages} pages)</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>{name}: {n} of {expected} members submitted</source>
        <translation>{name} : {n} membres sur {expected} ont transmis leur évaluation</translation>
    </message>
    <message>
        <source>{kind}: {where}: expected {expected}, found {found} ({detail})</source>
        <translation>{kind} : {where} : attendu {expected}, constaté {found} ({detail})</translation>
    </message>
    <message>
        <source>{kind}: {where}: expected {expected}, found {found}</source>
        <translation>{kind} : {where} : attendu {expected}, constaté {found}</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>inséré</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>réordonné</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>{action} {entity} by {actor}</source>
        <translation>{action} {entity} par {actor}</translation>
    </message>
    <message>
        <source>content hidden from this login</source>
        <translation>contenu masqué pour cet identifiant</translation>
    </message>
    <message>
        <source>event #{seq} (id {id}, {what})</source>
        <translation>événement n° {seq} (id {id}, {what})</translation>
    </message>
    <message>
        <source>event id {id} ({action} by {actor})</source>
        <translation>événement id {id} ({action} par {actor})</translation>
    </message>
    <message>
        <source>a sequence number and a hash</source>
        <translation>un numéro d&apos;ordre et une empreinte</translation>
    </message>
    <message>
        <source>written outside the chain</source>
        <translation>écrit hors de la chaîne</translation>
    </message>
    <message>
        <source>sequence #{seq}</source>
        <translation>numéro d&apos;ordre {seq}</translation>
    </message>
    <message>
        <source>#{seq} again</source>
        <translation>de nouveau le n° {seq}</translation>
    </message>
    <message>
        <source>a second event with the same number</source>
        <translation>un second événement portant le même numéro</translation>
    </message>
    <message>
        <source>event {which}</source>
        <translation>événement {which}</translation>
    </message>
    <message>
        <source>the chain jumps to #{seq}</source>
        <translation>la chaîne passe directement au n° {seq}</translation>
    </message>
    <message>
        <source>the payload as written, or a purge event recording its redaction</source>
        <translation>le contenu tel qu&apos;écrit, ou un événement de purge consignant son expurgation</translation>
    </message>
    <message>
        <source>a redacted payload whose header was changed</source>
        <translation>un contenu expurgé dont l&apos;en-tête a été modifié</translation>
    </message>
    <message>
        <source>a redacted payload that no purge recorded</source>
        <translation>un contenu expurgé qu&apos;aucune purge n&apos;a consigné</translation>
    </message>
    <message>
        <source>redacted outside a retention purge</source>
        <translation>expurgé en dehors d&apos;une purge de conservation</translation>
    </message>
    <message>
        <source>event id {id} ({action} {entity})</source>
        <translation>événement id {id} ({action} {entity})</translation>
    </message>
    <message>
        <source>position #{seq}</source>
        <translation>position n° {seq}</translation>
    </message>
    <message>
        <source>events were swapped or renumbered</source>
        <translation>des événements ont été intervertis ou renumérotés</translation>
    </message>
    <message>
        <source>a link to #{seq} ({hash})</source>
        <translation>un lien vers le n° {seq} ({hash})</translation>
    </message>
    <message>
        <source>{hash}, and a hash that is not its content&apos;s</source>
        <translation>{hash}, et une empreinte qui n&apos;est pas celle de son contenu</translation>
    </message>
    <message>
        <source>an event the application did not write</source>
        <translation>un événement que l&apos;application n&apos;a pas écrit</translation>
    </message>
    <message>
        <source>hash {hash} of its content</source>
        <translation>empreinte {hash} de son contenu</translation>
    </message>
    <message>
        <source>its content was edited after it was written</source>
        <translation>son contenu a été modifié après son écriture</translation>
    </message>
    <message>
        <source>previous hash {hash}</source>
        <translation>empreinte précédente {hash}</translation>
    </message>
    <message>
        <source>the link to the event before it is broken</source>
        <translation>le lien avec l&apos;événement précédent est rompu</translation>
    </message>
    <message>
        <source>events #{first}–#{last}</source>
        <translation>événements n° {first} à {last}</translation>
    </message>
    <message>
        <source>the chain to end at #{seq}</source>
        <translation>une chaîne se terminant au n° {seq}</translation>
    </message>
    <message>
        <source>it ends at #{seq}</source>
        <translation>elle se termine au n° {seq}</translation>
    </message>
    <message>
        <source>events appended outside the application</source>
        <translation>des événements ajoutés en dehors de l&apos;application</translation>
    </message>
    <message>
        <source>the last events were removed</source>
        <translation>les derniers événements ont été supprimés</translation>
    </message>
    <message>
        <source>the last event #{seq}</source>
        <translation>le dernier événement n° {seq}</translation>
    </message>
    <message>
        <source>hash {hash}</source>
        <translation>empreinte {hash}</translation>
    </message>
    <message>
        <source>the end of the chain was rewritten</source>
        <translation>la fin de la chaîne a été réécrite</translation>
    </message>
    <message>
        <source>every event</source>
        <translation>tous les événements</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} événements</translation>
    </message>
    <message>
        <source>{pct} % of the maximum total</source>
        <translation>{pct} % du total maximal</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>{lo}–{hi} points per criterion, N/A allowed (left out of the mean)</source>
        <translation>{lo} à {hi} points par critère, « sans objet » admis (exclu de la moyenne)</translation>
    </message>
    <message>
        <source>Pass mark (preselection)</source>
        <translation>Seuil de réussite (présélection)</translation>
    </message>
    <message>
        <source>Pass mark (interview)</source>
        <translation>Seuil de réussite (entretien)</translation>
    </message>
    <message>
        <source>Best N invited</source>
        <translation>N meilleurs invités</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Tie-break order</source>
        <translation>Ordre de départage</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>aucun déclaré</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <source>Divergence flag</source>
        <translation>Signalement des divergences</translation>
    </message>
    <message>
        <source>members {apart}</source>
        <translation>notes des membres présentant {apart}</translation>
    </message>
    <message>
        <source>Article 29 beyond best N</source>
        <translation>Article 29 au-delà des N meilleurs</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Final ranking</source>
        <translation>Classement final</translation>
    </message>
    <message>
        <source>Interview – invited to interview; assessment in progress</source>
        <translation>Entretien – invité(e) à l&apos;entretien ; évaluation en cours</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandé(e)</translation>
    </message>
    <message>
        <source>reserve list until {day}</source>
        <translation>liste de réserve jusqu&apos;au {day}</translation>
    </message>
    <message>
        <source>passed the interview; the outcome is not decided yet</source>
        <translation>a réussi l&apos;entretien ; la suite n&apos;est pas encore décidée</translation>
    </message>
    <message>
        <source>not retained: {reason}</source>
        <translation>non retenu(e) : {reason}</translation>
    </message>
    <message>
        <source>Interview – {outcome}</source>
        <translation>Entretien – {outcome}</translation>
    </message>
    <message>
        <source>{stage} (interview total {total})</source>
        <translation>{stage} (total de l&apos;entretien {total})</translation>
    </message>
    <message>
        <source>{stage} (interview total {total}, pass mark {mark})</source>
        <translation>{stage} (total de l&apos;entretien {total}, seuil de réussite {mark})</translation>
    </message>
    <message>
        <source>Eligibility – excluded from the assessment: {reason}</source>
        <translation>Admissibilité – exclu(e) de l&apos;évaluation : {reason}</translation>
    </message>
    <message>
        <source>Eligibility – excluded from the assessment</source>
        <translation>Admissibilité – exclu(e) de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Eligibility – not eligible</source>
        <translation>Admissibilité – non admissible</translation>
    </message>
    <message>
        <source>Eligibility – being verified</source>
        <translation>Admissibilité – en cours de vérification</translation>
    </message>
    <message>
        <source>Preselection – assessment in progress</source>
        <translation>Présélection – évaluation en cours</translation>
    </message>
    <message>
        <source>Preselection – invited to interview</source>
        <translation>Présélection – invité(e) à l&apos;entretien</translation>
    </message>
    <message>
        <source>Preselection – passed (the shortlist is not final yet)</source>
        <translation>Présélection – réussie (la liste restreinte n&apos;est pas encore définitive)</translation>
    </message>
    <message>
        <source>Preselection – {reason}; the shortlist is not final yet</source>
        <translation>Présélection – {reason} ; la liste restreinte n&apos;est pas encore définitive</translation>
    </message>
    <message>
        <source>Preselection – not invited: {reason}</source>
        <translation>Présélection – non invité(e) : {reason}</translation>
    </message>
    <message>
        <source>assessment in progress</source>
        <translation>évaluation en cours</translation>
    </message>
    <message>
        <source>invited to interview</source>
        <translation>invité(e) à l&apos;entretien</translation>
    </message>
    <message>
        <source>passed (the shortlist is not final yet)</source>
        <translation>réussie (la liste restreinte n&apos;est pas encore définitive)</translation>
    </message>
    <message>
        <source>not invited: {reason}</source>
        <translation>non invité(e) : {reason}</translation>
    </message>
    <message>
        <source>not yet decided by the panel</source>
        <translation>pas encore tranché par le comité</translation>
    </message>
    <message>
        <source>Interview – {title}</source>
        <translation>Entretien – {title}</translation>
    </message>
    <message>
        <source>Criteria where members are {apart} are flagged for discussion.</source>
        <translation>Les critères sur lesquels les notes des membres présentent {apart} sont signalés pour discussion.</translation>
    </message>
    <message>
        <source>Consensus: a mark agreed in the meeting on every criterion; a consensus departing from the members&apos; mean by more than 0.5 carries a justification.</source>
        <translation>Consensus : une note arrêtée en réunion pour chaque critère ; un consensus s&apos;écartant de plus de 0,5 de la moyenne des membres est motivé.</translation>
    </message>
    <message>
        <source>Mean of the members&apos; marks (N/A left out); a consensus mark agreed in the meeting replaces the mean where recorded, with a justification when it departs from the mean by more than 0.5.</source>
        <translation>Moyenne des notes des membres (hors « sans objet ») ; une note de consensus arrêtée en réunion remplace la moyenne lorsqu&apos;elle est consignée, avec une motivation si elle s&apos;écarte de la moyenne de plus de 0,5.</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>aucun motif enregistré</translation>
    </message>
    <message>
        <source>Minority view: {view}</source>
        <translation>Avis minoritaire : {view}</translation>
    </message>
    <message>
        <source>Interview – {measure}</source>
        <translation>Entretien – {measure}</translation>
    </message>
    <message>
        <source>All criteria – Krippendorff&apos;s α (ordinal)</source>
        <translation>Tous les critères – α de Krippendorff (ordinal)</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>{n} unités</translation>
    </message>
    <message>
        <source>All criteria – ICC(2,k)</source>
        <translation>Tous les critères – ICC(2,k)</translation>
    </message>
    <message>
        <source>agreement of the mean mark (two-way random, absolute)</source>
        <translation>concordance de la note moyenne (modèle aléatoire à deux facteurs, accord absolu)</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>non calculé</translation>
    </message>
    <message>
        <source>every criterion</source>
        <translation>tous les critères</translation>
    </message>
    <message>
        <source>Per criterion – α, ICC(2,k)</source>
        <translation>Par critère – α, ICC(2,k)</translation>
    </message>
    <message>
        <source>not computed for {which}: {note}</source>
        <translation>non calculé pour {which} : {note}</translation>
    </message>
    <message>
        <source>No scenario checked changes the invited list (each member&apos;s marks left out in turn; each weight one point higher or lower).</source>
        <translation>Aucun des scénarios examinés ne modifie la liste des invités (notes de chaque membre écartées tour à tour ; chaque pondération augmentée ou diminuée d&apos;un point).</translation>
    </message>
    <message>
        <source>valid until {day}</source>
        <translation>valable jusqu&apos;au {day}</translation>
    </message>
    <message>
        <source>{weight} × {stage}</source>
        <translation>{weight} × {stage}</translation>
    </message>
    <message>
        <source>final total {total} ({how})</source>
        <translation>total final {total} ({how})</translation>
    </message>
    <message>
        <source>not recorded (panel-app meetings published --date YYYY-MM-DD, or the Panel page, Meetings)</source>
        <translation>non consignée (panel-app meetings published --date AAAA-MM-JJ, ou la page Comité, Réunions)</translation>
    </message>
    <message>
        <source>NO: the grid is not sealed.</source>
        <translation>NON : la grille n&apos;est pas scellée.</translation>
    </message>
    <message>
        <source>NO: a mark was recorded at {mark}, before the seal at {seal}.</source>
        <translation>NON : une note a été enregistrée le {mark}, avant le scellement du {seal}.</translation>
    </message>
    <message>
        <source>Yes: sealed {seal}; the first mark was recorded {mark}. The application shows no application to a member before the seal and the member&apos;s declaration.</source>
        <translation>Oui : scellée le {seal} ; la première note a été enregistrée le {mark}. L&apos;application n&apos;affiche aucune candidature à un membre avant le scellement et la déclaration de ce membre.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune à ce jour)</translation>
    </message>
    <message>
        <source>Yes: all {n} voting members signed the declaration of confidentiality and absence of conflict before assessing.</source>
        <translation>Oui : les {n} membres ayant droit de vote ont tous signé la déclaration de confidentialité et d&apos;absence de conflit d&apos;intérêts avant l&apos;évaluation.</translation>
    </message>
    <message>
        <source>NO: not signed by {names}.</source>
        <translation>NON : non signée par {names}.</translation>
    </message>
    <message>
        <source>Yes: every criterion of the {n} assessed applications was decided by {deciders}.</source>
        <translation>Oui : chaque critère des {n} candidatures évaluées a été tranché par {deciders}.</translation>
    </message>
    <message>
        <source>NO: {n} assessed application(s) still have undecided criteria, e.g. {name}.</source>
        <translation>NON : {n} candidature(s) évaluée(s) comportent encore des critères non tranchés, par exemple {name}.</translation>
    </message>
    <message>
        <source>No criterion had members {apart}.</source>
        <translation>Sur aucun critère les notes des membres ne présentaient {apart}.</translation>
    </message>
    <message>
        <source>{n} divergent cell(s) ({apart}) were flagged for discussion; {agreed} settled by a consensus mark, {kept} kept at the members&apos; mean after discussion.</source>
        <translation>{n} note(s) divergente(s) ({apart}) ont été signalées pour discussion ; {agreed} réglée(s) par une note de consensus, {kept} maintenue(s) à la moyenne des membres après discussion.</translation>
    </message>
    <message>
        <source>{weight} × {stage} total</source>
        <translation>{weight} × total ({stage})</translation>
    </message>
    <message>
        <source>Final ranking on the combined total ({how}), divided by the sum of the weights</source>
        <translation>Classement final sur le total combiné ({how}), divisé par la somme des pondérations</translation>
    </message>
    <message>
        <source>Final ranking on the interview total alone</source>
        <translation>Classement final sur le seul total de l&apos;entretien</translation>
    </message>
    <message>
        <source>interview pass mark {mark} % of the maximum</source>
        <translation>seuil de réussite de l&apos;entretien {mark} % du maximum</translation>
    </message>
    <message>
        <source>no interview pass mark</source>
        <translation>pas de seuil de réussite pour l&apos;entretien</translation>
    </message>
    <message>
        <source>minimum {minimums}</source>
        <translation>minimum {minimums}</translation>
    </message>
    <message>
        <source>{method}. Equal final totals share a place: the final ranking has no tie-break.</source>
        <translation>{method}. Des totaux finaux égaux partagent un même rang : le classement final ne prévoit pas de départage.</translation>
    </message>
    <message>
        <source>Place {rank} is shared by {names}: equal final totals ({totals}); the final ranking declares no tie-break, so the place is shared.</source>
        <translation>Le rang {rank} est partagé par {names} : totaux finaux égaux ({totals}) ; le classement final ne prévoit pas de départage, le rang est donc partagé.</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>admissible</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>non admissible</translation>
    </message>
    <message>
        <source>to verify</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>No candidate is invited yet.</source>
        <translation>Aucun candidat n&apos;est encore invité.</translation>
    </message>
    <message>
        <source>NOT decided for {n} of {invited} invited candidates: {which}. Decisions recorded so far by {who}.</source>
        <translation>NON tranchée pour {n} des {invited} candidats invités : {which}. Décisions consignées à ce jour par {who}.</translation>
    </message>
    <message>
        <source>Decided by a person on every eligibility criterion for all {invited} invited candidates, by {who} (last decision {last}).</source>
        <translation>Tranchée par une personne sur chaque critère d&apos;admissibilité pour les {invited} candidats invités, par {who} (dernière décision le {last}).</translation>
    </message>
    <message>
        <source>eligibility: {outcome}</source>
        <translation>admissibilité : {outcome}</translation>
    </message>
    <message>
        <source>excluded at eligibility</source>
        <translation>exclu(e) au stade de l&apos;admissibilité</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} par {who}</translation>
    </message>
    <message>
        <source>NOT SEALED</source>
        <translation>NON SCELLÉE</translation>
    </message>
    <message>
        <source>reason for the change: {reason}</source>
        <translation>motif de la modification : {reason}</translation>
    </message>
    <message>
        <source>not yet frozen</source>
        <translation>pas encore gelée</translation>
    </message>
    <message>
        <source>the live ranking no longer matches the frozen list: the chair freezes it again, with a reason, and every member signs again</source>
        <translation>le classement actuel ne correspond plus à la liste gelée : le président la gèle à nouveau, avec un motif, et chaque membre signe à nouveau</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invité(e)</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>non invité(e)</translation>
    </message>
    <message>
        <source>below pass mark</source>
        <translation>sous le seuil de réussite</translation>
    </message>
    <message>
        <source>below minimum</source>
        <translation>sous le minimum</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>{code}: agreed {mark} – justification in the table.</source>
        <translation>{code} : note arrêtée {mark} – motivation dans le tableau.</translation>
    </message>
    <message>
        <source>{code}: agreed {mark} – no justification needed.</source>
        <translation>{code} : note arrêtée {mark} – aucune motivation requise.</translation>
    </message>
    <message>
        <source>{code}: agreed {mark} (members&apos; mean {mean}) – justification in the table.</source>
        <translation>{code} : note arrêtée {mark} (moyenne des membres {mean}) – motivation dans le tableau.</translation>
    </message>
    <message>
        <source>{code}: agreed {mark} (members&apos; mean {mean}) – no justification needed.</source>
        <translation>{code} : note arrêtée {mark} (moyenne des membres {mean}) – aucune motivation requise.</translation>
    </message>
    <message>
        <source>not shown: the person generating this report declared a conflict on this candidate</source>
        <translation>non affiché : la personne qui établit ce rapport a déclaré un conflit d&apos;intérêts concernant ce candidat</translation>
    </message>
    <message>
        <source>pending: {n} of {expected} members have submitted</source>
        <translation>en attente : {n} membres sur {expected} ont transmis leur évaluation</translation>
    </message>
    <message>
        <source>no such row in the audit record</source>
        <translation>aucune ligne de ce type dans le registre d&apos;audit</translation>
    </message>
    <message>
        <source>written outside the application</source>
        <translation>écrit en dehors de l&apos;application</translation>
    </message>
    <message>
        <source>the row was deleted</source>
        <translation>la ligne a été supprimée</translation>
    </message>
</context>
<context>
    <name>RecordsActions</name>
    <message>
        <source>ARCHIVE, READ-ONLY: {0} ({1}), verified against its manifest and its audit chain. Nothing can be changed here.</source>
        <translation>ARCHIVE, LECTURE SEULE : {0} ({1}), vérifiée d&apos;après son manifeste et sa chaîne d&apos;audit. Rien ne peut être modifié ici.</translation>
    </message>
    <message>
        <source>{0} is CLOSED (by {1} on {2}: {3}). It is read-only: nothing can be changed.</source>
        <translation>{0} est CLÔTURÉE (par {1} le {2} : {3}). Elle est en lecture seule : rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>Open a procedure first.</source>
        <translation>Ouvrez d&apos;abord une procédure.</translation>
    </message>
    <message>
        <source>Archive procedure</source>
        <translation>Archiver la procédure</translation>
    </message>
    <message>
        <source>panel_app archive (*.panelarchive)</source>
        <translation>Archive panel_app (*.panelarchive)</translation>
    </message>
    <message>
        <source>Procedure archived</source>
        <translation>Procédure archivée</translation>
    </message>
    <message>
        <source>Wrote {0} ({1} bytes).
Reports: {2}.
{3}</source>
        <translation>Écrit : {0} ({1} octets).
Rapports : {2}.
{3}</translation>
    </message>
    <message>
        <source>

Not included:</source>
        <translation>

Non inclus :</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>Ouvrir une archive</translation>
    </message>
    <message>
        <source>panel_app archive (*.panelarchive);;All files (*)</source>
        <translation>Archive panel_app (*.panelarchive);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Close procedure</source>
        <translation>Clôturer la procédure</translation>
    </message>
    <message>
        <source>Reason for closing {0} (recorded in the audit trail):</source>
        <translation>Motif de la clôture de {0} (enregistré dans la piste d&apos;audit) :</translation>
    </message>
    <message>
        <source>Close {0}? It becomes read-only: no mark, decision, member or setting can change after. Its archive must hold its current state.</source>
        <translation>Clôturer {0} ? Elle passe en lecture seule : aucune note, décision, aucun membre ni paramètre ne pourra plus changer. Son archive doit contenir son état actuel.</translation>
    </message>
    <message>
        <source>Procedure closed</source>
        <translation>Procédure clôturée</translation>
    </message>
    <message>
        <source>{0} was closed by {1} on {2}. It is read-only from now on.</source>
        <translation>{0} a été clôturée par {1} le {2}. Elle est désormais en lecture seule.</translation>
    </message>
</context>
<context>
    <name>Reopen</name>
    <message>
        <source>Select a candidate first.</source>
        <translation>Sélectionnez d&apos;abord un candidat.</translation>
    </message>
    <message>
        <source>Reopen an assessment</source>
        <translation>Rouvrir une évaluation</translation>
    </message>
    <message>
        <source>Whose submitted assessment of {email} should be reopened?</source>
        <translation>Quelle évaluation soumise de {email} faut-il rouvrir ?</translation>
    </message>
    <message>
        <source>The reason (required; it is recorded in the audit trail):</source>
        <translation>Le motif (obligatoire ; il est consigné dans la piste d&apos;audit) :</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Shortlist</source>
        <translation>Liste restreinte</translation>
    </message>
    <message>
        <source>The candidates invited to interview, their marks per criterion, the Art. 29 category, the rule that cut the list, and the signatures. DRAFT until frozen.</source>
        <translation>Les candidats invités à l&apos;entretien, leurs notes par critère, la catégorie art. 29, la règle qui a arrêté la liste et les signatures. PROJET tant que la liste n&apos;est pas gelée.</translation>
    </message>
    <message>
        <source>Eligibility report</source>
        <translation>Rapport d&apos;admissibilité</translation>
    </message>
    <message>
        <source>Every application with its intake flags, the outcome per eligibility criterion with the reasons, and the counts.</source>
        <translation>Chaque candidature avec ses signalements de réception, le résultat par critère d&apos;admissibilité avec les motifs, et les décomptes.</translation>
    </message>
    <message>
        <source>Candidate sheets</source>
        <translation>Fiches des candidats</translation>
    </message>
    <message>
        <source>One page per candidate: final mark per criterion, consensus justifications. The chair may add the individual marks (panel internal copy).</source>
        <translation>Une page par candidat : note finale par critère, justifications du consensus. Le président peut ajouter les notes individuelles (copie interne au comité).</translation>
    </message>
    <message>
        <source>Panel report</source>
        <translation>Rapport du comité</translation>
    </message>
    <message>
        <source>The minutes: composition, declarations, sealed grid and hash, intake counts, eligibility, marks and consensus, shortlist rule, interviews, reserve list.</source>
        <translation>Le procès-verbal : composition, déclarations, grille scellée et empreinte, décomptes de réception, admissibilité, notes et consensus, règle de la liste restreinte, entretiens, liste de réserve.</translation>
    </message>
    <message>
        <source>Candidate extract</source>
        <translation>Extrait pour le candidat</translation>
    </message>
    <message>
        <source>For a candidate&apos;s data access request: their own data, eligibility result, final marks, total, pass mark and stage reached — nothing else.</source>
        <translation>Pour la demande d&apos;accès d&apos;un candidat à ses données : ses propres données, le résultat d&apos;admissibilité, les notes finales, le total, le seuil de réussite et la phase atteinte — rien d&apos;autre.</translation>
    </message>
    <message>
        <source>candidate e-mail address</source>
        <translation>adresse électronique du candidat</translation>
    </message>
    <message>
        <source>Preselection</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Include individual members&apos; marks
(panel internal copy; chair only)</source>
        <translation>Inclure les notes individuelles des membres
(copie interne au comité ; président uniquement)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Rapports&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your role may not generate this report.</source>
        <translation>Votre rôle ne permet pas de générer ce rapport.</translation>
    </message>
    <message>
        <source>Open a procedure first.</source>
        <translation>Ouvrez d&apos;abord une procédure.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <source>{name}: {pages} pages, {size} KB.</source>
        <translation>{name} : {pages} pages, {size} Ko.</translation>
    </message>
    <message>
        <source>Not generated.</source>
        <translation>Non généré.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path} : {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exporté vers {path}.</translation>
    </message>
    <message>
        <source>Sent {n} pages to the printer.</source>
        <translation>{n} pages envoyées à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>RulesForm</name>
    <message>
        <source>Shortlist rules</source>
        <translation>Règles de la liste restreinte</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>pas de limite</translation>
    </message>
    <message>
        <source>Mean of the members&apos; marks</source>
        <translation>Moyenne des notes des membres</translation>
    </message>
    <message>
        <source>Consensus required</source>
        <translation>Consensus requis</translation>
    </message>
    <message>
        <source>Art. 29 candidates who pass bypass the best-N cut</source>
        <translation>Les candidats art. 29 qui réussissent échappent à la limite des N meilleurs</translation>
    </message>
    <message>
        <source>Interview only</source>
        <translation>Entretien uniquement</translation>
    </message>
    <message>
        <source>Combined with preselection</source>
        <translation>Combiné avec la présélection</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Monter</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Descendre</translation>
    </message>
    <message>
        <source>Apply rules</source>
        <translation>Appliquer les règles</translation>
    </message>
    <message>
        <source>Pass mark, preselection (%)</source>
        <translation>Seuil de réussite, présélection (%)</translation>
    </message>
    <message>
        <source>Pass mark, interview (%)</source>
        <translation>Seuil de réussite, entretien (%)</translation>
    </message>
    <message>
        <source>Invite the best N</source>
        <translation>Inviter les N meilleurs</translation>
    </message>
    <message>
        <source>Final mark per criterion</source>
        <translation>Note finale par critère</translation>
    </message>
    <message>
        <source>Divergence flag at (points)</source>
        <translation>Signalement d&apos;écart à partir de (points)</translation>
    </message>
    <message>
        <source>Final ranking</source>
        <translation>Classement final</translation>
    </message>
    <message>
        <source>Tie-break order (higher final mark on the first, then the next):</source>
        <translation>Ordre de départage (note finale la plus élevée sur le premier, puis le suivant) :</translation>
    </message>
</context>
<context>
    <name>ScoringGateBox</name>
    <message>
        <source>Scoring gate</source>
        <translation>Accès à la notation</translation>
    </message>
    <message>
        <source>Eligibility first (default): only candidates decided eligible are scored</source>
        <translation>Admissibilité d&apos;abord (par défaut) : seuls les candidats déclarés admissibles sont notés</translation>
    </message>
    <message>
        <source>Score while checking: everyone is scored until decided not eligible</source>
        <translation>Noter pendant la vérification : chacun est noté jusqu&apos;à ce qu&apos;il soit déclaré non admissible</translation>
    </message>
    <message>
        <source>Members assess only the candidates whose eligibility a person has decided</source>
        <translation>Les membres n&apos;évaluent que les candidats dont l&apos;admissibilité a été décidée par une personne</translation>
    </message>
    <message>
        <source>For very large procedures. Members assess every candidate; one decided not eligible leaves the queues. The freeze still needs everyone it invites decided eligible.</source>
        <translation>Pour les très grandes procédures. Les membres évaluent tous les candidats ; un candidat déclaré non admissible quitte les files d&apos;attente. Le gel exige toujours que toute personne invitée ait été déclarée admissible.</translation>
    </message>
    <message>
        <source>Scoring gate: eligibility first</source>
        <translation>Accès à la notation : admissibilité d&apos;abord</translation>
    </message>
    <message>
        <source>Scoring gate: score while checking</source>
        <translation>Accès à la notation : noter pendant la vérification</translation>
    </message>
    <message>
        <source>Fixed: scoring has started (the first mark was given), so the gate cannot change.</source>
        <translation>Figé : la notation a commencé (la première note a été donnée), l&apos;accès ne peut donc plus changer.</translation>
    </message>
    <message>
        <source>Only the chair or the secretary may change it, until the first mark is given.</source>
        <translation>Seul le président ou le secrétaire peut le modifier, jusqu&apos;à ce que la première note soit donnée.</translation>
    </message>
    <message>
        <source>Can be changed until the first mark is given.</source>
        <translation>Modifiable jusqu&apos;à ce que la première note soit donnée.</translation>
    </message>
    <message>
        <source>Every candidate not decided &quot;not eligible&quot; enters the members&apos; scoring queues now, before a person has decided their eligibility. The freeze will still need every candidate it invites, every candidate tied at the cut and every Article 29 candidate decided eligible.</source>
        <translation>Tout candidat non déclaré « non admissible » entre maintenant dans les files de notation des membres, avant qu&apos;une personne ait statué sur son admissibilité. Le gel exigera toujours que chaque candidat invité, chaque candidat ex æquo au seuil et chaque candidat relevant de l&apos;article 29 ait été déclaré admissible.</translation>
    </message>
    <message>
        <source>Only the candidates a person has decided eligible stay in the members&apos; scoring queues; the others leave them until their eligibility is decided.</source>
        <translation>Seuls les candidats déclarés admissibles par une personne restent dans les files de notation des membres ; les autres en sortent jusqu&apos;à ce que leur admissibilité soit décidée.</translation>
    </message>
    <message>
        <source>Change the scoring gate?

{0}

The gate is fixed once the first mark is given. The change is recorded in the audit trail.</source>
        <translation>Modifier l&apos;accès à la notation ?

{0}

L&apos;accès est figé dès que la première note est donnée. La modification est consignée dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Change the scoring gate</source>
        <translation>Modifier l&apos;accès à la notation</translation>
    </message>
    <message>
        <source>Not changed.</source>
        <translation>Non modifié.</translation>
    </message>
    <message>
        <source>Changed at {0}: {1}.</source>
        <translation>Modifié le {0} : {1}.</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Preselection (the written applications)</source>
        <translation>Présélection (les candidatures écrites)</translation>
    </message>
    <message>
        <source>Interview (the invited candidates)</source>
        <translation>Entretien (les candidats invités)</translation>
    </message>
    <message>
        <source>The stage you score: the same workbench and rules, the stage&apos;s own criteria</source>
        <translation>La phase que vous notez : même espace de travail et mêmes règles, critères propres à la phase</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase :</translation>
    </message>
    <message>
        <source>Not complete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>{email} cannot be submitted yet: no mark on {criteria}.

Give a mark (0–4) or N/A (N) on each criterion.</source>
        <translation>{email} ne peut pas encore être soumis : aucune note pour {criteria}.

Donnez une note (0–4) ou S.O. (N) pour chaque critère.</translation>
    </message>
    <message>
        <source>Hidden: you declared a conflict of interest on this candidate.</source>
        <translation>Masqué : vous avez déclaré un conflit d&apos;intérêts pour ce candidat.</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>Open a procedure first.</source>
        <translation>Ouvrez d&apos;abord une procédure.</translation>
    </message>
    <message>
        <source>Export my score sheet</source>
        <translation>Exporter ma feuille de notation</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import a score sheet</source>
        <translation>Importer une feuille de notation</translation>
    </message>
    <message>
        <source>Score sheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Feuilles de notation (*.xlsx *.csv);;Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Score sheet exported</source>
        <translation>Feuille de notation exportée</translation>
    </message>
    <message>
        <source>Wrote {file}: {candidates} candidates × {criteria} criteria.

Fill in the value column (0–4 or NA), then use Scores ▸ Import a score sheet.</source>
        <translation>{file} écrit : {candidates} candidats × {criteria} critères.

Remplissez la colonne value (0–4 ou NA), puis utilisez Notes ▸ Importer une feuille de notation.</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation>{n} inchangée(s)</translation>
    </message>
    <message>
        <source>{n} rows without a value skipped</source>
        <translation>{n} ligne(s) sans valeur ignorée(s)</translation>
    </message>
    <message>
        <source>Score sheet imported</source>
        <translation>Feuille de notation importée</translation>
    </message>
    <message>
        <source>Applied {n} marks from {file}.</source>
        <translation>{n} note(s) appliquée(s) depuis {file}.</translation>
    </message>
    <message>
        <source>panel_app — score sheet not imported</source>
        <translation>panel_app — feuille de notation non importée</translation>
    </message>
    <message>
        <source>… and {n} more (Show Details).</source>
        <translation>… et {n} de plus (Afficher les détails).</translation>
    </message>
    <message>
        <source>&amp;Scores</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Export my score sheet…</source>
        <translation>Exporter ma feuille de notation…</translation>
    </message>
    <message>
        <source>Import a score sheet…</source>
        <translation>Importer une feuille de notation…</translation>
    </message>
</context>
<context>
    <name>SheetMaths</name>
    <message>
        <source>Total {total} / 100 · {done}/{n} marked</source>
        <translation>Total {total} / 100 · {done}/{n} notés</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
</context>
<context>
    <name>ShortlistGates</name>
    <message>
        <source>Freeze the shortlist with {n} candidate(s) invited to the interview: {names}?

Rule: {rule}.
The frozen list is the one the voting members sign off and the interview stage follows.</source>
        <translation>Geler la liste restreinte avec {n} candidat(s) invité(s) à l&apos;entretien : {names} ?

Règle : {rule}.
La liste gelée est celle que les membres votants valident et que suit la phase d&apos;entretien.</translation>
    </message>
    <message>
        <source>The list frozen at {when} by {who} is replaced: its {n} sign-off(s) are void and every member signs again. A reason is recorded.</source>
        <translation>La liste gelée le {when} par {who} est remplacée : ses {n} validation(s) sont annulée(s) et chaque membre signe de nouveau. Un motif est consigné.</translation>
    </message>
    <message>
        <source>Tied at the cut-off (all invited): {names}.</source>
        <translation>Ex æquo au seuil (tous invités) : {names}.</translation>
    </message>
    <message>
        <source>The live ranking no longer matches the frozen list</source>
        <translation>Le classement actuel ne correspond plus à la liste gelée</translation>
    </message>
    <message>
        <source>no sign-off until the chair freezes it again with a reason:</source>
        <translation>aucune signature tant que le président ne l&apos;a pas gelée à nouveau, motif à l&apos;appui :</translation>
    </message>
    <message>
        <source>Changed since the freeze:</source>
        <translation>Modifié depuis le gel :</translation>
    </message>
    <message>
        <source>{member}, sign off the shortlist frozen at {when} by {who}, which invites {n} candidate(s): {names}?

Your sign-off is recorded with the time and the audit trail. It stands until the chair changes or reopens the list, which voids every sign-off.</source>
        <translation>{member}, valider la liste restreinte gelée le {when} par {who}, qui invite {n} candidat(s) : {names} ?

Votre validation est consignée avec l&apos;heure et la piste d&apos;audit. Elle vaut jusqu&apos;à ce que le président modifie ou rouvre la liste, ce qui annule toutes les validations.</translation>
    </message>
    <message>
        <source>Admit {candidate} (application {id}, received {received}) to scoring?

The shortlist frozen at {when} is reopened: its {n} sign-off(s) are void. Once the candidate is decided eligible and scored, the list is frozen and signed again.

Reason (recorded and audited):</source>
        <translation>Admettre {candidate} (candidature {id}, reçue {received}) à la notation ?

La liste restreinte gelée le {when} est rouverte : ses {n} validation(s) sont annulée(s). Une fois le candidat déclaré admissible et noté, la liste est de nouveau gelée et signée.

Motif (consigné et audité) :</translation>
    </message>
    <message>
        <source>Record {candidate} (application {id}, received {received}) as out of scope?

It never enters scoring; the frozen list and its sign-offs stand.

Reason (recorded and audited):</source>
        <translation>Consigner {candidate} (candidature {id}, reçue {received}) comme hors champ ?

La candidature n&apos;entre jamais dans la notation ; la liste gelée et ses validations restent valables.

Motif (consigné et audité) :</translation>
    </message>
</context>
<context>
    <name>ShortlistModel</name>
    <message>
        <source>generated: {reason}</source>
        <translation>généré : {reason}</translation>
    </message>
    <message>
        <source>The interview follows the frozen shortlist.</source>
        <translation>L&apos;entretien suit la liste restreinte gelée.</translation>
    </message>
</context>
<context>
    <name>ShortlistPage</name>
    <message>
        <source>Freeze shortlist</source>
        <translation>Geler la liste restreinte</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Freeze the list the members sign (asks for confirmation; a change needs a reason and voids the sign-offs)</source>
        <translation>Geler la liste que les membres signent (demande confirmation ; un changement doit être motivé et annule les validations)</translation>
    </message>
    <message>
        <source>Sign off the frozen list (asks for confirmation)</source>
        <translation>Valider la liste gelée (demande confirmation)</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>Reserve list</source>
        <translation>Liste de réserve</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Consigner le résultat</translation>
    </message>
    <message>
        <source>Selected candidate:</source>
        <translation>Candidat sélectionné :</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>After the interview: final ranking, recommended candidates and reserve list</source>
        <translation>Après l&apos;entretien : classement final, candidats recommandés et liste de réserve</translation>
    </message>
    <message>
        <source>&lt;b&gt;Article 29 priority candidates&lt;/b&gt; (considered first)</source>
        <translation>&lt;b&gt;Candidats prioritaires au titre de l&apos;article 29&lt;/b&gt; (examinés en premier)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ranked candidates&lt;/b&gt; (double-click a reason to reword it — chair)</source>
        <translation>&lt;b&gt;Candidats classés&lt;/b&gt; (double-cliquez sur un motif pour le reformuler — président)</translation>
    </message>
    <message>
        <source>Sign in as a panel member to see the shortlist.</source>
        <translation>Connectez-vous en tant que membre du comité pour voir la liste restreinte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rule:&lt;/b&gt; {rule}.</source>
        <translation>&lt;b&gt;Règle :&lt;/b&gt; {rule}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tied at the cut-off&lt;/b&gt; (all invited): {names}</source>
        <translation>&lt;b&gt;Ex æquo au seuil&lt;/b&gt; (tous invités) : {names}</translation>
    </message>
    <message>
        <source>No tie at the cut-off.</source>
        <translation>Aucun ex æquo au seuil.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Robustness:&lt;/b&gt; {findings}</source>
        <translation>&lt;b&gt;Robustesse :&lt;/b&gt; {findings}</translation>
    </message>
    <message>
        <source>no single member&apos;s marks nor a weight ±1 changes the list.</source>
        <translation>ni les notes d&apos;un seul membre ni une pondération ±1 ne modifient la liste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Frozen&lt;/b&gt; {when} by {who}</source>
        <translation>&lt;b&gt;Gelée&lt;/b&gt; le {when} par {who}</translation>
    </message>
    <message>
        <source> (change: {reason})</source>
        <translation> (changement : {reason})</translation>
    </message>
    <message>
        <source>the live ranking no longer matches the frozen list</source>
        <translation>le classement actuel ne correspond plus à la liste gelée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not frozen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Non gelée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{state} · {invited} invited · {others}</source>
        <translation>{state} · {invited} invité(s) · {others}</translation>
    </message>
    <message>
        <source>no one else</source>
        <translation>personne d&apos;autre</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne encore</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed off:&lt;/b&gt; {signed} · &lt;b&gt;to sign:&lt;/b&gt; {missing}</source>
        <translation>&lt;b&gt;Validée par :&lt;/b&gt; {signed} · &lt;b&gt;à signer :&lt;/b&gt; {missing}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed off:&lt;/b&gt; {signed}</source>
        <translation>&lt;b&gt;Validée par :&lt;/b&gt; {signed}</translation>
    </message>
    <message>
        <source>Change frozen list…</source>
        <translation>Modifier la liste gelée…</translation>
    </message>
    <message>
        <source>Method: {method}</source>
        <translation>Méthode : {method}</translation>
    </message>
    <message>
        <source>Shown once the interview assessments are submitted.</source>
        <translation>Affiché une fois les évaluations d&apos;entretien soumises.</translation>
    </message>
    <message>
        <source>Change the frozen shortlist</source>
        <translation>Modifier la liste restreinte gelée</translation>
    </message>
    <message>
        <source>Freeze the shortlist</source>
        <translation>Geler la liste restreinte</translation>
    </message>
    <message>
        <source>Not frozen.</source>
        <translation>Non gelée.</translation>
    </message>
    <message>
        <source>Reason for the change (every member signs again):</source>
        <translation>Motif du changement (chaque membre signe de nouveau) :</translation>
    </message>
    <message>
        <source>Not changed: a change of the frozen list needs a reason.</source>
        <translation>Non modifiée : un changement de la liste gelée doit être motivé.</translation>
    </message>
    <message>
        <source>Shortlist frozen at {frozen_at}: the members can now sign it off.</source>
        <translation>Liste restreinte gelée le {frozen_at} : les membres peuvent maintenant la valider.</translation>
    </message>
    <message>
        <source>Sign off the shortlist</source>
        <translation>Valider la liste restreinte</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Non signée.</translation>
    </message>
    <message>
        <source>{member} signed the shortlist at {signed_at}.</source>
        <translation>{member} a signé la liste restreinte le {signed_at}.</translation>
    </message>
    <message>
        <source>Admit an application received after the freeze</source>
        <translation>Admettre une candidature reçue après le gel</translation>
    </message>
    <message>
        <source>Record as out of scope</source>
        <translation>Consigner comme hors champ</translation>
    </message>
    <message>
        <source>Nothing recorded: a reason is required.</source>
        <translation>Rien n&apos;a été consigné : un motif est obligatoire.</translation>
    </message>
    <message>
        <source>{candidate} admitted: the shortlist is reopened and its sign-offs are void.</source>
        <translation>{candidate} admis(e) : la liste restreinte est rouverte et ses validations sont annulées.</translation>
    </message>
    <message>
        <source>{candidate} recorded as out of scope.</source>
        <translation>{candidate} consigné(e) comme hors champ.</translation>
    </message>
    <message>
        <source>Select a candidate in the final ranking first.</source>
        <translation>Sélectionnez d&apos;abord un candidat dans le classement final.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>This procedure has no panel members yet. Add the chair first on the Procedure page.</source>
        <translation>Cette procédure n&apos;a pas encore de membres du comité. Ajoutez d&apos;abord le président dans la page Procédure.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <source>The chair reset the password of {name}. Choose your own now; nobody else will know it.</source>
        <translation>Le président a réinitialisé le mot de passe de {name}. Choisissez le vôtre maintenant ; personne d&apos;autre ne le connaîtra.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Mot de passe modifié.</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Modifier mon mot de passe</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>A new password for {name}.</source>
        <translation>Un nouveau mot de passe pour {name}.</translation>
    </message>
</context>
<context>
    <name>SignInCover</name>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign in as a member of this procedure&apos;s panel</source>
        <translation>Se connecter en tant que membre du comité de cette procédure</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Start a procedure…</source>
        <translation>Lancer une procédure…</translation>
    </message>
    <message>
        <source>Create the procedure from its notice&apos;s template and add yourself as chair</source>
        <translation>Créer la procédure à partir du modèle de son avis et vous ajouter comme président</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{page}&lt;/h3&gt;&lt;p&gt;This database holds no selection procedure yet.&lt;/p&gt;&lt;p style=&apos;color:#555&apos;&gt;Start one: choose the vacancy notice&apos;s template and add yourself as the chair. Then set the panel and import the applications.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{page}&lt;/h3&gt;&lt;p&gt;Cette base de données ne contient encore aucune procédure de sélection.&lt;/p&gt;&lt;p style=&apos;color:#555&apos;&gt;Lancez-en une : choisissez le modèle de l&apos;avis de vacance et ajoutez-vous comme président. Composez ensuite le comité et importez les candidatures.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{page}&lt;/h3&gt;&lt;p&gt;Sign in to {reference} to see this page.&lt;/p&gt;&lt;p style=&apos;color:#555&apos;&gt;The applications, marks and reports of a selection procedure are confidential: they show only to a signed-in member of its panel.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{page}&lt;/h3&gt;&lt;p&gt;Connectez-vous à {reference} pour voir cette page.&lt;/p&gt;&lt;p style=&apos;color:#555&apos;&gt;Les candidatures, les notes et les rapports d&apos;une procédure de sélection sont confidentiels : ils ne s&apos;affichent que pour un membre connecté de son comité de sélection.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — {reference}</source>
        <translation>Connexion — {reference}</translation>
    </message>
    <message>
        <source>Every action is recorded under your name.</source>
        <translation>Chaque action est consignée sous votre nom.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Submission pending</source>
        <translation>Soumission en attente</translation>
    </message>
    <message>
        <source>Undo  (Ctrl+Z)</source>
        <translation>Annuler  (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Take the submission back: the candidate stays a draft</source>
        <translation>Reprendre la soumission : le candidat reste un brouillon</translation>
    </message>
    <message>
        <source>Undo the submission</source>
        <translation>Annuler la soumission</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>eligibility</source>
        <translation>admissibilité</translation>
    </message>
    <message>
        <source>preselection</source>
        <translation>présélection</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>président(e)</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secrétaire</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observateur/trice</translation>
    </message>
    <message>
        <source>voting member</source>
        <translation>membre votant</translation>
    </message>
    <message>
        <source>non-voting member</source>
        <translation>membre sans droit de vote</translation>
    </message>
    <message>
        <source>set-up</source>
        <translation>mise en place</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>not an application</source>
        <translation>pas une candidature</translation>
    </message>
    <message>
        <source>met</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>non admissible</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumise</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandé(e)</translation>
    </message>
    <message>
        <source>reserve list</source>
        <translation>liste de réserve</translation>
    </message>
    <message>
        <source>Commission official</source>
        <translation>fonctionnaire de la Commission</translation>
    </message>
    <message>
        <source>official of another institution</source>
        <translation>fonctionnaire d&apos;une autre institution</translation>
    </message>
    <message>
        <source>competition laureate</source>
        <translation>lauréat(e) d&apos;un concours</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familial</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professionnel</translation>
    </message>
    <message>
        <source>hierarchical</source>
        <translation>hiérarchique</translation>
    </message>
    <message>
        <source>financial</source>
        <translation>financier</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>eligibility first</source>
        <translation>admissibilité d&apos;abord</translation>
    </message>
    <message>
        <source>score while eligibility is checked</source>
        <translation>notation pendant la vérification de l&apos;admissibilité</translation>
    </message>
    <message>
        <source>consensus required</source>
        <translation>consensus requis</translation>
    </message>
    <message>
        <source>interview only</source>
        <translation>entretien seul</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>noté</translation>
    </message>
    <message>
        <source>pass/fail</source>
        <translation>admis/refusé</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>combiné</translation>
    </message>
    <message>
        <source>the whole procedure</source>
        <translation>toute la procédure</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>base de données SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL archive (pg_dump)</source>
        <translation>archive PostgreSQL (pg_dump)</translation>
    </message>
    <message>
        <source>decided eligible</source>
        <translation>déclaré admissible</translation>
    </message>
    <message>
        <source>offline package</source>
        <translation>paquet hors ligne</translation>
    </message>
    <message>
        <source>late</source>
        <translation>hors délai</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>sans référence</translation>
    </message>
    <message>
        <source>no attachment</source>
        <translation>sans pièce jointe</translation>
    </message>
    <message>
        <source>several documents</source>
        <translation>plusieurs documents</translation>
    </message>
    <message>
        <source>not a PDF</source>
        <translation>pas un PDF</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>scan without text</source>
        <translation>numérisation sans texte</translation>
    </message>
    <message>
        <source>read by OCR</source>
        <translation>lu par OCR</translation>
    </message>
    <message>
        <source>receipt time unknown</source>
        <translation>heure de réception inconnue</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>transféré</translation>
    </message>
    <message>
        <source>not mail or PDF</source>
        <translation>ni courriel ni PDF</translation>
    </message>
    <message>
        <source>not read (limit)</source>
        <translation>non lu (limite)</translation>
    </message>
    <message>
        <source>active content</source>
        <translation>contenu actif</translation>
    </message>
    <message>
        <source>first pages only</source>
        <translation>premières pages seulement</translation>
    </message>
    <message>
        <source>part not unpacked</source>
        <translation>partie non décompressée</translation>
    </message>
    <message>
        <source>received after the deadline</source>
        <translation>reçue après la date limite</translation>
    </message>
    <message>
        <source>the selection reference is not in the subject</source>
        <translation>la référence de la sélection ne figure pas dans l&apos;objet</translation>
    </message>
    <message>
        <source>no document attached</source>
        <translation>aucun document joint</translation>
    </message>
    <message>
        <source>not one single PDF (several documents)</source>
        <translation>pas un PDF unique (plusieurs documents)</translation>
    </message>
    <message>
        <source>a document is not a PDF</source>
        <translation>un document n&apos;est pas un PDF</translation>
    </message>
    <message>
        <source>documents were sent in an archive (zip)</source>
        <translation>les documents ont été envoyés dans une archive (zip)</translation>
    </message>
    <message>
        <source>a document is password-protected</source>
        <translation>un document est protégé par mot de passe</translation>
    </message>
    <message>
        <source>a document is damaged or unreadable</source>
        <translation>un document est endommagé ou illisible</translation>
    </message>
    <message>
        <source>a scan without a text layer: it cannot be searched, check it by eye</source>
        <translation>une numérisation sans couche texte : la recherche y est impossible, vérifiez-la visuellement</translation>
    </message>
    <message>
        <source>a scan read by OCR: searchable, but check what matters against the scan</source>
        <translation>une numérisation lue par OCR : consultable par recherche, mais vérifiez l&apos;essentiel sur la numérisation</translation>
    </message>
    <message>
        <source>the mailbox receipt time is unknown (a loose file): enter it</source>
        <translation>l&apos;heure de réception par la boîte aux lettres est inconnue (fichier isolé) : saisissez-la</translation>
    </message>
    <message>
        <source>forwarded by someone else; judged on the inner message</source>
        <translation>transféré par une autre personne ; apprécié sur le message d&apos;origine</translation>
    </message>
    <message>
        <source>the file is neither an e-mail nor a PDF</source>
        <translation>le fichier n&apos;est ni un courriel ni un PDF</translation>
    </message>
    <message>
        <source>not read: a limit or a crash stopped the reader; the file is stored unchanged (see the problem below)</source>
        <translation>non lu : une limite ou un plantage a arrêté la lecture ; le fichier est conservé tel quel (voir le problème ci-dessous)</translation>
    </message>
    <message>
        <source>active content (JavaScript, an action on opening, a launch action or an embedded program): information; the application still counts</source>
        <translation>contenu actif (JavaScript, action à l&apos;ouverture, action de lancement ou programme incorporé) : pour information ; la candidature reste valable</translation>
    </message>
    <message>
        <source>only the first pages of a very long PDF were read (see the problem below)</source>
        <translation>seules les premières pages d&apos;un très long PDF ont été lues (voir le problème ci-dessous)</translation>
    </message>
    <message>
        <source>a part too large to unpack is kept, packed, in the stored original (see the problem below)</source>
        <translation>une partie trop volumineuse pour être décompressée est conservée, compressée, dans l&apos;original enregistré (voir le problème ci-dessous)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>late resend</source>
        <translation>renvoi tardif</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>exclue</translation>
    </message>
    <message>
        <source>below pass mark</source>
        <translation>sous le seuil de réussite</translation>
    </message>
    <message>
        <source>below minimum</source>
        <translation>sous le minimum</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>non invité</translation>
    </message>
    <message>
        <source>below the pass mark</source>
        <translation>sous le seuil de réussite</translation>
    </message>
    <message>
        <source>below a minimum</source>
        <translation>sous un minimum</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>passed the interview</source>
        <translation>a réussi l&apos;entretien</translation>
    </message>
    <message>
        <source>the deadline</source>
        <translation>la date limite</translation>
    </message>
    <message>
        <source>the procedure&apos;s time zone</source>
        <translation>le fuseau horaire de la procédure</translation>
    </message>
    <message>
        <source>the selection reference</source>
        <translation>la référence de la sélection</translation>
    </message>
    <message>
        <source>eligibility first: only candidates decided eligible are scored</source>
        <translation>admissibilité d&apos;abord : seuls les candidats déclarés admissibles sont notés</translation>
    </message>
    <message>
        <source>score while eligibility is checked: candidates leave the queues once decided not eligible</source>
        <translation>notation pendant la vérification de l&apos;admissibilité : les candidats quittent les files d&apos;attente une fois déclarés non admissibles</translation>
    </message>
    <message>
        <source>confirmed as suggested</source>
        <translation>confirmé conformément à la suggestion</translation>
    </message>
    <message>
        <source>received after the shortlist was frozen</source>
        <translation>reçue après le gel de la liste restreinte</translation>
    </message>
    <message>
        <source>recorded as out of scope</source>
        <translation>enregistrée comme hors champ</translation>
    </message>
    <message>
        <source>excluded: {reason}</source>
        <translation>exclu : {reason}</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>aucun motif enregistré</translation>
    </message>
    <message>
        <source>decided not eligible ({checks})</source>
        <translation>déclaré non admissible ({checks})</translation>
    </message>
    <message>
        <source>decided not eligible</source>
        <translation>déclaré non admissible</translation>
    </message>
    <message>
        <source>eligibility not decided yet (eligibility first)</source>
        <translation>admissibilité pas encore décidée (admissibilité d&apos;abord)</translation>
    </message>
    <message>
        <source>{code}: {reason}</source>
        <translation>{code} : {reason}</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non satisfait</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>pas en attente</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>created the procedure</source>
        <translation>a créé la procédure</translation>
    </message>
    <message>
        <source>changed the procedure&apos;s settings</source>
        <translation>a modifié les paramètres de la procédure</translation>
    </message>
    <message>
        <source>added a panel member</source>
        <translation>a ajouté un membre du comité</translation>
    </message>
    <message>
        <source>changed a panel member</source>
        <translation>a modifié un membre du comité</translation>
    </message>
    <message>
        <source>set a password</source>
        <translation>a défini un mot de passe</translation>
    </message>
    <message>
        <source>edited the grid</source>
        <translation>a modifié la grille</translation>
    </message>
    <message>
        <source>amended the sealed grid</source>
        <translation>a modifié la grille scellée</translation>
    </message>
    <message>
        <source>sealed the grid</source>
        <translation>a scellé la grille</translation>
    </message>
    <message>
        <source>imported an application</source>
        <translation>a importé une candidature</translation>
    </message>
    <message>
        <source>excluded an application</source>
        <translation>a exclu une candidature</translation>
    </message>
    <message>
        <source>readmitted an application</source>
        <translation>a réadmis une candidature</translation>
    </message>
    <message>
        <source>entered a received time</source>
        <translation>a saisi une heure de réception</translation>
    </message>
    <message>
        <source>corrected a candidate</source>
        <translation>a corrigé un candidat</translation>
    </message>
    <message>
        <source>decided an eligibility check</source>
        <translation>a statué sur un critère d&apos;admissibilité</translation>
    </message>
    <message>
        <source>recorded the Article 29 category</source>
        <translation>a enregistré la catégorie de l&apos;article 29</translation>
    </message>
    <message>
        <source>signed the declaration</source>
        <translation>a signé la déclaration</translation>
    </message>
    <message>
        <source>declared a conflict of interest</source>
        <translation>a déclaré un conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>declared (offline)</source>
        <translation>a fait sa déclaration (hors ligne)</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>a noté</translation>
    </message>
    <message>
        <source>imported marks</source>
        <translation>a importé des notes</translation>
    </message>
    <message>
        <source>submitted an assessment</source>
        <translation>a soumis une évaluation</translation>
    </message>
    <message>
        <source>reopened an assessment</source>
        <translation>a rouvert une évaluation</translation>
    </message>
    <message>
        <source>recorded a consensus mark</source>
        <translation>a enregistré une note de consensus</translation>
    </message>
    <message>
        <source>froze the shortlist</source>
        <translation>a gelé la liste restreinte</translation>
    </message>
    <message>
        <source>changed the frozen shortlist</source>
        <translation>a modifié la liste restreinte gelée</translation>
    </message>
    <message>
        <source>signed the shortlist</source>
        <translation>a signé la liste restreinte</translation>
    </message>
    <message>
        <source>reworded a reason</source>
        <translation>a reformulé un motif</translation>
    </message>
    <message>
        <source>recorded a final outcome</source>
        <translation>a enregistré un résultat final</translation>
    </message>
    <message>
        <source>exported an offline package</source>
        <translation>a exporté un paquet hors ligne</translation>
    </message>
    <message>
        <source>opened an offline package</source>
        <translation>a ouvert un paquet hors ligne</translation>
    </message>
    <message>
        <source>merged an offline return</source>
        <translation>a intégré un retour hors ligne</translation>
    </message>
    <message>
        <source>started the audit chain (upgrade)</source>
        <translation>a démarré la chaîne d&apos;audit (mise à niveau)</translation>
    </message>
    <message>
        <source>backed up the database</source>
        <translation>a sauvegardé la base de données</translation>
    </message>
    <message>
        <source>restored the database from a backup</source>
        <translation>a restauré la base de données à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>amended the procedure after the seal</source>
        <translation>a modifié la procédure après le scellement</translation>
    </message>
    <message>
        <source>changed the access to scoring</source>
        <translation>a modifié l&apos;accès à la notation</translation>
    </message>
    <message>
        <source>changed the retention periods</source>
        <translation>a modifié les durées de conservation</translation>
    </message>
    <message>
        <source>closed the procedure</source>
        <translation>a clôturé la procédure</translation>
    </message>
    <message>
        <source>recorded the notice&apos;s publication date</source>
        <translation>a enregistré la date de publication de l&apos;avis</translation>
    </message>
    <message>
        <source>recorded a meeting</source>
        <translation>a consigné une réunion</translation>
    </message>
    <message>
        <source>corrected a recorded meeting</source>
        <translation>a corrigé une réunion consignée</translation>
    </message>
    <message>
        <source>reset a password</source>
        <translation>a réinitialisé un mot de passe</translation>
    </message>
    <message>
        <source>signed in with a wrong password</source>
        <translation>s&apos;est connecté avec un mot de passe erroné</translation>
    </message>
    <message>
        <source>tried to sign in with an unknown name</source>
        <translation>a tenté de se connecter avec un nom inconnu</translation>
    </message>
    <message>
        <source>recorded a candidate</source>
        <translation>a enregistré un candidat</translation>
    </message>
    <message>
        <source>read a scan (OCR)</source>
        <translation>a lu un scan (OCR)</translation>
    </message>
    <message>
        <source>admitted an application received after the freeze</source>
        <translation>a admis une candidature reçue après le gel</translation>
    </message>
    <message>
        <source>recorded an application received after the freeze as out of scope</source>
        <translation>a enregistré une candidature reçue après le gel comme hors champ</translation>
    </message>
    <message>
        <source>reopened the shortlist</source>
        <translation>a rouvert la liste restreinte</translation>
    </message>
    <message>
        <source>froze the final ranking</source>
        <translation>a gelé le classement final</translation>
    </message>
    <message>
        <source>changed the frozen final ranking</source>
        <translation>a modifié le classement final gelé</translation>
    </message>
    <message>
        <source>signed the final ranking</source>
        <translation>a signé le classement final</translation>
    </message>
    <message>
        <source>set a legal hold</source>
        <translation>a établi une conservation légale</translation>
    </message>
    <message>
        <source>lifted a legal hold</source>
        <translation>a levé une conservation légale</translation>
    </message>
    <message>
        <source>wrote the archive</source>
        <translation>a écrit l&apos;archive</translation>
    </message>
    <message>
        <source>confirmed a suggested eligibility check</source>
        <translation>a confirmé un critère d&apos;admissibilité proposé</translation>
    </message>
    <message>
        <source>entered the scoring queues</source>
        <translation>est entré(e) dans les files de notation</translation>
    </message>
    <message>
        <source>left the scoring queues</source>
        <translation>a quitté les files de notation</translation>
    </message>
    <message>
        <source>imported a score sheet</source>
        <translation>a importé une feuille de notes</translation>
    </message>
    <message>
        <source>undid a mark</source>
        <translation>a annulé une note</translation>
    </message>
    <message>
        <source>wrote an invitation letter</source>
        <translation>a rédigé une lettre d&apos;invitation</translation>
    </message>
    <message>
        <source>deleted personal data (retention)</source>
        <translation>a supprimé des données personnelles (conservation)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>na</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>critères</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>title</source>
        <translation>intitulé</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>pondération</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>timezone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>tie break</source>
        <translation>départage</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>échelle</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>décidé</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>déclaré</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>admissible</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>justificatifs</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>signalements</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>conservation légale</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <source>received utc</source>
        <translation>reçu (UTC)</translation>
    </message>
    <message>
        <source>received local</source>
        <translation>reçu (heure locale)</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>dans les délais</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>to verify</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>marks</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>signed at</source>
        <translation>signé le</translation>
    </message>
    <message>
        <source>decided at</source>
        <translation>décidé le</translation>
    </message>
    <message>
        <source>submitted at</source>
        <translation>soumis le</translation>
    </message>
    <message>
        <source>frozen at</source>
        <translation>gelé le</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>voting</source>
        <translation>membre votant</translation>
    </message>
    <message>
        <source>replaces</source>
        <translation>remplace</translation>
    </message>
    <message>
        <source>has password</source>
        <translation>mot de passe défini</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>changement de mot de passe requis</translation>
    </message>
    <message>
        <source>grid hash</source>
        <translation>empreinte de la grille</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>in queue</source>
        <translation>dans la file</translation>
    </message>
    <message>
        <source>article29</source>
        <translation>article 29</translation>
    </message>
    <message>
        <source>minority</source>
        <translation>minorité</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>written</source>
        <translation>procédure écrite</translation>
    </message>
    <message>
        <source>published on</source>
        <translation>publié le</translation>
    </message>
    <message>
        <source>freeze</source>
        <translation>gel</translation>
    </message>
    <message>
        <source>signoffs cleared</source>
        <translation>signatures effacées</translation>
    </message>
    <message>
        <source>signoffs void</source>
        <translation>signatures annulées</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>portée</translation>
    </message>
    <message>
        <source>application</source>
        <translation>candidature</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>engine</source>
        <translation>moteur</translation>
    </message>
    <message>
        <source>mean confidence</source>
        <translation>confiance moyenne</translation>
    </message>
    <message>
        <source>overall checks</source>
        <translation>vérifications globales</translation>
    </message>
    <message>
        <source>failures in a row</source>
        <translation>échecs consécutifs</translation>
    </message>
    <message>
        <source>paused until</source>
        <translation>suspendu jusqu&apos;au</translation>
    </message>
    <message>
        <source>known</source>
        <translation>connu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>package id</source>
        <translation>identifiant du paquet</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>candidats</translation>
    </message>
    <message>
        <source>return id</source>
        <translation>identifiant du retour</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>intégrées</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangées</translation>
    </message>
    <message>
        <source>declarations</source>
        <translation>déclarations</translation>
    </message>
    <message>
        <source>via</source>
        <translation>par</translation>
    </message>
    <message>
        <source>built from</source>
        <translation>établi à partir de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>events archived</source>
        <translation>événements archivés</translation>
    </message>
    <message>
        <source>last hash</source>
        <translation>dernière empreinte</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>rapports</translation>
    </message>
    <message>
        <source>at</source>
        <translation>le</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>généré</translation>
    </message>
    <message>
        <source>applications redecided</source>
        <translation>candidatures réexaminées</translation>
    </message>
    <message>
        <source>exclusion reason</source>
        <translation>motif d&apos;exclusion</translation>
    </message>
    <message>
        <source>directorate general</source>
        <translation>direction générale</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>staff category</source>
        <translation>catégorie de personnel</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>grade</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>boîte aux lettres</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>confidentialité</translation>
    </message>
    <message>
        <source>underrepresented</source>
        <translation>sous-représentés</translation>
    </message>
    <message>
        <source>deadline utc</source>
        <translation>date limite (UTC)</translation>
    </message>
    <message>
        <source>scoring deadline utc</source>
        <translation>date limite de notation (UTC)</translation>
    </message>
    <message>
        <source>report language</source>
        <translation>langue des rapports</translation>
    </message>
    <message>
        <source>pass mark</source>
        <translation>seuil de réussite</translation>
    </message>
    <message>
        <source>interview pass mark</source>
        <translation>seuil de réussite de l&apos;entretien</translation>
    </message>
    <message>
        <source>best n</source>
        <translation>N meilleurs</translation>
    </message>
    <message>
        <source>consolidation</source>
        <translation>consolidation</translation>
    </message>
    <message>
        <source>divergence points</source>
        <translation>points d&apos;écart</translation>
    </message>
    <message>
        <source>article29 bypass best n</source>
        <translation>article 29 hors N meilleurs</translation>
    </message>
    <message>
        <source>final ranking</source>
        <translation>classement final</translation>
    </message>
    <message>
        <source>combined weights</source>
        <translation>pondérations combinées</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <source>anchors</source>
        <translation>repères</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>non recruited years</source>
        <translation>années (non recrutés)</translation>
    </message>
    <message>
        <source>reserve years</source>
        <translation>années (réserve)</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>au</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>règles</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>nombres</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>retenus</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>caviardés</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>motifs</translation>
    </message>
    <message>
        <source>backup taken at</source>
        <translation>sauvegarde faite le</translation>
    </message>
    <message>
        <source>bulk</source>
        <translation>en bloc</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>admis</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>pas d&apos;adresse électronique</translation>
    </message>
    <message>
        <source>(name not found)</source>
        <translation>(nom introuvable)</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&lt;span style=&apos;color:#666&apos;&gt;Keys: 0–4 score and next · N N/A · Tab criterion · Enter submit and next · C comment · PgDn/PgUp candidate · Ctrl+F search · Ctrl+Z undo&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#666&apos;&gt;Touches : 0–4 note et suivant · N S.O. · Tab critère · Entrée soumettre et suivant · C commentaire · PgDn/PgUp candidat · Ctrl+F rechercher · Ctrl+Z annuler&lt;/span&gt;</translation>
    </message>
    <message>
        <source>One criterion across candidates</source>
        <translation>Un critère pour tous les candidats</translation>
    </message>
    <message>
        <source>Score one criterion for all your candidates in a row, against the halo effect</source>
        <translation>Noter un critère pour tous vos candidats à la suite, contre l&apos;effet de halo</translation>
    </message>
    <message>
        <source>Declare a conflict…</source>
        <translation>Déclarer un conflit…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved ✓ {time}</source>
        <translation>Enregistré ✓ {time}</translation>
    </message>
</context>
<context>
    <name>XlsxExports</name>
    <message>
        <source>Figures for HR (XLSX)</source>
        <translation>Chiffres pour les RH (XLSX)</translation>
    </message>
    <message>
        <source>Preselection</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Grid as sealed…</source>
        <translation>Grille telle que scellée…</translation>
    </message>
    <message>
        <source>Members&apos; marks and comments…</source>
        <translation>Notes et commentaires des membres…</translation>
    </message>
    <message>
        <source>Ranking with its reasons…</source>
        <translation>Classement avec ses motifs…</translation>
    </message>
    <message>
        <source>Every member&apos;s mark and comment per candidate and criterion, for the stage chosen below (panel internal copy; chair only).</source>
        <translation>La note et le commentaire de chaque membre par candidat et par critère, pour l&apos;étape choisie ci-dessous (copie interne du comité ; président uniquement).</translation>
    </message>
    <message>
        <source>Stage of the marks</source>
        <translation>Étape des notes</translation>
    </message>
    <message>
        <source>Your role may not export this.</source>
        <translation>Votre rôle ne permet pas cet export.</translation>
    </message>
    <message>
        <source>Open a procedure first.</source>
        <translation>Ouvrez d&apos;abord une procédure.</translation>
    </message>
    <message>
        <source>Export for HR</source>
        <translation>Exporter pour les RH</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
    <message>
        <source>Not exported.</source>
        <translation>Non exporté.</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}.</source>
        <translation>Impossible d&apos;écrire {0} : {1}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>Exporté vers {0}.</translation>
    </message>
</context>
</TS>
