<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AboutYouPage</name>
    <message>
        <source>About you</source>
        <translation>Amdanoch chi</translation>
    </message>
    <message>
        <source>Your name, organisation and e-mail are recorded with what you do here and printed on what you sign.</source>
        <translation>Caiff eich enw, eich sefydliad a&apos;ch cyfeiriad e-bost eu cofnodi gyda&apos;r hyn a wnewch yma a&apos;u hargraffu ar yr hyn a lofnodwch.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>Rhowch eich enw.</translation>
    </message>
    <message>
        <source>Give your organisation.</source>
        <translation>Rhowch eich sefydliad.</translation>
    </message>
    <message>
        <source>Give your work e-mail address (for example name@ons.gov.uk).</source>
        <translation>Rhowch eich cyfeiriad e-bost gwaith (er enghraifft enw@ons.gov.uk).</translation>
    </message>
    <message>
        <source>Your details could not be saved: %1</source>
        <translation>Nid oedd modd cadw eich manylion: %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The language could not be changed.</source>
        <translation>Nid oedd modd newid yr iaith.</translation>
    </message>
    <message>
        <source>Your drafts could not be opened.</source>
        <translation>Nid oedd modd agor eich drafftiau.</translation>
    </message>
    <message>
        <source>Backup restored. The drafts you had before were backed up first.</source>
        <translation>Mae&apos;r copi wrth gefn wedi&apos;i adfer. Gwnaed copi wrth gefn o&apos;r drafftiau a oedd gennych cyn hynny yn gyntaf.</translation>
    </message>
    <message>
        <source>ONS data sharing requests</source>
        <translation>Ceisiadau rhannu data ONS</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <source>Files up to {limit}. Each file is copied into this app&apos;s data folder, so later changes to the original do not affect the request; its SHA-256 fingerprint identifies it in the submission pack.</source>
        <translation>Ffeiliau hyd at {limit}. Caiff pob ffeil ei chopïo i ffolder data&apos;r ap hwn, felly nid yw newidiadau diweddarach i&apos;r gwreiddiol yn effeithio ar y cais; mae ei hôl bys SHA-256 yn ei hadnabod yn y pecyn cyflwyno.</translation>
    </message>
    <message>
        <source>Copying “{name}”…</source>
        <translation>Wrthi&apos;n copïo “{name}”…</translation>
    </message>
    <message>
        <source>Attach a supporting document</source>
        <translation>Atodi dogfen ategol</translation>
    </message>
    <message>
        <source>“{name}” is already attached as {kind}.</source>
        <translation>Mae “{name}” eisoes wedi&apos;i hatodi fel {kind}.</translation>
    </message>
    <message>
        <source>Attached “{name}” ({size}).</source>
        <translation>Wedi atodi “{name}” ({size}).</translation>
    </message>
    <message>
        <source>The file could not be attached because of an unexpected error ({error}). Please report this.</source>
        <translation>Nid oedd modd atodi&apos;r ffeil oherwydd gwall annisgwyl ({error}). Rhowch wybod am hyn.</translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation>Wedi tynnu “{name}”.</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Dim ffeiliau wedi&apos;u hatodi.</translation>
    </message>
    <message>
        <source>Select a file to see its full SHA-256 fingerprint.</source>
        <translation>Dewiswch ffeil i weld ei hôl bys SHA-256 llawn.</translation>
    </message>
    <message>
        <source>&amp;Type of document:</source>
        <translation>&amp;Math o ddogfen:</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>Math o ddogfen</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Ychwanegu ffeil…</translation>
    </message>
    <message>
        <source>Copying the file</source>
        <translation>Wrthi&apos;n copïo&apos;r ffeil</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Ffeiliau sydd wedi&apos;u hatodi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Remove selected file</source>
        <translation>&amp;Tynnu&apos;r ffeil a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>BenefitsReportDialog</name>
    <message>
        <source>%1 version %2, “%3”: approved on %4.</source>
        <translation>%1 fersiwn %2, “%3”: cymeradwywyd ar %4.</translation>
    </message>
    <message>
        <source>&amp;Sign and export…</source>
        <translation>&amp;Llofnodi ac allforio…</translation>
    </message>
    <message>
        <source>Describe the benefits realised.</source>
        <translation>Disgrifiwch y buddion a wireddwyd.</translation>
    </message>
    <message>
        <source>Output %1 needs a title and a link.</source>
        <translation>Mae angen teitl a dolen ar allbwn %1.</translation>
    </message>
    <message>
        <source>Output %1: the date published must be a date written YYYY-MM-DD, for example 2027-03-01.</source>
        <translation>Allbwn %1: rhaid i&apos;r dyddiad cyhoeddi fod yn ddyddiad ar ffurf BBBB-MM-DD, er enghraifft 2027-03-01.</translation>
    </message>
    <message>
        <source>You have no signing identity here: set it up with File › Signing identity…, then export the report (what you typed stays here).</source>
        <translation>Nid oes gennych hunaniaeth lofnodi yma: gosodwch hi drwy Ffeil › Hunaniaeth lofnodi…, yna allforiwch yr adroddiad (mae&apos;r hyn a deipiwyd gennych yn aros yma).</translation>
    </message>
    <message>
        <source>The benefits report was not exported.</source>
        <translation>Ni chafodd yr adroddiad ar fuddion ei allforio.</translation>
    </message>
    <message>
        <source>Save the signed benefits report</source>
        <translation>Cadw&apos;r adroddiad ar fuddion wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>That passphrase does not unlock your signing key. Try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n datgloi eich allwedd lofnodi. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation>Teipiwch gyfrinymadrodd eich allwedd lofnodi.</translation>
    </message>
    <message>
        <source>Sign the benefits report</source>
        <translation>Llofnodi&apos;r adroddiad ar fuddion</translation>
    </message>
    <message>
        <source>Benefits report exported</source>
        <translation>Adroddiad ar fuddion wedi&apos;i allforio</translation>
    </message>
    <message>
        <source>The signed benefits report is saved as %1.

Send it to your contact at ONS; they import it and it appears in the transparency register with its outputs.</source>
        <translation>Mae&apos;r adroddiad ar fuddion wedi&apos;i lofnodi wedi&apos;i gadw fel %1.

Anfonwch ef at eich cyswllt yn ONS; byddant yn ei fewnforio a bydd yn ymddangos yn y gofrestr dryloywder gyda&apos;i allbynnau.</translation>
    </message>
    <message>
        <source>Signing the benefits report…</source>
        <translation>Wrthi&apos;n llofnodi&apos;r adroddiad ar fuddion…</translation>
    </message>
    <message>
        <source>Benefits report</source>
        <translation>Adroddiad ar fuddion</translation>
    </message>
    <message>
        <source>The ONS Data Sharing Policy asks external parties to share the public benefits of the data they received, and encourages links to published outputs. The report is signed with your signing key; send the file to your contact at ONS.</source>
        <translation>Mae Polisi Rhannu Data ONS yn gofyn i bartïon allanol rannu buddion cyhoeddus y data a gawsant, ac yn annog dolenni at allbynnau a gyhoeddwyd. Caiff yr adroddiad ei lofnodi â&apos;ch allwedd lofnodi; anfonwch y ffeil at eich cyswllt yn ONS.</translation>
    </message>
    <message>
        <source>&amp;Benefits realised (required):</source>
        <translation>&amp;Buddion a wireddwyd (gofynnol):</translation>
    </message>
    <message>
        <source>Benefits realised</source>
        <translation>Buddion a wireddwyd</translation>
    </message>
    <message>
        <source>What the share made possible, and for whom: decisions informed, services changed, savings, research findings.</source>
        <translation>Beth a wnaeth y rhannu&apos;n bosibl, ac i bwy: penderfyniadau a lywiwyd, gwasanaethau a newidiwyd, arbedion, canfyddiadau ymchwil.</translation>
    </message>
    <message>
        <source>Published &amp;outputs (title, link, date published as YYYY-MM-DD; leave empty if none yet):</source>
        <translation>&amp;Allbynnau a gyhoeddwyd (teitl, dolen, dyddiad cyhoeddi ar ffurf BBBB-MM-DD; gadewch yn wag os nad oes rhai eto):</translation>
    </message>
    <message>
        <source>Published outputs</source>
        <translation>Allbynnau a gyhoeddwyd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Dolen</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Cyhoeddwyd ar</translation>
    </message>
    <message>
        <source>&amp;Add an output</source>
        <translation>&amp;Ychwanegu allbwn</translation>
    </message>
    <message>
        <source>&amp;Remove the selected output</source>
        <translation>&amp;Tynnu&apos;r allbwn a ddewiswyd</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>CaseHtml</name>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Wedi&apos;i gadarnhau</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Heb ei gadarnhau</translation>
    </message>
    <message>
        <source>No attachments</source>
        <translation>Dim atodiadau</translation>
    </message>
    <message>
        <source>Entry {n}</source>
        <translation>Cofnod {n}</translation>
    </message>
</context>
<context>
    <name>ChangesHtml</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Changed since version %1</source>
        <translation>Wedi newid ers fersiwn %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ymateb</translation>
    </message>
    <message>
        <source>Requests for more information</source>
        <translation>Ceisiadau am ragor o wybodaeth</translation>
    </message>
    <message>
        <source>asked by %1 on %2</source>
        <translation>gofynnwyd gan %1 ar %2</translation>
    </message>
    <message>
        <source> (the answer changed)</source>
        <translation> (mae&apos;r ateb wedi newid)</translation>
    </message>
    <message>
        <source> (the answer did not change)</source>
        <translation> (nid yw&apos;r ateb wedi newid)</translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message>
        <source>%1: answer</source>
        <translation>%1: ateb</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Nodyn ar %1</translation>
    </message>
    <message>
        <source>Last set by %1</source>
        <translation>Gosodwyd ddiwethaf gan %1</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
</context>
<context>
    <name>CompareVersionsDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <source>Compare two versions of %1</source>
        <translation>Cymharu dau fersiwn o %1</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Dewiswch ddau fersiwn gwahanol.</translation>
    </message>
    <message>
        <source>The two versions could not be compared.</source>
        <translation>Nid oedd modd cymharu&apos;r ddau fersiwn.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Atodiadau</translation>
    </message>
    <message>
        <source>From version %1 to version %2:</source>
        <translation>O fersiwn %1 i fersiwn %2:</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed,</source>
        <translation>
            <numerusform>newidiodd %n ateb,</numerusform>
            <numerusform>newidiodd %n ateb,</numerusform>
            <numerusform>newidiodd %n ateb,</numerusform>
            <numerusform>newidiodd %n ateb,</numerusform>
            <numerusform>newidiodd %n ateb,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) added, removed or changed.</source>
        <translation>
            <numerusform>ychwanegwyd, tynnwyd neu newidiwyd %n atodiad.</numerusform>
            <numerusform>ychwanegwyd, tynnwyd neu newidiwyd %n atodiad.</numerusform>
            <numerusform>ychwanegwyd, tynnwyd neu newidiwyd %n atodiad.</numerusform>
            <numerusform>ychwanegwyd, tynnwyd neu newidiwyd %n atodiad.</numerusform>
            <numerusform>ychwanegwyd, tynnwyd neu newidiwyd %n atodiad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed from version %1 to version %2.</source>
        <translation>Ni newidiodd dim o fersiwn %1 i fersiwn %2.</translation>
    </message>
    <message>
        <source>Compare two versions</source>
        <translation>Cymharu dau fersiwn</translation>
    </message>
    <message>
        <source>&amp;From version:</source>
        <translation>&amp;O fersiwn:</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>O fersiwn</translation>
    </message>
    <message>
        <source>&amp;To version:</source>
        <translation>&amp;I fersiwn:</translation>
    </message>
    <message>
        <source>To version</source>
        <translation>I fersiwn</translation>
    </message>
    <message>
        <source>What changed between the two versions</source>
        <translation>Beth a newidiodd rhwng y ddau fersiwn</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Remember the passphrase (this computer has no safe place to keep it)</source>
        <translation>Cofio&apos;r cyfrinymadrodd (nid oes gan y cyfrifiadur hwn le diogel i&apos;w gadw)</translation>
    </message>
    <message>
        <source>Give the name of the person who signs.</source>
        <translation>Rhowch enw&apos;r unigolyn sy&apos;n llofnodi.</translation>
    </message>
    <message>
        <source>Give your organisation.</source>
        <translation>Rhowch eich sefydliad.</translation>
    </message>
    <message>
        <source>Give your work e-mail address.</source>
        <translation>Rhowch eich cyfeiriad e-bost gwaith.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Dewiswch gyfrinymadrodd o %n nod o leiaf.</numerusform>
            <numerusform>Dewiswch gyfrinymadrodd o %n nod o leiaf.</numerusform>
            <numerusform>Dewiswch gyfrinymadrodd o %n nod o leiaf.</numerusform>
            <numerusform>Dewiswch gyfrinymadrodd o %n nod o leiaf.</numerusform>
            <numerusform>Dewiswch gyfrinymadrodd o %n nod o leiaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol.</translation>
    </message>
    <message>
        <source>Not available yet: %1</source>
        <translation>Nid yw ar gael eto: %1</translation>
    </message>
    <message>
        <source>Create a signing identity</source>
        <translation>Creu hunaniaeth lofnodi</translation>
    </message>
    <message>
        <source>A new signing key is made on this computer. It never leaves it, and it is stored encrypted under your passphrase.</source>
        <translation>Caiff allwedd lofnodi newydd ei gwneud ar y cyfrifiadur hwn. Nid yw byth yn ei adael, a chaiff ei storio wedi&apos;i hamgryptio o dan eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>Cadarnhau&apos;r cyfrinym&amp;adrodd:</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Cadarnhau&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase in the system keyring</source>
        <translation>C&amp;ofio&apos;r cyfrinymadrodd yng nghylch allweddi&apos;r system</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/BBBB</translation>
    </message>
</context>
<context>
    <name>DocumentImportFlow</name>
    <message>
        <source>Import a return note or decision letter</source>
        <translation>Mewnforio nodyn dychwelyd neu lythyr penderfyniad</translation>
    </message>
    <message>
        <source>Signed PDF (*.pdf)</source>
        <translation>PDF wedi&apos;i lofnodi (*.pdf)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Wrthi&apos;n gwirio %1…</translation>
    </message>
    <message>
        <source>Decision on %1: %2.</source>
        <translation>Penderfyniad ar %1: %2.</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Amodau: %1</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Y camau nesaf: %1</translation>
    </message>
    <message>
        <source>Decision letter imported</source>
        <translation>Llythyr penderfyniad wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source>Open the draft: each request is shown beside its question, and the review page has a response field for each.</source>
        <translation>Agorwch y drafft: dangosir pob cais wrth ymyl ei gwestiwn, ac mae gan y dudalen adolygu faes ymateb ar gyfer pob un.</translation>
    </message>
    <message>
        <source>Return note imported</source>
        <translation>Nodyn dychwelyd wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source>Unknown signer</source>
        <translation>Llofnodwr anhysbys</translation>
    </message>
    <message>
        <source>Import it anyway? Only say yes once ONS has confirmed this fingerprint to you.</source>
        <translation>Ei mewnforio beth bynnag? Atebwch ie dim ond ar ôl i ONS gadarnhau&apos;r ôl bys hwn i chi.</translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation>Ni chafodd y ffeil ei mewnforio.</translation>
    </message>
</context>
<context>
    <name>DraftDocuments</name>
    <message>
        <source>Open the decision &amp;letter</source>
        <translation>Agor y &amp;llythyr penderfyniad</translation>
    </message>
    <message>
        <source>Open the signed decision letter ONS sent for the selected request (Ctrl+L)</source>
        <translation>Agor y llythyr penderfyniad wedi&apos;i lofnodi a anfonodd ONS ar gyfer y cais a ddewiswyd (Ctrl+L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Export &amp;benefits report…</source>
        <translation>Allforio adroddiad ar f&amp;uddion…</translation>
    </message>
    <message>
        <source>After approval: report the public benefits realised and the published outputs to ONS, signed (Ctrl+B)</source>
        <translation>Ar ôl cymeradwyo: rhoi gwybod i ONS am y buddion cyhoeddus a wireddwyd a&apos;r allbynnau a gyhoeddwyd, wedi&apos;i lofnodi (Ctrl+B)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>No letter kept here</source>
        <translation>Dim llythyr wedi&apos;i gadw yma</translation>
    </message>
    <message>
        <source>The decision letter of this request is not kept in this data folder. Import it again with File › Import return note or decision letter…, and it will be kept.</source>
        <translation>Nid yw llythyr penderfyniad y cais hwn wedi&apos;i gadw yn y ffolder data hwn. Mewnforiwch ef eto drwy Ffeil › Mewnforio nodyn dychwelyd neu lythyr penderfyniad…, a bydd yn cael ei gadw.</translation>
    </message>
    <message>
        <source>No program to open it</source>
        <translation>Dim rhaglen i&apos;w agor</translation>
    </message>
    <message>
        <source>No program on this computer opens PDF files. The letter is kept at:
%1</source>
        <translation>Nid oes rhaglen ar y cyfrifiadur hwn sy&apos;n agor ffeiliau PDF. Mae&apos;r llythyr wedi&apos;i gadw yn:
%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Wedi agor %1</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Heb ei gymeradwyo eto</translation>
    </message>
    <message>
        <source>A benefits report follows an approval. Import the decision letter ONS sent you first (File › Import return note or decision letter…).</source>
        <translation>Daw adroddiad ar fuddion ar ôl cymeradwyaeth. Mewnforiwch y llythyr penderfyniad a anfonodd ONS atoch yn gyntaf (Ffeil › Mewnforio nodyn dychwelyd neu lythyr penderfyniad…).</translation>
    </message>
    <message>
        <source>Benefits report written to %1</source>
        <translation>Mae&apos;r adroddiad ar fuddion wedi&apos;i ysgrifennu i %1</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Golygwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Cyflawn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>(untitled request)</source>
        <translation>(cais heb deitl)</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Cyfeirnod %1</translation>
    </message>
</context>
<context>
    <name>EntryBox</name>
    <message>
        <source>Entry {n}</source>
        <translation>Cofnod {n}</translation>
    </message>
    <message>
        <source>Remove entry {n}</source>
        <translation>Tynnu cofnod {n}</translation>
    </message>
    <message>
        <source>{label}, entry {n}</source>
        <translation>{label}, cofnod {n}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong inside onsshare-desktop. Nothing you typed has been lost. Please report this with the details below.</source>
        <translation>Aeth rhywbeth o&apos;i le y tu mewn i onsshare-desktop. Nid oes dim a deipiwyd gennych wedi&apos;i golli. Rhowch wybod am hyn, gan gynnwys y manylion isod.</translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Type a file name, or press Browse to choose one.</source>
        <translation>Teipiwch enw ffeil, neu pwyswch Pori i ddewis un.</translation>
    </message>
    <message>
        <source>A .p7m file is an encrypted pack: tick Encrypt for ONS, or end the name with .pdf.</source>
        <translation>Pecyn wedi&apos;i amgryptio yw ffeil .p7m: ticiwch Amgryptio ar gyfer ONS, neu gorffennwch yr enw gyda .pdf.</translation>
    </message>
    <message>
        <source>%1 is a folder: add a file name.</source>
        <translation>Ffolder yw %1: ychwanegwch enw ffeil.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Nid yw&apos;r ffolder %1 yn bodoli.</translation>
    </message>
    <message>
        <source>Choose ONS&apos;s encryption certificate, or untick Encrypt for ONS.</source>
        <translation>Dewiswch dystysgrif amgryptio ONS, neu dad-diciwch Amgryptio ar gyfer ONS.</translation>
    </message>
    <message>
        <source>Signed pack (*.pdf)</source>
        <translation>Pecyn wedi&apos;i lofnodi (*.pdf)</translation>
    </message>
    <message>
        <source>Signed pack, encrypted so only ONS can open it (*.p7m)</source>
        <translation>Pecyn wedi&apos;i lofnodi, wedi&apos;i amgryptio fel mai dim ond ONS all ei agor (*.p7m)</translation>
    </message>
    <message>
        <source>Save the signed pack</source>
        <translation>Cadw&apos;r pecyn wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>Choose ONS&apos;s encryption certificate</source>
        <translation>Dewiswch dystysgrif amgryptio ONS</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Tystysgrifau (*.pem *.crt *.cer *.der);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>This certificate cannot be used to encrypt the pack.</source>
        <translation>Ni ellir defnyddio&apos;r dystysgrif hon i amgryptio&apos;r pecyn.</translation>
    </message>
    <message>
        <source>The certificate chosen before (%1) cannot be used: %2</source>
        <translation>Ni ellir defnyddio&apos;r dystysgrif a ddewiswyd o&apos;r blaen (%1): %2</translation>
    </message>
    <message>
        <source>ONS&apos;s certificate: %1. It can be used until %2.</source>
        <translation>Tystysgrif ONS: %1. Gellir ei defnyddio tan %2.</translation>
    </message>
    <message>
        <source>No certificate chosen yet: ask your contact at ONS for their encryption certificate.</source>
        <translation>Dim tystysgrif wedi&apos;i dewis eto: gofynnwch i&apos;ch cyswllt yn ONS am eu tystysgrif amgryptio.</translation>
    </message>
    <message>
        <source>Not available yet: %1</source>
        <translation>Nid yw ar gael eto: %1</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Amnewid y ffeil?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new pack?</source>
        <translation>Mae %1 yn bodoli eisoes. Ei hamnewid gyda&apos;r pecyn newydd?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Amnewid</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Ei chadw</translation>
    </message>
    <message>
        <source>The request is signed with your key and saved as one file to send to ONS.</source>
        <translation>Caiff y cais ei lofnodi â&apos;ch allwedd a&apos;i gadw fel un ffeil i&apos;w hanfon at ONS.</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Cadw &amp;fel:</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Cadw fel</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Sending by e-mail or on a USB stick</source>
        <translation>Anfon drwy e-bost neu ar gof bach USB</translation>
    </message>
    <message>
        <source>&amp;Encrypt for ONS</source>
        <translation>&amp;Amgryptio ar gyfer ONS</translation>
    </message>
    <message>
        <source>Encrypt for ONS</source>
        <translation>Amgryptio ar gyfer ONS</translation>
    </message>
    <message>
        <source>Only ONS can open an encrypted pack (a .p7m file): nobody who finds or intercepts it can read it.</source>
        <translation>Dim ond ONS all agor pecyn wedi&apos;i amgryptio (ffeil .p7m): ni all neb sy&apos;n dod o hyd iddo neu&apos;n ei ryng-gipio ei ddarllen.</translation>
    </message>
    <message>
        <source>C&amp;hoose certificate…</source>
        <translation>&amp;Dewis tystysgrif…</translation>
    </message>
</context>
<context>
    <name>FieldBlock</name>
    <message>
        <source>{label} (optional)</source>
        <translation>{label} (dewisol)</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Gofynnol.</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Gwall: {message}</translation>
    </message>
    <message>
        <source>{label}: {message}</source>
        <translation>{label}: {message}</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>The policy is published in English only, so it is shown here in English.</source>
        <translation>Dim ond yn Saesneg y cyhoeddir y polisi, felly fe&apos;i dangosir yma yn Saesneg.</translation>
    </message>
    <message>
        <source>The ONS Data Sharing Policy</source>
        <translation>Polisi Rhannu Data ONS</translation>
    </message>
    <message>
        <source>Help contents</source>
        <translation>Cynnwys y cymorth</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Help for this &amp;screen</source>
        <translation>Cymorth ar gyfer y &amp;sgrin hon</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Canllaw</translation>
    </message>
    <message>
        <source>The data sharing &amp;policy</source>
        <translation>Y &amp;polisi rhannu data</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help: ONS data sharing requests</source>
        <translation>Cymorth: ceisiadau rhannu data ONS</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Y&amp;mlaen</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Cynnwys</translation>
    </message>
    <message>
        <source>The &amp;policy</source>
        <translation>Y &amp;polisi</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Cymorth: %1</translation>
    </message>
    <message>
        <source>contents</source>
        <translation>cynnwys</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your passphrase can be remembered in this computer&apos;s password store, so you need not type it each time you sign.</source>
        <translation>Gellir cofio eich cyfrinymadrodd yn storfa gyfrineiriau&apos;r cyfrifiadur hwn, fel nad oes angen i chi ei deipio bob tro y byddwch yn llofnodi.</translation>
    </message>
    <message>
        <source>This computer has no safe place to keep passphrases, so you will type yours each time you sign.</source>
        <translation>Nid oes gan y cyfrifiadur hwn le diogel i gadw cyfrinymadroddion, felly byddwch yn teipio&apos;ch un chi bob tro y byddwch yn llofnodi.</translation>
    </message>
    <message>
        <source>No signing identity yet</source>
        <translation>Dim hunaniaeth lofnodi eto</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei gosod</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Amnewid…</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Creu…</translation>
    </message>
    <message>
        <source>Replace your signing identity?</source>
        <translation>Amnewid eich hunaniaeth lofnodi?</translation>
    </message>
    <message>
        <source>Packs you signed before stay valid, but ONS will need your new certificate before they can trust what you sign next. The old key is kept in the identity folder&apos;s retired/ subfolder.</source>
        <translation>Mae&apos;r pecynnau a lofnodwyd gennych o&apos;r blaen yn dal yn ddilys, ond bydd angen eich tystysgrif newydd ar ONS cyn y gall ymddiried yn yr hyn a lofnodwch nesaf. Caiff yr hen allwedd ei chadw yn is-ffolder retired/ y ffolder hunaniaeth.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Amnewid</translation>
    </message>
    <message>
        <source>&amp;Keep my identity</source>
        <translation>&amp;Cadw fy hunaniaeth</translation>
    </message>
    <message>
        <source>Set up your signing identity once: who you are, then the key that signs what you send.</source>
        <translation>Gosodwch eich hunaniaeth lofnodi unwaith: pwy ydych chi, yna&apos;r allwedd sy&apos;n llofnodi&apos;r hyn a anfonwch.</translation>
    </message>
    <message>
        <source>Choose your organisation&apos;s key file</source>
        <translation>Dewiswch ffeil allwedd eich sefydliad</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Ffeiliau allwedd (*.p12 *.pfx);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Key file password</source>
        <translation>Cyfrinair y ffeil allwedd</translation>
    </message>
    <message>
        <source>Password of %1 (it will also protect the key stored here):</source>
        <translation>Cyfrinair %1 (bydd hefyd yn diogelu&apos;r allwedd a gaiff ei storio yma):</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Nid oedd modd darllen y ffeil.</translation>
    </message>
    <message>
        <source>Export your certificate</source>
        <translation>Allforio eich tystysgrif</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem)</source>
        <translation>Tystysgrifau PEM (*.pem)</translation>
    </message>
    <message>
        <source>The certificate could not be saved.</source>
        <translation>Nid oedd modd cadw&apos;r dystysgrif.</translation>
    </message>
    <message>
        <source>Certificate exported</source>
        <translation>Tystysgrif wedi&apos;i hallforio</translation>
    </message>
    <message>
        <source>Saved %1.

Tell ONS this fingerprint by phone or another channel so they can confirm it:
%2</source>
        <translation>Wedi cadw %1.

Rhowch wybod i ONS am yr ôl bys hwn dros y ffôn neu drwy sianel arall er mwyn iddynt allu ei gadarnhau:
%2</translation>
    </message>
    <message>
        <source>Identity ready</source>
        <translation>Mae&apos;r hunaniaeth yn barod</translation>
    </message>
    <message>
        <source>The identity could not be set up.</source>
        <translation>Nid oedd modd gosod yr hunaniaeth.</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Hunaniaeth lofnodi</translation>
    </message>
    <message>
        <source>Packs you export are signed with this identity. Send your certificate to ONS through another channel (for example by e-mail from your work address) so they can check that a pack really comes from you.</source>
        <translation>Caiff y pecynnau a allforiwch eu llofnodi â&apos;r hunaniaeth hon. Anfonwch eich tystysgrif at ONS drwy sianel arall (er enghraifft drwy e-bost o&apos;ch cyfeiriad gwaith) er mwyn iddynt allu gwirio bod pecyn yn dod oddi wrthych chi mewn gwirionedd.</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Eich hunaniaeth</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Enw:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Sefydliad:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-bost:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Ôl bys (SHA-256):</translation>
    </message>
    <message>
        <source>&amp;Use an organisation key file…</source>
        <translation>&amp;Defnyddio ffeil allwedd sefydliad…</translation>
    </message>
    <message>
        <source>&amp;Save my certificate…</source>
        <translation>Cadw fy nh&amp;ystysgrif…</translation>
    </message>
</context>
<context>
    <name>IdentitySetupWizard</name>
    <message>
        <source>Set up your signing identity</source>
        <translation>Gosod eich hunaniaeth lofnodi</translation>
    </message>
    <message>
        <source>&amp;Make my key</source>
        <translation>&amp;Gwneud fy allwedd</translation>
    </message>
    <message>
        <source>&amp;Use this key file</source>
        <translation>&amp;Defnyddio&apos;r ffeil allwedd hon</translation>
    </message>
    <message>
        <source>The key file could not be read: %1</source>
        <translation>Nid oedd modd darllen y ffeil allwedd: %1</translation>
    </message>
    <message>
        <source>Reading your key file…</source>
        <translation>Wrthi&apos;n darllen eich ffeil allwedd…</translation>
    </message>
    <message>
        <source>Making your signing key (a few seconds)…</source>
        <translation>Wrthi&apos;n gwneud eich allwedd lofnodi (ychydig eiliadau)…</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>The import stopped.</source>
        <translation>Daeth y mewnforio i ben.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock the decryption key. Try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n datgloi&apos;r allwedd ddadgryptio. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Some of these packs are encrypted for ONS. Type the passphrase of the team&apos;s decryption key to open them.</source>
        <translation>Mae rhai o&apos;r pecynnau hyn wedi&apos;u hamgryptio ar gyfer ONS. Teipiwch gyfrinymadrodd allwedd ddadgryptio&apos;r tîm i&apos;w hagor.</translation>
    </message>
    <message>
        <source>Open encrypted packs</source>
        <translation>Agor pecynnau wedi&apos;u hamgryptio</translation>
    </message>
    <message>
        <source>Checking signatures and importing…</source>
        <translation>Wrthi&apos;n dilysu llofnodion ac yn mewnforio…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Importing packs</source>
        <translation>Wrthi&apos;n mewnforio pecynnau</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <source>Stopping after the packs being checked now…</source>
        <translation>Bydd yn stopio ar ôl y pecynnau sy&apos;n cael eu gwirio nawr…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Import return note or decision letter…</source>
        <translation>&amp;Mewnforio nodyn dychwelyd neu lythyr penderfyniad…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>No deleted drafts. Drafts you delete wait here until you restore them.</source>
        <translation>Dim drafftiau wedi&apos;u dileu. Mae&apos;r drafftiau a ddilëwch yn aros yma nes i chi eu hadfer.</translation>
    </message>
    <message>
        <source>Prepare a request to the Office for National Statistics to share data with your organisation, then export it as a signed PDF pack to send to ONS.</source>
        <translation>Paratowch gais i&apos;r Swyddfa Ystadegau Gwladol rannu data â&apos;ch sefydliad, yna allforiwch ef fel pecyn PDF wedi&apos;i lofnodi i&apos;w anfon at ONS.</translation>
    </message>
    <message>
        <source>No drafts match your search.</source>
        <translation>Nid oes unrhyw ddrafftiau&apos;n cyfateb i&apos;ch chwiliad.</translation>
    </message>
    <message>
        <source>Deleted drafts</source>
        <translation>Drafftiau wedi&apos;u dileu</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafftiau</translation>
    </message>
    <message>
        <source>The example could not be opened.</source>
        <translation>Nid oedd modd agor yr enghraifft.</translation>
    </message>
    <message>
        <source>Exported %1. Later changes become version %2.</source>
        <translation>Wedi allforio %1. Bydd newidiadau diweddarach yn dod yn fersiwn %2.</translation>
    </message>
    <message>
        <source>Requests are signed so that ONS can tell they come from you and were not changed on the way. Set up your signing identity once: who you are, then your signing key.</source>
        <translation>Caiff ceisiadau eu llofnodi er mwyn i ONS allu gweld eu bod yn dod oddi wrthych chi ac na chawsant eu newid ar y ffordd. Gosodwch eich hunaniaeth lofnodi unwaith: pwy ydych chi, yna eich allwedd lofnodi.</translation>
    </message>
    <message>
        <source>Checking the history…</source>
        <translation>Wrthi&apos;n gwirio&apos;r hanes…</translation>
    </message>
    <message>
        <source>History checked</source>
        <translation>Hanes wedi&apos;i wirio</translation>
    </message>
    <message>
        <source>Nothing in the recorded history has been changed outside this app.</source>
        <translation>Nid oes dim yn yr hanes a gofnodwyd wedi&apos;i newid y tu allan i&apos;r ap hwn.</translation>
    </message>
    <message>
        <source>The database&apos;s protection against editing the history has been removed.</source>
        <translation>Mae&apos;r amddiffyniad yn y gronfa ddata rhag golygu&apos;r hanes wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <source>The history was changed</source>
        <translation>Cafodd yr hanes ei newid</translation>
    </message>
    <message>
        <source>Something outside this app changed the recorded history. The first problem in each case:

%1</source>
        <translation>Mae rhywbeth y tu allan i&apos;r ap hwn wedi newid yr hanes a gofnodwyd. Y broblem gyntaf ym mhob achos:

%1</translation>
    </message>
    <message>
        <source>The history could not be checked.</source>
        <translation>Nid oedd modd gwirio&apos;r hanes.</translation>
    </message>
    <message>
        <source>Copied. The copy has a new reference.</source>
        <translation>Wedi copïo. Mae gan y copi gyfeirnod newydd.</translation>
    </message>
    <message>
        <source>Moved to Deleted drafts. To bring it back, open View › Deleted drafts and choose Restore.</source>
        <translation>Wedi&apos;i symud i Drafftiau wedi&apos;u dileu. I&apos;w adfer, agorwch Gweld › Drafftiau wedi&apos;u dileu a dewiswch Adfer.</translation>
    </message>
    <message>
        <source>Restored. The draft is back in Drafts.</source>
        <translation>Wedi&apos;i adfer. Mae&apos;r drafft yn ôl yn Drafftiau.</translation>
    </message>
    <message>
        <source>About onsshare-desktop</source>
        <translation>Ynghylch onsshare-desktop</translation>
    </message>
    <message>
        <source>onsshare-desktop %1

Prepares, signs and screens requests to share data held by the Office for National Statistics under the ONS Data Sharing Policy. Works entirely offline.</source>
        <translation>onsshare-desktop %1

Yn paratoi, yn llofnodi ac yn sgrinio ceisiadau i rannu data sydd gan y Swyddfa Ystadegau Gwladol o dan Bolisi Rhannu Data ONS. Mae&apos;n gweithio&apos;n gyfan gwbl all-lein.</translation>
    </message>
    <message>
        <source>ONS data sharing requests</source>
        <translation>Ceisiadau rhannu data ONS</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>C&amp;hwilio:</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Chwilio drafftiau</translation>
    </message>
    <message>
        <source>Title, organisation or reference</source>
        <translation>Teitl, sefydliad neu gyfeirnod</translation>
    </message>
    <message>
        <source>Opening your drafts…</source>
        <translation>Wrthi&apos;n agor eich drafftiau…</translation>
    </message>
    <message>
        <source>Opening drafts</source>
        <translation>Wrthi&apos;n agor drafftiau</translation>
    </message>
    <message>
        <source>Start a &amp;new request</source>
        <translation>Dechrau cais &amp;newydd</translation>
    </message>
    <message>
        <source>See an &amp;example…</source>
        <translation>Gweld &amp;enghraifft…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Drafft</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>Cais &amp;newydd</translation>
    </message>
    <message>
        <source>Start a new request (Ctrl+N)</source>
        <translation>Dechrau cais newydd (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Open the selected draft (Enter)</source>
        <translation>Agor y drafft a ddewiswyd (Enter)</translation>
    </message>
    <message>
        <source>&amp;Copy as new</source>
        <translation>&amp;Copïo fel un newydd</translation>
    </message>
    <message>
        <source>Start a new request with the selected draft&apos;s answers (Ctrl+Shift+C)</source>
        <translation>Dechrau cais newydd gydag atebion y drafft a ddewiswyd (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Move the selected draft to Deleted drafts, where it can be restored (Del)</source>
        <translation>Symud y drafft a ddewiswyd i Drafftiau wedi&apos;u dileu, lle y gellir ei adfer (Del)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Ad&amp;fer</translation>
    </message>
    <message>
        <source>Bring the selected deleted draft back (Ctrl+R)</source>
        <translation>Adfer y drafft wedi&apos;i ddileu a ddewiswyd (Ctrl+R)</translation>
    </message>
    <message>
        <source>Deleted dra&amp;fts</source>
        <translation>Drafftiau wedi&apos;u &amp;dileu</translation>
    </message>
    <message>
        <source>Show deleted drafts instead of current ones (Ctrl+D)</source>
        <translation>Dangos drafftiau wedi&apos;u dileu yn lle&apos;r rhai cyfredol (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <source>Open an &amp;example…</source>
        <translation>Agor &amp;enghraifft…</translation>
    </message>
    <message>
        <source>&amp;Signing identity…</source>
        <translation>&amp;Hunaniaeth lofnodi…</translation>
    </message>
    <message>
        <source>Create or import the identity that signs your packs, and export your certificate</source>
        <translation>Creu neu fewnforio&apos;r hunaniaeth sy&apos;n llofnodi eich pecynnau, ac allforio eich tystysgrif</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Adfer &amp;copi wrth gefn…</translation>
    </message>
    <message>
        <source>Go back to the drafts as they were in a backup (your current drafts are backed up first)</source>
        <translation>Mynd yn ôl at y drafftiau fel yr oeddent mewn copi wrth gefn (gwneir copi wrth gefn o&apos;ch drafftiau cyfredol yn gyntaf)</translation>
    </message>
    <message>
        <source>S&amp;creener mode</source>
        <translation>Modd &amp;sgriniwr</translation>
    </message>
    <message>
        <source>Switch to the ONS screener&apos;s register of received packs (remembered for next time)</source>
        <translation>Newid i gofrestr sgriniwr ONS o becynnau a dderbyniwyd (caiff ei chofio ar gyfer y tro nesaf)</translation>
    </message>
    <message>
        <source>&amp;Check the history…</source>
        <translation>&amp;Gwirio&apos;r hanes…</translation>
    </message>
    <message>
        <source>Recompute the tamper-evident history of every case and say whether anything was changed</source>
        <translation>Ailgyfrifo hanes pob achos, sy&apos;n dangos unrhyw ymyrraeth, a dweud a gafodd unrhyw beth ei newid</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Ynghylch</translation>
    </message>
</context>
<context>
    <name>PackExportFlow</name>
    <message>
        <source>The pack could not be exported.</source>
        <translation>Nid oedd modd allforio&apos;r pecyn.</translation>
    </message>
    <message>
        <source>Responses needed</source>
        <translation>Mae angen ymatebion</translation>
    </message>
    <message>
        <source>the Requests from ONS list on the review page</source>
        <translation>y rhestr Ceisiadau gan ONS ar y dudalen adolygu</translation>
    </message>
    <message>
        <source>Packs are signed so that ONS can tell they come from you and were not changed on the way. Set up your signing identity once; it takes a minute.</source>
        <translation>Caiff pecynnau eu llofnodi er mwyn i ONS allu gweld eu bod yn dod oddi wrthych chi ac na chawsant eu newid ar y ffordd. Gosodwch eich hunaniaeth lofnodi unwaith; mae&apos;n cymryd munud.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock your signing key. Try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n datgloi eich allwedd lofnodi. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation>Teipiwch gyfrinymadrodd eich allwedd lofnodi.</translation>
    </message>
    <message>
        <source>(This computer has no safe place to keep passphrases, so you type it each time.)</source>
        <translation>(Nid oes gan y cyfrifiadur hwn le diogel i gadw cyfrinymadroddion, felly rydych yn ei deipio bob tro.)</translation>
    </message>
    <message>
        <source>Sign the pack</source>
        <translation>Llofnodi&apos;r pecyn</translation>
    </message>
    <message>
        <source>Preparing the signed pack…</source>
        <translation>Wrthi&apos;n paratoi&apos;r pecyn wedi&apos;i lofnodi…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Wrthi&apos;n allforio</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Cynnydd yr allforio</translation>
    </message>
    <message>
        <source>Pack exported</source>
        <translation>Pecyn wedi&apos;i allforio</translation>
    </message>
    <message>
        <source>The signed pack is saved.</source>
        <translation>Mae&apos;r pecyn wedi&apos;i lofnodi wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>The signed pack is saved, encrypted so that only ONS can open it.</source>
        <translation>Mae&apos;r pecyn wedi&apos;i lofnodi wedi&apos;i gadw, wedi&apos;i amgryptio fel mai dim ond ONS all ei agor.</translation>
    </message>
    <message>
        <source>%1 (the encrypted file)
%2 (the pack inside)</source>
        <translation>%1 (y ffeil wedi&apos;i hamgryptio)
%2 (y pecyn y tu mewn iddi)</translation>
    </message>
    <message>
        <source>%1

SHA-256 of the file:
%2

Next: send the pack to ONS as agreed with your contact there. If ONS does not have your certificate yet, save it and send it to them too, then telephone your contact and read them its fingerprint so they can confirm it is yours:
%3</source>
        <translation>%1

SHA-256 y ffeil:
%2

Nesaf: anfonwch y pecyn at ONS fel y cytunwyd â&apos;ch cyswllt yno. Os nad oes gan ONS eich tystysgrif eto, cadwch hi a&apos;i hanfon atynt hefyd, yna ffoniwch eich cyswllt a darllenwch ei hôl bys iddynt er mwyn iddynt allu cadarnhau mai eich un chi ydyw:
%3</translation>
    </message>
    <message>
        <source>&amp;Save my certificate…</source>
        <translation>&amp;Cadw fy nhystysgrif…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>Save my certificate</source>
        <translation>Cadw fy nhystysgrif</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>Tystysgrifau (*.pem)</translation>
    </message>
    <message>
        <source>The certificate could not be saved.</source>
        <translation>Nid oedd modd cadw&apos;r dystysgrif.</translation>
    </message>
    <message>
        <source>Certificate saved</source>
        <translation>Tystysgrif wedi&apos;i chadw</translation>
    </message>
    <message>
        <source>Saved %1.

Send this file to your contact at ONS, then telephone them and read out its fingerprint so they can check it is yours:
%2</source>
        <translation>Wedi cadw %1.

Anfonwch y ffeil hon at eich cyswllt yn ONS, yna ffoniwch nhw a darllenwch ei hôl bys yn uchel er mwyn iddynt allu gwirio mai eich un chi ydyw:
%2</translation>
    </message>
</context>
<context>
    <name>ProblemBar</name>
    <message>
        <source>Tr&amp;y again</source>
        <translation>Rhowch gynnig a&amp;rall</translation>
    </message>
    <message>
        <source>Do the same again, with what you had entered</source>
        <translation>Gwneud yr un peth eto, gyda&apos;r hyn a roesoch i mewn</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Gyriant</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Cadw fel</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Dewis</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Dod o hyd i gyfeiriadur</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Edrych &amp;yn:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Enw&apos;r ffeil:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ffeiliau o&apos;r &amp;math:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Cyfeiriadur:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Cyfeiriaduron</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Mynd ymlaen</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Cyfeiriadur rhiant</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mynd i&apos;r cyfeiriadur rhiant</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Golwg rhestr</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Newid i&apos;r golwg rhestr</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Golwg manylion</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Newid i&apos;r golwg manylion</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bar ochr</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Rhestr o leoedd a nodau tudalen</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Lleoedd diweddar</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ailenwi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Dangos ffeiliau &amp;cudd</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ffolder &amp;newydd</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Dangos </translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mae %1 yn bodoli eisoes.
Ydych chi am ei disodli?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Heb ddod o hyd i&apos;r ffeil.
Gwiriwch fod enw cywir y ffeil wedi&apos;i roi.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Heb ddod o hyd i&apos;r cyfeiriadur.
Gwiriwch fod enw cywir y cyfeiriadur wedi&apos;i roi.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Ydych chi&apos;n siŵr eich bod am ddileu &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>Mae &apos;%1&apos; wedi&apos;i diogelu rhag ysgrifennu.
Ydych chi am ei dileu beth bynnag?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Nid oedd modd dileu&apos;r cyfeiriadur.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Math</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dyddiad addasu</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Cyfrifiadur</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>C&amp;anslo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Cau heb gadw</translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <source>ONS asks: %1</source>
        <translation>Mae ONS yn gofyn: %1</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Dangos y manylion...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio&apos;r manylion...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw&apos;r cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r c&amp;yfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Na i&apos;r cyf&amp;an</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo &amp;lleoliad y ddolen</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Cadarnhau</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The database is damaged</source>
        <translation>Mae&apos;r gronfa ddata wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>Your drafts database failed its check and was set aside.</source>
        <translation>Methodd cronfa ddata eich drafftiau ei gwiriad ac fe&apos;i rhoddwyd o&apos;r neilltu.</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Adfer y copi wrth gefn diweddaraf</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Dechrau&apos;n &amp;wag</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>No backups</source>
        <translation>Dim copïau wrth gefn</translation>
    </message>
    <message>
        <source>There are no backups yet. One is taken each day the app starts, and before every upgrade.</source>
        <translation>Nid oes copïau wrth gefn eto. Gwneir un bob dydd y bydd yr ap yn dechrau, a chyn pob uwchraddiad.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Adfer copi wrth gefn</translation>
    </message>
    <message>
        <source>Your current drafts are backed up first, so this can be undone. Restore the backup taken on:</source>
        <translation>Gwneir copi wrth gefn o&apos;ch drafftiau cyfredol yn gyntaf, felly gellir dadwneud hyn. Adfer y copi wrth gefn a wnaed ar:</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>cyn uwchraddio</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dyddiol</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>wedi&apos;i wneud â llaw</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>cyn adfer</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Math o sefydliad</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Llofnodwr</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Ôl bys %1</translation>
    </message>
    <message>
        <source>Pack SHA-256 %1</source>
        <translation>SHA-256 y pecyn %1</translation>
    </message>
    <message>
        <source>%1 (%2 received)</source>
        <translation>%1 (%2 wedi dod i law)</translation>
    </message>
    <message>
        <source>(untitled request)</source>
        <translation>(cais heb deitl)</translation>
    </message>
    <message>
        <source>%1 · missing: %2</source>
        <translation>%1 · ar goll: %2</translation>
    </message>
    <message>
        <source>%1 · records complete</source>
        <translation>%1 · cofnodion yn gyflawn</translation>
    </message>
    <message>
        <source>benefits reported</source>
        <translation>buddion wedi&apos;u hadrodd</translation>
    </message>
    <message>
        <source>DSA</source>
        <translation>DSA</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>DPIA</translation>
    </message>
    <message>
        <source>ethics</source>
        <translation>moeseg</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>dyddiad gorffen</translation>
    </message>
    <message>
        <source>the share&apos;s end date</source>
        <translation>dyddiad gorffen y rhannu</translation>
    </message>
    <message>
        <source>Records of the share still missing: %1</source>
        <translation>Cofnodion y rhannu sy&apos;n dal ar goll: %1</translation>
    </message>
    <message>
        <source>Every record of the share is recorded, and its end date.</source>
        <translation>Mae pob un o gofnodion y rhannu wedi&apos;i gofnodi, a&apos;i ddyddiad gorffen.</translation>
    </message>
    <message>
        <source>Benefits reports received: %1</source>
        <translation>Adroddiadau ar fuddion a dderbyniwyd: %1</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Any stage</source>
        <translation>Unrhyw gam</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation>Nid oedd modd darllen y gofrestr.</translation>
    </message>
    <message>
        <source>Waiting for the database… The window stays usable; the register shows once the database answers.</source>
        <translation>Yn aros am y gronfa ddata… Mae&apos;r ffenestr yn dal i weithio; dangosir y gofrestr cyn gynted ag y bydd y gronfa ddata yn ateb.</translation>
    </message>
    <message>
        <source>The rest of the register could not be read.</source>
        <translation>Nid oedd modd darllen gweddill y gofrestr.</translation>
    </message>
    <message>
        <source>Import signed packs</source>
        <translation>Mewnforio pecynnau wedi&apos;u llofnodi</translation>
    </message>
    <message>
        <source>Signed packs (*.pdf *.p7m);;All files (*)</source>
        <translation>Pecynnau wedi&apos;u llofnodi (*.pdf *.p7m);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Import every pack in a folder</source>
        <translation>Mewnforio pob pecyn mewn ffolder</translation>
    </message>
    <message>
        <source>Export the transparency register</source>
        <translation>Allforio&apos;r gofrestr dryloywder</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Checking signatures and importing…</source>
        <translation>Wrthi&apos;n dilysu llofnodion ac yn mewnforio…</translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation>Daeth y mewnforio i ben.</translation>
    </message>
    <message>
        <source>Import cancelled: no pack was read.</source>
        <translation>Canslwyd y mewnforio: ni ddarllenwyd unrhyw becyn.</translation>
    </message>
    <message>
        <source>Import: %1 imported, %2 already here, %3 refused (refused files were not stored).</source>
        <translation>Mewnforio: %1 wedi&apos;u mewnforio, %2 yma eisoes, %3 wedi&apos;u gwrthod (ni chafodd ffeiliau a wrthodwyd eu storio).</translation>
    </message>
    <message>
        <source>Stopped: the files not yet checked were not imported.</source>
        <translation>Wedi stopio: ni chafodd y ffeiliau nad oeddent wedi&apos;u gwirio eto eu mewnforio.</translation>
    </message>
    <message>
        <source>The transparency register could not be written.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r gofrestr dryloywder.</translation>
    </message>
    <message>
        <source>Received cases</source>
        <translation>Achosion a dderbyniwyd</translation>
    </message>
    <message>
        <source>&amp;Import packs…</source>
        <translation>&amp;Mewnforio pecynnau…</translation>
    </message>
    <message>
        <source>Choose one or more signed PDF packs to verify and import</source>
        <translation>Dewiswch un neu ragor o becynnau PDF wedi&apos;u llofnodi i&apos;w dilysu a&apos;u mewnforio</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Mewnforio ffo&amp;lder…</translation>
    </message>
    <message>
        <source>Verify and import every PDF in a folder</source>
        <translation>Dilysu a mewnforio pob PDF mewn ffolder</translation>
    </message>
    <message>
        <source>Export transparency &amp;CSV…</source>
        <translation>Allforio CSV &amp;tryloywder…</translation>
    </message>
    <message>
        <source>Write the transparency register of approved, published shares</source>
        <translation>Ysgrifennu&apos;r gofrestr dryloywder o&apos;r achosion rhannu a gymeradwywyd ac a gyhoeddwyd</translation>
    </message>
    <message>
        <source>Search reference, title, organisation, datasets, signer</source>
        <translation>Chwilio cyfeirnod, teitl, sefydliad, setiau data, llofnodwr</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>C&amp;am:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Show only cases at this stage</source>
        <translation>Dangos achosion ar y cam hwn yn unig</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ws:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Show only cases with this status</source>
        <translation>Dangos achosion sydd â&apos;r statws hwn yn unig</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Only cases received on or after this day</source>
        <translation>Dim ond achosion a dderbyniwyd ar y diwrnod hwn neu wedi hynny</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Wedi&apos;u derbyn o</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Only cases received on or before this day</source>
        <translation>Dim ond achosion a dderbyniwyd ar y diwrnod hwn neu cyn hynny</translation>
    </message>
    <message>
        <source>Received to</source>
        <translation>Wedi&apos;u derbyn hyd at</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Canlyniadau&apos;r mewnforio</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Ag&amp;or yr achos</translation>
    </message>
</context>
<context>
    <name>RepeatingInput</name>
    <message>
        <source>Add an entry</source>
        <translation>Ychwanegu cofnod</translation>
    </message>
    <message>
        <source>Add an entry to {label}</source>
        <translation>Ychwanegu cofnod at {label}</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Changes are saved automatically.</source>
        <translation>Caiff newidiadau eu cadw&apos;n awtomatig.</translation>
    </message>
    <message>
        <source>{title}, section {n} of {count}</source>
        <translation>{title}, adran {n} o {count}</translation>
    </message>
    <message>
        <source>{n}% complete</source>
        <translation>{n}% yn gyflawn</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Cyflawn</translation>
    </message>
    <message>
        <source>Not saved ({error}). Trying again…</source>
        <translation>Heb ei gadw ({error}). Wrthi&apos;n rhoi cynnig arall arni…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Wedi&apos;i gadw am {time}</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Cais heb deitl</translation>
    </message>
    <message>
        <source>{title} — {ref}</source>
        <translation>{title} — {ref}</translation>
    </message>
    <message>
        <source>Finishing attaching a file; the window will then close.</source>
        <translation>Wrthi&apos;n gorffen atodi ffeil; bydd y ffenestr yn cau wedyn.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved. Close anyway and lose them?</source>
        <translation>Nid oedd modd cadw eich newidiadau diweddaraf. Cau beth bynnag a&apos;u colli?</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <source>Previous section (Alt+Left or Ctrl+Page Up)</source>
        <translation>Yr adran flaenorol (Alt+Left neu Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>Next section (Alt+Right or Ctrl+Page Down)</source>
        <translation>Yr adran nesaf (Alt+Right neu Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>Requests from ONS</source>
        <translation>Ceisiadau gan ONS</translation>
    </message>
    <message>
        <source>%1. About %2: %3</source>
        <translation>%1. Ynghylch %2: %3</translation>
    </message>
    <message>
        <source>Your response to request %1</source>
        <translation>Eich ymateb i gais %1</translation>
    </message>
    <message>
        <source>The pack can be exported once every request has a response.</source>
        <translation>Gellir allforio&apos;r pecyn pan fydd ymateb i bob cais.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Every section is complete. Export the signed pack when you are ready.</source>
        <translation>Mae pob adran yn gyflawn. Allforiwch y pecyn wedi&apos;i lofnodi pan fyddwch yn barod.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Cyflawn</translation>
    </message>
    <message>
        <source>{n}% complete</source>
        <translation>{n}% yn gyflawn</translation>
    </message>
    <message>
        <source>Go to this question</source>
        <translation>Mynd i&apos;r cwestiwn hwn</translation>
    </message>
    <message>
        <source>Each section with how complete it is. Choose a problem (Enter or click) to go to the question.</source>
        <translation>Pob adran a pha mor gyflawn ydyw. Dewiswch broblem (Enter neu glicio) i fynd i&apos;r cwestiwn.</translation>
    </message>
    <message>
        <source>Sections and problems</source>
        <translation>Adrannau a phroblemau</translation>
    </message>
    <message>
        <source>Section or question</source>
        <translation>Adran neu gwestiwn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>&amp;Export signed pack…</source>
        <translation>&amp;Allforio&apos;r pecyn wedi&apos;i lofnodi…</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <source>What you type is kept as you type.</source>
        <translation>Caiff yr hyn a deipiwch ei gadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>Yn darllen yr achos…</translation>
    </message>
    <message>
        <source>The case could not be opened.</source>
        <translation>Nid oedd modd agor yr achos.</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation>Nid oedd modd agor yr achos: %1</translation>
    </message>
    <message>
        <source>Overview and general comment</source>
        <translation>Trosolwg a sylw cyffredinol</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>The whole section</source>
        <translation>Yr adran gyfan</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Brysbennu</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Rhestr wirio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Records of the share</source>
        <translation>Cofnodion y rhannu</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>No exemption</source>
        <translation>Dim esemptiad</translation>
    </message>
    <message>
        <source>Kept %1</source>
        <translation>Wedi&apos;i gadw am %1</translation>
    </message>
    <message>
        <source>Not saved (%1). Trying again…</source>
        <translation>Heb ei gadw (%1). Wrthi&apos;n rhoi cynnig arall arni…</translation>
    </message>
    <message>
        <source>The assessment of “%1” was not recorded.</source>
        <translation>Ni chafodd yr asesiad o “%1” ei gofnodi.</translation>
    </message>
    <message>
        <source>Kept, not recorded: %1</source>
        <translation>Wedi&apos;i gadw, heb ei gofnodi: %1</translation>
    </message>
    <message>
        <source>The checklist answer “%1” was not recorded.</source>
        <translation>Ni chafodd yr ateb i eitem “%1” o&apos;r rhestr wirio ei gofnodi.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>heb ei roi</translation>
    </message>
    <message>
        <source>The requester says the DPIA is: %1</source>
        <translation>Yn ôl y ceisydd, statws y DPIA yw: %1</translation>
    </message>
    <message>
        <source>Declaration looks complete</source>
        <translation>Mae&apos;r datganiad yn edrych yn gyflawn</translation>
    </message>
    <message>
        <source>Declaration looks incomplete</source>
        <translation>Mae&apos;r datganiad yn edrych yn anghyflawn</translation>
    </message>
    <message>
        <source>Note (evidence, concerns)</source>
        <translation>Nodyn (tystiolaeth, pryderon)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, fersiwn %2</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Language of the request</source>
        <translation>Iaith y cais</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Pack SHA-256</source>
        <translation>SHA-256 y pecyn</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Wedi&apos;i lofnodi gan</translation>
    </message>
    <message>
        <source>Signer fingerprint (SHA-256)</source>
        <translation>Ôl bys y llofnodwr (SHA-256)</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Fersiwn cynharach</translation>
    </message>
    <message>
        <source>version %1, received %2 (SHA-256 %3)</source>
        <translation>fersiwn %1, derbyniwyd %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>Read the request section by section with Next, or choose a page on the left. Record your assessment of each section; put remarks that concern the whole request here.</source>
        <translation>Darllenwch y cais fesul adran gyda Nesaf, neu dewiswch dudalen ar y chwith. Cofnodwch eich asesiad o bob adran; rhowch sylwadau sy&apos;n ymwneud â&apos;r cais cyfan yma.</translation>
    </message>
    <message>
        <source>The case could not be read again, so what is shown may be out of date.</source>
        <translation>Nid oedd modd darllen yr achos eto, felly gall yr hyn a ddangosir fod yn hen.</translation>
    </message>
    <message>
        <source>(untitled request)</source>
        <translation>(cais heb deitl)</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · fersiwn %2 · %3</translation>
    </message>
    <message>
        <source> · superseded by a later version</source>
        <translation> · disodlwyd gan fersiwn diweddarach</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Cam: %1</translation>
    </message>
    <message>
        <source>Signed by %1 · %2</source>
        <translation>Wedi&apos;i lofnodi gan %1 · %2</translation>
    </message>
    <message>
        <source>signer confirmed</source>
        <translation>llofnodwr wedi&apos;i gadarnhau</translation>
    </message>
    <message>
        <source>SIGNER NOT CONFIRMED</source>
        <translation>LLOFNODWR HEB EI GADARNHAU</translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint (SHA-256): %1</source>
        <translation>Ôl bys y llofnodwr (SHA-256): %1</translation>
    </message>
    <message>
        <source> · changed since v%1</source>
        <translation> · wedi newid ers f%1</translation>
    </message>
    <message>
        <source>from an earlier version; the answer changed since this was written</source>
        <translation>o fersiwn cynharach; mae&apos;r ateb wedi newid ers i hwn gael ei ysgrifennu</translation>
    </message>
    <message>
        <source>from an earlier version</source>
        <translation>o fersiwn cynharach</translation>
    </message>
    <message>
        <source>Not recorded yet: press Record checklist.</source>
        <translation>Heb ei gofnodi eto: pwyswch Cofnodi&apos;r rhestr wirio.</translation>
    </message>
    <message>
        <source>Risks: %1
Benefits: %2</source>
        <translation>Risgiau: %1
Buddion: %2</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the precedents</source>
        <translation>Pwyswch Enter neu cliciwch ddwywaith i agor y cynseiliau</translation>
    </message>
    <message>
        <source>The case is at: %1.</source>
        <translation>Mae&apos;r achos ar y cam: %1.</translation>
    </message>
    <message>
        <source>Choose an outcome…</source>
        <translation>Dewiswch ganlyniad…</translation>
    </message>
    <message>
        <source>No further outcome can be recorded at this stage.</source>
        <translation>Ni ellir cofnodi unrhyw ganlyniad pellach ar y cam hwn.</translation>
    </message>
    <message>
        <source>Event %1 · hash %2</source>
        <translation>Digwyddiad %1 · stwnsh %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>this case (it is now at stage “%1”)</source>
        <translation>yr achos hwn (mae bellach ar y cam “%1”)</translation>
    </message>
    <message>
        <source>The assessment was not recorded (what you typed is kept).</source>
        <translation>Ni chafodd yr asesiad ei gofnodi (caiff yr hyn a deipiwyd gennych ei gadw).</translation>
    </message>
    <message>
        <source>The triage assessment was not recorded.</source>
        <translation>Ni chafodd yr asesiad brysbennu ei gofnodi.</translation>
    </message>
    <message>
        <source>Recorded in the case history.</source>
        <translation>Wedi&apos;i gofnodi yn hanes yr achos.</translation>
    </message>
    <message>
        <source>The outcome “%1” was not recorded.</source>
        <translation>Ni chafodd y canlyniad “%1” ei gofnodi.</translation>
    </message>
    <message>
        <source>Recorded: %1. The case is now at: %2.</source>
        <translation>Wedi&apos;i gofnodi: %1. Mae&apos;r achos bellach ar y cam: %2.</translation>
    </message>
    <message>
        <source>The case moves from “%1” to “%2”. This goes into the case history and cannot be undone.</source>
        <translation>Mae&apos;r achos yn symud o “%1” i “%2”. Caiff hyn ei gofnodi yn hanes yr achos ac ni ellir ei ddadwneud.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nodyn: %1</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Cofnodi&apos;r canlyniad</translation>
    </message>
    <message>
        <source>Record “%1”?</source>
        <translation>Cofnodi “%1”?</translation>
    </message>
    <message>
        <source>&amp;Record outcome</source>
        <translation>Cofnodi&apos;&amp;r canlyniad</translation>
    </message>
    <message>
        <source>Export &amp;decision letter…</source>
        <translation>Allforio&apos;r llyt&amp;hyr penderfyniad…</translation>
    </message>
    <message>
        <source>Compare two versions…</source>
        <translation>Cymharu dau fersiwn…</translation>
    </message>
    <message>
        <source>What changed between any two versions of this case, word by word</source>
        <translation>Beth a newidiodd rhwng unrhyw ddau fersiwn o&apos;r achos hwn, air am air</translation>
    </message>
    <message>
        <source>Exporting the signed decision letter…</source>
        <translation>Wrthi&apos;n allforio&apos;r llythyr penderfyniad wedi&apos;i lofnodi…</translation>
    </message>
    <message>
        <source>Signed decision letter written to %1. Send it to the requester.</source>
        <translation>Mae&apos;r llythyr penderfyniad wedi&apos;i lofnodi wedi&apos;i ysgrifennu i %1. Anfonwch ef at y ceisydd.</translation>
    </message>
    <message>
        <source>Exporting the signed return note…</source>
        <translation>Wrthi&apos;n allforio&apos;r nodyn dychwelyd wedi&apos;i lofnodi…</translation>
    </message>
    <message>
        <source>Signed return note written to %1. Send it to the requester; the case waits for the next version.</source>
        <translation>Mae&apos;r nodyn dychwelyd wedi&apos;i lofnodi wedi&apos;i ysgrifennu i %1. Anfonwch ef at y ceisydd; mae&apos;r achos yn aros am y fersiwn nesaf.</translation>
    </message>
    <message>
        <source>The request to the requester was not recorded.</source>
        <translation>Ni chafodd y cais i&apos;r ceisydd ei gofnodi.</translation>
    </message>
    <message>
        <source>No request made: %1. Write the request in the comment first.</source>
        <translation>Ni wnaed cais: %1. Ysgrifennwch y cais yn y sylw yn gyntaf.</translation>
    </message>
    <message>
        <source>Request recorded: it goes to the requester in the return note (Outcome › Return for more information).</source>
        <translation>Cais wedi&apos;i gofnodi: bydd yn mynd at y ceisydd yn y nodyn dychwelyd (Canlyniad › Dychwelyd am ragor o wybodaeth).</translation>
    </message>
    <message>
        <source>%1 (asked by %2 on %3)</source>
        <translation>%1 (gofynnwyd gan %2 ar %3)</translation>
    </message>
    <message>
        <source>The request was not withdrawn.</source>
        <translation>Ni chafodd y cais ei dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>Request withdrawn: it will not be in the return note.</source>
        <translation>Cais wedi&apos;i dynnu&apos;n ôl: ni fydd yn y nodyn dychwelyd.</translation>
    </message>
    <message>
        <source>Withdraw a request</source>
        <translation>Tynnu cais yn ôl</translation>
    </message>
    <message>
        <source>Withdraw which request? The requester will not be asked it.</source>
        <translation>Pa gais i&apos;w dynnu&apos;n ôl? Ni fydd y cais yn cael ei ofyn i&apos;r ceisydd.</translation>
    </message>
    <message>
        <source>Exporting the signed screening record…</source>
        <translation>Wrthi&apos;n allforio&apos;r cofnod sgrinio wedi&apos;i lofnodi…</translation>
    </message>
    <message>
        <source>Signed screening record written to %1.</source>
        <translation>Mae&apos;r cofnod sgrinio wedi&apos;i lofnodi wedi&apos;i ysgrifennu i %1.</translation>
    </message>
    <message>
        <source>Confirm si&amp;gner…</source>
        <translation>Cadarnhau&apos;r &amp;llofnodwr…</translation>
    </message>
    <message>
        <source>Check the fingerprint with the signer, then trust their certificate</source>
        <translation>Gwirio&apos;r ôl bys gyda&apos;r llofnodwr, yna ymddiried yn ei dystysgrif</translation>
    </message>
    <message>
        <source>Open original &amp;pack</source>
        <translation>Agor y &amp;pecyn gwreiddiol</translation>
    </message>
    <message>
        <source>Open the pack exactly as received in your PDF viewer</source>
        <translation>Agor y pecyn yn union fel y&apos;i derbyniwyd yn eich gwyliwr PDF</translation>
    </message>
    <message>
        <source>&amp;Export screening record…</source>
        <translation>&amp;Allforio&apos;r cofnod sgrinio…</translation>
    </message>
    <message>
        <source>Write a new PDF, signed by you, recording this stage</source>
        <translation>Ysgrifennu PDF newydd, wedi&apos;i lofnodi gennych chi, sy&apos;n cofnodi&apos;r cam hwn</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>Policy checklist</source>
        <translation>Rhestr wirio&apos;r polisi</translation>
    </message>
    <message>
        <source>For each check, say whether the request meets it, with a note. Which checks apply depends on the request: a Data Protection Impact Assessment only when the data relate to living individuals, Data Protection Officer and Legal Services oversight only when the data are identifiable.</source>
        <translation>Ar gyfer pob gwiriad, nodwch a yw&apos;r cais yn ei fodloni, gyda nodyn. Mae&apos;r gwiriadau sy&apos;n berthnasol yn dibynnu ar y cais: Asesiad o&apos;r Effaith ar Ddiogelu Data dim ond pan fydd y data&apos;n ymwneud ag unigolion byw, a goruchwyliaeth y Swyddog Diogelu Data a&apos;r Gwasanaethau Cyfreithiol dim ond pan fydd modd adnabod unigolion o&apos;r data.</translation>
    </message>
    <message>
        <source>Record &amp;checklist</source>
        <translation>Cofnodi&apos;r &amp;rhestr wirio</translation>
    </message>
    <message>
        <source>Each service the policy names records its assessment of the risks and benefits of the share, with a recommendation. Link precedents: earlier cases in the register.</source>
        <translation>Mae pob gwasanaeth a enwir yn y polisi yn cofnodi ei asesiad o risgiau a buddion y rhannu, gydag argymhelliad. Cysylltwch gynseiliau: achosion cynharach yn y gofrestr.</translation>
    </message>
    <message>
        <source>Triage assessments</source>
        <translation>Asesiadau brysbennu</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Argymhelliad</translation>
    </message>
    <message>
        <source>Precedents</source>
        <translation>Cynseiliau</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Aseswyd gan</translation>
    </message>
    <message>
        <source>Record an assessment</source>
        <translation>Cofnodi asesiad</translation>
    </message>
    <message>
        <source>Serv&amp;ice</source>
        <translation>Gwasanae&amp;th</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Risgiau</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risgiau</translation>
    </message>
    <message>
        <source>Benefi&amp;ts</source>
        <translation>&amp;Buddion</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Buddion</translation>
    </message>
    <message>
        <source>Recommen&amp;dation</source>
        <translation>Argymh&amp;elliad</translation>
    </message>
    <message>
        <source>Pre&amp;cedents</source>
        <translation>Cynseil&amp;iau</translation>
    </message>
    <message>
        <source>Case references, separated by commas</source>
        <translation>Cyfeirnodau achosion, wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <source>Record assess&amp;ment</source>
        <translation>Cofnodi&apos;r a&amp;sesiad</translation>
    </message>
    <message>
        <source>Stage outcome</source>
        <translation>Canlyniad y cam</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Canlyn&amp;iad</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>N&amp;odyn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>&amp;Decided by</source>
        <translation>Pen&amp;derfynwyd gan</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <source>Decision-maker&apos;s na&amp;me</source>
        <translation>&amp;Enw&apos;r sawl a benderfynodd</translation>
    </message>
    <message>
        <source>Decision-maker&apos;s name</source>
        <translation>Enw&apos;r sawl a benderfynodd</translation>
    </message>
    <message>
        <source>Cond&amp;itions</source>
        <translation>A&amp;modau</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Amodau</translation>
    </message>
    <message>
        <source>E&amp;xception</source>
        <translation>Ei&amp;thriad</translation>
    </message>
    <message>
        <source>Exception authorised by the National Statistician</source>
        <translation>Eithriad a awdurdodwyd gan yr Ystadegydd Gwladol</translation>
    </message>
    <message>
        <source>Only for an exception to the policy authorised by the National Statistician</source>
        <translation>Dim ond ar gyfer eithriad i&apos;r polisi a awdurdodwyd gan yr Ystadegydd Gwladol</translation>
    </message>
    <message>
        <source>I have checked the transparency register entry</source>
        <translation>Rwyf wedi gwirio&apos;r cofnod yn y gofrestr dryloywder</translation>
    </message>
    <message>
        <source>Exemption gro&amp;und</source>
        <translation>Sail yr e&amp;semptiad</translation>
    </message>
    <message>
        <source>Exemption ground</source>
        <translation>Sail yr esemptiad</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>Hanes yr achos</translation>
    </message>
    <message>
        <source>Every change to this case, oldest first: who, when and what. The history is append-only and hash-chained.</source>
        <translation>Pob newid i&apos;r achos hwn, y cynharaf yn gyntaf: pwy, pryd a beth. Dim ond ychwanegu at yr hanes y gellir ei wneud, ac mae wedi&apos;i gadwyno â stwnsh.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
</context>
<context>
    <name>ScreenerWindow</name>
    <message>
        <source>Received cases</source>
        <translation>Achosion a dderbyniwyd</translation>
    </message>
    <message>
        <source>Register and open cases</source>
        <translation>Y gofrestr a&apos;r achosion sydd ar agor</translation>
    </message>
    <message>
        <source>&amp;Signing identity…</source>
        <translation>&amp;Hunaniaeth lofnodi…</translation>
    </message>
    <message>
        <source>Who you are, and the key that signs your screening records</source>
        <translation>Pwy ydych chi, a&apos;r allwedd sy&apos;n llofnodi eich cofnodion sgrinio</translation>
    </message>
    <message>
        <source>Team &amp;database…</source>
        <translation>Cronfa ddata&apos;r &amp;tîm…</translation>
    </message>
    <message>
        <source>Screen alone in this data folder, or with a team on a shared PostgreSQL database</source>
        <translation>Sgrinio ar eich pen eich hun yn y ffolder data hwn, neu gyda thîm ar gronfa ddata PostgreSQL a rennir</translation>
    </message>
    <message>
        <source>Team &amp;members…</source>
        <translation>&amp;Aelodau&apos;r tîm…</translation>
    </message>
    <message>
        <source>Who is on the screening team, and their roles</source>
        <translation>Pwy sydd ar y tîm sgrinio, a&apos;u rolau</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Ynghylch</translation>
    </message>
    <message>
        <source>About onsshare-desktop</source>
        <translation>Ynghylch onsshare-desktop</translation>
    </message>
    <message>
        <source>onsshare-desktop %1

Prepares, signs and screens requests to share data held by the Office for National Statistics under the ONS Data Sharing Policy. Works entirely offline.</source>
        <translation>onsshare-desktop %1

Yn paratoi, yn llofnodi ac yn sgrinio ceisiadau i rannu data sydd gan y Swyddfa Ystadegau Gwladol o dan Bolisi Rhannu Data ONS. Mae&apos;n gweithio&apos;n gyfan gwbl all-lein.</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Yn gweithio fel %1</translation>
    </message>
    <message>
        <source>Tell the app who you are (File › Signing identity…) before you record anything.</source>
        <translation>Dywedwch wrth yr ap pwy ydych chi (Ffeil › Hunaniaeth lofnodi…) cyn i chi gofnodi unrhyw beth.</translation>
    </message>
    <message>
        <source>Welcome to screening. Before you start, say who you are: your name goes into the history of every case you assess, and your signing key signs the screening records you export.</source>
        <translation>Croeso i sgrinio. Cyn i chi ddechrau, dywedwch pwy ydych chi: mae eich enw&apos;n mynd i hanes pob achos a aseswch, ac mae eich allwedd lofnodi yn llofnodi&apos;r cofnodion sgrinio a allforiwch.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Yn darllen…</translation>
    </message>
    <message>
        <source>The case could not be opened.</source>
        <translation>Nid oedd modd agor yr achos.</translation>
    </message>
    <message>
        <source>%1 is not in the register.</source>
        <translation>Nid yw %1 yn y gofrestr.</translation>
    </message>
    <message>
        <source>The cases could not be brought in line with the trusted signers.</source>
        <translation>Nid oedd modd diweddaru&apos;r achosion yn unol â&apos;r llofnodwyr yr ymddiriedir ynddynt.</translation>
    </message>
    <message>
        <source>The screening record is still being signed; it will be written and you will be told here.</source>
        <translation>Mae&apos;r cofnod sgrinio yn dal i gael ei lofnodi; caiff ei ysgrifennu a chewch wybod yma.</translation>
    </message>
    <message>
        <source>Signed screening record written to %1</source>
        <translation>Mae&apos;r cofnod sgrinio wedi&apos;i lofnodi wedi&apos;i ysgrifennu i %1</translation>
    </message>
    <message>
        <source>ONS data sharing requests: screening</source>
        <translation>Ceisiadau rhannu data ONS: sgrinio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <source>&amp;Import packs…</source>
        <translation>&amp;Mewnforio pecynnau…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Verify and import signed PDF packs</source>
        <translation>Dilysu a mewnforio pecynnau PDF wedi&apos;u llofnodi</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Mewnforio &amp;ffolder…</translation>
    </message>
    <message>
        <source>Verify and import every PDF in a folder</source>
        <translation>Dilysu a mewnforio pob PDF mewn ffolder</translation>
    </message>
    <message>
        <source>Export transparency &amp;CSV…</source>
        <translation>Allforio CSV t&amp;ryloywder…</translation>
    </message>
    <message>
        <source>Write the transparency register</source>
        <translation>Ysgrifennu&apos;r gofrestr dryloywder</translation>
    </message>
    <message>
        <source>Re&amp;quester mode</source>
        <translation>Modd c&amp;eisydd</translation>
    </message>
    <message>
        <source>Switch to preparing requests (remembered for next time)</source>
        <translation>Newid i baratoi ceisiadau (caiff ei gofio ar gyfer y tro nesaf)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Register of received cases</source>
        <translation>&amp;Cofrestr yr achosion a dderbyniwyd</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>C&amp;au&apos;r achos</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Trusted signers…</source>
        <translation>&amp;Llofnodwyr yr ymddiriedir ynddynt…</translation>
    </message>
    <message>
        <source>The signer certificates you trust</source>
        <translation>Tystysgrifau&apos;r llofnodwyr yr ydych yn ymddiried ynddynt</translation>
    </message>
</context>
<context>
    <name>ScreeningActions</name>
    <message>
        <source>no extension</source>
        <translation>dim estyniad</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file (%1).</source>
        <translation>Nid oes rhaglen ar y cyfrifiadur hwn sy&apos;n agor y math hwn o ffeil (%1).</translation>
    </message>
    <message>
        <source>No program to open it</source>
        <translation>Dim rhaglen i&apos;w hagor</translation>
    </message>
    <message>
        <source>Save a copy, then open it with a program of your choice or on another computer.</source>
        <translation>Cadwch gopi, yna agorwch ef â rhaglen o&apos;ch dewis neu ar gyfrifiadur arall.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Cadw copi…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Cadw copi</translation>
    </message>
    <message>
        <source>The copy could not be saved.</source>
        <translation>Nid oedd modd cadw&apos;r copi.</translation>
    </message>
    <message>
        <source>Sign the screening record</source>
        <translation>Llofnodi&apos;r cofnod sgrinio</translation>
    </message>
    <message>
        <source>Export the screening record</source>
        <translation>Allforio&apos;r cofnod sgrinio</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The original pack could not be opened.</source>
        <translation>Nid oedd modd agor y pecyn gwreiddiol.</translation>
    </message>
    <message>
        <source>The attachment could not be opened.</source>
        <translation>Nid oedd modd agor yr atodiad.</translation>
    </message>
    <message>
        <source>The signer could not be confirmed.</source>
        <translation>Nid oedd modd cadarnhau&apos;r llofnodwr.</translation>
    </message>
    <message>
        <source>Signed by: %1

Fingerprint (SHA-256):
%2

Compare this fingerprint with the one the signer gives you over a channel you trust (for example by telephone). Trust this signer for all their packs?</source>
        <translation>Wedi&apos;i lofnodi gan: %1

Ôl bys (SHA-256):
%2

Cymharwch yr ôl bys hwn â&apos;r un y mae&apos;r llofnodwr yn ei roi i chi dros sianel yr ydych yn ymddiried ynddi (er enghraifft dros y ffôn). Ymddiried yn y llofnodwr hwn ar gyfer ei holl becynnau?</translation>
    </message>
    <message>
        <source>Confirm the signer</source>
        <translation>Cadarnhau&apos;r llofnodwr</translation>
    </message>
    <message>
        <source>The screening record was not exported.</source>
        <translation>Ni chafodd y cofnod sgrinio ei allforio.</translation>
    </message>
    <message>
        <source>A screening record is signed with your own key, so that anyone can check who recorded the outcome and that the record was not changed. Set it up once; it takes a minute.</source>
        <translation>Caiff cofnod sgrinio ei lofnodi â&apos;ch allwedd eich hun, er mwyn i unrhyw un allu gwirio pwy a gofnododd y canlyniad ac na chafodd y cofnod ei newid. Gosodwch hi unwaith; mae&apos;n cymryd munud.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock %1&apos;s signing key. Try again:</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n datgloi allwedd lofnodi %1. Rhowch gynnig arall arni:</translation>
    </message>
    <message>
        <source>Passphrase for %1&apos;s signing key:</source>
        <translation>Cyfrinymadrodd allwedd lofnodi %1:</translation>
    </message>
    <message>
        <source>The return note was not exported.</source>
        <translation>Ni chafodd y nodyn dychwelyd ei allforio.</translation>
    </message>
    <message>
        <source>Save the signed return note</source>
        <translation>Cadw&apos;r nodyn dychwelyd wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The decision letter was not exported.</source>
        <translation>Ni chafodd y llythyr penderfyniad ei allforio.</translation>
    </message>
    <message>
        <source>Save the signed decision letter</source>
        <translation>Cadw&apos;r llythyr penderfyniad wedi&apos;i lofnodi</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Ask the re&amp;quester</source>
        <translation>Gofyn i&apos;r c&amp;eisydd</translation>
    </message>
    <message>
        <source>Send the comment to the requester as a request for more information (it goes in the return note)</source>
        <translation>Anfon y sylw at y ceisydd fel cais am ragor o wybodaeth (mae&apos;n mynd yn y nodyn dychwelyd)</translation>
    </message>
    <message>
        <source>&amp;Withdraw a request…</source>
        <translation>Tynnu ca&amp;is yn ôl…</translation>
    </message>
    <message>
        <source>Withdraw an open request on this section: it will not be in the return note</source>
        <translation>Tynnu cais agored ar yr adran hon yn ôl: ni fydd yn y nodyn dychwelyd</translation>
    </message>
    <message>
        <source>Last recorded by %1 on %2.</source>
        <translation>Cofnodwyd ddiwethaf gan %1 ar %2.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Heb ei asesu eto.</translation>
    </message>
    <message>
        <source>Your changes are kept as you type and recorded when you leave this page.</source>
        <translation>Caiff eich newidiadau eu cadw wrth i chi deipio a&apos;u cofnodi pan fyddwch yn gadael y dudalen hon.</translation>
    </message>
    <message>
        <source>Written on an earlier version: the answer changed since this was written.</source>
        <translation>Ysgrifennwyd ar fersiwn cynharach: mae&apos;r ateb wedi newid ers i hwn gael ei ysgrifennu.</translation>
    </message>
    <message>
        <source>Written on an earlier version: the answers have not changed since.</source>
        <translation>Ysgrifennwyd ar fersiwn cynharach: nid yw&apos;r atebion wedi newid ers hynny.</translation>
    </message>
    <message>
        <source>The request is about</source>
        <translation>Mae&apos;r cais ynghylch</translation>
    </message>
    <message>
        <source>Ab&amp;out:</source>
        <translation>Yng&amp;hylch:</translation>
    </message>
    <message>
        <source>The requester&apos;s answers</source>
        <translation>Atebion y ceisydd</translation>
    </message>
    <message>
        <source>Your assessment of this section</source>
        <translation>Eich asesiad o&apos;r adran hon</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatws</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Sylw</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <source>Record &amp;assessment</source>
        <translation>Cofnodi&apos;r asesia&amp;d</translation>
    </message>
</context>
<context>
    <name>ServiceCalls</name>
    <message>
        <source>What you typed is kept.</source>
        <translation>Caiff yr hyn a deipiwyd gennych ei gadw.</translation>
    </message>
    <message>
        <source>Waiting for the database… The window stays usable; what you did is recorded once the database answers.</source>
        <translation>Yn aros am y gronfa ddata… Mae&apos;r ffenestr yn dal i weithio; caiff yr hyn a wnaethoch ei gofnodi cyn gynted ag y bydd y gronfa ddata yn ateb.</translation>
    </message>
</context>
<context>
    <name>ShareRecordsPage</name>
    <message>
        <source>Missing</source>
        <translation>Ar goll</translation>
    </message>
    <message>
        <source>Records of the share follow an approval: this case has not been approved.</source>
        <translation>Daw cofnodion y rhannu ar ôl cymeradwyaeth: nid yw&apos;r achos hwn wedi&apos;i gymeradwyo.</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Yn dal ar goll: %1.</translation>
    </message>
    <message>
        <source>Every record is in, and the end date is set.</source>
        <translation>Mae pob cofnod wedi dod i law, ac mae&apos;r dyddiad gorffen wedi&apos;i osod.</translation>
    </message>
    <message>
        <source>Benefits reports received: none yet. The requester sends one after the share; import it with the register&apos;s Import.</source>
        <translation>Adroddiadau ar fuddion a dderbyniwyd: dim eto. Mae&apos;r ceisydd yn anfon un ar ôl y rhannu; mewnforiwch ef â Mewnforio y gofrestr.</translation>
    </message>
    <message>
        <source>Benefits reports received: %1. The latest: %2 Published outputs: %3</source>
        <translation>Adroddiadau ar fuddion a dderbyniwyd: %1. Y diweddaraf: %2 Allbynnau a gyhoeddwyd: %3</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>dim eto</translation>
    </message>
    <message>
        <source>the end date</source>
        <translation>y dyddiad gorffen</translation>
    </message>
    <message>
        <source>The file of the record</source>
        <translation>Ffeil y cofnod</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.txt);;All files (*)</source>
        <translation>Dogfennau (*.pdf *.docx *.odt *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Choose the record&apos;s file first: it is kept with the case and identified by its SHA-256.</source>
        <translation>Dewiswch ffeil y cofnod yn gyntaf: caiff ei chadw gyda&apos;r achos a&apos;i hadnabod yn ôl ei SHA-256.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Dim ffeil wedi&apos;i dewis.</translation>
    </message>
    <message>
        <source>Recorded the %1 (%2).</source>
        <translation>Wedi cofnodi&apos;r %1 (%2).</translation>
    </message>
    <message>
        <source>The share ends on %1.</source>
        <translation>Mae&apos;r rhannu&apos;n dod i ben ar %1.</translation>
    </message>
    <message>
        <source>The record of the share was not recorded.</source>
        <translation>Ni chafodd cofnod y rhannu ei gofnodi.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Heb ei gofnodi: %1</translation>
    </message>
    <message>
        <source>Records of the share</source>
        <translation>Cofnodion y rhannu</translation>
    </message>
    <message>
        <source>Once a share is approved, the policy asks for its administrative records: the Data Sharing Agreement, the Memorandum of Understanding, the Data Protection Impact Assessment and the Ethical Self Assessment, each with its reference, date and file, and the date the share ends. The register shows what is still missing.</source>
        <translation>Pan fydd rhannu wedi&apos;i gymeradwyo, mae&apos;r polisi yn gofyn am ei gofnodion gweinyddol: y Cytundeb Rhannu Data, y Memorandwm Cyd-ddealltwriaeth, yr Asesiad o&apos;r Effaith ar Ddiogelu Data a&apos;r Hunanasesiad Moesegol, pob un gyda&apos;i gyfeirnod, ei ddyddiad a&apos;i ffeil, a&apos;r dyddiad y daw&apos;r rhannu i ben. Mae&apos;r gofrestr yn dangos beth sy&apos;n dal ar goll.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Add a record (a later one of the same kind replaces it)</source>
        <translation>Ychwanegu cofnod (mae un diweddarach o&apos;r un math yn cymryd ei le)</translation>
    </message>
    <message>
        <source>Re&amp;cord:</source>
        <translation>C&amp;ofnod:</translation>
    </message>
    <message>
        <source>Refe&amp;rence:</source>
        <translation>Cyfei&amp;rnod:</translation>
    </message>
    <message>
        <source>For example DSA-2027-014</source>
        <translation>Er enghraifft DSA-2027-014</translation>
    </message>
    <message>
        <source>Da&amp;te (YYYY-MM-DD):</source>
        <translation>&amp;Dyddiad (BBBB-MM-DD):</translation>
    </message>
    <message>
        <source>Date of the record</source>
        <translation>Dyddiad y cofnod</translation>
    </message>
    <message>
        <source>2027-01-20</source>
        <translation>2027-01-20</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Ffeil:</translation>
    </message>
    <message>
        <source>Choose the fi&amp;le…</source>
        <translation>Dewis y ff&amp;eil…</translation>
    </message>
    <message>
        <source>Record &amp;it</source>
        <translation>Cofnod&amp;i</translation>
    </message>
    <message>
        <source>End of the share</source>
        <translation>Diwedd y rhannu</translation>
    </message>
    <message>
        <source>The share ends &amp;on (YYYY-MM-DD):</source>
        <translation>&amp;Mae&apos;r rhannu&apos;n dod i ben ar (BBBB-MM-DD):</translation>
    </message>
    <message>
        <source>The share ends on</source>
        <translation>Mae&apos;r rhannu&apos;n dod i ben ar</translation>
    </message>
    <message>
        <source>2030-03-31</source>
        <translation>2030-03-31</translation>
    </message>
    <message>
        <source>&amp;Set the end date</source>
        <translation>Go&amp;sod y dyddiad gorffen</translation>
    </message>
</context>
<context>
    <name>SigningKeyPage</name>
    <message>
        <source>Your signing key</source>
        <translation>Eich allwedd lofnodi</translation>
    </message>
    <message>
        <source>What you send is signed with a key that only you hold, so the receiver can tell it comes from you and was not changed on the way.</source>
        <translation>Caiff yr hyn a anfonwch ei lofnodi ag allwedd sydd gennych chi yn unig, er mwyn i&apos;r derbynnydd allu gweld ei fod yn dod oddi wrthych chi ac na chafodd ei newid ar y ffordd.</translation>
    </message>
    <message>
        <source>&amp;Make a new signing key on this computer (recommended)</source>
        <translation>Gwneud allwedd lofnodi &amp;newydd ar y cyfrifiadur hwn (argymhellir)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>Cadarnhau&apos;r cyfrinym&amp;adrodd:</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase on this computer</source>
        <translation>C&amp;ofio&apos;r cyfrinymadrodd ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>This computer has no safe place to keep passphrases, so you will type yours each time you sign.</source>
        <translation>Nid oes gan y cyfrifiadur hwn le diogel i gadw cyfrinymadroddion, felly byddwch yn teipio&apos;ch un chi bob tro y byddwch yn llofnodi.</translation>
    </message>
    <message>
        <source>&amp;Use a key file from my organisation (.p12 or .pfx)</source>
        <translation>Defnyddio ffeil allwedd gan fy &amp;sefydliad (.p12 neu .pfx)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Ffeil allwedd</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>D&amp;ewis…</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Dewis y ffeil allwedd</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Ffeil allwedd:</translation>
    </message>
    <message>
        <source>Key file pass&amp;word:</source>
        <translation>Cyf&amp;rinair y ffeil allwedd:</translation>
    </message>
    <message>
        <source>Choose your organisation&apos;s key file.</source>
        <translation>Dewiswch ffeil allwedd eich sefydliad.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters. You will type it when you sign.</source>
        <translation>
            <numerusform>Dewiswch gyfrinymadrodd o %n nod o leiaf. Byddwch yn ei deipio pan fyddwch yn llofnodi.</numerusform>
            <numerusform>Dewiswch gyfrinymadrodd o %n nod o leiaf. Byddwch yn ei deipio pan fyddwch yn llofnodi.</numerusform>
            <numerusform>Dewiswch gyfrinymadrodd o %n nod o leiaf. Byddwch yn ei deipio pan fyddwch yn llofnodi.</numerusform>
            <numerusform>Dewiswch gyfrinymadrodd o %n nod o leiaf. Byddwch yn ei deipio pan fyddwch yn llofnodi.</numerusform>
            <numerusform>Dewiswch gyfrinymadrodd o %n nod o leiaf. Byddwch yn ei deipio pan fyddwch yn llofnodi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol.</translation>
    </message>
    <message>
        <source>Choose your organisation&apos;s key file</source>
        <translation>Dewiswch ffeil allwedd eich sefydliad</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Ffeiliau allwedd (*.p12 *.pfx);;Pob ffeil (*)</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Team database</source>
        <translation>Cronfa ddata&apos;r tîm</translation>
    </message>
    <message>
        <source>A screening team shares one PostgreSQL database. Leave the address empty to screen alone in this data folder. Changes take effect when the app next starts.</source>
        <translation>Mae tîm sgrinio yn rhannu un gronfa ddata PostgreSQL. Gadewch y cyfeiriad yn wag i sgrinio ar eich pen eich hun yn y ffolder data hwn. Daw newidiadau i rym y tro nesaf y bydd yr ap yn dechrau.</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Cyfeiriad y gronfa ddata</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Cyfrinair y gronfa ddata</translation>
    </message>
    <message>
        <source>kept in the system keyring; empty: your PostgreSQL password file</source>
        <translation>wedi&apos;i gadw yng nghylch allweddi&apos;r system; gwag: eich ffeil cyfrineiriau PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Cyfeiriad:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;yfrinair:</translation>
    </message>
    <message>
        <source>A team database is a PostgreSQL server: postgresql+psycopg://user@server/database</source>
        <translation>Gweinydd PostgreSQL yw cronfa ddata tîm: postgresql+psycopg://user@server/database</translation>
    </message>
    <message>
        <source>The password could not be kept in the keyring: %1</source>
        <translation>Nid oedd modd cadw&apos;r cyfrinair yn y cylch allweddi: %1</translation>
    </message>
</context>
<context>
    <name>TeamMembersDialog</name>
    <message>
        <source>Team members</source>
        <translation>Aelodau&apos;r tîm</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rolau</translation>
    </message>
    <message>
        <source>&amp;Remove selected member</source>
        <translation>&amp;Tynnu&apos;r aelod a ddewiswyd</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, from their certificate</source>
        <translation>64 digid hecsadegol, o&apos;u tystysgrif</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>Ô&amp;l bys:</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Ychwanegu aelod</translation>
    </message>
    <message>
        <source>Add a member (the first member becomes the team administrator)</source>
        <translation>Ychwanegu aelod (daw&apos;r aelod cyntaf yn weinyddwr y tîm)</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rolau:</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wrthi&apos;n gweithio…</translation>
    </message>
    <message>
        <source>The team could not be read.</source>
        <translation>Nid oedd modd darllen y tîm.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n aelod.</numerusform>
            <numerusform>%n aelod.</numerusform>
            <numerusform>%n aelod.</numerusform>
            <numerusform>%n aelod.</numerusform>
            <numerusform>%n aelod.</numerusform>
        </translation>
    </message>
    <message>
        <source>No members yet: anyone with access to this database may screen. The first member you add becomes the team administrator: add yourself first.</source>
        <translation>Dim aelodau eto: caiff unrhyw un sydd â mynediad i&apos;r gronfa ddata hon sgrinio. Daw&apos;r aelod cyntaf a ychwanegwch yn weinyddwr y tîm: ychwanegwch eich hun yn gyntaf.</translation>
    </message>
    <message>
        <source>The member could not be added.</source>
        <translation>Nid oedd modd ychwanegu&apos;r aelod.</translation>
    </message>
    <message>
        <source>Select the member to remove first.</source>
        <translation>Dewiswch yr aelod i&apos;w dynnu yn gyntaf.</translation>
    </message>
    <message>
        <source>The member could not be removed.</source>
        <translation>Nid oedd modd tynnu&apos;r aelod.</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>name@example.org</source>
        <translation>enw@enghraifft.org</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>BBBB-MM-DD</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>%1
Trusted by the whole team; added by %2</source>
        <translation>%1
Mae&apos;r tîm cyfan yn ymddiried ynddo; ychwanegwyd gan %2</translation>
    </message>
    <message>
        <source>Import a signer&apos;s certificate</source>
        <translation>Mewnforio tystysgrif llofnodwr</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Tystysgrifau (*.pem *.crt *.cer *.der);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Trusted signers</source>
        <translation>Llofnodwyr yr ymddiriedir ynddynt</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Trust %1 (%2)?

Fingerprint (SHA-256):
%3

Check this fingerprint with the signer before you trust it.</source>
        <translation>Ymddiried yn %1 (%2)?

Ôl bys (SHA-256):
%3

Gwiriwch yr ôl bys hwn gyda&apos;r llofnodwr cyn i chi ymddiried ynddo.</translation>
    </message>
    <message>
        <source>Trusted %1.</source>
        <translation>Rydych bellach yn ymddiried yn %1.</translation>
    </message>
    <message>
        <source>Stop trusting this signer? Their packs not yet past first screening become “signer not confirmed”.</source>
        <translation>Peidio ag ymddiried yn y llofnodwr hwn? Bydd ei becynnau nad ydynt eto wedi pasio&apos;r sgrinio cyntaf yn troi&apos;n “llofnodwr heb ei gadarnhau”.</translation>
    </message>
    <message>
        <source>No longer trusted: %1.</source>
        <translation>Nid ydych yn ymddiried yn %1 mwyach.</translation>
    </message>
    <message>
        <source>Packs signed by these certificates are marked “signer confirmed”. Add a certificate only after checking its fingerprint with the signer over a channel you trust.</source>
        <translation>Caiff pecynnau a lofnodwyd â&apos;r tystysgrifau hyn eu marcio&apos;n “llofnodwr wedi&apos;i gadarnhau”. Ychwanegwch dystysgrif dim ond ar ôl gwirio ei hôl bys gyda&apos;r llofnodwr dros sianel yr ydych yn ymddiried ynddi.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Ôl bys (SHA-256)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Yn ddilys tan</translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation>&amp;Mewnforio tystysgrif…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
</context>
<context>
    <name>VersionsPage</name>
    <message>
        <source>Every version of this case received, oldest first. The register lists the case once, by its latest version. Open a version to read it as it was signed, or compare it with the version shown here.</source>
        <translation>Pob fersiwn o&apos;r achos hwn a ddaeth i law, yr hynaf yn gyntaf. Mae&apos;r gofrestr yn rhestru&apos;r achos unwaith, yn ôl ei fersiwn ddiweddaraf. Agorwch fersiwn i&apos;w darllen fel y&apos;i llofnodwyd, neu cymharwch hi â&apos;r fersiwn a ddangosir yma.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Wedi&apos;i lofnodi gan</translation>
    </message>
    <message>
        <source>Pack SHA-256</source>
        <translation>SHA-256 y pecyn</translation>
    </message>
    <message>
        <source>Versions of this case</source>
        <translation>Fersiynau&apos;r achos hwn</translation>
    </message>
    <message>
        <source>&amp;Open this version</source>
        <translation>Agor y fersiwn h&amp;on</translation>
    </message>
    <message>
        <source>Open the chosen version in its own tab (or press Enter on it)</source>
        <translation>Agor y fersiwn a ddewiswyd yn ei thab ei hun (neu pwyswch Enter arni)</translation>
    </message>
    <message>
        <source>Co&amp;mpare with the version shown…</source>
        <translation>Cy&amp;mharu â&apos;r fersiwn a ddangosir…</translation>
    </message>
    <message>
        <source>What changed between the chosen version and the one shown here, word by word</source>
        <translation>Beth a newidiodd rhwng y fersiwn a ddewiswyd a&apos;r un a ddangosir yma, air am air</translation>
    </message>
    <message>
        <source>Version %1: pack SHA-256 %2, received %3</source>
        <translation>Fersiwn %1: SHA-256 y pecyn %2, wedi dod i law %3</translation>
    </message>
    <message>
        <source>%1 (shown here)</source>
        <translation>%1 (a ddangosir yma)</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
</TS>
