<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <source>No program to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy, then open it with a program of your choice or on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the screening record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the screening record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original pack could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer could not be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by: %1

Fingerprint (SHA-256):
%2

Compare this fingerprint with the one the signer gives you over a channel you trust (for example by telephone). Trust this signer for all their packs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening record was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screening record is signed with your own key, so that anyone can check who recorded the outcome and that the record was not changed. Set it up once; it takes a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not unlock %1&apos;s signing key. Try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1&apos;s signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return note was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed return note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision letter was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed decision letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests for more information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the answer changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the answer did not change)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutYouPage</name>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, organisation and e-mail are recorded with what you do here and printed on what you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your work e-mail address (for example name@ons.gov.uk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <source>Files up to {limit}. Each file is copied into this app&apos;s data folder, so later changes to the original do not affect the request; its SHA-256 fingerprint identifies it in the submission pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a supporting document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already attached as {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached “{name}” ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be attached because of an unexpected error ({error}). Please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see its full SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message>
        <source>%1: answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last set by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Remember the passphrase (this computer has no safe place to keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the person who signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your work e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentImportFlow</name>
    <message>
        <source>Import a return note or decision letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision letter imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the draft: each request is shown beside its question, and the review page has a response field for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return note imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import it anyway? Only say yes once ONS has confirmed this fingerprint to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryBox</name>
    <message>
        <source>Entry {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}, entry {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldBlock</name>
    <message>
        <source>{label} (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>The ONS Data Sharing Policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help: ONS data sharing requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your passphrase can be remembered in this computer&apos;s password store, so you need not type it each time you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no safe place to keep passphrases, so you will type yours each time you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signing identity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your signing identity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs you signed before stay valid, but ONS will need your new certificate before they can trust what you sign next. The old key is kept in the identity folder&apos;s retired/ subfolder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your signing identity once: who you are, then the key that signs what you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your organisation&apos;s key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 (it will also protect the key stored here):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.

Tell ONS this fingerprint by phone or another channel so they can confirm it:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitySetupWizard</name>
    <message>
        <source>Set up your signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make my key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making your signing key (a few seconds)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Import return note or decision letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deleted drafts. Drafts you delete wait here until you restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a request to the Office for National Statistics to share data with your organisation, then export it as a signed PDF pack to send to ONS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts match your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1. Later changes become version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests are signed so that ONS can tell they come from you and were not changed on the way. Set up your signing identity once: who you are, then your signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the recorded history has been changed outside this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s protection against editing the history has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something outside this app changed the recorded history. The first problem in each case:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The copy has a new reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to Deleted drafts. To bring it back, open View › Deleted drafts and choose Restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The draft is back in Drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About onsshare-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onsshare-desktop %1

Prepares, signs and screens requests to share data held by the Office for National Statistics under the ONS Data Sharing Policy. Works entirely offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONS data sharing requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, organisation or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See an &amp;example…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new request (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected draft (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new request with the selected draft&apos;s answers (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected draft to Deleted drafts, where it can be restored (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected deleted draft back (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted dra&amp;fts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted drafts instead of current ones (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an &amp;example…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &amp;identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or import the identity that signs your packs, and export your certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the drafts as they were in a backup (your current drafts are backed up first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;creener mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the ONS screener&apos;s register of received packs (remembered for next time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the tamper-evident history of every case and say whether anything was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackExportFlow</name>
    <message>
        <source>The pack could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Requests from ONS list on the review page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs are signed so that ONS can tell they come from you and were not changed on the way. Set up your signing identity once; it takes a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not unlock your signing key. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This computer has no safe place to keep passphrases, so you type it each time.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the signed pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed pack is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

SHA-256 of the file:
%2

Next: send the pack to ONS as agreed with your contact there. If ONS does not have your certificate yet, save it and send it to them too, then telephone your contact and read them its fingerprint so they can confirm it is yours:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save my certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.

Send this file to your contact at ONS, then telephone them and read out its fingerprint so they can check it is yours:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <source>ONS asks: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled request)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import signed packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed packs (*.pdf *.p7m);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every pack in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the transparency register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking signatures and importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: %1 imported, %2 already here, %3 refused (refused files were not stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transparency register could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatingInput</name>
    <message>
        <source>Add an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry to {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Changes are saved automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, section {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved ({error}). Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing attaching a file; the window will then close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes could not be saved. Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>Requests from ONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. About %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your response to request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack can be exported once every request has a response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Every section is complete. Export the signed pack when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to this question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <source>What you type is kept as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview and general comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved (%1). Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester says the DPIA is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration looks complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration looks incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (evidence, concerns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, received %2 (SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the request section by section with Next, or choose a page on the left. Record your assessment of each section; put remarks that concern the whole request here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · version %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · superseded by a later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNER NOT CONFIRMED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · changed since v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from an earlier version; the answer changed since this was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet: press Record checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks: %1
Benefits: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the precedents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is at: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further outcome can be recorded at this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 · hash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this case (it is now at stage “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was not recorded (what you typed is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the case history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1. The case is now at: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case moves from “%1” to “%2”. This goes into the case history and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;decision letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the signed decision letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed decision letter written to %1. Send it to the requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the signed return note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed return note written to %1. Send it to the requester; the case waits for the next version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request made: %1. Write the request in the comment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request recorded: it goes to the requester in the return note (Outcome › Return for more information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the signed screening record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed screening record written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenerWindow</name>
    <message>
        <source>Received cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register and open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signing identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are, and the key that signs your screening records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen alone in this data folder, or with a team on a shared PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is on the screening team, and their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About onsshare-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onsshare-desktop %1

Prepares, signs and screens requests to share data held by the Office for National Statistics under the ONS Data Sharing Policy. Works entirely offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the app who you are (File › Signing identity…) before you record anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to screening. Before you start, say who you are: your name goes into the history of every case you assess, and your signing key signs the screening records you export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be brought in line with the trusted signers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening record is still being signed; it will be written and you will be told here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed screening record written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Ask the re&amp;quester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the comment to the requester as a request for more information (it goes in the return note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last recorded by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are kept as you type and recorded when you leave this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on an earlier version: the answer changed since this was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on an earlier version: the answers have not changed since.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKeyPage</name>
    <message>
        <source>Your signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you send is signed with a key that only you hold, so the receiver can tell it comes from you and was not changed on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a new signing key on this computer (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no safe place to keep passphrases, so you will type yours each time you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use a key file from my organisation (.p12 or .pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your organisation&apos;s key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters. You will type it when you sign.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your organisation&apos;s key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screening team shares one PostgreSQL database. Leave the address empty to screen alone in this data folder. Changes take effect when the app next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keyring; empty: your PostgreSQL password file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database is a PostgreSQL server: postgresql+psycopg://user@server/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in the keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamMembersDialog</name>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 hexadecimal digits, from their certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member (the first member becomes the team administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No members yet: anyone with access to this database may screen. The first member you add becomes the team administrator: add yourself first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the member to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Import a signer&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust %1 (%2)?

Fingerprint (SHA-256):
%3

Check this fingerprint with the signer before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting this signer? Their packs not yet past first screening become “signer not confirmed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer trusted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drafts database failed its check and was set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. One is taken each day the app starts, and before every upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current drafts are backed up first, so this can be undone. Restore the backup taken on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Your drafts could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored. The drafts you had before were backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Help for this &amp;screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data sharing &amp;policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
