<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupsSection</name>
    <message>
        <source>The last automatic backup could not be made: {reason}</source>
        <translation>La dernière sauvegarde automatique n’a pas pu être faite&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Vigilance makes a backup of your journal each day you open it, and keeps those of the last 7 days and 4 weeks. None yet.</source>
        <translation>Vigilance fait une sauvegarde de votre journal chaque jour où vous l’ouvrez, et garde celles des 7 derniers jours et des 4 dernières semaines. Aucune pour l’instant.</translation>
    </message>
    <message>
        <source>Vigilance makes a backup of your journal each day you open it, and keeps those of the last 7 days and 4 weeks. Latest: {day}.</source>
        <translation>Vigilance fait une sauvegarde de votre journal chaque jour où vous l’ouvrez, et garde celles des 7 derniers jours et des 4 dernières semaines. Dernière&#xa0;: {day}.</translation>
    </message>
    <message>
        <source>Where to put the backup (a folder or a USB key)</source>
        <translation>Où mettre la sauvegarde (un dossier ou une clé USB)</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Sauvegarde enregistrée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <source>Messaging app (WhatsApp, social network)</source>
        <translation>Messagerie (WhatsApp, réseau social)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Risk level: high</source>
        <translation>Niveau de risque : élevé</translation>
    </message>
    <message>
        <source>Risk level: medium</source>
        <translation>Niveau de risque : moyen</translation>
    </message>
    <message>
        <source>Risk level: low</source>
        <translation>Niveau de risque : faible</translation>
    </message>
    <message>
        <source>Very likely a scam. Do not reply, do not click.</source>
        <translation>Très probablement une arnaque. Ne répondez pas, ne cliquez pas.</translation>
    </message>
    <message>
        <source>Some signs of a scam. Be careful: check with the organisation through its usual contact details before doing anything.</source>
        <translation>Quelques signes d&apos;arnaque. Soyez prudent : vérifiez auprès de l&apos;organisme par ses coordonnées habituelles avant toute démarche.</translation>
    </message>
    <message>
        <source>No clear sign of a scam found. Stay careful.</source>
        <translation>Aucun signe clair d&apos;arnaque trouvé. Restez prudent.</translation>
    </message>
    <message>
        <source>it contains an abnormal number of parts</source>
        <translation>il contient un nombre anormal de parties</translation>
    </message>
    <message>
        <source>its parts are nested abnormally deep</source>
        <translation>ses parties sont imbriquées anormalement profond</translation>
    </message>
    <message>
        <source>one of its technical details (headers) is abnormally long</source>
        <translation>une de ses informations techniques (en-têtes) est anormalement longue</translation>
    </message>
    <message>
        <source>it has an abnormal number of technical details (headers)</source>
        <translation>il contient un nombre anormal d’informations techniques (en-têtes)</translation>
    </message>
    <message>
        <source>its text is abnormally long</source>
        <translation>son texte est anormalement long</translation>
    </message>
    <message>
        <source>it contains an abnormal number of links</source>
        <translation>il contient un nombre anormal de liens</translation>
    </message>
    <message>
        <source>one of its parts is damaged</source>
        <translation>une de ses parties est abîmée</translation>
    </message>
    <message>
        <source>it is built in an unusual way</source>
        <translation>il est construit de façon inhabituelle</translation>
    </message>
    <message>
        <source>Part of this message could not be read (%1). Scammers sometimes hide dangerous content this way: do not trust this message.</source>
        <translation>Une partie de ce message n’a pas pu être lue (%1). Les escrocs cachent parfois un contenu dangereux ainsi : ne faites pas confiance à ce message.</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>Paste the message in the box first, or choose an email file.</source>
        <translation>Collez d&apos;abord le message dans la zone de texte, ou choisissez un fichier e-mail.</translation>
    </message>
    <message>
        <source>This file does not exist or is not a file.</source>
        <translation>Ce fichier n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>This message could not be analysed: it is damaged or built in an unusual way. Treat it with caution.</source>
        <translation>Ce message n&apos;a pas pu être analysé : il est abîmé ou construit de façon inhabituelle. Traitez-le avec prudence.</translation>
    </message>
    <message>
        <source>This message could not be analysed because of an internal error. Treat it with caution.</source>
        <translation>Ce message n&apos;a pas pu être analysé à cause d&apos;une erreur interne. Traitez-le avec prudence.</translation>
    </message>
    <message>
        <source>This file is too large to be analysed safely (the limit is %1 MB). It was not opened.</source>
        <translation>Ce fichier est trop volumineux pour être analysé en toute sécurité (la limite est de %1 Mo). Il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>very likely a scam</source>
        <translation>très probablement une arnaque</translation>
    </message>
    <message>
        <source>some signs of a scam</source>
        <translation>quelques signes d&apos;arnaque</translation>
    </message>
    <message>
        <source>no clear sign of a scam</source>
        <translation>aucun signe clair d&apos;arnaque</translation>
    </message>
    <message>
        <source>This file was not analysed: the analysis was stopped.</source>
        <translation>Ce fichier n&apos;a pas été analysé : l&apos;analyse a été arrêtée.</translation>
    </message>
    <message>
        <source>This file is waiting to be analysed.</source>
        <translation>Ce fichier attend d&apos;être analysé.</translation>
    </message>
    <message>
        <source>This file is being analysed.</source>
        <translation>Ce fichier est en cours d&apos;analyse.</translation>
    </message>
    <message>
        <source>Choose email files</source>
        <translation>Choisir des fichiers e-mail</translation>
    </message>
    <message>
        <source>Email and text files (*.eml *.txt);;Email files (*.eml);;Text files (*.txt);;All files (*)</source>
        <translation>Fichiers e-mail et texte (*.eml *.txt);;Fichiers e-mail (*.eml);;Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Arrêt après le fichier en cours…</translation>
    </message>
    <message>
        <source>Analysing file %1 of %2… the window stays usable.</source>
        <translation>Analyse du fichier %1 sur %2… la fenêtre reste utilisable.</translation>
    </message>
    <message>
        <source>Files chec&amp;ked (the first %1; %2 more were not checked)</source>
        <translation>Fichiers &amp;vérifiés (les %1 premiers ; %2 autres n&apos;ont pas été vérifiés)</translation>
    </message>
    <message>
        <source>Files chec&amp;ked</source>
        <translation>Fichiers &amp;vérifiés</translation>
    </message>
    <message>
        <source>%1: %2 (part of it could not be read)</source>
        <translation>%1 : %2 (une partie n’a pas pu être lue)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: being analysed…</source>
        <translation>%1 : analyse en cours…</translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation>%1 : en attente</translation>
    </message>
    <message>
        <source>%1: not analysed (stopped)</source>
        <translation>%1 : non analysé (arrêté)</translation>
    </message>
    <message>
        <source>%1: not analysed. %2</source>
        <translation>%1 : non analysé. %2</translation>
    </message>
    <message>
        <source>Is this a scam?</source>
        <translation>Est-ce une arnaque ?</translation>
    </message>
    <message>
        <source>The message changed since it was checked, so its result was taken away: press Analyse to check the message as it is now.</source>
        <translation>Le message a changé depuis sa vérification, son résultat a donc été retiré&#xa0;: appuyez sur Analyser pour vérifier le message tel qu&apos;il est maintenant.</translation>
    </message>
    <message>
        <source>Paste the message you received, or describe the call or the letter. Vigilance looks for the usual signs of a fraudulent message. Nothing is sent anywhere.</source>
        <translation>Collez le message reçu, ou décrivez l&apos;appel ou le courrier. Vigilance cherche les signes habituels d&apos;un message frauduleux. Rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>&amp;Message (text only):</source>
        <translation>&amp;Message (texte seul) :</translation>
    </message>
    <message>
        <source>Message to check</source>
        <translation>Message à vérifier</translation>
    </message>
    <message>
        <source>Paste the message here</source>
        <translation>Collez le message ici</translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation>&amp;Reçu par :</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <source>&amp;Sender, if known (number, name or address):</source>
        <translation>E&amp;xpéditeur, s&apos;il est connu (numéro, nom ou adresse) :</translation>
    </message>
    <message>
        <source>Sender, if known</source>
        <translation>Expéditeur, s&apos;il est connu</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>Analyse the pasted message (Ctrl+Enter)</source>
        <translation>Analyser le message collé (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Choose &amp;email files…</source>
        <translation>Choisir des &amp;fichiers e-mail…</translation>
    </message>
    <message>
        <source>You can also drop one or more email files (.eml) on this page. They are read, never opened.</source>
        <translation>Vous pouvez aussi déposer un ou plusieurs fichiers e-mail (.eml) sur cette page. Ils sont lus, jamais ouverts.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel the analysis of the files</source>
        <translation>Annuler l&apos;analyse des fichiers</translation>
    </message>
    <message>
        <source>Stop after the file being analysed</source>
        <translation>Arrêter après le fichier en cours d&apos;analyse</translation>
    </message>
    <message>
        <source>Files checked</source>
        <translation>Fichiers vérifiés</translation>
    </message>
    <message>
        <source>Choose a file to see its result below.</source>
        <translation>Choisissez un fichier pour voir son résultat en dessous.</translation>
    </message>
    <message>
        <source>Analysing… the window stays usable.</source>
        <translation>Analyse en cours… la fenêtre reste utilisable.</translation>
    </message>
    <message>
        <source>Analysis in progress</source>
        <translation>Analyse en cours</translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <source>Welcome to Vigilance</source>
        <translation>Bienvenue dans Vigilance</translation>
    </message>
    <message>
        <source>Step 1 of 5: how Vigilance looks</source>
        <translation>Étape 1 sur 5 : l’affichage de Vigilance</translation>
    </message>
    <message>
        <source>Vigilance helps you keep track of suspicious messages and calls, and tells you what to do, step by step. First, choose the language and the size of the text. You can change them later in Settings.</source>
        <translation>Vigilance vous aide à garder une trace des messages et appels suspects, et vous indique quoi faire, étape par étape. Choisissez d’abord la langue et la taille du texte. Vous pourrez les modifier plus tard dans les Réglages.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>Taille du texte %1 %</translation>
    </message>
    <message>
        <source>High contrast (black text on a white background)</source>
        <translation>Contraste élevé (texte noir sur fond blanc)</translation>
    </message>
    <message>
        <source>This is how the text of Vigilance will look. Choose the size that you can read comfortably.</source>
        <translation>Voici à quoi ressemblera le texte de Vigilance. Choisissez la taille que vous lisez confortablement.</translation>
    </message>
    <message>
        <source>Press Continue when you are ready.</source>
        <translation>Appuyez sur Continuer pour passer à la suite.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase everything</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Everything Vigilance keeps on this computer will be erased:
• the journals, accounts and plans of: {people}
• the backups in the Vigilance folder
• the key file and the key kept in the system keyring
• the start at login and the settings

Backups you saved elsewhere (a USB key) are not touched, but without the key they can only be opened with the password or the recovery key.
Folder: {folder}</source>
        <translation>Tout ce que Vigilance garde sur cet ordinateur sera effacé&#xa0;:
• les journaux, comptes et démarches de&#xa0;: {people}
• les sauvegardes du dossier de Vigilance
• le fichier de clé et la clé gardée dans le trousseau de clés du système
• le démarrage à l’ouverture de session et les réglages

Les sauvegardes enregistrées ailleurs (une clé USB) ne sont pas touchées, mais sans la clé elles ne pourront être ouvertes qu’avec le mot de passe ou la clé de secours.
Dossier&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>Je comprends que cela ne peut pas être annulé.</translation>
    </message>
</context>
<context>
    <name>EraseSection</name>
    <message>
        <source>Erase everything from this computer</source>
        <translation>Tout effacer de cet ordinateur</translation>
    </message>
    <message>
        <source>For when this computer is given away or no longer used by the person: erases every journal, account and plan, the backups and the keys. Vigilance then starts again as on the first day.</source>
        <translation>Pour le jour où cet ordinateur est donné ou n’est plus utilisé par la personne&#xa0;: efface tous les journaux, comptes et démarches, les sauvegardes et les clés. Vigilance repart alors comme au premier jour.</translation>
    </message>
    <message>
        <source>&amp;Erase everything…</source>
        <translation>&amp;Tout effacer…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside Vigilance. Nothing was changed; please try again.</source>
        <translation>Un problème est survenu dans Vigilance. Rien n’a été modifié&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>Your data could not be read. Nothing was changed.</source>
        <translation>Vos données n’ont pas pu être lues. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Your data could not be opened with its key: the file may be damaged or come from another Vigilance folder. It was left untouched.</source>
        <translation>Vos données n’ont pas pu être ouvertes avec leur clé&#xa0;: le fichier est peut-être abîmé ou vient d’un autre dossier de Vigilance. Il n’a pas été touché.</translation>
    </message>
    <message>
        <source>The file of your data is damaged. It was left untouched.</source>
        <translation>Le fichier de vos données est abîmé. Il n’a pas été touché.</translation>
    </message>
    <message>
        <source>The file of your data (vigilance.db) is missing. Nothing was created; restore it from a backup.</source>
        <translation>Le fichier de vos données (vigilance.db) est introuvable. Rien n’a été créé&#xa0;; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The disk is full: free at least {needed_mb} MB, then try again. Nothing was lost.</source>
        <translation>Le disque est plein&#xa0;: libérez au moins {needed_mb}&#xa0;Mo, puis réessayez. Rien n’a été perdu.</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again. Nothing was lost.</source>
        <translation>Le disque est plein&#xa0;: libérez de la place, puis réessayez. Rien n’a été perdu.</translation>
    </message>
    <message>
        <source>The last changes saved before Vigilance was last closed are missing ({commits}): a file beside the journal was deleted or damaged. Entries added recently may need to be added again.</source>
        <translation>Les dernières modifications enregistrées avant la dernière fermeture de Vigilance manquent ({commits})&#xa0;: un fichier à côté du journal a été supprimé ou abîmé. Les entrées ajoutées récemment devront peut-être être ajoutées de nouveau.</translation>
    </message>
    <message>
        <source>Vigilance is already open on this folder: close the other window or wait for the other task to finish, then try again.</source>
        <translation>Vigilance est déjà ouvert sur ce dossier&#xa0;: fermez l&apos;autre fenêtre ou attendez la fin de l&apos;autre tâche, puis réessayez.</translation>
    </message>
    <message>
        <source>The key that protects your data could not be used. Nothing was changed.</source>
        <translation>La clé qui protège vos données n’a pas pu être utilisée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no Vigilance data in this folder yet.</source>
        <translation>Il n’y a pas encore de données Vigilance dans ce dossier.</translation>
    </message>
    <message>
        <source>Vigilance data already exists in this folder; it was left untouched.</source>
        <translation>Des données Vigilance existent déjà dans ce dossier&#xa0;; elles n’ont pas été touchées.</translation>
    </message>
    <message>
        <source>This is not the right password or recovery key.</source>
        <translation>Ce n’est pas le bon mot de passe ni la bonne clé de secours.</translation>
    </message>
    <message>
        <source>A recovery key has 28 letters and digits (2 to 9), in groups of four.</source>
        <translation>Une clé de secours compte 28 lettres et chiffres (de 2 à 9), par groupes de quatre.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Please wait {seconds} seconds before trying again.</source>
        <translation>Trop d’essais incorrects. Veuillez attendre {seconds}&#xa0;secondes avant de réessayer.</translation>
    </message>
    <message>
        <source>The key file beside your data cannot be read. Nothing was changed.</source>
        <translation>Le fichier de clé à côté de vos données ne peut pas être lu. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>One of the values of this entry is not accepted.</source>
        <translation>L’une des valeurs de cette entrée n’est pas acceptée.</translation>
    </message>
    <message>
        <source>The original message is too large to be kept (limit {megabytes} MB).</source>
        <translation>Le message d’origine est trop gros pour être gardé (limite&#xa0;: {megabytes}&#xa0;Mo).</translation>
    </message>
    <message>
        <source>This person is no longer in Vigilance.</source>
        <translation>Cette personne n’est plus dans Vigilance.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Une étiquette ne peut pas être vide.</translation>
    </message>
    <message>
        <source>This change to the people could not be made.</source>
        <translation>Cette modification des personnes n’a pas pu être faite.</translation>
    </message>
    <message>
        <source>Please give a first name (or a nickname) for this person.</source>
        <translation>Veuillez donner un prénom (ou un surnom) à cette personne.</translation>
    </message>
    <message>
        <source>Someone called {name} is already in Vigilance; choose another name.</source>
        <translation>Une personne appelée {name} est déjà dans Vigilance&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Nobody is watched over yet: add someone first.</source>
        <translation>Personne n’est encore suivi&#xa0;: ajoutez d’abord une personne.</translation>
    </message>
    <message>
        <source>This is the only person in Vigilance, so they cannot be removed. To erase everything from this computer, use &quot;Erase everything&quot; in Settings.</source>
        <translation>C’est la seule personne dans Vigilance&#xa0;: elle ne peut donc pas être retirée. Pour tout effacer de cet ordinateur, utilisez «&#xa0;Tout effacer&#xa0;» dans les Réglages.</translation>
    </message>
    <message>
        <source>The file could not be prepared.</source>
        <translation>Le fichier n&apos;a pas pu être préparé.</translation>
    </message>
    <message>
        <source>There is no journal entry for this person in that period, so no file was written.</source>
        <translation>Il n&apos;y a aucune entrée du journal pour cette personne sur cette période&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>A file holds at most {limit} contacts: choose a shorter period or fewer entries.</source>
        <translation>Un fichier contient au plus {limit} contacts&#xa0;: choisissez une période plus courte ou moins d&apos;entrées.</translation>
    </message>
    <message>
        <source>The start of the period is after its end.</source>
        <translation>Le début de la période est après sa fin.</translation>
    </message>
    <message>
        <source>One of the chosen entries no longer exists.</source>
        <translation>L&apos;une des entrées choisies n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The file could not be saved there. Choose another folder.</source>
        <translation>Le fichier n&apos;a pas pu être enregistré à cet endroit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The PDF could not be made on this computer; choose CSV or JSON instead.</source>
        <translation>Le PDF n&apos;a pas pu être fait sur cet ordinateur&#xa0;; choisissez plutôt CSV ou JSON.</translation>
    </message>
    <message>
        <source>The file could not be handed over or opened.</source>
        <translation>Le fichier n&apos;a pas pu être transmis ni ouvert.</translation>
    </message>
    <message>
        <source>This is not a file handed over by Vigilance. Nothing was imported.</source>
        <translation>Ce n&apos;est pas un fichier transmis par Vigilance. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of Vigilance: update Vigilance to open it. Nothing was imported.</source>
        <translation>Ce fichier a été fait par une version plus récente de Vigilance&#xa0;: mettez Vigilance à jour pour l&apos;ouvrir. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>These words do not open this file. Check them and try again; nothing was imported.</source>
        <translation>Ces mots n&apos;ouvrent pas ce fichier. Vérifiez-les et réessayez&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This file is damaged (changed or cut short since it was made). Nothing was imported; ask for the file again.</source>
        <translation>Ce fichier est abîmé (modifié ou tronqué depuis sa création). Rien n&apos;a été importé&#xa0;; redemandez le fichier.</translation>
    </message>
    <message>
        <source>This file opened, but its content is not what Vigilance writes. Nothing was imported.</source>
        <translation>Ce fichier s&apos;est ouvert, mais son contenu n&apos;est pas ce qu&apos;écrit Vigilance. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This file is too large (more than {limit_mb} MB). Nothing was written or imported.</source>
        <translation>Ce fichier est trop gros (plus de {limit_mb}&#xa0;Mo). Rien n&apos;a été écrit ni importé.</translation>
    </message>
    <message>
        <source>Type the words given with the file.</source>
        <translation>Tapez les mots donnés avec le fichier.</translation>
    </message>
    <message>
        <source>Words of your own need at least {minimum} characters; those Vigilance proposes are safer.</source>
        <translation>Des mots de votre choix doivent compter au moins {minimum} caractères&#xa0;; ceux que propose Vigilance sont plus sûrs.</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing was imported.</source>
        <translation>Le fichier n&apos;a pas pu être lu. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The backup could not be made. Your journal itself is unchanged.</source>
        <translation>La sauvegarde n&apos;a pas pu être faite. Votre journal lui-même n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>This file is not a Vigilance backup, or it is damaged. Nothing was changed.</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde de Vigilance, ou il est abîmé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup cannot be written in this folder. Choose another folder or plug the USB key in again.</source>
        <translation>La sauvegarde ne peut pas être écrite dans ce dossier. Choisissez un autre dossier ou rebranchez la clé USB.</translation>
    </message>
    <message>
        <source>This backup opens with the app password or the recovery key that were in use when it was made.</source>
        <translation>Cette sauvegarde s&apos;ouvre avec le mot de passe de l&apos;application ou la clé de secours en usage au moment où elle a été faite.</translation>
    </message>
    <message>
        <source>Some files of Vigilance could not be erased; close Vigilance everywhere and try again.</source>
        <translation>Certains fichiers de Vigilance n&apos;ont pas pu être effacés&#xa0;; fermez Vigilance partout et réessayez.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Hand over {name}&apos;s file</source>
        <translation>Transmettre le dossier de {name}</translation>
    </message>
    <message>
        <source>Writing {name}&apos;s file…</source>
        <translation>Écriture du dossier de {name}…</translation>
    </message>
    <message numerus="yes">
        <source>{name}&apos;s file is ready: %n journal entry(ies).</source>
        <translation>
            <numerusform>Le dossier de {name} est prêt&#xa0;: %n entrée du journal.</numerusform>
            <numerusform>Le dossier de {name} est prêt&#xa0;: %n entrées du journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a handed-over file</source>
        <translation>Ouvrir un dossier transmis</translation>
    </message>
    <message numerus="yes">
        <source>{name} was added: %n journal entry(ies).</source>
        <translation>
            <numerusform>{name} fait maintenant partie de Vigilance&#xa0;: %n entrée du journal.</numerusform>
            <numerusform>{name} fait maintenant partie de Vigilance&#xa0;: %n entrées du journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}&apos;s file was brought up to date: %n new journal entry(ies).</source>
        <translation>
            <numerusform>Le dossier de {name} a été mis à jour&#xa0;: %n nouvelle entrée du journal.</numerusform>
            <numerusform>Le dossier de {name} a été mis à jour&#xa0;: %n nouvelles entrées du journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>What Vigilance does, and does not do</source>
        <translation>Ce que fait Vigilance, et ce qu’elle ne fait pas</translation>
    </message>
    <message>
        <source>Vigilance helps you keep a private journal of suspicious messages, calls and letters; it tells you whether a message looks like a scam, reminds you to check your accounts, and explains what to do, step by step, with the official advice.</source>
        <translation>Vigilance vous aide à tenir un journal privé des messages, appels et courriers suspects&#xa0;; elle vous dit si un message ressemble à une arnaque, vous rappelle de vérifier vos comptes et vous explique quoi faire, étape par étape, avec les conseils officiels.</translation>
    </message>
    <message>
        <source>Vigilance sends nothing over the internet: everything stays on this computer, encrypted. It does not block calls or messages, it does not look at your bank accounts for you, and it does not replace your bank, the police or the Assurance Maladie.</source>
        <translation>Vigilance n’envoie rien sur internet&#xa0;: tout reste sur cet ordinateur, chiffré. Elle ne bloque ni les appels ni les messages, elle ne consulte pas vos comptes bancaires à votre place, et elle ne remplace pas votre banque, la police ou l’Assurance Maladie.</translation>
    </message>
    <message>
        <source>Words you may meet</source>
        <translation>Les mots que vous pouvez rencontrer</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>An address in a message that opens a web page when you click it. A scam link often imitates a real address: never click a link in a suspicious message.</source>
        <translation>Une adresse dans un message, qui ouvre une page internet quand on clique dessus. Un lien frauduleux imite souvent une vraie adresse&#xa0;: ne cliquez jamais sur un lien dans un message suspect.</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>A file sent with an email (a document, a picture). Do not open an attachment you did not expect, even if the sender seems known.</source>
        <translation>Un fichier envoyé avec un e-mail (un document, une photo). N’ouvrez pas une pièce jointe que vous n’attendiez pas, même si l’expéditeur semble connu.</translation>
    </message>
    <message>
        <source>Phishing</source>
        <translation>Hameçonnage</translation>
    </message>
    <message>
        <source>A message that pretends to come from your bank, the Assurance Maladie or another body you trust, to make you give your passwords, your card number or money.</source>
        <translation>Un message qui se fait passer pour votre banque, l’Assurance Maladie ou un autre organisme de confiance, pour vous faire donner vos mots de passe, votre numéro de carte ou de l’argent.</translation>
    </message>
    <message>
        <source>.eml file</source>
        <translation>Fichier .eml</translation>
    </message>
    <message>
        <source>An email saved as a file, with everything it contains. Your mail program can save a message this way, and Vigilance can read it.</source>
        <translation>Un e-mail enregistré dans un fichier, avec tout ce qu’il contient. Votre logiciel de messagerie peut enregistrer un message de cette façon, et Vigilance peut le lire.</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>The computer&apos;s protected storage for keys. Vigilance can keep the key to your journal there, so that it opens without a password when you are logged in to this computer.</source>
        <translation>Le coffre protégé de l’ordinateur pour les clés (le «&#xa0;trousseau de clés&#xa0;»). Vigilance peut y ranger la clé de votre journal, pour qu’il s’ouvre sans mot de passe quand vous êtes connecté à cet ordinateur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Official numbers</source>
        <translation>Numéros officiels</translation>
    </message>
    <message>
        <source>Bank card stolen or card details given: call your bank, or the interbank opposition line 0 892 705 705 (every day, at any hour; premium-rate call; +33 4 42 60 53 03 from abroad).</source>
        <translation>Carte bancaire volée ou numéro de carte donné&#xa0;: appelez votre banque, ou le numéro interbancaire d’opposition 0&#xa0;892&#xa0;705&#xa0;705 (tous les jours, à toute heure&#xa0;; appel surtaxé&#xa0;; +33&#xa0;4&#xa0;42&#xa0;60&#xa0;53&#xa0;03 depuis l’étranger).</translation>
    </message>
    <message>
        <source>A scam SMS: forward it, free of charge, to 33700. For a scam call, send “spam vocal” and the caller&apos;s number to 33700.</source>
        <translation>Un SMS frauduleux&#xa0;: transférez-le gratuitement au 33700. Pour un appel frauduleux, envoyez «&#xa0;spam vocal&#xa0;» et le numéro de l’appelant au 33700.</translation>
    </message>
    <message>
        <source>17Cyber (17cyber.gouv.fr): the police and gendarmerie&apos;s online help against cybercrime, every day, at any hour.</source>
        <translation>17Cyber (17cyber.gouv.fr)&#xa0;: l’aide en ligne de la police et de la gendarmerie contre la cybermalveillance, tous les jours, à toute heure.</translation>
    </message>
    <message>
        <source>In an emergency, call 17 (police) or 112.</source>
        <translation>En cas d’urgence, appelez le 17 (police) ou le 112.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>F1 opens this help. Ctrl+1 to Ctrl+7 open the sections in the order of the menu. Tab moves to the next control, Shift+Tab to the previous one. Ctrl+L locks Vigilance when it has an app password.</source>
        <translation>F1 ouvre cette aide. Ctrl+1 à Ctrl+7 ouvrent les rubriques dans l’ordre du menu. Tab passe à l’élément suivant, Maj+Tab au précédent. Ctrl+L verrouille Vigilance quand elle a un mot de passe de l’application.</translation>
    </message>
    <message>
        <source>About Vigilance</source>
        <translation>À propos de Vigilance</translation>
    </message>
    <message>
        <source>Vigilance, version %1.</source>
        <translation>Vigilance, version %1.</translation>
    </message>
    <message>
        <source>Vigilance is free software under the GNU General Public License, version 3 or later. Its window uses Qt and PySide6 (Qt for Python), under the GNU Lesser General Public License, version 3 (LGPLv3).</source>
        <translation>Vigilance est un logiciel libre, sous licence publique générale GNU (GPL), version 3 ou ultérieure. Sa fenêtre utilise Qt et PySide6 (Qt for Python), sous licence publique générale limitée GNU, version 3 (LGPLv3).</translation>
    </message>
    <message>
        <source>It also uses these libraries:</source>
        <translation>Elle utilise aussi ces bibliothèques&#xa0;:</translation>
    </message>
    <message>
        <source>licence given with the library</source>
        <translation>licence fournie avec la bibliothèque</translation>
    </message>
    <message>
        <source>%1 %2 — licence: %3</source>
        <translation>%1 %2 — licence&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>A phone &amp;call</source>
        <translation>Un &amp;appel téléphonique</translation>
    </message>
    <message>
        <source>An &amp;SMS (text message)</source>
        <translation>Un &amp;SMS</translation>
    </message>
    <message>
        <source>An &amp;email</source>
        <translation>Un &amp;e-mail</translation>
    </message>
    <message>
        <source>A &amp;letter</source>
        <translation>Un &amp;courrier</translation>
    </message>
    <message>
        <source>A &amp;website</source>
        <translation>Un &amp;site internet</translation>
    </message>
    <message>
        <source>What can I do now?</source>
        <translation>Que puis-je faire maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Is this a &amp;scam?</source>
        <translation>&amp;Est-ce une arnaque&#xa0;?</translation>
    </message>
    <message>
        <source>Is this a scam? Check a message</source>
        <translation>Est-ce une arnaque&#xa0;? Vérifier un message</translation>
    </message>
    <message>
        <source>Paste or open a message: Vigilance tells you whether it looks like a scam.</source>
        <translation>Collez ou ouvrez un message&#xa0;: Vigilance vous dit s’il ressemble à une arnaque.</translation>
    </message>
    <message>
        <source>I &amp;received a call / a message</source>
        <translation>J’ai &amp;reçu un appel / un message</translation>
    </message>
    <message>
        <source>{name} &amp;received a call / a message</source>
        <translation>{name} a &amp;reçu un appel / un message</translation>
    </message>
    <message>
        <source>I received a call or a message: write it down in the journal</source>
        <translation>J’ai reçu un appel ou un message&#xa0;: le noter dans le journal</translation>
    </message>
    <message>
        <source>{name} received a call or a message: write it down in {name}&apos;s journal</source>
        <translation>{name} a reçu un appel ou un message&#xa0;: le noter dans le journal de {name}</translation>
    </message>
    <message>
        <source>Write down a suspicious call, SMS, email or letter in your journal.</source>
        <translation>Noter dans votre journal un appel, un SMS, un e-mail ou un courrier suspect.</translation>
    </message>
    <message>
        <source>Write down a suspicious call, SMS, email or letter in {name}&apos;s journal.</source>
        <translation>Noter dans le journal de {name} un appel, un SMS, un e-mail ou un courrier suspect.</translation>
    </message>
    <message>
        <source>What did you receive?</source>
        <translation>Qu’avez-vous reçu&#xa0;?</translation>
    </message>
    <message>
        <source>What did {name} receive?</source>
        <translation>Qu’a reçu {name}&#xa0;?</translation>
    </message>
    <message>
        <source>In doubt, do not answer, do not click and do not call back: check first.</source>
        <translation>En cas de doute, ne répondez pas, ne cliquez pas et ne rappelez pas&#xa0;: vérifiez d’abord.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Your data is encrypted on this computer.</source>
        <translation>Vos données sont chiffrées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>It is protected by your app password.</source>
        <translation>Elles sont protégées par votre mot de passe de l’application.</translation>
    </message>
    <message>
        <source>It opens without a password thanks to the system keyring.</source>
        <translation>Elles s’ouvrent sans mot de passe grâce au trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Your recovery key can always get it back.</source>
        <translation>Votre clé de secours permet toujours de les retrouver.</translation>
    </message>
    <message>
        <source>Attention: no system keyring is available, so Vigilance will ask for your recovery key each time. Choosing an app password is simpler.</source>
        <translation>Attention : aucun trousseau de clés du système n’est disponible, Vigilance vous demandera donc votre clé de secours à chaque fois. Il est plus simple de choisir un mot de passe de l’application.</translation>
    </message>
    <message>
        <source>Choose an app &amp;password</source>
        <translation>Choisir un &amp;mot de passe</translation>
    </message>
    <message>
        <source>Attention: the system keyring does not hold the Vigilance key at the moment, so next time Vigilance will ask for your recovery key.</source>
        <translation>Attention : le trousseau de clés du système ne contient pas la clé de Vigilance en ce moment ; la prochaine fois, Vigilance vous demandera donc votre clé de secours.</translation>
    </message>
    <message>
        <source>&amp;Put the key back in the keyring</source>
        <translation>&amp;Remettre la clé dans le trousseau</translation>
    </message>
    <message>
        <source>Person shown</source>
        <translation>Personne affichée</translation>
    </message>
    <message>
        <source>No profile yet.</source>
        <translation>Aucun profil pour l’instant.</translation>
    </message>
    <message>
        <source>You are looking at the journal of {name}, a relative you help.</source>
        <translation>Vous consultez le journal de {name}, un proche que vous aidez.</translation>
    </message>
    <message>
        <source>You are looking at your own journal ({name}).</source>
        <translation>Vous consultez votre propre journal ({name}).</translation>
    </message>
    <message>
        <source>What Vigilance does</source>
        <translation>Ce que fait Vigilance</translation>
    </message>
    <message>
        <source>Vigilance keeps a private journal of suspicious messages and calls, and helps you know what to do. Everything stays on this computer: nothing is sent over the internet. It does not block messages or calls, and it does not look at your bank accounts for you.</source>
        <translation>Vigilance tient un journal privé des messages et appels suspects, et vous aide à savoir quoi faire. Tout reste sur cet ordinateur : rien n’est envoyé sur Internet. Vigilance ne bloque ni les messages ni les appels, et ne consulte pas vos comptes bancaires à votre place.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Confirmez qu’il s’agit bien de vous</translation>
    </message>
    <message>
        <source>To continue, type your app password.</source>
        <translation>Pour continuer, tapez votre mot de passe de l’application.</translation>
    </message>
    <message>
        <source>To continue, type your app password or your recovery key.</source>
        <translation>Pour continuer, saisissez votre mot de passe de l’application ou votre clé de secours.</translation>
    </message>
    <message>
        <source>To continue, type your recovery key (on your emergency sheet).</source>
        <translation>Pour continuer, saisissez votre clé de secours (elle figure sur votre fiche de secours).</translation>
    </message>
    <message>
        <source>With my app &amp;password</source>
        <translation>Avec mon &amp;mot de passe de l’application</translation>
    </message>
    <message>
        <source>With my &amp;recovery key</source>
        <translation>Avec ma clé de &amp;secours</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Checking… this takes a second or two.</source>
        <translation>Vérification… cela prend une ou deux secondes.</translation>
    </message>
    <message>
        <source>&amp;App password:</source>
        <translation>Mot de passe de l’&amp;application :</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Mot de passe de l’application</translation>
    </message>
    <message>
        <source>&amp;Recovery key (7 groups of 4 characters):</source>
        <translation>Clé de secou&amp;rs (7 groupes de 4 caractères) :</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait %1 seconds, then try again.</source>
        <translation>Trop d’essais. Veuillez patienter %1 secondes, puis réessayez.</translation>
    </message>
    <message>
        <source>A recovery key has 28 letters and digits, in 7 groups of 4. Please check what you typed.</source>
        <translation>Une clé de secours compte 28 lettres et chiffres, en 7 groupes de 4. Veuillez vérifier ce que vous avez saisi.</translation>
    </message>
    <message>
        <source>This is not the right app password. Please try again.</source>
        <translation>Ce n’est pas le bon mot de passe de l’application. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>This is not the right recovery key. Please check it and try again.</source>
        <translation>Ce n’est pas la bonne clé de secours. Veuillez la vérifier et réessayer.</translation>
    </message>
    <message>
        <source>The check could not be done. Please try again.</source>
        <translation>La vérification n’a pas pu se faire. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Vigilance found its data file but not the key file beside it (vigilance.keys.json). Nothing was changed and nothing new was created. Put the key file back from a backup, then open Vigilance again.

Folder: {folder}</source>
        <translation>Vigilance a trouvé son fichier de données, mais pas le fichier de clés situé à côté (vigilance.keys.json). Rien n’a été modifié et rien de nouveau n’a été créé. Remettez le fichier de clés à partir d’une sauvegarde, puis rouvrez Vigilance.

Dossier : {folder}</translation>
    </message>
    <message>
        <source>The key file beside your data cannot be read. Nothing was changed.

Folder: {folder}</source>
        <translation>Le fichier de clés situé à côté de vos données ne peut pas être lu. Rien n’a été modifié.

Dossier : {folder}</translation>
    </message>
    <message>
        <source>Your data could not be opened. Nothing was changed.</source>
        <translation>Vos données n’ont pas pu être ouvertes. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Vigilance</source>
        <translation>Vigilance</translation>
    </message>
    <message>
        <source>Your settings (language, text size, contrast) could not be read and were put back to the usual ones. Nothing else was changed; you can choose them again in Settings.</source>
        <translation>Vos réglages (langue, taille du texte, contraste) n’ont pas pu être lus et ont été remis aux valeurs habituelles. Rien d’autre n’a été modifié&#xa0;; vous pouvez les choisir de nouveau dans les Réglages.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in Vigilance. Your data is safe: nothing was lost. You can go on using Vigilance; if this happens again, close it and open it again.</source>
        <translation>Un problème inattendu est survenu dans Vigilance. Vos données sont en sécurité&#xa0;: rien n’a été perdu. Vous pouvez continuer à utiliser Vigilance&#xa0;; si cela se reproduit, fermez-la puis rouvrez-la.</translation>
    </message>
    <message>
        <source>A short technical note, without anything from your messages, was written here, for whoever helps you: {path}</source>
        <translation>Une courte note technique, sans rien de vos messages, a été écrite ici pour la personne qui vous aide&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Locked: enter your app password to continue.</source>
        <translation>Verrouillé : saisissez votre mot de passe de l’application pour continuer.</translation>
    </message>
    <message>
        <source>Open. Encrypted, protected by your app password.</source>
        <translation>Ouvert. Chiffré, protégé par votre mot de passe de l’application.</translation>
    </message>
    <message>
        <source>Open. Encrypted, opened by the system keyring.</source>
        <translation>Ouvert. Chiffré, ouvert par le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Open. Encrypted; the system keyring lacks its key (see Home).</source>
        <translation>Ouvert. Chiffré ; le trousseau de clés du système n’a pas sa clé (voir l’Accueil).</translation>
    </message>
    <message>
        <source>Vigilance</source>
        <translation>Vigilance</translation>
    </message>
    <message>
        <source>Person watched over:</source>
        <translation>Personne suivie :</translation>
    </message>
    <message>
        <source>Person watched over</source>
        <translation>Personne suivie</translation>
    </message>
    <message>
        <source>Choose whose journal is shown</source>
        <translation>Choisir le journal affiché</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Aide (F1)</translation>
    </message>
    <message>
        <source>Hide your data until the app password is entered (Ctrl+L)</source>
        <translation>Masquer vos données jusqu’à la saisie du mot de passe de l’application (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Rubrique affichée</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>Aller à : {page}</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>New app password</source>
        <translation>Nouveau mot de passe de l’application</translation>
    </message>
    <message>
        <source>&amp;Save the password</source>
        <translation>&amp;Enregistrer le mot de passe</translation>
    </message>
    <message>
        <source>Saving… this takes a second or two.</source>
        <translation>Enregistrement… cela prend une ou deux secondes.</translation>
    </message>
    <message>
        <source>The password could not be saved. Nothing was changed. Please try again.</source>
        <translation>Le mot de passe n’a pas pu être enregistré. Rien n’a été modifié. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>OpenPassphraseDialog</name>
    <message>
        <source>Open a handed-over file</source>
        <translation>Ouvrir un dossier transmis</translation>
    </message>
    <message>
        <source>Type the words given with the file {file}:</source>
        <translation>Tapez les mots donnés avec le fichier {file}&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase of the file</source>
        <translation>Phrase secrète du fichier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase of the file</source>
        <translation>Phrase secrète du fichier</translation>
    </message>
    <message>
        <source>Write down these words</source>
        <translation>Notez ces mots</translation>
    </message>
    <message>
        <source>{name}&apos;s file was saved here: {path}
It opens only with these words, shown this once:</source>
        <translation>Le dossier de {name} a été enregistré ici&#xa0;: {path}
Il ne s’ouvre qu’avec ces mots, affichés cette seule fois&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Give the words separately from the file: on paper or by telephone, never in the same email. Without them nobody can open the file, not even you.</source>
        <translation>Donnez les mots séparément du fichier&#xa0;: sur papier ou par téléphone, jamais dans le même e-mail. Sans eux, personne ne peut ouvrir le fichier, pas même vous.</translation>
    </message>
    <message>
        <source>I have written them down</source>
        <translation>Je les ai notés</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>App password (at least %1 characters):</source>
        <translation>Mot de passe de l’application (au moins %1 caractères) :</translation>
    </message>
    <message>
        <source>Type the same password &amp;again:</source>
        <translation>Saisissez le même mot de passe une &amp;deuxième fois :</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Mot de passe de l’application</translation>
    </message>
    <message>
        <source>App password, again</source>
        <translation>Mot de passe de l’application, deuxième saisie</translation>
    </message>
    <message>
        <source>&amp;Show the password while typing</source>
        <translation>&amp;Afficher le mot de passe pendant la saisie</translation>
    </message>
    <message>
        <source>1 more character is needed.</source>
        <translation>Il manque encore 1 caractère.</translation>
    </message>
    <message>
        <source>%1 more characters are needed.</source>
        <translation>Il manque encore %1 caractères.</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Les deux mots de passe ne sont pas encore identiques.</translation>
    </message>
    <message>
        <source>✓ The password is ready.</source>
        <translation>✓ Le mot de passe est prêt.</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>me</source>
        <translation>moi</translation>
    </message>
    <message>
        <source>a relative I help</source>
        <translation>un proche que j’aide</translation>
    </message>
    <message>
        <source>{name} — {who}</source>
        <translation>{name} — {who}</translation>
    </message>
    <message>
        <source>(shown now)</source>
        <translation>(affiché maintenant)</translation>
    </message>
    <message>
        <source>&amp;Hand over {name}&apos;s file…</source>
        <translation>&amp;Transmettre le dossier de {name}…</translation>
    </message>
    <message>
        <source>&amp;Hand over a file…</source>
        <translation>&amp;Transmettre un dossier…</translation>
    </message>
    <message>
        <source>The only person cannot be removed. To erase everything, see below.</source>
        <translation>La seule personne ne peut pas être retirée. Pour tout effacer, voir plus bas.</translation>
    </message>
    <message>
        <source>{name} was added. Choose them at the top of the window to see their journal.</source>
        <translation>{name} fait maintenant partie de Vigilance. Choisissez cette personne en haut de la fenêtre pour voir son journal.</translation>
    </message>
    <message>
        <source>Vigilance now shows {name}&apos;s journal.</source>
        <translation>Vigilance affiche maintenant le journal de {name}.</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(ies)</source>
        <translation>
            <numerusform>%n entrée du journal</numerusform>
            <numerusform>%n entrées du journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) with their reviews</source>
        <translation>
            <numerusform>%n compte avec ses vérifications</numerusform>
            <numerusform>%n comptes avec leurs vérifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) in progress or done</source>
        <translation>
            <numerusform>%n démarche en cours ou terminée</numerusform>
            <numerusform>%n démarches en cours ou terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach notice(s)</source>
        <translation>
            <numerusform>%n avis de fuite de données</numerusform>
            <numerusform>%n avis de fuite de données</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything Vigilance keeps about {name} will be erased from this computer:</source>
        <translation>Tout ce que Vigilance garde sur {name} sera effacé de cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>This cannot be undone. To give {name}&apos;s file to another relative first, use &quot;Hand over&quot;.</source>
        <translation>Cela ne peut pas être annulé. Pour d’abord confier le dossier de {name} à un autre proche, utilisez «&#xa0;Transmettre&#xa0;».</translation>
    </message>
    <message>
        <source>{name} was removed, with everything Vigilance kept about them.</source>
        <translation>{name} ne fait plus partie de Vigilance, et tout ce que Vigilance gardait à son sujet a été effacé.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Vigilance can keep a journal for you and for relatives you help. Each person has their own journal, accounts and plans; choose whose you see at the top of the window.</source>
        <translation>Vigilance peut tenir un journal pour vous et pour les proches que vous aidez. Chaque personne a son propre journal, ses comptes et ses démarches&#xa0;; choisissez en haut de la fenêtre la personne affichée.</translation>
    </message>
    <message>
        <source>People kept in Vigilance</source>
        <translation>Personnes suivies dans Vigilance</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Show this person</source>
        <translation>Afficher cette personne</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>&amp;Open a handed-over file…</source>
        <translation>&amp;Ouvrir un dossier transmis…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Each person has their own journal, accounts and plans. A first name or a nickname is enough.</source>
        <translation>Chaque personne a son propre journal, ses comptes et ses démarches. Un prénom ou un surnom suffit.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>It is me</source>
        <translation>C’est moi</translation>
    </message>
    <message>
        <source>A relative I help</source>
        <translation>Un proche que j’aide</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <source>Everything is ready</source>
        <translation>Tout est prêt</translation>
    </message>
    <message>
        <source>Step 5 of 5: what Vigilance does for you</source>
        <translation>Étape 5 sur 5 : ce que Vigilance fait pour vous</translation>
    </message>
    <message>
        <source>What Vigilance does</source>
        <translation>Ce que fait Vigilance</translation>
    </message>
    <message>
        <source>It keeps a private journal of suspicious messages, calls and letters.</source>
        <translation>Il tient un journal privé des messages, appels et courriers suspects.</translation>
    </message>
    <message>
        <source>It reminds you to check your bank and health insurance accounts.</source>
        <translation>Il vous rappelle de vérifier vos comptes bancaires et d’assurance maladie.</translation>
    </message>
    <message>
        <source>It explains what to do, step by step, with the official advice.</source>
        <translation>Il vous explique quoi faire, étape par étape, avec les conseils officiels.</translation>
    </message>
    <message>
        <source>What Vigilance does not do</source>
        <translation>Ce que Vigilance ne fait pas</translation>
    </message>
    <message>
        <source>It sends nothing: everything stays on this computer. There is no account to create and no advertising.</source>
        <translation>Il n’envoie rien : tout reste sur cet ordinateur. Il n’y a aucun compte à créer et aucune publicité.</translation>
    </message>
    <message>
        <source>It does not replace your bank, the police or the Assurance Maladie. If you gave your bank card details, call your bank first.</source>
        <translation>Il ne remplace ni votre banque, ni la police, ni l’Assurance Maladie. Si vous avez donné les informations de votre carte bancaire, appelez d’abord votre banque.</translation>
    </message>
    <message>
        <source>Press Start to open the journal of %1.</source>
        <translation>Appuyez sur Commencer pour ouvrir le journal de %1.</translation>
    </message>
    <message>
        <source>Press Start to open your journal.</source>
        <translation>Appuyez sur Commencer pour ouvrir votre journal.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>This is your recovery key. It opens your journal if this computer no longer opens it by itself or if you forget your password. Write it down carefully or print it now, and keep the sheet at home with your important papers.</source>
        <translation>Voici votre clé de secours. Elle ouvre votre journal si cet ordinateur ne l’ouvre plus tout seul ou si vous oubliez votre mot de passe. Recopiez-la soigneusement ou imprimez-la maintenant, et gardez la fiche chez vous avec vos papiers importants.</translation>
    </message>
    <message>
        <source>This is the recovery key. It opens the journal if the app password is forgotten. Write it down carefully or print it now, and keep the sheet at home with the important papers.</source>
        <translation>Voici la clé de secours. Elle ouvre le journal si le mot de passe de l’application est oublié. Recopiez-la soigneusement ou imprimez-la maintenant, et gardez la fiche à la maison avec les papiers importants.</translation>
    </message>
    <message>
        <source>This is the recovery key. It opens the journal if this computer no longer opens it by itself (after a repair, a new computer or a system update). Write it down carefully or print it now, and keep the sheet at home with the important papers.</source>
        <translation>Voici la clé de secours. Elle ouvre le journal si cet ordinateur ne l’ouvre plus tout seul (après une réparation, un nouvel ordinateur ou une mise à jour du système). Recopiez-la soigneusement ou imprimez-la maintenant, et gardez la fiche à la maison avec les papiers importants.</translation>
    </message>
    <message>
        <source>The key has 7 groups of 4 characters. It never contains 0, 1, O, I or L, so they cannot be confused. Nobody from Vigilance will ever ask you for it.</source>
        <translation>La clé compte 7 groupes de 4 caractères. Elle ne contient jamais 0, 1, O, I ni L, pour éviter toute confusion. Personne de Vigilance ne vous la demandera jamais.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>Group %1 of 7</source>
        <translation>Groupe %1 sur 7</translation>
    </message>
    <message>
        <source>&amp;Print the sheet…</source>
        <translation>&amp;Imprimer la fiche…</translation>
    </message>
    <message>
        <source>Print the emergency sheet</source>
        <translation>Imprimer la fiche de secours</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the emergency sheet as a PDF file</source>
        <translation>Enregistrer la fiche de secours dans un fichier PDF</translation>
    </message>
    <message>
        <source>The emergency sheet was saved in: %1</source>
        <translation>La fiche de secours a été enregistrée ici : %1</translation>
    </message>
    <message>
        <source>The emergency sheet was sent to the printer.</source>
        <translation>La fiche de secours a été envoyée à l’imprimante.</translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another folder or a USB stick.</source>
        <translation>Le fichier n’a pas pu être enregistré à cet endroit. Veuillez choisir un autre dossier ou une clé USB.</translation>
    </message>
    <message>
        <source>Printing is not available here: save the sheet as a PDF file, then print that file.</source>
        <translation>L’impression n’est pas disponible ici : enregistrez la fiche en PDF, puis imprimez ce fichier.</translation>
    </message>
    <message>
        <source>Vigilance - emergency sheet.pdf</source>
        <translation>Vigilance - fiche de secours.pdf</translation>
    </message>
    <message>
        <source>Save the emergency sheet</source>
        <translation>Enregistrer la fiche de secours</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>The recovery key</source>
        <translation>La clé de secours</translation>
    </message>
    <message>
        <source>Step 4 of 5: the spare key to the journal</source>
        <translation>Étape 4 sur 5&#xa0;: la clé de rechange du journal</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>J’ai &amp;recopié ou imprimé la clé de secours</translation>
    </message>
    <message>
        <source>Tick this box to continue. The sheet can be shown again later in Settings, after typing the app password.</source>
        <translation>Cochez cette case pour continuer. La fiche pourra être affichée de nouveau plus tard dans les Réglages, après avoir tapé le mot de passe de l’application.</translation>
    </message>
    <message>
        <source>Tick this box to continue. The sheet can be shown again later in Settings.</source>
        <translation>Cochez cette case pour continuer. La fiche pourra être affichée de nouveau plus tard dans les Réglages.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Vigilance — emergency sheet</source>
        <translation>Vigilance — fiche de secours</translation>
    </message>
    <message>
        <source>Journal of:</source>
        <translation>Journal de :</translation>
    </message>
    <message>
        <source>Sheet made on:</source>
        <translation>Fiche établie le :</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <source>The key never contains the digits 0 and 1 nor the letters O, I and L, so that they cannot be confused. Capital or small letters, spaces and dashes do not matter when you type it.</source>
        <translation>La clé ne contient jamais les chiffres 0 et 1 ni les lettres O, I et L, pour éviter toute confusion. Majuscules ou minuscules, espaces et tirets n’ont pas d’importance quand vous la saisissez.</translation>
    </message>
    <message>
        <source>What is it for?</source>
        <translation>À quoi sert-elle ?</translation>
    </message>
    <message>
        <source>This key opens your Vigilance journal when the computer no longer opens it by itself, or if you forget your app password (for example after a repair, a new computer or an update of the system). Without this key and without your password, nobody can open your journal, not even us: it is the price of privacy.</source>
        <translation>Cette clé ouvre votre journal Vigilance lorsque l’ordinateur ne l’ouvre plus tout seul, ou si vous oubliez votre mot de passe de l’application (par exemple après une réparation, un nouvel ordinateur ou une mise à jour du système). Sans cette clé et sans votre mot de passe, personne ne peut ouvrir votre journal, pas même nous : c’est le prix de la confidentialité.</translation>
    </message>
    <message>
        <source>Where to keep it?</source>
        <translation>Où la ranger ?</translation>
    </message>
    <message>
        <source>Keep this sheet on paper, at home, with your important papers.</source>
        <translation>Gardez cette fiche sur papier, chez vous, avec vos papiers importants.</translation>
    </message>
    <message>
        <source>Do not send it by email or text message and do not take a photo of it.</source>
        <translation>Ne l’envoyez ni par e-mail ni par SMS, et ne la prenez pas en photo.</translation>
    </message>
    <message>
        <source>If you saved it as a file, keep that file on a USB stick put away, not on the computer&apos;s desktop.</source>
        <translation>Si vous l’avez enregistrée dans un fichier, gardez ce fichier sur une clé USB rangée, pas sur le bureau de l’ordinateur.</translation>
    </message>
    <message>
        <source>Nobody will ever ask you for it</source>
        <translation>Personne ne vous la demandera jamais</translation>
    </message>
    <message>
        <source>The people who make Vigilance will never ask you for this key, by phone, email or text message. Neither will your bank, the police or the Assurance Maladie. If someone asks you for it, it is a scam: hang up or do not reply.</source>
        <translation>L’équipe de Vigilance ne vous demandera jamais cette clé, ni par téléphone, ni par e-mail, ni par SMS. Votre banque, la police ou l’Assurance Maladie non plus. Si quelqu’un vous la demande, c’est une arnaque : raccrochez ou ne répondez pas.</translation>
    </message>
    <message>
        <source>How to use it?</source>
        <translation>Comment l’utiliser ?</translation>
    </message>
    <message>
        <source>When Vigilance cannot open your journal, it offers to type the recovery key. Type the 28 characters above; Vigilance then opens as usual.</source>
        <translation>Lorsque Vigilance ne peut pas ouvrir votre journal, il vous propose de saisir la clé de secours. Tapez les 28 caractères ci-dessus ; Vigilance s’ouvre alors comme d’habitude.</translation>
    </message>
    <message>
        <source>Vigilance keeps everything on your computer. This sheet is the only copy of the key outside the computer.</source>
        <translation>Vigilance garde tout sur votre ordinateur. Cette fiche est la seule copie de la clé en dehors de l’ordinateur.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <source>My recovery sheet</source>
        <translation>Ma fiche de secours</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore {file}. It opens with what protected your journal when it was made:</source>
        <translation>Restaurer {file}. Elle s’ouvre avec ce qui protégeait votre journal quand elle a été faite&#xa0;:</translation>
    </message>
    <message>
        <source>The app password of that time</source>
        <translation>Le mot de passe de l’application de l’époque</translation>
    </message>
    <message>
        <source>The recovery key (on the recovery sheet)</source>
        <translation>La clé de secours (sur la fiche de secours)</translation>
    </message>
    <message>
        <source>Nothing: it was made on this computer, which opens without a password</source>
        <translation>Rien&#xa0;: elle a été faite sur cet ordinateur, qui s’ouvre sans mot de passe</translation>
    </message>
    <message>
        <source>Password or recovery key</source>
        <translation>Mot de passe ou clé de secours</translation>
    </message>
    <message>
        <source>What is in Vigilance now is replaced by the backup; it is not deleted but kept aside in the Vigilance folder.</source>
        <translation>Ce qui est dans Vigilance maintenant est remplacé par la sauvegarde&#xa0;; ce n’est pas supprimé mais mis de côté dans le dossier de Vigilance.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add to the &amp;journal</source>
        <translation>Ajouter au &amp;journal</translation>
    </message>
    <message>
        <source>Add to the journal</source>
        <translation>Ajouter au journal</translation>
    </message>
    <message>
        <source>Keep this message in the journal, with what you did about it</source>
        <translation>Garder ce message dans le journal, avec ce que vous avez fait</translation>
    </message>
    <message>
        <source>&amp;What to do now?</source>
        <translation>&amp;Que faire maintenant ?</translation>
    </message>
    <message>
        <source>What to do now?</source>
        <translation>Que faire maintenant ?</translation>
    </message>
    <message>
        <source>Open the step-by-step plan for this kind of message</source>
        <translation>Ouvrir le plan, étape par étape, pour ce type de message</translation>
    </message>
    <message>
        <source>Check &amp;another message</source>
        <translation>Vérifier un &amp;autre message</translation>
    </message>
    <message>
        <source>Check another message</source>
        <translation>Vérifier un autre message</translation>
    </message>
    <message>
        <source>Empty the box to paste another message</source>
        <translation>Vider la zone pour coller un autre message</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Found in the message:</source>
        <translation>Trouvé dans le message :</translation>
    </message>
    <message>
        <source>Words often found in scams</source>
        <translation>Mots fréquents dans les arnaques</translation>
    </message>
    <message>
        <source>This message uses words that often appear in fraudulent messages. On their own they prove nothing: they add to the other signs.</source>
        <translation>Ce message emploie des mots fréquents dans les messages frauduleux. Seuls, ils ne prouvent rien : ils s’ajoutent aux autres signes.</translation>
    </message>
    <message>
        <source>Words often found in scams:</source>
        <translation>Mots fréquents dans les arnaques :</translation>
    </message>
    <message>
        <source>Links in the message (made harmless, not clickable)</source>
        <translation>Liens du message (rendus inoffensifs, non cliquables)</translation>
    </message>
    <message>
        <source>%1 more links are not shown.</source>
        <translation>%1 autres liens ne sont pas affichés.</translation>
    </message>
    <message>
        <source>Attachments (not opened)</source>
        <translation>Pièces jointes (non ouvertes)</translation>
    </message>
    <message>
        <source>%1: not flagged</source>
        <translation>%1 : aucun signe de danger repéré</translation>
    </message>
    <message>
        <source>%1: dangerous, do not open it</source>
        <translation>%1 : dangereuse, ne l&apos;ouvrez pas</translation>
    </message>
    <message>
        <source>This kind of file can act on your device when it is opened.</source>
        <translation>Ce type de fichier peut agir sur votre appareil quand on l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Why %1 is dangerous</source>
        <translation>Pourquoi %1 est dangereuse</translation>
    </message>
    <message>
        <source>%1 more attachments are not shown.</source>
        <translation>%1 autres pièces jointes ne sont pas affichées.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>After 1 minute without use</source>
        <translation>Après 1 minute sans utilisation</translation>
    </message>
    <message>
        <source>After 1 hour without use</source>
        <translation>Après 1 heure sans utilisation</translation>
    </message>
    <message>
        <source>After %1 hours without use</source>
        <translation>Après %1 heures sans utilisation</translation>
    </message>
    <message>
        <source>After %1 minutes without use</source>
        <translation>Après %1 minutes sans utilisation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1% (normal)</source>
        <translation>%1 % (normal)</translation>
    </message>
    <message>
        <source>&amp;High contrast (black text on a white background)</source>
        <translation>Contraste &amp;élevé (texte noir sur fond blanc)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Lock Vigilance</source>
        <translation>Verrouiller Vigilance</translation>
    </message>
    <message>
        <source>Opening and security</source>
        <translation>Ouverture et sécurité</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>Vigilance asks for your app password each time it opens. Your journal is encrypted on this computer.</source>
        <translation>Vigilance demande votre mot de passe de l’application à chaque ouverture. Votre journal est chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Open &amp;automatically instead…</source>
        <translation>Ouvrir &amp;automatiquement à la place…</translation>
    </message>
    <message>
        <source>Open automatically with the system keyring instead of a password</source>
        <translation>Ouvrir automatiquement avec le trousseau de clés du système au lieu d’un mot de passe</translation>
    </message>
    <message>
        <source>Opening automatically is not possible on this computer: it has no protected storage for keys (no system keyring).</source>
        <translation>L’ouverture automatique n’est pas possible sur cet ordinateur : il n’a pas d’espace protégé pour les clés (pas de trousseau de clés du système).</translation>
    </message>
    <message>
        <source>Vigilance closes your journal after this time without use; your app password opens it again.</source>
        <translation>Vigilance ferme votre journal après ce délai sans utilisation ; votre mot de passe de l’application le rouvre.</translation>
    </message>
    <message>
        <source>Vigilance opens automatically when you are logged in to your session on this computer (the key is kept in the system keyring). Your journal is encrypted on this computer.</source>
        <translation>Vigilance s’ouvre automatiquement lorsque vous êtes connecté à votre session sur cet ordinateur (la clé est conservée dans le trousseau de clés du système). Votre journal est chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Ask for an app &amp;password instead…</source>
        <translation>Demander un &amp;mot de passe à la place…</translation>
    </message>
    <message>
        <source>Ask for an app password instead</source>
        <translation>Demander un mot de passe de l’application à la place</translation>
    </message>
    <message>
        <source>Locking after some time needs an app password: without one, anyone using your session could open Vigilance again.</source>
        <translation>Le verrouillage après un délai nécessite un mot de passe de l’application : sans lui, toute personne utilisant votre session pourrait rouvrir Vigilance.</translation>
    </message>
    <message>
        <source>L&amp;ock Vigilance:</source>
        <translation>&amp;Verrouiller Vigilance :</translation>
    </message>
    <message>
        <source>C&amp;hange my app password…</source>
        <translation>&amp;Changer mon mot de passe de l’application…</translation>
    </message>
    <message>
        <source>Your recovery key is the spare key to your journal. If you have lost your emergency sheet, show the key again to write it down or print it.</source>
        <translation>Votre clé de secours est le double de la clé de votre journal. Si vous avez perdu votre fiche de secours, affichez de nouveau la clé pour la recopier ou l’imprimer.</translation>
    </message>
    <message>
        <source>Your app password is asked first.</source>
        <translation>Votre mot de passe de l’application est demandé d’abord.</translation>
    </message>
    <message>
        <source>You do not need the old sheet to do this.</source>
        <translation>L’ancienne fiche n’est pas nécessaire pour cela.</translation>
    </message>
    <message>
        <source>&amp;Show my recovery sheet again…</source>
        <translation>&amp;Afficher de nouveau ma fiche de secours…</translation>
    </message>
    <message>
        <source>Working… this takes a second or two.</source>
        <translation>Opération en cours… cela prend une ou deux secondes.</translation>
    </message>
    <message>
        <source>Ask for an app password?</source>
        <translation>Demander un mot de passe de l’application ?</translation>
    </message>
    <message>
        <source>Vigilance will ask for this password each time it opens, and can lock itself after some time without use. Your recovery key stays valid.</source>
        <translation>Vigilance demandera ce mot de passe à chaque ouverture, et pourra se verrouiller après un délai sans utilisation. Votre clé de secours reste valable.</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Choisir un mot de passe</translation>
    </message>
    <message>
        <source>Choose the app password that Vigilance will ask for each time it opens.</source>
        <translation>Choisissez le mot de passe de l’application que Vigilance demandera à chaque ouverture.</translation>
    </message>
    <message>
        <source>Done: Vigilance now asks for your app password each time it opens.</source>
        <translation>C’est fait : Vigilance demande désormais votre mot de passe de l’application à chaque ouverture.</translation>
    </message>
    <message>
        <source>Opening automatically is not possible on this computer: it has no system keyring.</source>
        <translation>L’ouverture automatique n’est pas possible sur cet ordinateur : il n’a pas de trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Open automatically?</source>
        <translation>Ouvrir automatiquement ?</translation>
    </message>
    <message>
        <source>Vigilance will open without a password when you are logged in to your session on this computer, and your app password will be removed. Anyone who uses your session could then open your journal.</source>
        <translation>Vigilance s’ouvrira sans mot de passe lorsque vous êtes connecté à votre session sur cet ordinateur, et votre mot de passe de l’application sera supprimé. Toute personne utilisant votre session pourra alors ouvrir votre journal.</translation>
    </message>
    <message>
        <source>Open automatically</source>
        <translation>Ouvrir automatiquement</translation>
    </message>
    <message>
        <source>You are about to remove your app password.</source>
        <translation>Vous allez supprimer votre mot de passe de l’application.</translation>
    </message>
    <message>
        <source>Done: Vigilance now opens automatically with your session.</source>
        <translation>C’est fait : Vigilance s’ouvre désormais automatiquement avec votre session.</translation>
    </message>
    <message>
        <source>The system keyring could not be used (it may be locked). Nothing was changed: your app password still works.</source>
        <translation>Le trousseau de clés du système n’a pas pu être utilisé (il est peut-être verrouillé). Rien n’a été modifié : votre mot de passe de l’application fonctionne toujours.</translation>
    </message>
    <message>
        <source>Nothing was changed: your app password still works.</source>
        <translation>Rien n’a été modifié : votre mot de passe de l’application fonctionne toujours.</translation>
    </message>
    <message>
        <source>You are about to change your app password.</source>
        <translation>Vous allez changer votre mot de passe de l’application.</translation>
    </message>
    <message>
        <source>Choose your new app password.</source>
        <translation>Choisissez votre nouveau mot de passe de l’application.</translation>
    </message>
    <message>
        <source>Done: your app password was changed.</source>
        <translation>C’est fait : votre mot de passe de l’application a été changé.</translation>
    </message>
    <message>
        <source>You are about to show your recovery key on the screen. Make sure nobody is looking.</source>
        <translation>Vous allez afficher votre clé de secours à l’écran. Assurez-vous que personne ne regarde.</translation>
    </message>
    <message>
        <source>Show your recovery sheet?</source>
        <translation>Afficher votre fiche de secours&#xa0;?</translation>
    </message>
    <message>
        <source>Show the sheet</source>
        <translation>Afficher la fiche</translation>
    </message>
    <message>
        <source>The recovery key cannot be shown again for this journal.</source>
        <translation>La clé de secours ne peut pas être affichée de nouveau pour ce journal.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Vigilance — first start</source>
        <translation>Vigilance — premier démarrage</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Continue &gt;</source>
        <translation>&amp;Continuer &gt;</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Create the journal</source>
        <translation>&amp;Créer le journal</translation>
    </message>
    <message>
        <source>The system keyring could not be used on this computer. Please choose an app password, then press Create the journal again.</source>
        <translation>Le trousseau de clés du système n’a pas pu être utilisé sur cet ordinateur. Choisissez un mot de passe de l’application, puis appuyez de nouveau sur Créer le journal.</translation>
    </message>
    <message>
        <source>A Vigilance journal already exists on this computer; it was left untouched. Please close this window and open Vigilance again.</source>
        <translation>Un journal Vigilance existe déjà sur cet ordinateur ; il a été laissé intact. Veuillez fermer cette fenêtre et rouvrir Vigilance.</translation>
    </message>
    <message>
        <source>The journal could not be created: the folder may be full or protected. Nothing was changed. Please try again, or restart the computer first.</source>
        <translation>Le journal n’a pas pu être créé : le dossier est peut-être plein ou protégé. Rien n’a été modifié. Veuillez réessayer, ou redémarrer d’abord l’ordinateur.</translation>
    </message>
    <message>
        <source>Something went wrong while creating the journal. Nothing was changed. Please try again.</source>
        <translation>Un problème est survenu lors de la création du journal. Rien n’a été modifié. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <source>Have you written down your recovery key?</source>
        <translation>Avez-vous recopié votre clé de secours ?</translation>
    </message>
    <message>
        <source>Your journal is created. Without the recovery key you could lose access to it one day. You can also show it later in Settings.</source>
        <translation>Votre journal est créé. Sans la clé de secours, vous pourriez un jour ne plus pouvoir l’ouvrir. Vous pourrez aussi l’afficher plus tard dans les Réglages.</translation>
    </message>
    <message>
        <source>Go back to the key</source>
        <translation>Revenir à la clé</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Fermer quand même</translation>
    </message>
</context>
<context>
    <name>StoreChanges</name>
    <message>
        <source>Vigilance</source>
        <translation>Vigilance</translation>
    </message>
    <message>
        <source>Vigilance can copy everything that can still be read into a new file and keep the damaged one aside.</source>
        <translation>Vigilance peut copier tout ce qui peut encore être lu dans un nouveau fichier, et mettre de côté le fichier abîmé.</translation>
    </message>
    <message>
        <source>&amp;Recover what can be read</source>
        <translation>&amp;Récupérer ce qui peut être lu</translation>
    </message>
    <message>
        <source>Nothing could be recovered.</source>
        <translation>Rien n’a pu être récupéré.</translation>
    </message>
    <message>
        <source>Vigilance erased its data, but could not erase: {what}. You may delete them by hand in {folder}.</source>
        <translation>Vigilance a effacé ses données, mais n’a pas pu effacer&#xa0;: {what}. Vous pouvez les supprimer vous-même dans {folder}.</translation>
    </message>
    <message>
        <source>The backup was not restored; nothing was changed.</source>
        <translation>La sauvegarde n’a pas été restaurée&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Vigilance — open your data</source>
        <translation>Vigilance — ouvrir vos données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Vigilance</source>
        <translation>Quitter Vigilance</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Continue to Vigilance</source>
        <translation>Continuer vers Vigilance</translation>
    </message>
    <message>
        <source>Your data is open</source>
        <translation>Vos données sont ouvertes</translation>
    </message>
    <message>
        <source>The system keyring holds the Vigilance key again: next time, Vigilance will open without asking you anything.</source>
        <translation>Le trousseau de clés du système contient de nouveau la clé de Vigilance : la prochaine fois, Vigilance s’ouvrira sans rien vous demander.</translation>
    </message>
    <message>
        <source>The system keyring could not take the key back (it is locked or not available), so next time Vigilance will ask for your recovery key again. To avoid this, you can choose an app password in Settings.</source>
        <translation>Le trousseau de clés du système n’a pas pu reprendre la clé (il est verrouillé ou indisponible) ; la prochaine fois, Vigilance vous demandera donc de nouveau votre clé de secours. Pour l’éviter, vous pouvez choisir un mot de passe de l’application dans les Réglages.</translation>
    </message>
</context>
<context>
    <name>UnlockModePage</name>
    <message>
        <source>How should Vigilance open?</source>
        <translation>Comment Vigilance doit-il s’ouvrir ?</translation>
    </message>
    <message>
        <source>Open &amp;automatically (recommended)</source>
        <translation>Ouvrir &amp;automatiquement (recommandé)</translation>
    </message>
    <message>
        <source>Step 3 of 5: opening the journal every day</source>
        <translation>Étape 3 sur 5&#xa0;: l’ouverture du journal au quotidien</translation>
    </message>
    <message>
        <source>The journal is always encrypted on this computer: nobody can read the file without its key. Choose how Vigilance opens it every day.</source>
        <translation>Le journal est toujours chiffré sur cet ordinateur&#xa0;: personne ne peut lire le fichier sans sa clé. Choisissez comment Vigilance l’ouvre au quotidien.</translation>
    </message>
    <message>
        <source>Vigilance opens without asking for a password to whoever is logged in to this computer&apos;s user account. The key is kept in the computer&apos;s protected storage (the system keyring).</source>
        <translation>Vigilance s’ouvre sans demander de mot de passe à la personne connectée au compte utilisateur de cet ordinateur. La clé est gardée dans le coffre protégé de l’ordinateur (le trousseau de clés du système).</translation>
    </message>
    <message>
        <source>Not available on this computer: it has no protected storage for keys (no system keyring). Please choose an app password below.</source>
        <translation>Indisponible sur cet ordinateur : il n’a pas d’espace protégé pour les clés (pas de trousseau de clés du système). Veuillez choisir un mot de passe de l’application ci-dessous.</translation>
    </message>
    <message>
        <source>Ask for an app &amp;password</source>
        <translation>Demander un &amp;mot de passe de l’application</translation>
    </message>
    <message>
        <source>Choose this if other people use this computer&apos;s user account. Vigilance asks for the app password each time it opens, and can lock itself after a few minutes without use. If the password is forgotten, the recovery key (next step) still opens the journal.</source>
        <translation>Choisissez cette option si d’autres personnes utilisent le compte utilisateur de cet ordinateur. Vigilance demande le mot de passe de l’application à chaque ouverture, et peut se verrouiller après quelques minutes sans utilisation. Si le mot de passe est oublié, la clé de secours (étape suivante) ouvre toujours le journal.</translation>
    </message>
    <message>
        <source>Creating the encrypted journal… This takes a few seconds.</source>
        <translation>Création du journal chiffré… Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Creating the journal</source>
        <translation>Création du journal</translation>
    </message>
    <message>
        <source>To create the journal, first choose the app password above: %1</source>
        <translation>Pour créer le journal, choisissez d’abord le mot de passe de l’application ci-dessus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Your data file is damaged, so Vigilance cannot open it. It was left exactly as it was: nothing was deleted or replaced. Keep a copy of the Vigilance folder and ask someone you trust for help; a backup copy may be in its “backups” folder.

Folder: {folder}</source>
        <translation>Votre fichier de données est endommagé : Vigilance ne peut pas l’ouvrir. Il a été laissé tel quel : rien n’a été supprimé ni remplacé. Gardez une copie du dossier de Vigilance et demandez de l’aide à une personne de confiance ; une copie de sauvegarde se trouve peut-être dans son dossier « backups ».

Dossier : {folder}</translation>
    </message>
    <message>
        <source>The system keyring no longer has the key</source>
        <translation>Le trousseau de clés du système n’a plus la clé</translation>
    </message>
    <message>
        <source>The system keyring is locked</source>
        <translation>Le trousseau de clés du système est verrouillé</translation>
    </message>
    <message>
        <source>No system keyring is available</source>
        <translation>Aucun trousseau de clés du système n’est disponible</translation>
    </message>
    <message>
        <source>The system keyring has changed</source>
        <translation>Le trousseau de clés du système a changé</translation>
    </message>
    <message>
        <source>Open your data</source>
        <translation>Ouvrir vos données</translation>
    </message>
    <message>
        <source>Vigilance is locked</source>
        <translation>Vigilance est verrouillé</translation>
    </message>
    <message>
        <source>Your data is intact: enter your app password or your recovery key.</source>
        <translation>Vos données sont intactes : saisissez votre mot de passe de l’application ou votre clé de secours.</translation>
    </message>
    <message>
        <source>Your data is intact: enter your recovery key.</source>
        <translation>Vos données sont intactes : saisissez votre clé de secours.</translation>
    </message>
    <message>
        <source>Your system keyring no longer contains the Vigilance key.</source>
        <translation>Le trousseau de clés de votre système ne contient plus la clé de Vigilance.</translation>
    </message>
    <message>
        <source>Your system keyring is locked, so Vigilance cannot read its key there.</source>
        <translation>Le trousseau de clés de votre système est verrouillé : Vigilance ne peut pas y lire sa clé.</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer at the moment, so Vigilance cannot open by itself.</source>
        <translation>Aucun trousseau de clés du système n’est disponible sur cet ordinateur en ce moment : Vigilance ne peut donc pas s’ouvrir tout seul.</translation>
    </message>
    <message>
        <source>Your system keyring is not the one used when Vigilance was set up (this can happen after a system change).</source>
        <translation>Le trousseau de clés de votre système n’est pas celui utilisé lors de l’installation de Vigilance (cela peut arriver après un changement de système).</translation>
    </message>
    <message>
        <source>Your data is hidden while Vigilance is locked. Enter your app password to continue.</source>
        <translation>Vos données sont masquées tant que Vigilance est verrouillé. Saisissez votre mot de passe de l’application pour continuer.</translation>
    </message>
    <message>
        <source>Your data is protected by your app password. Enter it to open Vigilance. If you forgot it, your recovery key always works.</source>
        <translation>Vos données sont protégées par votre mot de passe de l’application. Saisissez-le pour ouvrir Vigilance. Si vous l’avez oublié, votre clé de secours fonctionne toujours.</translation>
    </message>
    <message>
        <source>&amp;App password</source>
        <translation>&amp;Mot de passe de l’application</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Mot de passe de l’application</translation>
    </message>
    <message>
        <source>&amp;Show the password</source>
        <translation>&amp;Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Use my &amp;recovery key instead</source>
        <translation>Utiliser plutôt ma clé de &amp;secours</translation>
    </message>
    <message>
        <source>Use my recovery key instead</source>
        <translation>Utiliser plutôt ma clé de secours</translation>
    </message>
    <message>
        <source>&amp;Recovery key (on the emergency sheet printed at setup)</source>
        <translation>&amp;Clé de secours (sur la fiche de secours imprimée à l’installation)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>28 letters and digits; upper or lower case, spaces and dashes do not matter.</source>
        <translation>28 lettres et chiffres ; majuscules ou minuscules, espaces et tirets n’ont pas d’importance.</translation>
    </message>
    <message>
        <source>Upper or lower case, spaces and dashes do not matter.</source>
        <translation>Majuscules ou minuscules, espaces et tirets n’ont pas d’importance.</translation>
    </message>
    <message>
        <source>Use my app &amp;password instead</source>
        <translation>Utiliser plutôt mon &amp;mot de passe de l’application</translation>
    </message>
    <message>
        <source>Use my app password instead</source>
        <translation>Utiliser plutôt mon mot de passe de l’application</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Opening your data, please wait</source>
        <translation>Ouverture de vos données, veuillez patienter</translation>
    </message>
    <message>
        <source>Please type your app password.</source>
        <translation>Veuillez saisir votre mot de passe de l’application.</translation>
    </message>
    <message>
        <source>Opening… this takes a second or two.</source>
        <translation>Ouverture… cela prend une ou deux secondes.</translation>
    </message>
    <message>
        <source>A recovery key has 28 letters and digits, in seven groups of four (for example ABCD-EFGH-…). Please check what you typed.</source>
        <translation>Une clé de secours compte 28 lettres et chiffres, en sept groupes de quatre (par exemple ABCD-EFGH-…). Veuillez vérifier ce que vous avez saisi.</translation>
    </message>
    <message>
        <source>This recovery key does not open your data. Check each group of four characters and try again.</source>
        <translation>Cette clé de secours n’ouvre pas vos données. Vérifiez chaque groupe de quatre caractères et réessayez.</translation>
    </message>
    <message>
        <source>This is not the right password. Check that Caps Lock is off and try again.</source>
        <translation>Ce n’est pas le bon mot de passe. Vérifiez que la touche Verr. Maj. n’est pas activée et réessayez.</translation>
    </message>
    <message>
        <source>The key file beside your data cannot be read. Nothing was changed.</source>
        <translation>Le fichier de clés situé à côté de vos données ne peut pas être lu. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Something went wrong while opening your data. Nothing was changed.</source>
        <translation>Un problème est survenu à l’ouverture de vos données. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Your data file could not be read with its key: it may be damaged or come from another Vigilance folder. It was left untouched.</source>
        <translation>Votre fichier de données n’a pas pu être lu avec sa clé : il est peut-être endommagé ou provient d’un autre dossier Vigilance. Il a été laissé intact.</translation>
    </message>
    <message>
        <source>The key file is here but your data file (vigilance.db) is missing. Nothing was created: put the file back from a backup, then open Vigilance again.</source>
        <translation>Le fichier de clés est présent, mais votre fichier de données (vigilance.db) est introuvable. Rien n’a été créé : remettez le fichier à partir d’une sauvegarde, puis rouvrez Vigilance.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>Too many attempts in a row. For your safety, please wait before trying again. Time left: {time}.</source>
        <translation>Trop d’essais d’affilée. Pour votre sécurité, veuillez patienter avant de réessayer. Temps restant : {time}.</translation>
    </message>
</context>
<context>
    <name>WhoPage</name>
    <message>
        <source>Whose journal is it?</source>
        <translation>À qui est ce journal ?</translation>
    </message>
    <message>
        <source>Step 2 of 5: the person watched over</source>
        <translation>Étape 2 sur 5 : la personne suivie</translation>
    </message>
    <message>
        <source>Who will this journal be for?</source>
        <translation>Pour qui sera ce journal ?</translation>
    </message>
    <message>
        <source>For &amp;me</source>
        <translation>Pour &amp;moi</translation>
    </message>
    <message>
        <source>For a &amp;relative I help (for example a parent)</source>
        <translation>Pour un &amp;proche que j’aide (par exemple un parent)</translation>
    </message>
    <message>
        <source>You can keep the journal on this computer for someone else. You can add other people later.</source>
        <translation>Vous pouvez tenir le journal d’une autre personne sur cet ordinateur. Vous pourrez ajouter d’autres personnes plus tard.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Their &amp;first name (required):</source>
        <translation>Son &amp;prénom (obligatoire) :</translation>
    </message>
    <message>
        <source>It is shown at the top of every screen, so that nobody writes in the wrong journal.</source>
        <translation>Il est affiché en haut de chaque écran, pour que personne n’écrive dans le mauvais journal.</translation>
    </message>
    <message>
        <source>For example: Jeanne</source>
        <translation>Par exemple : Jeanne</translation>
    </message>
    <message>
        <source>Please type their first name to continue.</source>
        <translation>Veuillez saisir son prénom pour continuer.</translation>
    </message>
    <message>
        <source>Your &amp;first name (optional):</source>
        <translation>Votre &amp;prénom (facultatif) :</translation>
    </message>
    <message>
        <source>If you leave it empty, the journal is simply called “%1”.</source>
        <translation>Si vous le laissez vide, le journal s’appelle simplement « %1 ».</translation>
    </message>
</context>
</TS>
