<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <location filename="../actions.py" line="15" />
        <source>&amp;New patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="16" />
        <source>&amp;Edit patient details…</source>
        <translation>&amp;Editar datos del paciente…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="17" />
        <source>&amp;Save program</source>
        <translation>&amp;Guardar programa</translation>
    </message>
    <message>
        <location filename="../actions.py" line="18" />
        <source>&amp;Print handout…</source>
        <translation>&amp;Imprimir hoja de ejercicios…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="21" />
        <source>&amp;Clinic settings…</source>
        <translation>&amp;Ajustes de la clínica…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="25" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../actions.py" line="26" />
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <location filename="../actions.py" line="27" />
        <source>All &amp;patients</source>
        <translation>Todos los &amp;pacientes</translation>
    </message>
    <message>
        <location filename="../actions.py" line="28" />
        <source>Add &amp;demo clinic</source>
        <translation>Añadir clínica de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../actions.py" line="29" />
        <source>Record &amp;log sheet…</source>
        <translation>Anotar hoja de &amp;registro…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="32" />
        <source>Record &amp;today's session…</source>
        <translation>Anotar la sesión de &amp;hoy…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="38" />
        <source>Add &amp;outcome score…</source>
        <translation>Añadir p&amp;untuación de resultado…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="44" />
        <source>Progress &amp;report…</source>
        <translation>&amp;Informe de progreso…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="50" />
        <source>E&amp;xport for the hospital (FHIR)…</source>
        <translation>E&amp;xportar para el hospital (FHIR)…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="54" />
        <source>&amp;Reprint a handout…</source>
        <translation>&amp;Volver a imprimir una hoja…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="55" />
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../actions.py" line="56" />
        <source>&amp;Audit trail…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="57" />
        <source>Read &amp;scanned log sheet…</source>
        <translation>&amp;Leer una hoja de registro escaneada…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="88" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../actions.py" line="91" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../audit_view.py" line="49" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="50" />
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="51" />
        <source>Workstation</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="52" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="53" />
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="54" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="95" />
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="99" />
        <source>Patient: a name or id</source>
        <translation>Paciente: un nombre o un id</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="100" />
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="101" />
        <source>S&amp;ince</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="104" />
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="118" />
        <source>&amp;Verify chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="119" />
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="139" />
        <source>Reading the audit trail…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="142" />
        <source>The audit trail could not be read</source>
        <translation>No se pudo leer el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="146" />
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="151" />
        <source>The chain could not be checked</source>
        <translation>No se pudo revisar la cadena</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="156" />
        <source>Export the audit rows shown</source>
        <translation>Exportar las filas mostradas</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="156" />
        <source>CSV files</source>
        <translation>Archivos CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../audit_view.py" line="164" />
        <source>Wrote %n row(s) to {path}.</source>
        <translation>
            <numerusform>Se escribió %n fila en {path}.</numerusform>
            <numerusform>Se escribieron %n filas en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="166" />
        <source>The rows were not exported</source>
        <translation>No se exportaron las filas</translation>
    </message>
    <message numerus="yes">
        <location filename="../audit_view.py" line="172" />
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n fila.</numerusform>
            <numerusform>%n filas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="178" />
        <source>Chain intact: {rows} rows, none edited, deleted or reordered.</source>
        <translation>Cadena intacta: {rows} filas, ninguna editada, borrada ni cambiada de orden.</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="180" />
        <source>Chain intact: 1 row, not edited, deleted or reordered.</source>
        <translation>Cadena intacta: 1 fila, sin editar, borrar ni cambiar de orden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../audit_view.py" line="185" />
        <source>The audit trail was tampered with: {problem} (%n row(s) before it are intact).</source>
        <translation>
            <numerusform>Alguien alteró el registro de auditoría: {problem} (la fila anterior está intacta).</numerusform>
            <numerusform>Alguien alteró el registro de auditoría: {problem} (las %n filas anteriores están intactas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="203" />
        <source>{what}: {words}</source>
        <translation>{what}: {words}</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="236" />
        <source>'{text}' matches {count} patients; type more of the name, or the id</source>
        <translation>«{text}» coincide con {count} pacientes; escriba más del nombre, o el id</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <location filename="../clinic_settings.py" line="54" />
        <source>One exercise a line: its id, a space, then the https address of its video. Handouts print a QR code for it; ptplanner never opens the address.</source>
        <translation>Un ejercicio por línea: su id, un espacio y la dirección https de su video. Las hojas de ejercicios imprimen un código QR para él; ptplanner nunca abre la dirección.</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="65" />
        <source>Clinic settings</source>
        <translation>Ajustes de la clínica</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="78" />
        <source>Printed at the top of every handout</source>
        <translation>Se imprime arriba en cada hoja de ejercicios</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="79" />
        <source>The number patients call with a problem</source>
        <translation>El número al que llaman los pacientes si tienen un problema</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="80" />
        <source>For when the clinic is closed (optional)</source>
        <translation>Para cuando la clínica está cerrada (opcional)</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="84" />
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="85" />
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="89" />
        <source>Print handouts in &amp;large print unless I choose otherwise</source>
        <translation>Imprimir las hojas en letra g&amp;rande, salvo que elija otra cosa</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="94" />
        <source>Handouts print in it unless the patient's record names another language.</source>
        <translation>Las hojas se imprimen en este idioma, salvo que la ficha del paciente indique otro.</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="104" />
        <source> out of 10</source>
        <translation> de 10</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="108" />
        <source>Names your patient ids in FHIR exports (optional)</source>
        <translation>Nombre de sus id en las exportaciones FHIR (opcional)</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="119" />
        <source> minutes without use</source>
        <translation> minutos sin uso</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="123" />
        <source>Only an admin may change how long the app waits before it locks.</source>
        <translation>Solo un administrador puede cambiar cuánto espera la aplicación antes de bloquearse.</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="186" />
        <source>The clinic settings were not saved</source>
        <translation>No se guardaron los ajustes de la clínica</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="200" />
        <source>The exercise {id} is listed twice: keep one line for it.</source>
        <translation>El ejercicio {id} aparece dos veces: deje una sola línea para él.</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="218" />
        <source>The clinic settings could not be read: {error}</source>
        <translation>No se pudieron leer los ajustes de la clínica: {error}</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="243" />
        <source>Choose the clinic logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="243" />
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="250" />
        <source>The file cannot be used: {error}.</source>
        <translation>No se puede usar el archivo: {error}.</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="262" />
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="273" />
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="274" />
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="276" />
        <source>&amp;After-hours phone:</source>
        <translation>Teléfono f&amp;uera de horario:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="280" />
        <source>&amp;Emergency number:</source>
        <translation>Número de &amp;emergencias:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="292" />
        <source>PNG or JPEG, up to {size} KB.</source>
        <translation>PNG o JPEG, de hasta {size} KB.</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="295" />
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="296" />
        <source>Pape&amp;r:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="298" />
        <source>Patients' lan&amp;guage:</source>
        <translation>&amp;Idioma de los pacientes:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="303" />
        <source>Call about a &amp;fever from:</source>
        <translation>Llamar por &amp;fiebre desde:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="306" />
        <source>Pain allo&amp;wed while exercising:</source>
        <translation>&amp;Dolor permitido al hacer ejercicio:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="308" />
        <source>Patient &amp;id system (FHIR):</source>
        <translation>&amp;Sistema de id de pacientes (FHIR):</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="313" />
        <source>E&amp;xercise videos:</source>
        <translation>&amp;Videos de ejercicios:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="314" />
        <source>Lock the app af&amp;ter:</source>
        <translation>&amp;Bloquear la aplicación tras:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="359" />
        <source>The file is not a picture that can be shown. Save it again as PNG or JPEG.</source>
        <translation>El archivo no es una imagen que se pueda mostrar. Guárdelo de nuevo como PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="381" />
        <source>{error} The defaults are shown.</source>
        <translation>{error} Se muestran los valores predeterminados.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../dialogs.py" line="12" />
        <source>If you don't save, your changes since the last save are lost.</source>
        <translation>Si no guarda, se perderán los cambios hechos desde la última vez que guardó.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="13" />
        <source>Its stages and exercises are replaced. Undo (Ctrl+Z) brings them back.</source>
        <translation>Se reemplazan sus etapas y ejercicios. Deshacer (Ctrl+Z) los recupera.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="34" />
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="35" />
        <source>Save the changes to {name}'s program?</source>
        <translation>¿Guardar los cambios en el programa de {name}?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="50" />
        <source>Replace this program with the template “{name}”?</source>
        <translation>¿Reemplazar este programa por la plantilla «{name}»?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="51" />
        <source>Replace the program?</source>
        <translation>¿Reemplazar el programa?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="54" />
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../document.py" line="177" />
        <source>Your changes are still here. Copy what you need, then reopen the patient to see the saved version.</source>
        <translation>Sus cambios siguen aquí. Copie lo que necesite y vuelva a abrir el paciente para ver la versión guardada.</translation>
    </message>
    <message>
        <location filename="../document.py" line="183" />
        <source>Your changes are still here; try saving again once the problem is fixed.</source>
        <translation>Sus cambios siguen aquí; intente guardar de nuevo cuando se resuelva el problema.</translation>
    </message>
    <message>
        <location filename="../document.py" line="187" />
        <source>The {what} was not saved: {error}</source>
        <translation>No se guardó: {what}. {error}</translation>
    </message>
    <message>
        <location filename="../document.py" line="193" />
        <source>The details were not saved: {error}</source>
        <translation>No se guardaron los datos: {error}</translation>
    </message>
    <message>
        <location filename="../document.py" line="194" />
        <source>The program was not saved: {error}</source>
        <translation>No se guardó el programa: {error}</translation>
    </message>
    <message>
        <location filename="../document.py" line="195" />
        <source>The assessment and plan was not saved: {error}</source>
        <translation>No se guardaron la evaluación y el plan: {error}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="30" />
        <source>Not allowed for this account</source>
        <translation>No permitido para esta cuenta</translation>
    </message>
    <message>
        <location filename="../errors.py" line="36" />
        <source>ptplanner could not use its database</source>
        <translation>ptplanner no pudo usar su base de datos</translation>
    </message>
    <message>
        <location filename="../errors.py" line="44" />
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../errors.py" line="45" />
        <source>{error} (in {place})</source>
        <translation>{error} (en {place})</translation>
    </message>
    <message>
        <location filename="../errors.py" line="51" />
        <source>Your last change may not have been saved. Please check it, and tell your IT contact.</source>
        <translation>Es posible que su último cambio no se haya guardado. Revíselo y avise a su contacto de informática.</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../library/detail.py" line="22" />
        <source>This exercise comes with ptplanner and cannot be changed. To adapt it, choose Duplicate and edit the copy.</source>
        <translation>Este ejercicio viene con ptplanner y no se puede cambiar. Para adaptarlo, elija Duplicar y edite la copia.</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="27" />
        <source>Choose an exercise to see how it is done.</source>
        <translation>Elija un ejercicio para ver cómo se hace.</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="42" />
        <source>Also known as:</source>
        <translation>También llamado:</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="43" />
        <source>Clinic exercise</source>
        <translation>Ejercicio de la clínica</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="44" />
        <source>Clinical name:</source>
        <translation>Nombre clínico:</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="45" />
        <source>Comes with ptplanner</source>
        <translation>Viene con ptplanner</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="46" />
        <source>No picture yet.</source>
        <translation>Todavía sin imagen.</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="47" />
        <source>Stop if:</source>
        <translation>Pare si:</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="48" />
        <source>Usual dose</source>
        <translation>Dosis habitual</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="49" />
        <source>Variations</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="50" />
        <source>Video:</source>
        <translation>Video:</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="127" />
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="131" />
        <source>from stage {stage} ({name})</source>
        <translation>desde la etapa {stage} ({name})</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="143" />
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="144" />
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="146" />
        <source>Precautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="147" />
        <source>Do not use when</source>
        <translation>No usar cuando</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="190" />
        <source>Easier</source>
        <translation>Más fácil</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="191" />
        <source>Harder</source>
        <translation>Más difícil</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="205" />
        <source>{name} (archived)</source>
        <translation>{name} (archivado)</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="212" />
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="213" />
        <source>Body regions</source>
        <translation>Zonas del cuerpo</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="214" />
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="215" />
        <source>Spine movements</source>
        <translation>Movimientos de la columna</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="225" />
        <source>{address} (printed as a QR code)</source>
        <translation>{address} (se imprime como código QR)</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <location filename="../library/editor.py" line="39" />
        <source>Clinic exercise</source>
        <translation>Ejercicio de la clínica</translation>
    </message>
    <message>
        <location filename="../library/editor.py" line="120" />
        <source>The exercise was not saved: {error}</source>
        <translation>No se guardó el ejercicio: {error}</translation>
    </message>
    <message>
        <location filename="../library/editor.py" line="127" />
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../library/editor.py" line="128" />
        <source>This exercise has changes that are not saved. Discard them?</source>
        <translation>Este ejercicio tiene cambios sin guardar. ¿Los descarta?</translation>
    </message>
</context>
<context>
    <name>ExerciseFields</name>
    <message>
        <location filename="../library/fields.py" line="136" />
        <source>Type a name…</source>
        <translation>Escriba un nombre…</translation>
    </message>
    <message>
        <location filename="../library/fields.py" line="143" />
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../library/fields.py" line="149" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <location filename="../library/exercise_form.py" line="69" />
        <source>What patients will call it, e.g. Side-lying leg lift</source>
        <translation>Cómo lo llamarán los pacientes, p. ej. Levantar la pierna de lado</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="71" />
        <source>For therapists and the surgeon's report (optional)</source>
        <translation>Para terapeutas y el informe al cirujano (opcional)</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="74" />
        <source>Short names to search by (TrA, SLR), with commas</source>
        <translation>Nombres cortos para buscar (TrA, SLR), separados por comas</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="76" />
        <source>One sentence: what it is for</source>
        <translation>Una frase: para qué sirve</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="85" />
        <source>Other words to find it by, separated by commas</source>
        <translation>Otras palabras para encontrarlo, separadas por comas</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="87" />
        <source>About</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="89" />
        <location filename="../library/exercise_form.py" line="199" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="90" />
        <source>Clinical name</source>
        <translation>Nombre clínico</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="91" />
        <source>Abbreviations</source>
        <translation>Abreviaturas</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="92" />
        <location filename="../library/exercise_form.py" line="200" />
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="93" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="94" />
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="95" />
        <source>Earliest stage</source>
        <translation>Primera etapa</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="96" />
        <source>Body regions</source>
        <translation>Zonas del cuerpo</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="97" />
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="98" />
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="99" />
        <source>Search words</source>
        <translation>Palabras de búsqueda</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="104" />
        <source>One step per line, in the order the patient does them</source>
        <translation>Un paso por línea, en el orden en que los hace el paciente</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="105" />
        <source>Short tips, one per line (optional)</source>
        <translation>Consejos cortos, uno por línea (opcional)</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="107" />
        <source>One per line (optional)</source>
        <translation>Una por línea (opcional)</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="108" />
        <source>When not to use it, one per line (optional)</source>
        <translation>Cuándo no usarlo, uno por línea (opcional)</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="111" />
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="113" />
        <location filename="../library/exercise_form.py" line="201" />
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="114" />
        <location filename="../library/exercise_form.py" line="202" />
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="115" />
        <location filename="../library/exercise_form.py" line="203" />
        <source>Stop if</source>
        <translation>Pare si</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="116" />
        <location filename="../library/exercise_form.py" line="204" />
        <source>Precautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="117" />
        <source>Do not use when</source>
        <translation>No usar cuando</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="118" />
        <source>Spine movements</source>
        <translation>Movimientos de la columna</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="132" />
        <source>e.g. light band (optional)</source>
        <translation>p. ej. banda suave (opcional)</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="133" />
        <source>Anything the numbers do not say (optional)</source>
        <translation>Lo que no dicen los números (opcional)</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="147" />
        <source>Usual dose</source>
        <translation>Dosis habitual</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="149" />
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="150" />
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="151" />
        <source>Counted in</source>
        <translation>Se cuenta en</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="152" />
        <source>Hold</source>
        <translation>Aguantar</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="153" />
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="154" />
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="155" />
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="156" />
        <source>Times a day</source>
        <translation>Veces al día</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="157" />
        <source>Days a week</source>
        <translation>Días a la semana</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="158" />
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="159" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="160" />
        <source>Patients will read</source>
        <translation>Los pacientes leerán</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="169" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="170" />
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="172" />
        <source>https://… (optional): printed as a QR code to scan</source>
        <translation>https://… (opcional): se imprime como código QR para escanear</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="175" />
        <source>Easier</source>
        <translation>Más fácil</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="176" />
        <source>Harder</source>
        <translation>Más difícil</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="177" />
        <source>Video address</source>
        <translation>Dirección del video</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="180" />
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="182" />
        <source>Variations, photos, video</source>
        <translation>Variantes, fotos, video</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="182" />
        <source>Variations and video</source>
        <translation>Variantes y video</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="190" />
        <source>The name in Spanish, e.g. Levantar la pierna de lado</source>
        <translation>El nombre en español, p. ej. Levantar la pierna de lado</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="192" />
        <source>One sentence (all empty: no Spanish text)</source>
        <translation>Una frase (todo vacío: sin texto en español)</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="193" />
        <source>As many steps as in English, one per line</source>
        <translation>Tantos pasos como en inglés, uno por línea</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="194" />
        <source>As many tips as in English, one per line</source>
        <translation>Tantos consejos como en inglés, uno por línea</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="195" />
        <source>Pare si...</source>
        <translation>Pare si...</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="196" />
        <source>As many as in English, one per line</source>
        <translation>Tantas como en inglés, una por línea</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="208" />
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>ExercisePictures</name>
    <message>
        <location filename="../library/pictures.py" line="19" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../library/pictures.py" line="20" />
        <source>End</source>
        <translation>Final</translation>
    </message>
</context>
<context>
    <name>Favourites</name>
    <message>
        <location filename="../library/favourites.py" line="31" />
        <source>Favourite: listed first in the library, for everyone in the clinic (★ = is one)</source>
        <translation>Favorito: aparece primero en la biblioteca, para todos en la clínica (★ = lo es)</translation>
    </message>
    <message>
        <location filename="../library/favourites.py" line="33" />
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
</context>
<context>
    <name>FhirExport</name>
    <message>
        <location filename="../fhir_export.py" line="19" />
        <source>Export for the hospital (FHIR)</source>
        <translation>Exportar para el hospital (FHIR)</translation>
    </message>
    <message>
        <location filename="../fhir_export.py" line="20" />
        <source>Open a patient to export their record.</source>
        <translation>Abra un paciente para exportar su historia.</translation>
    </message>
    <message>
        <location filename="../fhir_export.py" line="33" />
        <source>FHIR JSON files</source>
        <translation>Archivos FHIR JSON</translation>
    </message>
    <message>
        <location filename="../fhir_export.py" line="43" />
        <source>Exporting for the hospital…</source>
        <translation>Exportando para el hospital…</translation>
    </message>
    <message>
        <location filename="../fhir_export.py" line="55" />
        <source>Exported the record for the hospital ({count} FHIR resources) to {path}.</source>
        <translation>Se exportó la historia para el hospital ({count} recursos FHIR) a {path}.</translation>
    </message>
    <message>
        <location filename="../fhir_export.py" line="66" />
        <source>The export for the hospital was not written: {error}</source>
        <translation>No se escribió la exportación para el hospital: {error}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../library/filters.py" line="22" />
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="24" />
        <source>Any stage</source>
        <translation>Cualquier etapa</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="27" />
        <source>Up to stage {stage}: {name}</source>
        <translation>Hasta la etapa {stage}: {name}</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="30" />
        <source>Exercises a patient in this stage may do (earliest stage at most this one)</source>
        <translation>Ejercicios que puede hacer un paciente en esta etapa (primera etapa como mucho esta)</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="32" />
        <source>Any position</source>
        <translation>Cualquier posición</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="33" />
        <source>Any equipment</source>
        <translation>Cualquier material</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="34" />
        <source>Any body region</source>
        <translation>Cualquier zona del cuerpo</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="35" />
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="36" />
        <source>★ Favourites</source>
        <translation>★ Favoritos</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="37" />
        <source>Show the clinic's favourite exercises only</source>
        <translation>Mostrar solo los ejercicios favoritos de la clínica</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="42" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="43" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="44" />
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="45" />
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="46" />
        <source>Region</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="53" />
        <source>{filter} filter</source>
        <translation>Filtro: {filter}</translation>
    </message>
</context>
<context>
    <name>HandoutPreview</name>
    <message>
        <location filename="../handout_preview.py" line="75" />
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="86" />
        <source>Printed</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="87" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="88" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="89" />
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="90" />
        <source>Print</source>
        <translation>Letra</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="91" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="97" />
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="98" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="148" />
        <source>Print handout</source>
        <translation>Imprimir hoja de ejercicios</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="158" />
        <source>No stages</source>
        <translation>Sin etapas</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="166" />
        <source>The patient's language first; the progress report stays in the clinic's</source>
        <translation>Primero el idioma del paciente; el informe de progreso queda en el de la clínica</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="168" />
        <source>&amp;Large print</source>
        <translation>Letra &amp;grande</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="169" />
        <source>Log s&amp;heet</source>
        <translation>&amp;Hoja de registro</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="172" />
        <source>Log sheet weeks</source>
        <translation>Semanas de la hoja de registro</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="185" />
        <source>&amp;Reprint</source>
        <translation>&amp;Volver a imprimir</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="186" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="187" />
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="253" />
        <source>handout stage {number}</source>
        <translation>hoja etapa {number}</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="256" />
        <source>Save handout as PDF</source>
        <translation>Guardar la hoja de ejercicios como PDF</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="256" />
        <source>PDF files</source>
        <translation>Archivos PDF</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="281" />
        <source>The reprint was not recorded</source>
        <translation>No se anotó la reimpresión</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="287" />
        <source>This handout cannot be reprinted</source>
        <translation>Esta hoja no se puede volver a imprimir</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="322" />
        <source> (current)</source>
        <translation> (actual)</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="355" />
        <source>The handout cannot be printed: {error}</source>
        <translation>No se puede imprimir la hoja: {error}</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="380" />
        <source>The handout was not printed</source>
        <translation>No se imprimió la hoja</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="389" />
        <source>The printed copy was not recorded</source>
        <translation>No se anotó la copia impresa</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="397" />
        <source>Earlier handouts cannot be listed</source>
        <translation>No se pueden mostrar las hojas anteriores</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="407" />
        <source>The handout was not saved</source>
        <translation>No se guardó la hoja</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="428" />
        <source> (patient's)</source>
        <translation> (paciente)</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="430" />
        <source> (clinic's)</source>
        <translation> (clínica)</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="458" />
        <source>&amp;Weeks:</source>
        <translation>&amp;Semanas:</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="460" />
        <source>&amp;Stage:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="461" />
        <source>P&amp;aper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="462" />
        <source>La&amp;nguage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="477" />
        <source>Printed before:</source>
        <translation>Impresas antes:</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="527" />
        <source>The handout could not be read for printing.</source>
        <translation>No se pudo leer la hoja para imprimirla.</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="532" />
        <source>The printer could not be started. Check that it is on and connected.</source>
        <translation>No se pudo poner en marcha la impresora. Compruebe que está encendida y conectada.</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../idle_lock.py" line="28" />
        <source>ptplanner is locked.
Sign in to go on.</source>
        <translation>ptplanner está bloqueado.
Inicie sesión para seguir.</translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="29" />
        <source>Signed out.
Sign in to see the clinic's patients.</source>
        <translation>Sesión cerrada.
Inicie sesión para ver los pacientes de la clínica.</translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="31" />
        <source>ptplanner (locked)[*]</source>
        <translation>ptplanner (bloqueado)[*]</translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="150" />
        <source>Signed out. Sign in to see the clinic's patients.</source>
        <translation>Sesión cerrada. Inicie sesión para ver los pacientes de la clínica.</translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="155" />
        <source>ptplanner locked itself after a while without input. {name}, type your password to go on where you were. Someone else may sign in instead: your unsaved program is saved first.</source>
        <translation>ptplanner se bloqueó tras un rato sin uso. {name}, escriba su contraseña para seguir donde estaba. Otra persona puede iniciar sesión en su lugar: antes se guarda su programa sin guardar.</translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="173" />
        <source>Not signed out: {message}</source>
        <translation>No se cerró la sesión: {message}</translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="185" />
        <source>{name} still has {windows} open. {name} must sign in to finish or close it before someone else can sign in.</source>
        <translation>{name} todavía tiene abierto: {windows}. {name} debe iniciar sesión para terminarlo o cerrarlo antes de que otra persona pueda iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="194" />
        <source>{name}'s unsaved program could not be saved, so it is kept and {name} must sign in to deal with it. {message}</source>
        <translation>No se pudo guardar el programa sin guardar de {name}; se conserva y {name} debe iniciar sesión para ocuparse de él. {message}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../language_menu.py" line="12" />
        <source>The computer's language</source>
        <translation>El idioma del equipo</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="17" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="38" />
        <source>The new language is used when ptplanner starts again.</source>
        <translation>El nuevo idioma se usa cuando ptplanner vuelva a abrirse.</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <location filename="../library/browser.py" line="51" />
        <source>Open a clinic's data folder to keep its own exercises.</source>
        <translation>Abra la carpeta de datos de una clínica para guardar sus propios ejercicios.</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="74" />
        <source>Search: name, clinical name or abbreviation (TrA, SLR), muscle or tag</source>
        <translation>Buscar por nombre, abreviatura (TrA, SLR), músculo o etiqueta</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="86" />
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="86" />
        <source>Make a new clinic exercise</source>
        <translation>Crear un ejercicio nuevo de la clínica</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="88" />
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="89" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="90" />
        <location filename="../library/browser.py" line="232" />
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="197" />
        <source>{count} exercises</source>
        <translation>{count} ejercicios</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="200" />
        <source>No exercise matches. &lt;a href='clear'&gt;Clear the search and filters&lt;/a&gt;</source>
        <translation>Ningún ejercicio coincide. &lt;a href='clear'&gt;Borrar la búsqueda y los filtros&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="204" />
        <source>{shown} of {total} exercises · &lt;a href='clear'&gt;show all&lt;/a&gt;</source>
        <translation>{shown} de {total} ejercicios · &lt;a href='clear'&gt;mostrar todos&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="232" />
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="237" />
        <source>Exercises that come with ptplanner cannot be changed; duplicate one to adapt it.</source>
        <translation>Los ejercicios que vienen con ptplanner no se pueden cambiar; duplique uno para adaptarlo.</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="246" />
        <source>New clinic exercise</source>
        <translation>Nuevo ejercicio de la clínica</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="251" />
        <source>Duplicate exercise</source>
        <translation>Duplicar ejercicio</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="256" />
        <source>Edit clinic exercise</source>
        <translation>Editar ejercicio de la clínica</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="269" />
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="270" />
        <source>“{name}” could not be changed: {why}</source>
        <translation>No se pudo cambiar «{name}»: {why}</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="289" />
        <source>The photos of “{name}” could not be read: {why}</source>
        <translation>No se pudieron leer las fotos de «{name}»: {why}</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="292" />
        <source>Not opened</source>
        <translation>No abierto</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="349" />
        <source>The clinic's exercises could not be read again: {why}</source>
        <translation>No se pudieron volver a leer los ejercicios de la clínica: {why}</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="350" />
        <source>Not shown</source>
        <translation>No mostrado</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="44" />
        <source>Loading the exercise library…</source>
        <translation>Cargando la biblioteca de ejercicios…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="45" />
        <source>Opening the clinic's data…</source>
        <translation>Abriendo los datos de la clínica…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="46" />
        <source>Still opening the clinic's data. The first start after an update can take a minute or two.</source>
        <translation>Todavía abriendo los datos de la clínica. El primer inicio tras una actualización puede tardar uno o dos minutos.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="55" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="56" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="57" />
        <location filename="../window_parts.py" line="19" />
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="58" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="59" />
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178" />
        <source>Exercise library</source>
        <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="279" />
        <source>The patient list could not be read: {error}</source>
        <translation>No se pudo leer la lista de pacientes: {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="295" />
        <source>The progress flags could not be read: {error}</source>
        <translation>No se pudieron leer los avisos de progreso: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="312" />
        <source>%n library file(s) had problems and were skipped or partly loaded:</source>
        <translation>
            <numerusform>%n archivo de la biblioteca tuvo problemas y se omitió o se cargó en parte:</numerusform>
            <numerusform>%n archivos de la biblioteca tuvieron problemas y se omitieron o se cargaron en parte:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="314" />
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="331" />
        <source>Opening the patient…</source>
        <translation>Abriendo el paciente…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="395" />
        <source>Added {added} demo patients ({kept} were already there).</source>
        <translation>Se añadieron {added} pacientes de demostración ({kept} ya estaban).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="418" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="425" />
        <source>Open a patient with a program to print a handout.</source>
        <translation>Abra un paciente con un programa para imprimir una hoja de ejercicios.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="465" />
        <source>Saved (version {version}).</source>
        <translation>Guardado (versión {version}).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="481" />
        <source>Open a patient first to add exercises to their program.</source>
        <translation>Abra primero un paciente para añadir ejercicios a su programa.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="513" />
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="516" />
        <source>The patient could not be opened: {error}</source>
        <translation>No se pudo abrir el paciente: {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="589" />
        <source>1 patient</source>
        <translation>1 paciente</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="590" />
        <source>{count} patients</source>
        <translation>{count} pacientes</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <location filename="../library/photo_field.py" line="28" />
        <source>Choose {slot} photo…</source>
        <translation>Elegir foto ({slot})…</translation>
    </message>
    <message>
        <location filename="../library/photo_field.py" line="30" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../library/photo_field.py" line="64" />
        <source>Choose the {slot} photo</source>
        <translation>Elegir la foto ({slot})</translation>
    </message>
    <message>
        <location filename="../library/photo_field.py" line="77" />
        <source>{error} Choose a PNG or JPEG photo up to {size} MB.</source>
        <translation>{error} Elija una foto PNG o JPEG de hasta {size} MB.</translation>
    </message>
    <message>
        <location filename="../library/photo_field.py" line="93" />
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../library/photos.py" line="21" />
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Fotos (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="44" />
        <source>“{name}” is larger than {size} MB, the most a photo can be.</source>
        <translation>«{name}» pesa más de {size} MB, lo máximo para una foto.</translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="49" />
        <source>“{name}”: {error}.</source>
        <translation>«{name}»: {error}.</translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="56" />
        <source>“{name}” is empty.</source>
        <translation>«{name}» está vacío.</translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="65" />
        <source>“{name}” is not a PNG or JPEG picture.</source>
        <translation>«{name}» no es una imagen PNG ni JPEG.</translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="70" />
        <source>“{name}” is {width} × {height} pixels, too large to open.</source>
        <translation>«{name}» mide {width} × {height} píxeles, demasiado grande para abrirla.</translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="77" />
        <source>“{name}” looks like a {kind} picture but cannot be read: {why}.</source>
        <translation>«{name}» parece una imagen {kind}, pero no se puede leer: {why}.</translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="99" />
        <source>The photo could not be prepared for storing.</source>
        <translation>No se pudo preparar la foto para guardarla.</translation>
    </message>
</context>
<context>
    <name>PrintedHandoutsDialog</name>
    <message>
        <location filename="../reprint_dialog.py" line="34" />
        <source>No handout has been printed for this patient yet. A therapist prints the first one.</source>
        <translation>Todavía no se ha impreso ninguna hoja para este paciente. La primera la imprime un terapeuta.</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="48" />
        <source>Printed handouts</source>
        <translation>Hojas impresas</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="62" />
        <source>&amp;Print again…</source>
        <translation>&amp;Imprimir otra vez…</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="63" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="76" />
        <source>The printed handouts cannot be listed</source>
        <translation>No se pueden mostrar las hojas impresas</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="92" />
        <source>The handout was not printed</source>
        <translation>No se imprimió la hoja</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="98" />
        <source>handout-{day}.pdf</source>
        <translation>hoja-{day}.pdf</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="100" />
        <source>Save the handout as PDF</source>
        <translation>Guardar la hoja como PDF</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="100" />
        <source>PDF files</source>
        <translation>Archivos PDF</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="112" />
        <source>Saved to {path}.</source>
        <translation>Guardada en {path}.</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="113" />
        <source>The handout was not saved</source>
        <translation>No se guardó la hoja</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="128" />
        <source>Printed again.</source>
        <translation>Impresa otra vez.</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="129" />
        <source>The reprint was not recorded</source>
        <translation>No se anotó la reimpresión</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="169" />
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="170" />
        <source>Born:</source>
        <translation>Nacimiento:</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="171" />
        <source>Surgeon:</source>
        <translation>Cirujano:</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="176" />
        <source>Handouts printed before, newest first:</source>
        <translation>Hojas impresas antes, la más reciente primero:</translation>
    </message>
</context>
<context>
    <name>RemoteChanges</name>
    <message>
        <location filename="../remote_changes.py" line="33" />
        <source>Reload (discard mine)</source>
        <translation>Volver a cargar (descartar los míos)</translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="34" />
        <source>Keep mine</source>
        <translation>Conservar los míos</translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="40" />
        <source>Save your version?</source>
        <translation>¿Guardar su versión?</translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="153" />
        <source>Changes made on other workstations could not be read: {error}</source>
        <translation>No se pudieron leer los cambios hechos en otros equipos: {error}</translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="172" />
        <source>{name}'s program was changed on another workstation. Your unsaved changes are still here: reload the saved program (yours are discarded), or keep yours and save them.</source>
        <translation>El programa de {name} se cambió en otro equipo. Sus cambios sin guardar siguen aquí: vuelva a cargar el programa guardado (se descartan los suyos), o conserve los suyos y guárdelos.</translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="207" />
        <source>The open patient could not be read again: {error}</source>
        <translation>No se pudo volver a leer el paciente abierto: {error}</translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="229" />
        <source>Not saved: {name}'s program was saved on another workstation while you edited it (you started from version {started}; version {saved} is saved now). What changed there:
{lines}</source>
        <translation>No se guardó: el programa de {name} se guardó en otro equipo mientras usted lo editaba (usted empezó desde la versión {started}; ahora está guardada la versión {saved}). Lo que cambió allí:
{lines}</translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="233" />
        <source>Keep mine (save as version {version})…</source>
        <translation>Conservar los míos (guardar como versión {version})…</translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="243" />
        <source>Save your version as version {mine}? It replaces version {saved} from the other workstation as the current program; that version stays in the program's history.</source>
        <translation>¿Guardar su versión como versión {mine}? Reemplaza a la versión {saved} del otro equipo como programa actual; esa versión queda en el historial del programa.</translation>
    </message>
</context>
<context>
    <name>RoleActions</name>
    <message>
        <location filename="../role_actions.py" line="89" />
        <source>Choose a patient in the list first.</source>
        <translation>Elija primero un paciente de la lista.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../signin.py" line="33" />
        <source>Sign in to ptplanner</source>
        <translation>Iniciar sesión en ptplanner</translation>
    </message>
    <message>
        <location filename="../signin.py" line="34" />
        <source>This clinic's records need a sign-in. Type your name and password.</source>
        <translation>Las fichas de esta clínica piden iniciar sesión. Escriba su nombre y su contraseña.</translation>
    </message>
    <message>
        <location filename="../signin.py" line="37" />
        <source>This clinic's database needs a sign-in, and it has no admin account yet. Add one on the command line, then start ptplanner again: ptplanner users add NAME --role admin</source>
        <translation>La base de datos de esta clínica pide iniciar sesión y todavía no tiene una cuenta de administrador. Añada una en la línea de comandos y vuelva a abrir ptplanner: ptplanner users add NOMBRE --role admin</translation>
    </message>
    <message>
        <location filename="../signin.py" line="43" />
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location filename="../signin.py" line="44" />
        <source>therapist</source>
        <translation>terapeuta</translation>
    </message>
    <message>
        <location filename="../signin.py" line="45" />
        <source>front desk</source>
        <translation>recepción</translation>
    </message>
    <message>
        <location filename="../signin.py" line="86" />
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../signin.py" line="88" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../signin.py" line="97" />
        <source>Type your name and your password.</source>
        <translation>Escriba su nombre y su contraseña.</translation>
    </message>
    <message>
        <location filename="../signin.py" line="139" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../signin.py" line="140" />
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../signin.py" line="159" />
        <source>This clinic has no admin yet</source>
        <translation>Esta clínica todavía no tiene administrador</translation>
    </message>
    <message>
        <location filename="../signin.py" line="164" />
        <source>Sign in to see the clinic's patients.</source>
        <translation>Inicie sesión para ver los pacientes de la clínica.</translation>
    </message>
    <message>
        <location filename="../signin.py" line="199" />
        <source>Signed in: {name} ({role})</source>
        <translation>Sesión: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app.py" line="85" />
        <source>A warning about the data folder</source>
        <translation>Un aviso sobre la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../app.py" line="95" />
        <location filename="../signin.py" line="177" />
        <source>ptplanner cannot open its database</source>
        <translation>ptplanner no puede abrir su base de datos</translation>
    </message>
    <message>
        <location filename="../app.py" line="129" />
        <source>ptplanner is already open</source>
        <translation>ptplanner ya está abierto</translation>
    </message>
    <message>
        <location filename="../app.py" line="130" />
        <source>The data folder {folder} is in use by {holder}.

Switch to that window, or wait for that command to finish, then start ptplanner again. Clinics that work on several computers at once should share a PostgreSQL database.</source>
        <translation>La carpeta de datos {folder} la está usando {holder}.

Vaya a esa ventana, o espere a que termine ese comando, y vuelva a abrir ptplanner. Las clínicas que trabajan en varios equipos a la vez deben compartir una base de datos PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../library/validation.py" line="20" />
        <source>Line {number}: {problem}</source>
        <translation>Línea {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../library/validation.py" line="46" />
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <location filename="../library/validation.py" line="48" />
        <source>Choose or enter at least one.</source>
        <translation>Elija o escriba al menos uno.</translation>
    </message>
    <message>
        <location filename="../library/validation.py" line="50" />
        <source>At most {count} entries.</source>
        <translation>Como máximo {count} elementos.</translation>
    </message>
    <message>
        <location filename="../library/validation.py" line="54" />
        <source>At most {count} characters.</source>
        <translation>Como máximo {count} caracteres.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../library/vocabulary.py" line="18" />
        <source>Pelvic stabilization</source>
        <translation>Estabilización pélvica</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="19" />
        <source>Core strengthening</source>
        <translation>Fortalecimiento del tronco</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="20" />
        <source>Hip strengthening</source>
        <translation>Fortalecimiento de cadera</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="21" />
        <source>Flexibility and mobility</source>
        <translation>Flexibilidad y movilidad</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="22" />
        <source>Posture and body mechanics</source>
        <translation>Postura y mecánica corporal</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="23" />
        <source>Gait and balance</source>
        <translation>Marcha y equilibrio</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="24" />
        <source>Gradual activity increase</source>
        <translation>Aumento gradual de actividad</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="25" />
        <source>Hook-lying</source>
        <translation>Boca arriba, rodillas dobladas</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="26" />
        <source>Supine</source>
        <translation>Boca arriba</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="27" />
        <source>Side-lying</source>
        <translation>De lado</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="28" />
        <source>Prone</source>
        <translation>Boca abajo</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="29" />
        <source>Hands-and-knees</source>
        <translation>En cuatro apoyos</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="30" />
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="31" />
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="32" />
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="33" />
        <source>Pelvis</source>
        <translation>Pelvis</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="34" />
        <source>Trunk</source>
        <translation>Tronco</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="35" />
        <source>Low back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="36" />
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="37" />
        <source>Ankle</source>
        <translation>Tobillo</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="38" />
        <source>Whole body</source>
        <translation>Todo el cuerpo</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="39" />
        <source>Glutes</source>
        <translation>Glúteos</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="40" />
        <source>Hip abductors</source>
        <translation>Abductores de cadera</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="41" />
        <source>Adductors</source>
        <translation>Aductores</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="42" />
        <source>Hip flexors</source>
        <translation>Flexores de cadera</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="43" />
        <source>Hamstrings</source>
        <translation>Isquiotibiales</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="44" />
        <source>Quadriceps</source>
        <translation>Cuádriceps</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="45" />
        <source>Deep abdominals</source>
        <translation>Abdominales profundos</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="46" />
        <source>Obliques</source>
        <translation>Oblicuos</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="47" />
        <source>Lower back</source>
        <translation>Lumbares</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="48" />
        <source>Calves</source>
        <translation>Pantorrillas</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="49" />
        <source>Upper back</source>
        <translation>Espalda alta</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="50" />
        <source>Diaphragm</source>
        <translation>Diafragma</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="51" />
        <source>Mat</source>
        <translation>Colchoneta</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="52" />
        <source>Pillow</source>
        <translation>Almohada</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="53" />
        <source>Towel</source>
        <translation>Toalla</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="54" />
        <source>Band</source>
        <translation>Liga elástica</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="55" />
        <source>Chair</source>
        <translation>Silla</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="56" />
        <source>Wall</source>
        <translation>Pared</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="57" />
        <source>Counter</source>
        <translation>Barra de cocina</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="58" />
        <source>Step</source>
        <translation>Escalón</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="59" />
        <source>Dowel</source>
        <translation>Palo de escoba</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="60" />
        <source>Ball</source>
        <translation>Pelota</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="61" />
        <source>Bike</source>
        <translation>Bicicleta fija</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="62" />
        <source>Pool</source>
        <translation>Piscina</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="63" />
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="64" />
        <source>Walker</source>
        <translation>Andador</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="65" />
        <source>Sock aid</source>
        <translation>Ayuda para calcetines</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="66" />
        <source>Reacher</source>
        <translation>Pinza para alcanzar</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="67" />
        <source>Long shoehorn</source>
        <translation>Calzador largo</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="68" />
        <source>Toilet</source>
        <translation>Inodoro</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="69" />
        <source>Shower chair</source>
        <translation>Silla de ducha</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="70" />
        <source>Long-handled sponge</source>
        <translation>Esponja de mango largo</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="71" />
        <source>Si belt</source>
        <translation>Cinturón sacroilíaco</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="72" />
        <source>Vacuum cleaner</source>
        <translation>Aspiradora</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="73" />
        <source>Cane</source>
        <translation>Bastón</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="74" />
        <source>Car</source>
        <translation>Carro</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="75" />
        <source>Shoes</source>
        <translation>Zapatos</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="76" />
        <source>Bending</source>
        <translation>Doblarse</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="77" />
        <source>Lifting</source>
        <translation>Levantar peso</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="78" />
        <source>Twisting</source>
        <translation>Girar el tronco</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="79" />
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="80" />
        <source>Breaths</source>
        <translation>Respiraciones</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="81" />
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="82" />
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="83" />
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="84" />
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="85" />
        <source>Alternating</source>
        <translation>Alternando</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="86" />
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="87" />
        <source>Stabilization</source>
        <translation>Estabilización</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="88" />
        <source>Functional strength</source>
        <translation>Fuerza funcional</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="89" />
        <source>Return to activity</source>
        <translation>Vuelta a la actividad</translation>
    </message>
</context>
</TS>