<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>EntryDetailView</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Claimed to be: %1</source>
        <translation>Se présentait comme : %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <source>Reply to: %1</source>
        <translation>Répondre à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Seen %1 times since %2.</source>
        <translation>Vu %1 fois depuis le %2.</translation>
    </message>
    <message>
        <source>Show the %1 entries from this sender</source>
        <translation>Afficher les %1 entrées de cet expéditeur</translation>
    </message>
    <message>
        <source>What they asked for: %1</source>
        <translation>Ce qui était demandé : %1</translation>
    </message>
    <message>
        <source>What you did: {reactions}</source>
        <translation>Ce que vous avez fait : {reactions}</translation>
    </message>
    <message>
        <source>What {name} did: {reactions}</source>
        <translation>Ce qu&apos;a fait {name} : {reactions}</translation>
    </message>
    <message>
        <source>See what to do now (step-by-step plan)</source>
        <translation>Voir quoi faire maintenant (étape par étape)</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <source>Links (made harmless, not clickable)</source>
        <translation>Liens (rendus inoffensifs, non cliquables)</translation>
    </message>
    <message>
        <source>Copy the real address…</source>
        <translation>Copier la vraie adresse…</translation>
    </message>
    <message>
        <source>Copy the real address of %1</source>
        <translation>Copier la vraie adresse de %1</translation>
    </message>
    <message>
        <source>%1 more links are not shown.</source>
        <translation>%1 autres liens ne sont pas affichés.</translation>
    </message>
    <message>
        <source>Attachments (listed only, never opened)</source>
        <translation>Pièces jointes (listées seulement, jamais ouvertes)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bytes)</source>
        <translation>%1 (%2, %3 octets)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>dangerous: do not open it</source>
        <translation>dangereuse : ne l&apos;ouvrez pas</translation>
    </message>
    <message>
        <source>What was given: %1</source>
        <translation>Ce qui a été donné : %1</translation>
    </message>
    <message>
        <source>Reported to %1</source>
        <translation>Signalé à %1</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <source>Original email kept as evidence, encrypted in the journal (it may contain numbers in clear).</source>
        <translation>Courriel d&apos;origine gardé comme preuve, chiffré dans le journal (il contient peut-être des numéros en clair).</translation>
    </message>
    <message>
        <source>Message text (shown as plain text, links made harmless)</source>
        <translation>Texte du message (affiché en texte simple, liens rendus inoffensifs)</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Copy the real address?</source>
        <translation>Copier la vraie adresse ?</translation>
    </message>
    <message>
        <source>The real address of %1 will be copied. Do not open it in your browser: copy it only to report it (for example to Phishing Initiative or signal-spam).</source>
        <translation>La vraie adresse de %1 va être copiée. Ne l&apos;ouvrez pas dans votre navigateur : copiez-la seulement pour la signaler (par exemple à Phishing Initiative ou à signal-spam).</translation>
    </message>
    <message>
        <source>Choose an entry in the list to see everything about it here.</source>
        <translation>Choisissez une entrée dans la liste pour voir ici tout son détail.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Edit this entry</source>
        <translation>Modifier cette entrée</translation>
    </message>
    <message>
        <source>Mark as &amp;handled</source>
        <translation>Marquer comme &amp;traité</translation>
    </message>
    <message>
        <source>Mark this entry as handled</source>
        <translation>Marquer cette entrée comme traitée</translation>
    </message>
    <message>
        <source>I &amp;reported it…</source>
        <translation>Je l&apos;ai &amp;signalé…</translation>
    </message>
    <message>
        <source>Record where you reported this entry</source>
        <translation>Noter où vous avez signalé cette entrée</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Supprimer cette entrée</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Détail de l&apos;entrée</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Save the file</source>
        <translation>Enregistrer le fichier</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved, readable only by you on this computer: {path}</source>
        <translation>Enregistré, lisible par vous seul sur cet ordinateur&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Prepare a file</source>
        <translation>Préparer un dossier</translation>
    </message>
    <message>
        <source>A file for the bank, the police or a complaint</source>
        <translation>Un dossier pour la banque, la police ou une plainte</translation>
    </message>
    <message>
        <source>One document with each contact in time order: when, how, who they claimed to be, what they asked, what was done, the warning signs and where it was reported. Addresses and links are written so that they cannot be clicked.</source>
        <translation>Un seul document avec chaque contact dans l’ordre chronologique&#xa0;: quand, comment, qui la personne prétendait être, ce qu’elle demandait, ce qui a été fait, les signes d’alerte et où cela a été signalé. Les adresses et les liens sont écrits de façon à ne pas pouvoir être cliqués.</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation>Quels contacts</translation>
    </message>
    <message>
        <source>The entries selected in the journal ({n})</source>
        <translation>Les entrées sélectionnées dans le journal ({n})</translation>
    </message>
    <message>
        <source>Those of a period</source>
        <translation>Ceux d’une période</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>The whole journal</source>
        <translation>Tout le journal</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>PDF, to print or send to a bank adviser or the police</source>
        <translation>PDF, à imprimer ou à envoyer à un conseiller bancaire ou à la police</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet</source>
        <translation>CSV, pour un tableur</translation>
    </message>
    <message>
        <source>JSON, for a lawyer&apos;s or an association&apos;s tools</source>
        <translation>JSON, pour les outils d’un avocat ou d’une association</translation>
    </message>
    <message>
        <source>&amp;Language of the file:</source>
        <translation>&amp;Langue du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Write card, bank account and social-security numbers in full where the original message was kept (only if the bank or the police asks for them)</source>
        <translation>Écrire en entier les numéros de carte, de compte bancaire et de sécurité sociale quand le message d’origine a été gardé (seulement si la banque ou la police les demande)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>this file does not exist or is not a file</source>
        <translation>ce fichier n&apos;existe pas ou n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>too large to be read safely; it was not opened</source>
        <translation>trop volumineux pour être lu sans risque ; il n&apos;a pas été ouvert</translation>
    </message>
    <message>
        <source>this file cannot be read</source>
        <translation>ce fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>not a readable email: damaged or built in an unusual way</source>
        <translation>ce n&apos;est pas un courriel lisible : il est abîmé ou construit de façon inhabituelle</translation>
    </message>
    <message>
        <source>it could not be imported because of an internal error</source>
        <translation>il n&apos;a pas pu être importé à cause d&apos;une erreur interne</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Importing the email files: %1 of %2 done. You can keep working.</source>
        <translation>Import des courriels : %1 sur %2. Vous pouvez continuer à utiliser Vigilance.</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Arrêt de l&apos;import…</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n entry(ies) added.</source>
        <translation>
            <numerusform>Import terminé : %n entrée ajoutée.</numerusform>
            <numerusform>Import terminé : %n entrées ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être importé.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import stopped: %n entry(ies) had been added before you stopped it.</source>
        <translation>
            <numerusform>Import arrêté : %n entrée avait été ajoutée avant l’arrêt.</numerusform>
            <numerusform>Import arrêté : %n entrées avaient été ajoutées avant l’arrêt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files at once is too many: import at most %2 at a time.</source>
        <translation>%1 fichiers d&apos;un coup, c&apos;est trop : importez-en %2 au plus à la fois.</translation>
    </message>
    <message>
        <source>The import stopped because of an internal error. The entries already added are kept.</source>
        <translation>L&apos;import s&apos;est arrêté à cause d&apos;une erreur interne. Les entrées déjà ajoutées sont conservées.</translation>
    </message>
    <message>
        <source>The original email files were kept as evidence, encrypted with the journal.</source>
        <translation>Les fichiers des courriels d&apos;origine ont été conservés comme preuve, chiffrés avec le journal.</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation>Fermer le compte rendu de l&apos;import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Avancement de l&apos;import</translation>
    </message>
    <message>
        <source>Files not imported, and why:</source>
        <translation>Fichiers non importés, et pourquoi :</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>Fichiers non importés</translation>
    </message>
</context>
<context>
    <name>JournalCapture</name>
    <message>
        <source>A suspicious call</source>
        <translation>Un appel suspect</translation>
    </message>
    <message>
        <source>A suspicious SMS</source>
        <translation>Un SMS suspect</translation>
    </message>
    <message>
        <source>A suspicious email</source>
        <translation>Un courriel suspect</translation>
    </message>
    <message>
        <source>A suspicious letter</source>
        <translation>Un courrier suspect</translation>
    </message>
    <message>
        <source>A suspicious website</source>
        <translation>Un site web suspect</translation>
    </message>
    <message>
        <source>The &amp;number that called (if shown):</source>
        <translation>Le &amp;numéro qui a appelé (s&apos;il s&apos;affichait) :</translation>
    </message>
    <message>
        <source>The &amp;sender (number or name):</source>
        <translation>L&apos;&amp;expéditeur (numéro ou nom) :</translation>
    </message>
    <message>
        <source>The &amp;sender&apos;s address:</source>
        <translation>L&apos;adresse de l&apos;&amp;expéditeur :</translation>
    </message>
    <message>
        <source>The &amp;return address or number given:</source>
        <translation>L&apos;&amp;adresse ou le numéro indiqué :</translation>
    </message>
    <message>
        <source>The &amp;web address:</source>
        <translation>L&apos;adresse du &amp;site :</translation>
    </message>
    <message>
        <source>a social security number</source>
        <translation>un numéro de sécurité sociale</translation>
    </message>
    <message>
        <source>a card number</source>
        <translation>un numéro de carte bancaire</translation>
    </message>
    <message>
        <source>an IBAN</source>
        <translation>un IBAN</translation>
    </message>
    <message>
        <source>You wrote %1. To protect you, Vigilance keeps only its last 4 characters: the journal never stores such numbers in full.</source>
        <translation>Vous avez écrit %1. Pour vous protéger, Vigilance n&apos;en garde que les 4 derniers caractères : le journal n&apos;enregistre jamais ces numéros en entier.</translation>
    </message>
</context>
<context>
    <name>JournalHomePanel</name>
    <message>
        <source>I just had a suspicious &amp;call</source>
        <translation>Je viens de recevoir un &amp;appel suspect</translation>
    </message>
    <message>
        <source>Your journal of suspicious contacts</source>
        <translation>Votre journal des contacts suspects</translation>
    </message>
    <message>
        <source>{name}&apos;s journal of suspicious contacts</source>
        <translation>Journal des contacts suspects de {name}</translation>
    </message>
    <message>
        <source>{name} just had a suspicious &amp;call</source>
        <translation>{name} vient de recevoir un &amp;appel suspect</translation>
    </message>
    <message>
        <source>Open your &amp;journal</source>
        <translation>Ouvrir votre &amp;journal</translation>
    </message>
    <message>
        <source>Open {name}&apos;s &amp;journal</source>
        <translation>Ouvrir le &amp;journal de {name}</translation>
    </message>
    <message>
        <source>Nothing written down yet. A suspicious call, SMS or email? Note it here in less than a minute.</source>
        <translation>Rien de noté pour l&apos;instant. Un appel, un SMS ou un courriel suspect ? Notez-le ici en moins d&apos;une minute.</translation>
    </message>
    <message>
        <source>Nothing written down yet in {name}&apos;s journal. A suspicious call, SMS or email? Note it here in less than a minute.</source>
        <translation>Rien de noté pour l&apos;instant dans le journal de {name}. Un appel, un SMS ou un courriel suspect ? Notez-le ici en moins d&apos;une minute.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Open the entry: %1</source>
        <translation>Ouvrir l&apos;entrée : %1</translation>
    </message>
</context>
<context>
    <name>JournalLabels</name>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Message vocal</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>Messagerie (WhatsApp, réseau social)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>I did nothing / ignored it</source>
        <translation>Je n&apos;ai rien fait / j&apos;ai ignoré</translation>
    </message>
    <message>
        <source>I replied</source>
        <translation>J&apos;ai répondu</translation>
    </message>
    <message>
        <source>I clicked a link</source>
        <translation>J&apos;ai cliqué sur un lien</translation>
    </message>
    <message>
        <source>I called the number back</source>
        <translation>J&apos;ai rappelé le numéro</translation>
    </message>
    <message>
        <source>I gave personal information</source>
        <translation>J&apos;ai donné des informations personnelles</translation>
    </message>
    <message>
        <source>I gave a login or password</source>
        <translation>J&apos;ai donné un identifiant ou un mot de passe</translation>
    </message>
    <message>
        <source>I gave my card details</source>
        <translation>J&apos;ai donné les numéros de ma carte bancaire</translation>
    </message>
    <message>
        <source>I gave my bank details (IBAN)</source>
        <translation>J&apos;ai donné mes coordonnées bancaires (IBAN)</translation>
    </message>
    <message>
        <source>I gave my social security number</source>
        <translation>J&apos;ai donné mon numéro de sécurité sociale</translation>
    </message>
    <message>
        <source>I paid or sent money</source>
        <translation>J&apos;ai payé ou envoyé de l&apos;argent</translation>
    </message>
    <message>
        <source>I installed a program they asked for</source>
        <translation>J&apos;ai installé un programme à leur demande</translation>
    </message>
    <message>
        <source>Did nothing / ignored it</source>
        <translation>N&apos;a rien fait / a ignoré</translation>
    </message>
    <message>
        <source>Replied to them</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Clicked a link in the message</source>
        <translation>A cliqué sur un lien</translation>
    </message>
    <message>
        <source>Called the number back</source>
        <translation>A rappelé le numéro</translation>
    </message>
    <message>
        <source>Gave some personal information</source>
        <translation>A donné des informations personnelles</translation>
    </message>
    <message>
        <source>Gave a login or a password</source>
        <translation>A donné un identifiant ou un mot de passe</translation>
    </message>
    <message>
        <source>Gave their card details</source>
        <translation>A donné les numéros de sa carte bancaire</translation>
    </message>
    <message>
        <source>Gave their bank details (IBAN)</source>
        <translation>A donné ses coordonnées bancaires (IBAN)</translation>
    </message>
    <message>
        <source>Gave their social security number</source>
        <translation>A donné son numéro de sécurité sociale</translation>
    </message>
    <message>
        <source>Paid or sent money</source>
        <translation>A payé ou envoyé de l&apos;argent</translation>
    </message>
    <message>
        <source>Installed a program the caller asked for</source>
        <translation>A installé un programme à leur demande</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Clicked a link</source>
        <translation>Clic sur un lien</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Rappelé</translation>
    </message>
    <message>
        <source>Gave personal information</source>
        <translation>Informations personnelles données</translation>
    </message>
    <message>
        <source>Gave a password</source>
        <translation>Mot de passe donné</translation>
    </message>
    <message>
        <source>Gave card details</source>
        <translation>Carte bancaire donnée</translation>
    </message>
    <message>
        <source>Gave bank details</source>
        <translation>Coordonnées bancaires données</translation>
    </message>
    <message>
        <source>Gave social security number</source>
        <translation>Numéro de sécurité sociale donné</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paiement fait</translation>
    </message>
    <message>
        <source>Installed a program</source>
        <translation>Programme installé</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Risque moyen</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <source>To deal with</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>33700 (SMS and calls)</source>
        <translation>33700 (SMS et appels)</translation>
    </message>
    <message>
        <source>Signal Spam</source>
        <translation>Signal Spam</translation>
    </message>
    <message>
        <source>Phishing Initiative</source>
        <translation>Phishing Initiative</translation>
    </message>
    <message>
        <source>Perceval (card fraud)</source>
        <translation>Perceval (fraude à la carte bancaire)</translation>
    </message>
    <message>
        <source>Police or gendarmerie (THESEE)</source>
        <translation>Police ou gendarmerie (THESEE)</translation>
    </message>
    <message>
        <source>My bank</source>
        <translation>Ma banque</translation>
    </message>
    <message>
        <source>Assurance Maladie or my insurer</source>
        <translation>L&apos;Assurance Maladie ou ma complémentaire</translation>
    </message>
    <message>
        <source>card details</source>
        <translation>les numéros de carte bancaire</translation>
    </message>
    <message>
        <source>bank details</source>
        <translation>les coordonnées bancaires</translation>
    </message>
    <message>
        <source>a login or password</source>
        <translation>un identifiant ou un mot de passe</translation>
    </message>
    <message>
        <source>social security number</source>
        <translation>le numéro de sécurité sociale</translation>
    </message>
    <message>
        <source>identity details</source>
        <translation>des informations d&apos;identité</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>l&apos;adresse postale</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>le numéro de téléphone</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>l&apos;adresse électronique</translation>
    </message>
    <message>
        <source>health information</source>
        <translation>des informations de santé</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Claimed to be</source>
        <translation>Se présentait comme</translation>
    </message>
    <message>
        <source>What they asked</source>
        <translation>Ce qui était demandé</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 (seen %2 times)</source>
        <translation>%1 (vu %2 fois)</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>I just had a suspicious &amp;call</source>
        <translation>Je viens de recevoir un &amp;appel suspect</translation>
    </message>
    <message>
        <source>A suspicious &amp;SMS</source>
        <translation>Un &amp;SMS suspect</translation>
    </message>
    <message>
        <source>A suspicious e&amp;mail</source>
        <translation>Un &amp;courriel suspect</translation>
    </message>
    <message>
        <source>A suspicious le&amp;tter</source>
        <translation>Un c&amp;ourrier suspect</translation>
    </message>
    <message>
        <source>A suspicious &amp;website</source>
        <translation>Un site &amp;web suspect</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Hide the &amp;filters</source>
        <translation>Masquer les &amp;filtres</translation>
    </message>
    <message>
        <source>&amp;Filters (%1 active)</source>
        <translation>&amp;Filtres (%1 actifs)</translation>
    </message>
    <message>
        <source>&amp;Filters…</source>
        <translation>&amp;Filtres…</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words or filters.</source>
        <translation>Aucun résultat. Essayez avec moins de mots ou de filtres.</translation>
    </message>
    <message>
        <source>Your journal is empty. When something suspicious happens, use the buttons above: it takes less than a minute.</source>
        <translation>Votre journal est vide. Quand quelque chose de suspect arrive, utilisez les boutons ci-dessus : cela prend moins d&apos;une minute.</translation>
    </message>
    <message>
        <source>Showing only the entries from %1.</source>
        <translation>Seules les entrées de %1 sont affichées.</translation>
    </message>
    <message>
        <source>Show &amp;all entries</source>
        <translation>Afficher &amp;toutes les entrées</translation>
    </message>
    <message>
        <source>Show all entries</source>
        <translation>Afficher toutes les entrées</translation>
    </message>
    <message>
        <source>%1 entries selected</source>
        <translation>%1 entrées sélectionnées</translation>
    </message>
    <message>
        <source>1 entry selected</source>
        <translation>1 entrée sélectionnée</translation>
    </message>
    <message>
        <source>Select one or several entries (Ctrl or Shift + click, or Shift + arrows).</source>
        <translation>Sélectionnez une ou plusieurs entrées (Ctrl ou Maj + clic, ou Maj + flèches).</translation>
    </message>
    <message>
        <source>%1 entries marked as handled.</source>
        <translation>%1 entrées marquées comme traitées.</translation>
    </message>
    <message>
        <source>The entry is marked as handled.</source>
        <translation>L&apos;entrée est marquée comme traitée.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The report is recorded with the entry.</source>
        <translation>Le signalement est noté avec l&apos;entrée.</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Tag to add to the %1 selected entries (for example: bank, reported):</source>
        <translation>Étiquette à ajouter aux %1 entrées sélectionnées (par exemple : banque, signalé) :</translation>
    </message>
    <message>
        <source>Tag “%1” added.</source>
        <translation>Étiquette « %1 » ajoutée.</translation>
    </message>
    <message>
        <source>Delete entries?</source>
        <translation>Supprimer les entrées ?</translation>
    </message>
    <message>
        <source>Delete the %1 selected entries? You can undo this right after.</source>
        <translation>Supprimer les %1 entrées sélectionnées ? Vous pourrez annuler juste après.</translation>
    </message>
    <message>
        <source>%1 entries deleted.</source>
        <translation>%1 entrées supprimées.</translation>
    </message>
    <message>
        <source>The entry was deleted.</source>
        <translation>L&apos;entrée a été supprimée.</translation>
    </message>
    <message>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>&amp;Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Keep the deletion</source>
        <translation>Confirmer la suppression</translation>
    </message>
    <message>
        <source>Edit the entry</source>
        <translation>Modifier l&apos;entrée</translation>
    </message>
    <message>
        <source>Leave the form?</source>
        <translation>Quitter le formulaire ?</translation>
    </message>
    <message>
        <source>What you wrote in the form will not be saved. Leave the form anyway?</source>
        <translation>Ce que vous avez écrit dans le formulaire ne sera pas enregistré. Quitter le formulaire quand même ?</translation>
    </message>
    <message>
        <source>The form is empty: write at least who contacted you or what they asked.</source>
        <translation>Le formulaire est vide : indiquez au moins qui vous a contacté ou ce qui vous était demandé.</translation>
    </message>
    <message>
        <source>This entry could not be saved: %1</source>
        <translation>Cette entrée n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Saved in the journal.</source>
        <translation>Enregistré dans le journal.</translation>
    </message>
    <message>
        <source>The original email file was kept as evidence, encrypted with the journal.</source>
        <translation>Le fichier du courriel d&apos;origine a été conservé comme preuve, chiffré avec le journal.</translation>
    </message>
    <message>
        <source>What you did can be put right: there are simple steps to follow now, one at a time.</source>
        <translation>Cela peut se rattraper : il y a des étapes simples à suivre maintenant, une à la fois.</translation>
    </message>
    <message>
        <source>What {name} did can be put right: there are simple steps to follow now, one at a time.</source>
        <translation>Cela peut se rattraper pour {name} : il y a des étapes simples à suivre maintenant, une à la fois.</translation>
    </message>
    <message>
        <source>&amp;See what to do now</source>
        <translation>&amp;Voir quoi faire maintenant</translation>
    </message>
    <message>
        <source>See what to do now</source>
        <translation>Voir quoi faire maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Choose email files to import</source>
        <translation>Choisir les courriels à importer</translation>
    </message>
    <message>
        <source>Email files (*.eml);;All files (*)</source>
        <translation>Courriels (*.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{name} just had a suspicious &amp;call</source>
        <translation>{name} vient de recevoir un &amp;appel suspect</translation>
    </message>
    <message>
        <source>Your journal of suspicious contacts</source>
        <translation>Votre journal des contacts suspects</translation>
    </message>
    <message>
        <source>{name}&apos;s journal of suspicious contacts</source>
        <translation>Journal des contacts suspects de {name}</translation>
    </message>
    <message>
        <source>&amp;Import email files…</source>
        <translation>&amp;Importer des courriels…</translation>
    </message>
    <message>
        <source>Import email files</source>
        <translation>Importer des courriels</translation>
    </message>
    <message>
        <source>You can also drop .eml files on this page. They are read, never opened.</source>
        <translation>Vous pouvez aussi déposer des fichiers .eml sur cette page. Ils sont lus, jamais ouverts.</translation>
    </message>
    <message>
        <source>&amp;Prepare a file for the bank or the police…</source>
        <translation>&amp;Préparer un dossier pour la banque ou la police…</translation>
    </message>
    <message>
        <source>Prepare a file for the bank or the police</source>
        <translation>Préparer un dossier pour la banque ou la police</translation>
    </message>
    <message>
        <source>A file (PDF, CSV or JSON) with the selected entries, or those of a period</source>
        <translation>Un fichier (PDF, CSV ou JSON) avec les entrées sélectionnées, ou celles d&apos;une période</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>A word, a number, an address… (accents and capitals do not matter)</source>
        <translation>Un mot, un numéro, une adresse… (accents et majuscules sans importance)</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Comment :</translation>
    </message>
    <message>
        <source>Claimed to be:</source>
        <translation>Se présentait comme :</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risque :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>What I did:</source>
        <translation>Ce que j&apos;ai fait :</translation>
    </message>
    <message>
        <source>{name}&apos;s journal is empty. When something suspicious happens, use the buttons above: it takes less than a minute.</source>
        <translation>Le journal de {name} est vide. Quand quelque chose de suspect arrive, utilisez les boutons ci-dessus : cela prend moins d&apos;une minute.</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>Mark as &amp;handled</source>
        <translation>Marquer comme &amp;traité</translation>
    </message>
    <message>
        <source>Mark the selected entries as handled</source>
        <translation>Marquer les entrées sélectionnées comme traitées</translation>
    </message>
    <message>
        <source>Add a ta&amp;g…</source>
        <translation>Ajouter une éti&amp;quette…</translation>
    </message>
    <message>
        <source>Add a tag to the selected entries</source>
        <translation>Ajouter une étiquette aux entrées sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected entries</source>
        <translation>Supprimer les entrées sélectionnées</translation>
    </message>
    <message>
        <source>Delete (Del key); you can undo with Ctrl+Z</source>
        <translation>Supprimer (touche Suppr) ; Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>KeepOriginal</name>
    <message>
        <source>&amp;Keep the original email as evidence (it may contain numbers in clear)</source>
        <translation>&amp;Garder le courriel d&apos;origine comme preuve (il contient peut-être des numéros en clair)</translation>
    </message>
    <message>
        <source>The journal masks card, social-security and bank account numbers. The original email file is kept as it was received, encrypted with the journal: keep it only if you may need it as evidence.</source>
        <translation>Le journal masque les numéros de carte, de sécurité sociale et de compte bancaire. Le fichier du courriel d&apos;origine est gardé tel qu&apos;il a été reçu, chiffré avec le journal&#xa0;: ne le gardez que si vous pourriez en avoir besoin comme preuve.</translation>
    </message>
</context>
<context>
    <name>QuickCaptureForm</name>
    <message>
        <source>Warnin&amp;g signs (%1)</source>
        <translation>Si&amp;gnes d&apos;alerte (%1)</translation>
    </message>
    <message>
        <source>Warnin&amp;g signs (optional)</source>
        <translation>Si&amp;gnes d&apos;alerte (facultatif)</translation>
    </message>
    <message>
        <source>Show or hide the warning signs</source>
        <translation>Afficher ou masquer les signes d&apos;alerte</translation>
    </message>
    <message>
        <source>%1 (added by you)</source>
        <translation>%1 (ajouté par vous)</translation>
    </message>
    <message>
        <source>Found in the message</source>
        <translation>Trouvé dans le message</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Ajouté par vous</translation>
    </message>
    <message>
        <source>Add a warning sign…</source>
        <translation>Ajouter un signe d&apos;alerte…</translation>
    </message>
    <message>
        <source>Show the entries from this sender</source>
        <translation>Afficher les entrées de cet expéditeur</translation>
    </message>
    <message>
        <source>This can happen to anyone. Save the entry: Vigilance will then show you what to do now, step by step.</source>
        <translation>Cela peut arriver à tout le monde. Enregistrez l&apos;entrée : Vigilance vous montrera ensuite quoi faire maintenant, étape par étape.</translation>
    </message>
    <message>
        <source>This message could not be analysed. You can still fill in the form and save it.</source>
        <translation>Ce message n&apos;a pas pu être analysé. Vous pouvez quand même remplir le formulaire et l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Analysed: %1. The form below was filled in from the message: check it and save.</source>
        <translation>Analysé : %1. Le formulaire ci-dessous a été rempli à partir du message : vérifiez-le et enregistrez.</translation>
    </message>
    <message>
        <source>Write down what you remember; every field is optional. Ctrl+Enter saves.</source>
        <translation>Notez ce dont vous vous souvenez ; aucun champ n&apos;est obligatoire. Ctrl+Entrée enregistre.</translation>
    </message>
    <message>
        <source>&amp;Paste the email here, or drop the email file (.eml) on this form:</source>
        <translation>&amp;Collez le courriel ici, ou déposez le fichier du courriel (.eml) sur ce formulaire :</translation>
    </message>
    <message>
        <source>&amp;Paste the message here:</source>
        <translation>&amp;Collez le message ici :</translation>
    </message>
    <message>
        <source>Pasted message</source>
        <translation>Message collé</translation>
    </message>
    <message>
        <source>&amp;Analyse and fill in the form</source>
        <translation>A&amp;nalyser et remplir le formulaire</translation>
    </message>
    <message>
        <source>Analyse the pasted message</source>
        <translation>Analyser le message collé</translation>
    </message>
    <message>
        <source>Analysis in progress</source>
        <translation>Analyse en cours</translation>
    </message>
    <message>
        <source>This sender is already in your journal: seen once, on {day}.</source>
        <translation>Cet expéditeur est déjà dans votre journal : vu une fois, le {day}.</translation>
    </message>
    <message>
        <source>This sender is already in {name}&apos;s journal: seen once, on {day}.</source>
        <translation>Cet expéditeur est déjà dans le journal de {name} : vu une fois, le {day}.</translation>
    </message>
    <message>
        <source>This sender is already in your journal: seen {count} times since {day}.</source>
        <translation>Cet expéditeur est déjà dans votre journal : vu {count} fois depuis le {day}.</translation>
    </message>
    <message>
        <source>This sender is already in {name}&apos;s journal: seen {count} times since {day}.</source>
        <translation>Cet expéditeur est déjà dans le journal de {name} : vu {count} fois depuis le {day}.</translation>
    </message>
    <message>
        <source>&amp;Who did they say they were?</source>
        <translation>&amp;Qui disaient-ils être ?</translation>
    </message>
    <message>
        <source>Who did they say they were?</source>
        <translation>Qui disaient-ils être&#xa0;?</translation>
    </message>
    <message>
        <source>Who they said they were</source>
        <translation>Qui ils disaient être</translation>
    </message>
    <message>
        <source>Choose in the list or write your own words</source>
        <translation>Choisissez dans la liste ou écrivez avec vos mots</translation>
    </message>
    <message>
        <source>What did they &amp;ask for?</source>
        <translation>Que vous a-t-on &amp;demandé ?</translation>
    </message>
    <message>
        <source>What they asked for</source>
        <translation>Ce qui vous a été demandé</translation>
    </message>
    <message>
        <source>For example: my card number to refund me</source>
        <translation>Par exemple : mon numéro de carte pour me rembourser</translation>
    </message>
    <message>
        <source>For example: {name}&apos;s card number, for a refund</source>
        <translation>Par exemple : le numéro de carte de {name}, pour un remboursement</translation>
    </message>
    <message>
        <source>&amp;Save in {name}&apos;s journal</source>
        <translation>&amp;Enregistrer dans le journal de {name}</translation>
    </message>
    <message>
        <source>What did you do? (tick all that apply)</source>
        <translation>Qu&apos;avez-vous fait ? (cochez tout ce qui s&apos;applique)</translation>
    </message>
    <message>
        <source>What did {name} do? (tick all that apply)</source>
        <translation>Qu&apos;a fait {name} ? (cochez tout ce qui s&apos;applique)</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Ce que vous avez fait</translation>
    </message>
    <message>
        <source>What {name} did</source>
        <translation>Ce qu&apos;a fait {name}</translation>
    </message>
    <message>
        <source>What did you give? (tick the kinds only: never write the numbers here)</source>
        <translation>Qu&apos;avez-vous donné ? (cochez seulement de quoi il s&apos;agit ; n&apos;écrivez jamais les numéros ici)</translation>
    </message>
    <message>
        <source>What did {name} give? (tick the kinds only: never write the numbers here)</source>
        <translation>Qu&apos;a donné {name} ? (cochez seulement de quoi il s&apos;agit ; n&apos;écrivez jamais les numéros ici)</translation>
    </message>
    <message>
        <source>What you gave</source>
        <translation>Ce que vous avez donné</translation>
    </message>
    <message>
        <source>What {name} gave</source>
        <translation>Ce qu&apos;a donné {name}</translation>
    </message>
    <message>
        <source>Ticked: the warning signs of this contact. Untick one that is wrong, or add one.</source>
        <translation>Cochés : les signes d&apos;alerte de ce contact. Décochez celui qui est faux, ou ajoutez-en un.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <source>Add a warning sign</source>
        <translation>Ajouter un signe d&apos;alerte</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add this warning sign</source>
        <translation>Ajouter ce signe d&apos;alerte</translation>
    </message>
    <message>
        <source>N&amp;otes (optional: what to remember, who you told):</source>
        <translation>N&amp;otes (facultatif : ce qu&apos;il faut retenir, qui vous avez prévenu) :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;When? (now by default; Enter saves)</source>
        <translation>Q&amp;uand ? (maintenant par défaut ; Entrée enregistre)</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Quand c&apos;est arrivé</translation>
    </message>
    <message>
        <source>&amp;Save in the journal</source>
        <translation>&amp;Enregistrer dans le journal</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Record a report</source>
        <translation>Noter un signalement</translation>
    </message>
    <message>
        <source>Note where you reported this contact: it is useful evidence later, for your bank or the police.</source>
        <translation>Notez où vous avez signalé ce contact : c&apos;est une preuve utile plus tard, pour votre banque ou la police.</translation>
    </message>
    <message>
        <source>&amp;Reported to:</source>
        <translation>&amp;Signalé à :</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Signalé à</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le :</translation>
    </message>
    <message>
        <source>Day of the report</source>
        <translation>Jour du signalement</translation>
    </message>
    <message>
        <source>&amp;Note (optional, for example a file number):</source>
        <translation>&amp;Note (facultatif, par exemple un numéro de dossier) :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
</TS>
