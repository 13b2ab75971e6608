<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BreachForm</name>
    <message>
        <source>Viamedis/Almerys, February 2024</source>
        <translation>Viamedis/Almerys, février 2024</translation>
    </message>
    <message>
        <source>Please write who sent the notice (for example, the name of your health insurer).</source>
        <translation>Indiquez qui vous a envoyé ce courrier (par exemple, le nom de votre mutuelle).</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Retour</translation>
    </message>
    <message>
        <source>Back to the question: what happened?</source>
        <translation>Retour à la question&#xa0;: que s&apos;est-il passé&#xa0;?</translation>
    </message>
    <message>
        <source>You received a letter about a data leak</source>
        <translation>Vous avez reçu un courrier sur une fuite de données</translation>
    </message>
    <message>
        <source>{name} received a letter about a data leak</source>
        <translation>{name} a reçu un courrier sur une fuite de données</translation>
    </message>
    <message>
        <source>This is common and you are not at fault. Note what the letter says: Vigilance then gives you a short checklist and reminds you to check your accounts more often for the next eight weeks. Never write a card number or a social security number here.</source>
        <translation>Cela arrive souvent et ce n&apos;est pas de votre faute. Notez ce que dit le courrier&#xa0;: Vigilance vous donne ensuite une courte liste de gestes et vous rappelle de vérifier vos comptes plus souvent pendant les huit semaines qui suivent. N&apos;écrivez jamais ici un numéro de carte ni un numéro de sécurité sociale.</translation>
    </message>
    <message>
        <source>This is common and nobody is at fault. Note what the letter says: Vigilance then gives you a short checklist and reminds you to check {name}&apos;s accounts more often for the next eight weeks. Never write a card number or a social security number here.</source>
        <translation>Cela arrive souvent et ce n&apos;est la faute de personne. Notez ce que dit le courrier&#xa0;: Vigilance vous donne ensuite une courte liste de gestes et vous rappelle de vérifier les comptes de {name} plus souvent pendant les huit semaines qui suivent. N&apos;écrivez jamais ici un numéro de carte ni un numéro de sécurité sociale.</translation>
    </message>
    <message>
        <source>Who sent the letter or email?</source>
        <translation>Qui vous a envoyé ce courrier ou ce courriel&#xa0;?</translation>
    </message>
    <message>
        <source>Organisation that sent the notice</source>
        <translation>Organisme qui a envoyé le courrier</translation>
    </message>
    <message>
        <source>e.g. your health insurer (mutuelle)</source>
        <translation>par exemple, votre mutuelle</translation>
    </message>
    <message>
        <source>e.g. {name}&apos;s health insurer (mutuelle)</source>
        <translation>par exemple, la mutuelle de {name}</translation>
    </message>
    <message>
        <source>When did you receive it?</source>
        <translation>Quand l&apos;avez-vous reçu&#xa0;?</translation>
    </message>
    <message>
        <source>When did {name} receive it?</source>
        <translation>Quand est-ce que {name} l&apos;a reçu&#xa0;?</translation>
    </message>
    <message>
        <source>Date the notice was received</source>
        <translation>Date de réception du courrier</translation>
    </message>
    <message>
        <source>Which leak is it about?</source>
        <translation>De quelle fuite parle-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Which data leak the notice is about</source>
        <translation>La fuite de données dont parle le courrier</translation>
    </message>
    <message>
        <source>What does the letter say was exposed?</source>
        <translation>Selon le courrier, qu&apos;est-ce qui a fuité&#xa0;?</translation>
    </message>
    <message>
        <source>Start the checklist</source>
        <translation>Commencer la liste</translation>
    </message>
    <message>
        <source>Record the notice and start the checklist</source>
        <translation>Enregistrer le courrier et commencer la liste</translation>
    </message>
</context>
<context>
    <name>CopyRow</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy {value}</source>
        <translation>Copier {value}</translation>
    </message>
    <message>
        <source>Open the official site</source>
        <translation>Ouvrir le site officiel</translation>
    </message>
    <message>
        <source>Open the official site {url}</source>
        <translation>Ouvrir le site officiel {url}</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Retour</translation>
    </message>
    <message>
        <source>Back to the question: what happened?</source>
        <translation>Retour à la question&#xa0;: que s&apos;est-il passé&#xa0;?</translation>
    </message>
    <message>
        <source>Where to report</source>
        <translation>Où signaler</translation>
    </message>
    <message>
        <source>Reporting helps stop scammers and protects others. Each service below has its own role: pick the one that fits.</source>
        <translation>Signaler aide à arrêter les escrocs et protège les autres. Chaque service ci-dessous a son rôle&#xa0;: choisissez celui qui correspond.</translation>
    </message>
    <message>
        <source>What it is for: {text}</source>
        <translation>À quoi il sert&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Not for: {text}</source>
        <translation>Ce n&apos;est pas pour&#xa0;: {text}</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Comment faire&#xa0;:</translation>
    </message>
    <message>
        <source>Copy the instructions for {name}</source>
        <translation>Copier la marche à suivre pour {name}</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}&#xa0;:</translation>
    </message>
    <message>
        <source>Source: {publisher}, “{title}”, {url} (consulted on {date}).</source>
        <translation>Source&#xa0;: {publisher}, «&#xa0;{title}&#xa0;», {url} (consulté le {date}).</translation>
    </message>
    <message>
        <source>This is a secondary source.</source>
        <translation>C&apos;est une source secondaire.</translation>
    </message>
</context>
<context>
    <name>GuidanceHomePanel</name>
    <message>
        <source>{plan} — next step: {step} ({when})</source>
        <translation>{plan} — prochaine étape&#xa0;: {step} ({when})</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continue: {plan}</source>
        <translation>Continuer&#xa0;: {plan}</translation>
    </message>
    <message>
        <source>Plans in progress</source>
        <translation>Démarches en cours</translation>
    </message>
    <message>
        <source>{name}&apos;s plans in progress</source>
        <translation>Démarches en cours pour {name}</translation>
    </message>
    <message>
        <source>One step at a time: here is what comes next.</source>
        <translation>Une étape à la fois&#xa0;: voici la suivante.</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>What to do?</source>
        <translation>Que faire&#xa0;?</translation>
    </message>
    <message>
        <source>The advice could not be read: the installation may be damaged. Reinstall Vigilance.</source>
        <translation>Les conseils n&apos;ont pas pu être lus&#xa0;: l&apos;installation est peut-être abîmée. Réinstallez Vigilance.</translation>
    </message>
    <message>
        <source>There is no advice for this situation yet.</source>
        <translation>Il n&apos;y a pas encore de conseils pour cette situation.</translation>
    </message>
    <message>
        <source>This plan could not be opened.</source>
        <translation>Cette démarche n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Save this plan as a PDF file, with boxes to tick: it can be printed later, for example for a relative&apos;s fridge.</source>
        <translation>Enregistrez cette démarche en PDF, avec des cases à cocher&#xa0;: elle pourra être imprimée plus tard, par exemple pour le réfrigérateur d&apos;un proche.</translation>
    </message>
    <message>
        <source>This step could not be marked as done.</source>
        <translation>Cette étape n&apos;a pas pu être marquée comme faite.</translation>
    </message>
    <message>
        <source>A number that looked like a card, bank account or social security number was hidden in your note: only its last four digits are kept.</source>
        <translation>Un numéro qui ressemblait à un numéro de carte, de compte bancaire ou de sécurité sociale a été masqué dans votre note&#xa0;: seuls ses quatre derniers chiffres sont gardés.</translation>
    </message>
    <message>
        <source>This step could not be set aside.</source>
        <translation>Cette étape n&apos;a pas pu être mise de côté.</translation>
    </message>
    <message>
        <source>This step does not apply to you: it is set aside with the finished steps, where you can bring it back.</source>
        <translation>Cette étape ne vous concerne pas&#xa0;: elle est rangée avec les étapes terminées, où vous pouvez la reprendre.</translation>
    </message>
    <message>
        <source>This step does not apply to {name}: it is set aside with the finished steps, where you can bring it back.</source>
        <translation>Cette étape ne concerne pas {name}&#xa0;: elle est rangée avec les étapes terminées, où vous pouvez la reprendre.</translation>
    </message>
    <message>
        <source>The notice could not be recorded. Check the date and keep the texts short.</source>
        <translation>Le courrier n&apos;a pas pu être enregistré. Vérifiez la date et gardez des textes courts.</translation>
    </message>
    <message>
        <source>Notice recorded. For the next eight weeks, Vigilance will remind you to check your accounts more often.</source>
        <translation>Courrier enregistré. Pendant les huit semaines qui viennent, Vigilance vous rappellera de vérifier vos comptes plus souvent.</translation>
    </message>
    <message>
        <source>Notice recorded. For the next eight weeks, Vigilance will remind you to check {name}&apos;s accounts more often.</source>
        <translation>Courrier enregistré. Pendant les huit semaines qui viennent, Vigilance vous rappellera de vérifier plus souvent les comptes de {name}.</translation>
    </message>
    <message>
        <source>Plan - %1 - %2</source>
        <translation>Plan - %1 - %2</translation>
    </message>
    <message>
        <source>Plan - %1</source>
        <translation>Plan - %1</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Enregistrer la démarche en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another folder.</source>
        <translation>Le PDF n&apos;a pas pu être enregistré à cet endroit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saved. You can print it and keep it near the phone.</source>
        <translation>Enregistré. Vous pouvez l&apos;imprimer et le garder près du téléphone.</translation>
    </message>
    <message>
        <source>Saved: %1. You can open it, or print it from another computer.</source>
        <translation>Enregistré&#xa0;: %1. Vous pouvez l&apos;ouvrir, ou l&apos;imprimer depuis un autre ordinateur.</translation>
    </message>
</context>
<context>
    <name>GuidancePdf</name>
    <message>
        <source>done on {date}</source>
        <translation>fait le {date}</translation>
    </message>
    <message>
        <source>does not apply to me</source>
        <translation>ne me concerne pas</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>Pour&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Advice version {version}, last reviewed on {date}. Sources: {publishers}.</source>
        <translation>Conseils version {version}, relus le {date}. Sources&#xa0;: {publishers}.</translation>
    </message>
    <message>
        <source>Printed on {date}.</source>
        <translation>Imprimé le {date}.</translation>
    </message>
    <message>
        <source>Useful numbers</source>
        <translation>Numéros utiles</translation>
    </message>
    <message>
        <source>Tick each box when the step is done, and write the date.</source>
        <translation>Cochez chaque case quand l&apos;étape est faite, et notez la date.</translation>
    </message>
</context>
<context>
    <name>GuidanceWords</name>
    <message>
        <source>Do this now</source>
        <translation>Tout de suite</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>From now on, regularly</source>
        <translation>Désormais, régulièrement</translation>
    </message>
    <message>
        <source>Name, date of birth, address</source>
        <translation>Nom, date de naissance, adresse</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>Numéro de sécurité sociale</translation>
    </message>
    <message>
        <source>Health insurer and contract details</source>
        <translation>Nom de la mutuelle et garanties du contrat</translation>
    </message>
    <message>
        <source>Health information</source>
        <translation>Informations de santé</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Coordonnées bancaires</translation>
    </message>
    <message>
        <source>Email address or phone number</source>
        <translation>Adresse électronique ou numéro de téléphone</translation>
    </message>
    <message>
        <source>Something else, or I am not sure</source>
        <translation>Autre chose, ou je ne sais pas</translation>
    </message>
    <message>
        <source>{name} got a letter saying their data leaked</source>
        <translation>{name} a reçu un courrier disant que ses données ont fuité</translation>
    </message>
    <message>
        <source>{name} received an email that looks suspicious</source>
        <translation>{name} a reçu un courriel qui semble suspect</translation>
    </message>
    <message>
        <source>{name} received a text message that looks suspicious</source>
        <translation>{name} a reçu un SMS qui semble suspect</translation>
    </message>
    <message>
        <source>{name} received a call that seems suspicious</source>
        <translation>{name} a reçu un appel qui semble suspect</translation>
    </message>
    <message>
        <source>{name} clicked a link in a message</source>
        <translation>{name} a cliqué sur un lien dans un message</translation>
    </message>
    <message>
        <source>{name} gave a login or a password</source>
        <translation>{name} a donné un identifiant ou un mot de passe</translation>
    </message>
    <message>
        <source>{name} gave their bank card number</source>
        <translation>{name} a donné son numéro de carte bancaire</translation>
    </message>
    <message>
        <source>{name} gave their bank details (RIB or IBAN)</source>
        <translation>{name} a donné son RIB ou son IBAN</translation>
    </message>
    <message>
        <source>{name} gave their social-security number</source>
        <translation>{name} a donné son numéro de sécurité sociale</translation>
    </message>
    <message>
        <source>{name} paid someone who may be a scammer</source>
        <translation>{name} a payé quelqu&apos;un qui est peut-être un escroc</translation>
    </message>
    <message>
        <source>{name} let someone take control of their computer</source>
        <translation>{name} a laissé quelqu&apos;un prendre la main sur son ordinateur</translation>
    </message>
    <message>
        <source>There is an operation on {name}&apos;s account that nobody recognises</source>
        <translation>Il y a sur le compte de {name} une opération que personne ne reconnaît</translation>
    </message>
    <message>
        <source>Someone may be using {name}&apos;s identity</source>
        <translation>Quelqu&apos;un utilise peut-être l&apos;identité de {name}</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>&lt; Back to “What happened?”</source>
        <translation>&lt; Retour à «&#xa0;Que s&apos;est-il passé&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>Back to the question: what happened?</source>
        <translation>Retour à la question&#xa0;: que s&apos;est-il passé&#xa0;?</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print this plan</source>
        <translation>Imprimer cette démarche</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save this plan as a PDF file</source>
        <translation>Enregistrer cette démarche dans un fichier PDF</translation>
    </message>
    <message>
        <source>Print this plan on one page with boxes to tick, for example for a relative&apos;s fridge.</source>
        <translation>Imprimez cette démarche sur une page, avec des cases à cocher&#xa0;: par exemple pour le réfrigérateur d&apos;un proche.</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>Avancement de la démarche</translation>
    </message>
    <message>
        <source>Plan for {name}. The steps below speak to whoever carries them out: {name}, or you together with {name}.</source>
        <translation>Démarches pour {name}. Les étapes ci-dessous s&apos;adressent à qui les fait&#xa0;: {name}, ou vous avec {name}.</translation>
    </message>
    <message>
        <source>Steps done: %v of %m</source>
        <translation>Étapes faites&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <source>Every step of {name}&apos;s plan is done. Well done: what was needed is done.</source>
        <translation>Toutes les étapes pour {name} sont faites. Bravo&#xa0;: le nécessaire est fait.</translation>
    </message>
    <message>
        <source>Steps done: {done} of {total}. Take them one at a time.</source>
        <translation>Étapes faites&#xa0;: {done} sur {total}. Prenez-les une par une.</translation>
    </message>
    <message>
        <source>Every step is done. Well done: you did what was needed.</source>
        <translation>Toutes les étapes sont faites. Bravo&#xa0;: vous avez fait le nécessaire.</translation>
    </message>
    <message>
        <source>Counted as settled: steps that do not apply to you ({count}).</source>
        <translation>Comptées comme réglées&#xa0;: étapes qui ne vous concernent pas ({count}).</translation>
    </message>
    <message>
        <source>Counted as settled: steps that do not apply to {name} ({count}).</source>
        <translation>Comptées comme réglées&#xa0;: étapes qui ne concernent pas {name} ({count}).</translation>
    </message>
    <message>
        <source>Hide finished steps ({count})</source>
        <translation>Masquer les étapes faites ({count})</translation>
    </message>
    <message>
        <source>Show finished steps ({count})</source>
        <translation>Afficher les étapes faites ({count})</translation>
    </message>
    <message>
        <source>Advice version {version}, last reviewed on {date}. Always follow what your bank or the official services tell you.</source>
        <translation>Conseils version {version}, relus le {date}. Suivez toujours ce que vous disent votre banque ou les services officiels.</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Continue “{plan}” — next: {step} ({when})</source>
        <translation>Continuer «&#xa0;{plan}&#xa0;» — ensuite&#xa0;: {step} ({when})</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Que s&apos;est-il passé&#xa0;?</translation>
    </message>
    <message>
        <source>What happened to {name}?</source>
        <translation>Que s&apos;est-il passé pour {name}&#xa0;?</translation>
    </message>
    <message>
        <source>Choose what is closest to what happened. This can happen to anyone. You will go step by step, the most urgent first.</source>
        <translation>Choisissez ce qui ressemble le plus à ce qui s&apos;est passé. Cela peut arriver à tout le monde. Vous avancerez étape par étape, le plus urgent d&apos;abord.</translation>
    </message>
    <message>
        <source>Plans in progress</source>
        <translation>Démarches en cours</translation>
    </message>
    <message>
        <source>{name}&apos;s plans in progress</source>
        <translation>Démarches en cours pour {name}</translation>
    </message>
    <message>
        <source>A letter about a data leak?</source>
        <translation>Un courrier sur une fuite de données&#xa0;?</translation>
    </message>
    <message>
        <source>If your health insurer or another organisation wrote to say your data leaked (for example in the Viamedis/Almerys breach), there is nothing urgent to do, but a few good habits protect you.</source>
        <translation>Si votre mutuelle ou un autre organisme vous a écrit que vos données ont fuité (par exemple lors de la fuite Viamedis/Almerys), rien ne presse, mais quelques bons réflexes vous protègent.</translation>
    </message>
    <message>
        <source>If {name}&apos;s health insurer or another organisation wrote to say {name}&apos;s data leaked (for example in the Viamedis/Almerys breach), there is nothing urgent to do, but a few good habits are enough to stay safe.</source>
        <translation>Si la mutuelle de {name} ou un autre organisme a écrit que les données de {name} ont fuité (par exemple lors de la fuite Viamedis/Almerys), rien ne presse, mais quelques bons réflexes suffisent pour rester à l&apos;abri.</translation>
    </message>
    <message>
        <source>I got a letter saying my data leaked</source>
        <translation>J&apos;ai reçu un courrier disant que mes données ont fuité</translation>
    </message>
    <message>
        <source>Where to report a scam</source>
        <translation>Où signaler une arnaque</translation>
    </message>
    <message>
        <source>See where to report</source>
        <translation>Voir où signaler</translation>
    </message>
    <message>
        <source>See where to report a scam</source>
        <translation>Voir où signaler une arnaque</translation>
    </message>
    <message>
        <source>Advice version {version}, last reviewed on {date}.</source>
        <translation>Conseils version {version}, relus le {date}.</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>When: {urgency}</source>
        <translation>Quand&#xa0;: {urgency}</translation>
    </message>
    <message>
        <source>Done on {date}.</source>
        <translation>Fait le {date}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Why: {text}</source>
        <translation>Pourquoi&#xa0;: {text}</translation>
    </message>
    <message>
        <source>How: {text}</source>
        <translation>Comment&#xa0;: {text}</translation>
    </message>
    <message>
        <source>It applies to me after all</source>
        <translation>Me concerne finalement</translation>
    </message>
    <message>
        <source>It applies to {name} after all</source>
        <translation>Concerne finalement {name}</translation>
    </message>
    <message>
        <source>It applies to me after all: {title}</source>
        <translation>Me concerne finalement&#xa0;: {title}</translation>
    </message>
    <message>
        <source>It applies to {name} after all: {title}</source>
        <translation>Concerne finalement {name}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Does not apply to you: nothing to do for this step.</source>
        <translation>Ne vous concerne pas&#xa0;: rien à faire pour cette étape.</translation>
    </message>
    <message>
        <source>Does not apply to {name}: nothing to do for this step.</source>
        <translation>Ne concerne pas {name}&#xa0;: rien à faire pour cette étape.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Source: {publisher}, “{title}”, {url} (consulted on {date}).</source>
        <translation>Source&#xa0;: {publisher}, «&#xa0;{title}&#xa0;», {url} (consulté le {date}).</translation>
    </message>
    <message>
        <source>This is a secondary source.</source>
        <translation>C&apos;est une source secondaire.</translation>
    </message>
    <message>
        <source>on:</source>
        <translation>le&#xa0;:</translation>
    </message>
    <message>
        <source>Date this step was done</source>
        <translation>Date à laquelle cette étape a été faite</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Note (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. a reference number or whom you spoke to (never a card number)</source>
        <translation>par exemple, un numéro de dossier ou le nom de votre interlocuteur (jamais un numéro de carte)</translation>
    </message>
    <message>
        <source>Note about this step (optional)</source>
        <translation>Note sur cette étape (facultative)</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Mark as done: {title}</source>
        <translation>Marquer comme fait&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Does not apply to me</source>
        <translation>Ne me concerne pas</translation>
    </message>
    <message>
        <source>Does not apply to {name}</source>
        <translation>Ne concerne pas {name}</translation>
    </message>
    <message>
        <source>Does not apply to me: {title}</source>
        <translation>Ne me concerne pas&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Does not apply to {name}: {title}</source>
        <translation>Ne concerne pas {name}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>This step is only for some cases. If yours is not one of them, it is set aside; you can bring it back at any time.</source>
        <translation>Cette étape ne vaut que dans certains cas. Si ce n&apos;est pas le vôtre, elle est mise de côté&#xa0;; vous pouvez la reprendre à tout moment.</translation>
    </message>
    <message>
        <source>This step is only for some cases. If {name}&apos;s is not one of them, it is set aside; you can bring it back at any time.</source>
        <translation>Cette étape ne vaut que dans certains cas. Si ce n&apos;est pas celui de {name}, elle est mise de côté&#xa0;; vous pouvez la reprendre à tout moment.</translation>
    </message>
    <message>
        <source>Mark as not done</source>
        <translation>Marquer comme non fait</translation>
    </message>
    <message>
        <source>Mark as not done: {title}</source>
        <translation>Marquer comme non fait&#xa0;: {title}</translation>
    </message>
</context>
</TS>
