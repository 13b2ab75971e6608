<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>BackupsSection</name>
        <message>
            <source>The last automatic backup could not be made: {reason}</source>
            <translation>The last automatic backup could not be made: {reason}</translation>
        </message>
        <message>
            <source>Vigilance makes a backup of your journal each day you open it, and keeps those of the last 7 days and 4 weeks. None yet.</source>
            <translation>Vigilance makes a backup of your journal each day you open it, and keeps those of the last 7 days and 4 weeks. None yet.</translation>
        </message>
        <message>
            <source>Vigilance makes a backup of your journal each day you open it, and keeps those of the last 7 days and 4 weeks. Latest: {day}.</source>
            <translation>Vigilance makes a backup of your journal each day you open it, and keeps those of the last 7 days and 4 weeks. Latest: {day}.</translation>
        </message>
        <message>
            <source>Where to put the backup (a folder or a USB key)</source>
            <translation>Where to put the backup (a folder or a USB key)</translation>
        </message>
        <message>
            <source>Making the backup…</source>
            <translation>Making the backup…</translation>
        </message>
        <message>
            <source>Backup saved: {path}</source>
            <translation>Backup saved: {path}</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;Back up now…</translation>
        </message>
        <message>
            <source>Restore a &amp;backup…</source>
            <translation>Restore a &amp;backup…</translation>
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
            <translation>Email</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Phone call</translation>
        </message>
        <message>
            <source>Voicemail</source>
            <translation>Voicemail</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Messaging app (WhatsApp, social network)</source>
            <translation>Messaging app (WhatsApp, social network)</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Risk level: high</source>
            <translation>Risk level: high</translation>
        </message>
        <message>
            <source>Risk level: medium</source>
            <translation>Risk level: medium</translation>
        </message>
        <message>
            <source>Risk level: low</source>
            <translation>Risk level: low</translation>
        </message>
        <message>
            <source>Very likely a scam. Do not reply, do not click.</source>
            <translation>Very likely a scam. Do not reply, do not click.</translation>
        </message>
        <message>
            <source>Some signs of a scam. Be careful: check with the organisation through its usual contact details before doing anything.</source>
            <translation>Some signs of a scam. Be careful: check with the organisation through its usual contact details before doing anything.</translation>
        </message>
        <message>
            <source>No clear sign of a scam found. Stay careful.</source>
            <translation>No clear sign of a scam found. Stay careful.</translation>
        </message>
        <message>
            <source>it contains an abnormal number of parts</source>
            <translation>it contains an abnormal number of parts</translation>
        </message>
        <message>
            <source>its parts are nested abnormally deep</source>
            <translation>its parts are nested abnormally deep</translation>
        </message>
        <message>
            <source>one of its technical details (headers) is abnormally long</source>
            <translation>one of its technical details (headers) is abnormally long</translation>
        </message>
        <message>
            <source>it has an abnormal number of technical details (headers)</source>
            <translation>it has an abnormal number of technical details (headers)</translation>
        </message>
        <message>
            <source>its text is abnormally long</source>
            <translation>its text is abnormally long</translation>
        </message>
        <message>
            <source>it contains an abnormal number of links</source>
            <translation>it contains an abnormal number of links</translation>
        </message>
        <message>
            <source>one of its parts is damaged</source>
            <translation>one of its parts is damaged</translation>
        </message>
        <message>
            <source>it is built in an unusual way</source>
            <translation>it is built in an unusual way</translation>
        </message>
        <message>
            <source>Part of this message could not be read (%1). Scammers sometimes hide dangerous content this way: do not trust this message.</source>
            <translation>Part of this message could not be read (%1). Scammers sometimes hide dangerous content this way: do not trust this message.</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>Paste the message in the box first, or choose an email file.</source>
            <translation>Paste the message in the box first, or choose an email file.</translation>
        </message>
        <message>
            <source>This file does not exist or is not a file.</source>
            <translation>This file does not exist or is not a file.</translation>
        </message>
        <message>
            <source>This file cannot be read.</source>
            <translation>This file cannot be read.</translation>
        </message>
        <message>
            <source>This message could not be analysed: it is damaged or built in an unusual way. Treat it with caution.</source>
            <translation>This message could not be analysed: it is damaged or built in an unusual way. Treat it with caution.</translation>
        </message>
        <message>
            <source>This message could not be analysed because of an internal error. Treat it with caution.</source>
            <translation>This message could not be analysed because of an internal error. Treat it with caution.</translation>
        </message>
        <message>
            <source>This file is too large to be analysed safely (the limit is %1 MB). It was not opened.</source>
            <translation>This file is too large to be analysed safely (the limit is %1 MB). It was not opened.</translation>
        </message>
        <message>
            <source>very likely a scam</source>
            <translation>very likely a scam</translation>
        </message>
        <message>
            <source>some signs of a scam</source>
            <translation>some signs of a scam</translation>
        </message>
        <message>
            <source>no clear sign of a scam</source>
            <translation>no clear sign of a scam</translation>
        </message>
        <message>
            <source>This file was not analysed: the analysis was stopped.</source>
            <translation>This file was not analysed: the analysis was stopped.</translation>
        </message>
        <message>
            <source>This file is waiting to be analysed.</source>
            <translation>This file is waiting to be analysed.</translation>
        </message>
        <message>
            <source>This file is being analysed.</source>
            <translation>This file is being analysed.</translation>
        </message>
        <message>
            <source>Choose email files</source>
            <translation>Choose email files</translation>
        </message>
        <message>
            <source>Email and text files (*.eml *.txt);;Email files (*.eml);;Text files (*.txt);;All files (*)</source>
            <translation>Email and text files (*.eml *.txt);;Email files (*.eml);;Text files (*.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Stopping after the current file…</source>
            <translation>Stopping after the current file…</translation>
        </message>
        <message>
            <source>Analysing file %1 of %2… the window stays usable.</source>
            <translation>Analysing file %1 of %2… the window stays usable.</translation>
        </message>
        <message>
            <source>Files chec&amp;ked (the first %1; %2 more were not checked)</source>
            <translation>Files chec&amp;ked (the first %1; %2 more were not checked)</translation>
        </message>
        <message>
            <source>Files chec&amp;ked</source>
            <translation>Files chec&amp;ked</translation>
        </message>
        <message>
            <source>%1: %2 (part of it could not be read)</source>
            <translation>%1: %2 (part of it could not be read)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: being analysed…</source>
            <translation>%1: being analysed…</translation>
        </message>
        <message>
            <source>%1: waiting</source>
            <translation>%1: waiting</translation>
        </message>
        <message>
            <source>%1: not analysed (stopped)</source>
            <translation>%1: not analysed (stopped)</translation>
        </message>
        <message>
            <source>%1: not analysed. %2</source>
            <translation>%1: not analysed. %2</translation>
        </message>
        <message>
            <source>Is this a scam?</source>
            <translation>Is this a scam?</translation>
        </message>
        <message>
            <source>The message changed since it was checked, so its result was taken away: press Analyse to check the message as it is now.</source>
            <translation>The message changed since it was checked, so its result was taken away: press Analyse to check the message as it is now.</translation>
        </message>
        <message>
            <source>Paste the message you received, or describe the call or the letter. Vigilance looks for the usual signs of a fraudulent message. Nothing is sent anywhere.</source>
            <translation>Paste the message you received, or describe the call or the letter. Vigilance looks for the usual signs of a fraudulent message. Nothing is sent anywhere.</translation>
        </message>
        <message>
            <source>&amp;Message (text only):</source>
            <translation>&amp;Message (text only):</translation>
        </message>
        <message>
            <source>Message to check</source>
            <translation>Message to check</translation>
        </message>
        <message>
            <source>Paste the message here</source>
            <translation>Paste the message here</translation>
        </message>
        <message>
            <source>&amp;Received by:</source>
            <translation>&amp;Received by:</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Received by</translation>
        </message>
        <message>
            <source>&amp;Sender, if known (number, name or address):</source>
            <translation>&amp;Sender, if known (number, name or address):</translation>
        </message>
        <message>
            <source>Sender, if known</source>
            <translation>Sender, if known</translation>
        </message>
        <message>
            <source>&amp;Analyse</source>
            <translation>&amp;Analyse</translation>
        </message>
        <message>
            <source>Analyse</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Analyse the pasted message (Ctrl+Enter)</source>
            <translation>Analyse the pasted message (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Choose &amp;email files…</source>
            <translation>Choose &amp;email files…</translation>
        </message>
        <message>
            <source>You can also drop one or more email files (.eml) on this page. They are read, never opened.</source>
            <translation>You can also drop one or more email files (.eml) on this page. They are read, never opened.</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>Cancel the analysis of the files</source>
            <translation>Cancel the analysis of the files</translation>
        </message>
        <message>
            <source>Stop after the file being analysed</source>
            <translation>Stop after the file being analysed</translation>
        </message>
        <message>
            <source>Files checked</source>
            <translation>Files checked</translation>
        </message>
        <message>
            <source>Choose a file to see its result below.</source>
            <translation>Choose a file to see its result below.</translation>
        </message>
        <message>
            <source>Analysing… the window stays usable.</source>
            <translation>Analysing… the window stays usable.</translation>
        </message>
        <message>
            <source>Analysis in progress</source>
            <translation>Analysis in progress</translation>
        </message>
    </context>
    <context>
        <name>DisplayPage</name>
        <message>
            <source>Welcome to Vigilance</source>
            <translation>Welcome to Vigilance</translation>
        </message>
        <message>
            <source>Step 1 of 5: how Vigilance looks</source>
            <translation>Step 1 of 5: how Vigilance looks</translation>
        </message>
        <message>
            <source>Vigilance helps you keep track of suspicious messages and calls, and tells you what to do, step by step. First, choose the language and the size of the text. You can change them later in Settings.</source>
            <translation>Vigilance helps you keep track of suspicious messages and calls, and tells you what to do, step by step. First, choose the language and the size of the text. You can change them later in Settings.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Text size</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Text size %1%</source>
            <translation>Text size %1%</translation>
        </message>
        <message>
            <source>High contrast (black text on a white background)</source>
            <translation>High contrast (black text on a white background)</translation>
        </message>
        <message>
            <source>This is how the text of Vigilance will look. Choose the size that you can read comfortably.</source>
            <translation>This is how the text of Vigilance will look. Choose the size that you can read comfortably.</translation>
        </message>
        <message>
            <source>Press Continue when you are ready.</source>
            <translation>Press Continue when you are ready.</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase everything</source>
            <translation>Erase everything</translation>
        </message>
        <message>
            <source>Everything Vigilance keeps on this computer will be erased:
• the journals, accounts and plans of: {people}
• the backups in the Vigilance folder
• the key file and the key kept in the system keyring
• the start at login and the settings

Backups you saved elsewhere (a USB key) are not touched, but without the key they can only be opened with the password or the recovery key.
Folder: {folder}</source>
            <translation>Everything Vigilance keeps on this computer will be erased:
• the journals, accounts and plans of: {people}
• the backups in the Vigilance folder
• the key file and the key kept in the system keyring
• the start at login and the settings

Backups you saved elsewhere (a USB key) are not touched, but without the key they can only be opened with the password or the recovery key.
Folder: {folder}</translation>
        </message>
        <message>
            <source>I understand that this cannot be undone.</source>
            <translation>I understand that this cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>EraseSection</name>
        <message>
            <source>Erase everything from this computer</source>
            <translation>Erase everything from this computer</translation>
        </message>
        <message>
            <source>For when this computer is given away or no longer used by the person: erases every journal, account and plan, the backups and the keys. Vigilance then starts again as on the first day.</source>
            <translation>For when this computer is given away or no longer used by the person: erases every journal, account and plan, the backups and the keys. Vigilance then starts again as on the first day.</translation>
        </message>
        <message>
            <source>&amp;Erase everything…</source>
            <translation>&amp;Erase everything…</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong inside Vigilance. Nothing was changed; please try again.</source>
            <translation>Something went wrong inside Vigilance. Nothing was changed; please try again.</translation>
        </message>
        <message>
            <source>Your data could not be read. Nothing was changed.</source>
            <translation>Your data could not be read. Nothing was changed.</translation>
        </message>
        <message>
            <source>Your data could not be opened with its key: the file may be damaged or come from another Vigilance folder. It was left untouched.</source>
            <translation>Your data could not be opened with its key: the file may be damaged or come from another Vigilance folder. It was left untouched.</translation>
        </message>
        <message>
            <source>The file of your data is damaged. It was left untouched.</source>
            <translation>The file of your data is damaged. It was left untouched.</translation>
        </message>
        <message>
            <source>The file of your data (vigilance.db) is missing. Nothing was created; restore it from a backup.</source>
            <translation>The file of your data (vigilance.db) is missing. Nothing was created; restore it from a backup.</translation>
        </message>
        <message>
            <source>The disk is full: free at least {needed_mb} MB, then try again. Nothing was lost.</source>
            <translation>The disk is full: free at least {needed_mb} MB, then try again. Nothing was lost.</translation>
        </message>
        <message>
            <source>The disk is full: free some space, then try again. Nothing was lost.</source>
            <translation>The disk is full: free some space, then try again. Nothing was lost.</translation>
        </message>
        <message>
            <source>The last changes saved before Vigilance was last closed are missing ({commits}): a file beside the journal was deleted or damaged. Entries added recently may need to be added again.</source>
            <translation>The last changes saved before Vigilance was last closed are missing ({commits}): a file beside the journal was deleted or damaged. Entries added recently may need to be added again.</translation>
        </message>
        <message>
            <source>Vigilance is already open on this folder: close the other window or wait for the other task to finish, then try again.</source>
            <translation>Vigilance is already open on this folder: close the other window or wait for the other task to finish, then try again.</translation>
        </message>
        <message>
            <source>The key that protects your data could not be used. Nothing was changed.</source>
            <translation>The key that protects your data could not be used. Nothing was changed.</translation>
        </message>
        <message>
            <source>There is no Vigilance data in this folder yet.</source>
            <translation>There is no Vigilance data in this folder yet.</translation>
        </message>
        <message>
            <source>Vigilance data already exists in this folder; it was left untouched.</source>
            <translation>Vigilance data already exists in this folder; it was left untouched.</translation>
        </message>
        <message>
            <source>This is not the right password or recovery key.</source>
            <translation>This is not the right password or recovery key.</translation>
        </message>
        <message>
            <source>A recovery key has 28 letters and digits (2 to 9), in groups of four.</source>
            <translation>A recovery key has 28 letters and digits (2 to 9), in groups of four.</translation>
        </message>
        <message>
            <source>Too many wrong attempts. Please wait {seconds} seconds before trying again.</source>
            <translation>Too many wrong attempts. Please wait {seconds} seconds before trying again.</translation>
        </message>
        <message>
            <source>The key file beside your data cannot be read. Nothing was changed.</source>
            <translation>The key file beside your data cannot be read. Nothing was changed.</translation>
        </message>
        <message>
            <source>One of the values of this entry is not accepted.</source>
            <translation>One of the values of this entry is not accepted.</translation>
        </message>
        <message>
            <source>The original message is too large to be kept (limit {megabytes} MB).</source>
            <translation>The original message is too large to be kept (limit {megabytes} MB).</translation>
        </message>
        <message>
            <source>This person is no longer in Vigilance.</source>
            <translation>This person is no longer in Vigilance.</translation>
        </message>
        <message>
            <source>This entry no longer exists.</source>
            <translation>This entry no longer exists.</translation>
        </message>
        <message>
            <source>A tag cannot be empty.</source>
            <translation>A tag cannot be empty.</translation>
        </message>
        <message>
            <source>This change to the people could not be made.</source>
            <translation>This change to the people could not be made.</translation>
        </message>
        <message>
            <source>Please give a first name (or a nickname) for this person.</source>
            <translation>Please give a first name (or a nickname) for this person.</translation>
        </message>
        <message>
            <source>Someone called {name} is already in Vigilance; choose another name.</source>
            <translation>Someone called {name} is already in Vigilance; choose another name.</translation>
        </message>
        <message>
            <source>Nobody is watched over yet: add someone first.</source>
            <translation>Nobody is watched over yet: add someone first.</translation>
        </message>
        <message>
            <source>This is the only person in Vigilance, so they cannot be removed. To erase everything from this computer, use "Erase everything" in Settings.</source>
            <translation>This is the only person in Vigilance, so they cannot be removed. To erase everything from this computer, use "Erase everything" in Settings.</translation>
        </message>
        <message>
            <source>The file could not be prepared.</source>
            <translation>The file could not be prepared.</translation>
        </message>
        <message>
            <source>There is no journal entry for this person in that period, so no file was written.</source>
            <translation>There is no journal entry for this person in that period, so no file was written.</translation>
        </message>
        <message>
            <source>A file holds at most {limit} contacts: choose a shorter period or fewer entries.</source>
            <translation>A file holds at most {limit} contacts: choose a shorter period or fewer entries.</translation>
        </message>
        <message>
            <source>The start of the period is after its end.</source>
            <translation>The start of the period is after its end.</translation>
        </message>
        <message>
            <source>One of the chosen entries no longer exists.</source>
            <translation>One of the chosen entries no longer exists.</translation>
        </message>
        <message>
            <source>The file could not be saved there. Choose another folder.</source>
            <translation>The file could not be saved there. Choose another folder.</translation>
        </message>
        <message>
            <source>The PDF could not be made on this computer; choose CSV or JSON instead.</source>
            <translation>The PDF could not be made on this computer; choose CSV or JSON instead.</translation>
        </message>
        <message>
            <source>The file could not be handed over or opened.</source>
            <translation>The file could not be handed over or opened.</translation>
        </message>
        <message>
            <source>This is not a file handed over by Vigilance. Nothing was imported.</source>
            <translation>This is not a file handed over by Vigilance. Nothing was imported.</translation>
        </message>
        <message>
            <source>This file was made by a newer version of Vigilance: update Vigilance to open it. Nothing was imported.</source>
            <translation>This file was made by a newer version of Vigilance: update Vigilance to open it. Nothing was imported.</translation>
        </message>
        <message>
            <source>These words do not open this file. Check them and try again; nothing was imported.</source>
            <translation>These words do not open this file. Check them and try again; nothing was imported.</translation>
        </message>
        <message>
            <source>This file is damaged (changed or cut short since it was made). Nothing was imported; ask for the file again.</source>
            <translation>This file is damaged (changed or cut short since it was made). Nothing was imported; ask for the file again.</translation>
        </message>
        <message>
            <source>This file opened, but its content is not what Vigilance writes. Nothing was imported.</source>
            <translation>This file opened, but its content is not what Vigilance writes. Nothing was imported.</translation>
        </message>
        <message>
            <source>This file is too large (more than {limit_mb} MB). Nothing was written or imported.</source>
            <translation>This file is too large (more than {limit_mb} MB). Nothing was written or imported.</translation>
        </message>
        <message>
            <source>Type the words given with the file.</source>
            <translation>Type the words given with the file.</translation>
        </message>
        <message>
            <source>Words of your own need at least {minimum} characters; those Vigilance proposes are safer.</source>
            <translation>Words of your own need at least {minimum} characters; those Vigilance proposes are safer.</translation>
        </message>
        <message>
            <source>The file could not be read. Nothing was imported.</source>
            <translation>The file could not be read. Nothing was imported.</translation>
        </message>
        <message>
            <source>The backup could not be made. Your journal itself is unchanged.</source>
            <translation>The backup could not be made. Your journal itself is unchanged.</translation>
        </message>
        <message>
            <source>This file is not a Vigilance backup, or it is damaged. Nothing was changed.</source>
            <translation>This file is not a Vigilance backup, or it is damaged. Nothing was changed.</translation>
        </message>
        <message>
            <source>The backup cannot be written in this folder. Choose another folder or plug the USB key in again.</source>
            <translation>The backup cannot be written in this folder. Choose another folder or plug the USB key in again.</translation>
        </message>
        <message>
            <source>This backup opens with the app password or the recovery key that were in use when it was made.</source>
            <translation>This backup opens with the app password or the recovery key that were in use when it was made.</translation>
        </message>
        <message>
            <source>Some files of Vigilance could not be erased; close Vigilance everywhere and try again.</source>
            <translation>Some files of Vigilance could not be erased; close Vigilance everywhere and try again.</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <source>Hand over {name}'s file</source>
            <translation>Hand over {name}'s file</translation>
        </message>
        <message>
            <source>Writing {name}'s file…</source>
            <translation>Writing {name}'s file…</translation>
        </message>
        <message numerus="yes">
            <source>{name}'s file is ready: %n journal entry(ies).</source>
            <translation>
                <numerusform>{name}'s file is ready: %n journal entry(ies).</numerusform>
                <numerusform>{name}'s file is ready: %n journal entry(ies).</numerusform>
            </translation>
        </message>
        <message>
            <source>Open a handed-over file</source>
            <translation>Open a handed-over file</translation>
        </message>
        <message numerus="yes">
            <source>{name} was added: %n journal entry(ies).</source>
            <translation>
                <numerusform>{name} was added: %n journal entry(ies).</numerusform>
                <numerusform>{name} was added: %n journal entry(ies).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}'s file was brought up to date: %n new journal entry(ies).</source>
            <translation>
                <numerusform>{name}'s file was brought up to date: %n new journal entry(ies).</numerusform>
                <numerusform>{name}'s file was brought up to date: %n new journal entry(ies).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HelpPage</name>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>What Vigilance does, and does not do</source>
            <translation>What Vigilance does, and does not do</translation>
        </message>
        <message>
            <source>Vigilance helps you keep a private journal of suspicious messages, calls and letters; it tells you whether a message looks like a scam, reminds you to check your accounts, and explains what to do, step by step, with the official advice.</source>
            <translation>Vigilance helps you keep a private journal of suspicious messages, calls and letters; it tells you whether a message looks like a scam, reminds you to check your accounts, and explains what to do, step by step, with the official advice.</translation>
        </message>
        <message>
            <source>Vigilance sends nothing over the internet: everything stays on this computer, encrypted. It does not block calls or messages, it does not look at your bank accounts for you, and it does not replace your bank, the police or the Assurance Maladie.</source>
            <translation>Vigilance sends nothing over the internet: everything stays on this computer, encrypted. It does not block calls or messages, it does not look at your bank accounts for you, and it does not replace your bank, the police or the Assurance Maladie.</translation>
        </message>
        <message>
            <source>Words you may meet</source>
            <translation>Words you may meet</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>An address in a message that opens a web page when you click it. A scam link often imitates a real address: never click a link in a suspicious message.</source>
            <translation>An address in a message that opens a web page when you click it. A scam link often imitates a real address: never click a link in a suspicious message.</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Attachment</translation>
        </message>
        <message>
            <source>A file sent with an email (a document, a picture). Do not open an attachment you did not expect, even if the sender seems known.</source>
            <translation>A file sent with an email (a document, a picture). Do not open an attachment you did not expect, even if the sender seems known.</translation>
        </message>
        <message>
            <source>Phishing</source>
            <translation>Phishing</translation>
        </message>
        <message>
            <source>A message that pretends to come from your bank, the Assurance Maladie or another body you trust, to make you give your passwords, your card number or money.</source>
            <translation>A message that pretends to come from your bank, the Assurance Maladie or another body you trust, to make you give your passwords, your card number or money.</translation>
        </message>
        <message>
            <source>.eml file</source>
            <translation>.eml file</translation>
        </message>
        <message>
            <source>An email saved as a file, with everything it contains. Your mail program can save a message this way, and Vigilance can read it.</source>
            <translation>An email saved as a file, with everything it contains. Your mail program can save a message this way, and Vigilance can read it.</translation>
        </message>
        <message>
            <source>Keyring</source>
            <translation>Keyring</translation>
        </message>
        <message>
            <source>The computer's protected storage for keys. Vigilance can keep the key to your journal there, so that it opens without a password when you are logged in to this computer.</source>
            <translation>The computer's protected storage for keys. Vigilance can keep the key to your journal there, so that it opens without a password when you are logged in to this computer.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Official numbers</source>
            <translation>Official numbers</translation>
        </message>
        <message>
            <source>Bank card stolen or card details given: call your bank, or the interbank opposition line 0 892 705 705 (every day, at any hour; premium-rate call; +33 4 42 60 53 03 from abroad).</source>
            <translation>Bank card stolen or card details given: call your bank, or the interbank opposition line 0 892 705 705 (every day, at any hour; premium-rate call; +33 4 42 60 53 03 from abroad).</translation>
        </message>
        <message>
            <source>A scam SMS: forward it, free of charge, to 33700. For a scam call, send “spam vocal” and the caller's number to 33700.</source>
            <translation>A scam SMS: forward it, free of charge, to 33700. For a scam call, send “spam vocal” and the caller's number to 33700.</translation>
        </message>
        <message>
            <source>17Cyber (17cyber.gouv.fr): the police and gendarmerie's online help against cybercrime, every day, at any hour.</source>
            <translation>17Cyber (17cyber.gouv.fr): the police and gendarmerie's online help against cybercrime, every day, at any hour.</translation>
        </message>
        <message>
            <source>In an emergency, call 17 (police) or 112.</source>
            <translation>In an emergency, call 17 (police) or 112.</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Keyboard</translation>
        </message>
        <message>
            <source>F1 opens this help. Ctrl+1 to Ctrl+7 open the sections in the order of the menu. Tab moves to the next control, Shift+Tab to the previous one. Ctrl+L locks Vigilance when it has an app password.</source>
            <translation>F1 opens this help. Ctrl+1 to Ctrl+7 open the sections in the order of the menu. Tab moves to the next control, Shift+Tab to the previous one. Ctrl+L locks Vigilance when it has an app password.</translation>
        </message>
        <message>
            <source>About Vigilance</source>
            <translation>About Vigilance</translation>
        </message>
        <message>
            <source>Vigilance, version %1.</source>
            <translation>Vigilance, version %1.</translation>
        </message>
        <message>
            <source>Vigilance is free software under the GNU General Public License, version 3 or later. Its window uses Qt and PySide6 (Qt for Python), under the GNU Lesser General Public License, version 3 (LGPLv3).</source>
            <translation>Vigilance is free software under the GNU General Public License, version 3 or later. Its window uses Qt and PySide6 (Qt for Python), under the GNU Lesser General Public License, version 3 (LGPLv3).</translation>
        </message>
        <message>
            <source>It also uses these libraries:</source>
            <translation>It also uses these libraries:</translation>
        </message>
        <message>
            <source>licence given with the library</source>
            <translation>licence given with the library</translation>
        </message>
        <message>
            <source>%1 %2 — licence: %3</source>
            <translation>%1 %2 — licence: %3</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>A phone &amp;call</source>
            <translation>A phone &amp;call</translation>
        </message>
        <message>
            <source>An &amp;SMS (text message)</source>
            <translation>An &amp;SMS (text message)</translation>
        </message>
        <message>
            <source>An &amp;email</source>
            <translation>An &amp;email</translation>
        </message>
        <message>
            <source>A &amp;letter</source>
            <translation>A &amp;letter</translation>
        </message>
        <message>
            <source>A &amp;website</source>
            <translation>A &amp;website</translation>
        </message>
        <message>
            <source>What can I do now?</source>
            <translation>What can I do now?</translation>
        </message>
        <message>
            <source>Is this a &amp;scam?</source>
            <translation>Is this a &amp;scam?</translation>
        </message>
        <message>
            <source>Is this a scam? Check a message</source>
            <translation>Is this a scam? Check a message</translation>
        </message>
        <message>
            <source>Paste or open a message: Vigilance tells you whether it looks like a scam.</source>
            <translation>Paste or open a message: Vigilance tells you whether it looks like a scam.</translation>
        </message>
        <message>
            <source>I &amp;received a call / a message</source>
            <translation>I &amp;received a call / a message</translation>
        </message>
        <message>
            <source>{name} &amp;received a call / a message</source>
            <translation>{name} &amp;received a call / a message</translation>
        </message>
        <message>
            <source>I received a call or a message: write it down in the journal</source>
            <translation>I received a call or a message: write it down in the journal</translation>
        </message>
        <message>
            <source>{name} received a call or a message: write it down in {name}'s journal</source>
            <translation>{name} received a call or a message: write it down in {name}'s journal</translation>
        </message>
        <message>
            <source>Write down a suspicious call, SMS, email or letter in your journal.</source>
            <translation>Write down a suspicious call, SMS, email or letter in your journal.</translation>
        </message>
        <message>
            <source>Write down a suspicious call, SMS, email or letter in {name}'s journal.</source>
            <translation>Write down a suspicious call, SMS, email or letter in {name}'s journal.</translation>
        </message>
        <message>
            <source>What did you receive?</source>
            <translation>What did you receive?</translation>
        </message>
        <message>
            <source>What did {name} receive?</source>
            <translation>What did {name} receive?</translation>
        </message>
        <message>
            <source>In doubt, do not answer, do not click and do not call back: check first.</source>
            <translation>In doubt, do not answer, do not click and do not call back: check first.</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Your data</translation>
        </message>
        <message>
            <source>Your data is encrypted on this computer.</source>
            <translation>Your data is encrypted on this computer.</translation>
        </message>
        <message>
            <source>It is protected by your app password.</source>
            <translation>It is protected by your app password.</translation>
        </message>
        <message>
            <source>It opens without a password thanks to the system keyring.</source>
            <translation>It opens without a password thanks to the system keyring.</translation>
        </message>
        <message>
            <source>Your recovery key can always get it back.</source>
            <translation>Your recovery key can always get it back.</translation>
        </message>
        <message>
            <source>Attention: no system keyring is available, so Vigilance will ask for your recovery key each time. Choosing an app password is simpler.</source>
            <translation>Attention: no system keyring is available, so Vigilance will ask for your recovery key each time. Choosing an app password is simpler.</translation>
        </message>
        <message>
            <source>Choose an app &amp;password</source>
            <translation>Choose an app &amp;password</translation>
        </message>
        <message>
            <source>Attention: the system keyring does not hold the Vigilance key at the moment, so next time Vigilance will ask for your recovery key.</source>
            <translation>Attention: the system keyring does not hold the Vigilance key at the moment, so next time Vigilance will ask for your recovery key.</translation>
        </message>
        <message>
            <source>&amp;Put the key back in the keyring</source>
            <translation>&amp;Put the key back in the keyring</translation>
        </message>
        <message>
            <source>Person shown</source>
            <translation>Person shown</translation>
        </message>
        <message>
            <source>No profile yet.</source>
            <translation>No profile yet.</translation>
        </message>
        <message>
            <source>You are looking at the journal of {name}, a relative you help.</source>
            <translation>You are looking at the journal of {name}, a relative you help.</translation>
        </message>
        <message>
            <source>You are looking at your own journal ({name}).</source>
            <translation>You are looking at your own journal ({name}).</translation>
        </message>
        <message>
            <source>What Vigilance does</source>
            <translation>What Vigilance does</translation>
        </message>
        <message>
            <source>Vigilance keeps a private journal of suspicious messages and calls, and helps you know what to do. Everything stays on this computer: nothing is sent over the internet. It does not block messages or calls, and it does not look at your bank accounts for you.</source>
            <translation>Vigilance keeps a private journal of suspicious messages and calls, and helps you know what to do. Everything stays on this computer: nothing is sent over the internet. It does not block messages or calls, and it does not look at your bank accounts for you.</translation>
        </message>
    </context>
    <context>
        <name>IdentityDialog</name>
        <message>
            <source>Confirm it is you</source>
            <translation>Confirm it is you</translation>
        </message>
        <message>
            <source>To continue, type your app password.</source>
            <translation>To continue, type your app password.</translation>
        </message>
        <message>
            <source>To continue, type your app password or your recovery key.</source>
            <translation>To continue, type your app password or your recovery key.</translation>
        </message>
        <message>
            <source>To continue, type your recovery key (on your emergency sheet).</source>
            <translation>To continue, type your recovery key (on your emergency sheet).</translation>
        </message>
        <message>
            <source>With my app &amp;password</source>
            <translation>With my app &amp;password</translation>
        </message>
        <message>
            <source>With my &amp;recovery key</source>
            <translation>With my &amp;recovery key</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <source>Checking… this takes a second or two.</source>
            <translation>Checking… this takes a second or two.</translation>
        </message>
        <message>
            <source>&amp;App password:</source>
            <translation>&amp;App password:</translation>
        </message>
        <message>
            <source>App password</source>
            <translation>App password</translation>
        </message>
        <message>
            <source>&amp;Recovery key (7 groups of 4 characters):</source>
            <translation>&amp;Recovery key (7 groups of 4 characters):</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>Too many attempts. Please wait %1 seconds, then try again.</source>
            <translation>Too many attempts. Please wait %1 seconds, then try again.</translation>
        </message>
        <message>
            <source>A recovery key has 28 letters and digits, in 7 groups of 4. Please check what you typed.</source>
            <translation>A recovery key has 28 letters and digits, in 7 groups of 4. Please check what you typed.</translation>
        </message>
        <message>
            <source>This is not the right app password. Please try again.</source>
            <translation>This is not the right app password. Please try again.</translation>
        </message>
        <message>
            <source>This is not the right recovery key. Please check it and try again.</source>
            <translation>This is not the right recovery key. Please check it and try again.</translation>
        </message>
        <message>
            <source>The check could not be done. Please try again.</source>
            <translation>The check could not be done. Please try again.</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Vigilance found its data file but not the key file beside it (vigilance.keys.json). Nothing was changed and nothing new was created. Put the key file back from a backup, then open Vigilance again.

Folder: {folder}</source>
            <translation>Vigilance found its data file but not the key file beside it (vigilance.keys.json). Nothing was changed and nothing new was created. Put the key file back from a backup, then open Vigilance again.

Folder: {folder}</translation>
        </message>
        <message>
            <source>The key file beside your data cannot be read. Nothing was changed.

Folder: {folder}</source>
            <translation>The key file beside your data cannot be read. Nothing was changed.

Folder: {folder}</translation>
        </message>
        <message>
            <source>Your data could not be opened. Nothing was changed.</source>
            <translation>Your data could not be opened. Nothing was changed.</translation>
        </message>
        <message>
            <source>Vigilance</source>
            <translation>Vigilance</translation>
        </message>
        <message>
            <source>Your settings (language, text size, contrast) could not be read and were put back to the usual ones. Nothing else was changed; you can choose them again in Settings.</source>
            <translation>Your settings (language, text size, contrast) could not be read and were put back to the usual ones. Nothing else was changed; you can choose them again in Settings.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong in Vigilance. Your data is safe: nothing was lost. You can go on using Vigilance; if this happens again, close it and open it again.</source>
            <translation>Something unexpected went wrong in Vigilance. Your data is safe: nothing was lost. You can go on using Vigilance; if this happens again, close it and open it again.</translation>
        </message>
        <message>
            <source>A short technical note, without anything from your messages, was written here, for whoever helps you: {path}</source>
            <translation>A short technical note, without anything from your messages, was written here, for whoever helps you: {path}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Locked: enter your app password to continue.</source>
            <translation>Locked: enter your app password to continue.</translation>
        </message>
        <message>
            <source>Open. Encrypted, protected by your app password.</source>
            <translation>Open. Encrypted, protected by your app password.</translation>
        </message>
        <message>
            <source>Open. Encrypted, opened by the system keyring.</source>
            <translation>Open. Encrypted, opened by the system keyring.</translation>
        </message>
        <message>
            <source>Open. Encrypted; the system keyring lacks its key (see Home).</source>
            <translation>Open. Encrypted; the system keyring lacks its key (see Home).</translation>
        </message>
        <message>
            <source>Vigilance</source>
            <translation>Vigilance</translation>
        </message>
        <message>
            <source>Person watched over:</source>
            <translation>Person watched over:</translation>
        </message>
        <message>
            <source>Person watched over</source>
            <translation>Person watched over</translation>
        </message>
        <message>
            <source>Choose whose journal is shown</source>
            <translation>Choose whose journal is shown</translation>
        </message>
        <message>
            <source>Lock now</source>
            <translation>Lock now</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Lock now</translation>
        </message>
        <message>
            <source>Help (F1)</source>
            <translation>Help (F1)</translation>
        </message>
        <message>
            <source>Hide your data until the app password is entered (Ctrl+L)</source>
            <translation>Hide your data until the app password is entered (Ctrl+L)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Current section</source>
            <translation>Current section</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>Go to {page}</translation>
        </message>
    </context>
    <context>
        <name>NewPasswordDialog</name>
        <message>
            <source>New app password</source>
            <translation>New app password</translation>
        </message>
        <message>
            <source>&amp;Save the password</source>
            <translation>&amp;Save the password</translation>
        </message>
        <message>
            <source>Saving… this takes a second or two.</source>
            <translation>Saving… this takes a second or two.</translation>
        </message>
        <message>
            <source>The password could not be saved. Nothing was changed. Please try again.</source>
            <translation>The password could not be saved. Nothing was changed. Please try again.</translation>
        </message>
    </context>
    <context>
        <name>OpenPassphraseDialog</name>
        <message>
            <source>Open a handed-over file</source>
            <translation>Open a handed-over file</translation>
        </message>
        <message>
            <source>Type the words given with the file {file}:</source>
            <translation>Type the words given with the file {file}:</translation>
        </message>
        <message>
            <source>Passphrase of the file</source>
            <translation>Passphrase of the file</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Passphrase of the file</source>
            <translation>Passphrase of the file</translation>
        </message>
        <message>
            <source>Write down these words</source>
            <translation>Write down these words</translation>
        </message>
        <message>
            <source>{name}'s file was saved here: {path}
It opens only with these words, shown this once:</source>
            <translation>{name}'s file was saved here: {path}
It opens only with these words, shown this once:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Give the words separately from the file: on paper or by telephone, never in the same email. Without them nobody can open the file, not even you.</source>
            <translation>Give the words separately from the file: on paper or by telephone, never in the same email. Without them nobody can open the file, not even you.</translation>
        </message>
        <message>
            <source>I have written them down</source>
            <translation>I have written them down</translation>
        </message>
    </context>
    <context>
        <name>PasswordPair</name>
        <message>
            <source>App password (at least %1 characters):</source>
            <translation>App password (at least %1 characters):</translation>
        </message>
        <message>
            <source>Type the same password &amp;again:</source>
            <translation>Type the same password &amp;again:</translation>
        </message>
        <message>
            <source>App password</source>
            <translation>App password</translation>
        </message>
        <message>
            <source>App password, again</source>
            <translation>App password, again</translation>
        </message>
        <message>
            <source>&amp;Show the password while typing</source>
            <translation>&amp;Show the password while typing</translation>
        </message>
        <message>
            <source>1 more character is needed.</source>
            <translation>1 more character is needed.</translation>
        </message>
        <message>
            <source>%1 more characters are needed.</source>
            <translation>%1 more characters are needed.</translation>
        </message>
        <message>
            <source>The two passwords are not the same yet.</source>
            <translation>The two passwords are not the same yet.</translation>
        </message>
        <message>
            <source>✓ The password is ready.</source>
            <translation>✓ The password is ready.</translation>
        </message>
    </context>
    <context>
        <name>PeopleSection</name>
        <message>
            <source>me</source>
            <translation>me</translation>
        </message>
        <message>
            <source>a relative I help</source>
            <translation>a relative I help</translation>
        </message>
        <message>
            <source>{name} — {who}</source>
            <translation>{name} — {who}</translation>
        </message>
        <message>
            <source>(shown now)</source>
            <translation>(shown now)</translation>
        </message>
        <message>
            <source>&amp;Hand over {name}'s file…</source>
            <translation>&amp;Hand over {name}'s file…</translation>
        </message>
        <message>
            <source>&amp;Hand over a file…</source>
            <translation>&amp;Hand over a file…</translation>
        </message>
        <message>
            <source>The only person cannot be removed. To erase everything, see below.</source>
            <translation>The only person cannot be removed. To erase everything, see below.</translation>
        </message>
        <message>
            <source>{name} was added. Choose them at the top of the window to see their journal.</source>
            <translation>{name} was added. Choose them at the top of the window to see their journal.</translation>
        </message>
        <message>
            <source>Vigilance now shows {name}'s journal.</source>
            <translation>Vigilance now shows {name}'s journal.</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Remove {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n journal entry(ies)</source>
            <translation>
                <numerusform>%n journal entry(ies)</numerusform>
                <numerusform>%n journal entry(ies)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n account(s) with their reviews</source>
            <translation>
                <numerusform>%n account(s) with their reviews</numerusform>
                <numerusform>%n account(s) with their reviews</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n plan(s) in progress or done</source>
            <translation>
                <numerusform>%n plan(s) in progress or done</numerusform>
                <numerusform>%n plan(s) in progress or done</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n breach notice(s)</source>
            <translation>
                <numerusform>%n breach notice(s)</numerusform>
                <numerusform>%n breach notice(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything Vigilance keeps about {name} will be erased from this computer:</source>
            <translation>Everything Vigilance keeps about {name} will be erased from this computer:</translation>
        </message>
        <message>
            <source>This cannot be undone. To give {name}'s file to another relative first, use "Hand over".</source>
            <translation>This cannot be undone. To give {name}'s file to another relative first, use "Hand over".</translation>
        </message>
        <message>
            <source>{name} was removed, with everything Vigilance kept about them.</source>
            <translation>{name} was removed, with everything Vigilance kept about them.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Vigilance can keep a journal for you and for relatives you help. Each person has their own journal, accounts and plans; choose whose you see at the top of the window.</source>
            <translation>Vigilance can keep a journal for you and for relatives you help. Each person has their own journal, accounts and plans; choose whose you see at the top of the window.</translation>
        </message>
        <message>
            <source>People kept in Vigilance</source>
            <translation>People kept in Vigilance</translation>
        </message>
        <message>
            <source>&amp;Add a person…</source>
            <translation>&amp;Add a person…</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Re&amp;name…</translation>
        </message>
        <message>
            <source>Show this person</source>
            <translation>Show this person</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Remove…</translation>
        </message>
        <message>
            <source>&amp;Open a handed-over file…</source>
            <translation>&amp;Open a handed-over file…</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Add a person</translation>
        </message>
        <message>
            <source>Each person has their own journal, accounts and plans. A first name or a nickname is enough.</source>
            <translation>Each person has their own journal, accounts and plans. A first name or a nickname is enough.</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;First name:</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>It is me</source>
            <translation>It is me</translation>
        </message>
        <message>
            <source>A relative I help</source>
            <translation>A relative I help</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>ReadyPage</name>
        <message>
            <source>Everything is ready</source>
            <translation>Everything is ready</translation>
        </message>
        <message>
            <source>Step 5 of 5: what Vigilance does for you</source>
            <translation>Step 5 of 5: what Vigilance does for you</translation>
        </message>
        <message>
            <source>What Vigilance does</source>
            <translation>What Vigilance does</translation>
        </message>
        <message>
            <source>It keeps a private journal of suspicious messages, calls and letters.</source>
            <translation>It keeps a private journal of suspicious messages, calls and letters.</translation>
        </message>
        <message>
            <source>It reminds you to check your bank and health insurance accounts.</source>
            <translation>It reminds you to check your bank and health insurance accounts.</translation>
        </message>
        <message>
            <source>It explains what to do, step by step, with the official advice.</source>
            <translation>It explains what to do, step by step, with the official advice.</translation>
        </message>
        <message>
            <source>What Vigilance does not do</source>
            <translation>What Vigilance does not do</translation>
        </message>
        <message>
            <source>It sends nothing: everything stays on this computer. There is no account to create and no advertising.</source>
            <translation>It sends nothing: everything stays on this computer. There is no account to create and no advertising.</translation>
        </message>
        <message>
            <source>It does not replace your bank, the police or the Assurance Maladie. If you gave your bank card details, call your bank first.</source>
            <translation>It does not replace your bank, the police or the Assurance Maladie. If you gave your bank card details, call your bank first.</translation>
        </message>
        <message>
            <source>Press Start to open the journal of %1.</source>
            <translation>Press Start to open the journal of %1.</translation>
        </message>
        <message>
            <source>Press Start to open your journal.</source>
            <translation>Press Start to open your journal.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <source>This is your recovery key. It opens your journal if this computer no longer opens it by itself or if you forget your password. Write it down carefully or print it now, and keep the sheet at home with your important papers.</source>
            <translation>This is your recovery key. It opens your journal if this computer no longer opens it by itself or if you forget your password. Write it down carefully or print it now, and keep the sheet at home with your important papers.</translation>
        </message>
        <message>
            <source>This is the recovery key. It opens the journal if the app password is forgotten. Write it down carefully or print it now, and keep the sheet at home with the important papers.</source>
            <translation>This is the recovery key. It opens the journal if the app password is forgotten. Write it down carefully or print it now, and keep the sheet at home with the important papers.</translation>
        </message>
        <message>
            <source>This is the recovery key. It opens the journal if this computer no longer opens it by itself (after a repair, a new computer or a system update). Write it down carefully or print it now, and keep the sheet at home with the important papers.</source>
            <translation>This is the recovery key. It opens the journal if this computer no longer opens it by itself (after a repair, a new computer or a system update). Write it down carefully or print it now, and keep the sheet at home with the important papers.</translation>
        </message>
        <message>
            <source>The key has 7 groups of 4 characters. It never contains 0, 1, O, I or L, so they cannot be confused. Nobody from Vigilance will ever ask you for it.</source>
            <translation>The key has 7 groups of 4 characters. It never contains 0, 1, O, I or L, so they cannot be confused. Nobody from Vigilance will ever ask you for it.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>Group %1 of 7</source>
            <translation>Group %1 of 7</translation>
        </message>
        <message>
            <source>&amp;Print the sheet…</source>
            <translation>&amp;Print the sheet…</translation>
        </message>
        <message>
            <source>Print the emergency sheet</source>
            <translation>Print the emergency sheet</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Save as &amp;PDF…</translation>
        </message>
        <message>
            <source>Save the emergency sheet as a PDF file</source>
            <translation>Save the emergency sheet as a PDF file</translation>
        </message>
        <message>
            <source>The emergency sheet was saved in: %1</source>
            <translation>The emergency sheet was saved in: %1</translation>
        </message>
        <message>
            <source>The emergency sheet was sent to the printer.</source>
            <translation>The emergency sheet was sent to the printer.</translation>
        </message>
        <message>
            <source>The file could not be saved there. Please choose another folder or a USB stick.</source>
            <translation>The file could not be saved there. Please choose another folder or a USB stick.</translation>
        </message>
        <message>
            <source>Printing is not available here: save the sheet as a PDF file, then print that file.</source>
            <translation>Printing is not available here: save the sheet as a PDF file, then print that file.</translation>
        </message>
        <message>
            <source>Vigilance - emergency sheet.pdf</source>
            <translation>Vigilance - emergency sheet.pdf</translation>
        </message>
        <message>
            <source>Save the emergency sheet</source>
            <translation>Save the emergency sheet</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>The recovery key</source>
            <translation>The recovery key</translation>
        </message>
        <message>
            <source>Step 4 of 5: the spare key to the journal</source>
            <translation>Step 4 of 5: the spare key to the journal</translation>
        </message>
        <message>
            <source>I have &amp;written down or printed the recovery key</source>
            <translation>I have &amp;written down or printed the recovery key</translation>
        </message>
        <message>
            <source>Tick this box to continue. The sheet can be shown again later in Settings, after typing the app password.</source>
            <translation>Tick this box to continue. The sheet can be shown again later in Settings, after typing the app password.</translation>
        </message>
        <message>
            <source>Tick this box to continue. The sheet can be shown again later in Settings.</source>
            <translation>Tick this box to continue. The sheet can be shown again later in Settings.</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <source>Vigilance — emergency sheet</source>
            <translation>Vigilance — emergency sheet</translation>
        </message>
        <message>
            <source>Journal of:</source>
            <translation>Journal of:</translation>
        </message>
        <message>
            <source>Sheet made on:</source>
            <translation>Sheet made on:</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Your recovery key</translation>
        </message>
        <message>
            <source>The key never contains the digits 0 and 1 nor the letters O, I and L, so that they cannot be confused. Capital or small letters, spaces and dashes do not matter when you type it.</source>
            <translation>The key never contains the digits 0 and 1 nor the letters O, I and L, so that they cannot be confused. Capital or small letters, spaces and dashes do not matter when you type it.</translation>
        </message>
        <message>
            <source>What is it for?</source>
            <translation>What is it for?</translation>
        </message>
        <message>
            <source>This key opens your Vigilance journal when the computer no longer opens it by itself, or if you forget your app password (for example after a repair, a new computer or an update of the system). Without this key and without your password, nobody can open your journal, not even us: it is the price of privacy.</source>
            <translation>This key opens your Vigilance journal when the computer no longer opens it by itself, or if you forget your app password (for example after a repair, a new computer or an update of the system). Without this key and without your password, nobody can open your journal, not even us: it is the price of privacy.</translation>
        </message>
        <message>
            <source>Where to keep it?</source>
            <translation>Where to keep it?</translation>
        </message>
        <message>
            <source>Keep this sheet on paper, at home, with your important papers.</source>
            <translation>Keep this sheet on paper, at home, with your important papers.</translation>
        </message>
        <message>
            <source>Do not send it by email or text message and do not take a photo of it.</source>
            <translation>Do not send it by email or text message and do not take a photo of it.</translation>
        </message>
        <message>
            <source>If you saved it as a file, keep that file on a USB stick put away, not on the computer's desktop.</source>
            <translation>If you saved it as a file, keep that file on a USB stick put away, not on the computer's desktop.</translation>
        </message>
        <message>
            <source>Nobody will ever ask you for it</source>
            <translation>Nobody will ever ask you for it</translation>
        </message>
        <message>
            <source>The people who make Vigilance will never ask you for this key, by phone, email or text message. Neither will your bank, the police or the Assurance Maladie. If someone asks you for it, it is a scam: hang up or do not reply.</source>
            <translation>The people who make Vigilance will never ask you for this key, by phone, email or text message. Neither will your bank, the police or the Assurance Maladie. If someone asks you for it, it is a scam: hang up or do not reply.</translation>
        </message>
        <message>
            <source>How to use it?</source>
            <translation>How to use it?</translation>
        </message>
        <message>
            <source>When Vigilance cannot open your journal, it offers to type the recovery key. Type the 28 characters above; Vigilance then opens as usual.</source>
            <translation>When Vigilance cannot open your journal, it offers to type the recovery key. Type the 28 characters above; Vigilance then opens as usual.</translation>
        </message>
        <message>
            <source>Vigilance keeps everything on your computer. This sheet is the only copy of the key outside the computer.</source>
            <translation>Vigilance keeps everything on your computer. This sheet is the only copy of the key outside the computer.</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheetDialog</name>
        <message>
            <source>My recovery sheet</source>
            <translation>My recovery sheet</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Restore {file}. It opens with what protected your journal when it was made:</source>
            <translation>Restore {file}. It opens with what protected your journal when it was made:</translation>
        </message>
        <message>
            <source>The app password of that time</source>
            <translation>The app password of that time</translation>
        </message>
        <message>
            <source>The recovery key (on the recovery sheet)</source>
            <translation>The recovery key (on the recovery sheet)</translation>
        </message>
        <message>
            <source>Nothing: it was made on this computer, which opens without a password</source>
            <translation>Nothing: it was made on this computer, which opens without a password</translation>
        </message>
        <message>
            <source>Password or recovery key</source>
            <translation>Password or recovery key</translation>
        </message>
        <message>
            <source>What is in Vigilance now is replaced by the backup; it is not deleted but kept aside in the Vigilance folder.</source>
            <translation>What is in Vigilance now is replaced by the backup; it is not deleted but kept aside in the Vigilance folder.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
    </context>
    <context>
        <name>ResultView</name>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>Add to the &amp;journal</source>
            <translation>Add to the &amp;journal</translation>
        </message>
        <message>
            <source>Add to the journal</source>
            <translation>Add to the journal</translation>
        </message>
        <message>
            <source>Keep this message in the journal, with what you did about it</source>
            <translation>Keep this message in the journal, with what you did about it</translation>
        </message>
        <message>
            <source>&amp;What to do now?</source>
            <translation>&amp;What to do now?</translation>
        </message>
        <message>
            <source>What to do now?</source>
            <translation>What to do now?</translation>
        </message>
        <message>
            <source>Open the step-by-step plan for this kind of message</source>
            <translation>Open the step-by-step plan for this kind of message</translation>
        </message>
        <message>
            <source>Check &amp;another message</source>
            <translation>Check &amp;another message</translation>
        </message>
        <message>
            <source>Check another message</source>
            <translation>Check another message</translation>
        </message>
        <message>
            <source>Empty the box to paste another message</source>
            <translation>Empty the box to paste another message</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>File: %1</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>What to do: %1</source>
            <translation>What to do: %1</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>Found in the message:</source>
            <translation>Found in the message:</translation>
        </message>
        <message>
            <source>Words often found in scams</source>
            <translation>Words often found in scams</translation>
        </message>
        <message>
            <source>This message uses words that often appear in fraudulent messages. On their own they prove nothing: they add to the other signs.</source>
            <translation>This message uses words that often appear in fraudulent messages. On their own they prove nothing: they add to the other signs.</translation>
        </message>
        <message>
            <source>Words often found in scams:</source>
            <translation>Words often found in scams:</translation>
        </message>
        <message>
            <source>Links in the message (made harmless, not clickable)</source>
            <translation>Links in the message (made harmless, not clickable)</translation>
        </message>
        <message>
            <source>%1 more links are not shown.</source>
            <translation>%1 more links are not shown.</translation>
        </message>
        <message>
            <source>Attachments (not opened)</source>
            <translation>Attachments (not opened)</translation>
        </message>
        <message>
            <source>%1: not flagged</source>
            <translation>%1: not flagged</translation>
        </message>
        <message>
            <source>%1: dangerous, do not open it</source>
            <translation>%1: dangerous, do not open it</translation>
        </message>
        <message>
            <source>This kind of file can act on your device when it is opened.</source>
            <translation>This kind of file can act on your device when it is opened.</translation>
        </message>
        <message>
            <source>Why %1 is dangerous</source>
            <translation>Why %1 is dangerous</translation>
        </message>
        <message>
            <source>%1 more attachments are not shown.</source>
            <translation>%1 more attachments are not shown.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>After 1 minute without use</source>
            <translation>After 1 minute without use</translation>
        </message>
        <message>
            <source>After 1 hour without use</source>
            <translation>After 1 hour without use</translation>
        </message>
        <message>
            <source>After %1 hours without use</source>
            <translation>After %1 hours without use</translation>
        </message>
        <message>
            <source>After %1 minutes without use</source>
            <translation>After %1 minutes without use</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Display</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Text size:</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1% (normal)</source>
            <translation>%1% (normal)</translation>
        </message>
        <message>
            <source>&amp;High contrast (black text on a white background)</source>
            <translation>&amp;High contrast (black text on a white background)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Text size</translation>
        </message>
        <message>
            <source>Lock Vigilance</source>
            <translation>Lock Vigilance</translation>
        </message>
        <message>
            <source>Opening and security</source>
            <translation>Opening and security</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>Vigilance asks for your app password each time it opens. Your journal is encrypted on this computer.</source>
            <translation>Vigilance asks for your app password each time it opens. Your journal is encrypted on this computer.</translation>
        </message>
        <message>
            <source>Open &amp;automatically instead…</source>
            <translation>Open &amp;automatically instead…</translation>
        </message>
        <message>
            <source>Open automatically with the system keyring instead of a password</source>
            <translation>Open automatically with the system keyring instead of a password</translation>
        </message>
        <message>
            <source>Opening automatically is not possible on this computer: it has no protected storage for keys (no system keyring).</source>
            <translation>Opening automatically is not possible on this computer: it has no protected storage for keys (no system keyring).</translation>
        </message>
        <message>
            <source>Vigilance closes your journal after this time without use; your app password opens it again.</source>
            <translation>Vigilance closes your journal after this time without use; your app password opens it again.</translation>
        </message>
        <message>
            <source>Vigilance opens automatically when you are logged in to your session on this computer (the key is kept in the system keyring). Your journal is encrypted on this computer.</source>
            <translation>Vigilance opens automatically when you are logged in to your session on this computer (the key is kept in the system keyring). Your journal is encrypted on this computer.</translation>
        </message>
        <message>
            <source>Ask for an app &amp;password instead…</source>
            <translation>Ask for an app &amp;password instead…</translation>
        </message>
        <message>
            <source>Ask for an app password instead</source>
            <translation>Ask for an app password instead</translation>
        </message>
        <message>
            <source>Locking after some time needs an app password: without one, anyone using your session could open Vigilance again.</source>
            <translation>Locking after some time needs an app password: without one, anyone using your session could open Vigilance again.</translation>
        </message>
        <message>
            <source>L&amp;ock Vigilance:</source>
            <translation>L&amp;ock Vigilance:</translation>
        </message>
        <message>
            <source>C&amp;hange my app password…</source>
            <translation>C&amp;hange my app password…</translation>
        </message>
        <message>
            <source>Your recovery key is the spare key to your journal. If you have lost your emergency sheet, show the key again to write it down or print it.</source>
            <translation>Your recovery key is the spare key to your journal. If you have lost your emergency sheet, show the key again to write it down or print it.</translation>
        </message>
        <message>
            <source>Your app password is asked first.</source>
            <translation>Your app password is asked first.</translation>
        </message>
        <message>
            <source>You do not need the old sheet to do this.</source>
            <translation>You do not need the old sheet to do this.</translation>
        </message>
        <message>
            <source>&amp;Show my recovery sheet again…</source>
            <translation>&amp;Show my recovery sheet again…</translation>
        </message>
        <message>
            <source>Working… this takes a second or two.</source>
            <translation>Working… this takes a second or two.</translation>
        </message>
        <message>
            <source>Ask for an app password?</source>
            <translation>Ask for an app password?</translation>
        </message>
        <message>
            <source>Vigilance will ask for this password each time it opens, and can lock itself after some time without use. Your recovery key stays valid.</source>
            <translation>Vigilance will ask for this password each time it opens, and can lock itself after some time without use. Your recovery key stays valid.</translation>
        </message>
        <message>
            <source>Choose a password</source>
            <translation>Choose a password</translation>
        </message>
        <message>
            <source>Choose the app password that Vigilance will ask for each time it opens.</source>
            <translation>Choose the app password that Vigilance will ask for each time it opens.</translation>
        </message>
        <message>
            <source>Done: Vigilance now asks for your app password each time it opens.</source>
            <translation>Done: Vigilance now asks for your app password each time it opens.</translation>
        </message>
        <message>
            <source>Opening automatically is not possible on this computer: it has no system keyring.</source>
            <translation>Opening automatically is not possible on this computer: it has no system keyring.</translation>
        </message>
        <message>
            <source>Open automatically?</source>
            <translation>Open automatically?</translation>
        </message>
        <message>
            <source>Vigilance will open without a password when you are logged in to your session on this computer, and your app password will be removed. Anyone who uses your session could then open your journal.</source>
            <translation>Vigilance will open without a password when you are logged in to your session on this computer, and your app password will be removed. Anyone who uses your session could then open your journal.</translation>
        </message>
        <message>
            <source>Open automatically</source>
            <translation>Open automatically</translation>
        </message>
        <message>
            <source>You are about to remove your app password.</source>
            <translation>You are about to remove your app password.</translation>
        </message>
        <message>
            <source>Done: Vigilance now opens automatically with your session.</source>
            <translation>Done: Vigilance now opens automatically with your session.</translation>
        </message>
        <message>
            <source>The system keyring could not be used (it may be locked). Nothing was changed: your app password still works.</source>
            <translation>The system keyring could not be used (it may be locked). Nothing was changed: your app password still works.</translation>
        </message>
        <message>
            <source>Nothing was changed: your app password still works.</source>
            <translation>Nothing was changed: your app password still works.</translation>
        </message>
        <message>
            <source>You are about to change your app password.</source>
            <translation>You are about to change your app password.</translation>
        </message>
        <message>
            <source>Choose your new app password.</source>
            <translation>Choose your new app password.</translation>
        </message>
        <message>
            <source>Done: your app password was changed.</source>
            <translation>Done: your app password was changed.</translation>
        </message>
        <message>
            <source>You are about to show your recovery key on the screen. Make sure nobody is looking.</source>
            <translation>You are about to show your recovery key on the screen. Make sure nobody is looking.</translation>
        </message>
        <message>
            <source>Show your recovery sheet?</source>
            <translation>Show your recovery sheet?</translation>
        </message>
        <message>
            <source>Show the sheet</source>
            <translation>Show the sheet</translation>
        </message>
        <message>
            <source>The recovery key cannot be shown again for this journal.</source>
            <translation>The recovery key cannot be shown again for this journal.</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Vigilance — first start</source>
            <translation>Vigilance — first start</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>&amp;Continue &gt;</source>
            <translation>&amp;Continue &gt;</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&amp;Create the journal</source>
            <translation>&amp;Create the journal</translation>
        </message>
        <message>
            <source>The system keyring could not be used on this computer. Please choose an app password, then press Create the journal again.</source>
            <translation>The system keyring could not be used on this computer. Please choose an app password, then press Create the journal again.</translation>
        </message>
        <message>
            <source>A Vigilance journal already exists on this computer; it was left untouched. Please close this window and open Vigilance again.</source>
            <translation>A Vigilance journal already exists on this computer; it was left untouched. Please close this window and open Vigilance again.</translation>
        </message>
        <message>
            <source>The journal could not be created: the folder may be full or protected. Nothing was changed. Please try again, or restart the computer first.</source>
            <translation>The journal could not be created: the folder may be full or protected. Nothing was changed. Please try again, or restart the computer first.</translation>
        </message>
        <message>
            <source>Something went wrong while creating the journal. Nothing was changed. Please try again.</source>
            <translation>Something went wrong while creating the journal. Nothing was changed. Please try again.</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Your recovery key</translation>
        </message>
        <message>
            <source>Have you written down your recovery key?</source>
            <translation>Have you written down your recovery key?</translation>
        </message>
        <message>
            <source>Your journal is created. Without the recovery key you could lose access to it one day. You can also show it later in Settings.</source>
            <translation>Your journal is created. Without the recovery key you could lose access to it one day. You can also show it later in Settings.</translation>
        </message>
        <message>
            <source>Go back to the key</source>
            <translation>Go back to the key</translation>
        </message>
        <message>
            <source>Close anyway</source>
            <translation>Close anyway</translation>
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
            <translation>Vigilance can copy everything that can still be read into a new file and keep the damaged one aside.</translation>
        </message>
        <message>
            <source>&amp;Recover what can be read</source>
            <translation>&amp;Recover what can be read</translation>
        </message>
        <message>
            <source>Nothing could be recovered.</source>
            <translation>Nothing could be recovered.</translation>
        </message>
        <message>
            <source>Vigilance erased its data, but could not erase: {what}. You may delete them by hand in {folder}.</source>
            <translation>Vigilance erased its data, but could not erase: {what}. You may delete them by hand in {folder}.</translation>
        </message>
        <message>
            <source>The backup was not restored; nothing was changed.</source>
            <translation>The backup was not restored; nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Vigilance — open your data</source>
            <translation>Vigilance — open your data</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Quit Vigilance</source>
            <translation>Quit Vigilance</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <source>Continue to Vigilance</source>
            <translation>Continue to Vigilance</translation>
        </message>
        <message>
            <source>Your data is open</source>
            <translation>Your data is open</translation>
        </message>
        <message>
            <source>The system keyring holds the Vigilance key again: next time, Vigilance will open without asking you anything.</source>
            <translation>The system keyring holds the Vigilance key again: next time, Vigilance will open without asking you anything.</translation>
        </message>
        <message>
            <source>The system keyring could not take the key back (it is locked or not available), so next time Vigilance will ask for your recovery key again. To avoid this, you can choose an app password in Settings.</source>
            <translation>The system keyring could not take the key back (it is locked or not available), so next time Vigilance will ask for your recovery key again. To avoid this, you can choose an app password in Settings.</translation>
        </message>
    </context>
    <context>
        <name>UnlockModePage</name>
        <message>
            <source>How should Vigilance open?</source>
            <translation>How should Vigilance open?</translation>
        </message>
        <message>
            <source>Open &amp;automatically (recommended)</source>
            <translation>Open &amp;automatically (recommended)</translation>
        </message>
        <message>
            <source>Step 3 of 5: opening the journal every day</source>
            <translation>Step 3 of 5: opening the journal every day</translation>
        </message>
        <message>
            <source>The journal is always encrypted on this computer: nobody can read the file without its key. Choose how Vigilance opens it every day.</source>
            <translation>The journal is always encrypted on this computer: nobody can read the file without its key. Choose how Vigilance opens it every day.</translation>
        </message>
        <message>
            <source>Vigilance opens without asking for a password to whoever is logged in to this computer's user account. The key is kept in the computer's protected storage (the system keyring).</source>
            <translation>Vigilance opens without asking for a password to whoever is logged in to this computer's user account. The key is kept in the computer's protected storage (the system keyring).</translation>
        </message>
        <message>
            <source>Not available on this computer: it has no protected storage for keys (no system keyring). Please choose an app password below.</source>
            <translation>Not available on this computer: it has no protected storage for keys (no system keyring). Please choose an app password below.</translation>
        </message>
        <message>
            <source>Ask for an app &amp;password</source>
            <translation>Ask for an app &amp;password</translation>
        </message>
        <message>
            <source>Choose this if other people use this computer's user account. Vigilance asks for the app password each time it opens, and can lock itself after a few minutes without use. If the password is forgotten, the recovery key (next step) still opens the journal.</source>
            <translation>Choose this if other people use this computer's user account. Vigilance asks for the app password each time it opens, and can lock itself after a few minutes without use. If the password is forgotten, the recovery key (next step) still opens the journal.</translation>
        </message>
        <message>
            <source>Creating the encrypted journal… This takes a few seconds.</source>
            <translation>Creating the encrypted journal… This takes a few seconds.</translation>
        </message>
        <message>
            <source>Creating the journal</source>
            <translation>Creating the journal</translation>
        </message>
        <message>
            <source>To create the journal, first choose the app password above: %1</source>
            <translation>To create the journal, first choose the app password above: %1</translation>
        </message>
    </context>
    <context>
        <name>UnlockPanel</name>
        <message>
            <source>Your data file is damaged, so Vigilance cannot open it. It was left exactly as it was: nothing was deleted or replaced. Keep a copy of the Vigilance folder and ask someone you trust for help; a backup copy may be in its “backups” folder.

Folder: {folder}</source>
            <translation>Your data file is damaged, so Vigilance cannot open it. It was left exactly as it was: nothing was deleted or replaced. Keep a copy of the Vigilance folder and ask someone you trust for help; a backup copy may be in its “backups” folder.

Folder: {folder}</translation>
        </message>
        <message>
            <source>The system keyring no longer has the key</source>
            <translation>The system keyring no longer has the key</translation>
        </message>
        <message>
            <source>The system keyring is locked</source>
            <translation>The system keyring is locked</translation>
        </message>
        <message>
            <source>No system keyring is available</source>
            <translation>No system keyring is available</translation>
        </message>
        <message>
            <source>The system keyring has changed</source>
            <translation>The system keyring has changed</translation>
        </message>
        <message>
            <source>Open your data</source>
            <translation>Open your data</translation>
        </message>
        <message>
            <source>Vigilance is locked</source>
            <translation>Vigilance is locked</translation>
        </message>
        <message>
            <source>Your data is intact: enter your app password or your recovery key.</source>
            <translation>Your data is intact: enter your app password or your recovery key.</translation>
        </message>
        <message>
            <source>Your data is intact: enter your recovery key.</source>
            <translation>Your data is intact: enter your recovery key.</translation>
        </message>
        <message>
            <source>Your system keyring no longer contains the Vigilance key.</source>
            <translation>Your system keyring no longer contains the Vigilance key.</translation>
        </message>
        <message>
            <source>Your system keyring is locked, so Vigilance cannot read its key there.</source>
            <translation>Your system keyring is locked, so Vigilance cannot read its key there.</translation>
        </message>
        <message>
            <source>No system keyring is available on this computer at the moment, so Vigilance cannot open by itself.</source>
            <translation>No system keyring is available on this computer at the moment, so Vigilance cannot open by itself.</translation>
        </message>
        <message>
            <source>Your system keyring is not the one used when Vigilance was set up (this can happen after a system change).</source>
            <translation>Your system keyring is not the one used when Vigilance was set up (this can happen after a system change).</translation>
        </message>
        <message>
            <source>Your data is hidden while Vigilance is locked. Enter your app password to continue.</source>
            <translation>Your data is hidden while Vigilance is locked. Enter your app password to continue.</translation>
        </message>
        <message>
            <source>Your data is protected by your app password. Enter it to open Vigilance. If you forgot it, your recovery key always works.</source>
            <translation>Your data is protected by your app password. Enter it to open Vigilance. If you forgot it, your recovery key always works.</translation>
        </message>
        <message>
            <source>&amp;App password</source>
            <translation>&amp;App password</translation>
        </message>
        <message>
            <source>App password</source>
            <translation>App password</translation>
        </message>
        <message>
            <source>&amp;Show the password</source>
            <translation>&amp;Show the password</translation>
        </message>
        <message>
            <source>Show the password</source>
            <translation>Show the password</translation>
        </message>
        <message>
            <source>Use my &amp;recovery key instead</source>
            <translation>Use my &amp;recovery key instead</translation>
        </message>
        <message>
            <source>Use my recovery key instead</source>
            <translation>Use my recovery key instead</translation>
        </message>
        <message>
            <source>&amp;Recovery key (on the emergency sheet printed at setup)</source>
            <translation>&amp;Recovery key (on the emergency sheet printed at setup)</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>28 letters and digits; upper or lower case, spaces and dashes do not matter.</source>
            <translation>28 letters and digits; upper or lower case, spaces and dashes do not matter.</translation>
        </message>
        <message>
            <source>Upper or lower case, spaces and dashes do not matter.</source>
            <translation>Upper or lower case, spaces and dashes do not matter.</translation>
        </message>
        <message>
            <source>Use my app &amp;password instead</source>
            <translation>Use my app &amp;password instead</translation>
        </message>
        <message>
            <source>Use my app password instead</source>
            <translation>Use my app password instead</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Opening your data, please wait</source>
            <translation>Opening your data, please wait</translation>
        </message>
        <message>
            <source>Please type your app password.</source>
            <translation>Please type your app password.</translation>
        </message>
        <message>
            <source>Opening… this takes a second or two.</source>
            <translation>Opening… this takes a second or two.</translation>
        </message>
        <message>
            <source>A recovery key has 28 letters and digits, in seven groups of four (for example ABCD-EFGH-…). Please check what you typed.</source>
            <translation>A recovery key has 28 letters and digits, in seven groups of four (for example ABCD-EFGH-…). Please check what you typed.</translation>
        </message>
        <message>
            <source>This recovery key does not open your data. Check each group of four characters and try again.</source>
            <translation>This recovery key does not open your data. Check each group of four characters and try again.</translation>
        </message>
        <message>
            <source>This is not the right password. Check that Caps Lock is off and try again.</source>
            <translation>This is not the right password. Check that Caps Lock is off and try again.</translation>
        </message>
        <message>
            <source>The key file beside your data cannot be read. Nothing was changed.</source>
            <translation>The key file beside your data cannot be read. Nothing was changed.</translation>
        </message>
        <message>
            <source>Something went wrong while opening your data. Nothing was changed.</source>
            <translation>Something went wrong while opening your data. Nothing was changed.</translation>
        </message>
        <message>
            <source>Your data file could not be read with its key: it may be damaged or come from another Vigilance folder. It was left untouched.</source>
            <translation>Your data file could not be read with its key: it may be damaged or come from another Vigilance folder. It was left untouched.</translation>
        </message>
        <message>
            <source>The key file is here but your data file (vigilance.db) is missing. Nothing was created: put the file back from a backup, then open Vigilance again.</source>
            <translation>The key file is here but your data file (vigilance.db) is missing. Nothing was created: put the file back from a backup, then open Vigilance again.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>You can try again now.</translation>
        </message>
        <message>
            <source>Too many attempts in a row. For your safety, please wait before trying again. Time left: {time}.</source>
            <translation>Too many attempts in a row. For your safety, please wait before trying again. Time left: {time}.</translation>
        </message>
    </context>
    <context>
        <name>WhoPage</name>
        <message>
            <source>Whose journal is it?</source>
            <translation>Whose journal is it?</translation>
        </message>
        <message>
            <source>Step 2 of 5: the person watched over</source>
            <translation>Step 2 of 5: the person watched over</translation>
        </message>
        <message>
            <source>Who will this journal be for?</source>
            <translation>Who will this journal be for?</translation>
        </message>
        <message>
            <source>For &amp;me</source>
            <translation>For &amp;me</translation>
        </message>
        <message>
            <source>For a &amp;relative I help (for example a parent)</source>
            <translation>For a &amp;relative I help (for example a parent)</translation>
        </message>
        <message>
            <source>You can keep the journal on this computer for someone else. You can add other people later.</source>
            <translation>You can keep the journal on this computer for someone else. You can add other people later.</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Me</translation>
        </message>
        <message>
            <source>Their &amp;first name (required):</source>
            <translation>Their &amp;first name (required):</translation>
        </message>
        <message>
            <source>It is shown at the top of every screen, so that nobody writes in the wrong journal.</source>
            <translation>It is shown at the top of every screen, so that nobody writes in the wrong journal.</translation>
        </message>
        <message>
            <source>For example: Jeanne</source>
            <translation>For example: Jeanne</translation>
        </message>
        <message>
            <source>Please type their first name to continue.</source>
            <translation>Please type their first name to continue.</translation>
        </message>
        <message>
            <source>Your &amp;first name (optional):</source>
            <translation>Your &amp;first name (optional):</translation>
        </message>
        <message>
            <source>If you leave it empty, the journal is simply called “%1”.</source>
            <translation>If you leave it empty, the journal is simply called “%1”.</translation>
        </message>
    </context>
</TS>
