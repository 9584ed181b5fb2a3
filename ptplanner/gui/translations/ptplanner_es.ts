<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Closing</name>
    <message>
        <location filename="../closing.py" line="21"/>
        <source>Making the automatic backup of the clinic&apos;s data before ptplanner closes. Please wait, and do not turn the computer off yet.</source>
        <translation>Se está haciendo la copia de seguridad automática de los datos de la clínica antes de cerrar ptplanner. Espere, y no apague todavía la computadora.</translation>
    </message>
    <message>
        <location filename="../closing.py" line="25"/>
        <source>The backup on closing did not work</source>
        <translation>La copia de seguridad al cerrar no se pudo hacer</translation>
    </message>
</context>
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
        <translation>Añadir p&amp;untuación…</translation>
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
        <source>Read scanned &amp;log sheet…</source>
        <translation>&amp;Leer una hoja de registro escaneada…</translation>
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
    <name>AssessmentBox</name>
    <message>
        <location filename="../progress/assessment_box.py" line="17"/>
        <source>Assessment and plan (for the report)</source>
        <translation>Evaluación y plan (para el informe)</translation>
    </message>
    <message>
        <location filename="../progress/assessment_box.py" line="18"/>
        <source>How the patient is doing and what comes next, in words for the surgeon&apos;s office.</source>
        <translation>Cómo va el paciente y cuál es el siguiente paso, en palabras para el consultorio del cirujano.</translation>
    </message>
    <message>
        <location filename="../progress/assessment_box.py" line="21"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../progress/assessment_box.py" line="22"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../progress/assessment_box.py" line="23"/>
        <source>Assessment and plan: at most {count} characters. Shorten it, then save.</source>
        <translation>Evaluación y plan: {count} caracteres como máximo. Acórtelo y guarde.</translation>
    </message>
    <message>
        <location filename="../progress/assessment_box.py" line="46"/>
        <source>Save assessment</source>
        <translation>Guardar evaluación</translation>
    </message>
</context>
<context>
    <name>AssessmentKeeper</name>
    <message>
        <location filename="../progress/assessment.py" line="15"/>
        <source>assessment and plan</source>
        <translation>evaluación y plan</translation>
    </message>
    <message>
        <location filename="../progress/assessment.py" line="34"/>
        <source>Assessment and plan saved.</source>
        <translation>Evaluación y plan guardados.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../audit_view.py" line="49"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="50"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="51"/>
        <source>Workstation</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="52"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="53"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="54"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="95"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="99"/>
        <source>Patient: a name or id</source>
        <translation>Paciente: un nombre o un id</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="100"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="101"/>
        <source>S&amp;ince</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="104"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="118"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="119"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="139"/>
        <source>Reading the audit trail…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="142"/>
        <source>The audit trail could not be read</source>
        <translation>No se pudo leer el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="146"/>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="151"/>
        <source>The chain could not be checked</source>
        <translation>No se pudo revisar la cadena</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="156"/>
        <source>Export the audit rows shown</source>
        <translation>Exportar las filas mostradas</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="156"/>
        <source>CSV files</source>
        <translation>Archivos CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../audit_view.py" line="164"/>
        <source>Wrote %n row(s) to {path}.</source>
        <translation>
            <numerusform>Se escribió %n fila en {path}.</numerusform>
            <numerusform>Se escribieron %n filas en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="166"/>
        <source>The rows were not exported</source>
        <translation>No se exportaron las filas</translation>
    </message>
    <message numerus="yes">
        <location filename="../audit_view.py" line="172"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n fila.</numerusform>
            <numerusform>%n filas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="178"/>
        <source>Chain intact: {rows} rows, none edited, deleted or reordered.</source>
        <translation>Cadena intacta: {rows} filas, ninguna editada, borrada ni cambiada de orden.</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="180"/>
        <source>Chain intact: 1 row, not edited, deleted or reordered.</source>
        <translation>Cadena intacta: 1 fila, sin editar, borrar ni cambiar de orden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../audit_view.py" line="185"/>
        <source>The audit trail was tampered with: {problem} (%n row(s) before it are intact).</source>
        <translation>
            <numerusform>Alguien alteró el registro de auditoría: {problem} (la fila anterior está intacta).</numerusform>
            <numerusform>Alguien alteró el registro de auditoría: {problem} (las %n filas anteriores están intactas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="203"/>
        <source>{what}: {words}</source>
        <translation>{what}: {words}</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="236"/>
        <source>&apos;{text}&apos; matches {count} patients; type more of the name, or the id</source>
        <translation>«{text}» coincide con {count} pacientes; escriba más del nombre, o el id</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../progress/chart_painting.py" line="107"/>
        <source>back pain</source>
        <translation>dolor de espalda</translation>
    </message>
    <message>
        <location filename="../progress/chart_painting.py" line="108"/>
        <source>leg pain</source>
        <translation>dolor de pierna</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="38"/>
        <source>No log entries or outcome scores yet.
Record a returned log sheet or an outcome score, and the charts appear here.</source>
        <translation>Aún no hay registros ni puntuaciones de resultado.
Anote una hoja de registro devuelta o una puntuación de resultado y los gráficos aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="43"/>
        <source>No log entries yet: the weekly charts appear once a log sheet is recorded.</source>
        <translation>Aún no hay registros: los gráficos semanales aparecen cuando se anota una hoja de registro.</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="46"/>
        <source>No outcome scores yet.</source>
        <translation>Aún no hay puntuaciones de resultado.</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="47"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="49"/>
        <source>Pain (NRS, 0-10)</source>
        <translation>Dolor (END, 0-10)</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="50"/>
        <source>PSFS (0-10)</source>
        <translation>PSFS (0-10)</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="51"/>
        <source>ODI (%)</source>
        <translation>ODI (%)</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="54"/>
        <source>meaningfully better</source>
        <translation>mejora significativa</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="55"/>
        <source>meaningfully worse</source>
        <translation>empeoramiento significativo</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="56"/>
        <source>no meaningful change</source>
        <translation>sin cambio significativo</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="164"/>
        <source>Sessions done each week (% of prescribed)</source>
        <translation>Sesiones hechas cada semana (% de las indicadas)</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="186"/>
        <source>progress {percent}%</source>
        <translation>avanzar {percent}%</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="191"/>
        <source>flag {percent}%</source>
        <translation>alerta {percent}%</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="199"/>
        <source>Pain each week (daily average, 0-10)</source>
        <translation>Dolor cada semana (promedio diario, 0-10)</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="233"/>
        <source>Stage {number}</source>
        <translation>Etapa {number}</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="250"/>
        <source>Dashed line: the first score (baseline). Grey band: less than a meaningful change from it.</source>
        <translation>Línea discontinua: la primera puntuación (basal). Franja gris: menos que un cambio significativo respecto a ella.</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="264"/>
        <source>lower is better</source>
        <translation>menos es mejor</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="266"/>
        <source>higher is better</source>
        <translation>más es mejor</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="306"/>
        <source>baseline {score}</source>
        <translation>basal {score}</translation>
    </message>
    <message>
        <location filename="../progress/charts.py" line="307"/>
        <source>one score so far</source>
        <translation>una sola puntuación por ahora</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <location filename="../clinic_settings.py" line="55"/>
        <source>One exercise a line: its id, a space, then the https address of its video. Handouts print a QR code for it; ptplanner never opens the address.</source>
        <translation>Un ejercicio por línea: su id, un espacio y la dirección https de su video. Las hojas de ejercicios imprimen un código QR para él; ptplanner nunca abre la dirección.</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="61"/>
        <source>pounds (lb)</source>
        <translation>libras (lb)</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="62"/>
        <source>kilograms (kg)</source>
        <translation>kilogramos (kg)</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="70"/>
        <source>Clinic settings</source>
        <translation>Ajustes de la clínica</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="83"/>
        <source>Printed at the top of every handout</source>
        <translation>Se imprime arriba en cada hoja de ejercicios</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="84"/>
        <source>The number patients call with a problem</source>
        <translation>El número al que llaman los pacientes si tienen un problema</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="85"/>
        <source>For when the clinic is closed (optional)</source>
        <translation>Para cuando la clínica está cerrada (opcional)</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="89"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="90"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="94"/>
        <source>Print handouts in &amp;large print unless I choose otherwise</source>
        <translation>Imprimir las hojas en letra g&amp;rande, salvo que elija otra cosa</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="99"/>
        <source>Handouts print in it unless the patient&apos;s record names another language.</source>
        <translation>Las hojas se imprimen en este idioma, salvo que la ficha del paciente indique otro.</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="104"/>
        <source>Lifting limits are typed, shown and printed in it.</source>
        <translation>Los límites de peso se escriben, se muestran y se imprimen en esta unidad.</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="113"/>
        <source> out of 10</source>
        <translation> de 10</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="117"/>
        <source>Names your patient ids in FHIR exports (optional)</source>
        <translation>Nombre de sus id en las exportaciones FHIR (opcional)</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="128"/>
        <source> minutes without use</source>
        <translation> minutos sin uso</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="132"/>
        <source>Only an admin may change how long the app waits before it locks.</source>
        <translation>Solo un administrador puede cambiar cuánto espera la aplicación antes de bloquearse.</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="196"/>
        <source>The clinic settings were not saved</source>
        <translation>No se guardaron los ajustes de la clínica</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="210"/>
        <source>The exercise {id} is listed twice: keep one line for it.</source>
        <translation>El ejercicio {id} aparece dos veces: deje una sola línea para él.</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="228"/>
        <source>The clinic settings could not be read: {error}</source>
        <translation>No se pudieron leer los ajustes de la clínica: {error}</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="254"/>
        <source>Choose the clinic logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="254"/>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="261"/>
        <source>The file cannot be used: {error}.</source>
        <translation>No se puede usar el archivo: {error}.</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="273"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="284"/>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="285"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="287"/>
        <source>&amp;After-hours phone:</source>
        <translation>Teléfono f&amp;uera de horario:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="291"/>
        <source>&amp;Emergency number:</source>
        <translation>Número de &amp;emergencias:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="303"/>
        <source>PNG or JPEG, up to {size} KB.</source>
        <translation>PNG o JPEG, de hasta {size} KB.</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="306"/>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="307"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="309"/>
        <source>Patients&apos; lan&amp;guage:</source>
        <translation>&amp;Idioma de los pacientes:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="310"/>
        <source>Units f&amp;or lifting limits:</source>
        <translation>Unidad de los lí&amp;mites de peso:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="315"/>
        <source>Call about a &amp;fever from:</source>
        <translation>Llamar por &amp;fiebre desde:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="318"/>
        <source>Pain allo&amp;wed while exercising:</source>
        <translation>&amp;Dolor permitido al hacer ejercicio:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="320"/>
        <source>Patient &amp;id system (FHIR):</source>
        <translation>&amp;Sistema de id de pacientes (FHIR):</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="325"/>
        <source>E&amp;xercise videos:</source>
        <translation>&amp;Videos de ejercicios:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="326"/>
        <source>Lock the app af&amp;ter:</source>
        <translation>&amp;Bloquear la aplicación tras:</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="371"/>
        <source>The file is not a picture that can be shown. Save it again as PNG or JPEG.</source>
        <translation>El archivo no es una imagen que se pueda mostrar. Guárdelo de nuevo como PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../clinic_settings.py" line="393"/>
        <source>{error} The defaults are shown.</source>
        <translation>{error} Se muestran los valores predeterminados.</translation>
    </message>
</context>
<context>
    <name>ClinicTemplatesDialog</name>
    <message>
        <location filename="../program/reuse_dialogs.py" line="29"/>
        <source>The clinic has no templates of its own yet. Save a stage or a program as one from the Program menu.</source>
        <translation>La clínica aún no tiene plantillas propias. Guarde una etapa o un programa como plantilla desde el menú Programa.</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="38"/>
        <source>Delete the clinic template “{name}” for everyone? Programs started from it keep their stages.</source>
        <translation>¿Eliminar la plantilla de la clínica «{name}» para todos? Los programas creados a partir de ella conservan sus etapas.</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="44"/>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="102"/>
        <source>Clinic templates</source>
        <translation>Plantillas de la clínica</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="105"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="106"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="115"/>
        <source>Templates saved by this clinic, shared by everyone using its data:</source>
        <translation>Plantillas guardadas por esta clínica, compartidas con todos los que usan sus datos:</translation>
    </message>
</context>
<context>
    <name>CopyStagesDialog</name>
    <message>
        <location filename="../program/reuse_dialogs.py" line="176"/>
        <source>Copy stages from another patient</source>
        <translation>Copiar etapas de otro paciente</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="178"/>
        <source>Find a patient by name</source>
        <translation>Buscar un paciente por nombre</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="186"/>
        <source>Choose a patient to see their stages.</source>
        <translation>Elija un paciente para ver sus etapas.</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="190"/>
        <source>Add to this program</source>
        <translation>Añadir a este programa</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="196"/>
        <source>&lt;b&gt;1.&lt;/b&gt; &amp;Patient</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; &amp;Paciente</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="199"/>
        <source>&lt;b&gt;2.&lt;/b&gt; &amp;Stages to copy</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; &amp;Etapas que copiar</translation>
    </message>
    <message numerus="yes">
        <location filename="../program/reuse_dialogs.py" line="226"/>
        <source>%n exercise</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../program/reuse_dialogs.py" line="228"/>
        <source>%n exercises</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="238"/>
        <source>This patient has no program with stages yet.</source>
        <translation>Este paciente aún no tiene un programa con etapas.</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="261"/>
        <source>Reading their stages…</source>
        <translation>Leyendo sus etapas…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../patients/fields.py" line="18"/>
        <location filename="../patients/fields.py" line="35"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../patients/fields.py" line="37"/>
        <source>Write the date as {hint}, e.g. 1958-03-21.</source>
        <translation>Escriba la fecha como {hint}, p. ej. 1958-03-21.</translation>
    </message>
    <message>
        <location filename="../patients/fields.py" line="44"/>
        <source>{text} is not a date on the calendar.</source>
        <translation>{text} no es una fecha del calendario.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Discard the changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Discard the details you typed for this patient?</source>
        <translation>¿Descartar los datos que escribió para este paciente?</translation>
    </message>
    <message>
        <source>They are not saved.</source>
        <translation>No están guardados.</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="12"/>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translation>Si no guarda, se perderán los cambios hechos desde la última vez que guardó.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="13"/>
        <source>Its stages and exercises are replaced. Undo (Ctrl+Z) brings them back.</source>
        <translation>Se reemplazan sus etapas y ejercicios. Deshacer (Ctrl+Z) los recupera.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="34"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="35"/>
        <source>Save the changes to {name}&apos;s program?</source>
        <translation>¿Guardar los cambios en el programa de {name}?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="50"/>
        <source>Replace this program with the template “{name}”?</source>
        <translation>¿Reemplazar este programa por la plantilla «{name}»?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="51"/>
        <source>Replace the program?</source>
        <translation>¿Reemplazar el programa?</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="54"/>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="40"/>
        <source>Discharge patient</source>
        <translation>Dar de alta al paciente</translation>
    </message>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="42"/>
        <source>Discharge {name}? They leave the active patient list. Their record is kept and listed under Discharged, where you can re-admit them.</source>
        <translation>¿Dar de alta a {name}? Sale de la lista de pacientes activos. Su historia se conserva en «Dados de alta», donde se puede readmitir.</translation>
    </message>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="51"/>
        <source>e.g. goals met, moved away</source>
        <translation>p. ej. objetivos cumplidos, se mudó</translation>
    </message>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="55"/>
        <source>&amp;Discharged on</source>
        <translation>&amp;Fecha del alta</translation>
    </message>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="56"/>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Motivo (opcional)</translation>
    </message>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="59"/>
        <source>Discharge</source>
        <translation>Dar de alta</translation>
    </message>
</context>
<context>
    <name>DisabledKeys</name>
    <message>
        <location filename="../disabled_keys.py" line="21"/>
        <source>The clinic&apos;s data is not open yet.</source>
        <translation>Los datos de la clínica aún no están abiertos.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="23"/>
        <source>This command cannot be used right now.</source>
        <translation>Este comando no se puede usar ahora.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="24"/>
        <source>Open a patient first to edit their details.</source>
        <translation>Abra primero un paciente para cambiar sus datos.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="25"/>
        <source>Open a patient first: there is no program to save.</source>
        <translation>Abra primero un paciente: no hay ningún programa que guardar.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="26"/>
        <source>Open a patient first to print a handout.</source>
        <translation>Abra primero un paciente para imprimir una hoja de ejercicios.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="27"/>
        <source>Open a patient first to record their log sheet.</source>
        <translation>Abra primero un paciente para anotar su hoja de registro.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="28"/>
        <source>Open a patient first to record today&apos;s session.</source>
        <translation>Abra primero un paciente para anotar la sesión de hoy.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="29"/>
        <source>Open a patient first to add an outcome score.</source>
        <translation>Abra primero un paciente para añadir una puntuación de resultado.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="30"/>
        <source>Open a patient first to save a progress report.</source>
        <translation>Abra primero un paciente para guardar un informe de progreso.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="34"/>
        <source>There are no changes to save.</source>
        <translation>No hay cambios que guardar.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="35"/>
        <source>Add a stage to the program first to print a handout.</source>
        <translation>Añada primero una etapa al programa para imprimir una hoja de ejercicios.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="36"/>
        <source>Save the program first to make a progress report.</source>
        <translation>Guarde primero el programa para hacer un informe de progreso.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="37"/>
        <source>There is nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="38"/>
        <source>There is nothing to redo.</source>
        <translation>No hay nada que rehacer.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="44"/>
        <source>Choose an exercise in the program first to move it.</source>
        <translation>Elija primero un ejercicio del programa para moverlo.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="45"/>
        <source>This exercise is already the first of its stage.</source>
        <translation>Este ejercicio ya es el primero de su etapa.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="46"/>
        <source>This exercise is already the last of its stage.</source>
        <translation>Este ejercicio ya es el último de su etapa.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="45"/>
        <source>No exercise in the program is newer in the library.</source>
        <translation>Ningún ejercicio del programa es más reciente en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../disabled_keys.py" line="47"/>
        <source>Choose an exercise shown in italics first to update it from the library.</source>
        <translation>Elija primero un ejercicio en cursiva para actualizarlo desde la biblioteca.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../document.py" line="196"/>
        <source>Your changes are still here. Copy what you need, then reopen the patient to see the saved version.</source>
        <translation>Sus cambios siguen aquí. Copie lo que necesite y vuelva a abrir el paciente para ver la versión guardada.</translation>
    </message>
    <message>
        <location filename="../document.py" line="202"/>
        <source>Your changes are still here; try saving again once the problem is fixed.</source>
        <translation>Sus cambios siguen aquí; intente guardar de nuevo cuando se resuelva el problema.</translation>
    </message>
    <message>
        <location filename="../document.py" line="206"/>
        <source>The {what} was not saved: {error}</source>
        <translation>No se guardó: {what}. {error}</translation>
    </message>
    <message>
        <location filename="../document.py" line="212"/>
        <source>The details were not saved: {error}</source>
        <translation>No se guardaron los datos: {error}</translation>
    </message>
    <message>
        <location filename="../document.py" line="213"/>
        <source>The program was not saved: {error}</source>
        <translation>No se guardó el programa: {error}</translation>
    </message>
    <message>
        <location filename="../document.py" line="214"/>
        <source>The assessment and plan was not saved: {error}</source>
        <translation>No se guardaron la evaluación y el plan: {error}</translation>
    </message>
</context>
<context>
    <name>DosageDelegate</name>
    <message>
        <location filename="../program/delegates.py" line="71"/>
        <source>{low} to {high}, or – for none</source>
        <translation>De {low} a {high}, o – para ninguno</translation>
    </message>
    <message>
        <location filename="../program/delegates.py" line="73"/>
        <source>{low} to {high}</source>
        <translation>De {low} a {high}</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="86"/>
        <source>Erase patient</source>
        <translation>Borrar paciente</translation>
    </message>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="89"/>
        <source>Erase {name} for good? Every program, log, outcome score and printed handout of theirs is removed from the database and cannot be brought back. Unsaved changes to their program are lost. Backups taken earlier still hold them; you are told which.

To confirm, type the patient&apos;s name:</source>
        <translation>¿Borrar a {name} definitivamente? Todos sus programas, registros, puntuaciones de resultado y hojas impresas se eliminan de la base de datos y no se pueden recuperar. Se pierden los cambios sin guardar de su programa. Las copias de seguridad anteriores aún guardan sus datos; se le indicará cuáles.

Para confirmar, escriba el nombre del paciente:</translation>
    </message>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="101"/>
        <source>Erase for good</source>
        <translation>Borrar definitivamente</translation>
    </message>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="97"/>
        <source>Erase damaged record</source>
        <translation>Borrar ficha dañada</translation>
    </message>
    <message>
        <location filename="../patients/leaving_dialogs.py" line="100"/>
        <source>{why}

Erase this record for good? Every program, log, outcome score and printed handout of this patient is removed from the database and cannot be brought back. Backups taken earlier still hold them; you are told which.

To confirm, type the record&apos;s id:
{id}</source>
        <translation>{why}

¿Borrar esta ficha definitivamente? Todos los programas, registros, puntuaciones de resultado y hojas impresas de este paciente se eliminan de la base de datos y no se pueden recuperar. Las copias de seguridad anteriores aún guardan sus datos; se le indicará cuáles.

Para confirmar, escriba el id de la ficha:
{id}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="30"/>
        <source>Not allowed for this account</source>
        <translation>No permitido para esta cuenta</translation>
    </message>
    <message>
        <location filename="../errors.py" line="36"/>
        <source>ptplanner could not use its database</source>
        <translation>ptplanner no pudo usar su base de datos</translation>
    </message>
    <message>
        <location filename="../errors.py" line="44"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../errors.py" line="45"/>
        <source>{error} (in {place})</source>
        <translation>{error} (en {place})</translation>
    </message>
    <message>
        <location filename="../errors.py" line="51"/>
        <source>Your last change may not have been saved. Please check it, and tell your IT contact.</source>
        <translation>Es posible que su último cambio no se haya guardado. Revíselo y avise a su contacto de informática.</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../library/detail.py" line="24"/>
        <source>This exercise comes with ptplanner and cannot be changed. To adapt it, choose Duplicate and edit the copy.</source>
        <translation>Este ejercicio viene con ptplanner y no se puede cambiar. Para adaptarlo, elija Duplicar y edite la copia.</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="29"/>
        <source>Choose an exercise to see how it is done.</source>
        <translation>Elija un ejercicio para ver cómo se hace.</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="30"/>
        <source>This exercise has no text in your language yet: its patient text is shown in English.</source>
        <translation>Este ejercicio aún no tiene texto en español: su texto para el paciente se muestra en inglés.</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="47"/>
        <source>Also known as:</source>
        <translation>También llamado:</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="48"/>
        <source>Clinic exercise</source>
        <translation>Ejercicio de la clínica</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="49"/>
        <source>Clinical name:</source>
        <translation>Nombre clínico:</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="50"/>
        <source>Comes with ptplanner</source>
        <translation>Viene con ptplanner</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="51"/>
        <source>No picture yet.</source>
        <translation>Todavía sin imagen.</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="52"/>
        <source>Stop if:</source>
        <translation>Pare si:</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="53"/>
        <source>Usual dose</source>
        <translation>Dosis habitual</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="54"/>
        <source>Variations</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="55"/>
        <source>Video:</source>
        <translation>Video:</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="143"/>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="147"/>
        <source>from stage {stage} ({name})</source>
        <translation>desde la etapa {stage} ({name})</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="160"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="161"/>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="163"/>
        <source>Precautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="164"/>
        <source>Do not use when</source>
        <translation>No usar cuando</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="194"/>
        <source>(in English)</source>
        <translation>(en inglés)</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="226"/>
        <source>Easier</source>
        <translation>Más fácil</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="227"/>
        <source>Harder</source>
        <translation>Más difícil</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="241"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivado)</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="248"/>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="249"/>
        <source>Body regions</source>
        <translation>Zonas del cuerpo</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="250"/>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="251"/>
        <source>Spine movements</source>
        <translation>Movimientos de la columna</translation>
    </message>
    <message>
        <location filename="../library/detail.py" line="261"/>
        <source>{address} (printed as a QR code)</source>
        <translation>{address} (se imprime como código QR)</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <location filename="../library/editor.py" line="39"/>
        <source>Clinic exercise</source>
        <translation>Ejercicio de la clínica</translation>
    </message>
    <message>
        <location filename="../library/editor.py" line="120"/>
        <source>The exercise was not saved: {error}</source>
        <translation>No se guardó el ejercicio: {error}</translation>
    </message>
    <message>
        <location filename="../library/editor.py" line="127"/>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../library/editor.py" line="128"/>
        <source>This exercise has changes that are not saved. Discard them?</source>
        <translation>Este ejercicio tiene cambios sin guardar. ¿Los descarta?</translation>
    </message>
</context>
<context>
    <name>ExerciseFields</name>
    <message>
        <location filename="../library/fields.py" line="136"/>
        <source>Type a name…</source>
        <translation>Escriba un nombre…</translation>
    </message>
    <message>
        <location filename="../library/fields.py" line="143"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../library/fields.py" line="149"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <location filename="../library/exercise_form.py" line="69"/>
        <source>What patients will call it, e.g. Side-lying leg lift</source>
        <translation>Cómo lo llamarán los pacientes, p. ej. Levantar la pierna de lado</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="71"/>
        <source>For therapists and the surgeon&apos;s report (optional)</source>
        <translation>Para terapeutas y el informe al cirujano (opcional)</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="74"/>
        <source>Short names to search by (TrA, SLR), with commas</source>
        <translation>Nombres cortos para buscar (TrA, SLR), separados por comas</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="76"/>
        <source>One sentence: what it is for</source>
        <translation>Una frase: para qué sirve</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="85"/>
        <source>Other words to find it by, separated by commas</source>
        <translation>Otras palabras para encontrarlo, separadas por comas</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="87"/>
        <source>About</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="89"/>
        <location filename="../library/exercise_form.py" line="199"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="90"/>
        <source>Clinical name</source>
        <translation>Nombre clínico</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="91"/>
        <source>Abbreviations</source>
        <translation>Abreviaturas</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="92"/>
        <location filename="../library/exercise_form.py" line="200"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="93"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="94"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="95"/>
        <source>Earliest stage</source>
        <translation>Primera etapa</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="96"/>
        <source>Body regions</source>
        <translation>Zonas del cuerpo</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="97"/>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="98"/>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="99"/>
        <source>Search words</source>
        <translation>Palabras de búsqueda</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="104"/>
        <source>One step per line, in the order the patient does them</source>
        <translation>Un paso por línea, en el orden en que los hace el paciente</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="105"/>
        <source>Short tips, one per line (optional)</source>
        <translation>Consejos cortos, uno por línea (opcional)</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="107"/>
        <source>One per line (optional)</source>
        <translation>Una por línea (opcional)</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="108"/>
        <source>When not to use it, one per line (optional)</source>
        <translation>Cuándo no usarlo, uno por línea (opcional)</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="111"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="113"/>
        <location filename="../library/exercise_form.py" line="201"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="114"/>
        <location filename="../library/exercise_form.py" line="202"/>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="115"/>
        <location filename="../library/exercise_form.py" line="203"/>
        <source>Stop if</source>
        <translation>Pare si</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="116"/>
        <location filename="../library/exercise_form.py" line="204"/>
        <source>Precautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="117"/>
        <source>Do not use when</source>
        <translation>No usar cuando</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="118"/>
        <source>Spine movements</source>
        <translation>Movimientos de la columna</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="132"/>
        <source>e.g. light band (optional)</source>
        <translation>p. ej. banda suave (opcional)</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="133"/>
        <source>Anything the numbers do not say (optional)</source>
        <translation>Lo que no dicen los números (opcional)</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="147"/>
        <source>Usual dose</source>
        <translation>Dosis habitual</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="149"/>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="150"/>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="151"/>
        <source>Counted in</source>
        <translation>Se cuenta en</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="152"/>
        <source>Hold</source>
        <translation>Aguantar</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="153"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="154"/>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="155"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="156"/>
        <source>Times a day</source>
        <translation>Veces al día</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="157"/>
        <source>Days a week</source>
        <translation>Días a la semana</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="158"/>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="159"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="160"/>
        <source>Patients will read</source>
        <translation>Los pacientes leerán</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="169"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="170"/>
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="172"/>
        <source>https://… (optional): printed as a QR code to scan</source>
        <translation>https://… (opcional): se imprime como código QR para escanear</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="175"/>
        <source>Easier</source>
        <translation>Más fácil</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="176"/>
        <source>Harder</source>
        <translation>Más difícil</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="177"/>
        <source>Video address</source>
        <translation>Dirección del video</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="180"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="182"/>
        <source>Variations, photos, video</source>
        <translation>Variantes, fotos, video</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="182"/>
        <source>Variations and video</source>
        <translation>Variantes y video</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="190"/>
        <source>The name in Spanish, e.g. Levantar la pierna de lado</source>
        <translation>El nombre en español, p. ej. Levantar la pierna de lado</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="192"/>
        <source>One sentence (all empty: no Spanish text)</source>
        <translation>Una frase (todo vacío: sin texto en español)</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="193"/>
        <source>As many steps as in English, one per line</source>
        <translation>Tantos pasos como en inglés, uno por línea</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="194"/>
        <source>As many tips as in English, one per line</source>
        <translation>Tantos consejos como en inglés, uno por línea</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="195"/>
        <source>Pare si...</source>
        <translation>Pare si...</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="196"/>
        <source>As many as in English, one per line</source>
        <translation>Tantas como en inglés, una por línea</translation>
    </message>
    <message>
        <location filename="../library/exercise_form.py" line="208"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>ExercisePictures</name>
    <message>
        <location filename="../library/pictures.py" line="19"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../library/pictures.py" line="20"/>
        <source>End</source>
        <translation>Final</translation>
    </message>
</context>
<context>
    <name>Favourites</name>
    <message>
        <location filename="../library/favourites.py" line="31"/>
        <source>Favourite: listed first in the library, for everyone in the clinic (★ = is one)</source>
        <translation>Favorito: aparece primero en la biblioteca, para todos en la clínica (★ = lo es)</translation>
    </message>
    <message>
        <location filename="../library/favourites.py" line="33"/>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
</context>
<context>
    <name>FhirExport</name>
    <message>
        <location filename="../fhir_export.py" line="19"/>
        <source>Export for the hospital (FHIR)</source>
        <translation>Exportar para el hospital (FHIR)</translation>
    </message>
    <message>
        <location filename="../fhir_export.py" line="20"/>
        <source>Open a patient to export their record.</source>
        <translation>Abra un paciente para exportar su historia.</translation>
    </message>
    <message>
        <location filename="../fhir_export.py" line="33"/>
        <source>FHIR JSON files</source>
        <translation>Archivos FHIR JSON</translation>
    </message>
    <message>
        <location filename="../fhir_export.py" line="43"/>
        <source>Exporting for the hospital…</source>
        <translation>Exportando para el hospital…</translation>
    </message>
    <message>
        <location filename="../fhir_export.py" line="55"/>
        <source>Exported the record for the hospital ({count} FHIR resources) to {path}.</source>
        <translation>Se exportó la historia para el hospital ({count} recursos FHIR) a {path}.</translation>
    </message>
    <message>
        <location filename="../fhir_export.py" line="66"/>
        <source>The export for the hospital was not written: {error}</source>
        <translation>No se escribió la exportación para el hospital: {error}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../library/filters.py" line="22"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="24"/>
        <source>Any stage</source>
        <translation>Cualquier etapa</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="27"/>
        <source>Up to stage {stage}: {name}</source>
        <translation>Hasta la etapa {stage}: {name}</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="30"/>
        <source>Exercises a patient in this stage may do (earliest stage at most this one)</source>
        <translation>Ejercicios que puede hacer un paciente en esta etapa (primera etapa como mucho esta)</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="32"/>
        <source>Any position</source>
        <translation>Cualquier posición</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="33"/>
        <source>Any equipment</source>
        <translation>Cualquier material</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="34"/>
        <source>Any body region</source>
        <translation>Cualquier zona del cuerpo</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="35"/>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="36"/>
        <source>★ Favourites</source>
        <translation>★ Favoritos</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="37"/>
        <source>Show the clinic&apos;s favourite exercises only</source>
        <translation>Mostrar solo los ejercicios favoritos de la clínica</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="42"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="43"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="44"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="45"/>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="46"/>
        <source>Region</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../library/filters.py" line="53"/>
        <source>{filter} filter</source>
        <translation>Filtro: {filter}</translation>
    </message>
</context>
<context>
    <name>HandoutPreview</name>
    <message>
        <location filename="../handout_preview.py" line="75"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="86"/>
        <source>Printed</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="87"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="88"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="89"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="90"/>
        <source>Print</source>
        <translation>Letra</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="91"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="97"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="98"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="148"/>
        <source>Print handout</source>
        <translation>Imprimir hoja de ejercicios</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="158"/>
        <source>No stages</source>
        <translation>Sin etapas</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="166"/>
        <source>The patient&apos;s language first; the progress report stays in the clinic&apos;s</source>
        <translation>Primero el idioma del paciente; el informe de progreso queda en el de la clínica</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="168"/>
        <source>&amp;Large print</source>
        <translation>Letra &amp;grande</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="169"/>
        <source>Log s&amp;heet</source>
        <translation>&amp;Hoja de registro</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="172"/>
        <source>Log sheet weeks</source>
        <translation>Semanas de la hoja de registro</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="185"/>
        <source>&amp;Reprint</source>
        <translation>&amp;Volver a imprimir</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="186"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="187"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="253"/>
        <source>handout stage {number}</source>
        <translation>hoja etapa {number}</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="256"/>
        <source>Save handout as PDF</source>
        <translation>Guardar la hoja de ejercicios como PDF</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="256"/>
        <source>PDF files</source>
        <translation>Archivos PDF</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="281"/>
        <source>The reprint was not recorded</source>
        <translation>No se anotó la reimpresión</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="287"/>
        <source>This handout cannot be reprinted</source>
        <translation>Esta hoja no se puede volver a imprimir</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="322"/>
        <source> (current)</source>
        <translation> (actual)</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="355"/>
        <source>The handout cannot be printed: {error}</source>
        <translation>No se puede imprimir la hoja: {error}</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="380"/>
        <source>The handout was not printed</source>
        <translation>No se imprimió la hoja</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="389"/>
        <source>The printed copy was not recorded</source>
        <translation>No se anotó la copia impresa</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="397"/>
        <source>Earlier handouts cannot be listed</source>
        <translation>No se pueden mostrar las hojas anteriores</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="407"/>
        <source>The handout was not saved</source>
        <translation>No se guardó la hoja</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="428"/>
        <source> (patient&apos;s)</source>
        <translation> (paciente)</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="430"/>
        <source> (clinic&apos;s)</source>
        <translation> (clínica)</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="458"/>
        <source>&amp;Weeks:</source>
        <translation>&amp;Semanas:</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="460"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="461"/>
        <source>P&amp;aper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="462"/>
        <source>La&amp;nguage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="477"/>
        <source>Printed before:</source>
        <translation>Impresas antes:</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="527"/>
        <source>The handout could not be read for printing.</source>
        <translation>No se pudo leer la hoja para imprimirla.</translation>
    </message>
    <message>
        <location filename="../handout_preview.py" line="532"/>
        <source>The printer could not be started. Check that it is on and connected.</source>
        <translation>No se pudo poner en marcha la impresora. Compruebe que está encendida y conectada.</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../idle_lock.py" line="28"/>
        <source>ptplanner is locked.
Sign in to go on.</source>
        <translation>ptplanner está bloqueado.
Inicie sesión para seguir.</translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="29"/>
        <source>Signed out.
Sign in to see the clinic&apos;s patients.</source>
        <translation>Sesión cerrada.
Inicie sesión para ver los pacientes de la clínica.</translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="31"/>
        <source>ptplanner (locked)[*]</source>
        <translation>ptplanner (bloqueado)[*]</translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="150"/>
        <source>Signed out. Sign in to see the clinic&apos;s patients.</source>
        <translation>Sesión cerrada. Inicie sesión para ver los pacientes de la clínica.</translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="155"/>
        <source>ptplanner locked itself after a while without input. {name}, type your password to go on where you were. Someone else may sign in instead: your unsaved program is saved first.</source>
        <translation>ptplanner se bloqueó tras un rato sin uso. {name}, escriba su contraseña para seguir donde estaba. Otra persona puede iniciar sesión en su lugar: antes se guarda su programa sin guardar.</translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="173"/>
        <source>Not signed out: {message}</source>
        <translation>No se cerró la sesión: {message}</translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="185"/>
        <source>{name} still has {windows} open. {name} must sign in to finish or close it before someone else can sign in.</source>
        <translation>{name} todavía tiene abierto: {windows}. {name} debe iniciar sesión para terminarlo o cerrarlo antes de que otra persona pueda iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../idle_lock.py" line="194"/>
        <source>{name}&apos;s unsaved program could not be saved, so it is kept and {name} must sign in to deal with it. {message}</source>
        <translation>No se pudo guardar el programa sin guardar de {name}; se conserva y {name} debe iniciar sesión para ocuparse de él. {message}</translation>
    </message>
</context>
<context>
    <name>ItemColumns</name>
    <message>
        <location filename="../models/item_columns.py" line="84"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="85"/>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="86"/>
        <source>Reps</source>
        <translation>Rep.</translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="88"/>
        <source>Hold</source>
        <translation>Mant.</translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="91"/>
        <source>Hold, in seconds</source>
        <translation>Mantener, en segundos</translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="94"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="97"/>
        <source>Duration, in minutes</source>
        <translation>Duración, en minutos</translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="99"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="101"/>
        <source>×/day</source>
        <translation>×/día</translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="104"/>
        <source>Times a day</source>
        <translation>Veces al día</translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="107"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="110"/>
        <source>Days a week</source>
        <translation>Días a la semana</translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="113"/>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="116"/>
        <source>Weight or band, e.g. &apos;2 lb&apos; or &apos;light band&apos;</source>
        <translation>Peso o banda, p. ej. «2 lb» o «banda suave»</translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="119"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../models/item_columns.py" line="122"/>
        <source>A note for the patient about this exercise</source>
        <translation>Una nota para el paciente sobre este ejercicio</translation>
    </message>
</context>
<context>
    <name>ItemsTable</name>
    <message>
        <location filename="../program/items_table.py" line="113"/>
        <source>Swap for easier</source>
        <translation>Cambiar por uno más fácil</translation>
    </message>
    <message>
        <location filename="../program/items_table.py" line="113"/>
        <source>Swap for harder</source>
        <translation>Cambiar por uno más difícil</translation>
    </message>
    <message>
        <location filename="../program/items_table.py" line="120"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../program/items_table.py" line="121"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../program/items_table.py" line="122"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../language_menu.py" line="12"/>
        <source>The computer&apos;s language</source>
        <translation>El idioma del equipo</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="17"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="38"/>
        <source>The new language is used when ptplanner starts again.</source>
        <translation>El nuevo idioma se usa cuando ptplanner vuelva a abrirse.</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <location filename="../library/browser.py" line="51"/>
        <source>Open a clinic&apos;s data folder to keep its own exercises.</source>
        <translation>Abra la carpeta de datos de una clínica para guardar sus propios ejercicios.</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="74"/>
        <source>Search: name, clinical name or abbreviation (TrA, SLR), muscle or tag</source>
        <translation>Buscar por nombre, abreviatura (TrA, SLR), músculo o etiqueta</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="86"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="86"/>
        <source>Make a new clinic exercise</source>
        <translation>Crear un ejercicio nuevo de la clínica</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="88"/>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="89"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="90"/>
        <location filename="../library/browser.py" line="236"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="201"/>
        <source>{count} exercises</source>
        <translation>{count} ejercicios</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="204"/>
        <source>No exercise matches. &lt;a href=&apos;clear&apos;&gt;Clear the search and filters&lt;/a&gt;</source>
        <translation>Ningún ejercicio coincide. &lt;a href=&apos;clear&apos;&gt;Borrar la búsqueda y los filtros&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="208"/>
        <source>{shown} of {total} exercises · &lt;a href=&apos;clear&apos;&gt;show all&lt;/a&gt;</source>
        <translation>{shown} de {total} ejercicios · &lt;a href=&apos;clear&apos;&gt;mostrar todos&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="236"/>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="241"/>
        <source>Exercises that come with ptplanner cannot be changed; duplicate one to adapt it.</source>
        <translation>Los ejercicios que vienen con ptplanner no se pueden cambiar; duplique uno para adaptarlo.</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="250"/>
        <source>New clinic exercise</source>
        <translation>Nuevo ejercicio de la clínica</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="255"/>
        <source>Duplicate exercise</source>
        <translation>Duplicar ejercicio</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="260"/>
        <source>Edit clinic exercise</source>
        <translation>Editar ejercicio de la clínica</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="273"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="274"/>
        <source>“{name}” could not be changed: {why}</source>
        <translation>No se pudo cambiar «{name}»: {why}</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="293"/>
        <source>The photos of “{name}” could not be read: {why}</source>
        <translation>No se pudieron leer las fotos de «{name}»: {why}</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="296"/>
        <source>Not opened</source>
        <translation>No abierto</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="353"/>
        <source>The clinic&apos;s exercises could not be read again: {why}</source>
        <translation>No se pudieron volver a leer los ejercicios de la clínica: {why}</translation>
    </message>
    <message>
        <location filename="../library/browser.py" line="354"/>
        <source>Not shown</source>
        <translation>No mostrado</translation>
    </message>
</context>
<context>
    <name>LibraryDock</name>
    <message numerus="yes">
        <location filename="../library/dock.py" line="64"/>
        <source>%n library file(s) had problems and were skipped or partly loaded:</source>
        <translation>
            <numerusform>%n archivo de la biblioteca tuvo problemas y se omitió o se cargó en parte:</numerusform>
            <numerusform>%n archivos de la biblioteca tuvieron problemas y se omitieron o se cargaron en parte:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../library/dock.py" line="64"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../models/library.py" line="48"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../models/library.py" line="49"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../models/library.py" line="50"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../models/library.py" line="51"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../models/library.py" line="144"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivado)</translation>
    </message>
    <message>
        <location filename="../models/library.py" line="157"/>
        <source>From stage {stage} ({name}) on</source>
        <translation>Desde la etapa {stage} ({name})</translation>
    </message>
    <message>
        <location filename="../models/library.py" line="164"/>
        <source>Clinical name: {name}</source>
        <translation>Nombre clínico: {name}</translation>
    </message>
    <message>
        <location filename="../models/library.py" line="167"/>
        <source>Also known as: {names}</source>
        <translation>También conocido como: {names}</translation>
    </message>
</context>
<context>
    <name>LogCellDelegate</name>
    <message>
        <location filename="../progress/log_grid.py" line="113"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../progress/log_grid.py" line="113"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
</context>
<context>
    <name>LogSheet</name>
    <message>
        <location filename="../progress/log_cells.py" line="50"/>
        <source>Back pain</source>
        <translation>Dolor de espalda</translation>
    </message>
    <message>
        <location filename="../progress/log_cells.py" line="51"/>
        <source>Leg pain</source>
        <translation>Dolor de pierna</translation>
    </message>
    <message>
        <location filename="../progress/log_cells.py" line="52"/>
        <source>Back pain after exercise</source>
        <translation>Dolor de espalda tras el ejercicio</translation>
    </message>
    <message>
        <location filename="../progress/log_cells.py" line="53"/>
        <source>Leg pain after exercise</source>
        <translation>Dolor de pierna tras el ejercicio</translation>
    </message>
    <message>
        <location filename="../progress/log_cells.py" line="55"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../progress/log_cells.py" line="56"/>
        <source>Minutes walked</source>
        <translation>Minutos caminados</translation>
    </message>
    <message>
        <location filename="../progress/log_cells.py" line="77"/>
        <source>{day} has not come yet.</source>
        <translation>El {day} aún no ha llegado.</translation>
    </message>
    <message>
        <location filename="../progress/log_cells.py" line="80"/>
        <source>The program starts on {day}.</source>
        <translation>El programa empieza el {day}.</translation>
    </message>
    <message>
        <location filename="../progress/log_cells.py" line="86"/>
        <source>{exercise} was not in the program on {day}.</source>
        <translation>{exercise} no estaba en el programa el {day}.</translation>
    </message>
    <message>
        <location filename="../progress/log_cells.py" line="111"/>
        <source>{exercise} is done up to once a day: type 0 to 1, not {typed}.</source>
        <translation>{exercise} se hace como máximo una vez al día: escriba 0 o 1, no {typed}.</translation>
    </message>
    <message>
        <location filename="../progress/log_cells.py" line="115"/>
        <source>{exercise} is done up to {times} times a day: type 0 to {times}, not {typed}.</source>
        <translation>{exercise} se hace como máximo {times} veces al día: escriba de 0 a {times}, no {typed}.</translation>
    </message>
    <message>
        <location filename="../progress/log_cells.py" line="145"/>
        <source>{row} on {day} was not recorded: {why}.</source>
        <translation>{row} del {day} no se anotó: {why}.</translation>
    </message>
    <message>
        <location filename="../progress/log_cells.py" line="164"/>
        <source>A note holds up to {most} characters; this one has {count}.</source>
        <translation>Una nota admite hasta {most} caracteres; esta tiene {count}.</translation>
    </message>
    <message>
        <location filename="../progress/log_cells.py" line="169"/>
        <source>The note contains a character that cannot be stored ({bad}).</source>
        <translation>La nota tiene un carácter que no se puede guardar ({bad}).</translation>
    </message>
    <message>
        <location filename="../progress/log_model.py" line="230"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../progress/log_model.py" line="301"/>
        <source>{exercise}, {day}: {value} of {times} done.
Space adds one, a digit sets the number, Delete clears.</source>
        <translation>{exercise}, {day}: {value} de {times} hechas.
Espacio suma una, un dígito fija el número, Supr borra.</translation>
    </message>
    <message>
        <location filename="../progress/log_model.py" line="308"/>
        <source>No note for {day}. Type to write one.</source>
        <translation>Sin nota el {day}. Escriba para añadir una.</translation>
    </message>
    <message>
        <location filename="../progress/log_model.py" line="311"/>
        <source>not logged</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <location filename="../progress/log_model.py" line="313"/>
        <source>{value} minutes</source>
        <translation>{value} minutos</translation>
    </message>
    <message>
        <location filename="../progress/log_model.py" line="315"/>
        <source>{value} of 10</source>
        <translation>{value} de 10</translation>
    </message>
    <message>
        <location filename="../progress/log_model.py" line="317"/>
        <source>{row}, {day}: {value}.
Type the minutes (0 to {most}); Delete clears.</source>
        <translation>{row}, {day}: {value}.
Escriba los minutos (de 0 a {most}); Supr borra.</translation>
    </message>
    <message>
        <location filename="../progress/log_model.py" line="321"/>
        <source>{row}, {day}: {value}.
Type 0 to 10; Delete clears.</source>
        <translation>{row}, {day}: {value}.
Escriba de 0 a 10; Supr borra.</translation>
    </message>
    <message>
        <location filename="../progress/log_model.py" line="329"/>
        <source>({times}× a day)</source>
        <translation>({times}× al día)</translation>
    </message>
    <message>
        <location filename="../progress/log_model.py" line="337"/>
        <source>{row}, 0 (none) to 10 (worst)</source>
        <translation>{row}, de 0 (nada) a 10 (el peor)</translation>
    </message>
    <message>
        <location filename="../progress/log_model.py" line="339"/>
        <source>Minutes the patient walked that day, from the log sheet</source>
        <translation>Minutos que el paciente caminó ese día, según la hoja de registro</translation>
    </message>
    <message>
        <location filename="../progress/log_model.py" line="342"/>
        <source>What the patient wrote for the day</source>
        <translation>Lo que el paciente escribió ese día</translation>
    </message>
    <message>
        <location filename="../progress/log_model.py" line="346"/>
        <source>Log {row} on {day}</source>
        <translation>Anotar {row} del {day}</translation>
    </message>
</context>
<context>
    <name>LogSheetDialog</name>
    <message>
        <location filename="../progress/log_dialog.py" line="40"/>
        <source>Space ticks a session (press again for the next one), a digit types a number, arrows move, Delete clears. Type or press F2 to write a note. Alt+← and Alt+→ change the week.</source>
        <translation>Espacio marca una sesión (púlselo otra vez para la siguiente), un dígito escribe un número, las flechas mueven, Supr borra. Escriba o pulse F2 para escribir una nota. Alt+← y Alt+→ cambian de semana.</translation>
    </message>
    <message>
        <location filename="../progress/log_dialog.py" line="57"/>
        <source>Unsaved log</source>
        <translation>Registro sin guardar</translation>
    </message>
    <message>
        <location filename="../progress/log_dialog.py" line="58"/>
        <source>Save the days typed in before closing?</source>
        <translation>¿Guardar los días anotados antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../progress/log_dialog.py" line="84"/>
        <source>Log sheet — {name}</source>
        <translation>Hoja de registro — {name}</translation>
    </message>
    <message>
        <location filename="../progress/log_dialog.py" line="96"/>
        <source>◀ Earlier week</source>
        <translation>◀ Semana anterior</translation>
    </message>
    <message>
        <location filename="../progress/log_dialog.py" line="97"/>
        <source>Later week ▶</source>
        <translation>Semana siguiente ▶</translation>
    </message>
    <message>
        <location filename="../progress/log_dialog.py" line="100"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../progress/log_dialog.py" line="101"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../progress/log_dialog.py" line="143"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../progress/log_dialog.py" line="145"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../progress/log_dialog.py" line="153"/>
        <source>&amp;Week from</source>
        <translation>&amp;Semana del</translation>
    </message>
    <message>
        <location filename="../progress/log_dialog.py" line="162"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../progress/log_dialog.py" line="163"/>
        <source>Today&apos;s session</source>
        <translation>Sesión de hoy</translation>
    </message>
    <message numerus="yes">
        <location filename="../progress/log_dialog.py" line="212"/>
        <source>Saved %n day.</source>
        <translation>
            <numerusform>%n día guardado.</numerusform>
            <numerusform>%n días guardados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../progress/log_dialog.py" line="214"/>
        <source>Saved %n days.</source>
        <translation>
            <numerusform>%n día guardado.</numerusform>
            <numerusform>%n días guardados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../progress/log_dialog.py" line="225"/>
        <source>The log was not saved: {why} Your entries are still here; try saving again once the problem is fixed.</source>
        <translation>El registro no se guardó: {why} Sus datos siguen aquí; vuelva a guardar cuando el problema esté resuelto.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="58"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="59"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="60"/>
        <location filename="../window_parts.py" line="19"/>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="61"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="62"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="47"/>
        <source>Loading the exercise library…</source>
        <translation>Cargando la biblioteca de ejercicios…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="48"/>
        <source>Opening the clinic&apos;s data…</source>
        <translation>Abriendo los datos de la clínica…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="49"/>
        <source>Still opening the clinic&apos;s data. The first start after an update can take a few minutes in a large clinic.</source>
        <translation>Todavía abriendo los datos de la clínica. En una clínica grande, el primer inicio tras una actualización puede tardar unos minutos.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184"/>
        <source>Exercise library</source>
        <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
        <location filename="../patients/list_loader.py" line="168"/>
        <source>The patient list could not be read: {error}</source>
        <translation>No se pudo leer la lista de pacientes: {error}</translation>
    </message>
    <message>
        <location filename="../patients/list_loader.py" line="161"/>
        <source>The progress flags could not be read: {error}</source>
        <translation>No se pudieron leer los avisos de progreso: {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="313"/>
        <source>Opening the patient…</source>
        <translation>Abriendo el paciente…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="379"/>
        <source>Added {added} demo patients ({kept} were already there).</source>
        <translation>Se añadieron {added} pacientes de demostración ({kept} ya estaban).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="405"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="412"/>
        <source>Open a patient with a program to print a handout.</source>
        <translation>Abra un paciente con un programa para imprimir una hoja de ejercicios.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="452"/>
        <source>Saved (version {version}).</source>
        <translation>Guardado (versión {version}).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="468"/>
        <source>Open a patient first to add exercises to their program.</source>
        <translation>Abra primero un paciente para añadir ejercicios a su programa.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="500"/>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="503"/>
        <source>The patient could not be opened: {error}</source>
        <translation>No se pudo abrir el paciente: {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="487"/>
        <source>The patient could not be opened</source>
        <translation>No se pudo abrir el paciente</translation>
    </message>
    <message>
        <location filename="../patients/list_loader.py" line="114"/>
        <source>Reading every patient, to sort them…</source>
        <translation>Leyendo todos los pacientes para ordenarlos…</translation>
    </message>
    <message>
        <location filename="../patients/list_loader.py" line="137"/>
        <source>More patients could not be read: {error}</source>
        <translation>No se pudieron leer más pacientes: {error}</translation>
    </message>
    <message>
        <location filename="../patients/list_loader.py" line="178"/>
        <source>1 patient</source>
        <translation>1 paciente</translation>
    </message>
    <message>
        <location filename="../patients/list_loader.py" line="179"/>
        <source>{count} patients</source>
        <translation>{count} pacientes</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../progress/outcome_dialog.py" line="31"/>
        <source>Pain, numeric rating scale (0-10)</source>
        <translation>Dolor, escala numérica (END, 0-10)</translation>
    </message>
    <message>
        <location filename="../progress/outcome_dialog.py" line="32"/>
        <source>Patient-Specific Functional Scale (PSFS)</source>
        <translation>Escala Funcional Específica del Paciente (PSFS)</translation>
    </message>
    <message>
        <location filename="../progress/outcome_dialog.py" line="33"/>
        <source>Oswestry Disability Index (ODI)</source>
        <translation>Índice de Discapacidad de Oswestry (ODI)</translation>
    </message>
    <message>
        <location filename="../progress/outcome_dialog.py" line="43"/>
        <source>Add outcome score</source>
        <translation>Añadir puntuación de resultado</translation>
    </message>
    <message>
        <location filename="../progress/outcome_dialog.py" line="69"/>
        <source>&amp;Measure</source>
        <translation>&amp;Medida</translation>
    </message>
    <message>
        <location filename="../progress/outcome_dialog.py" line="70"/>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location filename="../progress/outcome_dialog.py" line="77"/>
        <source>&amp;Note</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location filename="../progress/outcome_dialog.py" line="144"/>
        <source>Enter the day the score was taken.</source>
        <translation>Escriba el día en que se tomó la puntuación.</translation>
    </message>
    <message>
        <location filename="../progress/outcome_dialog.py" line="146"/>
        <source>The day is in the future.</source>
        <translation>El día está en el futuro.</translation>
    </message>
    <message>
        <location filename="../progress/outcome_dialog.py" line="148"/>
        <source>The day is before the patient was born.</source>
        <translation>El día es anterior al nacimiento del paciente.</translation>
    </message>
    <message>
        <location filename="../progress/outcome_dialog.py" line="157"/>
        <source>PSFS score {score}: the rating of 1 activity.</source>
        <translation>Puntuación PSFS {score}: la valoración de 1 actividad.</translation>
    </message>
    <message>
        <location filename="../progress/outcome_dialog.py" line="161"/>
        <source>PSFS score {score}: the average of {count} activities.</source>
        <translation>Puntuación PSFS {score}: el promedio de {count} actividades.</translation>
    </message>
    <message>
        <location filename="../progress/outcome_dialog.py" line="167"/>
        <source>ODI score {score}%: {total} points of {most} ({count} of 10 items answered, sum ÷ (5 × answered) × 100).</source>
        <translation>Puntuación ODI {score}%: {total} puntos de {most} ({count} de 10 ítems respondidos, suma ÷ (5 × respondidos) × 100).</translation>
    </message>
    <message>
        <location filename="../progress/outcome_dialog.py" line="174"/>
        <source>ODI score {score}%.</source>
        <translation>Puntuación ODI {score}%.</translation>
    </message>
    <message>
        <location filename="../progress/outcome_dialog.py" line="175"/>
        <source>Pain {score} of 10.</source>
        <translation>Dolor {score} de 10.</translation>
    </message>
</context>
<context>
    <name>OutcomePages</name>
    <message>
        <location filename="../progress/outcome_pages.py" line="53"/>
        <source>&amp;Pain now, 0 (none) to 10 (worst)</source>
        <translation>Dolor &amp;ahora, de 0 (nada) a 10 (el peor)</translation>
    </message>
    <message>
        <location filename="../progress/outcome_pages.py" line="61"/>
        <source>The pain score</source>
        <translation>La puntuación de dolor</translation>
    </message>
    <message>
        <location filename="../progress/outcome_pages.py" line="64"/>
        <source>Type the pain score, 0 to 10.</source>
        <translation>Escriba la puntuación de dolor, de 0 a 10.</translation>
    </message>
    <message>
        <location filename="../progress/outcome_pages.py" line="76"/>
        <source>Activity the patient names</source>
        <translation>Actividad que nombra el paciente</translation>
    </message>
    <message>
        <location filename="../progress/outcome_pages.py" line="77"/>
        <source>0 (unable) to 10 (as before)</source>
        <translation>0 (no puede) a 10 (como antes)</translation>
    </message>
    <message>
        <location filename="../progress/outcome_pages.py" line="97"/>
        <source>Activity {number}&apos;s rating</source>
        <translation>La valoración de la actividad {number}</translation>
    </message>
    <message>
        <location filename="../progress/outcome_pages.py" line="103"/>
        <source>Rate activity {number} ({name}) from 0 to 10.</source>
        <translation>Valore la actividad {number} ({name}) de 0 a 10.</translation>
    </message>
    <message>
        <location filename="../progress/outcome_pages.py" line="108"/>
        <source>Name activity {number}, the one rated {score}.</source>
        <translation>Nombre la actividad {number}, la valorada con {score}.</translation>
    </message>
    <message>
        <location filename="../progress/outcome_pages.py" line="114"/>
        <source>The PSFS rates {fewest} to {most} activities; {count} rated so far.</source>
        <translation>La PSFS valora de {fewest} a {most} actividades; hasta ahora hay {count} valoradas.</translation>
    </message>
    <message>
        <location filename="../progress/outcome_pages.py" line="127"/>
        <source>Item scores</source>
        <translation>Puntuación por ítem</translation>
    </message>
    <message>
        <location filename="../progress/outcome_pages.py" line="130"/>
        <source>Total only</source>
        <translation>Solo el total</translation>
    </message>
    <message>
        <location filename="../progress/outcome_pages.py" line="140"/>
        <location filename="../progress/outcome_pages.py" line="182"/>
        <source>Item {number}</source>
        <translation>Ítem {number}</translation>
    </message>
    <message>
        <location filename="../progress/outcome_pages.py" line="149"/>
        <source>Each item 0 to 5; leave an item blank when it was not answered.</source>
        <translation>Cada ítem de 0 a 5; deje en blanco los ítems sin respuesta.</translation>
    </message>
    <message>
        <location filename="../progress/outcome_pages.py" line="158"/>
        <source>ODI score, 0 to 100</source>
        <translation>Puntuación ODI, de 0 a 100</translation>
    </message>
    <message>
        <location filename="../progress/outcome_pages.py" line="175"/>
        <source>The ODI score</source>
        <translation>La puntuación ODI</translation>
    </message>
    <message>
        <location filename="../progress/outcome_pages.py" line="178"/>
        <source>Type the ODI score, 0 to 100.</source>
        <translation>Escriba la puntuación ODI, de 0 a 100.</translation>
    </message>
    <message>
        <location filename="../progress/outcome_pages.py" line="188"/>
        <source>Type the score of at least one item, 0 to 5.</source>
        <translation>Escriba la puntuación de al menos un ítem, de 0 a 5.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <location filename="../patients/form.py" line="30"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="31"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="32"/>
        <source>S&amp;urgery date</source>
        <translation>Fecha de la ci&amp;rugía</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="33"/>
        <source>&amp;Procedure</source>
        <translation>&amp;Procedimiento</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="34"/>
        <source>&amp;Fused levels</source>
        <translation>Ni&amp;veles fusionados</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="35"/>
        <source>&amp;Therapist</source>
        <translation>&amp;Terapeuta</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="36"/>
        <source>Sur&amp;geon</source>
        <translation>Ciru&amp;jano</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="37"/>
        <source>Surgeon&apos;s office p&amp;hone</source>
        <translation>Teléfono del c&amp;irujano</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="47"/>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="49"/>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="61"/>
        <source>Leave it empty when there is no surgery date yet.</source>
        <translation>Déjelo vacío si aún no hay fecha de cirugía.</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="64"/>
        <source>e.g. TLIF</source>
        <translation>p. ej. TLIF</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="66"/>
        <source>e.g. L4-L5, L5-S1</source>
        <translation>p. ej. L4-L5, L5-S1</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="69"/>
        <source>e.g. Dr. Maria Lee</source>
        <translation>p. ej. Dra. María López</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="72"/>
        <source>the office number patients call</source>
        <translation>el número al que llaman los pacientes</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="77"/>
        <source>The clinic&apos;s language</source>
        <translation>El idioma de la clínica</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="81"/>
        <source>The language this patient&apos;s handouts and log sheets print in.</source>
        <translation>El idioma en que se imprimen las hojas de ejercicios y de registro de este paciente.</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="102"/>
        <source>Add precaution</source>
        <translation>Añadir precaución</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="126"/>
        <source>Handout &amp;language</source>
        <translation>Idio&amp;ma de las hojas</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="130"/>
        <source>Pr&amp;ecautions</source>
        <translation>Pr&amp;ecauciones</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="131"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../patients/form.py" line="162"/>
        <source>Enter the date of birth.</source>
        <translation>Escriba la fecha de nacimiento.</translation>
    </message>
</context>
<context>
    <name>PatientLeaving</name>
    <message>
        <location filename="../patients/leaving.py" line="27"/>
        <source>&lt;h3&gt;No discharged patients&lt;/h3&gt;&lt;p&gt;Patients you discharge are kept here, to re-admit them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No hay pacientes dados de alta&lt;/h3&gt;&lt;p&gt;Los pacientes que dé de alta se guardan aquí, para poder readmitirlos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="31"/>
        <source>Choose a patient in the list, or open one, first.</source>
        <translation>Primero elija un paciente de la lista o abra uno.</translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="42"/>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="43"/>
        <source>Discharged</source>
        <translation>Dados de alta</translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="50"/>
        <source>&amp;Discharge patient…</source>
        <translation>&amp;Dar de alta al paciente…</translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="51"/>
        <source>&amp;Re-admit patient</source>
        <translation>&amp;Readmitir al paciente</translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="52"/>
        <source>&amp;Erase patient…</source>
        <translation>&amp;Borrar paciente…</translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="57"/>
        <source>P&amp;atient</source>
        <translation>Pa&amp;ciente</translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="95"/>
        <source>{name} was discharged on {day}: their progress stops there and no next step is suggested. Patient ▸ Re-admit patient brings them back to the active list.</source>
        <translation>{name} tiene el alta desde el {day}: su progreso se detiene ese día y no se sugiere ningún paso siguiente. Con Paciente ▸ Readmitir al paciente vuelve a la lista de activos.</translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="128"/>
        <source>{name} was discharged on {day} already.</source>
        <translation>{name} ya tiene el alta desde el {day}.</translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="141"/>
        <source>Discharged {name}. The Discharged tab of the patient list has them.</source>
        <translation>Se dio de alta a {name}. Está en la pestaña «Dados de alta» de la lista de pacientes.</translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="149"/>
        <source>{name} is on the active list already.</source>
        <translation>{name} ya está en la lista de activos.</translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="154"/>
        <source>Re-admitted {name}: they are on the active list again.</source>
        <translation>Se readmitió a {name}: vuelve a estar en la lista de activos.</translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="175"/>
        <source>Erased {name} and all their data.</source>
        <translation>Se borró a {name} y todos sus datos.</translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="223"/>
        <source>Erased the damaged record with id {id} and all its data.</source>
        <translation>Se borró la ficha dañada con id {id} y todos sus datos.</translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="229"/>
        <source>The damaged record with id {id}</source>
        <translation>La ficha dañada con id {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../patients/leaving.py" line="193"/>
        <source>{name} is erased from the database. %n backup file(s) taken earlier still hold them, until rotation removes them or you delete them:</source>
        <translation>
            <numerusform>{name} se borró de la base de datos. %n copia de seguridad anterior aún guarda sus datos, hasta que la rotación la elimine o usted la borre:</numerusform>
            <numerusform>{name} se borró de la base de datos. %n copias de seguridad anteriores aún guardan sus datos, hasta que la rotación las elimine o usted las borre:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../patients/leaving.py" line="195"/>
        <source>Backups still hold the patient</source>
        <translation>Las copias de seguridad aún guardan al paciente</translation>
    </message>
    <message numerus="yes">
        <location filename="../patients/leaving.py" line="199"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientList</name>
    <message>
        <location filename="../models/list_words.py" line="15"/>
        <source>no program</source>
        <translation>sin programa</translation>
    </message>
    <message>
        <location filename="../models/list_words.py" line="16"/>
        <source>nothing logged</source>
        <translation>nada anotado</translation>
    </message>
    <message>
        <location filename="../models/list_words.py" line="17"/>
        <source>precautions</source>
        <translation>precauciones</translation>
    </message>
    <message>
        <location filename="../models/list_words.py" line="18"/>
        <source>low adherence</source>
        <translation>baja adherencia</translation>
    </message>
    <message>
        <location filename="../models/list_words.py" line="19"/>
        <source>pain up</source>
        <translation>más dolor</translation>
    </message>
    <message>
        <location filename="../models/list_words.py" line="20"/>
        <source>red-flag note</source>
        <translation>signo de alarma</translation>
    </message>
    <message>
        <location filename="../models/list_words.py" line="31"/>
        <source>no log for {days} days</source>
        <translation>sin registro hace {days} días</translation>
    </message>
    <message>
        <location filename="../models/list_words.py" line="35"/>
        <source>discharged {day}</source>
        <translation>alta el {day}</translation>
    </message>
    <message>
        <location filename="../models/list_words.py" line="36"/>
        <source>discharged {day}: {reason}</source>
        <translation>alta el {day}: {reason}</translation>
    </message>
    <message>
        <location filename="../models/list_words.py" line="43"/>
        <source>no program yet</source>
        <translation>aún sin programa</translation>
    </message>
    <message>
        <location filename="../models/list_words.py" line="48"/>
        <source>{number} of {count}: {name}</source>
        <translation>{number} de {count}: {name}</translation>
    </message>
</context>
<context>
    <name>PatientListPage</name>
    <message>
        <location filename="../patients/list_page.py" line="35"/>
        <source>&lt;h3&gt;No patients yet&lt;/h3&gt;&lt;p&gt;Choose &lt;b&gt;New patient&lt;/b&gt; (Ctrl+N) to add your first patient, then start their program from a template.&lt;/p&gt;&lt;p&gt;To look around first, choose &lt;b&gt;File ▸ Add demo clinic&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay pacientes&lt;/h3&gt;&lt;p&gt;Elija &lt;b&gt;Nuevo paciente&lt;/b&gt; (Ctrl+N) para añadir su primer paciente y luego empiece su programa desde una plantilla.&lt;/p&gt;&lt;p&gt;Para explorar primero, elija &lt;b&gt;Archivo ▸ Añadir clínica de demostración&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../patients/list_page.py" line="41"/>
        <source>&lt;h3&gt;Loading patients…&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Cargando pacientes…&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../patients/list_page.py" line="42"/>
        <source>No patient&apos;s name contains “{text}”.</source>
        <translation>Ningún nombre de paciente contiene «{text}».</translation>
    </message>
    <message>
        <location filename="../patients/list_page.py" line="59"/>
        <source>Find a patient by name</source>
        <translation>Buscar un paciente por nombre</translation>
    </message>
    <message>
        <location filename="../patients/list_page.py" line="61"/>
        <source>New patient…</source>
        <translation>Nuevo paciente…</translation>
    </message>
    <message>
        <location filename="../patients/list_page.py" line="72"/>
        <source>&lt;b&gt;Patients&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pacientes&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <location filename="../patients/page.py" line="31"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="45"/>
        <source>{precaution}, until lifted</source>
        <translation>{precaution}, hasta que se retire</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="47"/>
        <source>{precaution}, until {day} (ended)</source>
        <translation>{precaution}, hasta el {day} (terminada)</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="49"/>
        <source>{precaution}, until {day}</source>
        <translation>{precaution}, hasta el {day}</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="63"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="75"/>
        <source>← All patients</source>
        <translation>← Todos los pacientes</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="76"/>
        <source>Edit details…</source>
        <translation>Editar datos…</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="85"/>
        <source>Surgery</source>
        <translation>Cirugía</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="85"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="89"/>
        <source>Precautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="104"/>
        <source>born {day}</source>
        <translation>nacimiento: {day}</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="106"/>
        <source>No surgery date recorded</source>
        <translation>Sin fecha de cirugía</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="111"/>
        <source> · therapist {name}</source>
        <translation> · terapeuta {name}</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="116"/>
        <source>None recorded</source>
        <translation>Ninguna anotada</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="135"/>
        <source>Stage {stage}</source>
        <translation>Etapa {stage}</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="135"/>
        <source>No program yet</source>
        <translation>Aún sin programa</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="137"/>
        <source>Week {week} after surgery · stage {stage}</source>
        <translation>Semana {week} tras la cirugía · etapa {stage}</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="146"/>
        <source>Discharged on {day} · stage {stage}</source>
        <translation>Alta el {day} · etapa {stage}</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="148"/>
        <source>Discharged on {day} · no program</source>
        <translation>Alta el {day} · sin programa</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="138"/>
        <source>Week {week} after surgery · no program yet</source>
        <translation>Semana {week} tras la cirugía · aún sin programa</translation>
    </message>
    <message>
        <location filename="../patients/page.py" line="147"/>
        <source>{number} of {count}: {name}</source>
        <translation>{number} de {count}: {name}</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <location filename="../models/patients.py" line="38"/>
        <source>clinic&apos;s</source>
        <translation>el de la clínica</translation>
    </message>
    <message>
        <location filename="../models/patients.py" line="45"/>
        <source>record damaged</source>
        <translation>datos dañados</translation>
    </message>
    <message>
        <location filename="../models/patients.py" line="44"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../models/patients.py" line="45"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../models/patients.py" line="46"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../models/patients.py" line="47"/>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location filename="../models/patients.py" line="48"/>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../models/patients.py" line="49"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <location filename="../library/photo_field.py" line="28"/>
        <source>Choose {slot} photo…</source>
        <translation>Elegir foto ({slot})…</translation>
    </message>
    <message>
        <location filename="../library/photo_field.py" line="30"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../library/photo_field.py" line="64"/>
        <source>Choose the {slot} photo</source>
        <translation>Elegir la foto ({slot})</translation>
    </message>
    <message>
        <location filename="../library/photo_field.py" line="77"/>
        <source>{error} Choose a PNG or JPEG photo up to {size} MB.</source>
        <translation>{error} Elija una foto PNG o JPEG de hasta {size} MB.</translation>
    </message>
    <message>
        <location filename="../library/photo_field.py" line="93"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../library/photos.py" line="21"/>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Fotos (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="44"/>
        <source>“{name}” is larger than {size} MB, the most a photo can be.</source>
        <translation>«{name}» pesa más de {size} MB, lo máximo para una foto.</translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="49"/>
        <source>“{name}”: {error}.</source>
        <translation>«{name}»: {error}.</translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="56"/>
        <source>“{name}” is empty.</source>
        <translation>«{name}» está vacío.</translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="65"/>
        <source>“{name}” is not a PNG or JPEG picture.</source>
        <translation>«{name}» no es una imagen PNG ni JPEG.</translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="70"/>
        <source>“{name}” is {width} × {height} pixels, too large to open.</source>
        <translation>«{name}» mide {width} × {height} píxeles, demasiado grande para abrirla.</translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="77"/>
        <source>“{name}” looks like a {kind} picture but cannot be read: {why}.</source>
        <translation>«{name}» parece una imagen {kind}, pero no se puede leer: {why}.</translation>
    </message>
    <message>
        <location filename="../library/photos.py" line="99"/>
        <source>The photo could not be prepared for storing.</source>
        <translation>No se pudo preparar la foto para guardarla.</translation>
    </message>
</context>
<context>
    <name>PrecautionRow</name>
    <message>
        <location filename="../patients/precaution_row.py" line="23"/>
        <source>no bending</source>
        <translation>no doblarse</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="24"/>
        <source>no lifting</source>
        <translation>no levantar peso</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="25"/>
        <source>no twisting</source>
        <translation>no girar el tronco</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="26"/>
        <source>lifting limit</source>
        <translation>límite de carga</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="27"/>
        <source>sitting limit</source>
        <translation>límite sentado</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="28"/>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="31"/>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="32"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="33"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="36"/>
        <source>about: bending</source>
        <translation>sobre: doblarse</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="37"/>
        <source>about: lifting</source>
        <translation>sobre: levantar peso</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="38"/>
        <source>about: twisting</source>
        <translation>sobre: girar el tronco</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="39"/>
        <source>about: sitting</source>
        <translation>sobre: estar sentado</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="40"/>
        <source>about: driving</source>
        <translation>sobre: conducir</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="41"/>
        <source>about: bath, hot tub and pool</source>
        <translation>sobre: baño, jacuzzi y piscina</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="42"/>
        <source>about: brace</source>
        <translation>sobre: faja o corsé</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="43"/>
        <source>about: getting in and out of bed</source>
        <translation>sobre: acostarse y levantarse</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="44"/>
        <source>about: high-impact activity</source>
        <translation>sobre: actividad de alto impacto</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="45"/>
        <source>about: anything else</source>
        <translation>sobre: otra cosa</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="72"/>
        <source>limit</source>
        <translation>límite</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="75"/>
        <source>Lifting limits are in the clinic&apos;s unit: File &gt; Clinic settings.</source>
        <translation>Los límites de peso están en la unidad de la clínica: Archivo &gt; Ajustes de la clínica.</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="77"/>
        <source>What this precaution is about</source>
        <translation>De qué trata esta precaución</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="84"/>
        <source>no end date</source>
        <translation>sin fecha final</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="85"/>
        <source>The last day it applies (YYYY-MM-DD); empty until you lift it.</source>
        <translation>El último día en que se aplica (AAAA-MM-DD); vacío hasta que usted la retire.</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="87"/>
        <source>note (e.g. as the surgeon said)</source>
        <translation>nota (p. ej. según el cirujano)</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="91"/>
        <source>Remove this precaution</source>
        <translation>Quitar esta precaución</translation>
    </message>
    <message>
        <location filename="../patients/precaution_row.py" line="97"/>
        <source>until</source>
        <translation>hasta</translation>
    </message>
</context>
<context>
    <name>PrintedHandoutsDialog</name>
    <message>
        <location filename="../reprint_dialog.py" line="34"/>
        <source>No handout has been printed for this patient yet. A therapist prints the first one.</source>
        <translation>Todavía no se ha impreso ninguna hoja para este paciente. La primera la imprime un terapeuta.</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="48"/>
        <source>Printed handouts</source>
        <translation>Hojas impresas</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="62"/>
        <source>&amp;Print again…</source>
        <translation>&amp;Imprimir otra vez…</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="63"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="76"/>
        <source>The printed handouts cannot be listed</source>
        <translation>No se pueden mostrar las hojas impresas</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="92"/>
        <source>The handout was not printed</source>
        <translation>No se imprimió la hoja</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="98"/>
        <source>handout-{day}.pdf</source>
        <translation>hoja-{day}.pdf</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="100"/>
        <source>Save the handout as PDF</source>
        <translation>Guardar la hoja como PDF</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="100"/>
        <source>PDF files</source>
        <translation>Archivos PDF</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="112"/>
        <source>Saved to {path}.</source>
        <translation>Guardada en {path}.</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="113"/>
        <source>The handout was not saved</source>
        <translation>No se guardó la hoja</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="128"/>
        <source>Printed again.</source>
        <translation>Impresa otra vez.</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="129"/>
        <source>The reprint was not recorded</source>
        <translation>No se anotó la reimpresión</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="169"/>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="170"/>
        <source>Born:</source>
        <translation>Nacimiento:</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="171"/>
        <source>Surgeon:</source>
        <translation>Cirujano:</translation>
    </message>
    <message>
        <location filename="../reprint_dialog.py" line="176"/>
        <source>Handouts printed before, newest first:</source>
        <translation>Hojas impresas antes, la más reciente primero:</translation>
    </message>
</context>
<context>
    <name>ProgramCommands</name>
    <message>
        <location filename="../models/program_commands.py" line="192"/>
        <source>Reorder exercises</source>
        <translation>Reordenar ejercicios</translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="194"/>
        <source>Move {exercise}</source>
        <translation>Mover {exercise}</translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="210"/>
        <source>Move {exercise} to {stage}</source>
        <translation>Mover {exercise} a {stage}</translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="214"/>
        <source>Move {count} exercises</source>
        <translation>Mover {count} ejercicios</translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="225"/>
        <source>Remove {exercise}</source>
        <translation>Quitar {exercise}</translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="229"/>
        <source>Remove {count} exercises</source>
        <translation>Quitar {count} ejercicios</translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="240"/>
        <source>Update {exercise} from library</source>
        <translation>Actualizar {exercise} desde la biblioteca</translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="244"/>
        <source>Update {count} exercises from library</source>
        <translation>Actualizar {count} ejercicios desde la biblioteca</translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="259"/>
        <source>Edit stage</source>
        <translation>Editar etapa</translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="266"/>
        <source>Remove the walking plan</source>
        <translation>Quitar el plan de caminar</translation>
    </message>
    <message>
        <location filename="../models/program_commands.py" line="268"/>
        <source>Change the walking plan</source>
        <translation>Cambiar el plan de caminar</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../program/editor.py" line="49"/>
        <source>&lt;h3&gt;No stages yet&lt;/h3&gt;&lt;p&gt;Start from a template above (the quickest way), or add a first stage and double-click or drag exercises into it from the library.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay etapas&lt;/h3&gt;&lt;p&gt;Empiece desde una plantilla arriba (lo más rápido), o añada una primera etapa y haga doble clic o arrastre ejercicios a ella desde la biblioteca.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="54"/>
        <source>Double-click or drag an exercise from the library to add it.</source>
        <translation>Haga doble clic o arrastre un ejercicio desde la biblioteca para añadirlo.</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="72"/>
        <source>Choose a template</source>
        <translation>Elija una plantilla</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="75"/>
        <source>Start from template</source>
        <translation>Empezar desde plantilla</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="76"/>
        <source>Move to next stage</source>
        <translation>Avanzar de etapa</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="79"/>
        <location filename="../program/editor.py" line="309"/>
        <source>Add stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="80"/>
        <source>Copy stage</source>
        <translation>Copiar etapa</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="81"/>
        <source>Remove stage</source>
        <translation>Quitar etapa</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="84"/>
        <source>Easier</source>
        <translation>Más fácil</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="85"/>
        <source>Harder</source>
        <translation>Más difícil</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="86"/>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="88"/>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="89"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="91"/>
        <source>Update from library</source>
        <translation>Actualizar desde la biblioteca</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="93"/>
        <source>Give the chosen exercises the library&apos;s newer text and pictures (Ctrl+U)</source>
        <translation>Dar a los ejercicios elegidos el texto y las imágenes más recientes de la biblioteca (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="95"/>
        <source>Update all</source>
        <translation>Actualizar todos</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="97"/>
        <source>Update every exercise in the program that the library has changed (Ctrl+Shift+U)</source>
        <translation>Actualizar todos los ejercicios del programa que la biblioteca ha cambiado (Ctrl+Mayús+U)</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="104"/>
        <source>Add a first stage</source>
        <translation>Añadir una primera etapa</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="117"/>
        <source>{name} (clinic)</source>
        <translation>{name} (clínica)</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="126"/>
        <source>Temp&amp;late</source>
        <translation>Pla&amp;ntilla</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="131"/>
        <source>o&amp;n</source>
        <translation>e&amp;l</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="290"/>
        <source>Choose or add a stage first, then add exercises to it.</source>
        <translation>Primero elija o añada una etapa; luego añádale ejercicios.</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="305"/>
        <source>Start from “{template}”</source>
        <translation>Empezar desde «{template}»</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="314"/>
        <source>Copy stage {stage}</source>
        <translation>Copiar la etapa {stage}</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="320"/>
        <source>Remove stage {stage}</source>
        <translation>Quitar la etapa {stage}</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="333"/>
        <source>Move to stage {stage}</source>
        <translation>Pasar a la etapa {stage}</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="341"/>
        <source>Swap {exercise} for {other}</source>
        <translation>Cambiar {exercise} por {other}</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="374"/>
        <source>Move {exercise}</source>
        <translation>Mover {exercise}</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="389"/>
        <source>A program has at most {count} stages.</source>
        <translation>Un programa tiene como máximo {count} etapas.</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="402"/>
        <source>Stage {number}</source>
        <translation>Etapa {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../program/editor.py" line="470"/>
        <source>…and %n more: point at a ⚠ exercise to read its warning.</source>
        <translation>
            <numerusform>…y %n más: apunte a un ejercicio con ⚠ para leer su aviso.</numerusform>
            <numerusform>…y %n más: apunte a un ejercicio con ⚠ para leer su aviso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../program/editor.py" line="487"/>
        <source>%n exercise in another stage</source>
        <translation>
            <numerusform>%n ejercicio en otra etapa</numerusform>
            <numerusform>%n ejercicios en otras etapas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../program/editor.py" line="489"/>
        <source>%n exercises in other stages</source>
        <translation>
            <numerusform>%n ejercicio en otra etapa</numerusform>
            <numerusform>%n ejercicios en otras etapas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="491"/>
        <source>ℹ Newer in the library than here (shown in italics): {exercises}. Updating keeps the dose and note.</source>
        <translation>ℹ Más recientes en la biblioteca que aquí (en cursiva): {exercises}. Al actualizar se conservan la dosis y la nota.</translation>
    </message>
    <message>
        <location filename="../program/editor.py" line="494"/>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>ProgramModel</name>
    <message>
        <location filename="../models/program.py" line="48"/>
        <source>Updated in the library since it was added. “Update from library” (Ctrl+U) gives it the new text and pictures; the dose and note stay.</source>
        <translation>Actualizado en la biblioteca desde que se añadió. «Actualizar desde la biblioteca» (Ctrl+U) le da el texto y las imágenes nuevos; la dosis y la nota se conservan.</translation>
    </message>
    <message>
        <location filename="../models/program.py" line="266"/>
        <source>{exercise} not changed. Its dose comes from the stage&apos;s walking plan: change the plan under the stage&apos;s fields.</source>
        <translation>{exercise} no cambió. Su dosis viene del plan de caminar de la etapa: cambie el plan debajo de los campos de la etapa.</translation>
    </message>
    <message>
        <location filename="../models/program.py" line="274"/>
        <source>{exercise} not changed. {why}</source>
        <translation>{exercise} no cambió. {why}</translation>
    </message>
    <message>
        <location filename="../models/program.py" line="278"/>
        <source>Change {column} of {exercise}</source>
        <translation>Cambiar {column} de {exercise}</translation>
    </message>
    <message>
        <location filename="../models/program.py" line="330"/>
        <source>Those exercises are not in the library.</source>
        <translation>Esos ejercicios no están en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../models/program.py" line="337"/>
        <source>Not added to {stage}. {why}</source>
        <translation>No se añadió a {stage}. {why}</translation>
    </message>
    <message>
        <location filename="../models/program.py" line="341"/>
        <source>Add {exercise}</source>
        <translation>Añadir {exercise}</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/program.py" line="343"/>
        <source>Add %n exercises</source>
        <translation>
            <numerusform>Añadir %n ejercicio</numerusform>
            <numerusform>Añadir %n ejercicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/program.py" line="405"/>
        <source>%n exercise</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/program.py" line="407"/>
        <source>%n exercises</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/program.py" line="358"/>
        <source>Not moved. {why}</source>
        <translation>No se movió. {why}</translation>
    </message>
    <message>
        <location filename="../models/program.py" line="418"/>
        <source>Moved here on {day}</source>
        <translation>Pasó a esta etapa el {day}</translation>
    </message>
    <message>
        <location filename="../models/program.py" line="421"/>
        <source>The patient&apos;s current stage</source>
        <translation>La etapa actual del paciente</translation>
    </message>
</context>
<context>
    <name>ProgramReuse</name>
    <message>
        <location filename="../program/reuse.py" line="26"/>
        <source>Open a patient with a program first.</source>
        <translation>Primero abra un paciente con un programa.</translation>
    </message>
    <message>
        <location filename="../program/reuse.py" line="34"/>
        <source>Save &amp;stage as clinic template…</source>
        <translation>Guardar la &amp;etapa como plantilla de la clínica…</translation>
    </message>
    <message>
        <location filename="../program/reuse.py" line="36"/>
        <source>Save &amp;program as clinic template…</source>
        <translation>Guardar el &amp;programa como plantilla de la clínica…</translation>
    </message>
    <message>
        <location filename="../program/reuse.py" line="38"/>
        <source>Clinic &amp;templates…</source>
        <translation>Plan&amp;tillas de la clínica…</translation>
    </message>
    <message>
        <location filename="../program/reuse.py" line="39"/>
        <source>&amp;Copy stages from another patient…</source>
        <translation>&amp;Copiar etapas de otro paciente…</translation>
    </message>
    <message>
        <location filename="../program/reuse.py" line="45"/>
        <source>P&amp;rogram</source>
        <translation>P&amp;rograma</translation>
    </message>
    <message numerus="yes">
        <location filename="../program/reuse.py" line="59"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (y %n más)</numerusform>
            <numerusform> (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../program/reuse.py" line="73"/>
        <source>Choose a stage first.</source>
        <translation>Primero elija una etapa.</translation>
    </message>
    <message>
        <location filename="../program/reuse.py" line="88"/>
        <source>Saved the template “{name}”; Start from template lists it.</source>
        <translation>Plantilla «{name}» guardada; aparece en «Empezar desde plantilla».</translation>
    </message>
    <message>
        <location filename="../program/reuse.py" line="118"/>
        <source>Open the patient to copy stages to first.</source>
        <translation>Primero abra el paciente al que quiere copiar las etapas.</translation>
    </message>
    <message>
        <location filename="../program/reuse.py" line="155"/>
        <source>That patient&apos;s program is no longer open; nothing was added.</source>
        <translation>El programa de ese paciente ya no está abierto; no se añadió nada.</translation>
    </message>
    <message>
        <location filename="../program/reuse.py" line="158"/>
        <source>A program has at most {count} stages; choose fewer.</source>
        <translation>Un programa tiene como máximo {count} etapas; elija menos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../program/reuse.py" line="162"/>
        <source>Copy %n stage(s) from another patient</source>
        <translation>
            <numerusform>Copiar %n etapa de otro paciente</numerusform>
            <numerusform>Copiar %n etapas de otro paciente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../program/reuse.py" line="168"/>
        <source>Added %n stage(s). Save the program to keep them.</source>
        <translation>
            <numerusform>Se añadió %n etapa. Guarde el programa para conservarla.</numerusform>
            <numerusform>Se añadieron %n etapas. Guarde el programa para conservarlas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressController</name>
    <message>
        <location filename="../progress/controller.py" line="47"/>
        <source>Save the program first: the log and the report belong to a saved program.</source>
        <translation>Primero guarde el programa: el registro y el informe pertenecen a un programa guardado.</translation>
    </message>
    <message>
        <location filename="../progress/controller.py" line="50"/>
        <source>The program has no stages yet, so there is nothing to log.</source>
        <translation>El programa aún no tiene etapas, así que no hay nada que anotar.</translation>
    </message>
    <message>
        <location filename="../progress/controller.py" line="116"/>
        <source>Open a patient first.</source>
        <translation>Primero abra un paciente.</translation>
    </message>
    <message>
        <location filename="../progress/controller.py" line="117"/>
        <source>The log is still loading.</source>
        <translation>El registro aún se está cargando.</translation>
    </message>
    <message>
        <location filename="../progress/controller.py" line="165"/>
        <source>Save the progress report</source>
        <translation>Guardar el informe de progreso</translation>
    </message>
    <message>
        <location filename="../progress/controller.py" line="166"/>
        <source>progress report</source>
        <translation>informe de progreso</translation>
    </message>
    <message>
        <location filename="../progress/controller.py" line="167"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../progress/controller.py" line="187"/>
        <source>Building the progress report…</source>
        <translation>Preparando el informe de progreso…</translation>
    </message>
    <message>
        <location filename="../progress/controller.py" line="222"/>
        <source>The log could not be read: {why}</source>
        <translation>No se pudo leer el registro: {why}</translation>
    </message>
    <message>
        <location filename="../progress/controller.py" line="277"/>
        <source>Accepted, and noted.</source>
        <translation>Aceptada y anotada.</translation>
    </message>
    <message>
        <location filename="../progress/controller.py" line="279"/>
        <source>Dismissed, and noted.</source>
        <translation>Descartada y anotada.</translation>
    </message>
    <message>
        <location filename="../progress/controller.py" line="286"/>
        <source>The answer to the suggestion was not recorded: {why}</source>
        <translation>La respuesta a la sugerencia no se anotó: {why}</translation>
    </message>
    <message>
        <location filename="../progress/controller.py" line="296"/>
        <source>Outcome score saved.</source>
        <translation>Puntuación de resultado guardada.</translation>
    </message>
    <message>
        <location filename="../progress/controller.py" line="302"/>
        <source>Not saved: {why} Try again once the problem is fixed.</source>
        <translation>No se guardó: {why} Vuelva a intentarlo cuando el problema esté resuelto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../progress/controller.py" line="310"/>
        <source>Saved the progress report (%n page) to {path}.</source>
        <translation>
            <numerusform>Informe de progreso (%n página) guardado en {path}.</numerusform>
            <numerusform>Informe de progreso (%n páginas) guardado en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../progress/controller.py" line="312"/>
        <source>Saved the progress report (%n pages) to {path}.</source>
        <translation>
            <numerusform>Informe de progreso (%n página) guardado en {path}.</numerusform>
            <numerusform>Informe de progreso (%n páginas) guardado en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../progress/controller.py" line="319"/>
        <source>The progress report was not saved: {why}</source>
        <translation>El informe de progreso no se guardó: {why}</translation>
    </message>
    <message>
        <location filename="../progress/controller.py" line="350"/>
        <source>Move to stage {stage}</source>
        <translation>Pasar a la etapa {stage}</translation>
    </message>
    <message>
        <location filename="../progress/controller.py" line="356"/>
        <source>Apply the suggested walking plan</source>
        <translation>Aplicar el plan de caminar sugerido</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <location filename="../progress/section.py" line="21"/>
        <source>Low adherence</source>
        <translation>Baja adherencia</translation>
    </message>
    <message>
        <location filename="../progress/section.py" line="22"/>
        <source>Pain up</source>
        <translation>Más dolor</translation>
    </message>
    <message>
        <location filename="../progress/section.py" line="23"/>
        <source>Red-flag note</source>
        <translation>Nota con signo de alarma</translation>
    </message>
    <message>
        <location filename="../progress/section.py" line="25"/>
        <source>Build the program in the Program tab and save it; then what the patient does is recorded here.</source>
        <translation>Prepare el programa en la pestaña Programa y guárdelo; después, lo que haga el paciente se anota aquí.</translation>
    </message>
    <message>
        <location filename="../progress/section.py" line="29"/>
        <source>Nothing logged yet.</source>
        <translation>Aún no hay nada anotado.</translation>
    </message>
    <message>
        <location filename="../progress/section.py" line="92"/>
        <source>Last week: {percent} of the prescribed sessions</source>
        <translation>Última semana: {percent} de las sesiones indicadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../progress/section.py" line="94"/>
        <source>Last %n weeks: {percent} of the prescribed sessions</source>
        <translation>
            <numerusform>Última semana: {percent} de las sesiones indicadas</numerusform>
            <numerusform>Últimas %n semanas: {percent} de las sesiones indicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../progress/section.py" line="97"/>
        <source>%n day in a row with exercise</source>
        <translation>
            <numerusform>%n día seguido con ejercicio</numerusform>
            <numerusform>%n días seguidos con ejercicio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../progress/section.py" line="99"/>
        <source>%n days in a row with exercise</source>
        <translation>
            <numerusform>%n día seguido con ejercicio</numerusform>
            <numerusform>%n días seguidos con ejercicio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../progress/section.py" line="100"/>
        <source>since the log began: {percent}</source>
        <translation>desde que empezó el registro: {percent}</translation>
    </message>
    <message numerus="yes">
        <location filename="../progress/section.py" line="103"/>
        <source>%n day missed in a row</source>
        <translation>
            <numerusform>%n día seguido sin ejercicio</numerusform>
            <numerusform>%n días seguidos sin ejercicio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../progress/section.py" line="105"/>
        <source>%n days missed in a row</source>
        <translation>
            <numerusform>%n día seguido sin ejercicio</numerusform>
            <numerusform>%n días seguidos sin ejercicio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../progress/section.py" line="109"/>
        <source>Loading the log…</source>
        <translation>Cargando el registro…</translation>
    </message>
    <message>
        <location filename="../progress/section.py" line="84"/>
        <source>Discharged on {day}: these figures end on {end}.</source>
        <translation>Alta el {day}: estas cifras terminan el {end}.</translation>
    </message>
</context>
<context>
    <name>RemoteChanges</name>
    <message>
        <location filename="../remote_changes.py" line="33"/>
        <source>Reload (discard mine)</source>
        <translation>Volver a cargar (descartar los míos)</translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="34"/>
        <source>Keep mine</source>
        <translation>Conservar los míos</translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="40"/>
        <source>Save your version?</source>
        <translation>¿Guardar su versión?</translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="153"/>
        <source>Changes made on other workstations could not be read: {error}</source>
        <translation>No se pudieron leer los cambios hechos en otros equipos: {error}</translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="172"/>
        <source>{name}&apos;s program was changed on another workstation. Your unsaved changes are still here: reload the saved program (yours are discarded), or keep yours and save them.</source>
        <translation>El programa de {name} se cambió en otro equipo. Sus cambios sin guardar siguen aquí: vuelva a cargar el programa guardado (se descartan los suyos), o conserve los suyos y guárdelos.</translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="207"/>
        <source>The open patient could not be read again: {error}</source>
        <translation>No se pudo volver a leer el paciente abierto: {error}</translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="229"/>
        <source>Not saved: {name}&apos;s program was saved on another workstation while you edited it (you started from version {started}; version {saved} is saved now). What changed there:
{lines}</source>
        <translation>No se guardó: el programa de {name} se guardó en otro equipo mientras usted lo editaba (usted empezó desde la versión {started}; ahora está guardada la versión {saved}). Lo que cambió allí:
{lines}</translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="233"/>
        <source>Keep mine (save as version {version})…</source>
        <translation>Conservar los míos (guardar como versión {version})…</translation>
    </message>
    <message>
        <location filename="../remote_changes.py" line="243"/>
        <source>Save your version as version {mine}? It replaces version {saved} from the other workstation as the current program; that version stays in the program&apos;s history.</source>
        <translation>¿Guardar su versión como versión {mine}? Reemplaza a la versión {saved} del otro equipo como programa actual; esa versión queda en el historial del programa.</translation>
    </message>
</context>
<context>
    <name>RoleActions</name>
    <message>
        <location filename="../role_actions.py" line="89"/>
        <source>Choose a patient in the list first.</source>
        <translation>Elija primero un paciente de la lista.</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <location filename="../program/reuse_dialogs.py" line="57"/>
        <source>Save the program as a clinic template</source>
        <translation>Guardar el programa como plantilla de la clínica</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="58"/>
        <source>It keeps the program&apos;s exercises, doses and notes.</source>
        <translation>Conserva los ejercicios, las dosis y las notas del programa.</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="60"/>
        <source>Save the stage as a clinic template</source>
        <translation>Guardar la etapa como plantilla de la clínica</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="61"/>
        <source>It keeps the stage&apos;s exercises, doses and notes.</source>
        <translation>Conserva los ejercicios, las dosis y las notas de la etapa.</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="63"/>
        <source>Everyone using this clinic&apos;s data can start a program from it, like a bundled template.</source>
        <translation>Todos los que usan los datos de esta clínica pueden empezar un programa con ella, como con una plantilla incluida.</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="66"/>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <location filename="../program/reuse_dialogs.py" line="77"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
</context>
<context>
    <name>ScanReader</name>
    <message>
        <location filename="../progress/scan_reader.py" line="28"/>
        <source>Open the patient whose log sheet it is, then read the scan.</source>
        <translation>Abra el paciente dueño de la hoja de registro y luego lea el escaneo.</translation>
    </message>
    <message>
        <location filename="../progress/scan_reader.py" line="48"/>
        <location filename="../progress/scan_reader.py" line="117"/>
        <source>Read scanned log sheet</source>
        <translation>Leer hoja de registro escaneada</translation>
    </message>
    <message>
        <location filename="../progress/scan_reader.py" line="48"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Escaneos (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../progress/scan_reader.py" line="59"/>
        <source>The scan was not read: {why}</source>
        <translation>No se leyó el escaneo: {why}</translation>
    </message>
    <message>
        <location filename="../progress/scan_reader.py" line="86"/>
        <source>No log-sheet page was read.</source>
        <translation>No se leyó ninguna página de hoja de registro.</translation>
    </message>
    <message>
        <location filename="../progress/scan_reader.py" line="91"/>
        <source>This sheet was printed for another program of this patient: open that program first.</source>
        <translation>Esta hoja se imprimió para otro programa de este paciente: abra primero ese programa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../progress/scan_reader.py" line="129"/>
        <source>Read from the scan: %n day filled in below, not saved yet.</source>
        <translation>
            <numerusform>Leído del escaneo: %n día anotado abajo, aún sin guardar.</numerusform>
            <numerusform>Leído del escaneo: %n días anotados abajo, aún sin guardar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../progress/scan_reader.py" line="131"/>
        <source>Read from the scan: %n days filled in below, not saved yet.</source>
        <translation>
            <numerusform>Leído del escaneo: %n día anotado abajo, aún sin guardar.</numerusform>
            <numerusform>Leído del escaneo: %n días anotados abajo, aún sin guardar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../progress/scan_reader.py" line="133"/>
        <source>Check the %n highlighted cell, then save.</source>
        <translation>
            <numerusform>Revise la celda resaltada y luego guarde.</numerusform>
            <numerusform>Revise las %n celdas resaltadas y luego guarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../progress/scan_reader.py" line="135"/>
        <source>Check the %n highlighted cells, then save.</source>
        <translation>
            <numerusform>Revise la celda resaltada y luego guarde.</numerusform>
            <numerusform>Revise las %n celdas resaltadas y luego guarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../progress/scan_reader.py" line="137"/>
        <source>%n day already logged was kept as it was.</source>
        <translation>
            <numerusform>%n día ya anotado se dejó como estaba.</numerusform>
            <numerusform>%n días ya anotados se dejaron como estaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../progress/scan_reader.py" line="139"/>
        <source>%n days already logged were kept as they were.</source>
        <translation>
            <numerusform>%n día ya anotado se dejó como estaba.</numerusform>
            <numerusform>%n días ya anotados se dejaron como estaban.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../signin.py" line="33"/>
        <source>Sign in to ptplanner</source>
        <translation>Iniciar sesión en ptplanner</translation>
    </message>
    <message>
        <location filename="../signin.py" line="34"/>
        <source>This clinic&apos;s records need a sign-in. Type your name and password.</source>
        <translation>Las fichas de esta clínica piden iniciar sesión. Escriba su nombre y su contraseña.</translation>
    </message>
    <message>
        <location filename="../signin.py" line="37"/>
        <source>This clinic&apos;s database needs a sign-in, and it has no admin account yet. Add one on the command line, then start ptplanner again: ptplanner users add NAME --role admin</source>
        <translation>La base de datos de esta clínica pide iniciar sesión y todavía no tiene una cuenta de administrador. Añada una en la línea de comandos y vuelva a abrir ptplanner: ptplanner users add NOMBRE --role admin</translation>
    </message>
    <message>
        <location filename="../signin.py" line="43"/>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location filename="../signin.py" line="44"/>
        <source>therapist</source>
        <translation>terapeuta</translation>
    </message>
    <message>
        <location filename="../signin.py" line="45"/>
        <source>front desk</source>
        <translation>recepción</translation>
    </message>
    <message>
        <location filename="../signin.py" line="86"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../signin.py" line="88"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../signin.py" line="97"/>
        <source>Type your name and your password.</source>
        <translation>Escriba su nombre y su contraseña.</translation>
    </message>
    <message>
        <location filename="../signin.py" line="139"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../signin.py" line="140"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../signin.py" line="159"/>
        <source>This clinic has no admin yet</source>
        <translation>Esta clínica todavía no tiene administrador</translation>
    </message>
    <message>
        <location filename="../signin.py" line="164"/>
        <source>Sign in to see the clinic&apos;s patients.</source>
        <translation>Inicie sesión para ver los pacientes de la clínica.</translation>
    </message>
    <message>
        <location filename="../signin.py" line="199"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Sesión: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <location filename="../program/stage_form.py" line="37"/>
        <source>open-ended</source>
        <translation>sin final</translation>
    </message>
    <message>
        <location filename="../program/stage_form.py" line="39"/>
        <source>&amp;Goals</source>
        <translation>Ob&amp;jetivos</translation>
    </message>
    <message>
        <location filename="../program/stage_form.py" line="40"/>
        <source>Pre&amp;cautions</source>
        <translation>Preca&amp;uciones</translation>
    </message>
    <message>
        <location filename="../program/stage_form.py" line="41"/>
        <source>&amp;Move on when</source>
        <translation>Avan&amp;zar cuando</translation>
    </message>
    <message>
        <location filename="../program/stage_form.py" line="80"/>
        <source>fr&amp;om week</source>
        <translation>&amp;desde la semana</translation>
    </message>
    <message>
        <location filename="../program/stage_form.py" line="82"/>
        <source>to wee&amp;k</source>
        <translation>hasta la se&amp;mana</translation>
    </message>
    <message>
        <location filename="../program/stage_form.py" line="86"/>
        <source>&amp;Stage</source>
        <translation>E&amp;tapa</translation>
    </message>
    <message>
        <location filename="../program/stage_form.py" line="88"/>
        <source>Weeks after surger&amp;y</source>
        <translation>Semanas tras la ciru&amp;gía</translation>
    </message>
    <message>
        <location filename="../program/stage_form.py" line="92"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; &lt;small&gt;(one per line)&lt;/small&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; &lt;small&gt;(uno por línea)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../program/stage_form.py" line="157"/>
        <location filename="../program/stage_form.py" line="178"/>
        <source>Give the stage a name.</source>
        <translation>Póngale un nombre a la etapa.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <location filename="../database_check.py" line="15"/>
        <source>Checking the database, as ptplanner was not closed properly. Saving waits for it.</source>
        <translation>Revisando la base de datos, porque ptplanner no se cerró bien. Guardar espera a que termine.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app.py" line="87"/>
        <source>A warning about the data folder</source>
        <translation>Un aviso sobre la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../app.py" line="97"/>
        <location filename="../signin.py" line="177"/>
        <source>ptplanner cannot open its database</source>
        <translation>ptplanner no puede abrir su base de datos</translation>
    </message>
    <message>
        <location filename="../app.py" line="161"/>
        <source>ptplanner is already open</source>
        <translation>ptplanner ya está abierto</translation>
    </message>
    <message>
        <location filename="../app.py" line="162"/>
        <source>The data folder {folder} is in use by {holder}.

Switch to that window, or wait for that command to finish, then start ptplanner again. Clinics that work on several computers at once should share a PostgreSQL database.</source>
        <translation>La carpeta de datos {folder} la está usando {holder}.

Vaya a esa ventana, o espere a que termine ese comando, y vuelva a abrir ptplanner. Las clínicas que trabajan en varios equipos a la vez deben compartir una base de datos PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../progress/suggestion_panel.py" line="12"/>
        <source>Move to stage {stage} today</source>
        <translation>Pasar hoy a la etapa {stage}</translation>
    </message>
    <message>
        <location filename="../progress/suggestion_panel.py" line="13"/>
        <source>Apply the new walking plan</source>
        <translation>Aplicar el nuevo plan de caminar</translation>
    </message>
    <message>
        <location filename="../progress/suggestion_panel.py" line="14"/>
        <source>Follow up (note it)</source>
        <translation>Hacer seguimiento (anotarlo)</translation>
    </message>
    <message>
        <location filename="../progress/suggestion_panel.py" line="16"/>
        <source>Hold, and step walking back</source>
        <translation>Mantener y reducir la caminata</translation>
    </message>
    <message>
        <location filename="../progress/suggestion_panel.py" line="17"/>
        <source>Hold (note it)</source>
        <translation>Mantener (anotarlo)</translation>
    </message>
    <message>
        <location filename="../progress/suggestion_panel.py" line="42"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../progress/suggestion_panel.py" line="43"/>
        <source>Not now: the same kind of suggestion rests for a while.</source>
        <translation>Ahora no: este tipo de sugerencia descansa un tiempo.</translation>
    </message>
    <message>
        <location filename="../progress/suggestion_panel.py" line="45"/>
        <source>&lt;small&gt;Suggested from the log, never done by itself.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Sugerido a partir del registro; nunca se aplica solo.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../progress/suggestion_panel.py" line="61"/>
        <source>Next step: {step}</source>
        <translation>Siguiente paso: {step}</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../progress/today_panel.py" line="13"/>
        <source>Nothing is prescribed for today.</source>
        <translation>No hay nada indicado para hoy.</translation>
    </message>
    <message>
        <location filename="../progress/today_panel.py" line="14"/>
        <source>not logged</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <location filename="../progress/today_panel.py" line="28"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../progress/today_panel.py" line="32"/>
        <source>&amp;Minutes walked today:</source>
        <translation>&amp;Minutos caminados hoy:</translation>
    </message>
    <message>
        <location filename="../progress/today_panel.py" line="36"/>
        <source>Click an exercise each time the patient did it today. Ctrl+Z takes a click back. Pain and notes go in the week&apos;s grid.</source>
        <translation>Haga clic en un ejercicio cada vez que el paciente lo hizo hoy. Ctrl+Z deshace un clic. El dolor y las notas van en la cuadrícula de la semana.</translation>
    </message>
    <message>
        <location filename="../progress/today_panel.py" line="96"/>
        <source>{count} of {times} today</source>
        <translation>{count} de {times} hoy</translation>
    </message>
</context>
<context>
    <name>Typed</name>
    <message>
        <location filename="../progress/typed.py" line="28"/>
        <source>{what} is a whole number from {low} to {high}, not {typed}.</source>
        <translation>{what}: debe ser un número entero de {low} a {high}, no {typed}.</translation>
    </message>
    <message>
        <location filename="../progress/typed.py" line="32"/>
        <source>{what} is a number from {low} to {high}, not {typed}.</source>
        <translation>{what}: debe ser un número de {low} a {high}, no {typed}.</translation>
    </message>
    <message>
        <location filename="../progress/typed.py" line="41"/>
        <source>,</source>
        <comment>the thousands separator in a count such as 10,000</comment>
        <translation>&#xa0;</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../library/validation.py" line="22"/>
        <source>Line {number}: {problem}</source>
        <translation>Línea {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../library/validation.py" line="48"/>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <location filename="../library/validation.py" line="50"/>
        <source>Choose or enter at least one.</source>
        <translation>Elija o escriba al menos uno.</translation>
    </message>
    <message>
        <location filename="../library/validation.py" line="52"/>
        <source>At most {count} entries.</source>
        <translation>Como máximo {count} elementos.</translation>
    </message>
    <message>
        <location filename="../library/validation.py" line="56"/>
        <source>At most {count} characters.</source>
        <translation>Como máximo {count} caracteres.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../library/vocabulary.py" line="18"/>
        <location filename="../models/vocabulary_names.py" line="13"/>
        <source>Pelvic stabilization</source>
        <translation>Estabilización pélvica</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="19"/>
        <location filename="../models/vocabulary_names.py" line="14"/>
        <source>Core strengthening</source>
        <translation>Fortalecimiento del tronco</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="20"/>
        <location filename="../models/vocabulary_names.py" line="15"/>
        <source>Hip strengthening</source>
        <translation>Fortalecimiento de cadera</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="21"/>
        <location filename="../models/vocabulary_names.py" line="16"/>
        <source>Flexibility and mobility</source>
        <translation>Flexibilidad y movilidad</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="22"/>
        <location filename="../models/vocabulary_names.py" line="17"/>
        <source>Posture and body mechanics</source>
        <translation>Postura y mecánica corporal</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="23"/>
        <location filename="../models/vocabulary_names.py" line="18"/>
        <source>Gait and balance</source>
        <translation>Marcha y equilibrio</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="24"/>
        <location filename="../models/vocabulary_names.py" line="19"/>
        <source>Gradual activity increase</source>
        <translation>Aumento gradual de la actividad</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="25"/>
        <location filename="../models/vocabulary_names.py" line="20"/>
        <source>Hook-lying</source>
        <translation>Supino con rodillas flexionadas</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="26"/>
        <location filename="../models/vocabulary_names.py" line="21"/>
        <source>Supine</source>
        <translation>Decúbito supino</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="27"/>
        <location filename="../models/vocabulary_names.py" line="22"/>
        <source>Side-lying</source>
        <translation>Decúbito lateral</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="28"/>
        <location filename="../models/vocabulary_names.py" line="23"/>
        <source>Prone</source>
        <translation>Decúbito prono</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="29"/>
        <location filename="../models/vocabulary_names.py" line="24"/>
        <source>Hands-and-knees</source>
        <translation>Cuadrupedia</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="30"/>
        <location filename="../models/vocabulary_names.py" line="25"/>
        <source>Sitting</source>
        <translation>Sedestación</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="31"/>
        <location filename="../models/vocabulary_names.py" line="26"/>
        <source>Standing</source>
        <translation>Bipedestación</translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="29"/>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="30"/>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="31"/>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="32"/>
        <source>alternating</source>
        <translation>alterno</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="86"/>
        <location filename="../models/vocabulary_names.py" line="35"/>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="87"/>
        <location filename="../models/vocabulary_names.py" line="36"/>
        <source>Stabilization</source>
        <translation>Estabilización</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="88"/>
        <location filename="../models/vocabulary_names.py" line="37"/>
        <source>Functional strength</source>
        <translation>Fuerza funcional</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="89"/>
        <location filename="../models/vocabulary_names.py" line="38"/>
        <source>Return to activity</source>
        <translation>Vuelta a la actividad</translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="59"/>
        <source>from week {start}</source>
        <translation>desde la semana {start}</translation>
    </message>
    <message>
        <location filename="../models/vocabulary_names.py" line="60"/>
        <source>weeks {start} to {end}</source>
        <translation>semanas {start} a {end}</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="32"/>
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="33"/>
        <source>Pelvis</source>
        <translation>Pelvis</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="34"/>
        <source>Trunk</source>
        <translation>Tronco</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="35"/>
        <source>Low back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="36"/>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="37"/>
        <source>Ankle</source>
        <translation>Tobillo</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="38"/>
        <source>Whole body</source>
        <translation>Todo el cuerpo</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="39"/>
        <source>Glutes</source>
        <translation>Glúteos</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="40"/>
        <source>Hip abductors</source>
        <translation>Abductores de cadera</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="41"/>
        <source>Adductors</source>
        <translation>Aductores</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="42"/>
        <source>Hip flexors</source>
        <translation>Flexores de cadera</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="43"/>
        <source>Hamstrings</source>
        <translation>Isquiotibiales</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="44"/>
        <source>Quadriceps</source>
        <translation>Cuádriceps</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="45"/>
        <source>Deep abdominals</source>
        <translation>Abdominales profundos</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="46"/>
        <source>Obliques</source>
        <translation>Oblicuos</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="47"/>
        <source>Lower back</source>
        <translation>Lumbares</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="48"/>
        <source>Calves</source>
        <translation>Pantorrillas</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="49"/>
        <source>Upper back</source>
        <translation>Espalda alta</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="50"/>
        <source>Diaphragm</source>
        <translation>Diafragma</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="51"/>
        <source>Mat</source>
        <translation>Colchoneta</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="52"/>
        <source>Pillow</source>
        <translation>Almohada</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="53"/>
        <source>Towel</source>
        <translation>Toalla</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="54"/>
        <source>Band</source>
        <translation>Liga elástica</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="55"/>
        <source>Chair</source>
        <translation>Silla</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="56"/>
        <source>Wall</source>
        <translation>Pared</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="57"/>
        <source>Counter</source>
        <translation>Barra de cocina</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="58"/>
        <source>Step</source>
        <translation>Escalón</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="59"/>
        <source>Dowel</source>
        <translation>Palo de escoba</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="60"/>
        <source>Ball</source>
        <translation>Pelota</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="61"/>
        <source>Bike</source>
        <translation>Bicicleta fija</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="62"/>
        <source>Pool</source>
        <translation>Piscina</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="63"/>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="64"/>
        <source>Walker</source>
        <translation>Andador</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="65"/>
        <source>Sock aid</source>
        <translation>Ayuda para calcetines</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="66"/>
        <source>Reacher</source>
        <translation>Pinza para alcanzar</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="67"/>
        <source>Long shoehorn</source>
        <translation>Calzador largo</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="68"/>
        <source>Toilet</source>
        <translation>Inodoro</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="69"/>
        <source>Shower chair</source>
        <translation>Silla de ducha</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="70"/>
        <source>Long-handled sponge</source>
        <translation>Esponja de mango largo</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="71"/>
        <source>Si belt</source>
        <translation>Cinturón sacroilíaco</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="72"/>
        <source>Vacuum cleaner</source>
        <translation>Aspiradora</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="73"/>
        <source>Cane</source>
        <translation>Bastón</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="74"/>
        <source>Car</source>
        <translation>Carro</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="75"/>
        <source>Shoes</source>
        <translation>Zapatos</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="76"/>
        <source>Bending</source>
        <translation>Doblarse</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="77"/>
        <source>Lifting</source>
        <translation>Levantar peso</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="78"/>
        <source>Twisting</source>
        <translation>Girar el tronco</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="79"/>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="80"/>
        <source>Breaths</source>
        <translation>Respiraciones</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="81"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="82"/>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="83"/>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="84"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../library/vocabulary.py" line="85"/>
        <source>Alternating</source>
        <translation>Alternando</translation>
    </message>
</context>
<context>
    <name>WalkingPlanForm</name>
    <message>
        <location filename="../program/walking_form.py" line="26"/>
        <source>Start at (m&amp;inutes a day)</source>
        <translation>Empezar c&amp;on (minutos al día)</translation>
    </message>
    <message>
        <location filename="../program/walking_form.py" line="27"/>
        <source>Add eac&amp;h week (minutes)</source>
        <translation>Su&amp;bir cada semana (minutos)</translation>
    </message>
    <message>
        <location filename="../program/walking_form.py" line="28"/>
        <source>&amp;Up to (minutes a day)</source>
        <translation>Má&amp;ximo (minutos al día)</translation>
    </message>
    <message>
        <location filename="../program/walking_form.py" line="29"/>
        <source>Walks a &amp;day</source>
        <translation>Cam&amp;inatas al día</translation>
    </message>
    <message>
        <location filename="../program/walking_form.py" line="30"/>
        <source>&amp;Weeks</source>
        <translation>&amp;Semanas</translation>
    </message>
    <message>
        <location filename="../program/walking_form.py" line="40"/>
        <source>Walking plan</source>
        <translation>Plan de caminar</translation>
    </message>
    <message>
        <location filename="../program/walking_form.py" line="97"/>
        <source>No walking plan in this stage.</source>
        <translation>Esta etapa no tiene plan de caminar.</translation>
    </message>
    <message>
        <location filename="../program/walking_form.py" line="99"/>
        <source>Week 1: {first}. Week {last_week}: {last}.</source>
        <translation>Semana 1: {first}. Semana {last_week}: {last}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../program/walking_form.py" line="107"/>
        <source>%n walk</source>
        <translation>
            <numerusform>%n caminata</numerusform>
            <numerusform>%n caminatas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../program/walking_form.py" line="107"/>
        <source>%n walks</source>
        <translation>
            <numerusform>%n caminata</numerusform>
            <numerusform>%n caminatas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../program/walking_form.py" line="108"/>
        <source>%n minute</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../program/walking_form.py" line="108"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../program/walking_form.py" line="109"/>
        <source>{walks} of {minutes}</source>
        <translation>{walks} de {minutes}</translation>
    </message>
</context>
</TS>
