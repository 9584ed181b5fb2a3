<?xml version="1.0" encoding="utf-8"?>
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
        <location filename="../actions.py" line="50" />
        <source>&amp;Reprint a handout…</source>
        <translation>&amp;Volver a imprimir una hoja…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="50" />
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../actions.py" line="50" />
        <source>&amp;Audit trail…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="57" />
        <source>Read &amp;scanned log sheet…</source>
        <translation>Leer una hoja de registro &amp;escaneada…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="73" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../actions.py" line="76" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="49" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="50" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="51" />
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="52" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="53" />
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
</context>
</TS>
