<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApplicationViewer</name>
    <message>
        <source>Application id:</source>
        <translation>Identifiant de la candidature :</translation>
    </message>
    <message>
        <source>every command takes {0}, #{0} or A{0}</source>
        <translation>chaque commande accepte {0}, #{0} ou A{0}</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Application id {0}: every command takes {0}, #{0} or A{0}</source>
        <translation>Identifiant de la candidature {0} : chaque commande accepte {0}, #{0} ou A{0}</translation>
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
        <translation>aucune</translation>
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
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
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
