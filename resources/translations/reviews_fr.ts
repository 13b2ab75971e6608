<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Give the account a name, for example &quot;Compte courant&quot;.</source>
        <translation>Donnez un nom au compte, par exemple «&#xa0;Compte courant&#xa0;».</translation>
    </message>
    <message>
        <source>This web address cannot be saved. Type the official address, starting with https:// (for example https://www.ameli.fr), or leave it empty.</source>
        <translation>Cette adresse ne peut pas être enregistrée. Tapez l&apos;adresse officielle, qui commence par https:// (par exemple https://www.ameli.fr), ou laissez la case vide.</translation>
    </message>
    <message>
        <source>These details cannot be saved. Check them and try again.</source>
        <translation>Ces informations ne peuvent pas être enregistrées. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>Not saved yet: {problem}</source>
        <translation>Pas encore enregistré&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Change an account</source>
        <translation>Modifier un compte</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>&amp;Kind of account:</source>
        <translation>&amp;Type de compte :</translation>
    </message>
    <message>
        <source>Kind of account</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>&amp;Name you give it (for example &quot;Compte courant&quot;):</source>
        <translation>&amp;Nom que vous lui donnez (par exemple «&#xa0;Compte courant&#xa0;») :</translation>
    </message>
    <message>
        <source>Name of the account</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>&amp;Institution (for example &quot;Crédit Agricole&quot;):</source>
        <translation>Ét&amp;ablissement (par exemple «&#xa0;Crédit Agricole&#xa0;») :</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Official &amp;web address (optional):</source>
        <translation>Adresse du site &amp;officiel (facultatif) :</translation>
    </message>
    <message>
        <source>Official web address</source>
        <translation>Adresse du site officiel</translation>
    </message>
    <message>
        <source>Type it yourself from a letter or card of the organisation, never from a message you received. Only this address is ever opened.</source>
        <translation>Tapez-la vous-même à partir d&apos;un courrier ou d&apos;une carte de l&apos;organisme, jamais depuis un message reçu. Seule cette adresse est ouverte, rien d&apos;autre.</translation>
    </message>
    <message>
        <source>Check it &amp;every:</source>
        <translation>Le &amp;vérifier tous les :</translation>
    </message>
    <message>
        <source>Number of days, weeks or months</source>
        <translation>Nombre de jours, de semaines ou de mois</translation>
    </message>
    <message>
        <source>Days, weeks or months</source>
        <translation>Jours, semaines ou mois</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReviewFlowDialog</name>
    <message>
        <source>Write a few words about what you saw.</source>
        <translation>Écrivez quelques mots sur ce que vous avez vu.</translation>
    </message>
    <message>
        <source>Account checks</source>
        <translation>Vérifier mes comptes</translation>
    </message>
    <message>
        <source>Checking {name}&apos;s accounts</source>
        <translation>Vérifier les comptes de {name}</translation>
    </message>
    <message>
        <source>Account %1 of %2</source>
        <translation>Compte %1 sur %2</translation>
    </message>
    <message>
        <source>Check: {account}</source>
        <translation>À vérifier : {account}</translation>
    </message>
    <message>
        <source>Check {name}&apos;s account: {account}</source>
        <translation>Compte de {name} à vérifier : {account}</translation>
    </message>
    <message>
        <source>Sign in on the official site or app as usual, look at the points above, then come back here.</source>
        <translation>Connectez-vous au site ou à l&apos;application officielle comme d&apos;habitude, regardez les points ci-dessus, puis revenez ici.</translation>
    </message>
    <message>
        <source>With {name}, sign in on the official site or app as usual, look at the points above, then come back here.</source>
        <translation>Avec {name}, connectez-vous au site ou à l&apos;application officielle comme d&apos;habitude, regardez les points ci-dessus, puis revenez ici.</translation>
    </message>
    <message>
        <source>Sign in on the official site or app as usual (type its address yourself), look at the points above, then come back here.</source>
        <translation>Connectez-vous au site ou à l&apos;application officielle comme d&apos;habitude (tapez son adresse vous-même), regardez les points ci-dessus, puis revenez ici.</translation>
    </message>
    <message>
        <source>With {name}, sign in on the official site or app as usual (type its address yourself), look at the points above, then come back here.</source>
        <translation>Avec {name}, connectez-vous au site ou à l&apos;application officielle comme d&apos;habitude (tapez son adresse vous-même), regardez les points ci-dessus, puis revenez ici.</translation>
    </message>
    <message>
        <source>✓ Saved: everything looked normal.</source>
        <translation>✓ Enregistré : tout était normal.</translation>
    </message>
    <message>
        <source>⏸ Put off: you will be reminded later.</source>
        <translation>⏸ Reporté : nous vous le rappellerons plus tard.</translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation>Ce qu&apos;il faut regarder</translation>
    </message>
    <message>
        <source>&amp;Open the site</source>
        <translation>&amp;Ouvrir le site</translation>
    </message>
    <message>
        <source>Open the official site in the browser</source>
        <translation>Ouvrir le site officiel dans le navigateur</translation>
    </message>
    <message>
        <source>Everything looks &amp;normal</source>
        <translation>Tout est &amp;normal</translation>
    </message>
    <message>
        <source>Everything looks normal</source>
        <translation>Tout est normal</translation>
    </message>
    <message>
        <source>I saw something &amp;unusual</source>
        <translation>J&apos;ai vu quelque chose d&apos;&amp;inhabituel</translation>
    </message>
    <message>
        <source>I saw something unusual</source>
        <translation>J&apos;ai vu quelque chose d&apos;inhabituel</translation>
    </message>
    <message>
        <source>Not now? Remind me:</source>
        <translation>Pas maintenant ? Me le rappeler :</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>Dans 3 jours</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La semaine prochaine</translation>
    </message>
    <message>
        <source>Remind me: %1</source>
        <translation>Me le rappeler : %1</translation>
    </message>
    <message>
        <source>What did you see?</source>
        <translation>Qu&apos;avez-vous vu ?</translation>
    </message>
    <message>
        <source>What did you see on {name}&apos;s account?</source>
        <translation>Qu&apos;avez-vous vu sur le compte de {name} ?</translation>
    </message>
    <message>
        <source>This can happen to anyone, and you did the right thing by looking. Describe it in a few words (the date, the amount, the name shown). Never type a card number or a password here.</source>
        <translation>Cela peut arriver à tout le monde, et vous avez bien fait de regarder. Décrivez-le en quelques mots (la date, le montant, le nom affiché). Ne tapez jamais ici un numéro de carte ni un mot de passe.</translation>
    </message>
    <message>
        <source>&amp;What you saw:</source>
        <translation>&amp;Ce que vous avez vu :</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>Ce que vous avez vu</translation>
    </message>
    <message>
        <source>What does it look &amp;like?</source>
        <translation>À quoi cela ressem&amp;ble-t-il ?</translation>
    </message>
    <message>
        <source>What does it look like?</source>
        <translation>À quoi cela ressemble-t-il ?</translation>
    </message>
    <message>
        <source>&amp;Save and see what to do</source>
        <translation>&amp;Enregistrer et voir quoi faire</translation>
    </message>
    <message>
        <source>Save and see what to do</source>
        <translation>Enregistrer et voir quoi faire</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Saved. Here is what to do now.</source>
        <translation>Enregistré. Voici quoi faire maintenant.</translation>
    </message>
    <message>
        <source>Your finding is kept in the history of this account. A step-by-step plan tells you whom to contact and what to ask. Take your time: one step after the other.</source>
        <translation>Ce que vous avez vu est gardé dans l&apos;historique de ce compte. Un plan pas à pas vous dit qui contacter et quoi demander. Prenez votre temps : une étape après l&apos;autre.</translation>
    </message>
    <message>
        <source>A number that looked like a card, bank account or social-security number was kept as its last 4 characters only: such numbers are never stored in full.</source>
        <translation>Un numéro qui ressemblait à un numéro de carte, de compte bancaire ou de sécurité sociale n&apos;a été gardé que par ses 4 derniers caractères : ces numéros ne sont jamais enregistrés en entier.</translation>
    </message>
    <message>
        <source>&amp;Show me what to do</source>
        <translation>&amp;Me montrer quoi faire</translation>
    </message>
    <message>
        <source>Show me what to do</source>
        <translation>Me montrer quoi faire</translation>
    </message>
    <message>
        <source>&amp;Continue the checks</source>
        <translation>&amp;Continuer les vérifications</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>The checks are done. Thank you.</source>
        <translation>Les vérifications sont faites. Merci.</translation>
    </message>
    <message>
        <source>{name}&apos;s accounts are checked. Thank you.</source>
        <translation>Les comptes de {name} sont vérifiés. Merci.</translation>
    </message>
    <message>
        <source>You will be reminded when the next checks are due.</source>
        <translation>Nous vous rappellerons les prochaines vérifications le moment venu.</translation>
    </message>
    <message>
        <source>You will be reminded later.</source>
        <translation>Nous vous le rappellerons plus tard.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>S&amp;top for now</source>
        <translation>&amp;Arrêter pour le moment</translation>
    </message>
    <message>
        <source>Stop the checks for now</source>
        <translation>Arrêter les vérifications pour le moment</translation>
    </message>
</context>
<context>
    <name>ReviewNotifier</name>
    <message>
        <source>Open Vigilance to do them: it takes a few minutes.</source>
        <translation>Ouvrez Vigilance pour les faire : cela prend quelques minutes.</translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Assurance Maladie (ameli)</source>
        <translation>Assurance Maladie (ameli)</translation>
    </message>
    <message>
        <source>Insurer or mutuelle</source>
        <translation>Mutuelle ou assurance</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Messagerie (e-mail)</translation>
    </message>
    <message>
        <source>Taxes (impots.gouv.fr)</source>
        <translation>Impôts (impots.gouv.fr)</translation>
    </message>
    <message>
        <source>Phone operator</source>
        <translation>Opérateur téléphonique</translation>
    </message>
    <message>
        <source>CAF or pension</source>
        <translation>CAF ou retraite</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Site d&apos;achat en ligne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>a data breach notice</source>
        <translation>avis de fuite de données</translation>
    </message>
    <message>
        <source>something risky noted in your journal</source>
        <translation>un contact risqué noté dans votre journal</translation>
    </message>
    <message>
        <source>your own choice</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <source>A payment or a change I did not make</source>
        <translation>Un paiement ou un changement que je n&apos;ai pas fait</translation>
    </message>
    <message>
        <source>Someone may be using my identity</source>
        <translation>Quelqu&apos;un utilise peut-être mon identité</translation>
    </message>
    <message>
        <source>Someone may know my password</source>
        <translation>Quelqu&apos;un connaît peut-être mon mot de passe</translation>
    </message>
    <message>
        <source>My bank card may be used by someone else</source>
        <translation>Ma carte bancaire est peut-être utilisée par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Anything you did not do yourself: payments, changes of address, of bank details or of password.</source>
        <translation>Tout ce que vous n&apos;avez pas fait vous-même : paiements, changements d&apos;adresse, de coordonnées bancaires ou de mot de passe.</translation>
    </message>
    <message>
        <source>Put off until %1</source>
        <translation>Reporté jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>To do today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>To do since %1</source>
        <translation>À faire depuis le %1</translation>
    </message>
    <message>
        <source>Next check: %1</source>
        <translation>Prochaine vérification : %1</translation>
    </message>
    <message>
        <source>More often until %1: %2</source>
        <translation>Plus souvent jusqu&apos;au %1 : %2</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>tous les jours</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>toutes les semaines</numerusform>
            <numerusform>toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>tous les mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account review(s) are due</source>
        <translation>
            <numerusform>%n vérification de compte à faire</numerusform>
            <numerusform>%n vérifications de comptes à faire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsBackground</name>
    <message>
        <source>Vigilance keeps running here to remind you of your account checks. To quit, use this icon&apos;s menu.</source>
        <translation>Vigilance reste ici pour vous rappeler de vérifier vos comptes. Pour le quitter, utilisez le menu de cette icône.</translation>
    </message>
</context>
<context>
    <name>ReviewsHomePanel</name>
    <message>
        <source>Account checks</source>
        <translation>Vérifier mes comptes</translation>
    </message>
    <message>
        <source>Checking {name}&apos;s accounts</source>
        <translation>Vérifier les comptes de {name}</translation>
    </message>
    <message>
        <source>&amp;Start the checks</source>
        <translation>&amp;Commencer les vérifications</translation>
    </message>
    <message>
        <source>Start the checks</source>
        <translation>Commencer les vérifications</translation>
    </message>
    <message>
        <source>See my &amp;accounts</source>
        <translation>&amp;Voir mes comptes</translation>
    </message>
    <message>
        <source>See {name}&apos;s &amp;accounts</source>
        <translation>&amp;Voir les comptes de {name}</translation>
    </message>
    <message>
        <source>&amp;Add {name}&apos;s accounts</source>
        <translation>&amp;Ajouter les comptes de {name}</translation>
    </message>
    <message>
        <source>Add the accounts you use (bank, ameli, email…): Vigilance will remind you to check them.</source>
        <translation>Ajoutez les comptes que vous utilisez (banque, ameli, messagerie…) : Vigilance vous rappellera de les vérifier.</translation>
    </message>
    <message>
        <source>Add the accounts {name} uses (bank, ameli, email…): Vigilance will remind you to check them.</source>
        <translation>Ajoutez les comptes qu&apos;utilise {name} (banque, ameli, messagerie…) : Vigilance vous rappellera de les vérifier.</translation>
    </message>
    <message>
        <source>&amp;Add my accounts</source>
        <translation>&amp;Ajouter mes comptes</translation>
    </message>
    <message numerus="yes">
        <source>%n account check(s) to do now</source>
        <translation>
            <numerusform>%n vérification de compte à faire maintenant</numerusform>
            <numerusform>%n vérifications de comptes à faire maintenant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation>
            <numerusform>(%n en retard)</numerusform>
            <numerusform>(%n en retard)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to check now.</source>
        <translation>Rien à vérifier pour le moment.</translation>
    </message>
    <message>
        <source>Next check: %1.</source>
        <translation>Prochaine vérification : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n put off for later.</source>
        <translation>
            <numerusform>%n reportée à plus tard.</numerusform>
            <numerusform>%n reportées à plus tard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Account checks</source>
        <translation>Vérifier mes comptes</translation>
    </message>
    <message>
        <source>Nothing to check now. You will be reminded when it is time.</source>
        <translation>Rien à vérifier pour le moment. Nous vous le rappellerons le moment venu.</translation>
    </message>
    <message>
        <source>Vigilance is locked: open it again first.</source>
        <translation>Vigilance est verrouillé : ouvrez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Stop checking this account?</source>
        <translation>Ne plus vérifier ce compte ?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will no longer be reminded. Its history is kept.</source>
        <translation>«&#xa0;%1&#xa0;» ne sera plus rappelé. Son historique est gardé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer checked. Its history is kept.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est plus vérifié. Son historique est gardé.</translation>
    </message>
    <message>
        <source>The account is checked again.</source>
        <translation>Le compte est de nouveau vérifié.</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>Ajouter à mon agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file could not be saved there. Choose another folder.</source>
        <translation>Le fichier d&apos;agenda n&apos;a pas pu être enregistré à cet endroit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saved: %1. Open this file with your calendar (Outlook, Google Calendar, Thunderbird…) to be reminded even when Vigilance is closed.</source>
        <translation>Enregistré : %1. Ouvrez ce fichier avec votre agenda (Outlook, Google Agenda, Thunderbird…) pour être prévenu même quand Vigilance est fermé.</translation>
    </message>
    <message>
        <source>Vigilance could not change how it starts. Nothing was changed.</source>
        <translation>Vigilance n&apos;a pas pu changer son démarrage. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This choice could not be saved. Nothing was changed.</source>
        <translation>Ce choix n&apos;a pas pu être enregistré. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>Vérifié %1.</translation>
    </message>
    <message>
        <source>⚠ %1: something unusual — %2</source>
        <translation>⚠ %1 : quelque chose d&apos;inhabituel — %2</translation>
    </message>
    <message>
        <source>✓ %1: everything looked normal</source>
        <translation>✓ %1 : tout était normal</translation>
    </message>
    <message>
        <source>No check yet.</source>
        <translation>Aucune vérification pour le moment.</translation>
    </message>
    <message>
        <source>{name}&apos;s accou&amp;nts</source>
        <translation>&amp;Les comptes de {name}</translation>
    </message>
    <message>
        <source>No account yet. Add the accounts you use (bank, ameli, email…) to be reminded to check them.</source>
        <translation>Aucun compte pour le moment. Ajoutez les comptes que vous utilisez (banque, ameli, messagerie…) pour penser à les vérifier.</translation>
    </message>
    <message>
        <source>No account yet. Add the accounts {name} uses (bank, ameli, email…) to be reminded to check them.</source>
        <translation>Aucun compte pour le moment. Ajoutez les comptes qu&apos;utilise {name} (banque, ameli, messagerie…) pour penser à les vérifier.</translation>
    </message>
    <message>
        <source>✓ Nothing to check now.</source>
        <translation>✓ Rien à vérifier pour le moment.</translation>
    </message>
    <message>
        <source>Next check: %1.</source>
        <translation>Prochaine vérification : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) to do now.</source>
        <translation>
            <numerusform>%n vérification à faire maintenant.</numerusform>
            <numerusform>%n vérifications à faire maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them overdue.</source>
        <translation>
            <numerusform>Dont %n en retard.</numerusform>
            <numerusform>Dont %n en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start the checks</source>
        <translation>&amp;Commencer les vérifications</translation>
    </message>
    <message>
        <source>Start the checks</source>
        <translation>Commencer les vérifications</translation>
    </message>
    <message>
        <source>&amp;Your accounts</source>
        <translation>&amp;Vos comptes</translation>
    </message>
    <message>
        <source>Checking {name}&apos;s accounts</source>
        <translation>Vérifier les comptes de {name}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Undo: check this account again</source>
        <translation>Annuler : vérifier de nouveau ce compte</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>Vérifier mainte&amp;nant</translation>
    </message>
    <message>
        <source>Check this account now</source>
        <translation>Vérifier ce compte maintenant</translation>
    </message>
    <message>
        <source>&amp;Open the site</source>
        <translation>&amp;Ouvrir le site</translation>
    </message>
    <message>
        <source>Open the official site in the browser</source>
        <translation>Ouvrir le site officiel dans le navigateur</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change this account</source>
        <translation>Modifier ce compte</translation>
    </message>
    <message>
        <source>S&amp;top checking…</source>
        <translation>Ne &amp;plus vérifier…</translation>
    </message>
    <message>
        <source>Stop checking this account</source>
        <translation>Ne plus vérifier ce compte</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>History of this account</source>
        <translation>Historique de ce compte</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>&amp;Be more careful for a while (check every week for %1 weeks)</source>
        <translation>&amp;Être plus prudent pendant un temps (vérifier chaque semaine pendant %1 semaines)</translation>
    </message>
    <message>
        <source>Be more careful for a while</source>
        <translation>Être plus prudent pendant un temps</translation>
    </message>
    <message>
        <source>Weekly checks until %1, then back to normal by itself.</source>
        <translation>Vérifications chaque semaine jusqu&apos;au %1, puis retour au rythme habituel tout seul.</translation>
    </message>
    <message>
        <source>Useful after a data breach notice or a suspicious call: your accounts are checked every week, then the usual rhythm comes back by itself.</source>
        <translation>Utile après un avis de fuite de données ou un appel suspect : vos comptes sont vérifiés chaque semaine, puis le rythme habituel revient tout seul.</translation>
    </message>
    <message>
        <source>Add to my calen&amp;dar…</source>
        <translation>Ajouter à mon a&amp;genda…</translation>
    </message>
    <message>
        <source>Add the checks to my calendar</source>
        <translation>Ajouter les vérifications à mon agenda</translation>
    </message>
    <message>
        <source>Start Vigilance when I &amp;log in, in the background</source>
        <translation>Démarrer Vigilance à l&apos;ouverture de ma &amp;session, en arrière-plan</translation>
    </message>
    <message>
        <source>Start Vigilance when I log in</source>
        <translation>Démarrer Vigilance à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <source>When I close the window, &amp;keep Vigilance next to the clock so the reminders keep coming</source>
        <translation>Quand je &amp;ferme la fenêtre, garder Vigilance près de l&apos;horloge pour que les rappels continuent</translation>
    </message>
    <message>
        <source>Keep Vigilance running when the window is closed</source>
        <translation>Garder Vigilance ouvert quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Something unusual on the account “{name}”</source>
        <translation>Quelque chose d’inhabituel sur le compte « {name} »</translation>
    </message>
</context>
<context>
    <name>ReviewsTray</name>
    <message>
        <source>Open Vigilance</source>
        <translation>Ouvrir Vigilance</translation>
    </message>
    <message>
        <source>Start the checks</source>
        <translation>Commencer les vérifications</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Locked. Open it to see your account checks.</source>
        <translation>Verrouillé. Ouvrez-le pour voir les vérifications de vos comptes.</translation>
    </message>
    <message>
        <source>No account review is due.</source>
        <translation>Aucune vérification de compte à faire.</translation>
    </message>
</context>
</TS>
