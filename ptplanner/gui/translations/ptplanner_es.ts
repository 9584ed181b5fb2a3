<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <location filename="../actions.py" line="15"/>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="16"/>
        <source>&amp;Edit patient details…</source>
        <translation>&amp;Editar datos del paciente…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="17"/>
        <source>&amp;Save program</source>
        <translation>&amp;Guardar programa</translation>
    </message>
    <message>
        <location filename="../actions.py" line="18"/>
        <source>&amp;Print handout…</source>
        <translation>&amp;Imprimir hoja de ejercicios…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="21"/>
        <source>&amp;Clinic settings…</source>
        <translation>&amp;Ajustes de la clínica…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="25"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../actions.py" line="26"/>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <location filename="../actions.py" line="27"/>
        <source>All &amp;patients</source>
        <translation>Todos los &amp;pacientes</translation>
    </message>
    <message>
        <location filename="../actions.py" line="28"/>
        <source>Add &amp;demo clinic</source>
        <translation>Añadir clínica de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../actions.py" line="29"/>
        <source>Record &amp;log sheet…</source>
        <translation>Anotar hoja de &amp;registro…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="32"/>
        <source>Record &amp;today&apos;s session…</source>
        <translation>Anotar la sesión de &amp;hoy…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="38"/>
        <source>Add &amp;outcome score…</source>
        <translation>Añadir p&amp;untuación de resultado…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="44"/>
        <source>Progress &amp;report…</source>
        <translation>&amp;Informe de progreso…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="50"/>
        <source>E&amp;xport for the hospital (FHIR)…</source>
        <translation>E&amp;xportar para el hospital (FHIR)…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="54"/>
        <source>&amp;Reprint a handout…</source>
        <translation>&amp;Volver a imprimir una hoja…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="55"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../actions.py" line="56"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="57"/>
        <source>Read &amp;scanned log sheet…</source>
        <translation>Leer una hoja de registro &amp;escaneada…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="88"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../actions.py" line="91"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../audit_view.py" line="49"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="50"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="51"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="52"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="53"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="54"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="95"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="99"/>
        <source>Patient: a name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="100"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="101"/>
        <source>S&amp;ince</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="104"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="118"/>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="119"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="139"/>
        <source>Reading the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="141"/>
        <source>The audit trail could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="145"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="148"/>
        <source>The chain could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="151"/>
        <source>Export the audit rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="151"/>
        <source>CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../audit_view.py" line="156"/>
        <source>Wrote %n row(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="157"/>
        <source>The rows were not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../audit_view.py" line="162"/>
        <source>%n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="168"/>
        <source>Chain intact: {rows} rows, none edited, deleted or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="170"/>
        <source>Chain intact: 1 row, not edited, deleted or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../audit_view.py" line="174"/>
        <source>The audit trail was tampered with: {problem} (%n row(s) before it are intact).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="189"/>
        <source>{what}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <location filename="../clinic_settings.py" line="54"/>
        <source>One exercise a line: its id, a space, then the https address of its video. Handouts print a QR code for it; ptplanner never opens the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="65"/>
        <source>Clinic settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="78"/>
        <source>Printed at the top of every handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="79"/>
        <source>The number patients call with a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="80"/>
        <source>For when the clinic is closed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="84"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="85"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="89"/>
        <source>Print handouts in &amp;large print unless I choose otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="93"/>
        <source>Handouts print in it unless the patient&apos;s record names another language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="102"/>
        <source> out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="105"/>
        <source>Names your patient ids in FHIR exports (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="114"/>
        <source> minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="117"/>
        <source>Only an admin may change how long the app waits before it locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="179"/>
        <source>The clinic settings were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="192"/>
        <source>The exercise {id} is listed twice: keep one line for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="208"/>
        <source>The clinic settings could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="232"/>
        <source>Choose the clinic logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="232"/>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="239"/>
        <source>The file cannot be used: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="251"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="262"/>
        <source>Clinic &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="263"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="265"/>
        <source>&amp;After-hours phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="267"/>
        <source>&amp;Emergency number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="277"/>
        <source>PNG or JPEG, up to {size} KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="279"/>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="280"/>
        <source>Pape&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="282"/>
        <source>Patients&apos; lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="287"/>
        <source>Call about a &amp;fever from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="288"/>
        <source>Pain allo&amp;wed while exercising:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="290"/>
        <source>Patient &amp;id system (FHIR):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="294"/>
        <source>E&amp;xercise videos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="295"/>
        <source>Lock the app af&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="340"/>
        <source>The file is not a picture that can be shown. Save it again as PNG or JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="360"/>
        <source>{error} The defaults are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../dialogs.py" line="12"/>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="13"/>
        <source>Its stages and exercises are replaced. Undo (Ctrl+Z) brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="32"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="33"/>
        <source>Save the changes to {name}&apos;s program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="46"/>
        <source>Replace this program with the template “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="47"/>
        <source>Replace the program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="49"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../document.py" line="177"/>
        <source>Your changes are still here. Copy what you need, then reopen the patient to see the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document.py" line="182"/>
        <source>Your changes are still here; try saving again once the problem is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document.py" line="184"/>
        <source>The {what} was not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document.py" line="190"/>
        <source>The details were not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document.py" line="191"/>
        <source>The program was not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document.py" line="192"/>
        <source>The assessment and plan were not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="30"/>
        <source>Not allowed for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="36"/>
        <source>ptplanner could not use its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="44"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="45"/>
        <source>{error} (in {place})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="49"/>
        <source>Your last change may not have been saved. Please check it, and tell your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../library/detail.py" line="22"/>
        <source>This exercise comes with ptplanner and cannot be changed. To adapt it, choose Duplicate and edit the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="26"/>
        <source>Choose an exercise to see how it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="41"/>
        <source>Also known as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="42"/>
        <source>Clinic exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="43"/>
        <source>Clinical name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="44"/>
        <source>Comes with ptplanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="45"/>
        <source>No picture yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="46"/>
        <source>Stop if:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="47"/>
        <source>Usual dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="48"/>
        <source>Variations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="49"/>
        <source>Video:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="125"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="126"/>
        <source>from stage {stage} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="136"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="137"/>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="139"/>
        <source>Precautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="140"/>
        <source>Do not use when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="182"/>
        <source>Easier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="182"/>
        <source>Harder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="195"/>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="202"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="203"/>
        <source>Body regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="204"/>
        <source>Muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="205"/>
        <source>Spine movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="211"/>
        <source>{address} (printed as a QR code)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <location filename="../library/editor.py" line="39"/>
        <source>Clinic exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/editor.py" line="120"/>
        <source>The exercise was not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/editor.py" line="126"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/editor.py" line="127"/>
        <source>This exercise has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseFields</name>
    <message>
        <location filename="../library/fields.py" line="135"/>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/fields.py" line="141"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/fields.py" line="147"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <location filename="../library/exercise_form.py" line="68"/>
        <source>What patients will call it, e.g. Side-lying leg lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="69"/>
        <source>For therapists and the surgeon&apos;s report (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="70"/>
        <source>Short names to search by (TrA, SLR), with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="71"/>
        <source>One sentence: what it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="80"/>
        <source>Other words to find it by, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="82"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="84"/>
        <location filename="../library/exercise_form.py" line="181"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="85"/>
        <source>Clinical name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="86"/>
        <source>Abbreviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="87"/>
        <location filename="../library/exercise_form.py" line="181"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="88"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="89"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="90"/>
        <source>Earliest stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="91"/>
        <source>Body regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="92"/>
        <source>Muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="93"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="94"/>
        <source>Search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="99"/>
        <source>One step per line, in the order the patient does them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="100"/>
        <source>Short tips, one per line (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="102"/>
        <source>One per line (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="103"/>
        <source>When not to use it, one per line (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="106"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="108"/>
        <location filename="../library/exercise_form.py" line="181"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="109"/>
        <location filename="../library/exercise_form.py" line="181"/>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="110"/>
        <location filename="../library/exercise_form.py" line="181"/>
        <source>Stop if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="111"/>
        <location filename="../library/exercise_form.py" line="182"/>
        <source>Precautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="112"/>
        <source>Do not use when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="113"/>
        <source>Spine movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="127"/>
        <source>e.g. light band (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="128"/>
        <source>Anything the numbers do not say (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="135"/>
        <source>Usual dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="137"/>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="138"/>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="139"/>
        <source>Counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="140"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="141"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="142"/>
        <source>Rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="143"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="144"/>
        <source>Times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="145"/>
        <source>Days a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="146"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="147"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="148"/>
        <source>Patients will read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="157"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="158"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="159"/>
        <source>https://… (optional): printed as a QR code to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="161"/>
        <source>Easier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="162"/>
        <source>Harder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="163"/>
        <source>Video address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="166"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="167"/>
        <source>Variations, photos, video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="167"/>
        <source>Variations and video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="173"/>
        <source>The name in Spanish, e.g. Levantar la pierna de lado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="174"/>
        <source>One sentence (all empty: no Spanish text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="175"/>
        <source>As many steps as in English, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="176"/>
        <source>As many tips as in English, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="177"/>
        <source>Pare si...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="178"/>
        <source>As many as in English, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="186"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisePictures</name>
    <message>
        <location filename="../library/pictures.py" line="18"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/pictures.py" line="18"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Favourites</name>
    <message>
        <location filename="../library/favourites.py" line="31"/>
        <source>Favourite: listed first in the library, for everyone in the clinic (★ = is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/favourites.py" line="33"/>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FhirExport</name>
    <message>
        <location filename="../fhir_export.py" line="19"/>
        <source>Export for the hospital (FHIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fhir_export.py" line="20"/>
        <source>Open a patient to export their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fhir_export.py" line="33"/>
        <source>FHIR JSON files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fhir_export.py" line="42"/>
        <source>Exporting for the hospital…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fhir_export.py" line="53"/>
        <source>Exported the record for the hospital ({count} FHIR resources) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fhir_export.py" line="61"/>
        <source>The export for the hospital was not written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../library/filters.py" line="21"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="23"/>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="25"/>
        <source>Up to stage {stage}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="26"/>
        <source>Exercises a patient in this stage may do (earliest stage at most this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="27"/>
        <source>Any position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="28"/>
        <source>Any equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="29"/>
        <source>Any body region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="30"/>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="31"/>
        <source>★ Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="32"/>
        <source>Show the clinic&apos;s favourite exercises only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="37"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="38"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="39"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="40"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="41"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="48"/>
        <source>{filter} filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutPreview</name>
    <message>
        <location filename="../handout_preview.py" line="74"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="83"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="84"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="85"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="86"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="87"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="88"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="143"/>
        <source>Print handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="153"/>
        <source>No stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="159"/>
        <source>The patient&apos;s language first; the progress report stays in the clinic&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="160"/>
        <source>&amp;Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="161"/>
        <source>Log s&amp;heet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="164"/>
        <source>Log sheet weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="177"/>
        <source>&amp;Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="178"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="179"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="242"/>
        <source>handout stage {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="245"/>
        <source>Save handout as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="245"/>
        <source>PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="270"/>
        <source>The reprint was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="276"/>
        <source>This handout cannot be reprinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="311"/>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="344"/>
        <source>The handout cannot be printed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="369"/>
        <source>The handout was not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="378"/>
        <source>The printed copy was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="386"/>
        <source>Earlier handouts cannot be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="396"/>
        <source>The handout was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="416"/>
        <source> (patient&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="416"/>
        <source> (clinic&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="441"/>
        <source>&amp;Weeks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="442"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="442"/>
        <source>P&amp;aper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="442"/>
        <source>La&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="456"/>
        <source>Printed before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="505"/>
        <source>The handout could not be read for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="509"/>
        <source>The printer could not be started. Check that it is on and connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../idle_lock.py" line="28"/>
        <source>ptplanner is locked.
Sign in to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="29"/>
        <source>Signed out.
Sign in to see the clinic&apos;s patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="30"/>
        <source>ptplanner (locked)[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="143"/>
        <source>Signed out. Sign in to see the clinic&apos;s patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="147"/>
        <source>ptplanner locked itself after a while without input. {name}, type your password to go on where you were. Someone else may sign in instead: your unsaved program is saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="165"/>
        <source>Not signed out: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="174"/>
        <source>{name} still has {windows} open. {name} must sign in to finish or close it before someone else can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="182"/>
        <source>{name}&apos;s unsaved program could not be saved, so it is kept and {name} must sign in to deal with it. {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <location filename="../library/browser.py" line="51"/>
        <source>Open a clinic&apos;s data folder to keep its own exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="74"/>
        <source>Search: name, clinical name or abbreviation (TrA, SLR), muscle or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="86"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="86"/>
        <source>Make a new clinic exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="88"/>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="89"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="90"/>
        <location filename="../library/browser.py" line="227"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="197"/>
        <source>{count} exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="199"/>
        <source>No exercise matches. &lt;a href=&apos;clear&apos;&gt;Clear the search and filters&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="202"/>
        <source>{shown} of {total} exercises · &lt;a href=&apos;clear&apos;&gt;show all&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="227"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="231"/>
        <source>Exercises that come with ptplanner cannot be changed; duplicate one to adapt it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="240"/>
        <source>New clinic exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="245"/>
        <source>Duplicate exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="250"/>
        <source>Edit clinic exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="262"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="262"/>
        <source>“{name}” could not be changed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="281"/>
        <source>The photos of “{name}” could not be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="282"/>
        <source>Not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="339"/>
        <source>The clinic&apos;s exercises could not be read again: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="340"/>
        <source>Not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="44"/>
        <source>Loading the exercise library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="45"/>
        <source>Opening the clinic&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="46"/>
        <source>Still opening the clinic&apos;s data. The first start after an update can take a minute or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="55"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="56"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="57"/>
        <location filename="../window_parts.py" line="18"/>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="58"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="59"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178"/>
        <source>Exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="274"/>
        <source>The patient list could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="289"/>
        <source>The progress flags could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="306"/>
        <source>%n library file(s) had problems and were skipped or partly loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310"/>
        <source>…and %n more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="327"/>
        <source>Opening the patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="391"/>
        <source>Added {added} demo patients ({kept} were already there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="414"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="421"/>
        <source>Open a patient with a program to print a handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="460"/>
        <source>Saved (version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="475"/>
        <source>Open a patient first to add exercises to their program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="507"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="510"/>
        <source>The patient could not be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="572"/>
        <source>1 patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="573"/>
        <source>{count} patients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <location filename="../library/photo_field.py" line="28"/>
        <source>Choose {slot} photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/photo_field.py" line="30"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/photo_field.py" line="64"/>
        <source>Choose the {slot} photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/photo_field.py" line="77"/>
        <source>{error} Choose a PNG or JPEG photo up to {size} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/photo_field.py" line="93"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../library/photos.py" line="21"/>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="44"/>
        <source>“{name}” is {error}, the most a photo can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="47"/>
        <source>“{name}”: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="53"/>
        <source>“{name}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="62"/>
        <source>“{name}” is not a PNG or JPEG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="66"/>
        <source>“{name}” is {width} × {height} pixels, too large to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="73"/>
        <source>“{name}” looks like a {kind} picture but cannot be read: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="95"/>
        <source>The photo could not be prepared for storing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintedHandoutsDialog</name>
    <message>
        <location filename="../reprint_dialog.py" line="34"/>
        <source>No handout has been printed for this patient yet. A therapist prints the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="47"/>
        <source>Printed handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="61"/>
        <source>&amp;Print again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="62"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="73"/>
        <source>The printed handouts cannot be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="88"/>
        <source>The handout was not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="94"/>
        <source>handout-{day}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="95"/>
        <source>Save the handout as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="95"/>
        <source>PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="104"/>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="105"/>
        <source>The handout was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="118"/>
        <source>Printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="119"/>
        <source>The reprint was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="157"/>
        <source>Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="158"/>
        <source>Born:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="159"/>
        <source>Surgeon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="164"/>
        <source>Handouts printed before, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteChanges</name>
    <message>
        <location filename="../remote_changes.py" line="33"/>
        <source>Reload (discard mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="34"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="40"/>
        <source>Save your version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="147"/>
        <source>Changes made on other workstations could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="165"/>
        <source>{name}&apos;s program was changed on another workstation. Your unsaved changes are still here: reload the saved program (yours are discarded), or keep yours and save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="202"/>
        <source>The open patient could not be read again: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="223"/>
        <source>Not saved: {name}&apos;s program was saved on another workstation while you edited it (you started from version {started}; version {saved} is saved now). What changed there:
{lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="229"/>
        <source>Keep mine (save as version {version})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="239"/>
        <source>Save your version as version {mine}? It replaces version {saved} from the other workstation as the current program; that version stays in the program&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleActions</name>
    <message>
        <location filename="../role_actions.py" line="88"/>
        <source>Choose a patient in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../signin.py" line="33"/>
        <source>Sign in to ptplanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin.py" line="34"/>
        <source>This clinic&apos;s records need a sign-in. Type your name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin.py" line="35"/>
        <source>This clinic&apos;s database needs a sign-in, and it has no admin account yet. Add one on the command line, then start ptplanner again: ptplanner users add NAME --role admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin.py" line="41"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin.py" line="42"/>
        <source>therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin.py" line="43"/>
        <source>front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin.py" line="79"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin.py" line="81"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Salir</translation>
    </message>
    <message>
        <location filename="../signin.py" line="90"/>
        <source>Type your name and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin.py" line="132"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin.py" line="133"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin.py" line="152"/>
        <source>This clinic has no admin yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin.py" line="156"/>
        <source>Sign in to see the clinic&apos;s patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../signin.py" line="190"/>
        <source>Signed in: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app.py" line="85"/>
        <source>A warning about the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="95"/>
        <location filename="../signin.py" line="168"/>
        <source>ptplanner cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="129"/>
        <source>ptplanner is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="130"/>
        <source>The data folder {folder} is in use by {holder}.

Switch to that window, or wait for that command to finish, then start ptplanner again. Clinics that work on several computers at once should share a PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../library/validation.py" line="20"/>
        <source>Line {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/validation.py" line="44"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/validation.py" line="46"/>
        <source>Choose or enter at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/validation.py" line="48"/>
        <source>At most {count} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/validation.py" line="50"/>
        <source>At most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
