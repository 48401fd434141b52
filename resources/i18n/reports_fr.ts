<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Reports</name>
    <message>
        <source>DRAFT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>Generated {when} ({zone}) · data hash {hash}</source>
        <translation>Généré le {when} ({zone}) · empreinte des données {hash}</translation>
    </message>
    <message>
        <source>{draft} – not for signature</source>
        <translation>{draft} – ne pas signer</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
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
        <source>DG / unit</source>
        <translation>DG / unité</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu d&apos;affectation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
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
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Admissibles</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclues</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Droit de vote</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Remplacé(e) par</translation>
    </message>
    <message>
        <source>Declaration signed</source>
        <translation>Déclaration signée</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
    </message>
    <message>
        <source>AUDIT CHAIN BROKEN</source>
        <translation>CHAÎNE D&apos;AUDIT ROMPUE</translation>
    </message>
    <message>
        <source>Distribution of totals ({n} candidates)</source>
        <translation>Répartition des totaux ({n} candidats)</translation>
    </message>
    <message>
        <source>pass mark {mark}</source>
        <translation>seuil de réussite {mark}</translation>
    </message>
    <message>
        <source>Mean final mark per criterion</source>
        <translation>Note finale moyenne par critère</translation>
    </message>
    <message>
        <source>Applications per nationality (information only – not a scoring input)</source>
        <translation>Candidatures par nationalité (pour information – n&apos;entre pas dans la notation)</translation>
    </message>
    <message>
        <source>underrepresented Member State (listed in the notice)</source>
        <translation>État membre sous-représenté (mentionné dans l&apos;avis)</translation>
    </message>
    <message>
        <source>Audit chain verified: {events} events, last event hash {hash}</source>
        <translation>Chaîne d&apos;audit vérifiée : {events} événements, empreinte du dernier événement {hash}</translation>
    </message>
    <message>
        <source>AUDIT CHAIN BROKEN: {finding}</source>
        <translation>CHAÎNE D&apos;AUDIT ROMPUE : {finding}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>NON SATISFAIT</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>à vérifier</translation>
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
        <source>NOT ELIGIBLE</source>
        <translation>NON ADMISSIBLE</translation>
    </message>
    <message>
        <source>to verify</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>EXCLUDED</source>
        <translation>EXCLU(E)</translation>
    </message>
    <message>
        <source>&lt;b&gt;✓&lt;/b&gt; met · &lt;font color=&apos;#b00020&apos;&gt;&lt;b&gt;✗&lt;/b&gt;&lt;/font&gt; not met · &lt;font color=&apos;#a85d00&apos;&gt;&lt;b&gt;?&lt;/b&gt;&lt;/font&gt; to be verified by the panel · &lt;b&gt;D&lt;/b&gt; declared by the candidate, verified at recruitment · {dash} not checked. Criterion codes as in the table above.</source>
        <translation>&lt;b&gt;✓&lt;/b&gt; satisfait · &lt;font color=&apos;#b00020&apos;&gt;&lt;b&gt;✗&lt;/b&gt;&lt;/font&gt; non satisfait · &lt;font color=&apos;#a85d00&apos;&gt;&lt;b&gt;?&lt;/b&gt;&lt;/font&gt; à vérifier par le comité · &lt;b&gt;D&lt;/b&gt; déclaré par le candidat, vérifié lors du recrutement · {dash} non contrôlé. Codes des critères comme dans le tableau ci-dessus.</translation>
    </message>
    <message>
        <source>Eligibility report</source>
        <translation>Rapport d&apos;admissibilité</translation>
    </message>
    <message>
        <source>Outcome of the eligibility check for every application</source>
        <translation>Résultat de l&apos;examen de l&apos;admissibilité de chaque candidature</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>Critères d&apos;admissibilité</translation>
    </message>
    <message>
        <source>Legend: {legend}</source>
        <translation>Légende : {legend}</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Certified by</source>
        <translation>Certifié par</translation>
    </message>
    <message>
        <source>The secretary and the chair certify that the outcomes above are the panel&apos;s decisions.</source>
        <translation>Le secrétaire et le président certifient que les résultats ci-dessus sont les décisions du comité de sélection.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Received ({zone})</source>
        <translation>Reçue ({zone})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Intake flags</source>
        <translation>Signalements à la réception</translation>
    </message>
    <message>
        <source>Applications – {n}</source>
        <translation>Candidatures – {n}</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non tranché</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>aucun motif consigné</translation>
    </message>
    <message>
        <source>WARNING: this exclusion rests on {codes}, which no person has decided yet; decide it before the list is signed.</source>
        <translation>ATTENTION : cette exclusion repose sur {codes}, sur lequel personne n&apos;a encore statué ; statuez avant la signature de la liste.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>No reasons recorded.</source>
        <translation>Aucun motif consigné.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Decided by, when</source>
        <translation>Décidé par, le</translation>
    </message>
    <message>
        <source>Access to personal data – extract</source>
        <translation>Accès aux données personnelles – extrait</translation>
    </message>
    <message>
        <source>Extract for the data subject</source>
        <translation>Extrait destiné à la personne concernée</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Data you submitted</source>
        <translation>Données que vous avez transmises</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Admissibilité</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome and reason</source>
        <translation>Résultat et motif</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Your application was not assessed on the selection criteria.</source>
        <translation>Votre candidature n&apos;a pas été évaluée au regard des critères de sélection.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Seuil de réussite</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Étape atteinte</translation>
    </message>
    <message>
        <source>Final mark</source>
        <translation>Note finale</translation>
    </message>
    <message>
        <source>{stage} – your consolidated marks</source>
        <translation>{stage} – vos notes consolidées</translation>
    </message>
    <message>
        <source>{stage} total</source>
        <translation>{stage} – total</translation>
    </message>
    <message>
        <source>{stage} pass mark</source>
        <translation>{stage} – seuil de réussite</translation>
    </message>
    <message>
        <source>{stage} result</source>
        <translation>{stage} – résultat</translation>
    </message>
    <message>
        <source>About this extract</source>
        <translation>À propos de cet extrait</translation>
    </message>
    <message>
        <source>The marks above are the panel&apos;s consolidated marks. Under Article 6 of Annex III to the Staff Regulations the proceedings of the selection panel are secret: this extract does not contain the marks or views of individual panel members, data of other candidates, or the comparative ranking.</source>
        <translation>Les notes ci-dessus sont les notes consolidées du comité de sélection. En vertu de l&apos;article 6 de l&apos;annexe III du statut, les travaux du comité de sélection sont secrets : cet extrait ne contient ni les notes ou avis des membres du comité pris individuellement, ni les données d&apos;autres candidats, ni le classement comparatif.</translation>
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
        <source>Panel report</source>
        <translation>Rapport du comité de sélection</translation>
    </message>
    <message>
        <source>Minutes of the selection panel</source>
        <translation>Procès-verbal du comité de sélection</translation>
    </message>
    <message>
        <source>Vacancy notice</source>
        <translation>Avis de vacance</translation>
    </message>
    <message>
        <source>Meetings of the panel – {n}</source>
        <translation>Réunions du comité – {n}</translation>
    </message>
    <message>
        <source>No meeting recorded (the Panel page, Meetings; or panel-app meetings add).</source>
        <translation>Aucune réunion consignée (page Comité, Réunions ; ou panel-app meetings add).</translation>
    </message>
    <message>
        <source>Place / written procedure</source>
        <translation>Lieu / procédure écrite</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Register of invitation letters – {n}</source>
        <translation>Registre des lettres d&apos;invitation – {n}</translation>
    </message>
    <message>
        <source>No invitation letter prepared yet (the Reports page&apos;s Prepare invitations, or panel-app letters invitations).</source>
        <translation>Aucune lettre d&apos;invitation préparée à ce jour (page Rapports, Préparer les invitations ; ou panel-app letters invitations).</translation>
    </message>
    <message>
        <source>One e-mail draft (.eml) per invited candidate; the sha256 identifies the file generated.</source>
        <translation>Un projet de courriel (.eml) par candidat invité ; le sha256 identifie le fichier généré.</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>sha256 of the letter</source>
        <translation>sha256 de la lettre</translation>
    </message>
    <message>
        <source>Compliance statement</source>
        <translation>Déclaration de conformité</translation>
    </message>
    <message>
        <source>The panel states, and the record of the application shows:</source>
        <translation>Le comité déclare, et le dossier de l&apos;application atteste :</translation>
    </message>
    <message>
        <source>Signatures – {stage}</source>
        <translation>Signatures – {stage}</translation>
    </message>
    <message>
        <source>These signatures cover {what}.</source>
        <translation>Ces signatures portent sur {what}.</translation>
    </message>
    <message>
        <source>Frozen on {when} by {who}; the sign-offs recorded in the application are those of this freeze only.</source>
        <translation>Gelé le {when} par {who} ; les validations consignées dans l&apos;application sont celles de ce gel uniquement.</translation>
    </message>
    <message>
        <source>We certify that these minutes are a true and complete record of the proceedings of the selection panel.</source>
        <translation>Nous certifions que le présent procès-verbal rend compte fidèlement et intégralement des travaux du comité de sélection.</translation>
    </message>
    <message>
        <source>Panel composition and replacements</source>
        <translation>Composition du comité et remplacements</translation>
    </message>
    <message>
        <source>Declarations signed</source>
        <translation>Déclarations signées</translation>
    </message>
    <message>
        <source>Declaration of confidentiality and absence of conflict</source>
        <translation>Déclaration de confidentialité et d&apos;absence de conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signée</translation>
    </message>
    <message>
        <source>Not signed: {names}</source>
        <translation>Non signée : {names}</translation>
    </message>
    <message>
        <source>Non-voting, no declaration recorded in the application (it is asked of the members who assess): {names}.</source>
        <translation>Sans droit de vote, aucune déclaration consignée dans l&apos;application (elle est demandée aux membres qui évaluent) : {names}.</translation>
    </message>
    <message>
        <source>Conflicts of interest declared – {n}</source>
        <translation>Conflits d&apos;intérêts déclarés – {n}</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>A conflicted member did not see that candidate&apos;s documents and is excluded from that candidate&apos;s aggregation.</source>
        <translation>Un membre en situation de conflit n&apos;a pas vu les documents de ce candidat et est exclu de l&apos;agrégation de ses notes.</translation>
    </message>
    <message>
        <source>Sealed grid</source>
        <translation>Grille scellée</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Scellée le</translation>
    </message>
    <message>
        <source>Grid hash (sha256)</source>
        <translation>Empreinte de la grille (sha256)</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <source>Amendments after sealing – {n}</source>
        <translation>Modifications après scellement – {n}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Intake and eligibility</source>
        <translation>Réception et admissibilité</translation>
    </message>
    <message>
        <source>Eligibility outcomes with reasons</source>
        <translation>Résultats de l&apos;admissibilité et motifs</translation>
    </message>
    <message>
        <source>Marks per criterion and consensus</source>
        <translation>Notes par critère et consensus</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>Leniency of the members</source>
        <translation>Indulgence des membres</translation>
    </message>
    <message>
        <source>Each member&apos;s mean mark minus the mean of all members on the same candidates and criteria: above 0 more lenient, below 0 more severe.</source>
        <translation>Note moyenne de chaque membre moins la moyenne de tous les membres sur les mêmes candidats et critères : au-dessus de 0 plus indulgent, en dessous de 0 plus sévère.</translation>
    </message>
    <message>
        <source>Leniency</source>
        <translation>Indulgence</translation>
    </message>
    <message>
        <source>Consensus marks departing from the mean – {n}</source>
        <translation>Notes de consensus s&apos;écartant de la moyenne – {n}</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Robustness of the cut</source>
        <translation>Robustesse de la limite</translation>
    </message>
    <message>
        <source>Preselection ranking – {n}</source>
        <translation>Classement de la présélection – {n}</translation>
    </message>
    <message>
        <source>Invited to interview – {n}</source>
        <translation>Invités à l&apos;entretien – {n}</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>No interview results recorded.</source>
        <translation>Aucun résultat d&apos;entretien consigné.</translation>
    </message>
    <message>
        <source>Interview results – {n}</source>
        <translation>Résultats des entretiens – {n}</translation>
    </message>
    <message>
        <source>Shared places in the final ranking</source>
        <translation>Places partagées dans le classement final</translation>
    </message>
    <message>
        <source>Recommended candidates and reserve list</source>
        <translation>Candidats recommandés et liste de réserve</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandés</translation>
    </message>
    <message>
        <source>Reserve list</source>
        <translation>Liste de réserve</translation>
    </message>
    <message>
        <source>Reserve list valid until</source>
        <translation>Liste de réserve valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Geographical balance (information only)</source>
        <translation>Équilibre géographique (pour information)</translation>
    </message>
    <message>
        <source>On the chart: {legend}.</source>
        <translation>Sur le graphique : {legend}.</translation>
    </message>
    <message>
        <source>Underrepresented Member States listed in the notice: {states}. Nationality is never a scoring input.</source>
        <translation>États membres sous-représentés mentionnés dans l&apos;avis : {states}. La nationalité n&apos;entre jamais dans la notation.</translation>
    </message>
    <message>
        <source>Preselection</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Candidate sheets</source>
        <translation>Fiches des candidats</translation>
    </message>
    <message>
        <source>{stage}: consolidated assessment per candidate ({n})</source>
        <translation>{stage} : évaluation consolidée par candidat ({n})</translation>
    </message>
    <message>
        <source>(pass mark {mark})</source>
        <translation>(seuil de réussite {mark})</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Individual marks (internal – never disclosed outside the panel): one column per member before the final mark; {dash} = N/A or not scored.</source>
        <translation>Notes individuelles (usage interne – jamais communiquées en dehors du comité) : une colonne par membre avant la note finale ; {dash} = sans objet ou non noté.</translation>
    </message>
    <message>
        <source>Consensus notes</source>
        <translation>Notes sur le consensus</translation>
    </message>
    <message>
        <source>{star} = consensus mark agreed in the meeting (not the members&apos; mean)</source>
        <translation>{star} = note de consensus arrêtée en réunion (et non la moyenne des membres)</translation>
    </message>
    <message>
        <source>Art. 29</source>
        <translation>Art. 29</translation>
    </message>
    <message>
        <source>Preselection %</source>
        <translation>Présélection %</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status} : {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Pass mark (total)</source>
        <translation>Seuil de réussite (total)</translation>
    </message>
    <message>
        <source>Minimum per criterion</source>
        <translation>Minimum par critère</translation>
    </message>
    <message>
        <source>Best N</source>
        <translation>N meilleurs</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Article 29</source>
        <translation>Article 29</translation>
    </message>
    <message>
        <source>Tie-breaks (in order)</source>
        <translation>Départage des ex aequo (dans l&apos;ordre)</translation>
    </message>
    <message>
        <source>Ties at the cut</source>
        <translation>Ex aequo à la limite</translation>
    </message>
    <message>
        <source>The rule in words</source>
        <translation>La règle en toutes lettres</translation>
    </message>
    <message>
        <source>Rule applied</source>
        <translation>Règle appliquée</translation>
    </message>
    <message>
        <source>not invited: {reason}</source>
        <translation>non invité : {reason}</translation>
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
        <source>excluded at eligibility</source>
        <translation>exclu à l&apos;admissibilité</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>réserve</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Liste restreinte</translation>
    </message>
    <message>
        <source>Candidates invited to interview</source>
        <translation>Candidats invités à l&apos;entretien</translation>
    </message>
    <message>
        <source>DRAFT: the ranking changed after the freeze; this list must not be signed until it is frozen again.</source>
        <translation>PROJET : le classement a changé après le gel ; cette liste ne doit pas être signée avant d&apos;avoir été gelée à nouveau.</translation>
    </message>
    <message>
        <source>Frozen on {when} ({zone}) by {who}.</source>
        <translation>Gelée le {when} ({zone}) par {who}.</translation>
    </message>
    <message>
        <source>Frozen on {when} ({zone}).</source>
        <translation>Gelée le {when} ({zone}).</translation>
    </message>
    <message>
        <source>DRAFT – not yet frozen: the list may still change and must not be signed.</source>
        <translation>PROJET – pas encore gelée : la liste peut encore changer et ne doit pas être signée.</translation>
    </message>
    <message>
        <source>The record behind this list</source>
        <translation>Le dossier à l&apos;appui de cette liste</translation>
    </message>
    <message>
        <source>Panel composition</source>
        <translation>Composition du comité</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Candidates invited to interview – {n}</source>
        <translation>Candidats invités à l&apos;entretien – {n}</translation>
    </message>
    <message>
        <source>Criterion codes head the mark columns; {dash} = N/A or not scored; {note}.</source>
        <translation>Les codes des critères figurent en tête des colonnes de notes ; {dash} = sans objet ou non noté ; {note}.</translation>
    </message>
    <message>
        <source>{name}: {note}</source>
        <translation>{name} : {note}</translation>
    </message>
    <message>
        <source>Ties on the total</source>
        <translation>Ex aequo sur le total</translation>
    </message>
    <message>
        <source>No candidate is invited: no candidate reached the pass mark and the minimums.</source>
        <translation>Aucun candidat n&apos;est invité : aucun candidat n&apos;a atteint le seuil de réussite et les minimums.</translation>
    </message>
    <message>
        <source>No candidate is invited: no candidate has been ranked.</source>
        <translation>Aucun candidat n&apos;est invité : aucun candidat n&apos;a été classé.</translation>
    </message>
    <message>
        <source>The sign-offs below were given in the application for this list as frozen on {when}; a new freeze voids them.</source>
        <translation>Les validations ci-dessous ont été données dans l&apos;application pour cette liste telle que gelée le {when} ; un nouveau gel les annule.</translation>
    </message>
    <message>
        <source>No sign-off is shown: the list is not frozen in its present form.</source>
        <translation>Aucune validation n&apos;est indiquée : la liste n&apos;est pas gelée sous sa forme actuelle.</translation>
    </message>
    <message>
        <source>Article 29 priority candidates – {n}</source>
        <translation>Candidats prioritaires au titre de l&apos;article 29 – {n}</translation>
    </message>
    <message>
        <source>No Article 29 category (official, official of another institution, competition laureate) was recorded for any application.</source>
        <translation>Aucune catégorie de l&apos;article 29 (fonctionnaire, fonctionnaire d&apos;une autre institution, lauréat d&apos;un concours) n&apos;a été consignée pour une candidature.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status and reason</source>
        <translation>Statut et motif</translation>
    </message>
    <message>
        <source>Not invited – {n}</source>
        <translation>Non invités – {n}</translation>
    </message>
    <message>
        <source>{reason}: {n}</source>
        <translation>{reason} : {n}</translation>
    </message>
    <message>
        <source>Every ranked candidate is invited.</source>
        <translation>Tous les candidats classés sont invités.</translation>
    </message>
    <message>
        <source>Annex – full ranking ({n} candidates)</source>
        <translation>Annexe – classement complet ({n} candidats)</translation>
    </message>
    <message>
        <source>Criterion codes as in the table of criteria above; {dash} = N/A or not scored.</source>
        <translation>Codes des critères comme dans le tableau des critères ci-dessus ; {dash} = sans objet ou non noté.</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Validée le</translation>
    </message>
    <message>
        <source>(non-voting)</source>
        <translation>(sans droit de vote)</translation>
    </message>
    <message>
        <source>not signed off in the application</source>
        <translation>non validée dans l&apos;application</translation>
    </message>
    <message>
        <source>Sign-off recorded</source>
        <translation>Validation consignée</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Lieu et date</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>sélection</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>atout</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>exigence</translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation>admissibilité</translation>
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
        <source>not eligible</source>
        <translation>non admissible</translation>
    </message>
    <message>
        <source>CONFIDENTIAL – Selection panel proceedings (Staff Regulations, Annex III Art. 6)</source>
        <translation>CONFIDENTIEL – Travaux du comité de sélection (statut, annexe III, art. 6)</translation>
    </message>
    <message>
        <source>CONFIDENTIAL – Selection panel proceedings (Staff Regulations, Annex III, Art. 6)</source>
        <translation>CONFIDENTIEL – Travaux du comité de sélection (statut, annexe III, art. 6)</translation>
    </message>
    <message>
        <source>Personal data – Regulation (EU) 2018/1725</source>
        <translation>Données à caractère personnel – règlement (UE) 2018/1725</translation>
    </message>
    <message>
        <source>PANEL INTERNAL – individual members&apos; marks – never disclosed outside the panel</source>
        <translation>USAGE INTERNE DU COMITÉ – notes individuelles des membres – jamais communiquées en dehors du comité</translation>
    </message>
    <message>
        <source>Preselection ranking</source>
        <translation>Classement de présélection</translation>
    </message>
    <message>
        <source>Final ranking</source>
        <translation>Classement final</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>Candidature reçue le</translation>
    </message>
    <message>
        <source>Subject of the e-mail</source>
        <translation>Objet du courriel</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Nationalities (as stated)</source>
        <translation>Nationalités (déclarées)</translation>
    </message>
    <message>
        <source>Years of university study (as stated)</source>
        <translation>Années d&apos;études universitaires (déclarées)</translation>
    </message>
    <message>
        <source>Languages (as stated)</source>
        <translation>Langues (déclarées)</translation>
    </message>
    <message>
        <source>Article 29 category</source>
        <translation>Catégorie au titre de l&apos;article 29</translation>
    </message>
    <message>
        <source>Exclusion from the assessment</source>
        <translation>Exclusion de l&apos;évaluation</translation>
    </message>
    <message>
        <source>not yet decided by the panel</source>
        <translation>pas encore tranché par le comité</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>exclu(e)</translation>
    </message>
    <message>
        <source>to be verified</source>
        <translation>à vérifier</translation>
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
        <source>below the minimum required on a criterion</source>
        <translation>sous le minimum requis pour un critère</translation>
    </message>
    <message>
        <source>not among the candidates invited under the best-N rule</source>
        <translation>ne figure pas parmi les candidats invités selon la règle des N meilleurs</translation>
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
        <source>Interview – invited to interview; assessment in progress</source>
        <translation>Entretien – invité(e) à l&apos;entretien ; évaluation en cours</translation>
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
        <source>Eligibility – excluded from the assessment</source>
        <translation>Admissibilité – exclu(e) de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Notice published</source>
        <translation>Publication de l&apos;avis</translation>
    </message>
    <message>
        <source>Deadline for applications</source>
        <translation>Date limite de dépôt des candidatures</translation>
    </message>
    <message>
        <source>Grid sealed before any application was assessed</source>
        <translation>Grille scellée avant l&apos;évaluation de toute candidature</translation>
    </message>
    <message>
        <source>Eligibility decided</source>
        <translation>Admissibilité tranchée</translation>
    </message>
    <message>
        <source>Divergences discussed</source>
        <translation>Divergences examinées</translation>
    </message>
    <message>
        <source>Grid sealed</source>
        <translation>Grille scellée</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gelée</translation>
    </message>
    <message>
        <source>Eligibility of the invitees</source>
        <translation>Admissibilité des candidats invités</translation>
    </message>
    <message>
        <source>Changed since the freeze</source>
        <translation>Modifiée depuis le gel</translation>
    </message>
    <message>
        <source>Below the pass mark</source>
        <translation>Sous le seuil de réussite</translation>
    </message>
    <message>
        <source>Below the minimum on a criterion</source>
        <translation>Sous le minimum pour un critère</translation>
    </message>
    <message>
        <source>Pending (marks or consensus missing)</source>
        <translation>En attente (notes ou consensus manquants)</translation>
    </message>
    <message>
        <source>The ranking is not visible yet (not every assessment is submitted): nobody is invited yet.</source>
        <translation>Le classement n&apos;est pas encore visible (toutes les évaluations ne sont pas soumises) : personne n&apos;est encore invité.</translation>
    </message>
    <message>
        <source>The shortlist is not frozen yet: the candidates invited to interview are listed once it is.</source>
        <translation>La liste restreinte n&apos;est pas encore gelée : les candidats invités à l&apos;entretien seront indiqués dès qu&apos;elle le sera.</translation>
    </message>
    <message>
        <source>No candidate reached the pass mark and the minimums.</source>
        <translation>Aucun candidat n&apos;a atteint le seuil de réussite et les minimums.</translation>
    </message>
    <message>
        <source>the preselection: the ranking, the shortlist and the candidates invited to interview</source>
        <translation>la présélection : le classement, la liste restreinte et les candidats invités à l&apos;entretien</translation>
    </message>
    <message>
        <source>the interview: its results, the final ranking, the recommended candidates and the reserve list</source>
        <translation>l&apos;entretien : ses résultats, le classement final, les candidats recommandés et la liste de réserve</translation>
    </message>
    <message>
        <source>The shortlist is not frozen: no sign-off is shown.</source>
        <translation>La liste restreinte n&apos;est pas gelée : aucune validation n&apos;est indiquée.</translation>
    </message>
    <message>
        <source>The ranking changed after the freeze: the earlier sign-offs are void until it is frozen again.</source>
        <translation>Le classement a changé après le gel : les validations antérieures sont caduques jusqu&apos;à un nouveau gel.</translation>
    </message>
    <message>
        <source>The final ranking is not frozen: no sign-off is shown.</source>
        <translation>Le classement final n&apos;est pas gelé : aucune validation n&apos;est indiquée.</translation>
    </message>
    <message>
        <source>The final ranking or an outcome changed after the freeze: the sign-offs are void.</source>
        <translation>Le classement final ou un résultat a changé après le gel : les validations sont caduques.</translation>
    </message>
    <message>
        <source>not retained: {reason}</source>
        <translation>non retenu(e) : {reason}</translation>
    </message>
    <message>
        <source>Preselection – not invited: {reason}</source>
        <translation>Présélection – non invité(e) : {reason}</translation>
    </message>
    <message>
        <source>Preselection – {reason}; the shortlist is not final yet</source>
        <translation>Présélection – {reason} ; la liste restreinte n&apos;est pas encore définitive</translation>
    </message>
    <message>
        <source>Interview – not retained: {reason}</source>
        <translation>Entretien – non retenu(e) : {reason}</translation>
    </message>
    <message>
        <source>Interview – {outcome}</source>
        <translation>Entretien – {outcome}</translation>
    </message>
    <message>
        <source>Eligibility – excluded from the assessment: {reason}</source>
        <translation>Admissibilité – exclu(e) de l&apos;évaluation : {reason}</translation>
    </message>
    <message>
        <source>{stage} (interview total {total}, pass mark {mark})</source>
        <translation>{stage} (total de l&apos;entretien {total}, seuil de réussite {mark})</translation>
    </message>
    <message>
        <source>{stage} (interview total {total})</source>
        <translation>{stage} (total de l&apos;entretien {total})</translation>
    </message>
    <message>
        <source>met: {reason}</source>
        <translation>satisfait : {reason}</translation>
    </message>
    <message>
        <source>not met: {reason}</source>
        <translation>non satisfait : {reason}</translation>
    </message>
    <message>
        <source>to be verified: {reason}</source>
        <translation>à vérifier : {reason}</translation>
    </message>
    <message>
        <source>declared: {reason}</source>
        <translation>déclaré : {reason}</translation>
    </message>
    <message>
        <source>higher final mark on {code}</source>
        <translation>note finale la plus élevée sur {code}</translation>
    </message>
    <message>
        <source>Passed, but not among the best {n}</source>
        <translation>Réussi, mais pas parmi les {n} meilleurs</translation>
    </message>
    <message>
        <source>{field} {old} → {new}</source>
        <translation>{field} {old} → {new}</translation>
    </message>
    <message>
        <source>{target}: {changes}</source>
        <translation>{target} : {changes}</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>règles</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>DRAFT – not frozen: figures may still change</source>
        <translation>PROJET – non gelé : les chiffres peuvent encore changer</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>Grid as sealed – {reference}</source>
        <translation>Grille telle que scellée – {reference}</translation>
    </message>
    <message>
        <source>{when} ({zone}) by {who}</source>
        <translation>{when} ({zone}) par {who}</translation>
    </message>
    <message>
        <source>Amendments after the seal</source>
        <translation>Modifications après le scellement</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Anchor {level}</source>
        <translation>Repère {level}</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>noté</translation>
    </message>
    <message>
        <source>pass/fail</source>
        <translation>éliminatoire</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Every voting member&apos;s mark and comment per candidate and criterion (N/A = not applicable), the members&apos; mean and spread, the consensus mark and the final mark. PANEL INTERNAL: individual marks are never disclosed outside the panel.</source>
        <translation>La note et le commentaire de chaque membre votant par candidat et par critère (S.O. = sans objet), la moyenne et l&apos;écart des membres, la note de consensus et la note finale. USAGE INTERNE DU COMITÉ : les notes individuelles ne sont jamais communiquées en dehors du comité.</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>Divergence</translation>
    </message>
    <message>
        <source>Cells where members are {rule} are flagged for discussion.</source>
        <translation>Cellules signalées pour discussion (divergence entre les membres : {rule}).</translation>
    </message>
    <message>
        <source>Not included yet</source>
        <translation>Pas encore inclus</translation>
    </message>
    <message>
        <source>Members&apos; marks – {reference}</source>
        <translation>Notes des membres – {reference}</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>{member} – mark</source>
        <translation>{member} – note</translation>
    </message>
    <message>
        <source>{member} – comment</source>
        <translation>{member} – commentaire</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Divergent</source>
        <translation>Divergent</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Tie-break</source>
        <translation>Départage</translation>
    </message>
    <message>
        <source>Consensus marks on</source>
        <translation>Notes de consensus sur</translation>
    </message>
    <message>
        <source>Ranking with its reasons – {reference}</source>
        <translation>Classement motivé – {reference}</translation>
    </message>
</context>
</TS>
