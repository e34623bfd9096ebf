<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddEvidenceDialog</name>
    <message>
        <location filename="../../ui/findings/add_evidence_dialog.py" line="+42"/>
        <source>Add to a finding · {0}</source>
        <translation>Ajouter à un constat · {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Finding</source>
        <translation>&amp;Constat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} observation(s) of {1} at {2} become more evidence of the finding chosen. If it was marked fixed at an earlier stage, it is flagged “came back”.</source>
        <translation>{0} observation(s) de {1} à {2} deviennent des preuves supplémentaires du constat choisi. S’il avait été marqué corrigé à une étape antérieure, il est signalé «&#xa0;revenu&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this session</source>
        <translation>cette séance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} has no findings yet: make a new one instead.</source>
        <translation>{0} n’a pas encore de constats&#xa0;: créez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add as evidence  [{0}]</source>
        <translation>Ajouter comme preuve  [{0}]</translation>
    </message>
</context>
<context>
    <name>AdhocSessionDialog</name>
    <message>
        <location filename="../../ui/console/adhoc_dialog.py" line="+34"/>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Walk-in session at %1</source>
        <translation>Séance sans rendez-vous à&#xa0;%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Existing customer</source>
        <translation>Client existant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. v3</source>
        <translation>ex. v3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May be recorded: %1</source>
        <translation>Peut être enregistré&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;tudy</source>
        <translation>É&amp;tude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Age band</source>
        <translation>T&amp;ranche d’âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;gment</source>
        <translation>Se&amp;gment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Digital skill</source>
        <translation>Aisance &amp;numérique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Consent form</source>
        <translation>&amp;Formulaire de consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent form version</source>
        <translation>Version du formulaire de consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be recorded</source>
        <translation>Peut être enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;evice</source>
        <translation>Ap&amp;pareil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Operating system</source>
        <translation>&amp;Système d’exploitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network</source>
        <translation>Rése&amp;au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sett&amp;ing</source>
        <translation>&amp;Cadre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create and check in…</source>
        <translation>Créer et accueillir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new pseudonymous code is given; no name is asked here.</source>
        <translation>Un nouveau code pseudonyme est attribué&#xa0;; aucun nom n’est demandé ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open study takes part at %1.</source>
        <translation>Aucune étude ouverte ne se déroule à&#xa0;%1.</translation>
    </message>
</context>
<context>
    <name>AnswersCorrectionDialog</name>
    <message>
        <location filename="../../ui/sessions/answers_correction_dialog.py" line="+43"/>
        <source>Recommend (0–10)</source>
        <translation>Recommandation (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfaction (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>{0} is a whole number from {1} to {2}; leave it empty for none.</source>
        <translation>{0} est un nombre entier de {1} à {2}&#xa0;; laissez vide pour aucune réponse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Correct the questionnaire&apos;s answers</source>
        <translation>Corriger les réponses au questionnaire</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Comments:</source>
        <translation>&amp;Commentaires&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The answers, each in its own field</source>
        <translation>Les réponses, chacune dans son champ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. read again from the paper form</source>
        <translation>ex. relu sur le formulaire papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the correction</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty means no answer. The answers before this correction, who made it and why are kept in the questionnaire&apos;s history.</source>
        <translation>Vide signifie sans réponse. Les réponses d’avant cette correction, son auteur et son motif sont conservés dans l’historique du questionnaire.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Say why the answers are corrected.</source>
        <translation>Indiquez pourquoi les réponses sont corrigées.</translation>
    </message>
</context>
<context>
    <name>AnswersPane</name>
    <message>
        <location filename="../../ui/sessions/record_panes.py" line="+130"/>
        <source>Answers to the closing questionnaire</source>
        <translation>Réponses au questionnaire de fin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corrections of the answers</source>
        <translation>Corrections des réponses</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} of {1} answered · history: {2} corrections, newest first</source>
        <translation>{0} sur {1} répondues · historique&#xa0;: {2} corrections, les plus récentes d’abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} answered · never corrected</source>
        <translation>{0} sur {1} répondues · jamais corrigé</translation>
    </message>
</context>
<context>
    <name>AttemptCorrectionDialog</name>
    <message>
        <location filename="../../ui/sessions/attempt_correction_dialog.py" line="+51"/>
        <source>Give the time on task as m:ss (only a skipped task has none).</source>
        <translation>Indiquez le temps passé sur la tâche en m:ss (seule une tâche passée n’en a pas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>errors</source>
        <translation>d’erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assists</source>
        <translation>d’aides</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ease is from 1 to 7; leave it empty for none.</source>
        <translation>La facilité va de 1 à 7&#xa0;; laissez vide pour aucune.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The number of {0} is a whole number from 0 to {1}.</source>
        <translation>Le nombre {0} est un nombre entier de 0 à {1}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct a recorded attempt</source>
        <translation>Corriger un essai enregistré</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>m:ss</source>
        <translation>m:ss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1–7, empty for none</source>
        <translation>1–7, vide pour aucune</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. time typed wrongly; checked against the video</source>
        <translation>ex. temps mal saisi&#xa0;; vérifié sur la vidéo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time (m:ss):</source>
        <translation>&amp;Temps (m:ss)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ease (1–7):</source>
        <translation>&amp;Facilité (1–7)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;rrors:</source>
        <translation>E&amp;rreurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assists:</source>
        <translation>&amp;Aides&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The values before this correction, who made it and why are kept in the attempt&apos;s history.</source>
        <translation>Les valeurs d’avant cette correction, son auteur et son motif sont conservés dans l’historique de l’essai.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Say why the attempt is corrected.</source>
        <translation>Indiquez pourquoi l’essai est corrigé.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/schedule/booking_dialog.py" line="+57"/>
        <source>Book a session at {0}</source>
        <translation>Réserver une séance à {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session at {0}</source>
        <translation>Séance à {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+90"/>
        <location line="+22"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Outside the opening hours, by arrangement</source>
        <translation>Hors des heures d’ouverture, sur arrangement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First pass (summer time)</source>
        <translation>Premier passage (heure d’été)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second pass (winter time)</source>
        <translation>Second passage (heure d’hiver)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated hour:</source>
        <translation>Heure répétée&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the booking was refused</source>
        <translation>Pourquoi la réservation a été refusée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room:</source>
        <translation>Salle&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day:</source>
        <translation>Jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day (centre&apos;s local date)</source>
        <translation>Jour (date locale du centre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start (centre&apos;s local time)</source>
        <translation>Début (heure locale du centre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study:</source>
        <translation>Étude&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator:</source>
        <translation>Animateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant:</source>
        <translation>Participant&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participant code</source>
        <translation>Code du participant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which pass of the repeated hour</source>
        <translation>Quel passage de l’heure répétée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the opening hours</source>
        <translation>Hors des heures d’ouverture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times are {0} local time ({1}).</source>
        <translation>Les heures sont à l’heure locale de {0} ({1}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>booked outside the opening hours</source>
        <translation>réservée hors des heures d’ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: {0}</source>
        <translation>Statut&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the session…</source>
        <translation>Annuler la séance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark no-show</source>
        <translation>Marquer absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in…</source>
        <translation>Accueillir…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Not saved:</source>
        <translation>Non enregistré&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel the session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this session? It stays in calendars as cancelled.</source>
        <translation>Annuler cette séance&#xa0;? Elle reste dans les agendas comme annulée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check in</source>
        <translation>Accueillir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has the participant given consent (what may be recorded included)?</source>
        <translation>Le participant a-t-il donné son consentement (y compris sur ce qui peut être enregistré)&#xa0;?</translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <location filename="../../ui/results/pages.py" line="+242"/>
        <source>Break down by</source>
        <translation>Ventiler par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device kind</source>
        <translation>Type d’appareil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breakdown by group</source>
        <translation>Ventilation par groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break &amp;down by:</source>
        <translation>&amp;Ventiler par&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Analysing…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✱ marks a group that differs significantly from the others pooled (which figure: “vs others”). {0}</source>
        <translation>✱ marque un groupe qui diffère nettement des autres réunis (quel chiffre&#xa0;: «&#xa0;vs autres&#xa0;»). {0}</translation>
    </message>
</context>
<context>
    <name>CentreDetailsView</name>
    <message>
        <location filename="../../ui/centres/centre_details_view.py" line="+27"/>
        <source>Centre details</source>
        <translation>Détails du centre</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Local time now</source>
        <translation>Heure locale actuelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening hours (local time)</source>
        <translation>Heures d’ouverture (heure locale)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No rooms yet.</source>
        <translation>Aucune salle pour l’instant.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed now</source>
        <translation>Fermé maintenant</translation>
    </message>
</context>
<context>
    <name>CentresPage</name>
    <message>
        <location filename="../../ui/setup/centres_page.py" line="+33"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Centres</source>
        <translation>Centres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry (ISO)</source>
        <translation>&amp;Pays (ISO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%s opens</source>
        <translation>%s, ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s closes</source>
        <translation>%s, fermeture</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening &amp;hours</source>
        <translation>&amp;Heures d’ouverture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed &amp;days</source>
        <translation>&amp;Jours de fermeture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2026-12-25, 2027-01-01</source>
        <translation>2026-12-25, 2027-01-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ooms</source>
        <translation>&amp;Salles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room na&amp;me</source>
        <translation>Nom de la sa&amp;lle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room &amp;kind</source>
        <translation>T&amp;ype de salle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add room</source>
        <translation>Ajouter une salle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve room</source>
        <translation>Enregist&amp;rer la salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save room</source>
        <translation>Enregistrer la salle</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>closed days: &apos;%s&apos; is not a date (YYYY-MM-DD).</source>
        <translation>jours de fermeture&#xa0;: «&#xa0;%s&#xa0;» n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
</context>
<context>
    <name>CentresView</name>
    <message>
        <location filename="../../ui/centres/centres_view.py" line="+23"/>
        <source>Test centres</source>
        <translation>Centres de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by code, name, city or country…</source>
        <translation>Rechercher par code, nom, ville ou pays…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>centre</source>
        <translation>centre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>centres</source>
        <translation>centres</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/results/chart_panel.py" line="+59"/>
        <location line="+24"/>
        <source>Chart</source>
        <extracomment>Beyond this many tasks a per-task chart is unreadable (and slow to draw): the table lists them all instead.</extracomment>
        <translation>Graphique</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Completion per task</source>
        <translation>Réussite par tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time per task (log axis)</source>
        <translation>Temps par tâche (axe log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEQ per task</source>
        <translation>SEQ par tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One metric stage by stage</source>
        <translation>Un indicateur étape par étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One metric by centre (forest plot)</source>
        <translation>Un indicateur par centre (forest plot)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task of the chart</source>
        <translation>Tâche du graphique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save chart… ({0})</source>
        <translation>Enregistrer le graphique… ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chart as PNG or SVG</source>
        <translation>Enregistrer le graphique en PNG ou SVG</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cha&amp;rt:</source>
        <translation>&amp;Graphique&#xa0;:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a product and a stage with results.</source>
        <translation>Choisissez un produit et une étape avec des résultats.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This stage has no task results (with these filters).</source>
        <translation>Cette étape n’a pas de résultats de tâches (avec ces filtres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} tasks are too many to chart readably (at most {1}); the Stage results table lists them all.</source>
        <translation>{0} tâches, c’est trop pour un graphique lisible (au plus {1})&#xa0;; le tableau des résultats de l’étape les liste toutes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No task results in any stage (with these filters).</source>
        <translation>Aucun résultat de tâche dans aucune étape (avec ces filtres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many tasks to chart together: choose one.</source>
        <translation>Trop de tâches pour un seul graphique&#xa0;: choisissez-en une.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysing by centre…</source>
        <translation>Analyse par centre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a task for the forest plot.</source>
        <translation>Choisissez une tâche pour le forest plot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task {0} has no results in this stage.</source>
        <translation>La tâche {0} n’a pas de résultats à cette étape.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image, 300 dpi (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG, 300 dpi (*.png);;Dessin SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../ui/console/checkin_view.py" line="+41"/>
        <location line="+5"/>
        <source>Consent confirmed</source>
        <translation>Consentement confirmé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check in and start  [%1]</source>
        <translation>Accueillir et commencer  [%1]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 ticks the box</source>
        <translation>%1 coche la case</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Check in %1</source>
        <translation>Accueillir&#xa0;%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the participant</source>
        <translation>le participant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes only (no recording)</source>
        <translation>notes seulement (pas d’enregistrement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent form</source>
        <translation>Formulaire de consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be recorded</source>
        <translation>Peut être enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>consent form %1</source>
        <translation>formulaire de consentement&#xa0;%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the consent form</source>
        <translation>le formulaire de consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The participant has signed %1 and agrees to: %2.</source>
        <translation>Le participant a signé&#xa0;%1 et accepte&#xa0;:&#xa0;%2.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/centres/centres_model.py" line="+13"/>
        <location filename="../../ui/schedule/pool_view.py" line="+57"/>
        <location filename="../../ui/setup/centres_page.py" line="-113"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/setup/centres_page.py" line="+1"/>
        <location filename="../../ui/setup/staff_page.py" line="+34"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/setup/centres_page.py" line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/setup/centres_page.py" line="+1"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <location filename="../../ui/findings/finding_dialog.py" line="+96"/>
        <location filename="../../ui/schedule/study_view.py" line="+50"/>
        <location filename="../../ui/sessions/sessions_model.py" line="+15"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/setup/studies_page.py" line="+73"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/sessions/record_notes_model.py" line="+76"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../ui/findings/findings_model.py" line="+34"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/results/comparison_rows.py" line="+170"/>
        <location filename="../../ui/results/rows.py" line="+64"/>
        <location filename="../../ui/sessions/record_notes_model.py" line="-2"/>
        <location filename="../../ui/sessions/session_record_model.py" line="+36"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First seen</source>
        <translation>Première observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected</source>
        <translation>Concernés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/products/product_details_view.py" line="+22"/>
        <location filename="../../ui/schedule/pool_view.py" line="+15"/>
        <location filename="../../ui/schedule/study_view.py" line="-1"/>
        <location filename="../../ui/sessions/sessions_model.py" line="+4"/>
        <location filename="../../ui/setup/studies_page.py" line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/products/products_model.py" line="+22"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/products/product_details_view.py" line="-1"/>
        <source>Stage and study</source>
        <translation>Étape et étude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centres</source>
        <translation>Centres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/sessions/sessions_model.py" line="+1"/>
        <location filename="../../ui/setup/studies_page.py" line="+2"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <location filename="../../ui/products/products_model.py" line="-1"/>
        <location filename="../../ui/schedule/pool_view.py" line="-1"/>
        <location filename="../../ui/setup/products_page.py" line="+30"/>
        <location filename="../../ui/setup/studies_page.py" line="-5"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current stage</source>
        <translation>Étape actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/setup/products_page.py" line="+1"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studies</source>
        <translation>Études</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../ui/results/comparison_rows.py" line="-65"/>
        <source>Task or figure</source>
        <translation>Tâche ou chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference [interval]</source>
        <translation>Écart [intervalle]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differs</source>
        <translation>Diffère</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/results/rows.py" line="+2"/>
        <source>Completion</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vs others</source>
        <translation>vs autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/results/rows.py" line="+2"/>
        <location filename="../../ui/sessions/session_record_model.py" line="+4"/>
        <location line="+20"/>
        <location filename="../../ui/sessions/sessions_model.py" line="-6"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs others </source>
        <translation>vs autres </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/results/rows.py" line="+3"/>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs others  </source>
        <translation>vs autres  </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups tested</source>
        <translation>Groupes testés</translation>
    </message>
    <message>
        <location filename="../../ui/results/rows.py" line="-6"/>
        <source>Attempts</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to failure</source>
        <translation>Temps avant échec</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SEQ 6–7</source>
        <translation>SEQ 6–7</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/sessions/session_record_model.py" line="-18"/>
        <location line="+20"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/sessions/session_record_model.py" line="-19"/>
        <location line="+20"/>
        <source>Assists</source>
        <translation>Aides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SUM</source>
        <translation>SUM</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Stratum</source>
        <translation>Strate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/pool_view.py" line="-13"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skill</source>
        <translation>Aisance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/sessions/sessions_model.py" line="+2"/>
        <location filename="../../ui/setup/studies_page.py" line="+2"/>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/study_view.py" line="-7"/>
        <source>Your time</source>
        <translation>Votre heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Centre&apos;s time</source>
        <translation>Heure du centre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/sessions/sessions_model.py" line="+1"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/sessions/sessions_model.py" line="+1"/>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>Réservées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/record_notes_model.py" line="-2"/>
        <source>At</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noted by</source>
        <translation>Notée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+30"/>
        <location filename="../../ui/sessions/session_record_model.py" line="-8"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <location filename="../../ui/sessions/session_record_model.py" line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <location filename="../../ui/sessions/session_record_model.py" line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Observation before</source>
        <translation>Observation avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags before</source>
        <translation>Étiquettes avant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answers changed (before → after)</source>
        <translation>Réponses modifiées (avant → après)</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/session_record_model.py" line="-19"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>Ease</source>
        <translation>Facilité</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+18"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome before</source>
        <translation>Issue avant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entered by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <location filename="../../ui/sessions/sessions_model.py" line="+3"/>
        <source>Open on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <location filename="../../ui/setup/staff_page.py" line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <location filename="../../ui/results/pages.py" line="-92"/>
        <source>Stage A (the earlier)</source>
        <translation>Étape A (la plus ancienne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage B (judged against A)</source>
        <translation>Étape B (jugée par rapport à A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comparison of two stages</source>
        <translation>Comparaison de deux étapes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage &amp;A:</source>
        <translation>Étape &amp;A&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>against stage &amp;B:</source>
        <translation>comparée à l’étape &amp;B&#xa0;:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose two different stages to compare.</source>
        <translation>Choisissez deux étapes différentes à comparer.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../ui/console/console_window.py" line="+67"/>
        <source>TestLab console: %1</source>
        <translation>Console TestLab&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Check-in: confirm consent, then check in</source>
        <translation>Accueil&#xa0;: confirmer le consentement, puis accueillir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: the keys time and record the attempt</source>
        <translation>Tâche&#xa0;: les touches chronomètrent et enregistrent l’essai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing questionnaire: digits answer</source>
        <translation>Questionnaire de fin&#xa0;: les chiffres répondent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session summary</source>
        <translation>Résumé de la séance</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 tick consent · %2 check in</source>
        <translation>%1 cocher le consentement ·&#xa0;%2 accueillir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 start/stop · %2 pause · %3 type time · %4 outcome · 1–7 ease · %5/%6 errors/assists (Shift −1) · %7 note · %8 save and next · %9 previous task</source>
        <translation>%1 démarrer/arrêter ·&#xa0;%2 pause ·&#xa0;%3 saisir le temps ·&#xa0;%4 issue · 1–7 facilité ·&#xa0;%5/%6 erreurs/aides (Shift −1) ·&#xa0;%7 note ·&#xa0;%8 enregistrer et suivante ·&#xa0;%9 tâche précédente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> · %1/%2 scroll</source>
        <translation> ·&#xa0;%1/%2 défiler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digits answer · ↓ ↑ move · %1 finish · %2 back to the tasks</source>
        <translation>Les chiffres répondent · ↓ ↑ déplacer ·&#xa0;%1 terminer ·&#xa0;%2 retour aux tâches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 close · %2 correct results · %3/%4 scroll</source>
        <translation>%1 fermer ·&#xa0;%2 corriger les résultats ·&#xa0;%3/%4 défiler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 observation · %2 participant mode</source>
        <translation>%1 observation ·&#xa0;%2 mode participant</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save this task first (%1): stepping away would lose what is entered.</source>
        <translation>Enregistrez d’abord cette tâche (%1)&#xa0;: en sortir perdrait ce qui est saisi.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Session %1</source>
        <translation>Séance&#xa0;%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant mode · %1 to leave</source>
        <translation>Mode participant ·&#xa0;%1 pour quitter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>timer ready</source>
        <translation>chrono prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timer running</source>
        <translation>chrono en marche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timer paused</source>
        <translation>chrono en pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timer stopped</source>
        <translation>chrono arrêté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>other keys are off</source>
        <translation>les autres touches sont désactivées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to leave</source>
        <translation>%1 pour quitter</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Close the console?</source>
        <translation>Fermer la console&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timer of “%1” is running. Close the console anyway?

The timer is paused and kept: reopen the session and press %2 to go on timing.</source>
        <translation>Le chrono de «&#xa0;%1&#xa0;» tourne. Fermer quand même la console&#xa0;?

Le chrono est mis en pause et conservé&#xa0;: rouvrez la séance et appuyez sur&#xa0;%2 pour reprendre.</translation>
    </message>
</context>
<context>
    <name>CoreCall</name>
    <message>
        <location filename="../../ui/common/operations.py" line="+215"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/sessions/correction_form.py" line="+53"/>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/setup/customers_page.py" line="+48"/>
        <source>Consumer</source>
        <translation>Grand public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior</source>
        <translation>Seniors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small business</source>
        <translation>Petite entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise</source>
        <translation>Grande entreprise</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{0}” is not a whole number of customers: type digits, e.g. 125000 or 125 000.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un nombre entier de clients&#xa0;: tapez des chiffres, ex. 125000 ou 125 000.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>How many customers the operator has in each country and segment: the weights of the operator&apos;s NPS. Empty: not entered; 0: no customers there. Rows are the countries of the network&apos;s centres; type in a cell (F2 edits it) to change it.</source>
        <translation>Combien de clients l’opérateur a dans chaque pays et segment&#xa0;: les poids du NPS de l’opérateur. Vide&#xa0;: non saisi&#xa0;; 0&#xa0;: aucun client. Les lignes sont les pays des centres du réseau&#xa0;; tapez dans une cellule (F2 la modifie) pour la changer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer numbers by country and segment</source>
        <translation>Nombre de clients par pays et segment</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No centre yet: add centres first (their countries are the rows of this table).</source>
        <translation>Aucun centre pour l’instant&#xa0;: ajoutez d’abord des centres (leurs pays sont les lignes de ce tableau).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing was saved: correct the cells marked {0} first.</source>
        <translation>Rien n’a été enregistré&#xa0;: corrigez d’abord les cellules marquées {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to save: no number was changed.</source>
        <translation>Rien à enregistrer&#xa0;: aucun nombre n’a changé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: 1 number changed.</source>
        <translation>Enregistré&#xa0;: 1 nombre modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: {0} numbers changed.</source>
        <translation>Enregistré&#xa0;: {0} nombres modifiés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and {0} more cells marked {1}.</source>
        <translation>… et {0} autres cellules marquées {1}.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <location filename="../../ui/startup/daily_backup.py" line="+49"/>
        <source>Today&apos;s backup was saved to {path}.</source>
        <translation>La sauvegarde du jour a été enregistrée dans {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TestLab: daily backup</source>
        <translation>TestLab&#xa0;: sauvegarde quotidienne</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../ui/startup/demo_offer.py" line="+36"/>
        <source>An empty database</source>
        <translation>Une base de données vide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This database is empty.

Load the demo network — 23 test centres with their rooms, staff, products, studies and recorded sessions — to explore TestLab, or set up your own network: your centre, this PC, you, a product and a first study.</source>
        <translation>Cette base de données est vide.

Chargez le réseau de démonstration — 23 centres de test avec leurs salles, personnel, produits, études et séances enregistrées — pour découvrir TestLab, ou configurez votre propre réseau&#xa0;: votre centre, ce PC, vous, un produit et une première étude.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load the &amp;demo</source>
        <translation>Charger la &amp;démo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set up your network</source>
        <translation>&amp;Configurer votre réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Your network is set up: Sessions can start a walk-in session of your study.</source>
        <translation>Votre réseau est configuré&#xa0;: Séances peut lancer une séance sans rendez-vous de votre étude.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the demo network…</source>
        <translation>Chargement du réseau de démonstration…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo network loaded.</source>
        <translation>Réseau de démonstration chargé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo network not loaded.</source>
        <translation>Réseau de démonstration non chargé.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/common/error_dialog.py" line="+25"/>
        <source>The details were written to {path}.</source>
        <translation>Les détails ont été écrits dans {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No log file is set up, so the details were not kept.</source>
        <translation>Aucun fichier journal n’est configuré, les détails n’ont donc pas été conservés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside TestLab and what you just did was not finished. Everything saved before is kept; you can go on working.</source>
        <translation>Une erreur s’est produite dans TestLab et votre dernière action n’a pas abouti. Tout ce qui a été enregistré avant est conservé&#xa0;; vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please send that file to whoever supports TestLab at your centre.</source>
        <translation>Envoyez ce fichier à la personne qui assure le support de TestLab dans votre centre.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>TestLab cannot start</source>
        <translation>TestLab ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <location filename="../../ui/results/filters_bar.py" line="+41"/>
        <source>Centres to include</source>
        <translation>Centres à inclure</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <source>Centres: all</source>
        <translation>Centres&#xa0;: tous</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital skill</source>
        <translation>Aisance numérique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Existing customer</source>
        <translation>Client existant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers: any</source>
        <translation>Clients&#xa0;: tous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers only</source>
        <translation>Clients seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-customers only</source>
        <translation>Non-clients seulement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions from (UTC)</source>
        <translation>Séances du (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions to (UTC)</source>
        <translation>Séances au (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filters:</source>
        <translation>Filtres&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: any</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Centres: {0}</source>
        <translation>Centres&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>FindingActions</name>
    <message>
        <location filename="../../ui/findings/observations_pane.py" line="+43"/>
        <source>Make a finding from these…  [{0}]</source>
        <translation>Créer un constat à partir de celles-ci…  [{0}]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to a finding…  [{0}]</source>
        <translation>Ajouter à un constat…  [{0}]</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select one or more observations first.</source>
        <translation>Sélectionnez d’abord une ou plusieurs observations.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Finding “{0}” saved with {1} observation(s) as its evidence.</source>
        <translation>Constat «&#xa0;{0}&#xa0;» enregistré avec {1} observation(s) comme preuves.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> It came back (▲): it had been marked fixed.</source>
        <translation> Il est revenu (▲)&#xa0;: il avait été marqué corrigé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {0} observation(s) to “{1}”.</source>
        <translation>{0} observation(s) ajoutée(s) à «&#xa0;{1}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>FindingDetails</name>
    <message>
        <location filename="../../ui/findings/findings_details.py" line="+18"/>
        <source>Severity: {0}</source>
        <translation>Gravité&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: {0}</source>
        <translation>Tâche&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First seen: {0}</source>
        <translation>Première observation&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected: {0} of {1} participants observed</source>
        <translation>Concernés&#xa0;: {0} sur {1} participants observés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner: {0}</source>
        <translation>Responsable&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status now: {0}</source>
        <translation>Statut actuel&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>▲ Came back: marked fixed, then seen again at a later stage.</source>
        <translation>▲ Revenu&#xa0;: marqué corrigé, puis observé de nouveau à une étape ultérieure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status stage by stage</source>
        <translation>Statut étape par étape</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  none recorded yet (open)</source>
        <translation>  aucun enregistré pour l’instant (ouvert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence ({0})</source>
        <translation>Preuves ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  {0} · {1} · session of {2} UTC, {3} in
    {4}</source>
        <translation>  {0} · {1} · séance du {2} UTC, à {3}
    {4}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The selected finding&apos;s details</source>
        <translation>Détails du constat sélectionné</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../ui/findings/finding_dialog.py" line="+17"/>
        <source>New finding · {0}</source>
        <translation>Nouveau constat · {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding · {0}</source>
        <translation>Constat · {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— no task</source>
        <translation>— aucune tâche</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>of</source>
        <translation>sur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>participants observed</source>
        <translation>participants observés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— nobody yet</source>
        <translation>— personne pour l’instant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ask</source>
        <translation>T&amp;âche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage first seen</source>
        <translation>Étape de première &amp;observation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage first seen</source>
        <translation>Étape de première observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ffected</source>
        <translation>&amp;Concernés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recommendation</source>
        <translation>&amp;Recommandation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participants affected</source>
        <translation>Participants concernés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants observed</source>
        <translation>Participants observés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 chosen observation becomes its evidence.</source>
        <translation>1 observation choisie devient sa preuve.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} chosen observations become its evidence.</source>
        <translation>{0} observations choisies deviennent ses preuves.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save  [{0}]</source>
        <translation>Enregistrer  [{0}]</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A finding keeps the stage it was first seen at.</source>
        <translation>Un constat garde l’étape où il a été observé la première fois.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status at each later stage</source>
        <translation>Statut à chaque étape ultérieure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No stage comes after the one it was first seen at yet.</source>
        <translation>Aucune étape ne suit encore celle de la première observation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status at {0}</source>
        <translation>Statut à l’étape {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not recorded</source>
        <translation>— non enregistré</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>▲ Came back: marked fixed, then seen again at a later stage.</source>
        <translation>▲ Revenu&#xa0;: marqué corrigé, puis observé de nouveau à une étape ultérieure.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence: no observation yet</source>
        <translation>Preuves&#xa0;: aucune observation pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence: {0} observation(s), by session time</source>
        <translation>Preuves&#xa0;: {0} observation(s), par heure de séance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../ui/findings/findings_model.py" line="-21"/>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../ui/findings/wording.py" line="+12"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified fixed</source>
        <translation>Correction vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came back</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won&apos;t fix</source>
        <translation>Ne sera pas corrigé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>critical: stops the task</source>
        <extracomment>Statuses in the order a finding usually goes through them (pickers list them so). The mark beside &quot;Came back&quot;: the flag is a symbol and a word, never colour alone.</extracomment>
        <translation>critique&#xa0;: bloque la tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serious: major delay or frustration</source>
        <translation>grave&#xa0;: retard important ou frustration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minor: small delay or annoyance</source>
        <translation>mineur&#xa0;: petit retard ou gêne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosmetic: fix if there is time</source>
        <translation>cosmétique&#xa0;: à corriger s’il reste du temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serious</source>
        <translation>grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minor</source>
        <translation>mineur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosmetic</source>
        <translation>cosmétique</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../ui/findings/findings_view.py" line="+56"/>
        <source>Export findings as CSV</source>
        <translation>Exporter les constats en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+31"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Product</source>
        <translation>&amp;Produit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status at s&amp;tage</source>
        <translation>Statut à l’é&amp;tape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity filter</source>
        <translation>Filtre de gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ask</source>
        <translation>T&amp;âche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task filter</source>
        <translation>Filtre de tâche</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New finding…</source>
        <translation>Nouveau constat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status at a stage…</source>
        <translation>Statut à une étape…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0}  [{1}]</source>
        <translation>{0}  [{1}]</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>There are no products in this database yet: add one under Setup, then log its findings here.</source>
        <translation>Il n’y a pas encore de produit dans cette base&#xa0;: ajoutez-en un dans Configuration, puis consignez ses constats ici.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Latest (every stage)</source>
        <translation>Dernière (toutes étapes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any task</source>
        <translation>Toute tâche</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No findings match these filters.</source>
        <translation>Aucun constat ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No findings logged for {0} yet: New finding… ({1}) adds one.</source>
        <translation>Aucun constat consigné pour {0}&#xa0;: Nouveau constat… ({1}) en ajoute un.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>status at {0}</source>
        <translation>statut à l’étape {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status at its latest stage</source>
        <translation>statut à sa dernière étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} finding(s), {1} came back (▲) · {2}</source>
        <translation>{0} constat(s), {1} revenu(s) (▲) · {2}</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+11"/>
        <source>Finding saved.</source>
        <translation>Constat enregistré.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+11"/>
        <source>Select a finding first.</source>
        <translation>Sélectionnez d’abord un constat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status saved.</source>
        <translation>Statut enregistré.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrote {0} finding(s) to {1}.</source>
        <translation>{0} constat(s) écrit(s) dans {1}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a finding to see its details.</source>
        <translation>Sélectionnez un constat pour voir ses détails.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../ui/setup/first_start_wizard.py" line="+91"/>
        <location line="+1"/>
        <source>Set up your network</source>
        <translation>Configurer votre réseau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your centre and its first room</source>
        <translation>Votre centre et sa première salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test centre this PC is in. More centres and rooms: Setup section.</source>
        <translation>Le centre de test où se trouve ce PC. Autres centres et salles&#xa0;: section Configuration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code (3 letters)</source>
        <translation>&amp;Code (3 lettres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry (ISO)</source>
        <translation>&amp;Pays (ISO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lab 1</source>
        <translation>Labo 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room &amp;kind</source>
        <translation>T&amp;ype de salle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This PC</source>
        <translation>Ce PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name this lab PC goes by in the sessions it records (Settings → This lab PC… changes it later).</source>
        <translation>Le nom de ce PC de labo dans les séances qu’il enregistre (Paramètres → Ce PC de labo… le modifie plus tard).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PC &amp;name</source>
        <translation>&amp;Nom du PC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You, as a member of staff of this centre: facilitator, designer, product owner and admin until others join.</source>
        <translation>Vous, membre du personnel de ce centre&#xa0;: animateur, concepteur, responsable produit et administrateur jusqu’à l’arrivée d’autres personnes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;e-mail</source>
        <translation>Votre &amp;e-mail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A first product and its stage</source>
        <translation>Un premier produit et son étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product you will test, and the design stage it is at.</source>
        <translation>Le produit que vous allez tester, et son étape de conception.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Product</source>
        <translation>&amp;Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage name</source>
        <translation>Nom de l’&amp;étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prototype 1</source>
        <translation>Prototype 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage &amp;kind</source>
        <translation>&amp;Type d’étape</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A first study and its tasks</source>
        <translation>Une première étude et ses tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One task per line: key | title | target time in seconds (optional).</source>
        <translation>Une tâche par ligne&#xa0;: clé | titre | temps cible en secondes (facultatif).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study &amp;title</source>
        <translation>&amp;Titre de l’étude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned &amp;sample here</source>
        <translation>&amp;Échantillon prévu ici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tas&amp;ks</source>
        <translation>Tâc&amp;hes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>PC name is empty; give the name this PC goes by.</source>
        <translation>Le nom du PC est vide&#xa0;; indiquez le nom de ce PC.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>tasks, line %d: write key | title | target seconds.</source>
        <translation>tâches, ligne&#xa0;%d&#xa0;: écrivez clé | titre | secondes cibles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tasks, line %d: target time &apos;%s&apos; is not a number of seconds.</source>
        <translation>tâches, ligne&#xa0;%d&#xa0;: le temps cible «&#xa0;%s&#xa0;» n’est pas un nombre de secondes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tasks: give at least one task.</source>
        <translation>tâches&#xa0;: indiquez au moins une tâche.</translation>
    </message>
</context>
<context>
    <name>LabSettingsDialog</name>
    <message>
        <location filename="../../ui/settings/lab_settings_dialog.py" line="+34"/>
        <source>facilitator</source>
        <translation>animateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>designer</source>
        <translation>concepteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product owner</source>
        <translation>responsable produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody chosen</source>
        <extracomment>The staff list&apos;s first item, in English (shown translated: ``self.tr(NO_STAFF)``).</extracomment>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC&apos;s language</source>
        <extracomment>The Language choices as offered, each in its own language but the system&apos;s.</extracomment>
        <translation>Langue de ce poste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This lab PC</source>
        <translation>Ce PC de labo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language takes effect when TestLab restarts.</source>
        <translation>La langue s’appliquera au prochain démarrage de TestLab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Centre:</source>
        <translation>&amp;Centre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Staff at this PC:</source>
        <translation>&amp;Personnel à ce PC&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workstation name:</source>
        <translation>&amp;Nom du poste&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre decides which sessions are listed under Sessions. Check-ins and corrections are signed by the member of staff. A session being recorded is held by the workstation name; one left open by a crash is offered again at the next start.</source>
        <translation>Le centre détermine quelles séances sont listées dans Séances. Les accueils et les corrections sont signés par le membre du personnel. Une séance en cours d’enregistrement est tenue par le nom du poste&#xa0;; une séance restée ouverte après un plantage est reproposée au démarrage suivant.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The centre {0} set before is not in this database; choose this PC&apos;s centre.</source>
        <translation>Le centre {0} choisi auparavant n’est pas dans cette base&#xa0;; choisissez le centre de ce PC.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/common/labels.py" line="+38"/>
        <source>scheduled</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked in</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no show</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usability lab</source>
        <translation>Labo d’utilisabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Living-room lab</source>
        <translation>Labo salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prototype</source>
        <translation>Prototype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta</source>
        <translation>Bêta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-launch</source>
        <translation>Prélancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-launch</source>
        <translation>Post-lancement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moderated, in lab</source>
        <translation>Modérée, en labo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At home</source>
        <translation>À domicile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/schedule/week_canvas.py" line="+42"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/schedule/week_canvas.py" line="+3"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success with help</source>
        <translation>Réussite avec aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gave up</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False completion</source>
        <translation>Fausse réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Passée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>consumer</source>
        <translation>grand public</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>youth</source>
        <translation>jeunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family</source>
        <translation>famille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>senior</source>
        <translation>seniors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>small business</source>
        <translation>petites entreprises</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enterprise</source>
        <translation>entreprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smartphone</source>
        <translation>smartphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tablet</source>
        <translation>tablette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>laptop</source>
        <translation>ordinateur portable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>desktop</source>
        <translation>ordinateur de bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tv</source>
        <translation>télévision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set top box</source>
        <translation>décodeur TV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>router</source>
        <translation>box internet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>smart speaker</source>
        <translation>enceinte connectée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wearable</source>
        <translation>objet connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wifi</source>
        <translation>wifi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fibre</source>
        <translation>fibre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dsl</source>
        <translation>ADSL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lab</source>
        <translation>labo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>living room lab</source>
        <translation>labo salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country not recorded</source>
        <translation>pays non renseigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segment not recorded</source>
        <translation>segment non renseigné</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/week_canvas.py" line="-5"/>
        <source>Scheduled</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No show</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>ListSectionView</name>
    <message>
        <location filename="../../ui/common/list_section_view.py" line="+87"/>
        <source>Search {0}</source>
        <translation>Rechercher dans les {0}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The selected {0}&apos;s details</source>
        <translation>Détails du {0} sélectionné</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No {0} match “{1}”.</source>
        <translation>Pas de {0} correspondant à «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no {0} in this database yet.</source>
        <translation>Il n’y a pas encore de {0} dans cette base.</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../ui/main_menu.py" line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import results…</source>
        <translation>&amp;Importer des résultats…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sess&amp;ions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show the day&apos;s sessions  ({0})</source>
        <translation>&amp;Afficher les séances du jour  ({0})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;lab PC…</source>
        <translation>Ce &amp;PC de labo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About TestLab</source>
        <translation>À &amp;propos de TestLab</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;TestLab {0}&lt;/b&gt;&lt;br&gt;Usability tests across the network&apos;s test centres.&lt;br&gt;&lt;br&gt;Database: {1}</source>
        <translation>&lt;b&gt;TestLab {0}&lt;/b&gt;&lt;br&gt;Tests d’utilisabilité dans les centres de test du réseau.&lt;br&gt;&lt;br&gt;Base de données&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>About TestLab</source>
        <translation>À propos de TestLab</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="+76"/>
        <source>Centres</source>
        <translation>Centres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+48"/>
        <source>TestLab</source>
        <translation>TestLab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Database: {0}</source>
        <translation>Base de données&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>ObservationEditDialog</name>
    <message>
        <location filename="../../ui/sessions/observation_edit_dialog.py" line="+46"/>
        <source>Correct an observation</source>
        <translation>Corriger une observation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>words separated by spaces, e.g. navigation price</source>
        <translation>mots séparés par des espaces, ex. navigation prix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. typing slip; checked against the video</source>
        <translation>ex. faute de frappe&#xa0;; vérifié sur la vidéo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Observation:</source>
        <translation>&amp;Observation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no task</source>
        <translation>aucune tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At {0} in the session · {1} · noted by {2}</source>
        <translation>À {0} dans la séance · {1} · notée par {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The observation as it was, who changed it and why are kept in the session&apos;s observation history, also when it is deleted.</source>
        <translation>L’observation telle qu’elle était, l’auteur de la modification et son motif sont conservés dans l’historique des observations de la séance, même en cas de suppression.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete observation</source>
        <translation>&amp;Supprimer l’observation</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>An observation needs some text; delete it instead.</source>
        <translation>Une observation doit contenir du texte&#xa0;; supprimez-la plutôt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the observation is corrected.</source>
        <translation>Indiquez pourquoi l’observation est corrigée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say why the observation is deleted.</source>
        <translation>Indiquez pourquoi l’observation est supprimée.</translation>
    </message>
</context>
<context>
    <name>ObservationsPane</name>
    <message>
        <location filename="../../ui/sessions/record_panes.py" line="-82"/>
        <source>Observations of the session</source>
        <translation>Observations de la séance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edits and deletions of the observations</source>
        <translation>Modifications et suppressions des observations</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History: {0} edits or deletions, newest first, with the observation as it was</source>
        <translation>Historique&#xa0;: {0} modifications ou suppressions, les plus récentes d’abord, avec l’observation telle qu’elle était</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History: no observation has been edited or deleted</source>
        <translation>Historique&#xa0;: aucune observation n’a été modifiée ou supprimée</translation>
    </message>
</context>
<context>
    <name>ObservationsView</name>
    <message>
        <location filename="../../ui/console/observations_view.py" line="+42"/>
        <source>Observation… #tag  [%1, Enter keeps it]</source>
        <translation>Observation… #étiquette  [%1, Enter la conserve]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New observation (#tags allowed)</source>
        <translation>Nouvelle observation (#étiquettes permises)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Observations of this session, newest first</source>
        <translation>Observations de cette séance, les plus récentes d’abord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Observations  [%1]</source>
        <translation>&amp;Observations  [%1]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 returns to the page</source>
        <translation>%1 revient à la page</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/schedule/participant_dialog.py" line="+39"/>
        <source>Add a participant to {0}</source>
        <translation>Ajouter un participant à {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>Existing customer</source>
        <translation>Client existant</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the participant was not added</source>
        <translation>Pourquoi le participant n’a pas été ajouté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participant code</source>
        <translation>Code du participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band:</source>
        <translation>Tranche d’âge&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment:</source>
        <translation>Segment&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer segment</source>
        <translation>Segment de clientèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital skill:</source>
        <translation>Aisance numérique&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Digital skill</source>
        <translation>Aisance numérique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent date:</source>
        <translation>Date du consentement&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent version:</source>
        <translation>Version du consentement&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent version</source>
        <translation>Version du consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May record:</source>
        <translation>Peut enregistrer&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent to record audio</source>
        <translation>Consentement à l’enregistrement audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to record video</source>
        <translation>Consentement à l’enregistrement vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to record the screen</source>
        <translation>Consentement à l’enregistrement de l’écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact e-mail</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact details are shown only in the pool, and can be erased on request.</source>
        <translation>Les coordonnées ne sont affichées que dans le vivier, et peuvent être effacées sur demande.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
</context>
<context>
    <name>PoolView</name>
    <message>
        <location filename="../../ui/schedule/pool_view.py" line="+18"/>
        <source>Centre of the pool</source>
        <translation>Centre du vivier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code contains…</source>
        <translation>Le code contient…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search participants by code</source>
        <translation>Rechercher des participants par code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any age</source>
        <translation>Tout âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any segment</source>
        <translation>Tout segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer segment</source>
        <translation>Segment de clientèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any skill</source>
        <translation>Toute aisance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital skill</source>
        <translation>Aisance numérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add participant… ({0})</source>
        <translation>Ajouter un participant… ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase contact details… ({0})</source>
        <translation>Effacer les coordonnées… ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+139"/>
        <source>Erase contact details</source>
        <translation>Effacer les coordonnées</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The participant&apos;s studies</source>
        <translation>Les études du participant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Centre:</source>
        <translation>Centre&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Studies of the selected participant:</source>
        <translation>Études du participant sélectionné&#xa0;:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No centre yet: add one in Setup.</source>
        <translation>Aucun centre&#xa0;: ajoutez-en un dans Configuration.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The first {0} participants by code are shown: narrow the search.</source>
        <translation>Les {0} premiers participants par code sont affichés&#xa0;: affinez la recherche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} participants shown.</source>
        <translation>{0} participants affichés.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{0} added.</source>
        <translation>{0} ajouté.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a participant first.</source>
        <translation>Sélectionnez d’abord un participant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase the name, phone and e-mail of {0}? Their results stay, anonymous; this cannot be undone.</source>
        <translation>Effacer le nom, le téléphone et l’e-mail de {0}&#xa0;? Ses résultats restent, anonymes&#xa0;; cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact details of {0} erased.</source>
        <translation>Coordonnées de {0} effacées.</translation>
    </message>
</context>
<context>
    <name>ProductDetailsView</name>
    <message>
        <location filename="../../ui/products/product_details_view.py" line="+22"/>
        <source>Stages and their studies</source>
        <translation>Étapes et leurs études</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Owner: {0}</source>
        <translation>Responsable&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No owner</source>
        <translation>Pas de responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 stage</source>
        <translation>1 étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} stages</source>
        <translation>{0} étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 study</source>
        <translation>1 étude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} studies</source>
        <translation>{0} études</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No study at this stage yet</source>
        <translation>Aucune étude à cette étape pour l’instant</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{0} {1}: {2} planned</source>
        <translation>{0} {1}&#xa0;: {2} prévus</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../ui/setup/products_page.py" line="+1"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desc&amp;ription</source>
        <translation>Desc&amp;ription</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tages, in order</source>
        <translation>É&amp;tapes, dans l’ordre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage na&amp;me</source>
        <translation>No&amp;m de l’étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage &amp;kind</source>
        <translation>T&amp;ype d’étape</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rena&amp;me stage</source>
        <translation>R&amp;enommer l’étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <location filename="../../ui/products/products_view.py" line="+25"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by product or owner…</source>
        <translation>Rechercher par produit ou responsable…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>products</source>
        <translation>produits</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/common/progress_dialog.py" line="+18"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message>
        <location filename="../../ui/console/questionnaire_view.py" line="+124"/>
        <source>13. Comments: %1</source>
        <translation>13. Commentaires&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please answer each statement as it applies to the product you just tried.</source>
        <translation>Répondez à chaque affirmation selon le produit que vous venez d’essayer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finish  [%1]</source>
        <translation>Terminer  [%1]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Digits answer the highlighted question · ↓ ↑ move · on 0–10 type 1 then 0 for 10</source>
        <translation>Les chiffres répondent à la question en surbrillance · ↓ ↑ déplacer · sur 0–10, tapez 1 puis 0 pour 10</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unanswered: %1. %2 again to finish anyway.</source>
        <translation>Sans réponse&#xa0;:&#xa0;%1.&#xa0;%2 de nouveau pour terminer quand même.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Question %1 takes %2 to %3.</source>
        <translation>La question&#xa0;%1 va de&#xa0;%2 à&#xa0;%3.</translation>
    </message>
</context>
<context>
    <name>RecordedResults</name>
    <message>
        <location filename="../../ui/sessions/record_notes_model.py" line="-31"/>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/report/report_dialog.py" line="+65"/>
        <source>Export report</source>
        <extracomment>What is done with the finished PDF; tests set it to something that only records it.</extracomment>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stages in the report</source>
        <translation>Étapes du rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centres in the report (none ticked: all)</source>
        <translation>Centres du rapport (aucun coché&#xa0;: tous)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence level</source>
        <translation>Niveau de confiance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TestLab&apos;s own logo</source>
        <translation>Logo de TestLab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;logo…</source>
        <translation>Choisir le &amp;logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a logo file</source>
        <translation>Choisir un fichier de logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF file to write</source>
        <translation>Fichier PDF à écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoisir le fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the PDF file to write</source>
        <translation>Choisir le fichier PDF à écrire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress of the report</source>
        <translation>Progression du rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The report&apos;s options</source>
        <translation>Options du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produit&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tages:</source>
        <translation>É&amp;tapes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Centres (none ticked: every centre):</source>
        <translation>&amp;Centres (aucun coché&#xa0;: tous les centres)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfidence level:</source>
        <translation>Niveau de c&amp;onfiance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage:</source>
        <translation>Lang&amp;ue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared &amp;by:</source>
        <translation>Préparé pa&amp;r&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>There is no product yet: nothing to report on.</source>
        <translation>Il n’y a pas encore de produit&#xa0;: rien à présenter.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick at least one stage.</source>
        <translation>Cochez au moins une étape.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the PDF file to write.</source>
        <translation>Nommez le fichier PDF à écrire.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stopping… no file will be written.</source>
        <translation>Arrêt… aucun fichier ne sera écrit.</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../ui/results/comparison_rows.py" line="-146"/>
        <source>significantly better</source>
        <translation>nettement meilleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>significantly worse</source>
        <translation>nettement moins bon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no detectable change</source>
        <translation>pas de changement détectable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>significantly better than the others</source>
        <translation>nettement meilleur que les autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>significantly worse than the others</source>
        <translation>nettement moins bon que les autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no detectable difference</source>
        <translation>pas de différence détectable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not enough data</source>
        <translation>pas assez de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Completion</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Time (B / A)</source>
        <translation>Temps (B / A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <location line="-10"/>
        <location filename="../../ui/results/rows.py" line="-61"/>
        <source>SUS</source>
        <translation>SUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/results/rows.py" line="+1"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/results/rows.py" line="+1"/>
        <source>Weighted NPS</source>
        <translation>NPS pondéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/results/rows.py" line="+2"/>
        <source>Satisfied (4–5 of 5)</source>
        <translation>Satisfaits (4–5 sur 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/results/rows.py" line="+2"/>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfaction (1–5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pts</source>
        <translation>pts</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>z test (adjusted Wald)</source>
        <translation>test z (Wald ajusté)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welch t, df {0:.1f}</source>
        <translation>t de Welch, ddl {0:.1f}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(wording changed)</source>
        <translation>(formulation modifiée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only in {0}</source>
        <translation>seulement dans {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not compared</source>
        <translation>non comparé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} against {1}, confidence {2:.0f}%: differences are B − A, times B / A (below 1 is faster).</source>
        <translation>{0} contre {1}, confiance {2:.0f}&#xa0;%&#xa0;: les écarts sont B − A, les temps B / A (moins de 1 = plus rapide).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tasks only in {0}: {1}</source>
        <translation>Tâches seulement dans {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not tested: the task is in one group only</source>
        <translation>non testé&#xa0;: la tâche n’est que dans un groupe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>differs significantly from the other groups pooled</source>
        <translation>diffère nettement des autres groupes réunis</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{0} groups tested together.</source>
        <translation>{0} groupes testés ensemble.</translation>
    </message>
    <message>
        <location filename="../../ui/results/formatting.py" line="+92"/>
        <source>(interval too wide)</source>
        <translation>(intervalle trop large)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no interval</source>
        <translation>pas d’intervalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interval {0}{1}{2}</source>
        <translation>intervalle {0}{1}{2}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>above</source>
        <translation>au-dessus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below</source>
        <translation>en dessous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near</source>
        <translation>proche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over target</source>
        <translation>au-dessus de la cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under target</source>
        <translation>sous la cible</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>few data</source>
        <translation>peu de données</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} of {1}; {2}</source>
        <translation>{0} sur {1}&#xa0;; {2}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(median {0})</source>
        <translation>(médiane {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}; times of {1} attempts</source>
        <translation>{0}&#xa0;; temps de {1} essais</translation>
    </message>
    <message>
        <location filename="../../ui/results/rows.py" line="-71"/>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No target time: no Single Usability Metric</source>
        <translation>Pas de temps cible&#xa0;: pas de Single Usability Metric</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completion</source>
        <translation>réussite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time</source>
        <translation>temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction</source>
        <translation>satisfaction</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>grade {0} (curved scale); benchmark 68</source>
        <translation>note {0} (échelle courbe)&#xa0;; référence 68</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>no recommend answers</source>
        <translation>aucune réponse de recommandation</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{0} promoters, {1} passives, {2} detractors</source>
        <translation>{0} promoteurs, {1} passifs, {2} détracteurs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no customer numbers entered: {0}</source>
        <translation>aucun nombre de clients saisi&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by {0}, weighted by customers</source>
        <translation>par {0}, pondéré par les clients</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>; </source>
        <comment>between countries</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1}</source>
        <comment>a country: its segments</comment>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} (every segment)</source>
        <translation>{0} (tous segments)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer from: {0} (their weight is shared out over the strata that answered)</source>
        <translation>pas de réponse de&#xa0;: {0} (leur poids est réparti sur les strates qui ont répondu)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/results/table_export.py" line="+31"/>
        <source>Save table as CSV</source>
        <translation>Enregistrer le tableau en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ResultsImportDialog</name>
    <message>
        <location filename="../../ui/results_import/results_import_dialog.py" line="+54"/>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session start</source>
        <translation>Début de séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (s)</source>
        <translation>Temps (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ease (1–7)</source>
        <translation>Facilité (1–7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assists</source>
        <translation>Aides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device model</source>
        <translation>Modèle d’appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the outcome “{0}” is not one TestLab knows ({1})</source>
        <translation>l’issue «&#xa0;{0}&#xa0;» n’est pas connue de TestLab ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column “{0}” ({1})</source>
        <translation>colonne «&#xa0;{0}&#xa0;» ({1})</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+132"/>
        <source>Import results</source>
        <translation>Importer des résultats</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Results (one row per task attempt)</source>
        <translation>Résultats (une ligne par essai de tâche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing questionnaires (one row per session)</source>
        <translation>Questionnaires de fin (une ligne par séance)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds</source>
        <translation>Le fichier contient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file &amp;holds</source>
        <translation>Le fichier &amp;contient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns TestLab does not know: tick to leave them out</source>
        <translation>Colonnes inconnues de TestLab&#xa0;: cochez pour les ignorer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste or type the path of a CSV file, or choose one</source>
        <translation>Collez ou tapez le chemin d’un fichier CSV, ou choisissez-en un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose file…</source>
        <translation>C&amp;hoisir le fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a results CSV (one row per task attempt).</source>
        <translation>Choisissez un CSV de résultats (une ligne par essai de tâche).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems of the file</source>
        <translation>Problèmes du fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%d row(s) checked, no problem. Import will add %d closing questionnaire(s); %d already recorded.</source>
        <translation>%d ligne(s) vérifiée(s), aucun problème. L’import ajoutera&#xa0;%d questionnaire(s) de fin&#xa0;;&#xa0;%d déjà enregistré(s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} row checked</source>
        <translation>{0} ligne vérifiée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} rows checked</source>
        <translation>{0} lignes vérifiées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, no problem. Import will add {1} ({2}, {3}); {4} already recorded.</source>
        <translation>{0}, aucun problème. L’import ajoutera {1} ({2}, {3})&#xa0;; {4} déjà enregistrés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>{0} attempt</source>
        <translation>{0} essai</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+93"/>
        <source>{0} attempts</source>
        <translation>{0} essais</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>{0} new session</source>
        <translation>{0} nouvelle séance</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>{0} new sessions</source>
        <translation>{0} nouvelles séances</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>{0} new participant</source>
        <translation>{0} nouveau participant</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>{0} new participants</source>
        <translation>{0} nouveaux participants</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>{0}, no problem: everything in this file is already recorded. Nothing to import.</source>
        <translation>{0}, aucun problème&#xa0;: tout ce fichier est déjà enregistré. Rien à importer.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Leave out “%s”</source>
        <translation>Ignorer «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the column %s</source>
        <translation>Ignorer la colonne&#xa0;%s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Imported %d closing questionnaire(s); %d already recorded.</source>
        <translation>%d questionnaire(s) de fin importé(s)&#xa0;;&#xa0;%d déjà enregistré(s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {0} ({1}, {2}); {3} already recorded.</source>
        <translation>{0} importés ({1}, {2})&#xa0;; {3} déjà enregistrés.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The import failed; nothing was written.</source>
        <translation>L’import a échoué&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing…</source>
        <translation>Import…</translation>
    </message>
</context>
<context>
    <name>ResultsSection</name>
    <message>
        <location filename="../../ui/results/results_section.py" line="+98"/>
        <source>Report… ({0})</source>
        <translation>Rapport… ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the product&apos;s report</source>
        <translation>Exporter le rapport du produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysing…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Results pages</source>
        <translation>Pages des résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tage results</source>
        <translation>Résultats de l’é&amp;tape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mparison</source>
        <translation>Co&amp;mparaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brea&amp;kdown</source>
        <translation>&amp;Ventilation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produit&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sta&amp;ge:</source>
        <translation>Étap&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfidence:</source>
        <translation>C&amp;onfiance&#xa0;:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No products yet: add one in Setup, or load the demo network.</source>
        <translation>Pas encore de produit&#xa0;: ajoutez-en un dans Configuration, ou chargez le réseau de démonstration.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{0} has no stages yet.</source>
        <translation>{0} n’a pas encore d’étapes.</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <location filename="../../ui/startup/resume_offer.py" line="+28"/>
        <source>• {0} · {1} · {2} ({3}) · {4} of {5} tasks recorded</source>
        <translation>• {0} · {1} · {2} ({3}) · {4} tâches sur {5} enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No participant</source>
        <translation>Aucun participant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resume a session?</source>
        <translation>Reprendre une séance&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session was still open on this PC when TestLab stopped:</source>
        <translation>Une séance était encore ouverte sur ce PC quand TestLab s’est arrêté&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} sessions were still open on this PC when TestLab stopped:</source>
        <translation>{0} séances étaient encore ouvertes sur ce PC quand TestLab s’est arrêté&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything entered is kept. Resume it where it stopped?</source>
        <translation>Tout ce qui a été saisi est conservé. La reprendre là où elle s’est arrêtée&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything entered is kept. Resume them where they stopped?</source>
        <translation>Tout ce qui a été saisi est conservé. Les reprendre là où elles se sont arrêtées&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SEQ</name>
    <message>
        <location filename="../../ui/console/task_view.py" line="+64"/>
        <source>Overall, how difficult or easy was the task to complete?</source>
        <translation>Dans l’ensemble, cette tâche a-t-elle été difficile ou facile à réaliser&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ScaleRow</name>
    <message>
        <location filename="../../ui/console/questionnaire_view.py" line="-166"/>
        <source>Question %1, answer %2</source>
        <translation>Question&#xa0;%1, réponse&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>ScheduleSection</name>
    <message>
        <location filename="../../ui/schedule/schedule_section.py" line="+39"/>
        <source>Schedule pages</source>
        <translation>Pages du planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>SessionRecordDialog</name>
    <message>
        <location filename="../../ui/sessions/session_record_dialog.py" line="+46"/>
        <source>Corrections are signed by the member of staff at this PC, and none is set: choose who you are under Settings → This lab PC….</source>
        <translation>Les corrections sont signées par le membre du personnel de ce PC, et aucun n’est défini&#xa0;: indiquez qui vous êtes dans Paramètres → Ce PC de labo….</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Recorded results</source>
        <translation>Résultats enregistrés</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded attempts</source>
        <translation>Essais enregistrés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Corrections of the selected attempt</source>
        <translation>Corrections de l’essai sélectionné</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>What the session recorded</source>
        <translation>Ce que la séance a enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correct…  [{0}]</source>
        <translation>Corriger…  [{0}]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit observation…  [{0}]</source>
        <translation>Modifier l’observation…  [{0}]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct answers…  [{0}]</source>
        <translation>Corriger les réponses…  [{0}]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No participant</source>
        <translation>Aucun participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded results · {0}</source>
        <translation>Résultats enregistrés · {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}, {1} (centre time) · {2} · {3} of {4} tasks recorded</source>
        <translation>{0}, {1} (heure du centre) · {2} · {3} tâches sur {4} enregistrées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has been recorded in this session yet.</source>
        <translation>Rien n’a encore été enregistré dans cette séance.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 correction</source>
        <translation>1 correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} corrections</source>
        <translation>{0} corrections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History of “{0}”: {1}, newest first, with the values each one replaced</source>
        <translation>Historique de «&#xa0;{0}&#xa0;»&#xa0;: {1}, les plus récentes d’abord, avec les valeurs que chacune a remplacées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History of “{0}”: never corrected (recorded by {1}, {2})</source>
        <translation>Historique de «&#xa0;{0}&#xa0;»&#xa0;: jamais corrigé (enregistré par {1}, {2})</translation>
    </message>
</context>
<context>
    <name>SessionsSection</name>
    <message>
        <location filename="../../ui/sessions/sessions_section.py" line="+39"/>
        <source>Today&apos;s sessions</source>
        <translation>Séances du jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC has no centre yet. Choose the test centre it stands in, and who is using it, to list the centre&apos;s sessions for today.</source>
        <translation>Ce PC n’a pas encore de centre. Choisissez le centre de test où il se trouve, et qui l’utilise, pour lister les séances du jour du centre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose this PC&apos;s centre…</source>
        <translation>Choisir le centre de ce PC…</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <location filename="../../ui/sessions/sessions_view.py" line="+81"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the session left running</source>
        <translation>Reprendre la séance restée en cours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sessions of the day</source>
        <translation>Séances de la journée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start / resume session</source>
        <translation>&amp;Démarrer / reprendre la séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Walk-in session…</source>
        <translation>Séance sans rende&amp;z-vous…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded &amp;results…</source>
        <translation>&amp;Résultats enregistrés…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous day</source>
        <translation>Jour &amp;précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next day</source>
        <translation>Jour &amp;suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose a day…</source>
        <translation>&amp;Choisir un jour…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>◀ Previous day</source>
        <translation>◀ Jour précédent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day listed</source>
        <translation>Jour affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a day or pick one in the calendar ({0})</source>
        <translation>Tapez un jour ou choisissez-le dans le calendrier ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next day ▶</source>
        <translation>Jour suivant ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start / Resume</source>
        <translation>Démarrer / Reprendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-in session…</source>
        <translation>Séance sans rendez-vous…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded results…</source>
        <translation>Résultats enregistrés…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Today&apos;s sessions</source>
        <translation>Séances du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set this PC&apos;s centre in the settings to see its sessions.</source>
        <translation>Définissez le centre de ce PC dans les paramètres pour voir ses séances.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Today at {0}</source>
        <translation>Aujourd’hui à {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sessions today: a walk-in participant can still be tested (Walk-in session…).</source>
        <translation>Aucune séance aujourd’hui&#xa0;: un participant sans rendez-vous peut tout de même être testé (Séance sans rendez-vous…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} at {1}</source>
        <translation>{0} à {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sessions on this day.</source>
        <translation>Aucune séance ce jour-là.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (and {0} more)</source>
        <translation> (et {0} de plus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A session was left running: {0} · {1}, {2} of {3} tasks recorded{4}. Resume it where it stopped?</source>
        <translation>Une séance est restée en cours&#xa0;: {0} · {1}, {2} tâches sur {3} enregistrées{4}. La reprendre là où elle s’est arrêtée&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/setup/setup_page.py" line="+160"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message>
        <location filename="../../ui/setup/setup_section.py" line="+42"/>
        <source>Setup pages</source>
        <translation>Pages de configuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centres and rooms</source>
        <translation>Centres et salles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products and stages</source>
        <translation>Produits et étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studies and tasks</source>
        <translation>Études et tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer numbers</source>
        <translation>Nombre de clients</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/common/shortcuts.py" line="+186"/>
        <source>Go to the first section (Ctrl+2, Ctrl+3: the next ones)</source>
        <translation>Aller à la première section (Ctrl+2, Ctrl+3&#xa0;: les suivantes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the current section</source>
        <translation>Rechercher dans la section actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import results from a CSV file</source>
        <translation>Importer des résultats depuis un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a product&apos;s PDF findings report</source>
        <translation>Exporter le rapport PDF des constats d’un produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set this lab PC&apos;s centre and staff member</source>
        <translation>Définir le centre et le membre du personnel de ce PC de labo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Show the keyboard shortcuts of this screen</source>
        <translation>Afficher les raccourcis clavier de cet écran</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Quit TestLab</source>
        <translation>Quitter TestLab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start or resume the selected session</source>
        <translation>Démarrer ou reprendre la séance sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test a walk-in participant (new session)</source>
        <translation>Tester un participant sans rendez-vous (nouvelle séance)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and correct the selected session&apos;s results</source>
        <translation>Revoir et corriger les résultats de la séance sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the day&apos;s sessions again</source>
        <translation>Lister de nouveau les séances du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to today</source>
        <translation>Revenir à aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or pick a day in the calendar</source>
        <translation>Saisir ou choisir un jour dans le calendrier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New entry: an empty form that Save creates</source>
        <translation>Nouvelle entrée&#xa0;: un formulaire vide que Enregistrer crée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the entry</source>
        <translation>Enregistrer l’entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a room, stage or task to the selected entry</source>
        <translation>Ajouter une salle, une étape ou une tâche à l’entrée sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected stage or task up</source>
        <translation>Monter l’étape ou la tâche sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected stage or task down</source>
        <translation>Descendre l’étape ou la tâche sélectionnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the table as tab-separated text (pastes into a spreadsheet)</source>
        <translation>Copier le tableau en texte séparé par des tabulations (se colle dans un tableur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the table as a CSV file</source>
        <translation>Enregistrer le tableau dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart as PNG (300 dpi) or SVG</source>
        <translation>Enregistrer le graphique en PNG (300 dpi) ou SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New finding for the selected task</source>
        <translation>Nouveau constat pour la tâche sélectionnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to this week</source>
        <translation>Revenir à cette semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the week to another centre</source>
        <translation>Afficher la semaine d’un autre centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every room or one room</source>
        <translation>Afficher toutes les salles ou une seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book the selected free slot, or open the session in it (arrow keys move the selection)</source>
        <translation>Réserver le créneau libre sélectionné, ou ouvrir sa séance (les flèches déplacent la sélection)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected session: arrow keys carry it, Return drops it</source>
        <translation>Déplacer la séance sélectionnée&#xa0;: les flèches la déplacent, Return la dépose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a session being moved back where it was</source>
        <translation>Remettre une séance en cours de déplacement à sa place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected session</source>
        <translation>Annuler la séance sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a participant to the pool, with consent</source>
        <translation>Ajouter un participant au vivier, avec son consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the selected participant&apos;s contact details</source>
        <translation>Effacer les coordonnées du participant sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New finding of the product shown</source>
        <translation>Nouveau constat pour le produit affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected finding (Return works too)</source>
        <translation>Modifier le constat sélectionné (Return aussi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the selected finding&apos;s status at a stage</source>
        <translation>Définir le statut du constat sélectionné à une étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the product&apos;s findings log as CSV</source>
        <translation>Exporter le journal des constats du produit en CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the finding</source>
        <translation>Enregistrer le constat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the selected attempt or observation, or the questionnaire&apos;s answers (Return works too)</source>
        <translation>Corriger l’essai ou l’observation sélectionné(e), ou les réponses au questionnaire (Return aussi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the tasks&apos; attempts</source>
        <translation>Afficher les essais des tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the observations</source>
        <translation>Afficher les observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the questionnaire&apos;s answers</source>
        <translation>Afficher les réponses au questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a finding from the selected observations</source>
        <translation>Créer un constat à partir des observations sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected observations to a finding as evidence</source>
        <translation>Ajouter les observations sélectionnées à un constat comme preuves</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write an observation</source>
        <translation>Écrire une observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant mode: hide the facilitator&apos;s panel</source>
        <translation>Mode participant&#xa0;: masquer le panneau de l’animateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the page from an observation</source>
        <translation>Revenir à la page depuis une observation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm the participant&apos;s consent</source>
        <translation>Confirmer le consentement du participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the participant in</source>
        <translation>Accueillir le participant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start or stop the task timer</source>
        <translation>Démarrer ou arrêter le chrono de la tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the timer</source>
        <translation>Mettre le chrono en pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the time on task</source>
        <translation>Saisir le temps passé sur la tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note on the task</source>
        <translation>Écrire une note sur la tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more error</source>
        <translation>Une erreur de plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One error less</source>
        <translation>Une erreur de moins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more assist</source>
        <translation>Une aide de plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One assist less</source>
        <translation>Une aide de moins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome: S success, A with assistance, F failure, G gave up, C false completion, K skipped</source>
        <translation>Issue&#xa0;: S réussite, A avec aide, F échec, G abandon, C fausse réussite, K passée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ease rating 1 (very difficult) to 7 (very easy)</source>
        <translation>Facilité de 1 (très difficile) à 7 (très facile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the attempt and go to the next task</source>
        <translation>Enregistrer l’essai et passer à la tâche suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back to a recorded task (to correct it)</source>
        <translation>Revenir à une tâche enregistrée (pour la corriger)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step forward again, to where the session stands</source>
        <translation>Avancer de nouveau, jusqu’où en est la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll the facilitator&apos;s panel down</source>
        <translation>Faire défiler le panneau de l’animateur vers le bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll the facilitator&apos;s panel up</source>
        <translation>Faire défiler le panneau de l’animateur vers le haut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer the highlighted question</source>
        <translation>Répondre à la question en surbrillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous question</source>
        <translation>Question précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish the questionnaire</source>
        <translation>Terminer le questionnaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the console</source>
        <translation>Fermer la console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and correct the session&apos;s results</source>
        <translation>Revoir et corriger les résultats de la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll the summary down</source>
        <translation>Faire défiler le résumé vers le bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll the summary up</source>
        <translation>Faire défiler le résumé vers le haut</translation>
    </message>
    <message>
        <location filename="../../ui/common/shortcuts_help.py" line="+28"/>
        <source>Anywhere in the window</source>
        <translation>Partout dans la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A finding&apos;s form</source>
        <translation>Le formulaire d’un constat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session&apos;s recorded results</source>
        <translation>Les résultats enregistrés d’une séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anywhere in the session console</source>
        <translation>Partout dans la console de séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A task</source>
        <translation>Une tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing questionnaire</source>
        <translation>Le questionnaire de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session&apos;s summary</source>
        <translation>Le résumé de la séance</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelpDialog</name>
    <message>
        <location line="+33"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keys of the screen you are on. Menus open with Alt and their underlined letter.</source>
        <translation>Les touches de l’écran où vous êtes. Les menus s’ouvrent avec Alt et leur lettre soulignée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts of this screen</source>
        <translation>Raccourcis clavier de cet écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they do</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close the shortcuts window</source>
        <translation>Fermer la fenêtre des raccourcis</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../ui/setup/staff_page.py" line="-19"/>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designer</source>
        <translation>Concepteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product owner</source>
        <translation>Responsable produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Home centre</source>
        <translation>Centre de &amp;rattachement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <location line="+9"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Deactivate or reactivate</source>
        <translation>Désactiver ou réactiver</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Re&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/findings/status_dialog.py" line="+35"/>
        <source>Status of “{0}”</source>
        <translation>Statut de «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stage</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tatus</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A status is kept for the stages after &apos;{0}&apos;, where it was first seen, and this product has none yet.</source>
        <translation>Un statut est conservé pour les étapes qui suivent «&#xa0;{0}&#xa0;», où il a été observé la première fois, et ce produit n’en a pas encore.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save  [{0}]</source>
        <translation>Enregistrer  [{0}]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First seen at {0}. Recorded so far: {1}.</source>
        <translation>Observé la première fois à {0}. Enregistré jusqu’ici&#xa0;: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing (open)</source>
        <translation>rien (ouvert)</translation>
    </message>
</context>
<context>
    <name>StudiesPage</name>
    <message>
        <location filename="../../ui/setup/studies_page.py" line="-22"/>
        <source>Change the wording?</source>
        <translation>Modifier la formulation&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change it anyway?</source>
        <translation>La modifier quand même&#xa0;?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Studies</source>
        <translation>Études</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product and s&amp;tage</source>
        <translation>Produit et é&amp;tape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stage yet: add a product and its stages first</source>
        <translation>Pas encore d’étape&#xa0;: ajoutez d’abord un produit et ses étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Starts on</source>
        <translation>&amp;Début le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends on</source>
        <translation>&amp;Fin le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Centres taking part</source>
        <translation>&amp;Centres participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned sample</source>
        <translation>Échantillon prévu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tas&amp;ks, in order</source>
        <translation>Tâc&amp;hes, dans l’ordre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task ke&amp;y</source>
        <translation>C&amp;lé de la tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task tit&amp;le</source>
        <translation>Tit&amp;re de la tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sce&amp;nario</source>
        <translation>Scé&amp;nario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success c&amp;riteria</source>
        <translation>Critères de réu&amp;ssite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tar&amp;get time</source>
        <translation>Temps ci&amp;ble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the tasks of</source>
        <translation>Copier les tâches de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;py its tasks</source>
        <translation>Co&amp;pier ses tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy its tasks</source>
        <translation>Copier ses tâches</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy tasks &amp;from</source>
        <translation>Copier les tâches d&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy tasks from</source>
        <translation>Copier les tâches de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save t&amp;ask</source>
        <translation>Enregistrer la t&amp;âche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save task</source>
        <translation>Enregistrer la tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Planned sample at %s</source>
        <translation>Échantillon prévu à&#xa0;%s</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>stage: add a product and a stage first (Products and stages).</source>
        <translation>étape&#xa0;: ajoutez d’abord un produit et une étape (Produits et étapes).</translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <location filename="../../ui/schedule/study_view.py" line="+21"/>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your time zone</source>
        <translation>Votre fuseau horaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Study:</source>
        <translation>Étude&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown in:</source>
        <translation>Affiché en&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The study&apos;s sessions</source>
        <translation>Les séances de l’étude</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned, booked and completed by centre</source>
        <translation>Prévues, réservées et terminées par centre</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No study yet: add one in Setup.</source>
        <translation>Pas encore d’étude&#xa0;: ajoutez-en une dans Configuration.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0}: {1} sessions in {2} centres; planned {3}, booked {4}, completed {5}. Your time is {6}.</source>
        <translation>{0}&#xa0;: {1} séances dans {2} centres&#xa0;; prévues {3}, réservées {4}, terminées {5}. Votre heure est {6}.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../ui/console/summary_view.py" line="+29"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ease (1–7)</source>
        <translation>Facilité (1–7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assists</source>
        <translation>Aides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tasks of the session and what was recorded</source>
        <translation>Tâches de la séance et ce qui a été enregistré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the console  [%1]</source>
        <translation>Fermer la console  [%1]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct results…  [%1]</source>
        <translation>Corriger les résultats…  [%1]</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Session completed: %1</source>
        <translation>Séance terminée&#xa0;:&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of %1 task done</source>
        <translation>
            <numerusform>%n tâche sur&#xa0;%1 faite</numerusform>
            <numerusform>%n tâches sur&#xa0;%1 faites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of %1 tasks done</source>
        <translation>
            <numerusform>%n tâche sur&#xa0;%1 faite</numerusform>
            <numerusform>%n tâches sur&#xa0;%1 faites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n successful</source>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>%n réussies</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time on tasks %1</source>
        <translation>temps sur les tâches&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n observation</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n observations</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not done</source>
        <translation>non faite</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Observations:</source>
        <translation>Observations&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>… and %n earlier</source>
        <translation>
            <numerusform>… et&#xa0;%n plus ancienne</numerusform>
            <numerusform>… et&#xa0;%n plus anciennes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No observations.</source>
        <translation>Aucune observation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>questionnaire %1 of %2 answered</source>
        <translation>questionnaire&#xa0;:&#xa0;%1 réponses sur&#xa0;%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SUS %1</source>
        <translation>SUS&#xa0;%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUS incomplete</source>
        <translation>SUS incomplet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>promoter</source>
        <translation>promoteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passive</source>
        <translation>passif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detractor</source>
        <translation>détracteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>would recommend %1/10: %2</source>
        <translation>recommanderait&#xa0;%1/10&#xa0;:&#xa0;%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recommend not answered</source>
        <translation>recommandation sans réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction %1/5</source>
        <translation>satisfaction&#xa0;%1/5</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../ui/results/pages.py" line="-173"/>
        <source>Copy table ({0})</source>
        <translation>Copier le tableau ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy table as tab-separated text</source>
        <translation>Copier le tableau en texte séparé par des tabulations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save table as CSV… ({0})</source>
        <translation>Enregistrer le tableau en CSV… ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save table as CSV</source>
        <translation>Enregistrer le tableau en CSV</translation>
    </message>
</context>
<context>
    <name>TaskView</name>
    <message>
        <location filename="../../ui/console/task_view.py" line="+2"/>
        <source>very difficult</source>
        <translation>très difficile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difficult</source>
        <translation>difficile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rather difficult</source>
        <translation>plutôt difficile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither difficult nor easy</source>
        <translation>ni difficile ni facile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rather easy</source>
        <translation>plutôt facile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>easy</source>
        <translation>facile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very easy</source>
        <translation>très facile</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Success criteria</source>
        <translation>Critères de réussite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the time, m:ss  [%1]</source>
        <translation>Saisir le temps, m:ss  [%1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time on task, typed (minutes:seconds)</source>
        <translation>Temps sur la tâche, saisi (minutes:secondes)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outcome: %1</source>
        <translation>Issue&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ease: “%1”  1 = very difficult … 7 = very easy</source>
        <translation>Facilité&#xa0;: «&#xa0;%1&#xa0;»  1 = très difficile … 7 = très facile</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Errors</source>
        <translation>&amp;Erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ssists</source>
        <translation>A&amp;ides</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note on this attempt  [%1]</source>
        <translation>Note sur cet essai  [%1]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on this attempt</source>
        <translation>Note sur cet essai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why is this correction made? (required)</source>
        <translation>Pourquoi cette correction&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the correction</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Ease %1 of 7 — %2</source>
        <translation>Facilité&#xa0;%1 sur 7 —&#xa0;%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Task %1 of %2</source>
        <translation>Tâche&#xa0;%1 sur&#xa0;%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · recorded: correcting it</source>
        <translation> · enregistrée&#xa0;: en correction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none written)</source>
        <translation>(rien d’écrit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target time %1</source>
        <translation>Temps cible&#xa0;%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the correction  [%1]</source>
        <translation>Enregistrer la correction  [%1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and next task  [%1]</source>
        <translation>Enregistrer et tâche suivante  [%1]</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Timing went on while the console was closed</source>
        <translation>Le chrono a continué pendant que la console était fermée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused when the console closed</source>
        <translation>Mis en pause à la fermeture de la console</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Success, yet assists are counted: was it “Success with help” (%1)?</source>
        <translation>Réussite, mais des aides sont comptées&#xa0;: était-ce «&#xa0;Réussite avec aide&#xa0;» (%1)&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A success in %1 s is unusually quick: check the time.</source>
        <translation>Une réussite en&#xa0;%1 s est inhabituellement rapide&#xa0;: vérifiez le temps.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose the outcome first (%1).</source>
        <translation>Choisissez d’abord l’issue (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No time yet: start the timer (%1) or type it (%2).</source>
        <translation>Pas encore de temps&#xa0;: démarrez le chrono (%1) ou saisissez-le (%2).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Say why the attempt is corrected.</source>
        <translation>Indiquez pourquoi l’essai est corrigé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A correction needs the member of staff at this PC (Settings → This lab PC…).</source>
        <translation>Une correction demande le membre du personnel de ce PC (Paramètres → Ce PC de labo…).</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../ui/results/pages.py" line="+39"/>
        <source>Task results</source>
        <translation>Résultats des tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage figures</source>
        <translation>Chiffres de l’étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted NPS by stratum</source>
        <translation>NPS pondéré par strate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>▲ above / ▼ below the benchmark (completion 78%, SEQ 5.5, SUS 68), ● interval includes it; time ▼ under / ▲ over the task&apos;s target. Every figure shows its n; “few data”: fewer than 5 values.</source>
        <translation>▲ au-dessus / ▼ en dessous de la référence (réussite 78&#xa0;%, SEQ 5,5, SUS 68), ● l’intervalle l’inclut&#xa0;; temps ▼ sous / ▲ au-dessus de la cible de la tâche. Chaque chiffre indique son n&#xa0;; «&#xa0;peu de données&#xa0;»&#xa0;: moins de 5 valeurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New finding for this task… ({0})</source>
        <translation>Nouveau constat pour cette tâche… ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New finding for the selected task</source>
        <translation>Nouveau constat pour la tâche sélectionnée</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Weighted NPS: {0}</source>
        <translation>NPS pondéré&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>TimerView</name>
    <message>
        <location filename="../../ui/console/timer_view.py" line="+15"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing…</source>
        <translation>Chronométrage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: interruption not counted</source>
        <translation>En pause&#xa0;: interruption non comptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Typed by hand</source>
        <translation>Saisi à la main</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>WeekCanvas</name>
    <message>
        <location filename="../../ui/schedule/week_canvas.py" line="+153"/>
        <location line="+133"/>
        <source>no participant</source>
        <translation>aucun participant</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+128"/>
        <source>outside hours</source>
        <translation>hors horaires</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../ui/schedule/week_grid.py" line="+40"/>
        <source>Week grid: arrow keys choose a slot, Return books or opens, M moves a session</source>
        <translation>Grille de la semaine&#xa0;: les flèches choisissent un créneau, Return réserve ou ouvre, M déplace une séance</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0}, {1}: free</source>
        <translation>{0}, {1}&#xa0;: libre</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../ui/schedule/week_view.py" line="+62"/>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rooms shown</source>
        <translation>Salles affichées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Previous ({0})</source>
        <translation>◀ Précédente ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week ({0})</source>
        <translation>Cette semaine ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next ▶ ({0})</source>
        <translation>Suivante ▶ ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrow keys choose a slot; {0} books it or opens its session; {1} moves a session (arrows, then {0}); {2} cancels one. Shaded: closed.</source>
        <translation>Les flèches choisissent un créneau&#xa0;; {0} le réserve ou ouvre sa séance&#xa0;; {1} déplace une séance (flèches, puis {0})&#xa0;; {2} en annule une. Grisé&#xa0;: fermé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Centre ({0}):</source>
        <translation>Centre ({0})&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rooms ({0}):</source>
        <translation>Salles ({0})&#xa0;:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No centre yet: add one in Setup.</source>
        <translation>Aucun centre&#xa0;: ajoutez-en un dans Configuration.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All rooms</source>
        <translation>Toutes les salles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} · week of {1} · {2} sessions · times in {3}</source>
        <translation>{0} · semaine du {1} · {2} séances · heures en {3}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not moved:</source>
        <translation>Non déplacée&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no participant</source>
        <translation>aucun participant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the session of {0} ({1}) at {2}?</source>
        <translation>Annuler la séance de {0} ({1}) à {2}&#xa0;?</translation>
    </message>
</context>
</TS>
