<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>pas d'adresse électronique : identifié par l'adresse provisoire {0}</translation>
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
        <translation>Exclure de la notation…</translation>
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
        <source>Received (Brussels)</source>
        <translation>Reçue (Bruxelles)</translation>
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
    <name>PdfPane</name>
    <message>
        <source>This application is a scan: its text was read by OCR. Keyword hits are marked on the words OCR read; check what matters against the scan.</source>
        <translation>Cette candidature est un document numérisé : son texte a été lu par OCR. Les occurrences des mots-clés sont marquées sur les mots lus par l’OCR ; vérifiez l’essentiel sur le document numérisé.</translation>
    </message>
    <message>
        <source>This application is a scan: its text was read by OCR (mean confidence {0} %). Keyword hits are marked on the words OCR read; check what matters against the scan.</source>
        <translation>Cette candidature est un document numérisé : son texte a été lu par OCR (confiance moyenne {0} %). Les occurrences des mots-clés sont marquées sur les mots lus par l’OCR ; vérifiez l’essentiel sur le document numérisé.</translation>
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
        <source>Set on the Procedure page (scoring deadline). A target, never a lock.</source>
        <translation>Fixée sur la page Procédure (date limite d&apos;évaluation). Un objectif, jamais un verrou.</translation>
    </message>
    <message>
        <source> — late</source>
        <translation> — en retard</translation>
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
    <name>ShortlistGates</name>
    <message>
        <source>The live ranking no longer matches the frozen list</source>
        <translation>Le classement actuel ne correspond plus à la liste gelée</translation>
    </message>
    <message>
        <source>no sign-off until the chair freezes it again with a reason:</source>
        <translation>aucune signature tant que le président ne l'a pas gelée à nouveau, motif à l'appui :</translation>
    </message>
    <message>
        <source>Changed since the freeze:</source>
        <translation>Modifié depuis le gel :</translation>
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
    <name>Words</name>
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
