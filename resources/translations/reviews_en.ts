<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Give the account a name, for example "Compte courant".</source>
            <translation>Give the account a name, for example "Compte courant".</translation>
        </message>
        <message>
            <source>This web address cannot be saved. Type the official address, starting with https:// (for example https://www.ameli.fr), or leave it empty.</source>
            <translation>This web address cannot be saved. Type the official address, starting with https:// (for example https://www.ameli.fr), or leave it empty.</translation>
        </message>
        <message>
            <source>These details cannot be saved. Check them and try again.</source>
            <translation>These details cannot be saved. Check them and try again.</translation>
        </message>
        <message>
            <source>Not saved yet: {problem}</source>
            <translation>Not saved yet: {problem}</translation>
        </message>
        <message>
            <source>Change an account</source>
            <translation>Change an account</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Add an account</translation>
        </message>
        <message>
            <source>&amp;Kind of account:</source>
            <translation>&amp;Kind of account:</translation>
        </message>
        <message>
            <source>Kind of account</source>
            <translation>Kind of account</translation>
        </message>
        <message>
            <source>&amp;Name you give it (for example "Compte courant"):</source>
            <translation>&amp;Name you give it (for example "Compte courant"):</translation>
        </message>
        <message>
            <source>Name of the account</source>
            <translation>Name of the account</translation>
        </message>
        <message>
            <source>&amp;Institution (for example "Crédit Agricole"):</source>
            <translation>&amp;Institution (for example "Crédit Agricole"):</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Official &amp;web address (optional):</source>
            <translation>Official &amp;web address (optional):</translation>
        </message>
        <message>
            <source>Official web address</source>
            <translation>Official web address</translation>
        </message>
        <message>
            <source>Type it yourself from a letter or card of the organisation, never from a message you received. Only this address is ever opened.</source>
            <translation>Type it yourself from a letter or card of the organisation, never from a message you received. Only this address is ever opened.</translation>
        </message>
        <message>
            <source>Check it &amp;every:</source>
            <translation>Check it &amp;every:</translation>
        </message>
        <message>
            <source>Number of days, weeks or months</source>
            <translation>Number of days, weeks or months</translation>
        </message>
        <message>
            <source>Days, weeks or months</source>
            <translation>Days, weeks or months</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ReviewFlowDialog</name>
        <message>
            <source>Write a few words about what you saw.</source>
            <translation>Write a few words about what you saw.</translation>
        </message>
        <message>
            <source>Account checks</source>
            <translation>Account checks</translation>
        </message>
        <message>
            <source>Checking {name}'s accounts</source>
            <translation>Checking {name}'s accounts</translation>
        </message>
        <message>
            <source>Account %1 of %2</source>
            <translation>Account %1 of %2</translation>
        </message>
        <message>
            <source>Check: {account}</source>
            <translation>Check: {account}</translation>
        </message>
        <message>
            <source>Check {name}'s account: {account}</source>
            <translation>Check {name}'s account: {account}</translation>
        </message>
        <message>
            <source>Sign in on the official site or app as usual, look at the points above, then come back here.</source>
            <translation>Sign in on the official site or app as usual, look at the points above, then come back here.</translation>
        </message>
        <message>
            <source>With {name}, sign in on the official site or app as usual, look at the points above, then come back here.</source>
            <translation>With {name}, sign in on the official site or app as usual, look at the points above, then come back here.</translation>
        </message>
        <message>
            <source>Sign in on the official site or app as usual (type its address yourself), look at the points above, then come back here.</source>
            <translation>Sign in on the official site or app as usual (type its address yourself), look at the points above, then come back here.</translation>
        </message>
        <message>
            <source>With {name}, sign in on the official site or app as usual (type its address yourself), look at the points above, then come back here.</source>
            <translation>With {name}, sign in on the official site or app as usual (type its address yourself), look at the points above, then come back here.</translation>
        </message>
        <message>
            <source>✓ Saved: everything looked normal.</source>
            <translation>✓ Saved: everything looked normal.</translation>
        </message>
        <message>
            <source>⏸ Put off: you will be reminded later.</source>
            <translation>⏸ Put off: you will be reminded later.</translation>
        </message>
        <message>
            <source>What to look at</source>
            <translation>What to look at</translation>
        </message>
        <message>
            <source>&amp;Open the site</source>
            <translation>&amp;Open the site</translation>
        </message>
        <message>
            <source>Open the official site in the browser</source>
            <translation>Open the official site in the browser</translation>
        </message>
        <message>
            <source>Everything looks &amp;normal</source>
            <translation>Everything looks &amp;normal</translation>
        </message>
        <message>
            <source>Everything looks normal</source>
            <translation>Everything looks normal</translation>
        </message>
        <message>
            <source>I saw something &amp;unusual</source>
            <translation>I saw something &amp;unusual</translation>
        </message>
        <message>
            <source>I saw something unusual</source>
            <translation>I saw something unusual</translation>
        </message>
        <message>
            <source>Not now? Remind me:</source>
            <translation>Not now? Remind me:</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Tomorrow</translation>
        </message>
        <message>
            <source>In 3 days</source>
            <translation>In 3 days</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Next week</translation>
        </message>
        <message>
            <source>Remind me: %1</source>
            <translation>Remind me: %1</translation>
        </message>
        <message>
            <source>What did you see?</source>
            <translation>What did you see?</translation>
        </message>
        <message>
            <source>What did you see on {name}'s account?</source>
            <translation>What did you see on {name}'s account?</translation>
        </message>
        <message>
            <source>This can happen to anyone, and you did the right thing by looking. Describe it in a few words (the date, the amount, the name shown). Never type a card number or a password here.</source>
            <translation>This can happen to anyone, and you did the right thing by looking. Describe it in a few words (the date, the amount, the name shown). Never type a card number or a password here.</translation>
        </message>
        <message>
            <source>&amp;What you saw:</source>
            <translation>&amp;What you saw:</translation>
        </message>
        <message>
            <source>What you saw</source>
            <translation>What you saw</translation>
        </message>
        <message>
            <source>What does it look &amp;like?</source>
            <translation>What does it look &amp;like?</translation>
        </message>
        <message>
            <source>What does it look like?</source>
            <translation>What does it look like?</translation>
        </message>
        <message>
            <source>&amp;Save and see what to do</source>
            <translation>&amp;Save and see what to do</translation>
        </message>
        <message>
            <source>Save and see what to do</source>
            <translation>Save and see what to do</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Saved. Here is what to do now.</source>
            <translation>Saved. Here is what to do now.</translation>
        </message>
        <message>
            <source>Your finding is kept in the history of this account. A step-by-step plan tells you whom to contact and what to ask. Take your time: one step after the other.</source>
            <translation>Your finding is kept in the history of this account. A step-by-step plan tells you whom to contact and what to ask. Take your time: one step after the other.</translation>
        </message>
        <message>
            <source>A number that looked like a card, bank account or social-security number was kept as its last 4 characters only: such numbers are never stored in full.</source>
            <translation>A number that looked like a card, bank account or social-security number was kept as its last 4 characters only: such numbers are never stored in full.</translation>
        </message>
        <message>
            <source>&amp;Show me what to do</source>
            <translation>&amp;Show me what to do</translation>
        </message>
        <message>
            <source>Show me what to do</source>
            <translation>Show me what to do</translation>
        </message>
        <message>
            <source>&amp;Continue the checks</source>
            <translation>&amp;Continue the checks</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <source>The checks are done. Thank you.</source>
            <translation>The checks are done. Thank you.</translation>
        </message>
        <message>
            <source>{name}'s accounts are checked. Thank you.</source>
            <translation>{name}'s accounts are checked. Thank you.</translation>
        </message>
        <message>
            <source>You will be reminded when the next checks are due.</source>
            <translation>You will be reminded when the next checks are due.</translation>
        </message>
        <message>
            <source>You will be reminded later.</source>
            <translation>You will be reminded later.</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>S&amp;top for now</source>
            <translation>S&amp;top for now</translation>
        </message>
        <message>
            <source>Stop the checks for now</source>
            <translation>Stop the checks for now</translation>
        </message>
    </context>
    <context>
        <name>ReviewNotifier</name>
        <message>
            <source>Open Vigilance to do them: it takes a few minutes.</source>
            <translation>Open Vigilance to do them: it takes a few minutes.</translation>
        </message>
    </context>
    <context>
        <name>ReviewTexts</name>
        <message>
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <source>Assurance Maladie (ameli)</source>
            <translation>Assurance Maladie (ameli)</translation>
        </message>
        <message>
            <source>Insurer or mutuelle</source>
            <translation>Insurer or mutuelle</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Taxes (impots.gouv.fr)</source>
            <translation>Taxes (impots.gouv.fr)</translation>
        </message>
        <message>
            <source>Phone operator</source>
            <translation>Phone operator</translation>
        </message>
        <message>
            <source>CAF or pension</source>
            <translation>CAF or pension</translation>
        </message>
        <message>
            <source>Online shop</source>
            <translation>Online shop</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>weeks</translation>
        </message>
        <message>
            <source>months</source>
            <translation>months</translation>
        </message>
        <message>
            <source>a data breach notice</source>
            <translation>a data breach notice</translation>
        </message>
        <message>
            <source>something risky noted in your journal</source>
            <translation>something risky noted in your journal</translation>
        </message>
        <message>
            <source>your own choice</source>
            <translation>your own choice</translation>
        </message>
        <message>
            <source>A payment or a change I did not make</source>
            <translation>A payment or a change I did not make</translation>
        </message>
        <message>
            <source>Someone may be using my identity</source>
            <translation>Someone may be using my identity</translation>
        </message>
        <message>
            <source>Someone may know my password</source>
            <translation>Someone may know my password</translation>
        </message>
        <message>
            <source>My bank card may be used by someone else</source>
            <translation>My bank card may be used by someone else</translation>
        </message>
        <message>
            <source>Anything you did not do yourself: payments, changes of address, of bank details or of password.</source>
            <translation>Anything you did not do yourself: payments, changes of address, of bank details or of password.</translation>
        </message>
        <message>
            <source>Put off until %1</source>
            <translation>Put off until %1</translation>
        </message>
        <message>
            <source>Overdue since %1</source>
            <translation>Overdue since %1</translation>
        </message>
        <message>
            <source>To do today</source>
            <translation>To do today</translation>
        </message>
        <message>
            <source>To do since %1</source>
            <translation>To do since %1</translation>
        </message>
        <message>
            <source>Next check: %1</source>
            <translation>Next check: %1</translation>
        </message>
        <message>
            <source>More often until %1: %2</source>
            <translation>More often until %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ReviewWords</name>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>every %n day(s)</numerusform>
                <numerusform>every %n day(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n week(s)</source>
            <translation>
                <numerusform>every %n week(s)</numerusform>
                <numerusform>every %n week(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n month(s)</source>
            <translation>
                <numerusform>every %n month(s)</numerusform>
                <numerusform>every %n month(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n account review(s) are due</source>
            <translation>
                <numerusform>%n account review(s) are due</numerusform>
                <numerusform>%n account review(s) are due</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewsBackground</name>
        <message>
            <source>Vigilance keeps running here to remind you of your account checks. To quit, use this icon's menu.</source>
            <translation>Vigilance keeps running here to remind you of your account checks. To quit, use this icon's menu.</translation>
        </message>
    </context>
    <context>
        <name>ReviewsHomePanel</name>
        <message>
            <source>Account checks</source>
            <translation>Account checks</translation>
        </message>
        <message>
            <source>Checking {name}'s accounts</source>
            <translation>Checking {name}'s accounts</translation>
        </message>
        <message>
            <source>&amp;Start the checks</source>
            <translation>&amp;Start the checks</translation>
        </message>
        <message>
            <source>Start the checks</source>
            <translation>Start the checks</translation>
        </message>
        <message>
            <source>See my &amp;accounts</source>
            <translation>See my &amp;accounts</translation>
        </message>
        <message>
            <source>See {name}'s &amp;accounts</source>
            <translation>See {name}'s &amp;accounts</translation>
        </message>
        <message>
            <source>&amp;Add {name}'s accounts</source>
            <translation>&amp;Add {name}'s accounts</translation>
        </message>
        <message>
            <source>Add the accounts you use (bank, ameli, email…): Vigilance will remind you to check them.</source>
            <translation>Add the accounts you use (bank, ameli, email…): Vigilance will remind you to check them.</translation>
        </message>
        <message>
            <source>Add the accounts {name} uses (bank, ameli, email…): Vigilance will remind you to check them.</source>
            <translation>Add the accounts {name} uses (bank, ameli, email…): Vigilance will remind you to check them.</translation>
        </message>
        <message>
            <source>&amp;Add my accounts</source>
            <translation>&amp;Add my accounts</translation>
        </message>
        <message numerus="yes">
            <source>%n account check(s) to do now</source>
            <translation>
                <numerusform>%n account check(s) to do now</numerusform>
                <numerusform>%n account check(s) to do now</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n overdue)</source>
            <translation>
                <numerusform>(%n overdue)</numerusform>
                <numerusform>(%n overdue)</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to check now.</source>
            <translation>Nothing to check now.</translation>
        </message>
        <message>
            <source>Next check: %1.</source>
            <translation>Next check: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n put off for later.</source>
            <translation>
                <numerusform>%n put off for later.</numerusform>
                <numerusform>%n put off for later.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewsPage</name>
        <message>
            <source>Account checks</source>
            <translation>Account checks</translation>
        </message>
        <message>
            <source>Nothing to check now. You will be reminded when it is time.</source>
            <translation>Nothing to check now. You will be reminded when it is time.</translation>
        </message>
        <message>
            <source>Vigilance is locked: open it again first.</source>
            <translation>Vigilance is locked: open it again first.</translation>
        </message>
        <message>
            <source>Stop checking this account?</source>
            <translation>Stop checking this account?</translation>
        </message>
        <message>
            <source>"%1" will no longer be reminded. Its history is kept.</source>
            <translation>"%1" will no longer be reminded. Its history is kept.</translation>
        </message>
        <message>
            <source>"%1" is no longer checked. Its history is kept.</source>
            <translation>"%1" is no longer checked. Its history is kept.</translation>
        </message>
        <message>
            <source>The account is checked again.</source>
            <translation>The account is checked again.</translation>
        </message>
        <message>
            <source>Add to my calendar</source>
            <translation>Add to my calendar</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Calendar files (*.ics)</translation>
        </message>
        <message>
            <source>The calendar file could not be saved there. Choose another folder.</source>
            <translation>The calendar file could not be saved there. Choose another folder.</translation>
        </message>
        <message>
            <source>Saved: %1. Open this file with your calendar (Outlook, Google Calendar, Thunderbird…) to be reminded even when Vigilance is closed.</source>
            <translation>Saved: %1. Open this file with your calendar (Outlook, Google Calendar, Thunderbird…) to be reminded even when Vigilance is closed.</translation>
        </message>
        <message>
            <source>Vigilance could not change how it starts. Nothing was changed.</source>
            <translation>Vigilance could not change how it starts. Nothing was changed.</translation>
        </message>
        <message>
            <source>This choice could not be saved. Nothing was changed.</source>
            <translation>This choice could not be saved. Nothing was changed.</translation>
        </message>
        <message>
            <source>Checked %1.</source>
            <translation>Checked %1.</translation>
        </message>
        <message>
            <source>⚠ %1: something unusual — %2</source>
            <translation>⚠ %1: something unusual — %2</translation>
        </message>
        <message>
            <source>✓ %1: everything looked normal</source>
            <translation>✓ %1: everything looked normal</translation>
        </message>
        <message>
            <source>No check yet.</source>
            <translation>No check yet.</translation>
        </message>
        <message>
            <source>{name}'s accou&amp;nts</source>
            <translation>{name}'s accou&amp;nts</translation>
        </message>
        <message>
            <source>No account yet. Add the accounts you use (bank, ameli, email…) to be reminded to check them.</source>
            <translation>No account yet. Add the accounts you use (bank, ameli, email…) to be reminded to check them.</translation>
        </message>
        <message>
            <source>No account yet. Add the accounts {name} uses (bank, ameli, email…) to be reminded to check them.</source>
            <translation>No account yet. Add the accounts {name} uses (bank, ameli, email…) to be reminded to check them.</translation>
        </message>
        <message>
            <source>✓ Nothing to check now.</source>
            <translation>✓ Nothing to check now.</translation>
        </message>
        <message>
            <source>Next check: %1.</source>
            <translation>Next check: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) to do now.</source>
            <translation>
                <numerusform>%n check(s) to do now.</numerusform>
                <numerusform>%n check(s) to do now.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them overdue.</source>
            <translation>
                <numerusform>%n of them overdue.</numerusform>
                <numerusform>%n of them overdue.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Start the checks</source>
            <translation>&amp;Start the checks</translation>
        </message>
        <message>
            <source>Start the checks</source>
            <translation>Start the checks</translation>
        </message>
        <message>
            <source>&amp;Your accounts</source>
            <translation>&amp;Your accounts</translation>
        </message>
        <message>
            <source>Checking {name}'s accounts</source>
            <translation>Checking {name}'s accounts</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>Undo: check this account again</source>
            <translation>Undo: check this account again</translation>
        </message>
        <message>
            <source>&amp;Add an account…</source>
            <translation>&amp;Add an account…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Add an account</translation>
        </message>
        <message>
            <source>&amp;Check now</source>
            <translation>&amp;Check now</translation>
        </message>
        <message>
            <source>Check this account now</source>
            <translation>Check this account now</translation>
        </message>
        <message>
            <source>&amp;Open the site</source>
            <translation>&amp;Open the site</translation>
        </message>
        <message>
            <source>Open the official site in the browser</source>
            <translation>Open the official site in the browser</translation>
        </message>
        <message>
            <source>Chan&amp;ge…</source>
            <translation>Chan&amp;ge…</translation>
        </message>
        <message>
            <source>Change this account</source>
            <translation>Change this account</translation>
        </message>
        <message>
            <source>S&amp;top checking…</source>
            <translation>S&amp;top checking…</translation>
        </message>
        <message>
            <source>Stop checking this account</source>
            <translation>Stop checking this account</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;History</translation>
        </message>
        <message>
            <source>History of this account</source>
            <translation>History of this account</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <source>&amp;Be more careful for a while (check every week for %1 weeks)</source>
            <translation>&amp;Be more careful for a while (check every week for %1 weeks)</translation>
        </message>
        <message>
            <source>Be more careful for a while</source>
            <translation>Be more careful for a while</translation>
        </message>
        <message>
            <source>Weekly checks until %1, then back to normal by itself.</source>
            <translation>Weekly checks until %1, then back to normal by itself.</translation>
        </message>
        <message>
            <source>Useful after a data breach notice or a suspicious call: your accounts are checked every week, then the usual rhythm comes back by itself.</source>
            <translation>Useful after a data breach notice or a suspicious call: your accounts are checked every week, then the usual rhythm comes back by itself.</translation>
        </message>
        <message>
            <source>Add to my calen&amp;dar…</source>
            <translation>Add to my calen&amp;dar…</translation>
        </message>
        <message>
            <source>Add the checks to my calendar</source>
            <translation>Add the checks to my calendar</translation>
        </message>
        <message>
            <source>Start Vigilance when I &amp;log in, in the background</source>
            <translation>Start Vigilance when I &amp;log in, in the background</translation>
        </message>
        <message>
            <source>Start Vigilance when I log in</source>
            <translation>Start Vigilance when I log in</translation>
        </message>
        <message>
            <source>When I close the window, &amp;keep Vigilance next to the clock so the reminders keep coming</source>
            <translation>When I close the window, &amp;keep Vigilance next to the clock so the reminders keep coming</translation>
        </message>
        <message>
            <source>Keep Vigilance running when the window is closed</source>
            <translation>Keep Vigilance running when the window is closed</translation>
        </message>
        <message>
            <source>Something unusual on the account “{name}”</source>
            <translation>Something unusual on the account “{name}”</translation>
        </message>
    </context>
    <context>
        <name>ReviewsTray</name>
        <message>
            <source>Open Vigilance</source>
            <translation>Open Vigilance</translation>
        </message>
        <message>
            <source>Start the checks</source>
            <translation>Start the checks</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Locked. Open it to see your account checks.</source>
            <translation>Locked. Open it to see your account checks.</translation>
        </message>
        <message>
            <source>No account review is due.</source>
            <translation>No account review is due.</translation>
        </message>
    </context>
</TS>
