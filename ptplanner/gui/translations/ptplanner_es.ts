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
    <name>DateField</name>
    <message>
        <location filename="../patients/fields.py" line="19"/>
        <location filename="../patients/fields.py" line="34"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/fields.py" line="36"/>
        <source>Write the date as {hint}, e.g. 1958-03-21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/fields.py" line="41"/>
        <source>{text} is not a date on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="40"/>
        <source>Discharge patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="42"/>
        <source>Discharge {name}? They leave the active patient list. Their record is kept and listed under Discharged, where you can re-admit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="50"/>
        <source>e.g. goals met, moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="54"/>
        <source>Discharged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="55"/>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="57"/>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="83"/>
        <source>Erase patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="85"/>
        <source>Erase {name} for good? Every program, log, outcome score and printed handout of theirs is removed from the database and cannot be brought back. Unsaved changes to their program are lost. Backups taken earlier still hold them; you are told which.

To confirm, type the patient&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="96"/>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemColumns</name>
    <message>
        <location filename="../models/item_columns.py" line="82"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="83"/>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="84"/>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="86"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="89"/>
        <source>Hold, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="92"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="95"/>
        <source>Duration, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="97"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="99"/>
        <source>×/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="102"/>
        <source>Times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="105"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="108"/>
        <source>Days a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="111"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="114"/>
        <source>Weight or band, e.g. &apos;2 lb&apos; or &apos;light band&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="117"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="120"/>
        <source>A note for the patient about this exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../models/library.py" line="48"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/library.py" line="49"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/library.py" line="50"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/library.py" line="51"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/library.py" line="138"/>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/library.py" line="150"/>
        <source>From stage {stage} ({name}) on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/library.py" line="157"/>
        <source>Clinical name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/library.py" line="160"/>
        <source>Also known as: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="53"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="54"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="55"/>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="56"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="57"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <location filename="../patients/form.py" line="30"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="31"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="32"/>
        <source>Surgery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="33"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="34"/>
        <source>Fused levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="35"/>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="36"/>
        <source>Surgeon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="37"/>
        <source>Surgeon&apos;s office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="46"/>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="48"/>
        <source>Edit patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="60"/>
        <source>Leave it empty when there is no surgery date yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="63"/>
        <source>e.g. TLIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="65"/>
        <source>e.g. L4-L5, L5-S1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="68"/>
        <source>e.g. Dr. Maria Lee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="71"/>
        <source>the office number patients call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="76"/>
        <source>The clinic&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="80"/>
        <source>The language this patient&apos;s handouts and log sheets print in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="99"/>
        <source>Add precaution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="123"/>
        <source>Handout language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="127"/>
        <source>Precautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="128"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="159"/>
        <source>Enter the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientLeaving</name>
    <message>
        <location filename="../patients/leaving.py" line="27"/>
        <source>&lt;h3&gt;No discharged patients&lt;/h3&gt;&lt;p&gt;Patients you discharge are kept here, to re-admit them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="30"/>
        <source>Choose a patient in the list, or open one, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="41"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="42"/>
        <source>Discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="49"/>
        <source>&amp;Discharge patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="50"/>
        <source>&amp;Re-admit patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="51"/>
        <source>&amp;Erase patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="56"/>
        <source>P&amp;atient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="93"/>
        <source>{name} was discharged on {day}. Patient ▸ Re-admit patient brings them back to the active list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="125"/>
        <source>{name} was discharged on {day} already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="138"/>
        <source>Discharged {name}. The Discharged tab of the patient list has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="146"/>
        <source>{name} is on the active list already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="151"/>
        <source>Re-admitted {name}: they are on the active list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="172"/>
        <source>Erased {name} and all their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../patients/leaving.py" line="190"/>
        <source>{name} is erased from the database. %n backup file(s) taken earlier still hold them, until rotation removes them or you delete them:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="192"/>
        <source>Backups still hold the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../patients/leaving.py" line="196"/>
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientListPage</name>
    <message>
        <location filename="../patients/list_page.py" line="24"/>
        <source>&lt;h3&gt;No patients yet&lt;/h3&gt;&lt;p&gt;Choose &lt;b&gt;New patient&lt;/b&gt; (Ctrl+N) to add your first patient, then start their program from a template.&lt;/p&gt;&lt;p&gt;To look around first, choose &lt;b&gt;File ▸ Add demo clinic&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/list_page.py" line="30"/>
        <source>&lt;h3&gt;Loading patients…&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/list_page.py" line="31"/>
        <source>No patient&apos;s name contains “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/list_page.py" line="47"/>
        <source>Find a patient by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/list_page.py" line="49"/>
        <source>New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/list_page.py" line="60"/>
        <source>&lt;b&gt;Patients&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <location filename="../patients/page.py" line="30"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="41"/>
        <source>{precaution}, until lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="43"/>
        <source>{precaution}, until {day} (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="45"/>
        <source>{precaution}, until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="59"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="71"/>
        <source>← All patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="72"/>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="81"/>
        <source>Surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="81"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="84"/>
        <source>Precautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="99"/>
        <source>born {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="101"/>
        <source>No surgery date recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="106"/>
        <source> · therapist {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="111"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="130"/>
        <source>Stage {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="130"/>
        <source>No program yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="132"/>
        <source>Week {week} after surgery · stage {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="133"/>
        <source>Week {week} after surgery · no program yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <location filename="../models/patients.py" line="22"/>
        <source>clinic&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/patients.py" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/patients.py" line="29"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/patients.py" line="30"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/patients.py" line="31"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/patients.py" line="32"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/patients.py" line="33"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrecautionRow</name>
    <message>
        <location filename="../patients/precaution_row.py" line="23"/>
        <source>no bending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="24"/>
        <source>no lifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="25"/>
        <source>no twisting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="26"/>
        <source>lifting limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="27"/>
        <source>sitting limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="28"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="31"/>
        <source>lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="32"/>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="33"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="36"/>
        <source>about: bending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="37"/>
        <source>about: lifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="38"/>
        <source>about: twisting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="39"/>
        <source>about: sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="40"/>
        <source>about: driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="41"/>
        <source>about: bath, hot tub and pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="42"/>
        <source>about: brace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="43"/>
        <source>about: getting in and out of bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="44"/>
        <source>about: high-impact activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="45"/>
        <source>about: anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="68"/>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="72"/>
        <source>What this precaution is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="79"/>
        <source>no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="80"/>
        <source>The last day it applies (YYYY-MM-DD); empty until you lift it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="81"/>
        <source>note (e.g. as the surgeon said)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="84"/>
        <source>Remove this precaution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="90"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramCommands</name>
    <message>
        <location filename="../models/program_commands.py" line="191"/>
        <source>Reorder exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="193"/>
        <source>Move {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="209"/>
        <source>Move {exercise} to {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="213"/>
        <source>Move {count} exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="223"/>
        <source>Remove {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="227"/>
        <source>Remove {count} exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="237"/>
        <source>Update {exercise} from library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="241"/>
        <source>Update {count} exercises from library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="256"/>
        <source>Edit stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="262"/>
        <source>Remove the walking plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="264"/>
        <source>Change the walking plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramModel</name>
    <message>
        <location filename="../models/program.py" line="47"/>
        <source>Updated in the library since it was added. “Update from library” (Ctrl+U) gives it the new text and pictures; the dose and note stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program.py" line="264"/>
        <source>{exercise} not changed. Its dose comes from the stage&apos;s walking plan: change the plan under the stage&apos;s fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program.py" line="271"/>
        <source>{exercise} not changed. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program.py" line="275"/>
        <source>Change {column} of {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program.py" line="327"/>
        <source>Those exercises are not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program.py" line="334"/>
        <source>Not added to {stage}. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program.py" line="337"/>
        <source>Add {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/program.py" line="339"/>
        <source>Add %n exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/program.py" line="354"/>
        <source>Not moved. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/program.py" line="398"/>
        <source>%n exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/program.py" line="408"/>
        <source>Moved here on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/program.py" line="410"/>
        <source>The patient&apos;s current stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../models/vocabulary_names.py" line="13"/>
        <source>Pelvic stabilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="14"/>
        <source>Core strengthening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="15"/>
        <source>Hip strengthening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="16"/>
        <source>Flexibility and mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="17"/>
        <source>Posture and body mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="18"/>
        <source>Gait and balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="19"/>
        <source>Gradual activity increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="20"/>
        <source>Hook-lying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="21"/>
        <source>Supine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="22"/>
        <source>Side-lying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="23"/>
        <source>Prone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="24"/>
        <source>Hands-and-knees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="25"/>
        <source>Sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="26"/>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="29"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="30"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="31"/>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="32"/>
        <source>alternating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="35"/>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="36"/>
        <source>Stabilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="37"/>
        <source>Functional strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="38"/>
        <source>Return to activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
