<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Appuyez sur Continuer lorsque vous êtes prêt.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
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
    <name>ReadyPage</name>
    <message>
        <source>You are ready</source>
        <translation>Vous êtes prêt</translation>
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
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <source>Step 4 of 5: the spare key to your journal</source>
        <translation>Étape 4 sur 5 : le double de la clé de votre journal</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed my recovery key</source>
        <translation>J’ai &amp;recopié ou imprimé ma clé de secours</translation>
    </message>
    <message>
        <source>Tick this box to continue. You can show the key again later in Settings, after typing your password or this key.</source>
        <translation>Cochez cette case pour continuer. Vous pourrez afficher la clé de nouveau dans les Réglages, après avoir saisi votre mot de passe ou cette clé.</translation>
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
        <source>&amp;Create my journal</source>
        <translation>&amp;Créer mon journal</translation>
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
        <source>The system keyring could not be used on this computer. Please choose an app password, then press Create my journal again.</source>
        <translation>Le trousseau de clés du système n’a pas pu être utilisé sur cet ordinateur. Veuillez choisir un mot de passe de l’application, puis appuyez de nouveau sur Créer mon journal.</translation>
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
        <source>Step 3 of 5: opening your journal every day</source>
        <translation>Étape 3 sur 5 : l’ouverture de votre journal au quotidien</translation>
    </message>
    <message>
        <source>Your journal is always encrypted on this computer: nobody can read the file without its key. Choose how Vigilance opens it every day.</source>
        <translation>Votre journal est toujours chiffré sur cet ordinateur : personne ne peut lire le fichier sans sa clé. Choisissez comment Vigilance l’ouvre au quotidien.</translation>
    </message>
    <message>
        <source>Open &amp;automatically (recommended)</source>
        <translation>Ouvrir &amp;automatiquement (recommandé)</translation>
    </message>
    <message>
        <source>Vigilance opens without asking for a password when you are logged in to your session on this computer. The key is kept in the computer&apos;s protected storage (the system keyring).</source>
        <translation>Vigilance s’ouvre sans demander de mot de passe lorsque vous êtes connecté à votre session sur cet ordinateur. La clé est conservée dans l’espace protégé de l’ordinateur (le trousseau de clés du système).</translation>
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
        <source>Choose this if other people use this computer session. Vigilance asks for the password each time it opens, and can lock itself after a few minutes without use. If you forget it, your recovery key (next step) still opens your journal.</source>
        <translation>Choisissez cette option si d’autres personnes utilisent cette session de l’ordinateur. Vigilance demande le mot de passe à chaque ouverture, et peut se verrouiller après quelques minutes sans utilisation. Si vous l’oubliez, votre clé de secours (étape suivante) ouvre toujours votre journal.</translation>
    </message>
    <message>
        <source>Creating your encrypted journal… This takes a few seconds.</source>
        <translation>Création de votre journal chiffré… Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Creating your journal</source>
        <translation>Création de votre journal</translation>
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
