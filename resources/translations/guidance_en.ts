<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>BreachForm</name>
        <message>
            <source>Viamedis/Almerys, February 2024</source>
            <translation>Viamedis/Almerys, February 2024</translation>
        </message>
        <message>
            <source>Please write who sent the notice (for example, the name of your health insurer).</source>
            <translation>Please write who sent the notice (for example, the name of your health insurer).</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <source>Back to the question: what happened?</source>
            <translation>Back to the question: what happened?</translation>
        </message>
        <message>
            <source>You received a letter about a data leak</source>
            <translation>You received a letter about a data leak</translation>
        </message>
        <message>
            <source>{name} received a letter about a data leak</source>
            <translation>{name} received a letter about a data leak</translation>
        </message>
        <message>
            <source>This is common and you are not at fault. Note what the letter says: Vigilance then gives you a short checklist and reminds you to check your accounts more often for the next eight weeks. Never write a card number or a social security number here.</source>
            <translation>This is common and you are not at fault. Note what the letter says: Vigilance then gives you a short checklist and reminds you to check your accounts more often for the next eight weeks. Never write a card number or a social security number here.</translation>
        </message>
        <message>
            <source>This is common and nobody is at fault. Note what the letter says: Vigilance then gives you a short checklist and reminds you to check {name}'s accounts more often for the next eight weeks. Never write a card number or a social security number here.</source>
            <translation>This is common and nobody is at fault. Note what the letter says: Vigilance then gives you a short checklist and reminds you to check {name}'s accounts more often for the next eight weeks. Never write a card number or a social security number here.</translation>
        </message>
        <message>
            <source>Who sent the letter or email?</source>
            <translation>Who sent the letter or email?</translation>
        </message>
        <message>
            <source>Organisation that sent the notice</source>
            <translation>Organisation that sent the notice</translation>
        </message>
        <message>
            <source>e.g. your health insurer (mutuelle)</source>
            <translation>e.g. your health insurer (mutuelle)</translation>
        </message>
        <message>
            <source>e.g. {name}'s health insurer (mutuelle)</source>
            <translation>e.g. {name}'s health insurer (mutuelle)</translation>
        </message>
        <message>
            <source>When did you receive it?</source>
            <translation>When did you receive it?</translation>
        </message>
        <message>
            <source>When did {name} receive it?</source>
            <translation>When did {name} receive it?</translation>
        </message>
        <message>
            <source>Date the notice was received</source>
            <translation>Date the notice was received</translation>
        </message>
        <message>
            <source>Which leak is it about?</source>
            <translation>Which leak is it about?</translation>
        </message>
        <message>
            <source>Which data leak the notice is about</source>
            <translation>Which data leak the notice is about</translation>
        </message>
        <message>
            <source>What does the letter say was exposed?</source>
            <translation>What does the letter say was exposed?</translation>
        </message>
        <message>
            <source>Start the checklist</source>
            <translation>Start the checklist</translation>
        </message>
        <message>
            <source>Record the notice and start the checklist</source>
            <translation>Record the notice and start the checklist</translation>
        </message>
    </context>
    <context>
        <name>CopyRow</name>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Copy {value}</source>
            <translation>Copy {value}</translation>
        </message>
        <message>
            <source>Open the official site</source>
            <translation>Open the official site</translation>
        </message>
        <message>
            <source>Open the official site {url}</source>
            <translation>Open the official site {url}</translation>
        </message>
    </context>
    <context>
        <name>DirectoryView</name>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <source>Back to the question: what happened?</source>
            <translation>Back to the question: what happened?</translation>
        </message>
        <message>
            <source>Where to report</source>
            <translation>Where to report</translation>
        </message>
        <message>
            <source>Reporting helps stop scammers and protects others. Each service below has its own role: pick the one that fits.</source>
            <translation>Reporting helps stop scammers and protects others. Each service below has its own role: pick the one that fits.</translation>
        </message>
        <message>
            <source>What it is for: {text}</source>
            <translation>What it is for: {text}</translation>
        </message>
        <message>
            <source>Not for: {text}</source>
            <translation>Not for: {text}</translation>
        </message>
        <message>
            <source>What to do:</source>
            <translation>What to do:</translation>
        </message>
        <message>
            <source>Copy the instructions for {name}</source>
            <translation>Copy the instructions for {name}</translation>
        </message>
        <message>
            <source>{name}:</source>
            <translation>{name}:</translation>
        </message>
        <message>
            <source>Source: {publisher}, “{title}”, {url} (consulted on {date}).</source>
            <translation>Source: {publisher}, “{title}”, {url} (consulted on {date}).</translation>
        </message>
        <message>
            <source>This is a secondary source.</source>
            <translation>This is a secondary source.</translation>
        </message>
    </context>
    <context>
        <name>GuidanceHomePanel</name>
        <message>
            <source>{plan} — next step: {step} ({when})</source>
            <translation>{plan} — next step: {step} ({when})</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Continue: {plan}</source>
            <translation>Continue: {plan}</translation>
        </message>
        <message>
            <source>Plans in progress</source>
            <translation>Plans in progress</translation>
        </message>
        <message>
            <source>{name}'s plans in progress</source>
            <translation>{name}'s plans in progress</translation>
        </message>
        <message>
            <source>One step at a time: here is what comes next.</source>
            <translation>One step at a time: here is what comes next.</translation>
        </message>
    </context>
    <context>
        <name>GuidancePage</name>
        <message>
            <source>What to do?</source>
            <translation>What to do?</translation>
        </message>
        <message>
            <source>The advice could not be read: the installation may be damaged. Reinstall Vigilance.</source>
            <translation>The advice could not be read: the installation may be damaged. Reinstall Vigilance.</translation>
        </message>
        <message>
            <source>There is no advice for this situation yet.</source>
            <translation>There is no advice for this situation yet.</translation>
        </message>
        <message>
            <source>This plan could not be opened.</source>
            <translation>This plan could not be opened.</translation>
        </message>
        <message>
            <source>Save this plan as a PDF file, with boxes to tick: it can be printed later, for example for a relative's fridge.</source>
            <translation>Save this plan as a PDF file, with boxes to tick: it can be printed later, for example for a relative's fridge.</translation>
        </message>
        <message>
            <source>This step could not be marked as done.</source>
            <translation>This step could not be marked as done.</translation>
        </message>
        <message>
            <source>A number that looked like a card, bank account or social security number was hidden in your note: only its last four digits are kept.</source>
            <translation>A number that looked like a card, bank account or social security number was hidden in your note: only its last four digits are kept.</translation>
        </message>
        <message>
            <source>This step could not be set aside.</source>
            <translation>This step could not be set aside.</translation>
        </message>
        <message>
            <source>This step does not apply to you: it is set aside with the finished steps, where you can bring it back.</source>
            <translation>This step does not apply to you: it is set aside with the finished steps, where you can bring it back.</translation>
        </message>
        <message>
            <source>This step does not apply to {name}: it is set aside with the finished steps, where you can bring it back.</source>
            <translation>This step does not apply to {name}: it is set aside with the finished steps, where you can bring it back.</translation>
        </message>
        <message>
            <source>The notice could not be recorded. Check the date and keep the texts short.</source>
            <translation>The notice could not be recorded. Check the date and keep the texts short.</translation>
        </message>
        <message>
            <source>Notice recorded. For the next eight weeks, Vigilance will remind you to check your accounts more often.</source>
            <translation>Notice recorded. For the next eight weeks, Vigilance will remind you to check your accounts more often.</translation>
        </message>
        <message>
            <source>Notice recorded. For the next eight weeks, Vigilance will remind you to check {name}'s accounts more often.</source>
            <translation>Notice recorded. For the next eight weeks, Vigilance will remind you to check {name}'s accounts more often.</translation>
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
            <translation>Save the plan as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be saved there. Choose another folder.</source>
            <translation>The PDF could not be saved there. Choose another folder.</translation>
        </message>
        <message>
            <source>Saved. You can print it and keep it near the phone.</source>
            <translation>Saved. You can print it and keep it near the phone.</translation>
        </message>
        <message>
            <source>Saved: %1. You can open it, or print it from another computer.</source>
            <translation>Saved: %1. You can open it, or print it from another computer.</translation>
        </message>
    </context>
    <context>
        <name>GuidancePdf</name>
        <message>
            <source>done on {date}</source>
            <translation>done on {date}</translation>
        </message>
        <message>
            <source>does not apply to me</source>
            <translation>does not apply to me</translation>
        </message>
        <message>
            <source>For: {name}</source>
            <translation>For: {name}</translation>
        </message>
        <message>
            <source>Advice version {version}, last reviewed on {date}. Sources: {publishers}.</source>
            <translation>Advice version {version}, last reviewed on {date}. Sources: {publishers}.</translation>
        </message>
        <message>
            <source>Printed on {date}.</source>
            <translation>Printed on {date}.</translation>
        </message>
        <message>
            <source>Useful numbers</source>
            <translation>Useful numbers</translation>
        </message>
        <message>
            <source>Tick each box when the step is done, and write the date.</source>
            <translation>Tick each box when the step is done, and write the date.</translation>
        </message>
    </context>
    <context>
        <name>GuidanceWords</name>
        <message>
            <source>Do this now</source>
            <translation>Do this now</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>From now on, regularly</source>
            <translation>From now on, regularly</translation>
        </message>
        <message>
            <source>Name, date of birth, address</source>
            <translation>Name, date of birth, address</translation>
        </message>
        <message>
            <source>Social security number</source>
            <translation>Social security number</translation>
        </message>
        <message>
            <source>Health insurer and contract details</source>
            <translation>Health insurer and contract details</translation>
        </message>
        <message>
            <source>Health information</source>
            <translation>Health information</translation>
        </message>
        <message>
            <source>Bank details</source>
            <translation>Bank details</translation>
        </message>
        <message>
            <source>Email address or phone number</source>
            <translation>Email address or phone number</translation>
        </message>
        <message>
            <source>Something else, or I am not sure</source>
            <translation>Something else, or I am not sure</translation>
        </message>
        <message>
            <source>{name} got a letter saying their data leaked</source>
            <translation>{name} got a letter saying their data leaked</translation>
        </message>
        <message>
            <source>{name} received an email that looks suspicious</source>
            <translation>{name} received an email that looks suspicious</translation>
        </message>
        <message>
            <source>{name} received a text message that looks suspicious</source>
            <translation>{name} received a text message that looks suspicious</translation>
        </message>
        <message>
            <source>{name} received a call that seems suspicious</source>
            <translation>{name} received a call that seems suspicious</translation>
        </message>
        <message>
            <source>{name} clicked a link in a message</source>
            <translation>{name} clicked a link in a message</translation>
        </message>
        <message>
            <source>{name} gave a login or a password</source>
            <translation>{name} gave a login or a password</translation>
        </message>
        <message>
            <source>{name} gave their bank card number</source>
            <translation>{name} gave their bank card number</translation>
        </message>
        <message>
            <source>{name} gave their bank details (RIB or IBAN)</source>
            <translation>{name} gave their bank details (RIB or IBAN)</translation>
        </message>
        <message>
            <source>{name} gave their social-security number</source>
            <translation>{name} gave their social-security number</translation>
        </message>
        <message>
            <source>{name} paid someone who may be a scammer</source>
            <translation>{name} paid someone who may be a scammer</translation>
        </message>
        <message>
            <source>{name} let someone take control of their computer</source>
            <translation>{name} let someone take control of their computer</translation>
        </message>
        <message>
            <source>There is an operation on {name}'s account that nobody recognises</source>
            <translation>There is an operation on {name}'s account that nobody recognises</translation>
        </message>
        <message>
            <source>Someone may be using {name}'s identity</source>
            <translation>Someone may be using {name}'s identity</translation>
        </message>
    </context>
    <context>
        <name>PlanView</name>
        <message>
            <source>&lt; Back to “What happened?”</source>
            <translation>&lt; Back to “What happened?”</translation>
        </message>
        <message>
            <source>Back to the question: what happened?</source>
            <translation>Back to the question: what happened?</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Print this plan</source>
            <translation>Print this plan</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Save this plan as a PDF file</source>
            <translation>Save this plan as a PDF file</translation>
        </message>
        <message>
            <source>Print this plan on one page with boxes to tick, for example for a relative's fridge.</source>
            <translation>Print this plan on one page with boxes to tick, for example for a relative's fridge.</translation>
        </message>
        <message>
            <source>Progress of the plan</source>
            <translation>Progress of the plan</translation>
        </message>
        <message>
            <source>Plan for {name}. The steps below speak to whoever carries them out: {name}, or you together with {name}.</source>
            <translation>Plan for {name}. The steps below speak to whoever carries them out: {name}, or you together with {name}.</translation>
        </message>
        <message>
            <source>Steps done: %v of %m</source>
            <translation>Steps done: %v of %m</translation>
        </message>
        <message>
            <source>Every step of {name}'s plan is done. Well done: what was needed is done.</source>
            <translation>Every step of {name}'s plan is done. Well done: what was needed is done.</translation>
        </message>
        <message>
            <source>Steps done: {done} of {total}. Take them one at a time.</source>
            <translation>Steps done: {done} of {total}. Take them one at a time.</translation>
        </message>
        <message>
            <source>Every step is done. Well done: you did what was needed.</source>
            <translation>Every step is done. Well done: you did what was needed.</translation>
        </message>
        <message>
            <source>Counted as settled: steps that do not apply to you ({count}).</source>
            <translation>Counted as settled: steps that do not apply to you ({count}).</translation>
        </message>
        <message>
            <source>Counted as settled: steps that do not apply to {name} ({count}).</source>
            <translation>Counted as settled: steps that do not apply to {name} ({count}).</translation>
        </message>
        <message>
            <source>Hide finished steps ({count})</source>
            <translation>Hide finished steps ({count})</translation>
        </message>
        <message>
            <source>Show finished steps ({count})</source>
            <translation>Show finished steps ({count})</translation>
        </message>
        <message>
            <source>Advice version {version}, last reviewed on {date}. Always follow what your bank or the official services tell you.</source>
            <translation>Advice version {version}, last reviewed on {date}. Always follow what your bank or the official services tell you.</translation>
        </message>
    </context>
    <context>
        <name>QuestionView</name>
        <message>
            <source>Continue “{plan}” — next: {step} ({when})</source>
            <translation>Continue “{plan}” — next: {step} ({when})</translation>
        </message>
        <message>
            <source>What happened?</source>
            <translation>What happened?</translation>
        </message>
        <message>
            <source>What happened to {name}?</source>
            <translation>What happened to {name}?</translation>
        </message>
        <message>
            <source>Choose what is closest to what happened. This can happen to anyone. You will go step by step, the most urgent first.</source>
            <translation>Choose what is closest to what happened. This can happen to anyone. You will go step by step, the most urgent first.</translation>
        </message>
        <message>
            <source>Plans in progress</source>
            <translation>Plans in progress</translation>
        </message>
        <message>
            <source>{name}'s plans in progress</source>
            <translation>{name}'s plans in progress</translation>
        </message>
        <message>
            <source>A letter about a data leak?</source>
            <translation>A letter about a data leak?</translation>
        </message>
        <message>
            <source>If your health insurer or another organisation wrote to say your data leaked (for example in the Viamedis/Almerys breach), there is nothing urgent to do, but a few good habits protect you.</source>
            <translation>If your health insurer or another organisation wrote to say your data leaked (for example in the Viamedis/Almerys breach), there is nothing urgent to do, but a few good habits protect you.</translation>
        </message>
        <message>
            <source>If {name}'s health insurer or another organisation wrote to say {name}'s data leaked (for example in the Viamedis/Almerys breach), there is nothing urgent to do, but a few good habits are enough to stay safe.</source>
            <translation>If {name}'s health insurer or another organisation wrote to say {name}'s data leaked (for example in the Viamedis/Almerys breach), there is nothing urgent to do, but a few good habits are enough to stay safe.</translation>
        </message>
        <message>
            <source>I got a letter saying my data leaked</source>
            <translation>I got a letter saying my data leaked</translation>
        </message>
        <message>
            <source>Where to report a scam</source>
            <translation>Where to report a scam</translation>
        </message>
        <message>
            <source>See where to report</source>
            <translation>See where to report</translation>
        </message>
        <message>
            <source>See where to report a scam</source>
            <translation>See where to report a scam</translation>
        </message>
        <message>
            <source>Advice version {version}, last reviewed on {date}.</source>
            <translation>Advice version {version}, last reviewed on {date}.</translation>
        </message>
    </context>
    <context>
        <name>StepCard</name>
        <message>
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>When: {urgency}</source>
            <translation>When: {urgency}</translation>
        </message>
        <message>
            <source>Done on {date}.</source>
            <translation>Done on {date}.</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Note: {note}</translation>
        </message>
        <message>
            <source>Why: {text}</source>
            <translation>Why: {text}</translation>
        </message>
        <message>
            <source>How: {text}</source>
            <translation>How: {text}</translation>
        </message>
        <message>
            <source>It applies to me after all</source>
            <translation>It applies to me after all</translation>
        </message>
        <message>
            <source>It applies to {name} after all</source>
            <translation>It applies to {name} after all</translation>
        </message>
        <message>
            <source>It applies to me after all: {title}</source>
            <translation>It applies to me after all: {title}</translation>
        </message>
        <message>
            <source>It applies to {name} after all: {title}</source>
            <translation>It applies to {name} after all: {title}</translation>
        </message>
        <message>
            <source>Does not apply to you: nothing to do for this step.</source>
            <translation>Does not apply to you: nothing to do for this step.</translation>
        </message>
        <message>
            <source>Does not apply to {name}: nothing to do for this step.</source>
            <translation>Does not apply to {name}: nothing to do for this step.</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Source: {publisher}, “{title}”, {url} (consulted on {date}).</source>
            <translation>Source: {publisher}, “{title}”, {url} (consulted on {date}).</translation>
        </message>
        <message>
            <source>This is a secondary source.</source>
            <translation>This is a secondary source.</translation>
        </message>
        <message>
            <source>on:</source>
            <translation>on:</translation>
        </message>
        <message>
            <source>Date this step was done</source>
            <translation>Date this step was done</translation>
        </message>
        <message>
            <source>Note (optional):</source>
            <translation>Note (optional):</translation>
        </message>
        <message>
            <source>e.g. a reference number or whom you spoke to (never a card number)</source>
            <translation>e.g. a reference number or whom you spoke to (never a card number)</translation>
        </message>
        <message>
            <source>Note about this step (optional)</source>
            <translation>Note about this step (optional)</translation>
        </message>
        <message>
            <source>Mark as done</source>
            <translation>Mark as done</translation>
        </message>
        <message>
            <source>Mark as done: {title}</source>
            <translation>Mark as done: {title}</translation>
        </message>
        <message>
            <source>Does not apply to me</source>
            <translation>Does not apply to me</translation>
        </message>
        <message>
            <source>Does not apply to {name}</source>
            <translation>Does not apply to {name}</translation>
        </message>
        <message>
            <source>Does not apply to me: {title}</source>
            <translation>Does not apply to me: {title}</translation>
        </message>
        <message>
            <source>Does not apply to {name}: {title}</source>
            <translation>Does not apply to {name}: {title}</translation>
        </message>
        <message>
            <source>This step is only for some cases. If yours is not one of them, it is set aside; you can bring it back at any time.</source>
            <translation>This step is only for some cases. If yours is not one of them, it is set aside; you can bring it back at any time.</translation>
        </message>
        <message>
            <source>This step is only for some cases. If {name}'s is not one of them, it is set aside; you can bring it back at any time.</source>
            <translation>This step is only for some cases. If {name}'s is not one of them, it is set aside; you can bring it back at any time.</translation>
        </message>
        <message>
            <source>Mark as not done</source>
            <translation>Mark as not done</translation>
        </message>
        <message>
            <source>Mark as not done: {title}</source>
            <translation>Mark as not done: {title}</translation>
        </message>
    </context>
</TS>
