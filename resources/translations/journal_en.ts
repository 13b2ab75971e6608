<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>EntryDetailView</name>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Claimed to be: %1</source>
            <translation>Claimed to be: %1</translation>
        </message>
        <message>
            <source>From: %1</source>
            <translation>From: %1</translation>
        </message>
        <message>
            <source>Reply to: %1</source>
            <translation>Reply to: %1</translation>
        </message>
        <message>
            <source>Seen %1 times since %2.</source>
            <translation>Seen %1 times since %2.</translation>
        </message>
        <message>
            <source>Show the %1 entries from this sender</source>
            <translation>Show the %1 entries from this sender</translation>
        </message>
        <message>
            <source>What they asked for: %1</source>
            <translation>What they asked for: %1</translation>
        </message>
        <message>
            <source>What you did: {reactions}</source>
            <translation>What you did: {reactions}</translation>
        </message>
        <message>
            <source>What {name} did: {reactions}</source>
            <translation>What {name} did: {reactions}</translation>
        </message>
        <message>
            <source>See what to do now (step-by-step plan)</source>
            <translation>See what to do now (step-by-step plan)</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Warning signs</translation>
        </message>
        <message>
            <source>Links (made harmless, not clickable)</source>
            <translation>Links (made harmless, not clickable)</translation>
        </message>
        <message>
            <source>Copy the real address…</source>
            <translation>Copy the real address…</translation>
        </message>
        <message>
            <source>Copy the real address of %1</source>
            <translation>Copy the real address of %1</translation>
        </message>
        <message>
            <source>%1 more links are not shown.</source>
            <translation>%1 more links are not shown.</translation>
        </message>
        <message>
            <source>Attachments (listed only, never opened)</source>
            <translation>Attachments (listed only, never opened)</translation>
        </message>
        <message>
            <source>%1 (%2, %3 bytes)</source>
            <translation>%1 (%2, %3 bytes)</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>dangerous: do not open it</source>
            <translation>dangerous: do not open it</translation>
        </message>
        <message>
            <source>What was given: %1</source>
            <translation>What was given: %1</translation>
        </message>
        <message>
            <source>Reported to %1</source>
            <translation>Reported to %1</translation>
        </message>
        <message>
            <source>%1, on %2</source>
            <translation>%1, on %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Tags: %1</translation>
        </message>
        <message>
            <source>Notes: %1</source>
            <translation>Notes: %1</translation>
        </message>
        <message>
            <source>Original email kept as evidence, encrypted in the journal (it may contain numbers in clear).</source>
            <translation>Original email kept as evidence, encrypted in the journal (it may contain numbers in clear).</translation>
        </message>
        <message>
            <source>Message text (shown as plain text, links made harmless)</source>
            <translation>Message text (shown as plain text, links made harmless)</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>Message text</translation>
        </message>
        <message>
            <source>Copy the real address?</source>
            <translation>Copy the real address?</translation>
        </message>
        <message>
            <source>The real address of %1 will be copied. Do not open it in your browser: copy it only to report it (for example to Phishing Initiative or signal-spam).</source>
            <translation>The real address of %1 will be copied. Do not open it in your browser: copy it only to report it (for example to Phishing Initiative or signal-spam).</translation>
        </message>
        <message>
            <source>Choose an entry in the list to see everything about it here.</source>
            <translation>Choose an entry in the list to see everything about it here.</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>Edit this entry</source>
            <translation>Edit this entry</translation>
        </message>
        <message>
            <source>Mark as &amp;handled</source>
            <translation>Mark as &amp;handled</translation>
        </message>
        <message>
            <source>Mark this entry as handled</source>
            <translation>Mark this entry as handled</translation>
        </message>
        <message>
            <source>I &amp;reported it…</source>
            <translation>I &amp;reported it…</translation>
        </message>
        <message>
            <source>Record where you reported this entry</source>
            <translation>Record where you reported this entry</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Delete this entry</source>
            <translation>Delete this entry</translation>
        </message>
        <message>
            <source>Entry details</source>
            <translation>Entry details</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Save the file</source>
            <translation>Save the file</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Saved, readable only by you on this computer: {path}</source>
            <translation>Saved, readable only by you on this computer: {path}</translation>
        </message>
        <message>
            <source>Prepare a file</source>
            <translation>Prepare a file</translation>
        </message>
        <message>
            <source>A file for the bank, the police or a complaint</source>
            <translation>A file for the bank, the police or a complaint</translation>
        </message>
        <message>
            <source>One document with each contact in time order: when, how, who they claimed to be, what they asked, what was done, the warning signs and where it was reported. Addresses and links are written so that they cannot be clicked.</source>
            <translation>One document with each contact in time order: when, how, who they claimed to be, what they asked, what was done, the warning signs and where it was reported. Addresses and links are written so that they cannot be clicked.</translation>
        </message>
        <message>
            <source>Which contacts</source>
            <translation>Which contacts</translation>
        </message>
        <message>
            <source>The entries selected in the journal ({n})</source>
            <translation>The entries selected in the journal ({n})</translation>
        </message>
        <message>
            <source>Those of a period</source>
            <translation>Those of a period</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>The whole journal</source>
            <translation>The whole journal</translation>
        </message>
        <message>
            <source>Kind of file</source>
            <translation>Kind of file</translation>
        </message>
        <message>
            <source>PDF, to print or send to a bank adviser or the police</source>
            <translation>PDF, to print or send to a bank adviser or the police</translation>
        </message>
        <message>
            <source>CSV, for a spreadsheet</source>
            <translation>CSV, for a spreadsheet</translation>
        </message>
        <message>
            <source>JSON, for a lawyer's or an association's tools</source>
            <translation>JSON, for a lawyer's or an association's tools</translation>
        </message>
        <message>
            <source>&amp;Language of the file:</source>
            <translation>&amp;Language of the file:</translation>
        </message>
        <message>
            <source>Write card, bank account and social-security numbers in full where the original message was kept (only if the bank or the police asks for them)</source>
            <translation>Write card, bank account and social-security numbers in full where the original message was kept (only if the bank or the police asks for them)</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Save…</translation>
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message>
            <source>this file does not exist or is not a file</source>
            <translation>this file does not exist or is not a file</translation>
        </message>
        <message>
            <source>too large to be read safely; it was not opened</source>
            <translation>too large to be read safely; it was not opened</translation>
        </message>
        <message>
            <source>this file cannot be read</source>
            <translation>this file cannot be read</translation>
        </message>
        <message>
            <source>not a readable email: damaged or built in an unusual way</source>
            <translation>not a readable email: damaged or built in an unusual way</translation>
        </message>
        <message>
            <source>it could not be imported because of an internal error</source>
            <translation>it could not be imported because of an internal error</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Importing the email files: %1 of %2 done. You can keep working.</source>
            <translation>Importing the email files: %1 of %2 done. You can keep working.</translation>
        </message>
        <message>
            <source>Stopping the import…</source>
            <translation>Stopping the import…</translation>
        </message>
        <message numerus="yes">
            <source>Import finished: %n entry(ies) added.</source>
            <translation>
                <numerusform>Import finished: %n entry(ies) added.</numerusform>
                <numerusform>Import finished: %n entry(ies) added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be imported.</source>
            <translation>
                <numerusform>%n file(s) could not be imported.</numerusform>
                <numerusform>%n file(s) could not be imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import stopped: %n entry(ies) had been added before you stopped it.</source>
            <translation>
                <numerusform>Import stopped: %n entry(ies) had been added before you stopped it.</numerusform>
                <numerusform>Import stopped: %n entry(ies) had been added before you stopped it.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 files at once is too many: import at most %2 at a time.</source>
            <translation>%1 files at once is too many: import at most %2 at a time.</translation>
        </message>
        <message>
            <source>The import stopped because of an internal error. The entries already added are kept.</source>
            <translation>The import stopped because of an internal error. The entries already added are kept.</translation>
        </message>
        <message>
            <source>The original email files were kept as evidence, encrypted with the journal.</source>
            <translation>The original email files were kept as evidence, encrypted with the journal.</translation>
        </message>
        <message>
            <source>&amp;Cancel the import</source>
            <translation>&amp;Cancel the import</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>Cancel the import</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the import report</source>
            <translation>Close the import report</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Import progress</translation>
        </message>
        <message>
            <source>Files not imported, and why:</source>
            <translation>Files not imported, and why:</translation>
        </message>
        <message>
            <source>Files not imported</source>
            <translation>Files not imported</translation>
        </message>
    </context>
    <context>
        <name>JournalCapture</name>
        <message>
            <source>A suspicious call</source>
            <translation>A suspicious call</translation>
        </message>
        <message>
            <source>A suspicious SMS</source>
            <translation>A suspicious SMS</translation>
        </message>
        <message>
            <source>A suspicious email</source>
            <translation>A suspicious email</translation>
        </message>
        <message>
            <source>A suspicious letter</source>
            <translation>A suspicious letter</translation>
        </message>
        <message>
            <source>A suspicious website</source>
            <translation>A suspicious website</translation>
        </message>
        <message>
            <source>The &amp;number that called (if shown):</source>
            <translation>The &amp;number that called (if shown):</translation>
        </message>
        <message>
            <source>The &amp;sender (number or name):</source>
            <translation>The &amp;sender (number or name):</translation>
        </message>
        <message>
            <source>The &amp;sender's address:</source>
            <translation>The &amp;sender's address:</translation>
        </message>
        <message>
            <source>The &amp;return address or number given:</source>
            <translation>The &amp;return address or number given:</translation>
        </message>
        <message>
            <source>The &amp;web address:</source>
            <translation>The &amp;web address:</translation>
        </message>
        <message>
            <source>a social security number</source>
            <translation>a social security number</translation>
        </message>
        <message>
            <source>a card number</source>
            <translation>a card number</translation>
        </message>
        <message>
            <source>an IBAN</source>
            <translation>an IBAN</translation>
        </message>
        <message>
            <source>You wrote %1. To protect you, Vigilance keeps only its last 4 characters: the journal never stores such numbers in full.</source>
            <translation>You wrote %1. To protect you, Vigilance keeps only its last 4 characters: the journal never stores such numbers in full.</translation>
        </message>
    </context>
    <context>
        <name>JournalHomePanel</name>
        <message>
            <source>I just had a suspicious &amp;call</source>
            <translation>I just had a suspicious &amp;call</translation>
        </message>
        <message>
            <source>Your journal of suspicious contacts</source>
            <translation>Your journal of suspicious contacts</translation>
        </message>
        <message>
            <source>{name}'s journal of suspicious contacts</source>
            <translation>{name}'s journal of suspicious contacts</translation>
        </message>
        <message>
            <source>{name} just had a suspicious &amp;call</source>
            <translation>{name} just had a suspicious &amp;call</translation>
        </message>
        <message>
            <source>Open your &amp;journal</source>
            <translation>Open your &amp;journal</translation>
        </message>
        <message>
            <source>Open {name}'s &amp;journal</source>
            <translation>Open {name}'s &amp;journal</translation>
        </message>
        <message>
            <source>Nothing written down yet. A suspicious call, SMS or email? Note it here in less than a minute.</source>
            <translation>Nothing written down yet. A suspicious call, SMS or email? Note it here in less than a minute.</translation>
        </message>
        <message>
            <source>Nothing written down yet in {name}'s journal. A suspicious call, SMS or email? Note it here in less than a minute.</source>
            <translation>Nothing written down yet in {name}'s journal. A suspicious call, SMS or email? Note it here in less than a minute.</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>Open the entry: %1</source>
            <translation>Open the entry: %1</translation>
        </message>
    </context>
    <context>
        <name>JournalLabels</name>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
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
            <source>Messaging app</source>
            <translation>Messaging app</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>I did nothing / ignored it</source>
            <translation>I did nothing / ignored it</translation>
        </message>
        <message>
            <source>I replied</source>
            <translation>I replied</translation>
        </message>
        <message>
            <source>I clicked a link</source>
            <translation>I clicked a link</translation>
        </message>
        <message>
            <source>I called the number back</source>
            <translation>I called the number back</translation>
        </message>
        <message>
            <source>I gave personal information</source>
            <translation>I gave personal information</translation>
        </message>
        <message>
            <source>I gave a login or password</source>
            <translation>I gave a login or password</translation>
        </message>
        <message>
            <source>I gave my card details</source>
            <translation>I gave my card details</translation>
        </message>
        <message>
            <source>I gave my bank details (IBAN)</source>
            <translation>I gave my bank details (IBAN)</translation>
        </message>
        <message>
            <source>I gave my social security number</source>
            <translation>I gave my social security number</translation>
        </message>
        <message>
            <source>I paid or sent money</source>
            <translation>I paid or sent money</translation>
        </message>
        <message>
            <source>I installed a program they asked for</source>
            <translation>I installed a program they asked for</translation>
        </message>
        <message>
            <source>Did nothing / ignored it</source>
            <translation>Did nothing / ignored it</translation>
        </message>
        <message>
            <source>Replied to them</source>
            <translation>Replied to them</translation>
        </message>
        <message>
            <source>Clicked a link in the message</source>
            <translation>Clicked a link in the message</translation>
        </message>
        <message>
            <source>Called the number back</source>
            <translation>Called the number back</translation>
        </message>
        <message>
            <source>Gave some personal information</source>
            <translation>Gave some personal information</translation>
        </message>
        <message>
            <source>Gave a login or a password</source>
            <translation>Gave a login or a password</translation>
        </message>
        <message>
            <source>Gave their card details</source>
            <translation>Gave their card details</translation>
        </message>
        <message>
            <source>Gave their bank details (IBAN)</source>
            <translation>Gave their bank details (IBAN)</translation>
        </message>
        <message>
            <source>Gave their social security number</source>
            <translation>Gave their social security number</translation>
        </message>
        <message>
            <source>Paid or sent money</source>
            <translation>Paid or sent money</translation>
        </message>
        <message>
            <source>Installed a program the caller asked for</source>
            <translation>Installed a program the caller asked for</translation>
        </message>
        <message>
            <source>Ignored</source>
            <translation>Ignored</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Replied</translation>
        </message>
        <message>
            <source>Clicked a link</source>
            <translation>Clicked a link</translation>
        </message>
        <message>
            <source>Called back</source>
            <translation>Called back</translation>
        </message>
        <message>
            <source>Gave personal information</source>
            <translation>Gave personal information</translation>
        </message>
        <message>
            <source>Gave a password</source>
            <translation>Gave a password</translation>
        </message>
        <message>
            <source>Gave card details</source>
            <translation>Gave card details</translation>
        </message>
        <message>
            <source>Gave bank details</source>
            <translation>Gave bank details</translation>
        </message>
        <message>
            <source>Gave social security number</source>
            <translation>Gave social security number</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Installed a program</source>
            <translation>Installed a program</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>High risk</translation>
        </message>
        <message>
            <source>Medium risk</source>
            <translation>Medium risk</translation>
        </message>
        <message>
            <source>Low risk</source>
            <translation>Low risk</translation>
        </message>
        <message>
            <source>To deal with</source>
            <translation>To deal with</translation>
        </message>
        <message>
            <source>Handled</source>
            <translation>Handled</translation>
        </message>
        <message>
            <source>33700 (SMS and calls)</source>
            <translation>33700 (SMS and calls)</translation>
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
            <translation>Perceval (card fraud)</translation>
        </message>
        <message>
            <source>Police or gendarmerie (THESEE)</source>
            <translation>Police or gendarmerie (THESEE)</translation>
        </message>
        <message>
            <source>My bank</source>
            <translation>My bank</translation>
        </message>
        <message>
            <source>Assurance Maladie or my insurer</source>
            <translation>Assurance Maladie or my insurer</translation>
        </message>
        <message>
            <source>card details</source>
            <translation>card details</translation>
        </message>
        <message>
            <source>bank details</source>
            <translation>bank details</translation>
        </message>
        <message>
            <source>a login or password</source>
            <translation>a login or password</translation>
        </message>
        <message>
            <source>social security number</source>
            <translation>social security number</translation>
        </message>
        <message>
            <source>identity details</source>
            <translation>identity details</translation>
        </message>
        <message>
            <source>postal address</source>
            <translation>postal address</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>phone number</translation>
        </message>
        <message>
            <source>email address</source>
            <translation>email address</translation>
        </message>
        <message>
            <source>health information</source>
            <translation>health information</translation>
        </message>
        <message>
            <source>something else</source>
            <translation>something else</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 at %2</translation>
        </message>
    </context>
    <context>
        <name>JournalModel</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Claimed to be</source>
            <translation>Claimed to be</translation>
        </message>
        <message>
            <source>What they asked</source>
            <translation>What they asked</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>%1 (seen %2 times)</source>
            <translation>%1 (seen %2 times)</translation>
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
            <translation>I just had a suspicious &amp;call</translation>
        </message>
        <message>
            <source>A suspicious &amp;SMS</source>
            <translation>A suspicious &amp;SMS</translation>
        </message>
        <message>
            <source>A suspicious e&amp;mail</source>
            <translation>A suspicious e&amp;mail</translation>
        </message>
        <message>
            <source>A suspicious le&amp;tter</source>
            <translation>A suspicious le&amp;tter</translation>
        </message>
        <message>
            <source>A suspicious &amp;website</source>
            <translation>A suspicious &amp;website</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Any time</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Last 3 months</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Last 12 months</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Hide the &amp;filters</source>
            <translation>Hide the &amp;filters</translation>
        </message>
        <message>
            <source>&amp;Filters (%1 active)</source>
            <translation>&amp;Filters (%1 active)</translation>
        </message>
        <message>
            <source>&amp;Filters…</source>
            <translation>&amp;Filters…</translation>
        </message>
        <message>
            <source>Nothing matches. Try fewer words or filters.</source>
            <translation>Nothing matches. Try fewer words or filters.</translation>
        </message>
        <message>
            <source>Your journal is empty. When something suspicious happens, use the buttons above: it takes less than a minute.</source>
            <translation>Your journal is empty. When something suspicious happens, use the buttons above: it takes less than a minute.</translation>
        </message>
        <message>
            <source>Showing only the entries from %1.</source>
            <translation>Showing only the entries from %1.</translation>
        </message>
        <message>
            <source>Show &amp;all entries</source>
            <translation>Show &amp;all entries</translation>
        </message>
        <message>
            <source>Show all entries</source>
            <translation>Show all entries</translation>
        </message>
        <message>
            <source>%1 entries selected</source>
            <translation>%1 entries selected</translation>
        </message>
        <message>
            <source>1 entry selected</source>
            <translation>1 entry selected</translation>
        </message>
        <message>
            <source>Select one or several entries (Ctrl or Shift + click, or Shift + arrows).</source>
            <translation>Select one or several entries (Ctrl or Shift + click, or Shift + arrows).</translation>
        </message>
        <message>
            <source>%1 entries marked as handled.</source>
            <translation>%1 entries marked as handled.</translation>
        </message>
        <message>
            <source>The entry is marked as handled.</source>
            <translation>The entry is marked as handled.</translation>
        </message>
        <message>
            <source>This entry no longer exists.</source>
            <translation>This entry no longer exists.</translation>
        </message>
        <message>
            <source>The report is recorded with the entry.</source>
            <translation>The report is recorded with the entry.</translation>
        </message>
        <message>
            <source>Add a tag</source>
            <translation>Add a tag</translation>
        </message>
        <message>
            <source>Tag to add to the %1 selected entries (for example: bank, reported):</source>
            <translation>Tag to add to the %1 selected entries (for example: bank, reported):</translation>
        </message>
        <message>
            <source>Tag “%1” added.</source>
            <translation>Tag “%1” added.</translation>
        </message>
        <message>
            <source>Delete entries?</source>
            <translation>Delete entries?</translation>
        </message>
        <message>
            <source>Delete the %1 selected entries? You can undo this right after.</source>
            <translation>Delete the %1 selected entries? You can undo this right after.</translation>
        </message>
        <message>
            <source>%1 entries deleted.</source>
            <translation>%1 entries deleted.</translation>
        </message>
        <message>
            <source>The entry was deleted.</source>
            <translation>The entry was deleted.</translation>
        </message>
        <message>
            <source>&amp;Undo (Ctrl+Z)</source>
            <translation>&amp;Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undo the deletion</source>
            <translation>Undo the deletion</translation>
        </message>
        <message>
            <source>Keep the deletion</source>
            <translation>Keep the deletion</translation>
        </message>
        <message>
            <source>Edit the entry</source>
            <translation>Edit the entry</translation>
        </message>
        <message>
            <source>Leave the form?</source>
            <translation>Leave the form?</translation>
        </message>
        <message>
            <source>What you wrote in the form will not be saved. Leave the form anyway?</source>
            <translation>What you wrote in the form will not be saved. Leave the form anyway?</translation>
        </message>
        <message>
            <source>The form is empty: write at least who contacted you or what they asked.</source>
            <translation>The form is empty: write at least who contacted you or what they asked.</translation>
        </message>
        <message>
            <source>This entry could not be saved: %1</source>
            <translation>This entry could not be saved: %1</translation>
        </message>
        <message>
            <source>Saved in the journal.</source>
            <translation>Saved in the journal.</translation>
        </message>
        <message>
            <source>The original email file was kept as evidence, encrypted with the journal.</source>
            <translation>The original email file was kept as evidence, encrypted with the journal.</translation>
        </message>
        <message>
            <source>What you did can be put right: there are simple steps to follow now, one at a time.</source>
            <translation>What you did can be put right: there are simple steps to follow now, one at a time.</translation>
        </message>
        <message>
            <source>What {name} did can be put right: there are simple steps to follow now, one at a time.</source>
            <translation>What {name} did can be put right: there are simple steps to follow now, one at a time.</translation>
        </message>
        <message>
            <source>&amp;See what to do now</source>
            <translation>&amp;See what to do now</translation>
        </message>
        <message>
            <source>See what to do now</source>
            <translation>See what to do now</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Hide this message</translation>
        </message>
        <message>
            <source>Choose email files to import</source>
            <translation>Choose email files to import</translation>
        </message>
        <message>
            <source>Email files (*.eml);;All files (*)</source>
            <translation>Email files (*.eml);;All files (*)</translation>
        </message>
        <message>
            <source>{name} just had a suspicious &amp;call</source>
            <translation>{name} just had a suspicious &amp;call</translation>
        </message>
        <message>
            <source>Your journal of suspicious contacts</source>
            <translation>Your journal of suspicious contacts</translation>
        </message>
        <message>
            <source>{name}'s journal of suspicious contacts</source>
            <translation>{name}'s journal of suspicious contacts</translation>
        </message>
        <message>
            <source>&amp;Import email files…</source>
            <translation>&amp;Import email files…</translation>
        </message>
        <message>
            <source>Import email files</source>
            <translation>Import email files</translation>
        </message>
        <message>
            <source>You can also drop .eml files on this page. They are read, never opened.</source>
            <translation>You can also drop .eml files on this page. They are read, never opened.</translation>
        </message>
        <message>
            <source>&amp;Prepare a file for the bank or the police…</source>
            <translation>&amp;Prepare a file for the bank or the police…</translation>
        </message>
        <message>
            <source>Prepare a file for the bank or the police</source>
            <translation>Prepare a file for the bank or the police</translation>
        </message>
        <message>
            <source>A file (PDF, CSV or JSON) with the selected entries, or those of a period</source>
            <translation>A file (PDF, CSV or JSON) with the selected entries, or those of a period</translation>
        </message>
        <message>
            <source>Sea&amp;rch:</source>
            <translation>Sea&amp;rch:</translation>
        </message>
        <message>
            <source>Search the journal</source>
            <translation>Search the journal</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Clear the search</translation>
        </message>
        <message>
            <source>A word, a number, an address… (accents and capitals do not matter)</source>
            <translation>A word, a number, an address… (accents and capitals do not matter)</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>How:</translation>
        </message>
        <message>
            <source>Claimed to be:</source>
            <translation>Claimed to be:</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>When:</translation>
        </message>
        <message>
            <source>Risk:</source>
            <translation>Risk:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>What I did:</source>
            <translation>What I did:</translation>
        </message>
        <message>
            <source>{name}'s journal is empty. When something suspicious happens, use the buttons above: it takes less than a minute.</source>
            <translation>{name}'s journal is empty. When something suspicious happens, use the buttons above: it takes less than a minute.</translation>
        </message>
        <message>
            <source>Journal entries</source>
            <translation>Journal entries</translation>
        </message>
        <message>
            <source>Mark as &amp;handled</source>
            <translation>Mark as &amp;handled</translation>
        </message>
        <message>
            <source>Mark the selected entries as handled</source>
            <translation>Mark the selected entries as handled</translation>
        </message>
        <message>
            <source>Add a ta&amp;g…</source>
            <translation>Add a ta&amp;g…</translation>
        </message>
        <message>
            <source>Add a tag to the selected entries</source>
            <translation>Add a tag to the selected entries</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Delete the selected entries</source>
            <translation>Delete the selected entries</translation>
        </message>
        <message>
            <source>Delete (Del key); you can undo with Ctrl+Z</source>
            <translation>Delete (Del key); you can undo with Ctrl+Z</translation>
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
            <translation>&amp;Keep the original email as evidence (it may contain numbers in clear)</translation>
        </message>
        <message>
            <source>The journal masks card, social-security and bank account numbers. The original email file is kept as it was received, encrypted with the journal: keep it only if you may need it as evidence.</source>
            <translation>The journal masks card, social-security and bank account numbers. The original email file is kept as it was received, encrypted with the journal: keep it only if you may need it as evidence.</translation>
        </message>
    </context>
    <context>
        <name>QuickCaptureForm</name>
        <message>
            <source>Warnin&amp;g signs (%1)</source>
            <translation>Warnin&amp;g signs (%1)</translation>
        </message>
        <message>
            <source>Warnin&amp;g signs (optional)</source>
            <translation>Warnin&amp;g signs (optional)</translation>
        </message>
        <message>
            <source>Show or hide the warning signs</source>
            <translation>Show or hide the warning signs</translation>
        </message>
        <message>
            <source>%1 (added by you)</source>
            <translation>%1 (added by you)</translation>
        </message>
        <message>
            <source>Found in the message</source>
            <translation>Found in the message</translation>
        </message>
        <message>
            <source>Added by you</source>
            <translation>Added by you</translation>
        </message>
        <message>
            <source>Add a warning sign…</source>
            <translation>Add a warning sign…</translation>
        </message>
        <message>
            <source>Show the entries from this sender</source>
            <translation>Show the entries from this sender</translation>
        </message>
        <message>
            <source>This can happen to anyone. Save the entry: Vigilance will then show you what to do now, step by step.</source>
            <translation>This can happen to anyone. Save the entry: Vigilance will then show you what to do now, step by step.</translation>
        </message>
        <message>
            <source>This message could not be analysed. You can still fill in the form and save it.</source>
            <translation>This message could not be analysed. You can still fill in the form and save it.</translation>
        </message>
        <message>
            <source>Analysed: %1. The form below was filled in from the message: check it and save.</source>
            <translation>Analysed: %1. The form below was filled in from the message: check it and save.</translation>
        </message>
        <message>
            <source>Write down what you remember; every field is optional. Ctrl+Enter saves.</source>
            <translation>Write down what you remember; every field is optional. Ctrl+Enter saves.</translation>
        </message>
        <message>
            <source>&amp;Paste the email here, or drop the email file (.eml) on this form:</source>
            <translation>&amp;Paste the email here, or drop the email file (.eml) on this form:</translation>
        </message>
        <message>
            <source>&amp;Paste the message here:</source>
            <translation>&amp;Paste the message here:</translation>
        </message>
        <message>
            <source>Pasted message</source>
            <translation>Pasted message</translation>
        </message>
        <message>
            <source>&amp;Analyse and fill in the form</source>
            <translation>&amp;Analyse and fill in the form</translation>
        </message>
        <message>
            <source>Analyse the pasted message</source>
            <translation>Analyse the pasted message</translation>
        </message>
        <message>
            <source>Analysis in progress</source>
            <translation>Analysis in progress</translation>
        </message>
        <message>
            <source>This sender is already in your journal: seen once, on {day}.</source>
            <translation>This sender is already in your journal: seen once, on {day}.</translation>
        </message>
        <message>
            <source>This sender is already in {name}'s journal: seen once, on {day}.</source>
            <translation>This sender is already in {name}'s journal: seen once, on {day}.</translation>
        </message>
        <message>
            <source>This sender is already in your journal: seen {count} times since {day}.</source>
            <translation>This sender is already in your journal: seen {count} times since {day}.</translation>
        </message>
        <message>
            <source>This sender is already in {name}'s journal: seen {count} times since {day}.</source>
            <translation>This sender is already in {name}'s journal: seen {count} times since {day}.</translation>
        </message>
        <message>
            <source>&amp;Who did they say they were?</source>
            <translation>&amp;Who did they say they were?</translation>
        </message>
        <message>
            <source>Who did they say they were?</source>
            <translation>Who did they say they were?</translation>
        </message>
        <message>
            <source>Who they said they were</source>
            <translation>Who they said they were</translation>
        </message>
        <message>
            <source>Choose in the list or write your own words</source>
            <translation>Choose in the list or write your own words</translation>
        </message>
        <message>
            <source>What did they &amp;ask for?</source>
            <translation>What did they &amp;ask for?</translation>
        </message>
        <message>
            <source>What they asked for</source>
            <translation>What they asked for</translation>
        </message>
        <message>
            <source>For example: my card number to refund me</source>
            <translation>For example: my card number to refund me</translation>
        </message>
        <message>
            <source>For example: {name}'s card number, for a refund</source>
            <translation>For example: {name}'s card number, for a refund</translation>
        </message>
        <message>
            <source>&amp;Save in {name}'s journal</source>
            <translation>&amp;Save in {name}'s journal</translation>
        </message>
        <message>
            <source>What did you do? (tick all that apply)</source>
            <translation>What did you do? (tick all that apply)</translation>
        </message>
        <message>
            <source>What did {name} do? (tick all that apply)</source>
            <translation>What did {name} do? (tick all that apply)</translation>
        </message>
        <message>
            <source>What you did</source>
            <translation>What you did</translation>
        </message>
        <message>
            <source>What {name} did</source>
            <translation>What {name} did</translation>
        </message>
        <message>
            <source>What did you give? (tick the kinds only: never write the numbers here)</source>
            <translation>What did you give? (tick the kinds only: never write the numbers here)</translation>
        </message>
        <message>
            <source>What did {name} give? (tick the kinds only: never write the numbers here)</source>
            <translation>What did {name} give? (tick the kinds only: never write the numbers here)</translation>
        </message>
        <message>
            <source>What you gave</source>
            <translation>What you gave</translation>
        </message>
        <message>
            <source>What {name} gave</source>
            <translation>What {name} gave</translation>
        </message>
        <message>
            <source>Ticked: the warning signs of this contact. Untick one that is wrong, or add one.</source>
            <translation>Ticked: the warning signs of this contact. Untick one that is wrong, or add one.</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Warning signs</translation>
        </message>
        <message>
            <source>Add a warning sign</source>
            <translation>Add a warning sign</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>A&amp;dd</translation>
        </message>
        <message>
            <source>Add this warning sign</source>
            <translation>Add this warning sign</translation>
        </message>
        <message>
            <source>N&amp;otes (optional: what to remember, who you told):</source>
            <translation>N&amp;otes (optional: what to remember, who you told):</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>&amp;When? (now by default; Enter saves)</source>
            <translation>&amp;When? (now by default; Enter saves)</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>When it happened</translation>
        </message>
        <message>
            <source>&amp;Save in the journal</source>
            <translation>&amp;Save in the journal</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Save (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cance&amp;l</source>
            <translation>Cance&amp;l</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Record a report</source>
            <translation>Record a report</translation>
        </message>
        <message>
            <source>Note where you reported this contact: it is useful evidence later, for your bank or the police.</source>
            <translation>Note where you reported this contact: it is useful evidence later, for your bank or the police.</translation>
        </message>
        <message>
            <source>&amp;Reported to:</source>
            <translation>&amp;Reported to:</translation>
        </message>
        <message>
            <source>Reported to</source>
            <translation>Reported to</translation>
        </message>
        <message>
            <source>&amp;On:</source>
            <translation>&amp;On:</translation>
        </message>
        <message>
            <source>Day of the report</source>
            <translation>Day of the report</translation>
        </message>
        <message>
            <source>&amp;Note (optional, for example a file number):</source>
            <translation>&amp;Note (optional, for example a file number):</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
</TS>
