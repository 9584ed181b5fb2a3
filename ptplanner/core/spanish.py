"""ptplanner's own handout words in Spanish, keyed by their English (see core.language).

Written for patients, not word for word: usted, short sentences, everyday words (a grade-6 reader).
Braces are filled in by the caller: {day} is a date already in Spanish ("4 de diciembre"), numbers are
already written with a decimal comma. The exercises' own texts are in the exercise files, the templates'
stage names and goals in the template files.
"""

from __future__ import annotations

SPANISH: dict[str, str] = {
    # Page furniture
    "Home exercise program": "Ejercicios para hacer en casa",
    "Therapist:": "Terapeuta:",
    "Phone: {phone}": "Tel.: {phone}",
    "Page {number} of {total}": "Página {number} de {total}",
    "Program of {day}, version {version}": "Programa del {day}, versión {version}",
    "Your exercises": "Sus ejercicios",
    "Your limits": "Sus límites",
    "When to get help": "Cuándo pedir ayuda",
    "Goals for this stage": "Metas de esta etapa",
    "In short": "En resumen",
    "Do each exercise as its “How much” box says.": "Haga cada ejercicio como dice su cuadro «Cuánto».",
    "Stop and get help if you have a warning sign from page 1.": (
        "Pare y pida ayuda si tiene una señal de alarma de la página 1."
    ),
    "Tick the log sheet each time, and bring it to your next visit.": (
        "Marque la hoja de registro cada vez y tráigala a su próxima cita."
    ),
    "Before you start": "Antes de empezar",
    "How much:": "Cuánto:",
    "Remember:": "Recuerde:",
    "Note from your therapist:": "Nota de su terapeuta:",
    "You need:": "Necesita:",
    "This exercise is in English: we do not have it in your language yet. Ask us to go over it with you.": (
        "Este ejercicio está en inglés porque aún no lo tenemos en español."
        " Pídanos que lo repasemos con usted."
    ),
    # The stage
    "Stage {number} of {count}: {name}, {span}": "Etapa {number} de {count}: {name}, {span}",
    "Stage {number} of {count}: {name}": "Etapa {number} de {count}: {name}",
    "weeks {start} to {end}": "semanas {start} a {end}",
    "from week {start}": "desde la semana {start}",
    "Past stage: you have moved on to stage {number}. Use this sheet only if your therapist says so.": (
        "Etapa pasada: ya está en la etapa {number}. Use esta hoja solo si su terapeuta se lo dice."
    ),
    "Coming stage: you are in stage {number} now. Start this stage only when your therapist says so.": (
        "Etapa futura: ahora está en la etapa {number}. Empiécela cuando su terapeuta se lo diga."
    ),
    "Do your exercises {days}{each}.": "Haga sus ejercicios {days}{each}.",
    "every day": "todos los días",
    "on the days each one shows": "los días que dice cada uno",
    "Walk every day, as your walking plan shows.": "Camine todos los días, como dice su plan de caminar.",
    '"2 sets of 10" means 10 times, a short rest, then 10 more.': (
        "«2 series de 10» es: 10 veces, un descanso corto y otras 10 veces."
    ),
    '"10 times" means do the move 10 times in a row.': (
        "«10 veces» quiere decir: haga el movimiento 10 veces seguidas."
    ),
    "Your exercises take about {minutes} minutes.": "Todo le toma unos {minutes} minutos.",
    "Your exercises take about {minutes} minutes, not counting {names}.": (
        "Le toman unos {minutes} minutos, sin contar {names}."
    ),
    "and": "y",
    '"{name}"': "«{name}»",  # an exercise's name quoted in a sentence
    "your walks": "sus caminatas",
    "This stage ends {day}; keep doing these exercises until we see you.": (
        "Esta etapa termina el {day}; siga con estos ejercicios hasta que le veamos."
    ),
    # Before you start
    '"Hold 5 seconds" means stay still and count slowly to 5.': (
        "«Aguante 5 segundos»: no se mueva y cuente despacio hasta 5."
    ),
    '"Each side" means do it on your left side, then on your right side.': (
        "«Cada lado»: hágalo con el lado izquierdo y luego con el derecho."
    ),
    "Keep to your limits on page {page} in every exercise.": (
        "En cada ejercicio, respete sus límites de la página {page}."
    ),
    "Your muscles may get tired or a little sore. Some pain is OK if it stays at {limit} out of 10 or less"
    " and is gone by the next morning.": (
        "Los músculos pueden cansarse o doler un poco. Está bien si el dolor no pasa de {limit} de 10 y se"
        " quita para la mañana."
    ),
    "Stop an exercise if it gives you sharp pain, or pain or tingling goes down a leg. Call us if it is not"
    " better the next day.": (
        "Pare si siente un dolor fuerte, o si un dolor u hormigueo le baja por la pierna. Llámenos si no"
        " mejora al día siguiente."
    ),
    # Limits
    "Do not bend forward at your waist": "No se doble hacia adelante por la cintura",
    "Do not lift anything": "No levante nada",
    "Do not twist your back": "No gire la espalda",
    "Do not lift more than {weight}": "No levante más de {weight}",
    "lb": "libras",
    "kg": "kilos",
    "Do not sit for more than {limit} minutes at a time": (
        "No se siente por más de {limit} minutos seguidos"
    ),
    "until {day}": "hasta el {day}",
    "until your surgeon says you may": "hasta que su cirujano le diga que puede",
    "Then": "Después",  # the next limit on one subject; also the middle picture's label
    "Until {day}": "Hasta el {day}",
    "During this stage": "Durante esta etapa",
    "Follow your surgeon's limits.": "Siga los límites que le dio su cirujano.",
    # Warning signs
    "Call {number} now if:": "Llame ya al {number} si:",
    "Chest pain, or it is suddenly hard to breathe.": "Le duele el pecho, o de pronto le cuesta respirar.",
    "You cannot hold or pass urine, or control your bowels.": (
        "No puede orinar, o no aguanta la orina o las heces."
    ),
    "You feel numb between your legs or around your bottom.": (
        "Siente dormida la zona entre las piernas o las nalgas."
    ),
    "A leg suddenly gets weak.": "De pronto, una pierna se pone débil.",
    "Call your surgeon's office today if:": "Llame hoy a su cirujano si:",
    "Call {surgeon}'s office at {phone} today if:": "Llame hoy a su cirujano, {surgeon}, al {phone} si:",
    "Call {surgeon}'s office today if:": "Llame hoy a su cirujano, {surgeon}, si:",
    "Call your surgeon's office at {phone} today if:": "Llame hoy a su cirujano al {phone} si:",
    "A fever of {fever} or more, or chills.": "Fiebre de {fever} o más, o escalofríos.",
    "Your wound is red, warm or swollen, leaks, smells bad or opens.": (
        "La herida está roja, caliente o hinchada, gotea, huele mal o se abre."
    ),
    "New or worse numbness, tingling or weakness in a leg.": (
        "Siente una pierna dormida, con hormigueo o débil (nuevo o peor)."
    ),
    "Pain that comes on all of a sudden or gets much worse.": "Un dolor que llega de golpe o empeora mucho.",
    "The pain you had before surgery comes back.": "Vuelve el dolor que tenía antes de la operación.",
    "Your hip is red, warm or swollen, or you now find it hard to walk or stand.": (
        "La cadera está roja, caliente o hinchada, o le cuesta caminar o pararse."
    ),
    "Sudden or much worse pain, or pain that rest and medicine do not ease.": (
        "Dolor de golpe, mucho peor, o que no se calma con reposo ni medicina."
    ),
    "Your calf hurts, or one leg swells.": "Le duele la pantorrilla, o se le hincha una pierna.",
    "A new headache or neck pain.": "Un dolor de cabeza o de cuello nuevo.",
    "A fall, or no bowel movement for 4 days.": "Una caída, o 4 días sin evacuar.",
    "A cold, a cough, a sore on your skin or any other infection before your surgery day.": (
        "Un resfriado, tos, una llaga en la piel u otra infección antes del día de su operación."
    ),
    "A fall.": "Una caída.",
    "Call us at {phone}": "Llámenos al {phone}",
    "Call your therapist": "Llame a su terapeuta",
    "{call_us} if you have questions about your exercises. Call too if you are still sore 2 days after you"
    " exercise.": (
        "{call_us} si tiene preguntas sobre sus ejercicios. Llame también si aún le duele 2 días después."
    ),
    "When we are closed, call {phone}.": "Si estamos cerrados, llame al {phone}.",
    # The dose
    "once a day": "una vez al día",
    "twice a day": "dos veces al día",
    "{times} times a day": "{times} veces al día",
    "{days} day a week": "{days} día a la semana",
    "{days} days a week": "{days} días a la semana",
    "{sets} sets of {reps}": "{sets} series de {reps}",
    "{count} times": "{count} veces",
    "1 time": "1 vez",
    "once": "una vez",
    "twice": "dos veces",
    "hold {time}": "aguante {time}",
    "rest {time} between sets": "descanse {time} entre series",
    "rest {time} in between": "descanse {time} entre una vez y otra",
    "with {load}": "con {load}",
    "1 second": "1 segundo",
    "{count} seconds": "{count} segundos",
    "1 minute": "1 minuto",
    "{count} minutes": "{count} minutos",
    "left side only": "solo el lado izquierdo",
    "right side only": "solo el lado derecho",
    "each side": "cada lado",
    "alternating sides": "cambiando de lado",
    "breaths": "respiraciones",
    "steps": "pasos",
    # The bundled exercises' dose notes and loads (the dose is not part of an exercise's text)
    "About once an hour while you are awake.": "Más o menos una vez por hora durante el día.",
    "Change position at least every 30 minutes.": "Cambie de posición por lo menos cada 30 minutos.",
    "Every time you get in or out of a car.": "Cada vez que suba o baje de un carro.",
    "Every time you get in or out of bed.": "Cada vez que se acueste o se levante de la cama.",
    "Go up and down.": "Suba y baje.",
    "Week {number} of your walking plan.": "Semana {number} de su plan de caminar.",
    "Walk a little more each week.": "Camine un poco más cada semana.",
    "Keep the same time each week.": "Camine el mismo tiempo cada semana.",
    "Practice with a light item.": "Practique con algo liviano.",
    "Whenever you carry something.": "Cada vez que cargue algo.",
    "10 minutes at a time, then rest.": "Haga 10 minutos seguidos y luego descanse.",
    "As your therapist says, most often when you walk or stand for a long time.": (
        "Como le diga su terapeuta, sobre todo cuando camina o está de pie mucho rato."
    ),
    "Each time you dress or undress.": "Cada vez que se viste o se desviste.",
    "Each time you put on shoes.": "Cada vez que se pone los zapatos.",
    "Each time you put on socks.": "Cada vez que se pone los calcetines.",
    "Each time you shower.": "Cada vez que se ducha.",
    "Every time you turn over in bed.": "Cada vez que se voltea en la cama.",
    "Every time you use the toilet.": "Cada vez que usa el inodoro.",
    "Practice a few times, then sit down this way every time.": (
        "Practique unas veces. Luego siéntese siempre así."
    ),
    "Practice with a helper nearby until you feel sure.": (
        "Practique con alguien cerca hasta que lo haga con confianza."
    ),
    "Practice with a light, empty box.": "Practique con una caja vacía y liviana.",
    "Stand up every 30 minutes.": "Levántese cada 30 minutos.",
    "Then stand up and walk a little.": "Luego levántese y camine un poco.",
    # as programs saved before keep it in their copy of the exercise
    "Start with about 10 minutes, then stand up and walk a little.": (
        "Empiece con unos 10 minutos. Luego levántese y camine un poco."
    ),
    "Switch feet every few minutes; take a break at least every 30 minutes.": (
        "Cambie de pie cada pocos minutos. Descanse por lo menos cada 30 minutos."
    ),
    "Use a cart whenever a load is near your lifting limit.": (
        "Use un carrito cuando la carga esté cerca de su límite para levantar."
    ),
    "When you rest or sleep.": "Cuando descansa o duerme.",
    "Whenever something is on the floor.": "Cada vez que algo esté en el piso.",
    "Whenever you need something from low down.": "Cada vez que necesite algo de abajo.",
    "Whenever you stand at a counter. Switch feet every few minutes.": (
        "Cada vez que esté de pie en una barra de cocina. Cambie de pie cada pocos minutos."
    ),
    "light resistance": "poca resistencia",  # the bikes' loads before they said how the pedals feel
    "no resistance": "sin resistencia",
    "the bike on its easiest level": "la bicicleta en el nivel más fácil",
    "pedals that feel a little heavy": "pedales que se sientan un poco pesados",
    # What an exercise needs
    "mat": "colchoneta",
    "pillow": "almohada",
    "towel": "toalla",
    "band": "liga elástica",
    "chair": "silla",
    "wall": "pared",
    "counter": "barra de cocina",
    "step": "escalón",
    "dowel": "palo de escoba",
    "ball": "pelota",
    "bike": "bicicleta fija",
    "pool": "piscina",
    "bed": "cama",
    "walker": "andador",
    "cane": "bastón",
    "car": "carro",
    "shoes": "zapatos",
    "sock aid": "calzador de calcetines",
    "reacher": "pinza",
    "long shoehorn": "calzador largo",
    "toilet": "inodoro",
    "shower chair": "silla para la ducha",
    "long-handled sponge": "esponja de mango largo",
    "SI belt": "cinturón para la pelvis",
    "vacuum cleaner": "aspiradora",
    # Under the pictures
    "Start": "Inicio",
    "End": "Final",
    "Do it like this": "Hágalo así",
    # The walking plan
    "1 walk": "1 caminata",
    "{count} walks": "{count} caminatas",
    "{walks} of {minutes}": "{walks} de {minutes}",
    "Keep walking": "Siga caminando",
    "Your walking plan has ended. Keep walking at least {minutes} minutes every day. You can split this into"
    " shorter walks. Write the minutes you walk each day on your log sheet.": (
        "Su plan de caminar terminó. Siga caminando al menos {minutes} minutos al día, de una vez o en"
        " caminatas cortas. Anote los minutos en su hoja de registro."
    ),
    "Your walking plan starts {day}: {walks}": "Su plan de caminar empieza el {day}: {walks}",
    "Walking from now on: {walks} every day": "Desde ahora: {walks} cada día",
    "Walking this week ({span}): {walks}": "Esta semana ({span}): {walks}",
    "Walk {times} a day. Each walk is {minutes} minutes. That is {total} minutes a day.": (
        "Camine {times} al día. Cada caminata dura {minutes} minutos. En total, {total} minutos al día."
    ),
    "Write the minutes you walk each day on your log sheet.": (
        "Cada día, anote en su hoja de registro los minutos que caminó."
    ),
    "next": "próxima",
    "now": "ahora",
    "If your pain flares up, go back to the last week that felt fine. Write the minutes you walk each day on"
    " your log sheet.": (
        "Si el dolor empeora, vuelva a la última semana en que se sintió bien. Cada día, anote en su hoja de"
        " registro los minutos que caminó."
    ),
    "Start with the first row on {day}. Each new week, go to the next row.": (
        "Empiece con la primera fila el {day}. Cada semana nueva, pase a la fila siguiente."
    ),
    "The row marked \u201cnow\u201d is this week, the plan's last.": (
        "La fila marcada «ahora» es esta semana, la última del plan."
    ),
    "You have reached the last row, marked \u201cnow\u201d. Keep doing these walks every day until your therapist"
    " changes your plan.": (
        "Ya llegó a la última fila, marcada «ahora». Siga con estas caminatas cada día hasta que su terapeuta"
        " cambie su plan."
    ),
    "The row marked \u201cnow\u201d is this week. Each new week, go to the next row.": (
        "La fila «ahora» es esta semana. Cada semana nueva, pase a la fila siguiente."
    ),
    "Week": "Semana",
    "Dates": "Fechas",
    "Walks a day": "Veces al día",
    "Minutes each walk": "Minutos cada vez",
    "Minutes a day": "Minutos al día",
    # The log sheet
    "My exercise log: {weeks}, {span}": "Mi registro: {weeks}, {span}",
    "My exercise log: {span}": "Mi registro: {span}",
    "week {number}": "semana {number}",
    "weeks {first} and {second}": "semanas {first} y {second}",
    "Exercise": "Ejercicio",
    "({times} a day)": "({times} al día)",
    "Minutes walked": "Minutos que caminó",
    "Walking plan: minutes": "Plan de caminar: minutos",
    "Notes": "Notas",
    "Back pain (0 to 10)": "Dolor de espalda (0 a 10)",
    "Leg pain (0 to 10)": "Dolor de pierna (0 a 10)",
    "Tick a box each time you do an exercise.": "Marque una casilla cada vez que haga un ejercicio.",
    "In a long box, write how many times you did it.": "En una casilla larga, escriba cuántas veces lo hizo.",
    "Write the minutes you walked.": "Anote los minutos que caminó.",
    "Each evening, write your back pain and leg pain from 0 (none) to 10 (worst). Under Notes, write any"
    " flare-up or warning sign. Bring this sheet to your next visit.": (
        "Cada noche, anote su dolor de espalda y de pierna de 0 (nada) a 10 (el peor). En Notas, anote si tuvo"
        " mucho dolor o una señal de alarma. Traiga esta hoja a su cita."
    ),
    "Flare-ups and warning signs: write the day and what happened.": (
        "Días de mucho dolor y señales de alarma: escriba el día y qué pasó."
    ),
    "times": "veces",
    "min": "min",
}
