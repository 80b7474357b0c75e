<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>Getting started</source>
        <translation>Dechrau arni</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Carreg filltir</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisiwn</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Ymrwymiadau</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Panel agreement</source>
        <translation>Cytundeb y panel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Addewid</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Cyf.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>What the panel thinks</source>
        <translation>Barn y panel</translation>
    </message>
    <message>
        <source>What we heard</source>
        <translation>Yr hyn a glywsom</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Cytunwyd</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Hwyr o</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
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
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Aelodau</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi’u gwneud</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rownd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Eitemau</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Adolygwyr</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Cytuno</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Anghytuno</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Ble mae</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Adolygydd</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Gofynnwyd ar</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Atebwyd</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Dyfyniadau</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Ymddiheuriadau</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Yn absennol</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Geiriau</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Siaradwr</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Dalen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Beth sydd o’i le</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>yn Saesneg</translation>
    </message>
    <message>
        <source>Cymraeg</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>in Welsh</source>
        <translation>yn Gymraeg</translation>
    </message>
    <message>
        <source>The Welsh version: a Welsh report shows it, an English one the English (where one is missing, the other is shown and marked).</source>
        <translation>Y fersiwn Gymraeg: mae adroddiad Cymraeg yn ei dangos, ac adroddiad Saesneg y fersiwn Saesneg (lle mae un ar goll, dangosir y llall a’i nodi).</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Wedi stopio: ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Y ffeil</translation>
    </message>
    <message>
        <source>That did not work: %1. Nothing was changed.</source>
        <translation>Ni weithiodd hynny: %1. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source> (to earlier words)</source>
        <translation> (i eiriau cynharach)</translation>
    </message>
    <message>
        <source>No comment.</source>
        <translation>Dim sylw.</translation>
    </message>
    <message>
        <source>Everything held about a member</source>
        <translation>Popeth a gedwir am aelod</translation>
    </message>
    <message>
        <source>This writes one workbook with everything held about %1: their personal details (contact details and accessibility notes too), consents, attendance, their words, commitments and review answers, and the changes recorded about them.

It is not protected with a passphrase, so it can be given to them: keep it safe until it is.</source>
        <translation>Mae hyn yn ysgrifennu un llyfr gwaith gyda phopeth a gedwir am %1: eu manylion personol (manylion cyswllt a nodiadau hygyrchedd hefyd), caniatâd, presenoldeb, eu geiriau, ymrwymiadau ac atebion adolygu, a’r newidiadau a gofnodwyd amdanyn nhw.

Nid yw wedi’i ddiogelu â chyfrinymadrodd, felly gellir ei roi iddyn nhw: cadwch ef yn ddiogel nes y caiff ei roi.</translation>
    </message>
    <message>
        <source>

This database is encrypted: choosing OK writes this copy unprotected, on purpose.</source>
        <translation>

Mae’r gronfa ddata hon wedi’i hamgryptio: mae dewis Iawn yn ysgrifennu’r copi hwn heb ei ddiogelu, yn fwriadol.</translation>
    </message>
    <message>
        <source>Save everything held about this member</source>
        <translation>Cadw popeth a gedwir am yr aelod hwn</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Llyfrau gwaith (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote %1: it holds this member&apos;s personal details; it is not protected.</source>
        <translation>Ysgrifennwyd %1: mae’n cynnwys manylion personol yr aelod hwn; nid yw wedi’i ddiogelu.</translation>
    </message>
    <message>
        <source>%1 was already erased.</source>
        <translation>Roedd %1 eisoes wedi’i ddileu’n llwyr.</translation>
    </message>
    <message>
        <source>The member was not erased: %1. Nothing was changed.</source>
        <translation>Ni chafodd yr aelod ei ddileu: %1. Ni newidiwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>Erased %1: personal details removed; %n quote(s) removed. This cannot be undone.</source>
        <translation>
            <numerusform>Cafodd %1 ei ddileu’n llwyr: tynnwyd y manylion personol; tynnwyd %n dyfyniad. Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Cafodd %1 ei ddileu’n llwyr: tynnwyd y manylion personol; tynnwyd %n dyfyniad. Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Cafodd %1 ei ddileu’n llwyr: tynnwyd y manylion personol; tynnwyd %n dyfyniad. Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Cafodd %1 ei ddileu’n llwyr: tynnwyd y manylion personol; tynnwyd %n dyfyniad. Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Cafodd %1 ei ddileu’n llwyr: tynnwyd y manylion personol; tynnwyd %n dyfyniad. Ni ellir dadwneud hyn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %1: personal details removed; %n quote(s) kept without their name. This cannot be undone.</source>
        <translation>
            <numerusform>Cafodd %1 ei ddileu’n llwyr: tynnwyd y manylion personol; cadwyd %n dyfyniad heb eu henw. Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Cafodd %1 ei ddileu’n llwyr: tynnwyd y manylion personol; cadwyd %n dyfyniad heb eu henw. Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Cafodd %1 ei ddileu’n llwyr: tynnwyd y manylion personol; cadwyd %n dyfyniad heb eu henw. Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Cafodd %1 ei ddileu’n llwyr: tynnwyd y manylion personol; cadwyd %n dyfyniad heb eu henw. Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Cafodd %1 ei ddileu’n llwyr: tynnwyd y manylion personol; cadwyd %n dyfyniad heb eu henw. Ni ellir dadwneud hyn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose something we heard to see what was done about it.</source>
        <translation>Dewiswch rywbeth a glywsom i weld beth a wnaed yn ei gylch.</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>Dywedoch chi</translation>
    </message>
    <message>
        <source>a panel member</source>
        <translation>aelod o’r panel</translation>
    </message>
    <message>
        <source>No quotes linked yet; heard at %1.</source>
        <translation>Dim dyfyniadau wedi’u cysylltu eto; clywyd yn %1.</translation>
    </message>
    <message>
        <source>No quotes linked yet.</source>
        <translation>Dim dyfyniadau wedi’u cysylltu eto.</translation>
    </message>
    <message>
        <source>We did</source>
        <translation>Gwnaethom ni</translation>
    </message>
    <message>
        <source>No action has been agreed on this yet. Agree one on the Actions &amp; Commitments screen and link it to this.</source>
        <translation>Nid oes cam gweithredu wedi’i gytuno ar hyn eto. Cytunwch ar un ar y sgrin Camau ac Ymrwymiadau a’i gysylltu â hyn.</translation>
    </message>
    <message>
        <source>Progress %1</source>
        <translation>Cynnydd %1</translation>
    </message>
    <message>
        <source>No organisation has committed to this yet.</source>
        <translation>Nid oes unrhyw sefydliad wedi ymrwymo i hyn eto.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>erbyn %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>dim dyddiad disgwyl</translation>
    </message>
    <message>
        <source>%1 committed: “%2”</source>
        <translation>Ymrwymodd %1: “%2”</translation>
    </message>
    <message>
        <source>No update yet.</source>
        <translation>Dim diweddariad eto.</translation>
    </message>
    <message>
        <source>What they say</source>
        <translation>Beth maen nhw’n ei ddweud</translation>
    </message>
    <message>
        <source>see them all</source>
        <translation>gweld y cyfan</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Yn darllen…</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>No theme</source>
        <translation>Dim thema</translation>
    </message>
    <message>
        <source>Agree an action</source>
        <translation>Cytuno ar gam gweithredu</translation>
    </message>
    <message>
        <source>An action is a local change the commission has agreed. Link it to what we heard, so the trail runs from the panel&apos;s words to what was done.</source>
        <translation>Newid lleol y mae’r comisiwn wedi’i gytuno yw cam gweithredu. Cysylltwch ef â’r hyn a glywsom, fel bod y trywydd yn arwain o eiriau’r panel at yr hyn a wnaed.</translation>
    </message>
    <message>
        <source>Agree action</source>
        <translation>Cytuno ar y cam gweithredu</translation>
    </message>
    <message>
        <source>e.g. One door for help: a single contact that follows up</source>
        <translation>e.e. Un drws am help: un cyswllt sy’n dilyn pethau i fyny</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Beth mae’n ei olygu</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Cytunwyd yn</translation>
    </message>
    <message>
        <source>What we heard that it answers</source>
        <translation>Yr hyn a glywsom y mae’n ei ateb</translation>
    </message>
    <message>
        <source>Filter what we heard…</source>
        <translation>Hidlo’r hyn a glywsom…</translation>
    </message>
</context>
<context>
    <name>ActionFrameworks</name>
    <message>
        <source>Frameworks it addresses</source>
        <translation>Y fframweithiau y mae’n mynd i’r afael â nhw</translation>
    </message>
    <message>
        <source>Filter framework areas…</source>
        <translation>Hidlo meysydd y fframwaith…</translation>
    </message>
    <message>
        <source>Framework areas this action addresses</source>
        <translation>Meysydd fframwaith y mae’r cam gweithredu hwn yn mynd i’r afael â nhw</translation>
    </message>
    <message>
        <source>Tag action with framework areas</source>
        <translation>Tagio’r cam gweithredu â meysydd fframwaith</translation>
    </message>
</context>
<context>
    <name>ActionsScreen</name>
    <message>
        <source>Actions &amp; Commitments</source>
        <translation>Camau ac Ymrwymiadau</translation>
    </message>
    <message>
        <source>Agree an action…</source>
        <translation>Cytuno ar gam gweithredu…</translation>
    </message>
    <message>
        <source>Add commitment…</source>
        <translation>Ychwanegu ymrwymiad…</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Ymrwymiadau</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>States and progress as of %1: change the date on the Dashboard.</source>
        <translation>Cyflyrau a chynnydd ar %1: newidiwch y dyddiad ar y Dangosfwrdd.</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>No actions agreed yet</source>
        <translation>Dim camau gweithredu wedi’u cytuno eto</translation>
    </message>
    <message>
        <source>When the commission agrees what should change, record it here and link it to what we heard.</source>
        <translation>Pan fydd y comisiwn yn cytuno beth ddylai newid, cofnodwch hynny yma a’i gysylltu â’r hyn a glywsom.</translation>
    </message>
    <message>
        <source>Agree an action</source>
        <translation>Cytuno ar gam gweithredu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Beth mae’n ei olygu</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Cytunwyd yn</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Ymrwymiadau</translation>
    </message>
    <message>
        <source>Add commitment…</source>
        <translation>Ychwanegu ymrwymiad…</translation>
    </message>
    <message>
        <source>Commitments towards this action</source>
        <translation>Ymrwymiadau tuag at y cam gweithredu hwn</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Dileu cam gweithredu</translation>
    </message>
    <message>
        <source>What we heard that it answers</source>
        <translation>Yr hyn a glywsom y mae’n ei ateb</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>No commitments yet: add the first organisation&apos;s pledge.</source>
        <translation>Dim ymrwymiadau eto: ychwanegwch addewid y sefydliad cyntaf.</translation>
    </message>
    <message>
        <source>Action deleted, with its commitments. Ctrl+Z brings them back.</source>
        <translation>Dilëwyd y cam gweithredu, a’i ymrwymiadau. Mae Ctrl+Z yn dod â nhw’n ôl.</translation>
    </message>
</context>
<context>
    <name>AddFrameworkDialog</name>
    <message>
        <source>Add your own framework</source>
        <translation>Ychwanegu eich fframwaith eich hun</translation>
    </message>
    <message>
        <source>A framework is a named list of areas, for example the areas of your council&apos;s well-being plan. Tag actions with its areas to show which ones they address.</source>
        <translation>Rhestr o feysydd ag enw yw fframwaith, er enghraifft meysydd cynllun llesiant eich cyngor. Tagiwch gamau gweithredu â’i feysydd i ddangos pa rai y maen nhw’n mynd i’r afael â nhw.</translation>
    </message>
    <message>
        <source>Framework name</source>
        <translation>Enw’r fframwaith</translation>
    </message>
    <message>
        <source>One area on each line</source>
        <translation>Un maes ar bob llinell</translation>
    </message>
    <message>
        <source>Areas, one on each line</source>
        <translation>Meysydd, un ar bob llinell</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Meysydd</translation>
    </message>
</context>
<context>
    <name>AddItemsDialog</name>
    <message>
        <source>Add items</source>
        <translation>Ychwanegu eitemau</translation>
    </message>
    <message>
        <source>Everyone already asked in this round is asked about these too.</source>
        <translation>Gofynnir i bawb a holwyd eisoes yn y rownd hon am y rhain hefyd.</translation>
    </message>
</context>
<context>
    <name>AddReviewersDialog</name>
    <message>
        <source>Add reviewers</source>
        <translation>Ychwanegu adolygwyr</translation>
    </message>
    <message>
        <source>They are asked about every item in the round.</source>
        <translation>Gofynnir iddyn nhw am bob eitem yn y rownd.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Filter…</source>
        <translation>Hidlo…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Canfod</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>Find in %1</source>
        <translation>Canfod yn y rhestr: %1</translation>
    </message>
</context>
<context>
    <name>CloseRound</name>
    <message>
        <source>Close the review round</source>
        <translation>Cau’r rownd adolygu</translation>
    </message>
</context>
<context>
    <name>CommissionDetails</name>
    <message>
        <source>Change the commission&apos;s details</source>
        <translation>Newid manylion y comisiwn</translation>
    </message>
</context>
<context>
    <name>CommissionDetailsDialog</name>
    <message>
        <source>Commission details</source>
        <translation>Manylion y comisiwn</translation>
    </message>
    <message>
        <source>The name in Welsh is the one a Welsh report, review pack or update return uses; where it is empty they use the English.</source>
        <translation>Yr enw Cymraeg yw’r un a ddefnyddir gan adroddiad, pecyn adolygu neu ffurflen ddiweddaru Gymraeg; lle mae’n wag, defnyddir yr enw Saesneg.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Add a commitment</source>
        <translation>Ychwanegu ymrwymiad</translation>
    </message>
    <message>
        <source>A commitment is an organisation&apos;s pledge towards an agreed action.</source>
        <translation>Ymrwymiad yw addewid sefydliad tuag at gam gweithredu a gytunwyd.</translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation>Ychwanegu ymrwymiad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>What they promised, in their words</source>
        <translation>Beth a addawsant, yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Mae dyddiad erbyn</translation>
    </message>
    <message>
        <source>How much this commitment counts towards its action&apos;s progress (usually 1).</source>
        <translation>Faint mae’r ymrwymiad hwn yn cyfrif tuag at gynnydd ei gam gweithredu (1 fel arfer).</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Addewid</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Gwnaed gan</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pwysiad</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <source>No due date</source>
        <translation>Dim dyddiad erbyn</translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <source>Filter commitments by words</source>
        <translation>Hidlo ymrwymiadau yn ôl geiriau</translation>
    </message>
    <message>
        <source>Filter by words in the pledge, action or organisation…</source>
        <translation>Hidlo yn ôl geiriau yn yr addewid, y cam gweithredu neu’r sefydliad…</translation>
    </message>
    <message>
        <source>Show the commitments of</source>
        <translation>Dangos ymrwymiadau’r sefydliad</translation>
    </message>
    <message>
        <source>Show commitments in state</source>
        <translation>Dangos ymrwymiadau yn y cyflwr</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Pob cyflwr</translation>
    </message>
    <message>
        <source>Show commitments under theme</source>
        <translation>Dangos ymrwymiadau o dan y thema</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Hidlo</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Ymrwymiadau</translation>
    </message>
    <message>
        <source>No commitments yet</source>
        <translation>Dim ymrwymiadau eto</translation>
    </message>
    <message>
        <source>A commitment is an organisation&apos;s pledge towards an agreed action. Agree an action first, then add each organisation&apos;s pledge.</source>
        <translation>Ymrwymiad yw addewid sefydliad tuag at gam gweithredu a gytunwyd. Cytunwch ar gam gweithredu yn gyntaf, yna ychwanegwch addewid pob sefydliad.</translation>
    </message>
    <message>
        <source>Open the action this commitment is towards</source>
        <translation>Agor y cam gweithredu y mae’r ymrwymiad hwn tuag ato</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Yn hysbys</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Mae dyddiad erbyn</translation>
    </message>
    <message>
        <source>How much this commitment counts towards its action&apos;s progress</source>
        <translation>Faint mae’r ymrwymiad hwn yn cyfrif tuag at gynnydd ei gam gweithredu</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Gosod</translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation>Dileu ymrwymiad</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Addewid</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Gwnaed gan</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pwysiad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Diweddariadau</translation>
    </message>
    <message>
        <source>Log update…</source>
        <translation>Cofnodi diweddariad…</translation>
    </message>
    <message>
        <source>Updates on this commitment</source>
        <translation>Diweddariadau ar yr ymrwymiad hwn</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Cerrig milltir</translation>
    </message>
    <message>
        <source>Milestones (%1)</source>
        <translation>Cerrig milltir (%1)</translation>
    </message>
    <message>
        <source>A commitment is an organisation&apos;s pledge towards an agreed action. No action is agreed yet: agree the first one, then add each organisation&apos;s pledge.</source>
        <translation>Ymrwymiad yw addewid sefydliad tuag at gam gweithredu a gytunwyd. Does dim cam gweithredu wedi’i gytuno eto: cytunwch ar y cyntaf, yna ychwanegwch addewid pob sefydliad.</translation>
    </message>
    <message>
        <source>Agree an action</source>
        <translation>Cytuno ar gam gweithredu</translation>
    </message>
    <message>
        <source>Every organisation</source>
        <translation>Pob sefydliad</translation>
    </message>
    <message>
        <source>Every theme</source>
        <translation>Pob thema</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n ymrwymiad</numerusform>
            <numerusform>%n ymrwymiad</numerusform>
            <numerusform>%n ymrwymiad</numerusform>
            <numerusform>%n ymrwymiad</numerusform>
            <numerusform>%n ymrwymiad</numerusform>
        </translation>
    </message>
    <message>
        <source>No commitment chosen</source>
        <translation>Dim ymrwymiad wedi’i ddewis</translation>
    </message>
    <message>
        <source>For action {ref}: {title}</source>
        <translation>Ar gyfer cam gweithredu {ref}: {title}</translation>
    </message>
    <message>
        <source>Made on {made}, after the date the figures are for ({on}): not in any figure yet.</source>
        <translation>Wedi’i wneud ar {made}, ar ôl dyddiad y ffigurau ({on}): nid yw mewn unrhyw ffigur eto.</translation>
    </message>
    <message>
        <source>{progress} · the panel: {verdict}</source>
        <translation>{progress} · y panel: {verdict}</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>wedi’i ollwng</translation>
    </message>
    <message>
        <source>Update removed. Ctrl+Z brings it back.</source>
        <translation>Tynnwyd y diweddariad. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Commitment deleted. Ctrl+Z brings it back.</source>
        <translation>Dilëwyd yr ymrwymiad. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation>Ychwanegu ymrwymiad</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this</source>
        <translation>Mae rhywun arall wedi newid hyn</translation>
    </message>
    <message>
        <source>Copy what I typed</source>
        <translation>Copïo’r hyn a deipiais</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Cadw eu fersiwn nhw</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Defnyddio fy un i</translation>
    </message>
    <message>
        <source>Save my choices</source>
        <translation>Cadw fy newisiadau</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Wedi’i gopïo</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Lost the connection</source>
        <translation>Collwyd y cysylltiad</translation>
    </message>
    <message>
        <source>Lost the connection to the shared database</source>
        <translation>Collwyd y cysylltiad â’r gronfa ddata a rennir</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <source>Expires</source>
        <translation>Yn dod i ben</translation>
    </message>
    <message>
        <source>%1 expires</source>
        <translation>%1: dyddiad dod i ben</translation>
    </message>
    <message>
        <source>No expiry: valid until withdrawn</source>
        <translation>Dim dyddiad dod i ben: yn ddilys nes ei dynnu’n ôl</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnodi</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Which areas our actions address</source>
        <translation>Pa feysydd y mae ein camau gweithredu yn mynd i’r afael â nhw</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>Add your own framework…</source>
        <translation>Ychwanegu eich fframwaith eich hun…</translation>
    </message>
    <message>
        <source>Add your own framework</source>
        <translation>Ychwanegu eich fframwaith eich hun</translation>
    </message>
    <message>
        <source>Areas no action addresses</source>
        <translation>Meysydd heb gam gweithredu</translation>
    </message>
    <message>
        <source>Area and its actions</source>
        <translation>Maes a’i gamau gweithredu</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Commitments by state</source>
        <translation>Ymrwymiadau yn ôl eu cyflwr</translation>
    </message>
    <message>
        <source>Framework coverage</source>
        <translation>Cwmpas y fframwaith</translation>
    </message>
    <message>
        <source>Tag actions with areas on Actions &amp; Commitments ▸ Actions. Double-click an action to open it.</source>
        <translation>Tagiwch gamau gweithredu â meysydd ar Camau ac Ymrwymiadau ▸ Camau gweithredu. Cliciwch ddwywaith ar gam gweithredu i’w agor.</translation>
    </message>
    <message>
        <source>Delete this framework</source>
        <translation>Dileu’r fframwaith hwn</translation>
    </message>
    <message>
        <source>%1 (your own)</source>
        <translation>%1 (eich un chi)</translation>
    </message>
    <message>
        <source>No frameworks yet.</source>
        <translation>Dim fframweithiau eto.</translation>
    </message>
    <message>
        <source>No action is tagged with this framework yet.</source>
        <translation>Does dim cam gweithredu wedi’i dagio â’r fframwaith hwn eto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not yet addressed by any action:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Heb gam gweithredu eto:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>Every area has at least one action.</source>
        <translation>Mae gan bob maes o leiaf un cam gweithredu.</translation>
    </message>
    <message>
        <source>No action addresses this yet</source>
        <translation>Does dim cam gweithredu ar gyfer hyn eto</translation>
    </message>
    <message>
        <source>no commitments yet</source>
        <translation>dim ymrwymiadau eto</translation>
    </message>
    <message>
        <source>Delete framework</source>
        <translation>Dileu fframwaith</translation>
    </message>
    <message>
        <source>Framework deleted, with its tags on actions. Ctrl+Z brings them back.</source>
        <translation>Dilëwyd y fframwaith, a’i dagiau ar gamau gweithredu. Mae Ctrl+Z yn dod â nhw’n ôl.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o’i le</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your last saved change is safe; you can carry on, or close Commission and open it again.</source>
        <translation>Aeth rhywbeth annisgwyl o’i le. Mae’r newid diwethaf a gadwyd yn ddiogel; gallwch barhau, neu gau Commission a’i agor eto.</translation>
    </message>
    <message>
        <source>The details are kept in {path}.</source>
        <translation>Cedwir y manylion yn {path}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copïo’r manylion</translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation>Copïo manylion y gwall</translation>
    </message>
    <message>
        <source>Copies the technical details, to paste into an email to whoever helps you with Commission.</source>
        <translation>Yn copïo’r manylion technegol, i’w gludo mewn e-bost at bwy bynnag sy’n eich helpu gyda Commission.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cau’r neges hon</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Wedi’u copïo</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Ffigurau ar</translation>
    </message>
    <message>
        <source>Every figure on every screen counts only the updates dated on or before this day.</source>
        <translation>Mae pob ffigur ar bob sgrin yn cyfrif dim ond y diweddariadau a ddyddiwyd ar y diwrnod hwn neu cyn hynny.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Y cam nesaf</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Mynd i’r cam nesaf</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Cynnydd cyffredinol</translation>
    </message>
    <message>
        <source>Commitments by state</source>
        <translation>Ymrwymiadau yn ôl eu cyflwr</translation>
    </message>
    <message>
        <source>Panel agreement</source>
        <translation>Cytundeb y panel</translation>
    </message>
    <message>
        <source>Progress by theme</source>
        <translation>Cynnydd yn ôl thema</translation>
    </message>
    <message>
        <source>No themes yet: name them on Themes &amp; Insights.</source>
        <translation>Dim themâu eto: enwch nhw ar Themâu a Mewnwelediadau.</translation>
    </message>
    <message>
        <source>Commitments by organisation</source>
        <translation>Ymrwymiadau yn ôl sefydliad</translation>
    </message>
    <message>
        <source>Commitments by state (chart)</source>
        <translation>Ymrwymiadau yn ôl eu cyflwr (siart)</translation>
    </message>
    <message>
        <source>No commitments yet: each organisation&apos;s pledges will show here.</source>
        <translation>Dim ymrwymiadau eto: bydd addewidion pob sefydliad yn ymddangos yma.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Hwyr</translation>
    </message>
    <message>
        <source>Overdue and at-risk commitments</source>
        <translation>Ymrwymiadau hwyr ac mewn perygl</translation>
    </message>
    <message>
        <source>Double-click to open the commitment</source>
        <translation>Cliciwch ddwywaith i agor yr ymrwymiad</translation>
    </message>
    <message>
        <source>Nothing is overdue on this date.</source>
        <translation>Does dim byd yn hwyr ar y dyddiad hwn.</translation>
    </message>
    <message>
        <source>Promised by a date that has passed, and not done.</source>
        <translation>Addawyd erbyn dyddiad sydd wedi mynd heibio, a heb ei wneud.</translation>
    </message>
    <message>
        <source> — figures as of %1</source>
        <translation> — ffigurau ar %1</translation>
    </message>
    <message numerus="yes">
        <source>The mean progress of %n agreed action(s).</source>
        <translation>
            <numerusform>Cynnydd cymedrig %n cam gweithredu a gytunwyd.</numerusform>
            <numerusform>Cynnydd cymedrig %n cam gweithredu a gytunwyd.</numerusform>
            <numerusform>Cynnydd cymedrig %n cam gweithredu a gytunwyd.</numerusform>
            <numerusform>Cynnydd cymedrig %n cam gweithredu a gytunwyd.</numerusform>
            <numerusform>Cynnydd cymedrig %n cam gweithredu a gytunwyd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n ymrwymiad</numerusform>
            <numerusform>%n ymrwymiad</numerusform>
            <numerusform>%n ymrwymiad</numerusform>
            <numerusform>%n ymrwymiad</numerusform>
            <numerusform>%n ymrwymiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n organisation(s).</source>
        <translation>
            <numerusform>gan %n sefydliad.</numerusform>
            <numerusform>gan %n sefydliad.</numerusform>
            <numerusform>gan %n sefydliad.</numerusform>
            <numerusform>gan %n sefydliad.</numerusform>
            <numerusform>gan %n sefydliad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is done yet, so there is nothing for the panel to agree with.</source>
        <translation>Does dim byd wedi’i wneud eto, felly does dim i’r panel gytuno ag ef.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n done commitment(s), the panel agrees %1 really happened.</source>
        <translation>
            <numerusform>O’r %n ymrwymiad a wnaed, mae’r panel yn cytuno bod %1 wedi digwydd go iawn.</numerusform>
            <numerusform>O’r %n ymrwymiad a wnaed, mae’r panel yn cytuno bod %1 wedi digwydd go iawn.</numerusform>
            <numerusform>O’r %n ymrwymiad a wnaed, mae’r panel yn cytuno bod %1 wedi digwydd go iawn.</numerusform>
            <numerusform>O’r %n ymrwymiad a wnaed, mae’r panel yn cytuno bod %1 wedi digwydd go iawn.</numerusform>
            <numerusform>O’r %n ymrwymiad a wnaed, mae’r panel yn cytuno bod %1 wedi digwydd go iawn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>%1 is not a date: the date is still %2.</source>
        <translation>Nid yw %1 yn ddyddiad: mae’r dyddiad yn dal yn %2.</translation>
    </message>
</context>
<context>
    <name>DecidimExport</name>
    <message>
        <source>Export for Decidim (redacted for others)</source>
        <translation>Allforio ar gyfer Decidim (wedi’i olygu ar gyfer eraill)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {name}: Decidim results as of the date on screen, redacted for others (names only with consent).</source>
        <translation>Ysgrifennwyd {name}: canlyniadau Decidim ar y dyddiad ar y sgrin, wedi’u golygu ar gyfer eraill (enwau dim ond gyda chaniatâd).</translation>
    </message>
    <message>
        <source>Check {n} place(s) where a first name or surname of a member who is not named is left.</source>
        <translation>Gwiriwch y {n} man lle gadawyd enw cyntaf neu gyfenw aelod nad yw’n cael ei enwi.</translation>
    </message>
</context>
<context>
    <name>DraftsWrittenDialog</name>
    <message>
        <source>Open the draft</source>
        <translation>Agor y drafft</translation>
    </message>
    <message>
        <source>Open the chosen email draft in your mail program</source>
        <translation>Agor y drafft e-bost a ddewiswyd yn eich rhaglen e-bost</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>their name and pseudonym</source>
        <translation>eu henw a’u ffugenw</translation>
    </message>
    <message>
        <source>their email, phone and accessibility notes</source>
        <translation>eu cyfeiriad e-bost, eu rhif ffôn a’u nodiadau hygyrchedd</translation>
    </message>
    <message>
        <source>the notes on their consent records and their comments in review rounds</source>
        <translation>y nodiadau ar eu cofnodion caniatâd a’u sylwadau mewn rowndiau adolygu</translation>
    </message>
    <message>
        <source>what the History said about them (it keeps only that an erasure happened)</source>
        <translation>yr hyn a ddywedai’r Hanes amdanyn nhw (mae’n cadw dim ond bod dileu wedi digwydd)</translation>
    </message>
    <message>
        <source>their ref and role, so attendance counts and the commitments chain still add up</source>
        <translation>eu cyfeirnod a’u rôl, fel bod cyfrifon presenoldeb a’r gadwyn ymrwymiadau yn dal i adio</translation>
    </message>
    <message>
        <source>commitments they made on behalf of an organisation (shown without their name)</source>
        <translation>ymrwymiadau a wnaethon nhw ar ran sefydliad (wedi’u dangos heb eu henw)</translation>
    </message>
    <message>
        <source>Erase a member</source>
        <translation>Dileu aelod yn llwyr</translation>
    </message>
    <message>
        <source>Erase %1 (%2)</source>
        <translation>Dileu %1 (%2) yn llwyr</translation>
    </message>
    <message>
        <source>Do this when they have asked for their personal details to be erased. It cannot be undone. Export everything held about them first if they want a copy.</source>
        <translation>Gwnewch hyn pan fyddan nhw wedi gofyn i’w manylion personol gael eu dileu. Ni ellir ei ddadwneud. Allforiwch bopeth a gedwir amdanyn nhw yn gyntaf os ydyn nhw eisiau copi.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Their words&lt;/b&gt; — %n quote(s) recorded from them</source>
        <translation>
            <numerusform>&lt;b&gt;Eu geiriau&lt;/b&gt; — %n dyfyniad wedi’u cofnodi ganddyn nhw</numerusform>
            <numerusform>&lt;b&gt;Eu geiriau&lt;/b&gt; — %n dyfyniad wedi’u cofnodi ganddyn nhw</numerusform>
            <numerusform>&lt;b&gt;Eu geiriau&lt;/b&gt; — %n dyfyniad wedi’u cofnodi ganddyn nhw</numerusform>
            <numerusform>&lt;b&gt;Eu geiriau&lt;/b&gt; — %n dyfyniad wedi’u cofnodi ganddyn nhw</numerusform>
            <numerusform>&lt;b&gt;Eu geiriau&lt;/b&gt; — %n dyfyniad wedi’u cofnodi ganddyn nhw</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove their quotes</source>
        <translation>Tynnu eu dyfyniadau</translation>
    </message>
    <message>
        <source>Keep their quotes without their name (shown as “a panel member”)</source>
        <translation>Cadw eu dyfyniadau heb eu henw (wedi’u dangos fel “aelod o’r panel”)</translation>
    </message>
    <message>
        <source>To confirm, type their ref, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>I gadarnhau, teipiwch eu cyfeirnod, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Dileu am byth</translation>
    </message>
</context>
<context>
    <name>FilesWrittenDialog</name>
    <message>
        <source>Open the folder</source>
        <translation>Agor y ffolder</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Add the panel&apos;s members first: the community commissioners, then the civic commissioners and facilitators.</source>
        <translation>Ychwanegwch aelodau’r panel yn gyntaf: y comisiynwyr cymunedol, yna’r comisiynwyr dinesig a’r hwyluswyr.</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>Ychwanegu aelodau</translation>
    </message>
    <message>
        <source>No sessions yet — record your first listening session: who came, and what was said.</source>
        <translation>Dim sesiynau eto — cofnodwch eich sesiwn wrando gyntaf: pwy ddaeth, a beth a ddywedwyd.</translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation>Cofnodi sesiwn</translation>
    </message>
    <message>
        <source>Nothing heard yet — name a theme and write down what the panel said, in a sentence they would stand behind.</source>
        <translation>Dim byd wedi’i glywed eto — enwch thema ac ysgrifennwch beth ddywedodd y panel, mewn brawddeg y bydden nhw’n ei chefnogi.</translation>
    </message>
    <message>
        <source>Add what we heard</source>
        <translation>Ychwanegu’r hyn a glywsom</translation>
    </message>
    <message>
        <source>No actions agreed yet — when the commission agrees what should change, record it and link it to what we heard.</source>
        <translation>Dim camau gweithredu wedi’u cytuno eto — pan fydd y comisiwn yn cytuno beth ddylai newid, cofnodwch hynny a’i gysylltu â’r hyn a glywsom.</translation>
    </message>
    <message>
        <source>Agree an action</source>
        <translation>Cytuno ar gam gweithredu</translation>
    </message>
    <message>
        <source>No commitments yet — add each organisation&apos;s pledge towards the actions agreed.</source>
        <translation>Dim ymrwymiadau eto — ychwanegwch addewid pob sefydliad tuag at y camau gweithredu a gytunwyd.</translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation>Ychwanegu ymrwymiad</translation>
    </message>
    <message>
        <source>No updates yet — log what each organisation reports, or send them update returns.</source>
        <translation>Dim diweddariadau eto — cofnodwch beth mae pob sefydliad yn ei adrodd, neu anfonwch ffurflenni diweddaru atynt.</translation>
    </message>
    <message>
        <source>Log an update</source>
        <translation>Cofnodi diweddariad</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Getting started&lt;/h2&gt;
&lt;p&gt;Commission keeps a truth commission&apos;s accountability chain in one place: what the panel said, the themes
and what we heard, the actions agreed, who committed to what, what has happened since, and whether the panel
agrees it happened. Everything is saved as you type.&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Create the commission&lt;/b&gt; (File ▸ New commission…): its name, area and dates. Or try the demo
commission first (File ▸ New database…, then &lt;i&gt;Load the demo commission&lt;/i&gt;).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Members&lt;/b&gt;: add the community commissioners, then the civic commissioners and facilitators, with
their consent to be named and quoted.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Sessions&lt;/b&gt;: record each meeting — who came, the notes — and select words in the notes to keep them
as a quote.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Themes &amp;amp; Insights&lt;/b&gt;: name the themes and write down what we heard, linked to the quotes behind it.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Actions &amp;amp; Commitments&lt;/b&gt;: record each action agreed, then each organisation&apos;s pledge towards it,
with a due date.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Updates&lt;/b&gt;: log what organisations report (or send them update returns), and what the panel thinks.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Reviews and Reports&lt;/b&gt;: put drafts to the panel, and make the accountability report as of any date.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Keys: &lt;b&gt;Ctrl+N&lt;/b&gt; a new item of the kind on screen · &lt;b&gt;Ctrl+K&lt;/b&gt; search everything ·
&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt; undo and redo.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;Dechrau arni&lt;/h2&gt;
&lt;p&gt;Mae Commission yn cadw cadwyn atebolrwydd comisiwn gwirionedd mewn un lle: beth ddywedodd y panel, y themâu
a’r hyn a glywsom, y camau gweithredu a gytunwyd, pwy a ymrwymodd i beth, beth sydd wedi digwydd ers hynny, ac a yw’r panel
yn cytuno ei fod wedi digwydd. Mae popeth yn cael ei gadw wrth i chi deipio.&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Creu’r comisiwn&lt;/b&gt; (Ffeil ▸ Comisiwn newydd…): ei enw, ei ardal a’i ddyddiadau. Neu rhowch gynnig ar y comisiwn
enghreifftiol yn gyntaf (Ffeil ▸ Cronfa ddata newydd…, yna &lt;i&gt;Llwytho’r comisiwn enghreifftiol&lt;/i&gt;).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Aelodau&lt;/b&gt;: ychwanegwch y comisiynwyr cymunedol, yna’r comisiynwyr dinesig a’r hwyluswyr, gyda’u
caniatâd i gael eu henwi a’u dyfynnu.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Sesiynau&lt;/b&gt;: cofnodwch bob cyfarfod — pwy ddaeth, y nodiadau — a dewiswch eiriau yn y nodiadau i’w cadw
fel dyfyniad.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Themâu a Mewnwelediadau&lt;/b&gt;: enwch y themâu ac ysgrifennwch yr hyn a glywsom, wedi’i gysylltu â’r dyfyniadau y tu ôl iddo.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Camau ac Ymrwymiadau&lt;/b&gt;: cofnodwch bob cam gweithredu a gytunwyd, yna addewid pob sefydliad tuag ato,
gyda dyddiad dyledus.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Diweddariadau&lt;/b&gt;: cofnodwch beth mae sefydliadau’n ei adrodd (neu anfonwch ffurflenni diweddaru atynt), a barn y panel.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Adolygiadau ac Adroddiadau&lt;/b&gt;: rhowch ddrafftiau i’r panel, a lluniwch yr adroddiad atebolrwydd ar unrhyw ddyddiad.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Bysellau: &lt;b&gt;Ctrl+N&lt;/b&gt; eitem newydd o’r math sydd ar y sgrin · &lt;b&gt;Ctrl+K&lt;/b&gt; chwilio popeth ·
&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt; dadwneud ac ailwneud.&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Every change to this: when, who made it, and what it was before and after</source>
        <translation>Pob newid i hyn: pryd, pwy a’i gwnaeth, a beth ydoedd cyn ac ar ôl</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Check before importing</source>
        <translation>Gwirio cyn mewnforio</translation>
    </message>
    <message>
        <source>What the import will change</source>
        <translation>Beth fydd y mewnforio yn ei newid</translation>
    </message>
    <message>
        <source>What importing {name} will change</source>
        <translation>Beth fydd mewnforio {name} yn ei newid</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes exactly this; Cancel leaves the database as it is.</source>
        <translation>Does dim byd wedi’i ysgrifennu eto. Mae Mewnforio yn ysgrifennu hyn yn union; mae Diddymu yn gadael y gronfa ddata fel y mae.</translation>
    </message>
    <message>
        <source>Importing this file would change nothing, so there is nothing to import.</source>
        <translation>Ni fyddai mewnforio’r ffeil hon yn newid dim, felly does dim i’w fewnforio.</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Crynodeb o’r newidiadau</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Import these changes</source>
        <translation>Mewnforio’r newidiadau hyn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Do not import; change nothing</source>
        <translation>Peidio â mewnforio; newid dim</translation>
    </message>
</context>
<context>
    <name>InsightTrace</name>
    <message>
        <source>open</source>
        <comment>a link to the commitment</comment>
        <translation>agor</translation>
    </message>
    <message>
        <source>… and %n earlier update(s)</source>
        <translation>… a %n diweddariad cynharach</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>This is the organisation&apos;s own account, so it is not edited here: when the round closes, the panel&apos;s answers become its verdict (agree, partly or disagree).</source>
        <translation>Dyma adroddiad y sefydliad ei hun, felly nid yw’n cael ei olygu yma: pan fydd y rownd yn cau, daw atebion y panel yn farn arno (cytuno, yn rhannol neu anghytuno).</translation>
    </message>
    <message>
        <source>The words put to the panel</source>
        <translation>Y geiriau a roddwyd i’r panel</translation>
    </message>
    <message>
        <source>Use its words as they are now</source>
        <translation>Defnyddio ei eiriau fel y maen nhw nawr</translation>
    </message>
    <message>
        <source>Its record was changed outside the round: put the new words to the panel</source>
        <translation>Newidiwyd ei gofnod y tu allan i’r rownd: rhowch y geiriau newydd i’r panel</translation>
    </message>
    <message>
        <source>Save the new wording</source>
        <translation>Cadw’r geiriad newydd</translation>
    </message>
    <message>
        <source>Changes the record itself; answers to the old words no longer count</source>
        <translation>Yn newid y cofnod ei hun; nid yw atebion i’r hen eiriau yn cyfrif mwyach</translation>
    </message>
    <message>
        <source>Why keep the words as they are</source>
        <translation>Pam cadw’r geiriau fel y maen nhw</translation>
    </message>
    <message>
        <source>Or keep it, because</source>
        <translation>Neu ei chadw, oherwydd</translation>
    </message>
    <message>
        <source>Or keep the words as they are: say why</source>
        <translation>Neu cadwch y geiriau fel y maen nhw: dywedwch pam</translation>
    </message>
    <message>
        <source>For example: &apos;It is the panel&apos;s own wording from the May session&apos;</source>
        <translation>Er enghraifft: ‘Geiriad y panel ei hun o sesiwn mis Mai yw hwn’</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Cadw fel y mae</translation>
    </message>
    <message>
        <source>Who said what</source>
        <translation>Pwy ddywedodd beth</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Dim atebion eto.</translation>
    </message>
    <message>
        <source>Its record was changed outside the round after it was sent: put its new words to the panel, or keep the words sent.</source>
        <translation>Newidiwyd ei gofnod y tu allan i’r rownd ar ôl ei anfon: rhowch ei eiriau newydd i’r panel, neu cadwch y geiriau a anfonwyd.</translation>
    </message>
    <message>
        <source>The wording was changed in this round (version %1); earlier answers were to the old words.</source>
        <translation>Newidiwyd y geiriad yn y rownd hon (fersiwn %1); roedd atebion cynharach i’r hen eiriau.</translation>
    </message>
    <message>
        <source>Kept as it was: %1</source>
        <translation>Cadwyd fel yr oedd: %1</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>What to put to the panel</source>
        <translation>Beth i’w roi gerbron y panel</translation>
    </message>
    <message>
        <source>Ticked already: what we heard that is not yet agreed, and updates saying &apos;done&apos; that the panel has not yet assessed.</source>
        <translation>Wedi’u ticio’n barod: yr hyn a glywsom nad yw wedi’i gytuno eto, a diweddariadau sy’n dweud ‘wedi’i wneud’ nad yw’r panel wedi’u hasesu eto.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Hidlo…</translation>
    </message>
    <message>
        <source>Items to put to the panel</source>
        <translation>Eitemau i’w rhoi gerbron y panel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening…</source>
        <translation>Yn agor…</translation>
    </message>
    <message>
        <source>Commission databases (*.db *.sqlite);;All files (*)</source>
        <translation>Cronfeydd data Commission (*.db *.sqlite);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Yn darllen…</translation>
    </message>
    <message>
        <source>What was said, promised and done</source>
        <translation>Beth a ddywedwyd, a addawyd ac a wnaed</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisiwn</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Sgriniau</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Aelodau</translation>
    </message>
    <message>
        <source>Themes &amp; Insights</source>
        <translation>Themâu a Mewnwelediadau</translation>
    </message>
    <message>
        <source>Actions &amp; Commitments</source>
        <translation>Camau ac Ymrwymiadau</translation>
    </message>
    <message>
        <source>Social value</source>
        <translation>Gwerth cymdeithasol</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rhwydwaith</translation>
    </message>
    <message>
        <source>About Commission</source>
        <translation>Ynghylch Commission</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Commission&lt;/b&gt; keeps a truth commission&apos;s accountability chain in one place: what the panel said, what was agreed, who committed to what, what has happened since, and whether the panel agrees it happened.&lt;/p&gt;&lt;p&gt;Every change is saved as you make it. Ctrl+Z undoes, Ctrl+K searches.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mae &lt;b&gt;Commission&lt;/b&gt; yn cadw cadwyn atebolrwydd comisiwn gwirionedd mewn un lle: beth ddywedodd y panel, beth a gytunwyd, pwy a ymrwymodd i beth, beth sydd wedi digwydd ers hynny, ac a yw’r panel yn cytuno iddo ddigwydd.&lt;/p&gt;&lt;p&gt;Caiff pob newid ei gadw wrth i chi ei wneud. Mae Ctrl+Z yn dadwneud, mae Ctrl+K yn chwilio.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindowFiles</name>
    <message>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>Mae %1 wedi’i amgryptio. Teipiwch ei gyfrinymadrodd i’w agor.</translation>
    </message>
    <message>
        <source>That passphrase did not open it; please try again.</source>
        <translation>Ni wnaeth y cyfrinymadrodd hwnnw ei agor; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Upgraded this database; the copy from before is at %1.</source>
        <translation>Uwchraddiwyd y gronfa ddata hon; mae’r copi o’r blaen yn %1.</translation>
    </message>
    <message>
        <source>Open a Commission database</source>
        <translation>Agor cronfa ddata Commission</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new name, or open it instead.</source>
        <translation>Mae %1 yn bodoli eisoes: dewiswch enw newydd, neu agorwch ef yn lle hynny.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Dim cronfeydd data diweddar</translation>
    </message>
    <message>
        <source>%1 is no longer there (moved or deleted); it was taken off the list.</source>
        <translation>Nid yw %1 yno mwyach (wedi’i symud neu ei ddileu); tynnwyd ef oddi ar y rhestr.</translation>
    </message>
    <message>
        <source>Demo commission</source>
        <translation>Comisiwn enghreifftiol</translation>
    </message>
    <message>
        <source>Making the demo commission…</source>
        <translation>Yn gwneud y comisiwn enghreifftiol…</translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Cronfa ddata &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Agor cronfa ddata…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Agor &amp;diweddar</translation>
    </message>
    <message>
        <source>New &amp;commission…</source>
        <translation>&amp;Comisiwn newydd…</translation>
    </message>
    <message>
        <source>Commission det&amp;ails…</source>
        <translation>Ma&amp;nylion y comisiwn…</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Mewnforio llyfr gwaith…</translation>
    </message>
    <message>
        <source>&amp;Export workbook…</source>
        <translation>&amp;Allforio llyfr gwaith…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Gwneud copi &amp;wrth gefn nawr</translation>
    </message>
    <message>
        <source>Save a back-up cop&amp;y as…</source>
        <translation>Cadw cop&amp;i wrth gefn fel…</translation>
    </message>
    <message>
        <source>Res&amp;tore from back-up…</source>
        <translation>A&amp;dfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>Sen&amp;d update returns…</source>
        <translation>Anfon &amp;ffurflenni diweddaru…</translation>
    </message>
    <message>
        <source>Import update ret&amp;urn…</source>
        <translation>Mewnforio ffurflen dd&amp;iweddaru…</translation>
    </message>
    <message>
        <source>Import p&amp;ledges…</source>
        <translation>Mewnforio add&amp;ewidion…</translation>
    </message>
    <message>
        <source>Export for Decidi&amp;m…</source>
        <translation>Allf&amp;orio ar gyfer Decidim…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Dewisiadau…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation>Eitem &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Chwilio ym mhobman…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;olwg</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Dechrau arni</translation>
    </message>
    <message>
        <source>&amp;About Commission</source>
        <translation>&amp;Ynghylch Commission</translation>
    </message>
</context>
<context>
    <name>MembersScreen</name>
    <message>
        <source>May be named</source>
        <translation>Caniateir ei enwi</translation>
    </message>
    <message>
        <source>May be quoted</source>
        <translation>Caniateir ei ddyfynnu</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ychwanegu aelod</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Aelodau</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Sefydliadau</translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation>Dim aelodau eto</translation>
    </message>
    <message>
        <source>Add the community commissioners first, then the civic commissioners and facilitators.</source>
        <translation>Ychwanegwch y comisiynwyr cymunedol yn gyntaf, yna’r comisiynwyr dinesig a’r hwyluswyr.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ychwanegu aelod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Dileu sefydliad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Used in reports when they are not to be named</source>
        <translation>Fe’i defnyddir mewn adroddiadau pan na ddylid eu henwi</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Ffugenw</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>May their real name appear in reports and anything else meant for others?</source>
        <translation>A gaiff eu henw go iawn ymddangos mewn adroddiadau ac unrhyw beth arall sydd ar gyfer eraill?</translation>
    </message>
    <message>
        <source>May their words be quoted in reports and anything else meant for others?</source>
        <translation>A gaiff eu geiriau eu dyfynnu mewn adroddiadau ac unrhyw beth arall sydd ar gyfer eraill?</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Math o sefydliad</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Enw’r sefydliad</translation>
    </message>
    <message>
        <source>Language the organisation works in</source>
        <translation>Yr iaith y mae’r sefydliad yn gweithio ynddi</translation>
    </message>
    <message>
        <source>Contact for update returns</source>
        <translation>Cyswllt ar gyfer ffurflenni diweddaru</translation>
    </message>
    <message>
        <source>Who update returns go to</source>
        <translation>At bwy yr anfonir ffurflenni diweddaru</translation>
    </message>
    <message>
        <source>Contact&apos;s email</source>
        <translation>E-bost y cyswllt</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>enw@example.org</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>The contact is used for the email drafts of update returns only; it never appears in reports, returns or anything else made for others.</source>
        <translation>Defnyddir y cyswllt ar gyfer drafftiau e-bost y ffurflenni diweddaru yn unig; nid yw byth yn ymddangos mewn adroddiadau, ffurflenni nac unrhyw beth arall a wneir ar gyfer eraill.</translation>
    </message>
    <message>
        <source>Member details</source>
        <translation>Manylion yr aelod</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Hanes caniatâd</translation>
    </message>
    <message>
        <source>Consent history: every decision is kept, withdrawals included.</source>
        <translation>Hanes caniatâd: cedwir pob penderfyniad, gan gynnwys tynnu’n ôl.</translation>
    </message>
    <message>
        <source>History (kept for good: withdrawals are recorded, never deleted)</source>
        <translation>Hanes (wedi’i gadw am byth: cofnodir tynnu’n ôl, ni chaiff ddim ei ddileu)</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Manylion personol</translation>
    </message>
    <message>
        <source>Show personal details</source>
        <translation>Dangos manylion personol</translation>
    </message>
    <message>
        <source>Contact details and accessibility notes never appear in reports.</source>
        <translation>Nid yw manylion cyswllt a nodiadau hygyrchedd byth yn ymddangos mewn adroddiadau.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Hygyrchedd</translation>
    </message>
    <message>
        <source>Their data</source>
        <translation>Eu data</translation>
    </message>
    <message>
        <source>A member may ask for everything held about them, or to be erased.</source>
        <translation>Gall aelod ofyn am bopeth a gedwir amdano, neu ofyn am gael ei ddileu.</translation>
    </message>
    <message>
        <source>Export everything held…</source>
        <translation>Allforio popeth a gedwir…</translation>
    </message>
    <message>
        <source>One workbook with everything held about this member, for them</source>
        <translation>Un llyfr gwaith gyda phopeth a gedwir am yr aelod hwn, iddo ef neu hi</translation>
    </message>
    <message>
        <source>Erase this member…</source>
        <translation>Dileu’r aelod hwn yn llwyr…</translation>
    </message>
    <message>
        <source>Remove their personal details for good, at their request</source>
        <translation>Tynnu eu manylion personol am byth, ar eu cais</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Dileu aelod</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Caniatâd:</translation>
    </message>
    <message>
        <source>On %1, the date the figures are for</source>
        <translation>Ar %1, y dyddiad y mae’r ffigurau ar ei gyfer</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Ychwanegu sefydliad</translation>
    </message>
    <message>
        <source>(details erased)</source>
        <translation>(manylion wedi’u dileu)</translation>
    </message>
    <message>
        <source>withdrew consent to be named</source>
        <translation>tynnodd ganiatâd i gael ei enwi yn ôl</translation>
    </message>
    <message>
        <source>withdrew consent to be quoted</source>
        <translation>tynnodd ganiatâd i gael ei ddyfynnu yn ôl</translation>
    </message>
    <message>
        <source>may be named</source>
        <translation>caniateir ei enwi</translation>
    </message>
    <message>
        <source>may be quoted</source>
        <translation>caniateir ei ddyfynnu</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> tan %1</translation>
    </message>
    <message>
        <source>not to be named</source>
        <translation>nid i’w enwi</translation>
    </message>
    <message>
        <source>not to be quoted</source>
        <translation>nid i’w ddyfynnu</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Dim wedi’i gofnodi eto.</translation>
    </message>
    <message>
        <source>Hide personal details</source>
        <translation>Cuddio manylion personol</translation>
    </message>
    <message>
        <source>Organisation deleted, with its commitments. Ctrl+Z brings them back.</source>
        <translation>Dilëwyd y sefydliad, a’i ymrwymiadau. Mae Ctrl+Z yn dod â nhw’n ôl.</translation>
    </message>
    <message>
        <source>Member deleted. Ctrl+Z brings them back.</source>
        <translation>Dilëwyd yr aelod. Mae Ctrl+Z yn dod â nhw’n ôl.</translation>
    </message>
</context>
<context>
    <name>MilestonesPanel</name>
    <message>
        <source>Milestones</source>
        <translation>Cerrig milltir</translation>
    </message>
    <message>
        <source>Milestones of this commitment</source>
        <translation>Cerrig milltir yr ymrwymiad hwn</translation>
    </message>
    <message>
        <source>No milestones yet — add the first step this organisation plans towards its pledge.</source>
        <translation>Dim cerrig milltir eto — ychwanegwch y cam cyntaf y mae’r sefydliad hwn yn ei gynllunio tuag at ei addewid.</translation>
    </message>
    <message>
        <source>New milestone, e.g. “Web form live”</source>
        <translation>Carreg filltir newydd, e.e. “Ffurflen ar y we yn fyw”</translation>
    </message>
    <message>
        <source>Title of the new milestone</source>
        <translation>Teitl y garreg filltir newydd</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Due date of the new milestone</source>
        <translation>Dyddiad disgwyl y garreg filltir newydd</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add the milestone</source>
        <translation>Ychwanegu’r garreg filltir</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Carreg filltir newydd</translation>
    </message>
    <message>
        <source>Date the chosen milestone was done</source>
        <translation>Y dyddiad y gwnaed y garreg filltir a ddewiswyd</translation>
    </message>
    <message>
        <source>Mark done on</source>
        <translation>Nodi wedi’i gwneud ar</translation>
    </message>
    <message>
        <source>Mark the chosen milestone done on this date</source>
        <translation>Nodi bod y garreg filltir a ddewiswyd wedi’i gwneud ar y dyddiad hwn</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Heb ei gwneud</translation>
    </message>
    <message>
        <source>Mark the chosen milestone not done</source>
        <translation>Nodi nad yw’r garreg filltir a ddewiswyd wedi’i gwneud</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Delete the chosen milestone</source>
        <translation>Dileu’r garreg filltir a ddewiswyd</translation>
    </message>
    <message>
        <source>{0} missed of {1}</source>
        <translation>{0} wedi’u methu o {1}</translation>
    </message>
    <message>
        <source>A milestone needs a title: say what the step is.</source>
        <translation>Mae angen teitl ar garreg filltir: dywedwch beth yw’r cam.</translation>
    </message>
    <message>
        <source>This commitment already has a milestone called “{0}”.</source>
        <translation>Mae gan yr ymrwymiad hwn garreg filltir o’r enw “{0}” yn barod.</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Ychwanegu carreg filltir</translation>
    </message>
    <message>
        <source>Mark milestone done on {0}</source>
        <translation>Nodi carreg filltir wedi’i gwneud ar {0}</translation>
    </message>
    <message>
        <source>Mark milestone not done</source>
        <translation>Nodi carreg filltir heb ei gwneud</translation>
    </message>
    <message>
        <source>Delete milestone</source>
        <translation>Dileu carreg filltir</translation>
    </message>
    <message>
        <source>Milestone deleted. Ctrl+Z brings it back.</source>
        <translation>Dilëwyd y garreg filltir. Mae Ctrl+Z yn dod â hi’n ôl.</translation>
    </message>
</context>
<context>
    <name>NetworkScreen</name>
    <message>
        <source>Network</source>
        <translation>Rhwydwaith</translation>
    </message>
    <message>
        <source>Open this commission</source>
        <translation>Agor y comisiwn hwn</translation>
    </message>
    <message>
        <source>Open the chosen commission</source>
        <translation>Agor y comisiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>Every commission in this database</source>
        <translation>Pob comisiwn yn y gronfa ddata hon</translation>
    </message>
    <message>
        <source>Double-click a commission to open it</source>
        <translation>Cliciwch ddwywaith ar gomisiwn i’w agor</translation>
    </message>
    <message>
        <source>What is overdue</source>
        <translation>Beth sy’n hwyr</translation>
    </message>
    <message>
        <source>Choose a commission to see what it promised by a date that has passed.</source>
        <translation>Dewiswch gomisiwn i weld beth a addawodd erbyn dyddiad sydd wedi mynd heibio.</translation>
    </message>
    <message>
        <source>Overdue commitments of the chosen commission</source>
        <translation>Ymrwymiadau hwyr y comisiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>Reading every commission as of {0}…</source>
        <translation>Yn darllen pob comisiwn ar {0}…</translation>
    </message>
    <message>
        <source>The network could not be read: {0}</source>
        <translation>Nid oedd modd darllen y rhwydwaith: {0}</translation>
    </message>
    <message>
        <source>Every commission in this database, each by its own rules, as of {0}.</source>
        <translation>Pob comisiwn yn y gronfa ddata hon, pob un yn ôl ei reolau ei hun, ar {0}.</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}.</source>
        <translation>{0}, {1}: {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%n commission(s)</source>
        <translation>
            <numerusform>%n comisiwn</numerusform>
            <numerusform>%n comisiwn</numerusform>
            <numerusform>%n comisiwn</numerusform>
            <numerusform>%n comisiwn</numerusform>
            <numerusform>%n comisiwn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n ymrwymiad</numerusform>
            <numerusform>%n ymrwymiad</numerusform>
            <numerusform>%n ymrwymiad</numerusform>
            <numerusform>%n ymrwymiad</numerusform>
            <numerusform>%n ymrwymiad</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: nothing is overdue.</source>
        <translation>{0}: does dim byd yn hwyr.</translation>
    </message>
    <message>
        <source>{0}: {1} overdue, earliest due first.</source>
        <translation>{0}: {1} yn hwyr, yr un cynharaf yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>NewCommissionDialog</name>
    <message>
        <source>New commission</source>
        <translation>Comisiwn newydd</translation>
    </message>
    <message>
        <source>A commission is one truth commission or panel. You can change these details later.</source>
        <translation>Comisiwn yw un comisiwn gwirionedd neu banel. Gallwch newid y manylion hyn yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Creu</translation>
    </message>
    <message>
        <source>e.g. Rhondda Poverty Truth Commission</source>
        <translation>e.e. Comisiwn Gwirionedd Tlodi Rhondda</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Yn hysbys</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Commission name</source>
        <translation>Enw’r comisiwn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Yn dechrau</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Yn gorffen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation>Cronfa ddata newydd</translation>
    </message>
    <message>
        <source>A database holds one or more commissions. Everything is saved in it as you work.</source>
        <translation>Mae cronfa ddata yn dal un comisiwn neu ragor. Caiff popeth ei gadw ynddi wrth i chi weithio.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Creu</translation>
    </message>
    <message>
        <source>Where to keep it, e.g. Rhondda commission.db</source>
        <translation>Ble i’w chadw, e.e. comisiwn Rhondda.db</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Protect with a passphrase (encrypted)</source>
        <translation>Diogelu â chyfrinymadrodd (wedi’i amgryptio)</translation>
    </message>
    <message>
        <source>The whole file is encrypted: without the passphrase it cannot be read, even by someone who copies it off the laptop.</source>
        <translation>Mae’r ffeil gyfan wedi’i hamgryptio: heb y cyfrinymadrodd ni ellir ei darllen, hyd yn oed gan rywun sy’n ei chopïo oddi ar y gliniadur.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Teipiwch ef eto</translation>
    </message>
    <message>
        <source>The passphrase is never stored. Without it nobody, you included, can open this database, so keep it somewhere safe away from this laptop.</source>
        <translation>Ni chaiff y cyfrinymadrodd byth ei gadw. Hebddo ni all neb, gan eich cynnwys chi, agor y gronfa ddata hon, felly cadwch ef yn rhywle diogel i ffwrdd o’r gliniadur hwn.</translation>
    </message>
    <message>
        <source>New Commission database</source>
        <translation>Cronfa ddata Commission newydd</translation>
    </message>
    <message>
        <source>Commission databases (*.db *.sqlite);;All files (*)</source>
        <translation>Cronfeydd data Commission (*.db *.sqlite);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>A passphrase of at least %1 characters (a few words is best).</source>
        <translation>Cyfrinymadrodd o %1 nod o leiaf (ychydig eiriau sydd orau).</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Nid yw’r ddau gyfrinymadrodd yr un fath eto.</translation>
    </message>
</context>
<context>
    <name>NewRecord</name>
    <message>
        <source>Adding the new record</source>
        <translation>Yn ychwanegu’r cofnod newydd</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>New review round</source>
        <translation>Rownd adolygu newydd</translation>
    </message>
    <message>
        <source>Put drafts to the panel: each person asked answers agree, change or disagree for every item, in review mode at this laptop or on a printed pack.</source>
        <translation>Rhowch ddrafftiau gerbron y panel: mae pob person a holir yn ateb cytuno, newid neu anghytuno ar gyfer pob eitem, yn y modd adolygu ar y gliniadur hwn neu ar becyn wedi’i argraffu.</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Dechrau’r rownd</translation>
    </message>
    <message>
        <source>e.g. Drafts for the March meeting</source>
        <translation>e.e. Drafftiau ar gyfer cyfarfod mis Mawrth</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rownd</translation>
    </message>
</context>
<context>
    <name>NoCommission</name>
    <message>
        <source>No commission in this database yet</source>
        <translation>Does dim comisiwn yn y gronfa ddata hon eto</translation>
    </message>
    <message>
        <source>Create your commission to begin: its name, area and dates. Or import a commission&apos;s workbook (File ▸ Import workbook…), or load the demo commission to see how it works.</source>
        <translation>Crëwch eich comisiwn i ddechrau: ei enw, ei ardal a’i ddyddiadau. Neu mewnforiwch lyfr gwaith comisiwn (Ffeil ▸ Mewnforio llyfr gwaith…), neu llwythwch y comisiwn enghreifftiol i weld sut mae’n gweithio.</translation>
    </message>
    <message>
        <source>Create a commission…</source>
        <translation>Creu comisiwn…</translation>
    </message>
    <message>
        <source>Load the demo commission</source>
        <translation>Llwytho’r comisiwn enghreifftiol</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>Set</source>
        <translation>Gosod</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OverTimeCard</name>
    <message>
        <source>Progress over time</source>
        <translation>Cynnydd dros amser</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Show progress over time for</source>
        <translation>Dangos cynnydd dros amser ar gyfer</translation>
    </message>
    <message>
        <source>Working out the figures at each quarter end…</source>
        <translation>Yn cyfrifo’r ffigurau ar ddiwedd pob chwarter…</translation>
    </message>
    <message>
        <source>Progress over time chart</source>
        <translation>Siart cynnydd dros amser</translation>
    </message>
    <message>
        <source>The figures over time could not be worked out: {0}</source>
        <translation>Nid oedd modd cyfrifo’r ffigurau dros amser: {0}</translation>
    </message>
    <message>
        <source>The whole commission</source>
        <translation>Y comisiwn cyfan</translation>
    </message>
    <message>
        <source>Theme: {0}</source>
        <translation>Thema: {0}</translation>
    </message>
    <message>
        <source>Organisation: {0}</source>
        <translation>Sefydliad: {0}</translation>
    </message>
    <message>
        <source>Working out this organisation&apos;s figures…</source>
        <translation>Yn cyfrifo ffigurau’r sefydliad hwn…</translation>
    </message>
    <message>
        <source>Each quarter end from {0}, and {1}: progress went from {2} to {3}.</source>
        <translation>Diwedd pob chwarter o {0}, a {1}: aeth y cynnydd o {2} i {3}.</translation>
    </message>
</context>
<context>
    <name>OverTimeChart</name>
    <message>
        <source>commitments</source>
        <translation>ymrwymiadau</translation>
    </message>
    <message>
        <source>overall progress</source>
        <translation>cynnydd cyffredinol</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview of the report</source>
        <translation>Rhagolwg o’r adroddiad</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Blaenorol</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Y dudalen flaenorol (Page Up)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>o %1</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Nesaf ›</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Y dudalen nesaf (Page Down)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Chwyddo allan (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ffitio’r lled</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Y dudalen gyfan</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Chwyddo</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Chwyddo i mewn (Ctrl+=)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
</context>
<context>
    <name>PledgesImport</name>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.xls *.csv);;All files (*)</source>
        <translation>Taenlenni (*.xlsx *.ods *.xls *.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Import pledges…</source>
        <translation>Mewnforio addewidion…</translation>
    </message>
    <message>
        <source>Read pledges from a spreadsheet of your own, matching its columns</source>
        <translation>Darllen addewidion o’ch taenlen eich hun, gan gyfateb ei cholofnau</translation>
    </message>
    <message>
        <source>Import pledges from a spreadsheet</source>
        <translation>Mewnforio addewidion o daenlen</translation>
    </message>
    <message>
        <source>Pledges imported: {new} new, {changed} changed.</source>
        <translation>Mewnforiwyd addewidion: {new} newydd, {changed} wedi newid.</translation>
    </message>
</context>
<context>
    <name>PledgesImportDialog</name>
    <message>
        <source>Import pledges</source>
        <translation>Mewnforio addewidion</translation>
    </message>
    <message>
        <source>Import pledges from a spreadsheet</source>
        <translation>Mewnforio addewidion o daenlen</translation>
    </message>
    <message>
        <source>Ref (unique per pledge)</source>
        <translation>Cyf. (unigryw i bob addewid)</translation>
    </message>
    <message>
        <source>Action (its ref or title)</source>
        <translation>Cam gweithredu (ei gyf. neu ei deitl)</translation>
    </message>
    <message>
        <source>Organisation (its ref or name)</source>
        <translation>Sefydliad (ei gyf. neu ei enw)</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Addewid</translation>
    </message>
    <message>
        <source>Made by (member ref)</source>
        <translation>Gwnaed gan (cyf. yr aelod)</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pwysiad</translation>
    </message>
    <message>
        <source>Which column holds what in {name}</source>
        <translation>Pa golofn sy’n dal beth yn {name}</translation>
    </message>
    <message>
        <source>{rows} rows. Fields marked * are needed. </source>
        <translation>{rows} rhes. Mae angen y meysydd sydd wedi’u marcio â *. </translation>
    </message>
    <message>
        <source>The columns are the ones you chose last time for a sheet like this.</source>
        <translation>Y colofnau yw’r rhai a ddewisoch y tro diwethaf ar gyfer taflen fel hon.</translation>
    </message>
    <message>
        <source>The columns are guessed from their headings: check them.</source>
        <translation>Dyfalwyd y colofnau o’u penawdau: gwiriwch nhw.</translation>
    </message>
    <message>
        <source>(not in this sheet)</source>
        <translation>(ddim yn y daflen hon)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Gwirio</translation>
    </message>
    <message>
        <source>Check the pledges before importing</source>
        <translation>Gwirio’r addewidion cyn mewnforio</translation>
    </message>
    <message>
        <source>What the import will change, or the problems to put right</source>
        <translation>Beth fydd y mewnforio yn ei newid, neu’r problemau i’w cywiro</translation>
    </message>
    <message>
        <source>Press Check to see what the import will change. Nothing is written until you press Import.</source>
        <translation>Pwyswch Gwirio i weld beth fydd y mewnforio yn ei newid. Nid ysgrifennir dim nes i chi bwyso Mewnforio.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Import these pledges</source>
        <translation>Mewnforio’r addewidion hyn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Do not import; change nothing</source>
        <translation>Peidio â mewnforio; newid dim</translation>
    </message>
    <message>
        <source>That did not work: {error}. Nothing was changed.</source>
        <translation>Ni weithiodd hynny: {error}. Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>These stay on this computer.</source>
        <translation>Mae’r rhain yn aros ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Now recorded as “%1”</source>
        <translation>Yn cael ei gofnodi nawr fel “%1”</translation>
    </message>
    <message>
        <source>The History of every record shows this name beside each change you make.</source>
        <translation>Mae Hanes pob cofnod yn dangos yr enw hwn wrth ymyl pob newid a wnewch.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pwynt</translation>
    </message>
    <message>
        <source>What we heard</source>
        <translation>Yr hyn a glywsom</translation>
    </message>
    <message>
        <source>Every screen&apos;s text, from the size your computer uses (100%) to twice that (200%). Screens scroll where the larger text needs more room.</source>
        <translation>Testun pob sgrin, o’r maint y mae eich cyfrifiadur yn ei ddefnyddio (100%) i ddwywaith hynny (200%). Mae’r sgriniau’n sgrolio lle mae angen mwy o le ar y testun mwy.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>While you work, a back-up is taken this often (the newest ten are kept), and one each time a database is opened.</source>
        <translation>Wrth i chi weithio, caiff copi wrth gefn ei wneud mor aml â hyn (cedwir y deg diweddaraf), ac un bob tro yr agorir cronfa ddata.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>As the computer is set (%1)</source>
        <translation>Fel y mae’r cyfrifiadur wedi’i osod (%1)</translation>
    </message>
    <message>
        <source>The language of the app&apos;s own words. Changes at once; nothing you have typed is lost.</source>
        <translation>Iaith geiriau’r rhaglen ei hun. Mae’n newid ar unwaith; ni chollir dim rydych wedi’i deipio.</translation>
    </message>
    <message>
        <source>Your name (recorded with every change)</source>
        <translation>Eich enw (a gofnodir gyda phob newid)</translation>
    </message>
    <message>
        <source>Text size of every screen</source>
        <translation>Maint testun pob sgrin</translation>
    </message>
    <message>
        <source>Text size in review mode</source>
        <translation>Maint y testun yn y modd adolygu</translation>
    </message>
    <message>
        <source>Back up while working every</source>
        <translation>Gwneud copi wrth gefn wrth weithio bob</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>The workbook was not imported</source>
        <translation>Ni fewnforiwyd y llyfr gwaith</translation>
    </message>
    <message>
        <source>{name} was not imported</source>
        <translation>Ni fewnforiwyd {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to put right in the spreadsheet first. Nothing in the database was changed. Row numbers are the ones the spreadsheet shows.</source>
        <translation>
            <numerusform>%n problem i’w cywiro yn y daenlen yn gyntaf. Ni newidiwyd dim yn y gronfa ddata. Y rhifau rhes yw’r rhai y mae’r daenlen yn eu dangos.</numerusform>
            <numerusform>%n problem i’w cywiro yn y daenlen yn gyntaf. Ni newidiwyd dim yn y gronfa ddata. Y rhifau rhes yw’r rhai y mae’r daenlen yn eu dangos.</numerusform>
            <numerusform>%n problem i’w cywiro yn y daenlen yn gyntaf. Ni newidiwyd dim yn y gronfa ddata. Y rhifau rhes yw’r rhai y mae’r daenlen yn eu dangos.</numerusform>
            <numerusform>%n problem i’w cywiro yn y daenlen yn gyntaf. Ni newidiwyd dim yn y gronfa ddata. Y rhifau rhes yw’r rhai y mae’r daenlen yn eu dangos.</numerusform>
            <numerusform>%n problem i’w cywiro yn y daenlen yn gyntaf. Ni newidiwyd dim yn y gronfa ddata. Y rhifau rhes yw’r rhai y mae’r daenlen yn eu dangos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Copïo’r rhestr</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Stopping… nothing will be changed.</source>
        <translation>Yn stopio… ni fydd dim yn newid.</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <source>Record a quote</source>
        <translation>Cofnodi dyfyniad</translation>
    </message>
    <message>
        <source>Quotes appear in reports only with the speaker&apos;s consent to be quoted.</source>
        <translation>Mae dyfyniadau’n ymddangos mewn adroddiadau dim ond gyda chaniatâd y siaradwr i’w ddyfynnu.</translation>
    </message>
    <message>
        <source>Save quote</source>
        <translation>Cadw’r dyfyniad</translation>
    </message>
    <message>
        <source>No speaker recorded (shown as &apos;a panel member&apos;)</source>
        <translation>Dim siaradwr wedi’i gofnodi (dangosir fel ‘aelod o’r panel’)</translation>
    </message>
    <message>
        <source> — present</source>
        <translation> — yn bresennol</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Geiriau</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Siaradwr</translation>
    </message>
    <message>
        <source>What we heard that it supports</source>
        <translation>Yr hyn a glywsom y mae’n ei gefnogi</translation>
    </message>
    <message>
        <source>Filter what we heard…</source>
        <translation>Hidlo’r hyn a glywsom…</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>PDF — the report councils receive</source>
        <translation>PDF — yr adroddiad y mae cynghorau’n ei dderbyn</translation>
    </message>
    <message>
        <source>Word — the same report, editable</source>
        <translation>Word — yr un adroddiad, y gellir ei olygu</translation>
    </message>
    <message>
        <source>Spreadsheet — the commitments tracker</source>
        <translation>Taenlen — y traciwr ymrwymiadau</translation>
    </message>
    <message>
        <source>Web page — an accessible page to publish on a website</source>
        <translation>Tudalen we — tudalen hygyrch i’w chyhoeddi ar wefan</translation>
    </message>
    <message>
        <source>Accessible PDF — tagged PDF/UA for screen readers, made from the web page</source>
        <translation>PDF hygyrch — PDF/UA wedi’i dagio ar gyfer darllenwyr sgrin, wedi’i wneud o’r dudalen we</translation>
    </message>
    <message>
        <source>English and Cymraeg</source>
        <translation>Cymraeg a Saesneg</translation>
    </message>
    <message>
        <source>Redacted for others: panel members are named, and their words quoted, only with their consent on the date of the figures; contact details and accessibility notes never appear.</source>
        <translation>Wedi’i olygu ar gyfer eraill: caiff aelodau’r panel eu henwi, a’u geiriau eu dyfynnu, dim ond gyda’u caniatâd ar ddyddiad y ffigurau; nid yw manylion cyswllt na nodiadau hygyrchedd byth yn ymddangos.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>The accountability report as councils and funders receive it. Figures follow the progress rules; names and quotes follow the consent rules.</source>
        <translation>Yr adroddiad atebolrwydd fel y mae cynghorau a chyllidwyr yn ei dderbyn. Mae’r ffigurau’n dilyn y rheolau cynnydd; mae enwau a dyfyniadau’n dilyn y rheolau caniatâd.</translation>
    </message>
    <message>
        <source>PDF made</source>
        <translation>PDF wedi’i wneud</translation>
    </message>
    <message>
        <source>Word document made</source>
        <translation>Dogfen Word wedi’i gwneud</translation>
    </message>
    <message>
        <source>Spreadsheet made</source>
        <translation>Taenlen wedi’i gwneud</translation>
    </message>
    <message>
        <source>Web page made</source>
        <translation>Tudalen we wedi’i gwneud</translation>
    </message>
    <message>
        <source>Accessible PDF made</source>
        <translation>PDF hygyrch wedi’i wneud</translation>
    </message>
    <message>
        <source>Making the PDF as of %1…</source>
        <translation>Wrthi’n gwneud y PDF ar %1…</translation>
    </message>
    <message>
        <source>Making the Word document as of %1…</source>
        <translation>Wrthi’n gwneud y ddogfen Word ar %1…</translation>
    </message>
    <message>
        <source>Making the spreadsheet as of %1…</source>
        <translation>Wrthi’n gwneud y traciwr ar %1…</translation>
    </message>
    <message>
        <source>Making the web page as of %1…</source>
        <translation>Wrthi’n gwneud y dudalen we ar %1…</translation>
    </message>
    <message>
        <source>Making the accessible PDF as of %1…</source>
        <translation>Wrthi’n gwneud y PDF hygyrch ar %1…</translation>
    </message>
    <message>
        <source>The Word document is ready to save</source>
        <translation>Mae’r ddogfen Word yn barod i’w chadw</translation>
    </message>
    <message>
        <source>The spreadsheet is ready to save</source>
        <translation>Mae’r traciwr yn barod i’w gadw</translation>
    </message>
    <message>
        <source>The web page is ready to save</source>
        <translation>Mae’r dudalen we yn barod i’w chadw</translation>
    </message>
    <message>
        <source>Word, spreadsheet and web page files are not previewed here: save a copy and open it in Word, LibreOffice, Excel or a web browser.</source>
        <translation>Ni ddangosir dogfennau Word, y traciwr na thudalennau gwe yma: cadwch gopi a’i agor yn Word, LibreOffice, Excel neu raglen y we.</translation>
    </message>
    <message>
        <source>%1, figures as of %2.</source>
        <translation>%1, ffigurau ar %2.</translation>
    </message>
    <message>
        <source>%n commitment(s): %1.</source>
        <translation>%n ymrwymiad: %1.</translation>
    </message>
    <message>
        <source>Overall progress %1; panel agreement %2.</source>
        <translation>Cynnydd cyffredinol %1; cytundeb y panel %2.</translation>
    </message>
    <message>
        <source>— (nothing done yet)</source>
        <translation>— (dim byd wedi’i wneud eto)</translation>
    </message>
    <message>
        <source>%n quote(s) left out for consent.</source>
        <translation>%n dyfyniad wedi’u gadael allan oherwydd caniatâd.</translation>
    </message>
    <message>
        <source>No report made yet</source>
        <translation>Dim adroddiad wedi’i wneud eto</translation>
    </message>
    <message>
        <source>Choose the options on the left and press Make report. A PDF is shown here before you save it; a Word, spreadsheet or web page report is ready to save.</source>
        <translation>Dewiswch yr opsiynau ar y chwith a phwyso Gwneud adroddiad. Dangosir PDF yma cyn i chi ei gadw; mae adroddiad Word, taenlen neu dudalen we yn barod i’w gadw.</translation>
    </message>
    <message>
        <source>The report is ready</source>
        <translation>Mae’r adroddiad yn barod</translation>
    </message>
    <message>
        <source>What to make</source>
        <translation>Beth i’w wneud</translation>
    </message>
    <message>
        <source>Dashboard&apos;s</source>
        <translation>Un y Dangosfwrdd</translation>
    </message>
    <message>
        <source>Use the date the Dashboard shows its figures for</source>
        <translation>Defnyddio’r dyddiad y mae’r Dangosfwrdd yn dangos ei ffigurau ar ei gyfer</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Pob sefydliad</translation>
    </message>
    <message>
        <source>Large print (16 pt and up)</source>
        <translation>Print bras (16 pwynt a mwy)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Ffigurau ar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>Gwneud adroddiad</translation>
    </message>
    <message>
        <source>The options have changed since this report was made: make it again to see them.</source>
        <translation>Mae’r opsiynau wedi newid ers gwneud yr adroddiad hwn: gwnewch ef eto i’w gweld.</translation>
    </message>
    <message>
        <source>Places to check before you share</source>
        <translation>Mannau i’w gwirio cyn rhannu</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Cadw fel…</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>Gwneud yr adroddiad</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), </source>
        <translation>
            <numerusform>%n tudalen, </numerusform>
            <numerusform>%n tudalen, </numerusform>
            <numerusform>%n tudalen, </numerusform>
            <numerusform>%n tudalen, </numerusform>
            <numerusform>%n tudalen, </numerusform>
        </translation>
    </message>
    <message>
        <source>The figures are on the right.</source>
        <translation>Mae’r ffigurau ar y dde.</translation>
    </message>
    <message>
        <source>Check these before you share: a first name or surname of a member who is not named is in the report, and may need changing.</source>
        <translation>Gwiriwch y rhain cyn rhannu: mae enw cyntaf neu gyfenw aelod nad yw’n cael ei enwi yn yr adroddiad, ac efallai y bydd angen ei newid.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… a %n arall.</numerusform>
            <numerusform>… a %n arall.</numerusform>
            <numerusform>… a %n arall.</numerusform>
            <numerusform>… a %n arall.</numerusform>
            <numerusform>… a %n arall.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a back-up</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>No back-ups yet</source>
        <translation>Dim copïau wrth gefn eto</translation>
    </message>
    <message>
        <source>One is taken each time the database is opened, and every few minutes while you work. Use File ▸ Back up now to take one.</source>
        <translation>Caiff un ei wneud bob tro yr agorir y gronfa ddata, a bob ychydig funudau wrth i chi weithio. Defnyddiwch Ffeil ▸ Gwneud copi wrth gefn nawr i wneud un.</translation>
    </message>
</context>
<context>
    <name>ReturnStatusPanel</name>
    <message>
        <source>Update returns</source>
        <translation>Ffurflenni diweddaru</translation>
    </message>
    <message>
        <source>Update returns: who has replied</source>
        <translation>Ffurflenni diweddaru: pwy sydd wedi ateb</translation>
    </message>
    <message>
        <source>Each organisation&apos;s return: received, awaiting or late</source>
        <translation>Ffurflen pob sefydliad: wedi dod i law, yn aros neu’n hwyr</translation>
    </message>
    <message>
        <source>Chase…</source>
        <translation>Atgoffa…</translation>
    </message>
    <message>
        <source>Chase the returns not yet back</source>
        <translation>Atgoffa am y ffurflenni sydd heb ddod yn ôl eto</translation>
    </message>
    <message>
        <source>Write a reminder email draft for each organisation whose return is not back yet</source>
        <translation>Ysgrifennu drafft e-bost i atgoffa pob sefydliad nad yw ei ffurflen wedi dod yn ôl eto</translation>
    </message>
    <message>
        <source>Send returns…</source>
        <translation>Anfon ffurflenni…</translation>
    </message>
    <message>
        <source>Send update returns</source>
        <translation>Anfon ffurflenni diweddaru</translation>
    </message>
    <message>
        <source>No returns sent yet: Send returns… writes one for each organisation and records who has replied.</source>
        <translation>Ni anfonwyd ffurflenni eto: mae Anfon ffurflenni… yn ysgrifennu un ar gyfer pob sefydliad ac yn cofnodi pwy sydd wedi ateb.</translation>
    </message>
    <message>
        <source>, due back by {date}</source>
        <translation>, i’w dychwelyd erbyn {date}</translation>
    </message>
    <message>
        <source>Sent {sent}{due}, as of {on}: {received} received, {awaiting} awaiting, {late} late.</source>
        <translation>Anfonwyd {sent}{due}. Ar {on}: {received} wedi dod i law, {awaiting} yn aros, {late} yn hwyr.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>wedi dod i law</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>yn aros</translation>
    </message>
    <message>
        <source>late</source>
        <translation>hwyr</translation>
    </message>
    <message>
        <source>back on {date}</source>
        <translation>yn ôl ar {date}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>erbyn {date}</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>dim dyddiad disgwyl</translation>
    </message>
    <message>
        <source>, reminded {date}</source>
        <translation>, atgoffwyd ar {date}</translation>
    </message>
    <message>
        <source> — no contact email</source>
        <translation> — dim e-bost cyswllt</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Each return holds only that organisation&apos;s own commitments and their progress, for it to fill in: no names, quotes or contact details of panel members.</source>
        <translation>Mae pob ffurflen yn cynnwys ymrwymiadau’r sefydliad hwnnw a’u cynnydd yn unig, iddo eu llenwi: dim enwau, dyfyniadau na manylion cyswllt aelodau’r panel.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Ffurflenni</translation>
    </message>
    <message>
        <source>Send returns…</source>
        <translation>Anfon ffurflenni…</translation>
    </message>
    <message>
        <source>Import return…</source>
        <translation>Mewnforio ffurflen…</translation>
    </message>
    <message>
        <source>Write a spreadsheet for each organisation to report progress on its commitments</source>
        <translation>Ysgrifennu taenlen i bob sefydliad adrodd ar gynnydd ei ymrwymiadau</translation>
    </message>
    <message>
        <source>Read a filled-in update return back in</source>
        <translation>Darllen ffurflen ddiweddaru wedi’i llenwi yn ôl i mewn</translation>
    </message>
    <message>
        <source>Writing returns</source>
        <translation>Yn ysgrifennu ffurflenni</translation>
    </message>
    <message>
        <source>Writing an update return for each organisation in {name}…</source>
        <translation>Yn ysgrifennu ffurflen ddiweddaru ar gyfer pob sefydliad yn {name}…</translation>
    </message>
    <message>
        <source>Returns written</source>
        <translation>Ysgrifennwyd y ffurflenni</translation>
    </message>
    <message>
        <source>{returns} and {drafts} written</source>
        <translation>Ysgrifennwyd {returns} a {drafts}</translation>
    </message>
    <message numerus="yes">
        <source>%n update return(s)</source>
        <translation>
            <numerusform>%n ffurflen ddiweddaru</numerusform>
            <numerusform>%n ffurflen ddiweddaru</numerusform>
            <numerusform>%n ffurflen ddiweddaru</numerusform>
            <numerusform>%n ffurflen ddiweddaru</numerusform>
            <numerusform>%n ffurflen ddiweddaru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email draft(s)</source>
        <translation>
            <numerusform>%n drafft e-bost</numerusform>
            <numerusform>%n drafft e-bost</numerusform>
            <numerusform>%n drafft e-bost</numerusform>
            <numerusform>%n drafft e-bost</numerusform>
            <numerusform>%n drafft e-bost</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the reminders</source>
        <translation>Ffolder ar gyfer y nodiadau atgoffa</translation>
    </message>
    <message>
        <source>Writing reminders</source>
        <translation>Yn ysgrifennu nodiadau atgoffa</translation>
    </message>
    <message>
        <source>Writing a reminder for each return not back yet…</source>
        <translation>Yn ysgrifennu nodyn atgoffa ar gyfer pob ffurflen sydd heb ddod yn ôl eto…</translation>
    </message>
    <message>
        <source>Reminders written</source>
        <translation>Ysgrifennwyd y nodiadau atgoffa</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) written</source>
        <translation>
            <numerusform>Ysgrifennwyd %n neges atgoffa</numerusform>
            <numerusform>Ysgrifennwyd %n neges atgoffa</numerusform>
            <numerusform>Ysgrifennwyd %n neges atgoffa</numerusform>
            <numerusform>Ysgrifennwyd %n neges atgoffa</numerusform>
            <numerusform>Ysgrifennwyd %n neges atgoffa</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an update return</source>
        <translation>Mewnforio ffurflen ddiweddaru</translation>
    </message>
    <message>
        <source>Update returns (*.xlsx *.ods *.xls *.csv);;All files (*)</source>
        <translation>Ffurflenni diweddaru (*.xlsx *.ods *.xls *.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Return imported</source>
        <translation>Ffurflen wedi’i mewnforio</translation>
    </message>
    <message>
        <source>Checking a return</source>
        <translation>Yn gwirio ffurflen</translation>
    </message>
    <message>
        <source>Checking {name} and working out what it will add…</source>
        <translation>Yn gwirio {name} ac yn cyfrifo beth fydd yn ei ychwanegu…</translation>
    </message>
    <message>
        <source>Not imported: nothing was changed.</source>
        <translation>Heb ei mewnforio: ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Importing a return</source>
        <translation>Yn mewnforio ffurflen</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Yn mewnforio {name}…</translation>
    </message>
</context>
<context>
    <name>ReviewMode</name>
    <message>
        <source>Agree</source>
        <translation>Cytuno</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Anghytuno</translation>
    </message>
    <message>
        <source>you agree</source>
        <translation>rydych yn cytuno</translation>
    </message>
    <message>
        <source>you would like it changed</source>
        <translation>hoffech iddo gael ei newid</translation>
    </message>
    <message>
        <source>you disagree</source>
        <translation>rydych yn anghytuno</translation>
    </message>
    <message>
        <source>What we heard</source>
        <translation>Yr hyn a glywsom</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Nodiadau’r sesiwn</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Dywedoch chi, gwnaethom ni</translation>
    </message>
    <message>
        <source>Is this what the panel said?</source>
        <translation>Ai dyma beth ddywedodd y panel?</translation>
    </message>
    <message>
        <source>Is this the action the panel agreed?</source>
        <translation>Ai dyma’r cam gweithredu a gytunodd y panel?</translation>
    </message>
    <message>
        <source>Is this a fair record of the session?</source>
        <translation>A yw hwn yn gofnod teg o’r sesiwn?</translation>
    </message>
    <message>
        <source>Is this a fair account of what you said and what has been done?</source>
        <translation>A yw hwn yn ddisgrifiad teg o’r hyn a ddywedoch a’r hyn a wnaed?</translation>
    </message>
    <message>
        <source>Do you agree this is done?</source>
        <translation>Ydych chi’n cytuno bod hyn wedi’i wneud?</translation>
    </message>
    <message>
        <source>Tick Change if you think it is only partly done.</source>
        <translation>Ticiwch Newid os ydych chi’n meddwl mai dim ond yn rhannol y mae wedi’i wneud.</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Adolygu: %1</translation>
    </message>
    <message>
        <source>Getting your items ready…</source>
        <translation>Yn paratoi eich eitemau…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>There is nothing to review in this round yet. Press Esc to go back.</source>
        <translation>Does dim i’w adolygu yn y rownd hon eto. Pwyswch Esc i fynd yn ôl.</translation>
    </message>
    <message>
        <source>The items could not be read: %1</source>
        <translation>Nid oedd modd darllen yr eitemau: %1</translation>
    </message>
    <message>
        <source>Press Esc to go back.</source>
        <translation>Pwyswch Esc i fynd yn ôl.</translation>
    </message>
    <message>
        <source>You have answered %1 of %2. Finish now?</source>
        <translation>Rydych wedi ateb %1 o %2. Gorffen nawr?</translation>
    </message>
    <message>
        <source>You can come back to the others later.</source>
        <translation>Gallwch ddod yn ôl at y lleill yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Dal ati</translation>
    </message>
    <message>
        <source>Thank you, %1.</source>
        <translation>Diolch, %1.</translation>
    </message>
    <message>
        <source>You answered %1 of %2.</source>
        <translation>Fe atebsoch %1 o %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved: please tell the coordinator.</source>
        <translation>
            <numerusform>Doedd dim modd cadw %n ateb: dywedwch wrth y cydlynydd, os gwelwch yn dda.</numerusform>
            <numerusform>Doedd dim modd cadw %n ateb: dywedwch wrth y cydlynydd, os gwelwch yn dda.</numerusform>
            <numerusform>Doedd dim modd cadw %n ateb: dywedwch wrth y cydlynydd, os gwelwch yn dda.</numerusform>
            <numerusform>Doedd dim modd cadw %n ateb: dywedwch wrth y cydlynydd, os gwelwch yn dda.</numerusform>
            <numerusform>Doedd dim modd cadw %n ateb: dywedwch wrth y cydlynydd, os gwelwch yn dda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answers so far are saved.</source>
        <translation>Mae eich atebion hyd yma wedi’u cadw.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved and will be lost.</source>
        <translation>
            <numerusform>Nid oedd modd cadw %n ateb, a byddant yn cael eu colli.</numerusform>
            <numerusform>Nid oedd modd cadw %n ateb, a byddant yn cael eu colli.</numerusform>
            <numerusform>Nid oedd modd cadw %n ateb, a byddant yn cael eu colli.</numerusform>
            <numerusform>Nid oedd modd cadw %n ateb, a byddant yn cael eu colli.</numerusform>
            <numerusform>Nid oedd modd cadw %n ateb, a byddant yn cael eu colli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave review mode?</source>
        <translation>Gadael y modd adolygu?</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Aros</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
</context>
<context>
    <name>ReviewModeItems</name>
    <message>
        <source>AN ORGANISATION&apos;S UPDATE</source>
        <translation>DIWEDDARIAD GAN SEFYDLIAD</translation>
    </message>
    <message>
        <source>Next  ›</source>
        <translation>Nesaf  ›</translation>
    </message>
    <message>
        <source>Finish  ✓</source>
        <translation>Gorffen  ✓</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Beth a ddywedwyd</translation>
    </message>
    <message>
        <source>You said this</source>
        <translation>Chi ddywedodd hyn</translation>
    </message>
    <message numerus="yes">
        <source>%n more quote(s) not shown: the people who said them have not agreed to share their words.</source>
        <translation>
            <numerusform>%n dyfyniad arall heb eu dangos: dydy’r bobl a’u dywedodd ddim wedi cytuno i rannu eu geiriau.</numerusform>
            <numerusform>%n dyfyniad arall heb eu dangos: dydy’r bobl a’u dywedodd ddim wedi cytuno i rannu eu geiriau.</numerusform>
            <numerusform>%n dyfyniad arall heb eu dangos: dydy’r bobl a’u dywedodd ddim wedi cytuno i rannu eu geiriau.</numerusform>
            <numerusform>%n dyfyniad arall heb eu dangos: dydy’r bobl a’u dywedodd ddim wedi cytuno i rannu eu geiriau.</numerusform>
            <numerusform>%n dyfyniad arall heb eu dangos: dydy’r bobl a’u dywedodd ddim wedi cytuno i rannu eu geiriau.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 o %2 wedi’u hateb</translation>
    </message>
    <message>
        <source>Your answer is not saved yet: %1 It is still shown here; press it again to try again, or tell the coordinator.</source>
        <translation>Dydy’ch ateb ddim wedi’i gadw eto: %1 Mae’n dal i’w weld yma; pwyswch ef eto i roi cynnig arall arni, neu dywedwch wrth y cydlynydd.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Wedi’i gadw: %1.</translation>
    </message>
    <message>
        <source>Saving: %1…</source>
        <translation>Yn cadw: %1…</translation>
    </message>
    <message>
        <source>Choose Agree, Change or Disagree to keep your comment.</source>
        <translation>Dewiswch Cytuno, Newid neu Anghytuno i gadw eich sylw.</translation>
    </message>
    <message>
        <source>What should change? Tell us here.</source>
        <translation>Beth ddylai newid? Dywedwch wrthym yma.</translation>
    </message>
    <message>
        <source>Anything you want to say? (you don&apos;t have to)</source>
        <translation>Unrhyw beth yr hoffech ei ddweud? (does dim rhaid)</translation>
    </message>
    <message>
        <source>something went wrong while saving it.</source>
        <translation>aeth rhywbeth o’i le wrth ei gadw.</translation>
    </message>
</context>
<context>
    <name>ReviewModePage</name>
    <message>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Testun llai (Ctrl+-)</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl+=)</source>
        <translation>Testun mwy (Ctrl+=)</translation>
    </message>
    <message>
        <source>Finish this review</source>
        <translation>Gorffen yr adolygiad hwn</translation>
    </message>
    <message>
        <source>The item to review</source>
        <translation>Yr eitem i’w hadolygu</translation>
    </message>
    <message>
        <source>You answered an earlier wording. The words have changed since: please look again.</source>
        <translation>Fe atebsoch eiriad cynharach. Mae’r geiriau wedi newid ers hynny: edrychwch eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Press %1 or %2</source>
        <translation>Pwyswch %1 neu %2</translation>
    </message>
    <message>
        <source>%1 (press %2)</source>
        <translation>%1 (pwyswch %2)</translation>
    </message>
    <message>
        <source>Anything you want to say? (you don&apos;t have to)</source>
        <translation>Unrhyw beth yr hoffech ei ddweud? (does dim rhaid)</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Eich sylw</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Yn ôl</translation>
    </message>
    <message>
        <source>Next  ›</source>
        <translation>Nesaf  ›</translation>
    </message>
    <message>
        <source>Press 1, 2 or 3 (or A, C, D) to answer · arrows move between items · Esc to leave</source>
        <translation>Pwyswch 1, 2 neu 3 (neu A, C, D) i ateb · mae’r saethau’n symud rhwng eitemau · Esc i adael</translation>
    </message>
</context>
<context>
    <name>ReviewPaper</name>
    <message>
        <source>Each pack is for the person it is addressed to: their own words are always in it; other members&apos; words and names only with their consent. No contact details.</source>
        <translation>Mae pob pecyn ar gyfer y person y mae wedi’i gyfeirio ato: mae ei eiriau ei hun ynddo bob amser; geiriau ac enwau aelodau eraill dim ond gyda’u caniatâd. Dim manylion cyswllt.</translation>
    </message>
    <message>
        <source>The review return names the reviewers: it is the coordinator&apos;s working file, not for sharing. Type in answers given on paper or by email, then use Import review return….</source>
        <translation>Mae’r ffurflen adolygu yn enwi’r adolygwyr: ffeil waith y cydlynydd yw hi, nid i’w rhannu. Teipiwch atebion a roddwyd ar bapur neu drwy e-bost, yna defnyddiwch Mewnforio ffurflen adolygu….</translation>
    </message>
    <message>
        <source>Folder for the review packs</source>
        <translation>Ffolder ar gyfer y pecynnau adolygu</translation>
    </message>
    <message>
        <source>Printing review packs</source>
        <translation>Yn argraffu pecynnau adolygu</translation>
    </message>
    <message numerus="yes">
        <source>Writing a large-print pack for each of %n reviewer(s)…</source>
        <translation>
            <numerusform>Yn ysgrifennu pecyn print bras ar gyfer pob un o’r %n adolygydd…</numerusform>
            <numerusform>Yn ysgrifennu pecyn print bras ar gyfer pob un o’r %n adolygydd…</numerusform>
            <numerusform>Yn ysgrifennu pecyn print bras ar gyfer pob un o’r %n adolygydd…</numerusform>
            <numerusform>Yn ysgrifennu pecyn print bras ar gyfer pob un o’r %n adolygydd…</numerusform>
            <numerusform>Yn ysgrifennu pecyn print bras ar gyfer pob un o’r %n adolygydd…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n review pack(s) in %1.</source>
        <translation>
            <numerusform>Ysgrifennwyd %n pecyn adolygu yn %1.</numerusform>
            <numerusform>Ysgrifennwyd %n pecyn adolygu yn %1.</numerusform>
            <numerusform>Ysgrifennwyd %n pecyn adolygu yn %1.</numerusform>
            <numerusform>Ysgrifennwyd %n pecyn adolygu yn %1.</numerusform>
            <numerusform>Ysgrifennwyd %n pecyn adolygu yn %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review packs written</source>
        <translation>Ysgrifennwyd y pecynnau adolygu</translation>
    </message>
    <message numerus="yes">
        <source>%n review pack(s) written</source>
        <translation>
            <numerusform>Ysgrifennwyd %n pecyn adolygu</numerusform>
            <numerusform>Ysgrifennwyd %n pecyn adolygu</numerusform>
            <numerusform>Ysgrifennwyd %n pecyn adolygu</numerusform>
            <numerusform>Ysgrifennwyd %n pecyn adolygu</numerusform>
            <numerusform>Ysgrifennwyd %n pecyn adolygu</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the review return</source>
        <translation>Cadw’r ffurflen adolygu</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Llyfrau gwaith (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the review return</source>
        <translation>Yn ysgrifennu’r ffurflen adolygu</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Yn ysgrifennu %1…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Ysgrifennwyd %1.</translation>
    </message>
    <message>
        <source>Review return written</source>
        <translation>Ysgrifennwyd y ffurflen adolygu</translation>
    </message>
    <message>
        <source>Import a review return</source>
        <translation>Mewnforio ffurflen adolygu</translation>
    </message>
    <message>
        <source>Importing the review return</source>
        <translation>Yn mewnforio’r ffurflen adolygu</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Yn gwirio %1…</translation>
    </message>
    <message>
        <source>Review return imported</source>
        <translation>Ffurflen adolygu wedi’i mewnforio</translation>
    </message>
</context>
<context>
    <name>ReviewerPicker</name>
    <message>
        <source>Who is asked</source>
        <translation>Pwy a holir</translation>
    </message>
    <message>
        <source>Tick every community commissioner</source>
        <translation>Ticio pob comisiynydd cymunedol</translation>
    </message>
    <message>
        <source>Filter people…</source>
        <translation>Hidlo pobl…</translation>
    </message>
</context>
<context>
    <name>ReviewersModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
</context>
<context>
    <name>ReviewsScreen</name>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>Put drafts to the panel. Each person asked answers agree, change or disagree; you resolve what needs changing, then close the round to mark what is agreed.</source>
        <translation>Rhowch ddrafftiau gerbron y panel. Mae pob person a holir yn ateb cytuno, newid neu anghytuno; rydych chi’n datrys beth sydd angen ei newid, yna’n cau’r rownd i nodi beth a gytunwyd.</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Rownd newydd…</translation>
    </message>
    <message>
        <source>Review rounds</source>
        <translation>Rowndiau adolygu</translation>
    </message>
    <message>
        <source>No review rounds yet</source>
        <translation>Dim rowndiau adolygu eto</translation>
    </message>
    <message>
        <source>Put what we heard, the actions or the report&apos;s &apos;you said, we did&apos; to the panel: start a round and choose who is asked.</source>
        <translation>Rhowch yr hyn a glywsom, y camau gweithredu neu ‘dywedoch chi, gwnaethom ni’ yr adroddiad gerbron y panel: dechreuwch rownd a dewis pwy a holir.</translation>
    </message>
    <message>
        <source>Start a review round</source>
        <translation>Dechrau rownd adolygu</translation>
    </message>
    <message>
        <source>Review mode for</source>
        <translation>Modd adolygu ar gyfer</translation>
    </message>
    <message>
        <source>Reviewer for review mode</source>
        <translation>Adolygydd ar gyfer y modd adolygu</translation>
    </message>
    <message>
        <source>Start review mode</source>
        <translation>Dechrau’r modd adolygu</translation>
    </message>
    <message>
        <source>A calm full-screen view for the panel member beside you: one item at a time</source>
        <translation>Golwg dawel sgrin lawn i’r aelod o’r panel wrth eich ymyl: un eitem ar y tro</translation>
    </message>
    <message>
        <source>Paper &amp;&amp; email</source>
        <translation>Papur ac e-bost</translation>
    </message>
    <message>
        <source>Large-print packs to post or hand out, and the workbook to type answers into</source>
        <translation>Pecynnau print bras i’w postio neu eu rhannu, a’r llyfr gwaith i deipio atebion ynddo</translation>
    </message>
    <message>
        <source>Print packs…</source>
        <translation>Argraffu pecynnau…</translation>
    </message>
    <message>
        <source>Review return…</source>
        <translation>Ffurflen adolygu…</translation>
    </message>
    <message>
        <source>Import review return…</source>
        <translation>Mewnforio ffurflen adolygu…</translation>
    </message>
    <message>
        <source>Close round…</source>
        <translation>Cau’r rownd…</translation>
    </message>
    <message>
        <source>+ Add items…</source>
        <translation>+ Ychwanegu eitemau…</translation>
    </message>
    <message>
        <source>+ Add reviewers…</source>
        <translation>+ Ychwanegu adolygwyr…</translation>
    </message>
    <message>
        <source>Items in this round</source>
        <translation>Eitemau yn y rownd hon</translation>
    </message>
    <message>
        <source>Reviewers in this round</source>
        <translation>Adolygwyr yn y rownd hon</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Eitemau</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Adolygwyr</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 o %3)</translation>
    </message>
    <message>
        <source>No one has answered yet: closing the round now agrees nothing, and answers can no longer be given.</source>
        <translation>Does neb wedi ateb eto: nid yw cau’r rownd nawr yn cytuno ar ddim, ac ni ellir rhoi atebion mwyach.</translation>
    </message>
</context>
<context>
    <name>RoundSummary</name>
    <message>
        <source>Started %1</source>
        <translation>Dechreuwyd %1</translation>
    </message>
    <message>
        <source>, closed %1</source>
        <translation>, caewyd %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reviewer(s) answered all</source>
        <translation>
            <numerusform>%1 o %n adolygydd wedi ateb y cyfan</numerusform>
            <numerusform>%1 o %n adolygydd wedi ateb y cyfan</numerusform>
            <numerusform>%1 o %n adolygydd wedi ateb y cyfan</numerusform>
            <numerusform>%1 o %n adolygydd wedi ateb y cyfan</numerusform>
            <numerusform>%1 o %n adolygydd wedi ateb y cyfan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to resolve</source>
        <translation>%1 i’w datrys</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s)</source>
        <translation>
            <numerusform>%n adolygydd</numerusform>
            <numerusform>%n adolygydd</numerusform>
            <numerusform>%n adolygydd</numerusform>
            <numerusform>%n adolygydd</numerusform>
            <numerusform>%n adolygydd</numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Dechreuwyd %1</translation>
    </message>
    <message>
        <source>, closed %1</source>
        <translation>, caewyd %1</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everywhere</source>
        <translation>Chwilio ym mhobman</translation>
    </message>
    <message>
        <source>Search people, organisations, themes, sessions, quotes, what we heard, actions, pledges and updates…</source>
        <translation>Chwilio pobl, sefydliadau, themâu, sesiynau, dyfyniadau, yr hyn a glywsom, camau gweithredu, addewidion a diweddariadau…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <source>Type a few words. ↑ ↓ to choose, Enter to open, Esc to close.</source>
        <translation>Teipiwch ychydig eiriau. ↑ ↓ i ddewis, Enter i agor, Esc i gau.</translation>
    </message>
</context>
<context>
    <name>SendReturnsDialog</name>
    <message>
        <source>Send update returns</source>
        <translation>Anfon ffurflenni diweddaru</translation>
    </message>
    <message>
        <source>One spreadsheet per organisation with commitments. Send each to its organisation; when one comes back filled in, Import return… reads it.</source>
        <translation>Un daenlen i bob sefydliad sydd ag ymrwymiadau. Anfonwch bob un at ei sefydliad; pan ddaw un yn ôl wedi’i llenwi, mae Mewnforio ffurflen… yn ei darllen.</translation>
    </message>
    <message>
        <source>Write returns</source>
        <translation>Ysgrifennu ffurflenni</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Due back by</source>
        <translation>I’w dychwelyd erbyn</translation>
    </message>
    <message>
        <source>When the returns are due back</source>
        <translation>Pryd y dylid dychwelyd y ffurflenni</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Ffigurau ar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Beside each return an email draft is written to the organisation&apos;s contact, in its language, with the return attached: open it in your mail program to send it. Nothing is sent from here.</source>
        <translation>Wrth ochr pob ffurflen, ysgrifennir drafft e-bost at gyswllt y sefydliad, yn ei iaith, gyda’r ffurflen wedi’i hatodi: agorwch y drafft yn eich rhaglen e-bost i’w anfon. Nid anfonir dim oddi yma.</translation>
    </message>
    <message>
        <source>Folder for the returns</source>
        <translation>Ffolder ar gyfer y ffurflenni</translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message>
        <source>New session</source>
        <translation>Sesiwn newydd</translation>
    </message>
    <message>
        <source>Record a new session (Ctrl+N)</source>
        <translation>Cofnodi sesiwn newydd (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Dim sesiynau eto</translation>
    </message>
    <message>
        <source>Record your first listening session: who came, what was said, and the words worth keeping.</source>
        <translation>Cofnodwch eich sesiwn wrando gyntaf: pwy ddaeth, beth a ddywedwyd, a’r geiriau sy’n werth eu cadw.</translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation>Cofnodi sesiwn</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Dileu sesiwn</translation>
    </message>
    <message>
        <source>Choose a session</source>
        <translation>Dewiswch sesiwn</translation>
    </message>
    <message>
        <source>Pick a session on the left to see its notes, who came and the quotes taken from it.</source>
        <translation>Dewiswch sesiwn ar y chwith i weld ei nodiadau, pwy ddaeth a’r dyfyniadau a gymerwyd ohoni.</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Math o sesiwn</translation>
    </message>
    <message>
        <source>What the session will cover</source>
        <translation>Beth fydd y sesiwn yn ei drafod</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Select words, then</source>
        <translation>Dewiswch eiriau, yna</translation>
    </message>
    <message>
        <source>Quote…</source>
        <translation>Dyfynnu…</translation>
    </message>
    <message>
        <source>Keep the selected words as a quote, with who said them</source>
        <translation>Cadw’r geiriau a ddewiswyd fel dyfyniad, gyda phwy a’u dywedodd</translation>
    </message>
    <message>
        <source>What was said. Select words here and press Quote… to keep them as evidence.</source>
        <translation>Beth a ddywedwyd. Dewiswch eiriau yma a phwyso Dyfynnu… i’w cadw fel tystiolaeth.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Quotes from this session</source>
        <translation>Dyfyniadau o’r sesiwn hon</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Siaradwr</translation>
    </message>
    <message>
        <source>Remove quote</source>
        <translation>Tynnu’r dyfyniad</translation>
    </message>
    <message>
        <source>Filter what we heard…</source>
        <translation>Hidlo’r hyn a glywsom…</translation>
    </message>
    <message>
        <source>What we heard</source>
        <translation>Yr hyn a glywsom</translation>
    </message>
    <message>
        <source>What we heard that it supports</source>
        <translation>Yr hyn a glywsom y mae’n ei gefnogi</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Dyfyniadau</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) from %1. To add one, select words in the notes and press Quote…</source>
        <translation>
            <numerusform>%n dyfyniad o %1. I ychwanegu un, dewiswch eiriau yn y nodiadau a phwyso Dyfynnu…</numerusform>
            <numerusform>%n dyfyniad o %1. I ychwanegu un, dewiswch eiriau yn y nodiadau a phwyso Dyfynnu…</numerusform>
            <numerusform>%n dyfyniad o %1. I ychwanegu un, dewiswch eiriau yn y nodiadau a phwyso Dyfynnu…</numerusform>
            <numerusform>%n dyfyniad o %1. I ychwanegu un, dewiswch eiriau yn y nodiadau a phwyso Dyfynnu…</numerusform>
            <numerusform>%n dyfyniad o %1. I ychwanegu un, dewiswch eiriau yn y nodiadau a phwyso Dyfynnu…</numerusform>
        </translation>
    </message>
    <message>
        <source>No quotes from this session yet: select words in the notes (Details) and press Quote… to keep them.</source>
        <translation>Dim dyfyniadau o’r sesiwn hon eto: dewiswch eiriau yn y nodiadau (Manylion) a phwyso Dyfynnu… i’w cadw.</translation>
    </message>
    <message>
        <source>%1 present, %2 sent apologies, %3 absent. Tick a box to record; tick it again to clear.</source>
        <translation>%1 yn bresennol, %2 wedi anfon ymddiheuriadau, %3 yn absennol. Ticiwch flwch i gofnodi; ticiwch ef eto i’w glirio.</translation>
    </message>
    <message>
        <source>No speaker recorded</source>
        <translation>Dim siaradwr wedi’i gofnodi</translation>
    </message>
    <message>
        <source>Session deleted. Ctrl+Z brings it back.</source>
        <translation>Dilëwyd y sesiwn. Mae Ctrl+Z yn dod â hi’n ôl.</translation>
    </message>
    <message>
        <source>Quote removed. Ctrl+Z brings it back.</source>
        <translation>Tynnwyd y dyfyniad. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
</context>
<context>
    <name>SocialValueScreen</name>
    <message>
        <source>Social value</source>
        <translation>Gwerth cymdeithasol</translation>
    </message>
    <message>
        <source>What the commission&apos;s work is worth, the way the evaluations in the background reading worked it out (£4.43, £5.31 and £2.19 of social value for every £1): count each outcome, give it a value in pounds, take off what would have happened anyway, and follow it over the years it lasts.</source>
        <translation>Gwerth gwaith y comisiwn, fel y cyfrifodd y gwerthusiadau yn y darllen cefndir ef (£4.43, £5.31 a £2.19 o werth cymdeithasol am bob £1): cyfrifwch bob canlyniad, rhowch werth mewn punnoedd iddo, tynnwch yr hyn a fyddai wedi digwydd beth bynnag, a dilynwch ef dros y blynyddoedd y mae’n para.</translation>
    </message>
    <message>
        <source>Why a value was not saved</source>
        <translation>Pam na chadwyd gwerth</translation>
    </message>
    <message>
        <source>e.g. 81,250</source>
        <translation>e.e. 81,250</translation>
    </message>
    <message>
        <source>Investment in pounds</source>
        <translation>Buddsoddiad mewn punnoedd</translation>
    </message>
    <message>
        <source>What the commission cost: money, staff time and in-kind support, in £.</source>
        <translation>Cost y comisiwn: arian, amser staff a chymorth mewn nwyddau, mewn £.</translation>
    </message>
    <message>
        <source>Discount rate, percent a year</source>
        <translation>Cyfradd ddisgowntio, y cant y flwyddyn</translation>
    </message>
    <message>
        <source>Value in future years is worth a little less today. 3.5% a year is the Treasury Green Book&apos;s rate; leave it empty to use it.</source>
        <translation>Mae gwerth mewn blynyddoedd i ddod ychydig yn llai heddiw. 3.5% y flwyddyn yw cyfradd Llyfr Gwyrdd y Trysorlys; gadewch hwn yn wag i’w defnyddio.</translation>
    </message>
    <message>
        <source>Investment (£)</source>
        <translation>Buddsoddiad (£)</translation>
    </message>
    <message>
        <source>Discount rate (% a year)</source>
        <translation>Cyfradd ddisgowntio (% y flwyddyn)</translation>
    </message>
    <message>
        <source>Investment: what the commission cost, including staff time and in-kind support. Discount rate: how much less a pound next year is worth today.</source>
        <translation>Buddsoddiad: cost y comisiwn, gan gynnwys amser staff a chymorth mewn nwyddau. Cyfradd ddisgowntio: faint yn llai yw gwerth punt y flwyddyn nesaf heddiw.</translation>
    </message>
    <message>
        <source>Social value for every pound invested</source>
        <translation>Gwerth cymdeithasol am bob punt a fuddsoddwyd</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <source>Add outcome</source>
        <translation>Ychwanegu canlyniad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Present value</source>
        <translation>Gwerth presennol</translation>
    </message>
    <message>
        <source>Outcomes and their present value</source>
        <translation>Canlyniadau a’u gwerth presennol</translation>
    </message>
    <message>
        <source>No outcomes yet — add the first thing that changed for people because of the commission.</source>
        <translation>Dim canlyniadau eto — ychwanegwch y peth cyntaf a newidiodd i bobl oherwydd y comisiwn.</translation>
    </message>
    <message>
        <source>How sure is the figure?</source>
        <translation>Pa mor sicr yw’r ffigur?</translation>
    </message>
    <message>
        <source>The ratio again with each judgement 10 points higher or lower, and with every outcome counted for one year only.</source>
        <translation>Y gymhareb eto gyda phob barn 10 pwynt yn uwch neu’n is, a gyda phob canlyniad wedi’i gyfrif am un flwyddyn yn unig.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>For every £1</source>
        <translation>Am bob £1</translation>
    </message>
    <message>
        <source>Sensitivity of the ratio</source>
        <translation>Sensitifrwydd y gymhareb</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Fel y’i rhoddwyd</translation>
    </message>
    <message>
        <source>Deadweight 10 points higher</source>
        <translation>Pwysau marw 10 pwynt yn uwch</translation>
    </message>
    <message>
        <source>Deadweight 10 points lower</source>
        <translation>Pwysau marw 10 pwynt yn is</translation>
    </message>
    <message>
        <source>Attribution 10 points higher</source>
        <translation>Priodoli 10 pwynt yn uwch</translation>
    </message>
    <message>
        <source>Attribution 10 points lower</source>
        <translation>Priodoli 10 pwynt yn is</translation>
    </message>
    <message>
        <source>Drop-off 10 points higher</source>
        <translation>Gostyngiad 10 pwynt yn uwch</translation>
    </message>
    <message>
        <source>Drop-off 10 points lower</source>
        <translation>Gostyngiad 10 pwynt yn is</translation>
    </message>
    <message>
        <source>Every outcome for 1 year only</source>
        <translation>Pob canlyniad am 1 flwyddyn yn unig</translation>
    </message>
    <message>
        <source>This outcome</source>
        <translation>Y canlyniad hwn</translation>
    </message>
    <message>
        <source>What changed for people because of the commission, in a few words.</source>
        <translation>Beth newidiodd i bobl oherwydd y comisiwn, mewn ychydig eiriau.</translation>
    </message>
    <message>
        <source>Who for</source>
        <translation>I bwy</translation>
    </message>
    <message>
        <source>Who it changed for.</source>
        <translation>I bwy y newidiodd.</translation>
    </message>
    <message>
        <source>How we know</source>
        <translation>Sut rydyn ni’n gwybod</translation>
    </message>
    <message>
        <source>What was counted or asked to show it happened.</source>
        <translation>Beth a gyfrifwyd neu a ofynnwyd i ddangos iddo ddigwydd.</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Faint</translation>
    </message>
    <message>
        <source>How many people (or homes, or visits) it happened for.</source>
        <translation>I faint o bobl (neu gartrefi, neu ymweliadau) y digwyddodd.</translation>
    </message>
    <message>
        <source>Value a year (£)</source>
        <translation>Gwerth y flwyddyn (£)</translation>
    </message>
    <message>
        <source>The financial proxy: what the change is worth in pounds, for one of them, for one year.</source>
        <translation>Y procsi ariannol: gwerth y newid mewn punnoedd, i un ohonyn nhw, am un flwyddyn.</translation>
    </message>
    <message>
        <source>Where the value comes from</source>
        <translation>O ble daw’r gwerth</translation>
    </message>
    <message>
        <source>The source of that value, so others can check it.</source>
        <translation>Ffynhonnell y gwerth hwnnw, fel y gall eraill ei wirio.</translation>
    </message>
    <message>
        <source>Years it lasts</source>
        <translation>Blynyddoedd y mae’n para</translation>
    </message>
    <message>
        <source>How many years the change lasts (a whole number).</source>
        <translation>Sawl blwyddyn y mae’r newid yn para (rhif cyfan).</translation>
    </message>
    <message>
        <source>Deadweight (%)</source>
        <translation>Pwysau marw (%)</translation>
    </message>
    <message>
        <source>How much would have happened anyway, without the commission.</source>
        <translation>Faint fyddai wedi digwydd beth bynnag, heb y comisiwn.</translation>
    </message>
    <message>
        <source>Attribution (%)</source>
        <translation>Priodoli (%)</translation>
    </message>
    <message>
        <source>How much of it is down to others: other services, family, friends.</source>
        <translation>Faint ohono sydd i’w briodoli i eraill: gwasanaethau eraill, teulu, ffrindiau.</translation>
    </message>
    <message>
        <source>Displacement (%)</source>
        <translation>Dadleoli (%)</translation>
    </message>
    <message>
        <source>How much of it only moved a benefit or a problem from somewhere else.</source>
        <translation>Faint ohono a symudodd fudd neu broblem o rywle arall yn unig.</translation>
    </message>
    <message>
        <source>Drop-off (%)</source>
        <translation>Gostyngiad (%)</translation>
    </message>
    <message>
        <source>How much of the change fades each year after the first.</source>
        <translation>Faint o’r newid sy’n pylu bob blwyddyn ar ôl y gyntaf.</translation>
    </message>
    <message>
        <source>Present value of this outcome</source>
        <translation>Gwerth presennol y canlyniad hwn</translation>
    </message>
    <message>
        <source>Delete outcome</source>
        <translation>Dileu canlyniad</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>Y canlyniad</translation>
    </message>
    <message>
        <source>Where it comes from: the actions and what we heard behind it, so the value can be traced to what the panel said.</source>
        <translation>O ble mae’n dod: y camau gweithredu a’r hyn a glywsom y tu ôl iddo, fel y gellir olrhain y gwerth i’r hyn a ddywedodd y panel.</translation>
    </message>
    <message>
        <source>Filter actions…</source>
        <translation>Hidlo camau gweithredu…</translation>
    </message>
    <message>
        <source>Actions this outcome comes from</source>
        <translation>Y camau gweithredu y daw’r canlyniad hwn ohonynt</translation>
    </message>
    <message>
        <source>Filter what we heard…</source>
        <translation>Hidlo’r hyn a glywsom…</translation>
    </message>
    <message>
        <source>What we heard this outcome comes from</source>
        <translation>Yr hyn a glywsom y daw’r canlyniad hwn ohono</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>What we heard</source>
        <translation>Yr hyn a glywsom</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>O ble mae’n dod</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Enter what was invested (£) to work out the value for every £1.</source>
        <translation>Rhowch beth a fuddsoddwyd (£) i gyfrifo’r gwerth am bob £1.</translation>
    </message>
    <message>
        <source>The investment must be more than £0 to work out the value for every £1.</source>
        <translation>Rhaid i’r buddsoddiad fod yn fwy na £0 i gyfrifo’r gwerth am bob £1.</translation>
    </message>
    <message>
        <source>£%1 for every £1</source>
        <translation>£%1 am bob £1</translation>
    </message>
    <message>
        <source>Total present value %1 from an investment of %2</source>
        <translation>Cyfanswm y gwerth presennol %1 o fuddsoddiad o %2</translation>
    </message>
    <message>
        <source>That is not a number: the value was not changed.</source>
        <translation>Nid rhif yw hwnna: ni newidiwyd y gwerth.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Newid %1</translation>
    </message>
    <message>
        <source>Change the investment</source>
        <translation>Newid y buddsoddiad</translation>
    </message>
    <message>
        <source>Change the discount rate</source>
        <translation>Newid y gyfradd ddisgowntio</translation>
    </message>
    <message>
        <source>Link outcome to where it comes from</source>
        <translation>Cysylltu’r canlyniad â’i darddiad</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Canlyniad newydd</translation>
    </message>
    <message>
        <source>Outcome deleted. Ctrl+Z brings it back.</source>
        <translation>Dilëwyd y canlyniad. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
</context>
<context>
    <name>ThemeTree</name>
    <message>
        <source>Everything we heard</source>
        <translation>Popeth a glywsom</translation>
    </message>
</context>
<context>
    <name>ThemesScreen</name>
    <message>
        <source>Themes and what we heard</source>
        <translation>Themâu a’r hyn a glywsom</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Fframweithiau</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themâu</translation>
    </message>
    <message>
        <source>Drag a theme onto another to make it a sub-theme.</source>
        <translation>Llusgwch thema ar ben un arall i’w gwneud yn is-thema.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>The Sustainable Livelihoods asset this theme is mostly about</source>
        <translation>Ased Bywoliaethau Cynaliadwy y mae’r thema hon yn ymwneud ag ef yn bennaf</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Dileu thema</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation>Enw’r thema</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Ased</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Lliw</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Amdani</translation>
    </message>
    <message>
        <source>About the theme</source>
        <translation>Am y thema</translation>
    </message>
    <message>
        <source>What we heard</source>
        <translation>Yr hyn a glywsom</translation>
    </message>
    <message>
        <source>Add something we heard under this theme (Ctrl+N)</source>
        <translation>Ychwanegu rhywbeth a glywsom o dan y thema hon (Ctrl+N)</translation>
    </message>
    <message>
        <source>What we heard under this theme</source>
        <translation>Yr hyn a glywsom o dan y thema hon</translation>
    </message>
    <message>
        <source>What we heard, in a sentence the panel stands behind</source>
        <translation>Yr hyn a glywsom, mewn brawddeg y mae’r panel yn ei chefnogi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>From what was heard to what was done</source>
        <translation>O’r hyn a glywyd i’r hyn a wnaed</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Dywedoch chi, gwnaethom ni</translation>
    </message>
    <message>
        <source>Quotes behind this</source>
        <translation>Y dyfyniadau y tu ôl i hyn</translation>
    </message>
    <message>
        <source>Quotes linked to this (double-click to open the session).</source>
        <translation>Dyfyniadau sy’n gysylltiedig â hyn (cliciwch ddwywaith i agor y sesiwn).</translation>
    </message>
    <message>
        <source>Heard at these sessions:</source>
        <translation>Clywyd yn y sesiynau hyn:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Choose something we heard</source>
        <translation>Dewiswch rywbeth a glywsom</translation>
    </message>
    <message>
        <source>See the words behind it, and what was done about it.</source>
        <translation>Gwelwch y geiriau y tu ôl iddo, a beth a wnaed amdano.</translation>
    </message>
    <message numerus="yes">
        <source>Under %1: %n thing(s) the panel said</source>
        <translation>
            <numerusform>O dan %1: %n peth a ddywedodd y panel</numerusform>
            <numerusform>O dan %1: %n peth a ddywedodd y panel</numerusform>
            <numerusform>O dan %1: %n peth a ddywedodd y panel</numerusform>
            <numerusform>O dan %1: %n peth a ddywedodd y panel</numerusform>
            <numerusform>O dan %1: %n peth a ddywedodd y panel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Across every theme: %n thing(s) the panel said</source>
        <translation>
            <numerusform>Ar draws pob thema: %n peth a ddywedodd y panel</numerusform>
            <numerusform>Ar draws pob thema: %n peth a ddywedodd y panel</numerusform>
            <numerusform>Ar draws pob thema: %n peth a ddywedodd y panel</numerusform>
            <numerusform>Ar draws pob thema: %n peth a ddywedodd y panel</numerusform>
            <numerusform>Ar draws pob thema: %n peth a ddywedodd y panel</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of the actions done.</source>
        <translation>, %1 o’r camau gweithredu wedi’u gwneud.</translation>
    </message>
    <message>
        <source>No themes yet</source>
        <translation>Dim themâu eto</translation>
    </message>
    <message>
        <source>What we heard sits under a theme: name the first theme (such as “Stigma in services”), then add what the panel said.</source>
        <translation>Mae’r hyn a glywsom yn perthyn i thema: enwch y thema gyntaf (fel “Stigma mewn gwasanaethau”), yna ychwanegwch beth ddywedodd y panel.</translation>
    </message>
    <message>
        <source>Theme deleted. Ctrl+Z brings it back.</source>
        <translation>Dilëwyd y thema. Mae Ctrl+Z yn dod â hi’n ôl.</translation>
    </message>
    <message>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Dilëwyd. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Thema newydd</translation>
    </message>
    <message>
        <source>Nothing heard under this theme yet</source>
        <translation>Dim byd wedi’i glywed o dan y thema hon eto</translation>
    </message>
    <message>
        <source>Add what the panel said, in a sentence they would stand behind.</source>
        <translation>Ychwanegwch beth ddywedodd y panel, mewn brawddeg y bydden nhw’n ei chefnogi.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Reading the updates…</source>
        <translation>Yn darllen y diweddariadau…</translation>
    </message>
    <message>
        <source>The updates could not be read: {0}</source>
        <translation>Nid oedd modd darllen y diweddariadau: {0}</translation>
    </message>
    <message>
        <source>No updates yet. When the organisation reports back, press Log update… and add what the panel thinks of it.</source>
        <translation>Dim diweddariadau eto. Pan fydd y sefydliad yn adrodd yn ôl, pwyswch Cofnodi diweddariad… ac ychwanegwch farn y panel.</translation>
    </message>
    <message>
        <source>Show all {0} updates</source>
        <translation>Dangos pob un o&apos;r {0} diweddariad</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Workbooks (*.xlsx *.ods *.xls);;CSV sheets (*.csv);;All files (*)</source>
        <translation>Llyfrau gwaith (*.xlsx *.ods *.xls);;Dalenni CSV (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Import a workbook or update return</source>
        <translation>Mewnforio llyfr gwaith neu ffurflen ddiweddaru</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Yn gwirio</translation>
    </message>
    <message>
        <source>Checking {name} and working out what it will change…</source>
        <translation>Yn gwirio {name} ac yn cyfrifo beth fydd yn ei newid…</translation>
    </message>
    <message>
        <source>Not imported: nothing was changed.</source>
        <translation>Heb ei mewnforio: ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Yn mewnforio</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Yn mewnforio {name}…</translation>
    </message>
    <message>
        <source>{n} updates added.</source>
        <translation>Ychwanegwyd {n} diweddariad.</translation>
    </message>
    <message>
        <source>{n} edits to the return were ignored.</source>
        <translation>Anwybyddwyd {n} o olygiadau i’r ffurflen.</translation>
    </message>
    <message>
        <source>Not in the file (left as they were): {sheets}.</source>
        <translation>Ddim yn y ffeil (wedi’u gadael fel yr oedden nhw): {sheets}.</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Wedi stopio: ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>That did not work: {error}. Nothing was changed.</source>
        <translation>Ni weithiodd hynny: {error}. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{name} does not say which organisation made its commitments: add the organisation first, then import it again.</source>
        <translation>Nid yw {name} yn dweud pa sefydliad a wnaeth ei ymrwymiadau: ychwanegwch y sefydliad yn gyntaf, yna mewnforiwch y ffeil eto.</translation>
    </message>
    <message>
        <source>Whose commitments?</source>
        <translation>Ymrwymiadau pwy?</translation>
    </message>
    <message>
        <source>{name} comes from Decidim, which does not say who made each commitment. Which organisation made them?</source>
        <translation>Daw {name} o Decidim, nad yw’n dweud pwy a wnaeth bob ymrwymiad. Pa sefydliad a’u gwnaeth?</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Allforio llyfr gwaith</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up by its server (pg_dump), not by the app. Export the workbook for a copy of this commission.</source>
        <translation>Mae cronfa ddata PostgreSQL a rennir yn cael copi wrth gefn gan ei gweinydd (pg_dump), nid gan yr ap. Allforiwch y llyfr gwaith i gael copi o’r comisiwn hwn.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Gwneud copi wrth gefn o’r gronfa ddata</translation>
    </message>
    <message>
        <source>Commission databases (*.db)</source>
        <translation>Cronfeydd data Commission (*.db)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Yn gwneud copi wrth gefn</translation>
    </message>
    <message>
        <source>Copying the database to {name}…</source>
        <translation>Yn copïo’r gronfa ddata i {name}…</translation>
    </message>
    <message>
        <source>Backed up to {path} (a full copy: keep it as safely as the laptop).</source>
        <translation>Gwnaed copi wrth gefn yn {path} (copi llawn: cadwch ef mor ddiogel â’r gliniadur).</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Llyfrau gwaith (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook is the coordinator&apos;s full copy.</source>
        <translation>Y llyfr gwaith yw copi llawn y cydlynydd.</translation>
    </message>
    <message>
        <source>It holds every member&apos;s personal details, consents and words. Keep it as safely as the laptop itself; do not send it to others.</source>
        <translation>Mae’n cynnwys manylion personol, caniatâd a geiriau pob aelod. Cadwch ef mor ddiogel â’r gliniadur ei hun; peidiwch â’i anfon at eraill.</translation>
    </message>
    <message>
        <source>This database is encrypted, so the workbook will be protected with the same passphrase: Excel and LibreOffice ask for it when the file is opened.</source>
        <translation>Mae’r gronfa ddata hon wedi’i hamgryptio, felly bydd y llyfr gwaith wedi’i ddiogelu â’r un cyfrinymadrodd: mae Excel a LibreOffice yn gofyn amdano pan agorir y ffeil.</translation>
    </message>
    <message>
        <source>Save an unprotected copy (anyone who gets the file can read it)</source>
        <translation>Cadw copi heb ei ddiogelu (gall unrhyw un sy’n cael y ffeil ei ddarllen)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Yn allforio</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Yn ysgrifennu {name}…</translation>
    </message>
    <message>
        <source>Wrote {path} (the coordinator&apos;s full copy, protected with the database&apos;s passphrase).</source>
        <translation>Ysgrifennwyd {path} (copi llawn y cydlynydd, wedi’i ddiogelu â chyfrinymadrodd y gronfa ddata).</translation>
    </message>
    <message>
        <source>Wrote {path} (the coordinator&apos;s full copy).</source>
        <translation>Ysgrifennwyd {path} (copi llawn y cydlynydd).</translation>
    </message>
</context>
<context>
    <name>UpdateCard</name>
    <message>
        <source>(after the as-of date: not counted)</source>
        <translation>(ar ôl dyddiad y ffigurau: heb ei gyfrif)</translation>
    </message>
    <message>
        <source>Cymraeg</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>What they say</source>
        <translation>Beth maen nhw’n ei ddweud</translation>
    </message>
    <message>
        <source>What the panel thinks</source>
        <translation>Barn y panel</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Log an update</source>
        <translation>Cofnodi diweddariad</translation>
    </message>
    <message>
        <source>Log update</source>
        <translation>Cofnodi diweddariad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>What they say</source>
        <translation>Beth maen nhw’n ei ddweud</translation>
    </message>
    <message>
        <source>What the panel thinks</source>
        <translation>Barn y panel</translation>
    </message>
    <message>
        <source>From the status</source>
        <translation>O’r statws</translation>
    </message>
    <message>
        <source>What the organisation reports</source>
        <translation>Beth mae’r sefydliad yn ei adrodd</translation>
    </message>
    <message>
        <source>Who reported it</source>
        <translation>Pwy a’i hadroddodd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>The report in Welsh, if there is one</source>
        <translation>Yr adroddiad yn Gymraeg, os oes un</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Adroddwyd gan</translation>
    </message>
    <message>
        <source>In the panel&apos;s words</source>
        <translation>Yng ngeiriau’r panel</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Dyfarniad</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Preferences saved.</source>
        <translation>Cadwyd y dewisiadau.</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>done</source>
        <translation>wedi’i wneud</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>wedi’i ollwng</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>hwyr</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>mewn perygl</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>ar y trywydd iawn</translation>
    </message>
    <message>
        <source>not made yet</source>
        <translation>heb ei wneud eto</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>cytuno</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>yn rhannol</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>anghytuno</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>heb ei asesu</translation>
    </message>
    <message>
        <source>Agrees it happened</source>
        <translation>Yn cytuno iddo ddigwydd</translation>
    </message>
    <message>
        <source>Partly agrees</source>
        <translation>Yn cytuno’n rhannol</translation>
    </message>
    <message>
        <source>Disagrees</source>
        <translation>Yn anghytuno</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Heb ei asesu eto</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>heb ddechrau</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>ar y gweill</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>wedi arafu</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>drafft</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>dan adolygiad</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>wedi’i gytuno</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ar agor</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ar gau</translation>
    </message>
    <message>
        <source>changed since sent</source>
        <translation>wedi newid ers ei anfon</translation>
    </message>
    <message>
        <source>to resolve</source>
        <translation>i’w ddatrys</translation>
    </message>
    <message>
        <source>text changed</source>
        <translation>geiriad wedi newid</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>wedi’i gadw</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>yn aros</translation>
    </message>
    <message>
        <source>all answered</source>
        <translation>pawb wedi ateb</translation>
    </message>
    <message>
        <source>What we heard</source>
        <translation>Yr hyn a glywsom</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Nodiadau’r sesiwn</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Dywedoch chi, gwnaethom ni</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Diweddariad</translation>
    </message>
    <message>
        <source>Do you agree this is done?</source>
        <translation>Ydych chi’n cytuno bod hyn wedi’i wneud?</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Cytuno</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Anghytuno</translation>
    </message>
    <message>
        <source>Community commissioners</source>
        <translation>Comisiynwyr cymunedol</translation>
    </message>
    <message>
        <source>Civic commissioners</source>
        <translation>Comisiynwyr dinesig</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Hwyluswyr</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gwesteion</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>gwrando</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thema</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>gweithgor</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>sesiwn ar y cyd</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>lansiad</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>digwyddiad cloi</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>sesiwn ddilynol</translation>
    </message>
    <message>
        <source>named</source>
        <translation>wedi’i enwi</translation>
    </message>
    <message>
        <source>pseudonym only</source>
        <translation>ffugenw yn unig</translation>
    </message>
    <message>
        <source>quotes withheld</source>
        <translation>dyfyniadau wedi’u dal yn ôl</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>wedi dod i ben</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wedi’i dynnu’n ôl</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>wedi’i ddileu</translation>
    </message>
    <message>
        <source>Community commissioner</source>
        <translation>Comisiynydd cymunedol</translation>
    </message>
    <message>
        <source>Civic commissioner</source>
        <translation>Comisiynydd dinesig</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Hwylusydd</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gwestai</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cymunedol</translation>
    </message>
    <message>
        <source>Civic</source>
        <translation>Dinesig</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <source>Health board</source>
        <translation>Bwrdd iechyd</translation>
    </message>
    <message>
        <source>DWP / Jobcentre</source>
        <translation>DWP / Canolfan Byd Gwaith</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>Voluntary sector</source>
        <translation>Sector gwirfoddol</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Busnes</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>May be named, and their words quoted, in reports.</source>
        <translation>Gellir eu henwi, a dyfynnu eu geiriau, mewn adroddiadau.</translation>
    </message>
    <message>
        <source>Shown by pseudonym (or &apos;Community commissioner N&apos;) in anything meant for others.</source>
        <translation>Dangosir wrth ffugenw (neu ‘Comisiynydd cymunedol N’) mewn unrhyw beth sydd ar gyfer eraill.</translation>
    </message>
    <message>
        <source>May be named, but their words are left out of reports.</source>
        <translation>Gellir eu henwi, ond gadewir eu geiriau allan o adroddiadau.</translation>
    </message>
    <message>
        <source>A consent has passed its expiry date: ask again before the next report.</source>
        <translation>Mae caniatâd wedi mynd heibio’i ddyddiad dod i ben: gofynnwch eto cyn yr adroddiad nesaf.</translation>
    </message>
    <message>
        <source>They have withdrawn a consent: reports leave out what it covered.</source>
        <translation>Maen nhw wedi tynnu caniatâd yn ôl: mae adroddiadau’n gadael allan yr hyn yr oedd yn ei gwmpasu.</translation>
    </message>
    <message>
        <source>Their personal details were erased at their request.</source>
        <translation>Dilëwyd eu manylion personol ar eu cais.</translation>
    </message>
</context>
</TS>
