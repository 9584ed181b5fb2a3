"""The therapist's sentences the core writes, in Spanish, keyed by their English (core.language.tr_clinic).

For a clinician, not a patient (the patient's words are in core/spanish.py): clinical terms are fine, and
recommendations are written as infinitives ("Mantener el programa…"), as a clinical note writes them.
Braces are filled in by the caller with values already in Spanish (dates, decimal commas, stage names).
"""

from __future__ import annotations

CLINIC_SPANISH: dict[str, str] = {
    # Lists
    "{items} and {last}": "{items} y {last}",
    # Pain sites and directions, as in "{site} pain {direction}"
    "back": "de espalda",  # as the log sheet and the charts call it
    "leg": "de pierna",
    "rising": "en aumento",
    "steady": "estable",
    "falling": "en descenso",
    "{site} pain {direction} ({before} then {after})": "dolor {site} {direction} ({before} y luego {after})",
    "any change counts as a rise or a fall": "cualquier cambio cuenta como subida o bajada",
    "a change of 1 point or more counts as a rise or a fall": (
        "un cambio de 1 punto o más cuenta como subida o bajada"
    ),
    "a change of {points} points or more counts as a rise or a fall": (
        "un cambio de {points} puntos o más cuenta como subida o bajada"
    ),
    # Flags
    "the last week": "la última semana",
    "the last {weeks} weeks": "las últimas {weeks} semanas",
    "Did {percent}% of the prescribed sessions in {span} (flagged under {limit}%).": (
        "Hizo el {percent}% de las sesiones prescritas en {span} (se marca por debajo del {limit}%)."
    ),
    "{site} pain in the daily log is up {rise} points: {last} a day on average in {recent} ({last_span}),"
    " against {first} in the first week of this stage ({first_span}).": (
        "el dolor {site} del registro diario subió {rise} puntos: {last} de media diaria en {recent}"
        " ({last_span}), frente a {first} en la primera semana de esta etapa ({first_span})."
    ),
    "the last day": "el último día",
    "the last {days} days": "los últimos {days} días",
    "The note of {day} mentions {terms}: “{note}”": "La nota del {day} menciona {terms}: “{note}”",
    # Suggestions
    "Hold or step back after a flare": "Mantener o retroceder tras una reagudización",
    "Hold the program, or step back to an easier level until the pain settles.": (
        "Mantener el programa, o retroceder a un nivel más fácil hasta que el dolor ceda."
    ),
    "Hold the program, or step back: repeat the week of {span}{moved}, the last week that went well.": (
        "Mantener el programa, o retroceder: repetir la semana del {span}{moved}, la última que fue bien."
    ),
    " (in stage {number})": " (en la etapa {number})",
    "Hold the program, or step back: repeat week {week} of the walking plan{moved} ({span}, {minutes}"
    " minutes a day), the last week that went well.": (
        "Mantener el programa, o retroceder: repetir la semana {week} del plan de caminata{moved} ({span},"
        " {minutes} minutos al día), la última que fue bien."
    ),
    "Walking can go back to that week's {then} minutes a day, from {now}, as a plan that starts today.": (
        "La caminata puede volver a los {then} minutos al día de esa semana, desde {now}, como un plan que"
        " empieza hoy."
    ),
    "Follow up the red-flag note": "Revisar la nota con signo de alarma",
    "Review adherence with the patient": "Revisar la adherencia con el paciente",
    "Follow up the flags": "Revisar los avisos",
    "Ask the patient today about the note of {day}: check for the warning signs it mentions, and call the"
    " surgeon's office if one is present.": (
        "Pregunte hoy al paciente por la nota del {day}: compruebe las señales de alarma que menciona y llame"
        " a la consulta del cirujano si hay alguna."
    ),
    "Ask the patient what came before the pain rose; check the warning signs.": (
        "Pregunte al paciente qué pasó antes de que subiera el dolor; compruebe las señales de alarma."
    ),
    "Go over with the patient what gets in the way of the program (time, pain, not sure how to do an"
    " exercise), and follow up by phone between visits.": (
        "Revise con el paciente qué le impide hacer el programa (tiempo, dolor, dudas sobre cómo hacer un"
        " ejercicio) y haga un seguimiento por teléfono entre visitas."
    ),
    "This stage has {count} exercises: consider fewer, as adherence is better with {few} or fewer.": (
        "Esta etapa tiene {count} ejercicios: considere menos, ya que la adherencia es mejor con {few} o menos."
    ),
    "Consider fewer exercises or shorter sessions for now.": (
        "Considere menos ejercicios o sesiones más cortas por ahora."
    ),
    "Walking can go back one weekly step, from {now} to {then} minutes a day, as a plan that starts today.": (
        "La caminata puede bajar un escalón semanal, de {now} a {then} minutos al día, como un plan que"
        " empieza hoy."
    ),
    "On {day}, {site} pain went from {before} to {after} after exercising and was still {values}"
    " {mornings}.": (
        "El {day}, el dolor {site} pasó de {before} a {after} tras el ejercicio y seguía en {values}"
        " {mornings}."
    ),
    "the next morning": "a la mañana siguiente",
    "for {count} mornings": "durante {count} mañanas",
    "Move to stage {number} of {count}: {name}": "Pasar a la etapa {number} de {count}: {name}",
    "It is week {week} after surgery; stage {number} is planned from week {start}.": (
        "Es la semana {week} tras la cirugía; la etapa {number} está prevista desde la semana {start}."
    ),
    "The patient has been in stage {number} for {weeks} weeks, its planned length (no surgery date is"
    " recorded).": (
        "El paciente lleva {weeks} semanas en la etapa {number}, su duración prevista (no consta fecha de"
        " cirugía)."
    ),
    "Did {percents} of the sessions in {span} ({needed}% needed).": (
        "Hizo el {percents} de las sesiones en {span} (se requiere el {needed}%)."
    ),
    "daily average the week before, then last week": "media diaria de la semana anterior y luego de la"
        " última",
    "Raise walking to {minutes} minutes a day": "Subir la caminata a {minutes} minutos al día",
    "The walking plan's weeks are over. Walking can go up by the plan's weekly step, from {now} to {then}"
    " minutes a day (the target is {target}), as a plan that starts today.": (
        "Las semanas del plan de caminata han terminado. La caminata puede subir el escalón semanal del plan,"
        " de {now} a {then} minutos al día (el objetivo es {target}), como un plan que empieza hoy."
    ),
    # Safety warnings on a program
    "{count} exercises in one session: patients keep up with about {most} at most. Consider spreading them"
    " over the day.": (
        "{count} ejercicios en una sesión: los pacientes mantienen unos {most} como máximo. Conviene"
        " repartirlos a lo largo del día."
    ),
    "{exercise} is meant for stage {earliest} or later; this is stage {here}.": (
        "{exercise} está indicado desde la etapa {earliest}; esta es la etapa {here}."
    ),
    "{exercise} involves {movement}, but '{precaution}' {until}.": (
        "{exercise} implica {movement}, pero «{precaution}» {until}."
    ),
    "bending": "flexión del tronco",
    "lifting": "levantar peso",
    "twisting": "rotación del tronco",
    "no bending": "sin flexión",
    "no lifting": "sin levantar peso",
    "no twisting": "sin rotación",
    "The load '{load}' is above the lifting limit of {pounds} ({kilograms}), which {until}.": (
        "La carga «{load}» supera el límite de peso de {pounds} ({kilograms}), que {until}."
    ),
    "applies until the therapist lifts it": "rige hasta que el terapeuta lo retire",
    "applies until {day}": "rige hasta el {day}",
    # The progress report's warning (the report itself is in English)
    "No surgeon is named on the patient's record, so the report is addressed to \"the surgeon's office\"."
    " Add the surgeon and their office phone under Edit details, then save the report again.": (
        "La ficha del paciente no nombra a ningún cirujano, así que el informe va dirigido a «the surgeon's"
        " office». Añada el cirujano y el teléfono de su consulta en Editar datos y guarde el informe de"
        " nuevo."
    ),
    # What the handout preview tells the person printing
    "English": "inglés",
    "Spanish": "español",
    "Exercise {number} ({name}) has no {language} text: it prints in English, marked for the patient.": (
        "El ejercicio {number} ({name}) no tiene texto en {language}: se imprime en inglés, marcado para el"
        " paciente."
    ),
    "Not translated, printed as written: \u201c{text}\u201d": (
        "Sin traducir, se imprime tal cual: \u201c{text}\u201d"
    ),
    "Stage {number} is a past stage: page 1 says so. The patient's current stage is stage {current}.": (
        "La etapa {number} es una etapa pasada: la página 1 lo dice. La etapa actual del paciente es la"
        " {current}."
    ),
    "Stage {number} is a coming stage: page 1 says so, and its log sheet starts on the stage's first day when"
    " that is still ahead.": (
        "La etapa {number} es una etapa futura: la página 1 lo dice, y su hoja de registro empieza el"
        " primer día de la etapa si aún no ha llegado."
    ),
    "The patient record has no surgeon's office phone, so the warning signs say to call the surgeon's office"
    " without a number. Add it under Edit patient (Ctrl+E).": (
        "La ficha del paciente no tiene el teléfono de la consulta del cirujano, así que las señales de"
        " alarma dicen que llame a la consulta sin un número. Añádalo en Editar datos (Ctrl+E)."
    ),
    # The database's refusals
    "the database": "la base de datos",
    "the database {name}": "la base de datos {name}",
    "a constraint": "una restricción",
    "PostgreSQL error {code}": "error {code} de PostgreSQL",
    "another program (the ptplanner app, a ptplanner command, a backup or a database tool)": (
        "otro programa (la aplicación ptplanner, una orden de ptplanner, una copia de seguridad o una"
        " herramienta de bases de datos)"
    ),
    "{program} (process {number})": "{program} (proceso {number})",
    "{database} is busy: {holder} is writing to it and did not finish in time. Nothing was changed. Wait for"
    " it to finish, or close it, then try again.": (
        "{database} está ocupada: {holder} está escribiendo en ella y no terminó a tiempo. No se cambió nada."
        " Espere a que termine, o ciérrelo, y vuelva a intentarlo."
    ),
    "{database} is busy: another workstation was changing the same data at the same moment. Nothing was"
    " changed. Try again.": (
        "{database} está ocupada: otro puesto estaba cambiando los mismos datos en ese momento. No se cambió"
        " nada. Vuelva a intentarlo."
    ),
    "{database} is busy: another workstation, or another program connected to the server, is holding the"
    " same data and did not let go in time. Nothing was changed. Try again in a moment; if it keeps"
    " happening, ask whoever looks after the server which session holds it.": (
        "{database} está ocupada: otro puesto, u otro programa conectado al servidor, retiene los mismos"
        " datos"
        " y no los soltó a tiempo. No se cambió nada. Vuelva a intentarlo en un momento; si sigue pasando,"
        " pregunte a quien administra el servidor qué sesión los retiene."
    ),
    "The disk holding {database} is full. Nothing was changed. Free some space on it, then try again.": (
        "El disco que guarda {database} está lleno. No se cambió nada. Libere espacio en él y vuelva a"
        " intentarlo."
    ),
    "The disk reported an error while ptplanner used {database}. Nothing was changed. Check the disk (and"
    " that it is not full), then try again.": (
        "El disco dio un error mientras ptplanner usaba {database}. No se cambió nada. Revise el disco (y que"
        " no esté lleno) y vuelva a intentarlo."
    ),
    "{database} cannot be opened: its folder is missing or not readable.": (
        "{database} no se puede abrir: su carpeta no existe o no se puede leer."
    ),
    "{database} refused the change: it conflicts with data already stored ({constraint}). Nothing was"
    " changed.": (
        "{database} rechazó el cambio: choca con datos ya guardados ({constraint}). No se cambió nada."
    ),
    "{database} refused the operation ({why}). Nothing was changed.": (
        "{database} rechazó la operación ({why}). No se cambió nada."
    ),
    "Cannot reach {database}: {why}": "No se puede conectar con {database}: {why}",
    "The database server's disk is full. Nothing was changed. Ask whoever looks after the server to free"
    " some space.": (
        "El disco del servidor de la base de datos está lleno. No se cambió nada. Pida a quien administra el"
        " servidor que libere espacio."
    ),
    "{database} can only be read, not written. Nothing was changed.": (
        "{database} solo se puede leer, no escribir. No se cambió nada."
    ),
    "{database} cannot be used: {why}": "{database} no se puede usar: {why}",
    "No patient with id {id} is in the database.": "No hay ningún paciente con el id {id} en la base de"
        " datos.",
    "That program is no longer stored; the decision was not saved.": (
        "Ese programa ya no está guardado; la decisión no se guardó."
    ),
    "That program belongs to another patient; the decision was not saved.": (
        "Ese programa es de otro paciente; la decisión no se guardó."
    ),
    "That patient was already discharged on {day}.": "Ese paciente ya recibió el alta el {day}.",
    "That patient is not discharged; they are on the active list already.": (
        "Ese paciente no tiene el alta; ya está en la lista de activos."
    ),
    # A stored record that does not read (storage/damaged_rows.py); "No es posible leer" fits any record
    "{what} cannot be read: its stored text is damaged. {restore}": (
        "No es posible leer {what}: su texto guardado está dañado. {restore}"
    ),
    "{what} cannot be read: their stored text is damaged. {fix}": (
        "No es posible leer {what}: su texto guardado está dañado. {fix}"
    ),
    "{what} cannot be read ({problems}). {fix}": "No es posible leer {what} ({problems}). {fix}",
    "Restore the latest good backup.": "Restaure la última copia de seguridad buena.",
    "Open File > Clinic settings and save them again.": (
        "Abra Archivo > Ajustes de la clínica y vuelva a guardarlos."
    ),
    "the saved clinic settings": "los ajustes de la clínica guardados",
    "the saved progress rules": "las reglas de progreso guardadas",
    "patient {id}": "el paciente {id}",
    "patient {name} (id {id})": "el paciente {name} (id {id})",
    "the record of {patient}": "la ficha de {patient}",
    "the program {id}": "el programa {id}",
    "the program “{title}” of {patient}": "el programa «{title}» de {patient}",
    "version {version} of {program}": "la versión {version} de {program}",
    "the log of {program}": "el registro de {program}",
    "the log of a program": "el registro de un programa",
    "the outcome scores of {patient}": "las puntuaciones de resultado de {patient}",
    "the printed handout of {day} of {patient}": "la hoja de ejercicios impresa el {day} de {patient}",
    "the clinic's template “{name}”": "la plantilla de la clínica «{name}»",
    "the clinic exercise {id}": "el ejercicio de la clínica {id}",
    "the audit row {id}": "la fila {id} del registro de auditoría",
    "an audit row": "una fila del registro de auditoría",
    "a stored program": "un programa guardado",
    "the exercise snapshot {key}": "la copia guardada del ejercicio {key}",
    "the stage texts {key}": "los textos de etapa {key}",
    "{part} in {record}": "{part} en {record}",
    "The clinic's progress rules cannot be read (their stored text is damaged), so the flags follow the"
    " default rules. Restore the latest good backup to get the clinic's own rules back.": (
        "No es posible leer las reglas de progreso de la clínica (su texto guardado está dañado), así que las"
        " alertas siguen las reglas predeterminadas. Restaure la última copia de seguridad buena para"
        " recuperar las reglas propias de la clínica."
    ),
    # Files that cannot be written
    "Cannot write {file}: {why}. Nothing was written.": (
        "No se puede escribir {file}: {why}. No se escribió nada."
    ),
    "the disk is full": "el disco está lleno",
    "your disk quota is used up": "se agotó su cuota de disco",
    "permission denied": "permiso denegado",
    "the disk is read-only": "el disco es de solo lectura",
    "its folder does not exist": "su carpeta no existe",
    "it is a folder": "es una carpeta",
    "the disk reported an error": "el disco dio un error",
    "the file would be too large for this disk": "el archivo sería demasiado grande para este disco",
    "the name is too long": "el nombre es demasiado largo",
    "it is not a regular file (a device or a pipe)": (
        "no es un archivo normal (es un dispositivo o una tubería)"
    ),
    "the database refused it ({kind})": "la base de datos lo rechazó ({kind})",
    # Problems found in library files
    "duplicate id, already in the library": "id repetido, ya está en la biblioteca",
    "its stored text is damaged; restore the latest good backup": (
        "su texto guardado está dañado; restaure la última copia de seguridad buena"
    ),
    "(whole record)": "(registro entero)",
    "set by ptplanner, not by library files": "lo pone ptplanner, no los archivos de la biblioteca",
    "is not a folder": "no es una carpeta",
    "duplicate id '{id}', also in {file}": "id '{id}' repetido, también en {file}",
    "links to '{link}', which is not in the library": "enlaza con '{link}', que no está en la biblioteca",
    "missing (required)": "falta (obligatorio)",
    "unknown field": "campo desconocido",
    "Input should be a list": "Debe ser una lista",
    "Input should be a table": "Debe ser una tabla",
    "{message} (got {value})": "{message} (se encontró {value})",
    "'{code}' is not a language ptplanner prints in": "'{code}' no es un idioma en el que imprima ptplanner",
    "has {count} lines where the English has {english}": (
        "tiene {count} líneas donde el inglés tiene {english}"
    ),
    "has 1 line where the English has {english}": "tiene 1 línea donde el inglés tiene {english}",
    # Refusals at the patient's, the template's and the stage's fields
    "Enter the patient's name.": "Escriba el nombre del paciente.",
    "Holds a control character ({code}), which cannot be printed; type it again.": (
        "Contiene un carácter de control ({code}), que no se puede imprimir; escríbalo de nuevo."
    ),
    "The date of birth is in the future.": "La fecha de nacimiento es futura.",
    "The date of birth is before {year}.": "La fecha de nacimiento es anterior a {year}.",
    "The surgery date must be after the date of birth.": (
        "La fecha de la cirugía debe ser posterior a la de nacimiento."
    ),
    "the template needs a name": "la plantilla necesita un nombre",
    "the name holds a control character ({code}), which cannot be printed": (
        "el nombre contiene un carácter de control ({code}), que no se puede imprimir"
    ),
    "the template name is longer than {count} characters": (
        "el nombre de la plantilla pasa de {count} caracteres"
    ),
    "the discharge reason is longer than {count} characters": "el motivo del alta pasa de {count} caracteres",
    "the patient is already in the last stage": "el paciente ya está en la última etapa",
    # The app's refusals
    "A template needs at least one stage.": "Una plantilla necesita al menos una etapa.",
    "These stages cannot be a template: {why}.": "Estas etapas no pueden ser una plantilla: {why}.",
    "A template named “{name}” exists already; choose another name.": (
        "Ya existe una plantilla llamada “{name}”; elija otro nombre."
    ),
    "{count} of the chosen stages are no longer stored; nothing was copied.": (
        "{count} de las etapas elegidas ya no están guardadas; no se copió nada."
    ),
    "Only an admin may change how long the app waits before it locks.": (
        "Solo un administrador puede cambiar cuánto espera la aplicación antes de bloquearse."
    ),
    # Role refusals: "A {role} account may not {action}."
    "A {role} account may not {action}.": "Una cuenta de {role} no puede {action}.",
    "admin": "administración",
    "therapist": "terapeuta",
    "front-desk": "recepción",
    "manage accounts": "gestionar cuentas",
    "read the audit trail": "leer el registro de auditoría",
    "open clinical records": "abrir historias clínicas",
    "change clinical records": "cambiar historias clínicas",
    "print new handouts": "imprimir hojas de ejercicios nuevas",
    "reprint handouts": "volver a imprimir hojas de ejercicios",
    "see the patient list": "ver la lista de pacientes",
    "export patients": "exportar pacientes",
    "import patients": "importar pacientes",
    "erase patients": "borrar pacientes",
    "That name and password do not match.": "El nombre y la contraseña no coinciden.",
    # The handout builder's warnings about the logo and the fonts (core/print_warnings.py)
    "The clinic logo could not be read, so the handout has no logo. Choose the logo again in Settings > Clinic.": (
        "No se pudo leer el logotipo de la clínica, así que la hoja sale sin logotipo. Vuelva a elegirlo en"
        " Archivo > Ajustes de la clínica."
    ),
    "No font on this computer can print some characters{where}: {shown}{more}. They show as \"{mark}\" on the"
    " handout. Install a font that has them (for Chinese, Japanese or Korean, for example WenQuanYi Micro Hei or"
    " Microsoft YaHei) and print again.": (
        "Ninguna fuente de este equipo puede imprimir algunos caracteres{where}: {shown}{more}. En la hoja salen"
        " como “{mark}”. Instale una fuente que los tenga (para chino, japonés o coreano, por ejemplo WenQuanYi"
        " Micro Hei o Microsoft YaHei) y vuelva a imprimir."
    ),
    " and {count} more": " y {count} más",
    "ptplanner cannot join or combine the letters of {scripts} text{where} correctly, so some words may print"
    " wrongly. Check the printed copy, or type that text in another script.": (
        "ptplanner no puede unir ni combinar bien las letras del texto en {scripts}{where}, así que algunas"
        " palabras pueden imprimirse mal. Revise la copia impresa o escriba ese texto en otra escritura."
    ),
    " in {places}": " en {places}",
    "the patient's name": "el nombre del paciente",
    "the therapist's name": "el nombre del terapeuta",
    "the stage name": "el nombre de la etapa",
    "what the stage is for": "para qué es la etapa",
    "the clinic's name and phone": "el nombre y el teléfono de la clínica",
    "the log sheet": "la hoja de registro",
    "exercise {number}": "el ejercicio {number}",
    # pydantic's refusals and the core's validator messages (core/validation_words.py)
    "Name": "Nombre",
    "Date of birth": "Fecha de nacimiento",
    "Surgery date": "Fecha de la cirugía",
    "Procedure": "Cirugía",
    "Fused levels": "Niveles fusionados",
    "Therapist": "Terapeuta",
    "Surgeon": "Cirujano",
    "Surgeon's phone": "Teléfono del cirujano",
    "Notes": "Notas",
    "Assessment and plan": "Evaluación y plan",
    "Note": "Nota",
    "Limit": "Límite",
    "Until": "Hasta",
    "Summary": "Resumen",
    "Steps": "Pasos",
    "Tips": "Consejos",
    "Stop if": "Pare si",
    "Precautions": "Precauciones",
    "Reps": "Repeticiones",
    "Sets": "Series",
    "Hold (seconds)": "Aguante (segundos)",
    "Earliest stage": "Primera etapa",
    "required.": "obligatorio.",
    "at most {count} characters.": "{count} caracteres como máximo.",
    "at most {count} entries.": "{count} entradas como máximo.",
    "at least {count}.": "al menos {count}.",
    "must be {limit} or more.": "debe ser {limit} o más.",
    "must be {limit} or less.": "debe ser {limit} o menos.",
    "must be more than {limit}.": "debe ser más de {limit}.",
    "must be less than {limit}.": "debe ser menos de {limit}.",
    "not a number.": "no es un número.",
    "not one of the choices.": "no es ninguna de las opciones.",
    "not text.": "no es un texto.",
    "not a date; write it as year-month-day, for example 2026-03-01.": (
        "no es una fecha; escríbala como año-mes-día, por ejemplo 2026-03-01."
    ),
    "limit must be between {low} and {high} {unit}": "el límite debe estar entre {low} y {high} {unit}",
    "say what the precaution is in the note": "diga en la nota cuál es la precaución",
    "name is blank": "el nombre está en blanco",
    "must be one line of text, without tabs or control characters": (
        "debe ser una sola línea de texto, sin tabuladores ni caracteres de control"
    ),
    "surgery date must be after the date of birth": (
        "la fecha de la cirugía debe ser posterior a la de nacimiento"
    ),
    "date of birth is in the future": "la fecha de nacimiento es futura",
    "a lifting limit needs a weight in lb or kg": "un límite de peso necesita un peso en lb o kg",
    "a sitting limit needs minutes": "un límite para estar sentado necesita minutos",
    "an entry is blank": "hay una línea en blanco",
    "contains a character that cannot be stored ({bad})": "tiene un carácter que no se puede guardar ({bad})",
    "contains a character that cannot be stored": "tiene un carácter que no se puede guardar",
    "an entry is longer than 300 characters": "una línea pasa de 300 caracteres",
    "is blank": "está en blanco",
    "an exercise cannot be its own easier or harder variation": (
        "un ejercicio no puede ser su propia variante más fácil o más difícil"
    ),
    "give reps, a hold time, a duration, or a note saying how much": (
        "indique repeticiones, un tiempo de aguante, una duración o una nota que diga cuánto"
    ),
    "sets need reps or a hold time": "las series necesitan repeticiones o un tiempo de aguante",
    "a stage must end after it starts": "una etapa debe terminar después de empezar",
    "the target must not be below the baseline": "la meta no puede ser menor que el punto de partida",
    "the target needs more than {count} walks a day; allow longer walks or lower the target": (
        "la meta necesita más de {count} caminatas al día; permita caminatas más largas o baje la meta"
    ),
    "'{level}' is not a level such as L4-L5 or L5-S1": "'{level}' no es un nivel como L4-L5 o L5-S1",
    "'{level}' is upside down: write the upper level first, e.g. L4-L5": (
        "'{level}' está al revés: escriba primero el nivel superior, por ejemplo L4-L5"
    ),
}
