<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccessibilityAudit</name>
    <message>
        <location filename="../ui/core/accessibilityaudit.cpp" line="+187"/>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Tab %1 of %2 has no name: give it text or an accessible name.</source>
        <translation>La pestaña %1 de %2 no tiene nombre: darle un texto o un nombre accesible.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no accessible name: a screen reader says only what it is. Give it visible text, a label whose buddy it is, or an accessible name.</source>
        <translation>%1 no tiene nombre accesible: un lector de pantalla solo dice qué es. Darle un texto visible, una etiqueta de la que sea compañero (buddy) o un nombre accesible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 shows an image or a chart without a text alternative: give it an accessible description of what it shows.</source>
        <translation>%1 muestra una imagen o un gráfico sin alternativa textual: darle una descripción accesible de lo que muestra.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 cannot be reached with Tab (its focus policy has no tab focus) and has no keyboard shortcut.</source>
        <translation>%1 no se alcanza con Tab (su política de foco no incluye el foco por tabulación) y no tiene atajo de teclado.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tab moves from cell to cell in %1 and wraps round to the first cell: the keyboard focus never leaves it. Turn its tab key navigation off (the arrow keys move between cells).</source>
        <translation>Tab pasa de celda en celda en %1 y vuelve a la primera: el foco del teclado nunca sale de ahí. Desactivar su navegación con Tab (las flechas se mueven entre celdas).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tab types a tab character in %1 instead of moving on: let Tab change the focus (tabChangesFocus).</source>
        <translation>Tab inserta un tabulador en %1 en lugar de pasar al siguiente: dejar que Tab mueva el foco (tabChangesFocus).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tab stays on %1: the keyboard focus cannot leave it.</source>
        <translation>Tab se queda en %1: el foco del teclado no puede salir de él.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tab circles back to %1 and never returns to %2.</source>
        <translation>Tab vuelve en bucle a %1 y nunca regresa a %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tab from %1 does not come back to it within %2 presses.</source>
        <translation>Tab desde %1 no vuelve a él en %2 pulsaciones.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: the text contrast is %2:1, below %3:1 (%4 on %5).</source>
        <translation>%1: el contraste del texto es %2:1, por debajo de %3:1 (%4 sobre %5).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 is %2×%3 px: a target smaller than 24×24 px needs room around it, and %4 is closer than that.</source>
        <translation>%1 mide %2×%3 px: un objetivo de menos de 24×24 px necesita espacio alrededor, y %4 está más cerca.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the text needs %2 px of height and has %3 px; its end is cut.</source>
        <translation>%1: el texto necesita %2 px de alto y tiene %3 px; su final queda cortado.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: the text needs %2 px and has %3 px; it is cut.</source>
        <translation>%1: el texto necesita %2 px y tiene %3 px; queda cortado.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the action “%1”</source>
        <translation>la acción «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a shortcut of %1</source>
        <translation>un atajo de %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the tab “%1”</source>
        <translation>la pestaña «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the menu “%1”</source>
        <translation>el menú «%1»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 and %2 both use %3.</source>
        <translation>%1 y %2 usan ambos %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Interactive controls have an accessible name</source>
        <translation>Los controles interactivos tienen un nombre accesible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images and charts have a text alternative</source>
        <translation>Las imágenes y los gráficos tienen una alternativa textual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every interactive control is reached with the keyboard</source>
        <translation>Todos los controles interactivos se alcanzan con el teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab moves through the window and back, with no trap</source>
        <translation>Tab recorre la ventana y vuelve al principio, sin trampas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text contrast at least 4.5:1 (3:1 for large text)</source>
        <translation>Contraste del texto de al menos 4,5:1 (3:1 para texto grande)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets at least 24×24 px, or with room around them</source>
        <translation>Objetivos de al menos 24×24 px, o con espacio alrededor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No two shortcuts or mnemonics share a key</source>
        <translation>Ninguna tecla compartida por dos atajos o mnemónicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No text is cut</source>
        <translation>Ningún texto cortado</translation>
    </message>
</context>
<context>
    <name>AccessibilityReports</name>
    <message>
        <location filename="../services/core/accessibilityreports.cpp" line="+20"/>
        <source>An accessibility report needs the name of its page (1 to 200 characters).</source>
        <translation>Un informe de accesibilidad necesita el nombre de su página (de 1 a 200 caracteres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The accessibility score of page &quot;%1&quot; must be between 0 and 100, not %2.</source>
        <translation>La puntuación de accesibilidad de la página «%1» debe estar entre 0 y 100, no %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recording the accessibility report of page &quot;%1&quot;</source>
        <translation>Registro del informe de accesibilidad de la página «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The accessibility report of page &quot;%1&quot; was not recorded: the database refused it.</source>
        <translation>El informe de accesibilidad de la página «%1» no se registró: la base de datos lo rechazó.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number of accessibility reports to list must be between 1 and 10,000, not %1.</source>
        <translation>El número de informes de accesibilidad que listar debe estar entre 1 y 10.000, no %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Listing the accessibility reports</source>
        <translation>Listado de los informes de accesibilidad</translation>
    </message>
</context>
<context>
    <name>AiCommands</name>
    <message>
        <location filename="../cli/ai/aiverbs.cpp" line="+34"/>
        <source>What to generate.</source>
        <translation>Qué generar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/generationverbs.cpp" line="+239"/>
        <location filename="../cli/ai/libraryverbs.cpp" line="+247"/>
        <location line="+75"/>
        <location filename="../cli/ai/studioverbs.cpp" line="+487"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A provider parameter, k=v (repeatable).</source>
        <translation>Un parámetro del proveedor, c=v (repetible).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>k=v</source>
        <translation>c=v</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most this many rows.</source>
        <translation>Como mucho este número de filas.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/generationverbs.cpp" line="-12"/>
        <location filename="../cli/ai/providerverbs.cpp" line="+120"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-66"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A name.</source>
        <translation>Un nombre.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/generationverbs.cpp" line="-208"/>
        <location line="+5"/>
        <location filename="../cli/ai/libraryverbs.cpp" line="-283"/>
        <location line="+89"/>
        <location line="+140"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-98"/>
        <location line="+29"/>
        <location line="+59"/>
        <location line="+17"/>
        <location line="+15"/>
        <location line="+22"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First day, YYYY-MM-DD (UTC).</source>
        <translation>Primer día, AAAA-MM-DD (UTC).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day after the last, YYYY-MM-DD (UTC).</source>
        <translation>Día siguiente al último, AAAA-MM-DD (UTC).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../cli/ai/generationverbs.cpp" line="+222"/>
        <location filename="../cli/ai/libraryverbs.cpp" line="-229"/>
        <location line="+89"/>
        <location line="+174"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-142"/>
        <location line="+29"/>
        <location line="+59"/>
        <location line="+93"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/generationverbs.cpp" line="+9"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-360"/>
        <location line="+179"/>
        <location line="+29"/>
        <location line="+59"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/providerverbs.cpp" line="-76"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-370"/>
        <location line="+35"/>
        <source>provider</source>
        <translation>proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/ai/libraryverbs.cpp" line="-109"/>
        <location line="+25"/>
        <location filename="../cli/ai/providerverbs.cpp" line="+99"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-35"/>
        <location line="+35"/>
        <location line="+67"/>
        <location line="+181"/>
        <location line="+88"/>
        <location line="+10"/>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-380"/>
        <location line="+36"/>
        <location line="+71"/>
        <source>credits</source>
        <translation>créditos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-1"/>
        <source>cached</source>
        <translation>en caché</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/ai/generationverbs.cpp" line="-58"/>
        <location filename="../cli/ai/libraryverbs.cpp" line="-25"/>
        <location line="+24"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-106"/>
        <location line="+36"/>
        <location line="+28"/>
        <location line="+247"/>
        <source>quality</source>
        <translation>calidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/generationverbs.cpp" line="+0"/>
        <location filename="../cli/ai/libraryverbs.cpp" line="-88"/>
        <location line="+65"/>
        <location line="+24"/>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-29"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error code</source>
        <translation>código de error</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--param: &quot;%1&quot; is not in the form key=value.</source>
        <translation>--param: «%1» no tiene la forma clave=valor.</translation>
    </message>
    <message>
        <location filename="../cli/ai/generationverbs.cpp" line="-179"/>
        <source>Provider: openai, stability, replicate, automatic1111 or offline.</source>
        <translation>Proveedor: openai, stability, replicate, automatic1111 u offline.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../cli/ai/studioverbs.cpp" line="+119"/>
        <source>Model name (see atelier ai models).</source>
        <translation>Nombre del modelo (ver atelier ai models).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ai generate needs --%1.</source>
        <translation>ai generate necesita --%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--var fills a template&apos;s variables: it goes with --template ID.</source>
        <translation>--var rellena las variables de una plantilla: va con --template ID.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--var: &quot;%1&quot; is not in the form name=value.</source>
        <translation>--var: «%1» no tiene la forma nombre=valor.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No generation %1 (or not one you may see): nothing was done to it.</source>
        <translation>No hay ninguna generación %1 (o ninguna que se pueda ver): no se hizo nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The generation %1 had already finished; nothing was cancelled.</source>
        <translation>La generación %1 ya había terminado; no se canceló nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already finished, left as they were: %1.</source>
        <translation>Ya terminadas, se dejan como estaban: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--providers: unknown provider &quot;%1&quot;; the providers are: %2.</source>
        <translation>--providers: proveedor «%1» desconocido; los proveedores son: %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--prompt and --param describe a new version: they go with --create.</source>
        <translation>--prompt y --param describen una versión nueva: van con --create.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generation</source>
        <translation>generación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ai rate needs --stars 1…5.</source>
        <translation>ai rate necesita --stars 1…5.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>queue a generation (or several variations with consecutive seeds), and with --wait run it here</source>
        <translation>pone en cola una generación (o varias variaciones con semillas consecutivas) y, con --wait, la ejecuta aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generation type: 2d, 3d, animation or template.</source>
        <translation>Tipo de generación: 2d, 3d, animation o template.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-402"/>
        <location line="+101"/>
        <location line="+287"/>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to avoid.</source>
        <translation>Qué evitar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed (the same seed and prompt give the same picture, and a cached answer).</source>
        <translation>Semilla (la misma semilla y el mismo prompt dan la misma imagen, y una respuesta de la caché).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue this many variations (1–8), seeds one apart, all or none; prints a list.</source>
        <translation>Pone en cola este número de variaciones (1–8), con semillas consecutivas, todas o ninguna; muestra una lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width in pixels.</source>
        <translation>Anchura en píxeles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height in pixels.</source>
        <translation>Altura en píxeles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/ai/providerverbs.cpp" line="-3"/>
        <source>Attempts per job (1–20).</source>
        <translation>Intentos por tarea (1–20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate from this prompt template (its id).</source>
        <translation>Genera a partir de esta plantilla de prompt (su id).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template variable, name=value (repeatable).</source>
        <translation>Una variable de la plantilla, nombre=valor (repetible).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name=value</source>
        <translation>nombre=valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the generation has finished, running the queue here.</source>
        <translation>Espera a que termine la generación, ejecutando la cola aquí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the newest generations, of a brand or of every brand you see</source>
        <translation>las generaciones más recientes, de una marca o de todas las que se ven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only generations of this status.</source>
        <translation>Solo las generaciones con este estado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one generation</source>
        <translation>una generación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancel jobs still waiting or running, refunded, all in one transaction</source>
        <translation>cancela tareas aún en espera o en curso, con reembolso, todas en una transacción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run the generation queue here (until stopped, or until idle)</source>
        <translation>ejecuta aquí la cola de generaciones (hasta que se detenga o quede vacía)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only these providers (comma-separated).</source>
        <translation>Solo estos proveedores (separados por comas).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/ai/studioverbs.cpp" line="+6"/>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop once none of these providers&apos; jobs is pending or processing.</source>
        <translation>Se detiene cuando ninguna tarea de estos proveedores está pendiente ni en curso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a generation&apos;s versions, or a new version of it</source>
        <translation>las versiones de una generación, o una versión nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new version (with --prompt and/or --param).</source>
        <translation>Crea una versión nueva (con --prompt y/o --param).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rate a generation, 1 to 5 stars</source>
        <translation>valora una generación, de 1 a 5 estrellas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rating, 1 to 5.</source>
        <translation>Una valoración, de 1 a 5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>star a generation (or take the star away)</source>
        <translation>marca una generación con una estrella (o se la quita)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the star away.</source>
        <translation>Quita la estrella.</translation>
    </message>
    <message>
        <location filename="../cli/ai/libraryverbs.cpp" line="-179"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-359"/>
        <location line="+29"/>
        <location line="+42"/>
        <source>generations</source>
        <translation>generaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared</source>
        <translation>compartida</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ai collections create needs --brand SLUG and --name NAME.</source>
        <translation>ai collections create necesita --brand SLUG y --name NOMBRE.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n generation(s) added.</source>
        <translation>
            <numerusform>%n generación añadida.</numerusform>
            <numerusform>%n generaciones añadidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n generation(s) removed.</source>
        <translation>
            <numerusform>%n generación quitada.</numerusform>
            <numerusform>%n generaciones quitadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ai collections share needs --with NAME [--permission view|comment|edit].</source>
        <translation>ai collections share necesita --with NOMBRE [--permission view|comment|edit].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared with %1 (%2).</source>
        <translation>Compartida con %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ai collections export needs --out FILE.zip.</source>
        <translation>ai collections export necesita --out ARCHIVO.zip.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Wrote %1 (%n image(s) and manifest.json).</source>
        <translation>
            <numerusform>Se escribió %1 (%n imagen y manifest.json).</numerusform>
            <numerusform>Se escribió %1 (%n imágenes y manifest.json).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+97"/>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+88"/>
        <source>uses</source>
        <translation>usos</translation>
    </message>
    <message>
        <location line="-88"/>
        <location filename="../cli/ai/studioverbs.cpp" line="-70"/>
        <location line="+28"/>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved template %1 (%2) with variables: %3.</source>
        <translation>Plantilla %1 (%2) guardada con las variables: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/ai/providerverbs.cpp" line="-100"/>
        <location line="+66"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>ai %1 needs --prompt TEXT.</source>
        <translation>ai %1 necesita --prompt TEXTO.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Negative prompt: %1</source>
        <translation>Prompt negativo: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>similarity</source>
        <translation>similitud</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>last used</source>
        <translation>último uso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A template category.</source>
        <translation>Una categoría de plantilla.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the brand&apos;s collections</source>
        <translation>las colecciones de la marca</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>create a collection</source>
        <translation>crea una colección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A description.</source>
        <translation>Una descripción.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add generations to a collection</source>
        <translation>añade generaciones a una colección</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>take generations out of a collection</source>
        <translation>quita generaciones de una colección</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>share a collection with a person</source>
        <translation>comparte una colección con una persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person to share with (username).</source>
        <translation>La persona con quien compartir (nombre de usuario).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view, comment or edit.</source>
        <translation>view, comment o edit.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>permission</source>
        <translation>permiso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>write a collection&apos;s images and their manifest to a zip</source>
        <translation>escribe las imágenes de una colección y su manifiesto en un zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>El archivo que escribir.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the generations of a collection</source>
        <translation>las generaciones de una colección</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the prompt templates of a brand (and of every brand)</source>
        <translation>las plantillas de prompt de una marca (y las de todas las marcas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>save a prompt template ({variables} in its prompt)</source>
        <translation>guarda una plantilla de prompt ({variables} en su prompt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template to change.</source>
        <translation>La plantilla que modificar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a better prompt, with what was changed</source>
        <translation>un prompt mejor, con lo que se cambió</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>prompts like this one that gave good results</source>
        <translation>prompts parecidos a este que dieron buenos resultados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the prompts used in a brand, newest first</source>
        <translation>los prompts usados en una marca, los más recientes primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only prompts containing this text.</source>
        <translation>Solo los prompts que contienen este texto.</translation>
    </message>
    <message>
        <location filename="../cli/ai/providerverbs.cpp" line="-68"/>
        <source>not needed</source>
        <translation>no necesaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (encrypted)</source>
        <translation>definida (cifrada)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key</source>
        <translation>clave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at once</source>
        <translation>simultáneas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per minute</source>
        <translation>por minuto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attempts</source>
        <translation>intentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeout s</source>
        <translation>tiempo límite s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--api-key-stdin and --remove-key say opposite things: give one of them.</source>
        <translation>--api-key-stdin y --remove-key dicen lo contrario: indicar solo una de las dos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--per-minute: &quot;%1&quot; is not a number.</source>
        <translation>--per-minute: «%1» no es un número.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--api-key-stdin: standard input held no key (an empty line). To remove the key, use --remove-key.</source>
        <translation>--api-key-stdin: la entrada estándar no contenía ninguna clave (una línea vacía). Para eliminar la clave, usar --remove-key.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: base URL %2, %3 at once, %4 a minute, %5 attempts; API key %6.</source>
        <translation>%1: URL base %2, %3 a la vez, %4 por minuto, %5 intentos; clave de API %6.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saved, encrypted</source>
        <translation>guardada, cifrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this desktop&apos;s providers: address, key (never shown), limits</source>
        <translation>los proveedores de este equipo: dirección, clave (nunca se muestra), límites</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change a provider&apos;s settings; the API key is read from standard input and stored encrypted</source>
        <translation>cambia los ajustes de un proveedor; la clave de API se lee de la entrada estándar y se guarda cifrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider&apos;s base URL.</source>
        <translation>La URL base del proveedor.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the API key from standard input (it is stored encrypted).</source>
        <translation>Lee la clave de API de la entrada estándar (se guarda cifrada).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stored API key.</source>
        <translation>Elimina la clave de API guardada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs at once for this provider.</source>
        <translation>Tareas simultáneas para este proveedor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls per minute for this provider (token bucket).</source>
        <translation>Llamadas por minuto para este proveedor (cubo de fichas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls at once before the rate applies.</source>
        <translation>Llamadas simultáneas antes de que se aplique el ritmo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds per call.</source>
        <translation>Segundos por llamada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAI: the chat model that optimises prompts (empty: none).</source>
        <translation>OpenAI: el modelo de chat que optimiza los prompts (vacío: ninguno).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>call a provider with its settings and say what it answered</source>
        <translation>llama a un proveedor con sus ajustes e indica qué respondió</translation>
    </message>
    <message>
        <location filename="../cli/ai/studioverbs.cpp" line="-63"/>
        <source>avg s</source>
        <translation>media s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ai performance needs --model NAME.</source>
        <translation>ai performance necesita --model NOMBRE.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+40"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>mean ms</source>
        <translation>media ms</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by</source>
        <translation>por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>completadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fallidas</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+42"/>
        <source>no quota</source>
        <translation>sin cuota</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>charged</source>
        <translation>cobrados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refunded</source>
        <translation>reembolsados</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>reserved</source>
        <translation>reservados</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>this month</source>
        <translation>este mes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>brand</source>
        <translation>marca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly credits</source>
        <translation>créditos mensuales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>used</source>
        <translation>usados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>restantes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>hits</source>
        <translation>aciertos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>misses</source>
        <translation>fallos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hit rate</source>
        <translation>tasa de aciertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>credits saved</source>
        <translation>créditos ahorrados</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n cache entry(ies) cleared.</source>
        <translation>
            <numerusform>%n entrada de caché borrada.</numerusform>
            <numerusform>%n entradas de caché borradas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freed: %1 of results the cache answered with, %2 of this desktop&apos;s disk cache.</source>
        <translation>Liberado: %1 de resultados con los que respondía la caché, %2 de la caché de disco de este equipo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: generations are watermarked: %2%3</source>
        <translation>%1: las generaciones llevan marca de agua: %2%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dataset %1 (%2): %3 of %4 images accepted, quality %5, %6.</source>
        <translation>Conjunto de datos %1 (%2): %3 de %4 imágenes aceptadas, calidad %5, %6.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ai datasets needs --brand SLUG (or a dataset&apos;s id).</source>
        <translation>ai datasets necesita --brand SLUG (o el id de un conjunto de datos).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>accepted</source>
        <translation>aceptadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ai datasets create needs --brand SLUG and --name NAME, then --generation ID and/or --file PATH.</source>
        <translation>ai datasets create necesita --brand SLUG y --name NOMBRE, y luego --generation ID y/o --file RUTA.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ai datasets create needs images: --generation ID or --file PATH (repeatable).</source>
        <translation>ai datasets create necesita imágenes: --generation ID o --file RUTA (repetibles).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ai train needs the dataset&apos;s id, --base-model owner/name:version and --destination owner/name.</source>
        <translation>ai train necesita el id del conjunto de datos, --base-model owner/name:version y --destination owner/name.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>trained</source>
        <translation>entrenado el</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the models generations can use, with their prices</source>
        <translation>los modelos que pueden usar las generaciones, con sus precios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this provider&apos;s models.</source>
        <translation>Solo los modelos de este proveedor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only models of this type: 2d, 3d or animation.</source>
        <translation>Solo los modelos de este tipo: 2d, 3d o animation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>models side by side over a period: success, latency, credits, quality</source>
        <translation>modelos lado a lado en un periodo: éxito, latencia, créditos, calidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only these models (comma-separated).</source>
        <translation>Solo estos modelos (separados por comas).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one model day by day over a period</source>
        <translation>un modelo día a día en un periodo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a brand&apos;s generations over a period, by type, model, status and day</source>
        <translation>las generaciones de una marca en un periodo, por tipo, modelo, estado y día</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the credits each person used in a brand over a period</source>
        <translation>los créditos que usó cada persona en una marca en un periodo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a person&apos;s credits in a brand this month (and their quota)</source>
        <translation>los créditos de una persona en una marca este mes (y su cuota)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person (username); you by default.</source>
        <translation>La persona (nombre de usuario); por omisión, quien ejecuta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the monthly credits of the person in the brand.</source>
        <translation>Fija los créditos mensuales de la persona en la marca.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what the result cache answers and saves</source>
        <translation>lo que responde y ahorra la caché de resultados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stop answering from a brand&apos;s cached results and free this desktop&apos;s cached files</source>
        <translation>deja de responder con los resultados en caché de una marca y libera los archivos en caché de este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries older than this many days.</source>
        <translation>Solo las entradas con más de este número de días.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a brand&apos;s watermark policy, shown or changed</source>
        <translation>la política de marca de agua de una marca, mostrada o cambiada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The watermark of the brand&apos;s generations: none, visible, invisible or metadata.</source>
        <translation>La marca de agua de las generaciones de la marca: none, visible, invisible o metadata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>clase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The words of a visible watermark.</source>
        <translation>Las palabras de una marca de agua visible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a brand&apos;s training datasets, or one dataset with its images</source>
        <translation>los conjuntos de entrenamiento de una marca, o un conjunto con sus imágenes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>make a training dataset of checked images</source>
        <translation>crea un conjunto de entrenamiento con imágenes revisadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A generation whose image joins the dataset (repeatable).</source>
        <translation>Una generación cuya imagen se une al conjunto (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An image file that joins the dataset (repeatable).</source>
        <translation>Un archivo de imagen que se une al conjunto (repetible).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>train a custom model on a dataset at Replicate</source>
        <translation>entrena un modelo personalizado con un conjunto en Replicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Replicate trainer, owner/name:version.</source>
        <translation>El entrenador de Replicate, propietario/nombre:versión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Replicate model the training creates versions of, owner/name.</source>
        <translation>El modelo de Replicate del que el entrenamiento crea versiones, propietario/nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training steps.</source>
        <translation>Pasos de entrenamiento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>how a custom model&apos;s training goes</source>
        <translation>cómo va el entrenamiento de un modelo personalizado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancel a custom model&apos;s training</source>
        <translation>cancela el entrenamiento de un modelo personalizado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a brand&apos;s custom models</source>
        <translation>los modelos personalizados de una marca</translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message>
        <location filename="../services/monitoring/alertservice.cpp" line="+113"/>
        <source>Reading the alert rules</source>
        <translation>Lectura de las reglas de alerta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The metric &quot;%1&quot; is not one alerts know: %2 (query_… may end with :SERVICE; health_… must: %3).</source>
        <translation>La métrica «%1» no es una de las que conocen las alertas: %2 (query_… puede terminar en :SERVICIO; health_… debe hacerlo: %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An alert rule needs a name of 1 to 200 characters.</source>
        <translation>Una regla de alerta necesita un nombre de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comparison &quot;%1&quot; is neither above nor below.</source>
        <translation>La comparación «%1» no es ni above ni below.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The threshold is not a number.</source>
        <translation>El umbral no es un número.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duration must be 1 to 10,080 minutes (a week); it was %1.</source>
        <translation>La duración debe ser de 1 a 10.080 minutos (una semana); era %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The severity &quot;%1&quot; is not info, warning or critical.</source>
        <translation>La gravedad «%1» no es info, warning ni critical.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding the alert rule &quot;%1&quot;</source>
        <translation>Adición de la regla de alerta «%1»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only the installation&apos;s administrator adds alert rules for the whole installation.</source>
        <translation>Solo el administrador de la instalación añade reglas de alerta para toda la instalación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an admin of the brand adds its alert rules.</source>
        <translation>Solo un administrador de la marca añade sus reglas de alerta.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the alerts</source>
        <translation>Lectura de las alertas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Evaluating the alert rule &quot;%1&quot;</source>
        <translation>Evaluación de la regla de alerta «%1»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 was %2 over the last %3 min, above %4.</source>
        <translation>%1 fue %2 en los últimos %3 min, por encima de %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was %2 over the last %3 min, below %4.</source>
        <translation>%1 fue %2 en los últimos %3 min, por debajo de %4.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is %2 again over the last %3 min.</source>
        <translation>%1 vuelve a ser %2 en los últimos %3 min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: nothing measured over the last %2 min.</source>
        <translation>%1: nada medido en los últimos %2 min.</translation>
    </message>
</context>
<context>
    <name>AnalysisReports</name>
    <message>
        <location filename="../services/reports/analysisreports.cpp" line="+84"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>browser</source>
        <translation>navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operating system</source>
        <translation>sistema operativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>experiment</source>
        <translation>experimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variant</source>
        <translation>variante</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Purchase funnel</source>
        <translation>Embudo de compra</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Funnel: %1</source>
        <translation>Embudo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+76"/>
        <location line="+5"/>
        <location line="+22"/>
        <location line="+5"/>
        <location line="+447"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="-558"/>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+45"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+50"/>
        <location line="+5"/>
        <location line="+91"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+354"/>
        <location line="+11"/>
        <location line="+36"/>
        <location line="+4"/>
        <location line="+125"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="-733"/>
        <location line="+701"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="-699"/>
        <location line="+107"/>
        <source>Conversion from start</source>
        <translation>Conversión desde el inicio</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Conversion from previous</source>
        <translation>Conversión desde el paso anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop-off</source>
        <translation>Abandono</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · −%2</source>
        <translation>%1 · −%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 users who did &quot;%3&quot; went on to &quot;%4&quot; within %5 (%6).</source>
        <translation>%1 de los %2 usuarios que hicieron «%3» llegaron a «%4» en un plazo de %5 (%6).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody did &quot;%1&quot; in this range.</source>
        <translation>Nadie hizo «%1» en este periodo.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The previous %n day(s): %1 of %2 (%3).</source>
        <translation>
            <numerusform>Periodo anterior de %n día: %1 de %2 (%3).</numerusform>
            <numerusform>Periodo anterior de %n días: %1 de %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Time to convert</source>
        <translation>Tiempo hasta la conversión</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Users who reached &quot;%1&quot;, by the time it took them from &quot;%2&quot;.</source>
        <translation>Usuarios que llegaron a «%1», según el tiempo que tardaron desde «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time from the first step to the last</source>
        <translation>Tiempo del primer paso al último</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Median time from previous</source>
        <translation>Tiempo mediano desde el paso anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time from previous</source>
        <translation>Tiempo medio desde el paso anterior</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Up to</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of converters</source>
        <translation>Proporción de convertidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time between steps</source>
        <translation>Tiempo entre pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median and mean time between one step and the next, among the users who reached it.</source>
        <translation>Tiempo mediano y medio entre un paso y el siguiente, entre los usuarios que lo alcanzaron.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median (min)</source>
        <translation>Mediana (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean (min)</source>
        <translation>Media (min)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Funnel by %1</source>
        <translation>Embudo por %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users reaching each step, per value of &quot;%1&quot; (the 8 largest).</source>
        <translation>Usuarios que alcanzan cada paso, por valor de «%1» (los 8 mayores).</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+503"/>
        <location line="+43"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="-524"/>
        <source>Revenue per cohort</source>
        <translation>Ingresos por cohorte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue of each cohort&apos;s purchases, per %1 after the first &quot;%2&quot;.</source>
        <translation>Ingresos de las compras de cada cohorte, por periodo (%1) después del primer «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of each cohort (users whose first &quot;%1&quot; fell in that %2) with a &quot;%3&quot; in each following %2.</source>
        <translation>Proporción de cada cohorte (usuarios cuyo primer «%1» cayó en ese periodo, %2) con un «%3» en cada periodo siguiente (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No user did &quot;%1&quot; for the first time in this range.</source>
        <translation>Ningún usuario hizo «%1» por primera vez en este periodo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+612"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location line="-611"/>
        <source>The brand has no saved segment yet.</source>
        <translation>La marca aún no tiene ningún segmento guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved segments and their users when they were last counted.</source>
        <translation>Los segmentos guardados y sus usuarios en el último recuento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+583"/>
        <source>Correlations</source>
        <translation>Correlaciones</translation>
    </message>
    <message>
        <location line="-582"/>
        <source>Pearson&apos;s r between the daily series of each pair of metrics; the table adds Spearman&apos;s ρ and whether one series helps predict the other (Granger).</source>
        <translation>La r de Pearson entre las series diarias de cada par de métricas; la tabla añade la ρ de Spearman e indica si una serie ayuda a predecir la otra (Granger).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Metric A</source>
        <translation>Métrica A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric B</source>
        <translation>Métrica B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pearson r</source>
        <translation>r de Pearson</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+499"/>
        <source>p-value</source>
        <translation>valor p</translation>
    </message>
    <message>
        <location line="-498"/>
        <source>Spearman ρ</source>
        <translation>ρ de Spearman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granger p</source>
        <translation>p de Granger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granger lag (days)</source>
        <translation>Desfase de Granger (días)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Revenue forecast</source>
        <translation>Previsión de ingresos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue per day</source>
        <translation>Ingresos por día</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+90"/>
        <location line="+49"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+427"/>
        <source>95% interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <location line="-426"/>
        <source>80% interval</source>
        <translation>Intervalo del 80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected revenue over the next %1 days: %2 (80%: %3 – %4; 95%: %5 – %6).</source>
        <translation>Ingresos esperados en los próximos %1 días: %2 (80 %: %3 – %4; 95 %: %5 – %6).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon (days)</source>
        <translation>Horizonte (días)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <location line="+184"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+242"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+110"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>80% low</source>
        <translation>Límite inferior 80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80% high</source>
        <translation>Límite superior 80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <location line="+364"/>
        <source>95% low</source>
        <translation>Límite inferior 95 %</translation>
    </message>
    <message>
        <location line="-418"/>
        <location line="+55"/>
        <location line="+364"/>
        <source>95% high</source>
        <translation>Límite superior 95 %</translation>
    </message>
    <message>
        <location line="-408"/>
        <source>Users most likely to churn</source>
        <translation>Usuarios con más probabilidad de abandono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the %2 users active in the last 30 days are expected not to come back in the next 30 (95%: %3 – %4).</source>
        <translation>Se espera que %1 de los %2 usuarios activos en los últimos 30 días no vuelvan en los próximos 30 (95 %: %3 – %4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Churn score</source>
        <translation>Puntuación de abandono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+85"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Days since last event</source>
        <translation>Días desde el último evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events (30 days)</source>
        <translation>Eventos (30 días)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active days</source>
        <translation>Días activos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Accuracy of past predictions</source>
        <translation>Precisión de las previsiones pasadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backtest of %1 on the last %2 days: mean absolute error %3 per day, against %4 for repeating last week.</source>
        <translation>Prueba retrospectiva de %1 en los últimos %2 días: error absoluto medio de %3 por día, frente a %4 repitiendo la semana anterior.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No stored prediction has reached its end yet: they are scored once the data covers their period.</source>
        <translation>Ninguna previsión guardada ha llegado aún a su fin: se evalúan cuando los datos cubren su periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 scored predictions fell within their 95% interval.</source>
        <translation>%1 de %2 previsiones evaluadas cayeron dentro de su intervalo del 95 %.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+443"/>
        <source>Unknown metric &quot;%1&quot;; the metrics are: %2.</source>
        <translation>Métrica «%1» desconocida; las métricas son: %2.</translation>
    </message>
    <message>
        <location line="-433"/>
        <source>Anomalies in %1</source>
        <translation>Anomalías en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No day of this range left the expected band.</source>
        <translation>Ningún día de este periodo salió de la banda esperada.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left the band expected from the trend and the weekly pattern.</source>
        <translation>
            <numerusform>%n día salió de la banda esperada según la tendencia y el patrón semanal.</numerusform>
            <numerusform>%n días salieron de la banda esperada según la tendencia y el patrón semanal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up</source>
        <translation>sube</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>baja</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+364"/>
        <source>Benchmarks</source>
        <translation>Comparativas</translation>
    </message>
    <message numerus="yes">
        <location line="-363"/>
        <source>%1 against the %n other brand(s) of its industry (%2).</source>
        <translation>
            <numerusform>%1 frente a %n otra marca de su sector (%2).</numerusform>
            <numerusform>%1 frente a otras %n marcas de su sector (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peer figures are hidden: fewer than %1 peers, so no brand could be singled out.</source>
        <translation>Las cifras de los pares están ocultas: menos de %1 pares, ninguna marca debe poder identificarse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Percentile among peers</source>
        <translation>Percentil entre pares</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Percentile rank</source>
        <translation>Rango percentil</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peer 25th percentile</source>
        <translation>Percentil 25 de los pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer median</source>
        <translation>Mediana de los pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer 75th percentile</source>
        <translation>Percentil 75 de los pares</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+320"/>
        <source>Seasonality</source>
        <translation>Estacionalidad</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Mean events per weekday and hour (UTC). Weekly pattern strength: %1.</source>
        <translation>Media de eventos por día de la semana y hora (UTC). Intensidad del patrón semanal: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean events per weekday and hour (UTC).</source>
        <translation>Media de eventos por día de la semana y hora (UTC).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hour (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+376"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Day-of-week indices</source>
        <translation>Índices por día de la semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean daily events on each weekday divided by the mean over all days (1 = an average day).</source>
        <translation>Media de eventos diarios de cada día de la semana dividida por la media de todos los días (1 = un día medio).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slot</source>
        <translation>Franja</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Journeys from %1</source>
        <translation>Recorridos desde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What %1 sessions did after their first &quot;%2&quot;, step by step.</source>
        <translation>Lo que hicieron %1 sesiones después de su primer «%2», paso a paso.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Most frequent paths</source>
        <translation>Caminos más frecuentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Camino</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>Users, sessions, conversions and revenue per %1, against the previous %n day(s).</source>
        <translation>
            <numerusform>Usuarios, sesiones, conversiones e ingresos por %1, frente al %n día anterior.</numerusform>
            <numerusform>Usuarios, sesiones, conversiones e ingresos por %1, frente a los %n días anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users, sessions, conversions and revenue per %1.</source>
        <translation>Usuarios, sesiones, conversiones e ingresos por %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+48"/>
        <location line="+76"/>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Revenue per user</source>
        <translation>Ingresos por usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users, previous period</source>
        <translation>Usuarios, periodo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change in users</source>
        <translation>Variación de usuarios</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Revenue by channel (%1)</source>
        <translation>Ingresos por canal (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first touch</source>
        <translation>primer contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last touch</source>
        <translation>último contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases of the range credited to channels: first touch credits the buyer&apos;s first session, last touch the session of the purchase, linear every session up to it equally.</source>
        <translation>Compras del periodo atribuidas a los canales: el primer contacto atribuye la primera sesión del comprador, el último contacto la sesión de la compra, el lineal cada sesión hasta la compra a partes iguales.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+136"/>
        <source>Real time</source>
        <translation>Tiempo real</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>%1 users active in the last 5 minutes; %2 events in the last hour (at %3 UTC).</source>
        <translation>%1 usuarios activos en los últimos 5 minutos; %2 eventos en la última hora (a las %3 UTC).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Events per minute</source>
        <translation>Eventos por minuto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last 60 minutes</source>
        <translation>Últimos 60 minutos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A/B test: %1</source>
        <translation>Prueba A/B: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion to &quot;%1&quot; per variant; uplift against control with its 95% interval.</source>
        <translation>Conversión a «%1» por variante; mejora frente al control con su intervalo del 95 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample ratio mismatch: exposures do not follow the planned allocation (p = %1). The assignment may be broken; do not trust these results.</source>
        <translation>Desequilibrio de la proporción de muestras (SRM): las exposiciones no siguen el reparto previsto (p = %1). La asignación puede estar rota; no fiarse de estos resultados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uplift against control</source>
        <translation>Mejora frente al control</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Uplift</source>
        <translation>Mejora</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned share</source>
        <translation>Proporción prevista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Probability to beat control</source>
        <translation>Probabilidad de superar al control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected loss</source>
        <translation>Pérdida esperada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (control)</source>
        <translation>%1 (control)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+58"/>
        <source>A/B tests</source>
        <translation>Pruebas A/B</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>No experiment of this brand had exposures in this range.</source>
        <translation>Ningún experimento de esta marca tuvo exposiciones en este periodo.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Funnels</source>
        <translation>Embudos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predictions</source>
        <translation>Previsiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anomalies</source>
        <translation>Anomalías</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journeys</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geography</source>
        <translation>Geografía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+117"/>
        <source>Unknown analysis &quot;%1&quot;; the analyses are: %2.</source>
        <translation>Análisis «%1» desconocido; los análisis son: %2.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>No analysis named; the analyses are: %1.</source>
        <translation>No se indicó ningún análisis; los análisis son: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 against %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One point per day. Pearson&apos;s r = %1 (p = %2); the line is the least-squares fit.</source>
        <translation>Un punto por día. r de Pearson = %1 (p = %2); la recta es el ajuste por mínimos cuadrados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One point per day. One of the series is constant: there is nothing to correlate.</source>
        <translation>Un punto por día. Una de las series es constante: no hay nada que correlacionar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag (days)</source>
        <translation>Desfase (días)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>p: %1 helps predict %2</source>
        <translation>p: %1 ayuda a predecir %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Granger causality by lag</source>
        <translation>Causalidad de Granger por desfase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F-test p-values of each lag, before the correction for trying 7 lags: small values mean the past of one series improves the prediction of the other.</source>
        <translation>Valores p de la prueba F de cada desfase, antes de la corrección por probar 7 desfases: un valor pequeño significa que el pasado de una serie mejora la predicción de la otra.</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message numerus="yes">
        <location filename="../services/reports/analysisrunner.cpp" line="+21"/>
        <source>You already have %n analyses running; this one was not started. Ask again once one of them has finished, or cancel one.</source>
        <translation>
            <numerusform>Ya hay %n análisis en curso; este no se inició. Volver a pedirlo cuando termine, o cancelarlo.</numerusform>
            <numerusform>Ya hay %n análisis en curso; este no se inició. Volver a pedirlo cuando termine uno de ellos, o cancelar uno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../ui/collaboration/annotationdialog.cpp" line="+19"/>
        <source>Kind of annotation</source>
        <translation>Clase de anotación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotation text</source>
        <translation>Texto de la anotación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At:</source>
        <translation>En:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Clase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Issue</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>AnomalyService</name>
    <message>
        <location filename="../services/analytics/anomalyservice.cpp" line="+111"/>
        <source>The anomaly threshold must be a positive number of standard deviations.</source>
        <translation>El umbral de anomalía debe ser un número positivo de desviaciones típicas.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Anomalies need a range of at least 14 days, to know the weekly pattern (%1 to %2 has %n day(s)).</source>
        <translation>
            <numerusform>Las anomalías necesitan un periodo de al menos 14 días, para conocer el patrón semanal (del %1 al %2 hay %n día).</numerusform>
            <numerusform>Las anomalías necesitan un periodo de al menos 14 días, para conocer el patrón semanal (del %1 al %2 hay %n días).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../services/core/appsettings.cpp" line="+50"/>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--database</source>
        <translation>--database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the settings</source>
        <translation>los ajustes</translation>
    </message>
</context>
<context>
    <name>AssetStore</name>
    <message>
        <location filename="../services/ai/assetstore.cpp" line="+73"/>
        <source>The result is not a readable image (%1).</source>
        <translation>El resultado no es una imagen legible (%1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Storing a result</source>
        <translation>Almacenamiento de un resultado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading a result</source>
        <translation>Lectura de un resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The result %1 is not in the database.</source>
        <translation>El resultado %1 no está en la base de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored result %1 does not match its checksum.</source>
        <translation>El resultado almacenado %1 no coincide con su suma de comprobación.</translation>
    </message>
</context>
<context>
    <name>Atelier::AccessibilityIssuesModel</name>
    <message>
        <location filename="../models/core/accessibilitymodels.cpp" line="+134"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Atelier::AccessibilityPage</name>
    <message>
        <location filename="../ui/accessibility/accessibilitypage.cpp" line="+222"/>
        <location line="+207"/>
        <location filename="../ui/core/mainwindow.cpp" line="+112"/>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>No audit is stored yet: Run audit now audits every page in this theme and language.</source>
        <translation>Aún no hay ninguna auditoría guardada: Auditar ahora audita todas las páginas en este tema y este idioma.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Issues found by the latest audit:</source>
        <translation>&amp;Problemas encontrados en la última auditoría:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issues found by the latest audit of %1:</source>
        <translation>&amp;Problemas encontrados en la última auditoría de %1:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audit walks the console&apos;s window: this page is not in one.</source>
        <translation>La auditoría recorre la ventana de la consola: esta página no está en ninguna.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+133"/>
        <source>&amp;Stop the audit</source>
        <translation>Dete&amp;ner la auditoría</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Auditing every page in the %1 theme and %2…</source>
        <translation>Auditando todas las páginas en el tema %1 y en %2…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%v of %m)</source>
        <translation>%1 (%v de %m)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+87"/>
        <source>&amp;Run audit now</source>
        <translation>Audi&amp;tar ahora</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Audit stopped: nothing was stored.</source>
        <translation>Auditoría detenida: no se guardó nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Storing the reports…</source>
        <translation>Guardando los informes…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Audited %n page(s) and view(s): every one scores 95 or more.</source>
        <translation>
            <numerusform>%n página o vista auditada: su puntuación es de 95 o más.</numerusform>
            <numerusform>%n páginas y vistas auditadas: todas puntúan 95 o más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Audited %n page(s) and view(s); %1 score below 95.</source>
        <translation>
            <numerusform>%n página o vista auditada; %1 por debajo de 95.</numerusform>
            <numerusform>%n páginas y vistas auditadas; %1 por debajo de 95.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not a page of this window (a dialog, say): open it to see the widget.</source>
        <translation>%1 no es una página de esta ventana (un diálogo, por ejemplo): abrirlo para ver el widget.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The widget is not on screen any more; its place when it was audited is outlined.</source>
        <translation>El widget ya no está en pantalla; se marca el lugar que ocupaba cuando se auditó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The widget %1 is not in the window any more.</source>
        <translation>El widget %1 ya no está en la ventana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outlined: %1</source>
        <translation>Marcado: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How each page of the console scores in the accessibility audit (names, keyboard, contrast, target sizes, truncation, shortcuts; 0–100), audit after audit. Choose an issue to see its widget.</source>
        <translation>La puntuación de cada página de la consola en la auditoría de accesibilidad (nombres, teclado, contraste, tamaño de los objetivos, textos cortados, atajos; 0–100), auditoría tras auditoría. Elegir un problema para ver su widget.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audits every page and view in the current theme and language, one after the other, and keeps the reports</source>
        <translation>Audita todas las páginas y vistas en el tema y el idioma actuales, una tras otra, y guarda los informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pages and their scores:</source>
        <translation>Pá&amp;ginas y sus puntuaciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages and their audit scores</source>
        <translation>Páginas y sus puntuaciones de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues found by the latest audit</source>
        <translation>Problemas encontrados en la última auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w the widget</source>
        <translation>Mostrar el &amp;widget</translation>
    </message>
</context>
<context>
    <name>Atelier::AccessibilityScoresModel</name>
    <message>
        <location filename="../models/core/accessibilitymodels.cpp" line="-85"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latest audit&apos;s score, 0–100</source>
        <translation>La puntuación de la última auditoría, 0–100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the latest audit found</source>
        <translation>Lo que encontró la última auditoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score over time</source>
        <translation>Puntuación a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every stored audit of the page, oldest first</source>
        <translation>Todas las auditorías guardadas de la página, de la más antigua a la más reciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audits</source>
        <translation>Auditorías</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latest audit</source>
        <translation>Última auditoría</translation>
    </message>
</context>
<context>
    <name>Atelier::AdviceModel</name>
    <message>
        <location filename="../models/monitoring/monitoringmodels.cpp" line="+483"/>
        <source>Missing index</source>
        <translation>Falta un índice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table needs an index</source>
        <translation>La tabla necesita un índice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unused index</source>
        <translation>Índice sin usar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate index</source>
        <translation>Índice duplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid index</source>
        <translation>Índice no válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale statistics</source>
        <translation>Estadísticas desfasadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead rows</source>
        <translation>Filas muertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction ID age</source>
        <translation>Antigüedad del ID de transacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence near its end</source>
        <translation>Secuencia cerca de su fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-running query</source>
        <translation>Consulta larga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle in transaction</source>
        <translation>Inactiva en transacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing statistics</source>
        <translation>Faltan estadísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free pages</source>
        <translation>Páginas libres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index, table or session it concerns</source>
        <translation>El índice, la tabla o la sesión a la que se refiere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applied by</source>
        <translation>Aplicado por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person</source>
        <translation>Una persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Atelier (you may)</source>
        <translation>Atelier (puedes aplicarlo)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Atelier (an administrator)</source>
        <translation>Atelier (un administrador)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether Atelier runs the statement for you, or a person decides</source>
        <translation>Si Atelier ejecuta la sentencia por ti o lo decide una persona</translation>
    </message>
</context>
<context>
    <name>Atelier::AiStudioPage</name>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="+124"/>
        <location filename="../ui/core/mainwindow.cpp" line="-6"/>
        <source>AI Studio</source>
        <translation>AI Studio</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>AI Studio views</source>
        <translation>Vistas del AI Studio</translation>
    </message>
</context>
<context>
    <name>Atelier::AlertModel</name>
    <message>
        <location filename="../models/monitoring/monitoringmodels.cpp" line="-177"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Raised</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (threshold %2)</source>
        <translation>%1 (umbral %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Atelier::AlertRuleModel</name>
    <message>
        <location line="+26"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>below %1</source>
        <translation>por debajo de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>above %1</source>
        <translation>por encima de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For</source>
        <translation>Durante</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long the condition holds before the alert is raised</source>
        <translation>Cuánto tiempo se mantiene la condición antes de emitir la alerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enabled</source>
        <translation>Activada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Atelier::AnalysisView</name>
    <message>
        <location filename="../ui/analytics/analysisview.cpp" line="+254"/>
        <location line="+315"/>
        <source>Purchase funnel (standard)</source>
        <translation>Embudo de compra (estándar)</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Computing %1…</source>
        <translation>Calculando %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled. Change a parameter, the brand or the range to compute again.</source>
        <translation>Cancelado. Cambiar un parámetro, la marca o el periodo para volver a calcular.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Real time · the last hour, refreshed every 5 seconds</source>
        <translation>Tiempo real · la última hora, actualizada cada 5 segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 to %3</source>
        <translation>%1 · del %2 al %3</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 by %2: %3</source>
        <translation>%1 por %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Still saving the previous annotation: try again in a moment.</source>
        <translation>La anotación anterior aún se está guardando: volver a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotate %1</source>
        <translation>Anotar %1</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the computation</source>
        <translation>Cancelar el cálculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing</source>
        <translation>Calculando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fu&amp;nnel:</source>
        <translation>Em&amp;budo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit steps…</source>
        <translation>&amp;Editar pasos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the funnel&apos;s steps</source>
        <translation>Editar los pasos del embudo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cohorts by:</source>
        <translation>&amp;Cohortes por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort period</source>
        <translation>Periodo de las cohortes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Periods:</source>
        <translation>&amp;Periodos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of periods</source>
        <translation>Número de periodos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention or revenue</source>
        <translation>Retención o ingresos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Metric:</source>
        <translation>Mé&amp;trica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Attribution:</source>
        <translation>Atri&amp;bución:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First touch</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last touch</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution model</source>
        <translation>Modelo de atribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start event:</source>
        <translation>Evento &amp;inicial:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start event</source>
        <translation>Evento inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;teps:</source>
        <translation>Pas&amp;os:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps to follow</source>
        <translation>Pasos que seguir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New segment…</source>
        <translation>&amp;Nuevo segmento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a segment</source>
        <translation>Crear un segmento</translation>
    </message>
</context>
<context>
    <name>Atelier::AnalyticsPage</name>
    <message>
        <location filename="../ui/analytics/analyticspage.cpp" line="+55"/>
        <location line="+61"/>
        <location filename="../ui/core/mainwindow.cpp" line="-1"/>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Choose a brand first: the report is about one brand.</source>
        <translation>Elegir primero una marca: el informe trata de una sola marca.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Analyses</source>
        <translation>Análisis</translation>
    </message>
</context>
<context>
    <name>Atelier::AuditModel</name>
    <message>
        <location filename="../models/security/auditmodel.cpp" line="+16"/>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource type</source>
        <translation>Tipo de recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
</context>
<context>
    <name>Atelier::AuditPage</name>
    <message>
        <location filename="../ui/core/mainwindow.cpp" line="+4"/>
        <location filename="../ui/security/auditpage.cpp" line="+92"/>
        <location line="+135"/>
        <source>Audit trail</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location filename="../ui/security/auditpage.cpp" line="-90"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n row(s) shown; scroll for more.</source>
        <translation>
            <numerusform>%n fila mostrada; desplazarse para ver más.</numerusform>
            <numerusform>%n filas mostradas; desplazarse para ver más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n fila.</numerusform>
            <numerusform>%n filas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verifying the whole chain…</source>
        <translation>Verificando toda la cadena…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Intact: %n row(s), each linked to the one before. Last row %1, hash %2.</source>
        <translation>
            <numerusform>Intacta: %n fila, enlazada con la anterior. Última fila %1, hash %2.</numerusform>
            <numerusform>Intacta: %n filas, cada una enlazada con la anterior. Última fila %1, hash %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n newer row(s) not chained yet: verify again to check them.</source>
        <translation>
            <numerusform>%n fila más reciente aún sin encadenar: verificar de nuevo para comprobarla.</numerusform>
            <numerusform>%n filas más recientes aún sin encadenar: verificar de nuevo para comprobarlas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tampered: the chain breaks at row %1 (%2).</source>
        <translation>Alterada: la cadena se rompe en la fila %1 (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n fila escrita en %1.</numerusform>
            <numerusform>%n filas escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>U&amp;ser:</source>
        <translation>U&amp;suario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>A&amp;cción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource &amp;type:</source>
        <translation>&amp;Tipo de recurso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resource:</source>
        <translation>&amp;Recurso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by user</source>
        <translation>Filtrar por usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by action</source>
        <translation>Filtrar por acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by resource type</source>
        <translation>Filtrar por tipo de recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by resource</source>
        <translation>Filtrar por recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ilter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;erify</source>
        <translation>Ver&amp;ificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the whole chain</source>
        <translation>Verificar toda la cadena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the rows the filter shows as CSV</source>
        <translation>Exportar como CSV las filas que muestra el filtro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail rows</source>
        <translation>Filas del registro de auditoría</translation>
    </message>
</context>
<context>
    <name>Atelier::BrandListModel</name>
    <message>
        <location filename="../models/core/brandlistmodel.cpp" line="+36"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>Atelier::CacheFigureModel</name>
    <message>
        <location filename="../models/monitoring/monitoringmodels.cpp" line="-280"/>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hit ratio</source>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hits out of every request</source>
        <translation>Aciertos por cada solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hits</source>
        <translation>Aciertos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Misses</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Memory the cache uses, or may use</source>
        <translation>Memoria que usa la caché, o que puede usar</translation>
    </message>
</context>
<context>
    <name>Atelier::CacheView</name>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="-178"/>
        <location filename="../ui/ai/cacheview.cpp" line="+127"/>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <location filename="../ui/ai/cacheview.cpp" line="+23"/>
        <source>Choose a brand.</source>
        <translation>Elegir una marca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no requests yet</source>
        <translation>aún no hay solicitudes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop answering from every cached result of this brand? The same requests will be generated, and paid for, again. The results themselves stay in the gallery.</source>
        <translation>¿Dejar de responder con todos los resultados en caché de esta marca? Las mismas solicitudes se volverán a generar, y a pagar. Los resultados en sí se quedan en la galería.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stop answering from this brand&apos;s cached results older than %n day(s)? The same requests will be generated, and paid for, again. The results themselves stay in the gallery.</source>
        <translation>
            <numerusform>¿Dejar de responder con los resultados en caché de esta marca con más de %n día? Las mismas solicitudes se volverán a generar, y a pagar. Los resultados en sí se quedan en la galería.</numerusform>
            <numerusform>¿Dejar de responder con los resultados en caché de esta marca con más de %n días? Las mismas solicitudes se volverán a generar, y a pagar. Los resultados en sí se quedan en la galería.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear cached results</source>
        <translation>Borrar los resultados en caché</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the %1 of results kept on this desktop, in %2? They are read from the database again when needed.</source>
        <translation>¿Eliminar los %1 de resultados guardados en este equipo, en %2? Se vuelven a leer de la base de datos cuando hace falta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear this desktop&apos;s disk cache</source>
        <translation>Vaciar la caché de disco de este equipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clearing the cache…</source>
        <translation>Borrando la caché…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cache was not cleared: %1</source>
        <translation>No se borró la caché: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Removed %n entry(ies); %1 freed on this desktop&apos;s disk, %2 of results no longer answered from the cache.</source>
        <translation>
            <numerusform>%n entrada eliminada; %1 liberados en el disco de este equipo, %2 de resultados que la caché ya no sirve.</numerusform>
            <numerusform>%n entradas eliminadas; %1 liberados en el disco de este equipo, %2 de resultados que la caché ya no sirve.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clearing this desktop&apos;s disk cache…</source>
        <translation>Vaciando la caché de disco de este equipo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Freed %1 on this desktop&apos;s disk.</source>
        <translation>%1 liberados en el disco de este equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desktop&apos;s disk cache was already empty.</source>
        <translation>La caché de disco de este equipo ya estaba vacía.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Result cache</source>
        <translation>Caché de resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same request as a completed one (provider, model, prompt, parameters and seed) is answered with that result: no provider call, no credit.</source>
        <translation>Una solicitud igual a otra completada (proveedor, modelo, prompt, parámetros y semilla) recibe ese mismo resultado: sin llamada al proveedor ni créditos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This brand, all time</source>
        <translation>Esta marca, desde el principio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desktop</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered from the cache:</source>
        <translation>Servidas por la caché:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated by a provider:</source>
        <translation>Generadas por un proveedor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hit rate:</source>
        <translation>Tasa de aciertos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results the cache can answer with:</source>
        <translation>Resultados que la caché puede servir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits saved:</source>
        <translation>Créditos ahorrados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk cache of results:</source>
        <translation>Caché de disco de resultados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear results older than:</source>
        <translation>&amp;Borrar los resultados con más de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any age (all)</source>
        <translation>cualquier antigüedad (todos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age in days of the cached results to clear; 0 clears them all</source>
        <translation>Antigüedad en días de los resultados en caché que borrar; 0 los borra todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear &amp;results…</source>
        <translation>Borrar &amp;resultados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the cached results older than the age given</source>
        <translation>Borrar los resultados en caché más antiguos que la antigüedad indicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear this desktop&apos;s &amp;disk cache…</source>
        <translation>Vaciar la &amp;caché de disco de este equipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pen the folder</source>
        <translation>Abrir la car&amp;peta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the disk cache&apos;s folder</source>
        <translation>Abrir la carpeta de la caché de disco</translation>
    </message>
</context>
<context>
    <name>Atelier::ChartWidget</name>
    <message>
        <location filename="../ui/analytics/chartwidget.cpp" line="+142"/>
        <source>Annotate “%1”…</source>
        <translation>Anotar «%1»…</translation>
    </message>
</context>
<context>
    <name>Atelier::CollectionsView</name>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="-5"/>
        <location filename="../ui/ai/collectionsview.cpp" line="+80"/>
        <location line="+214"/>
        <location line="+1"/>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/collectionsview.cpp" line="-165"/>
        <source>%1 · %n item(s) · shared</source>
        <translation>
            <numerusform>%1 · %n elemento · compartida</numerusform>
            <numerusform>%1 · %n elementos · compartida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 · %n item(s)</source>
        <translation>
            <numerusform>%1 · %n elemento</numerusform>
            <numerusform>%1 · %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No collection yet: select generations in the Studio and choose &quot;Add to collection&quot;, or make one here.</source>
        <translation>Aún no hay colecciones: seleccionar generaciones en el Studio y elegir «Añadir a una colección», o crear una aquí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Made %3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Creada el %3%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · shared</source>
        <translation> · compartida</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Made the collection %1.</source>
        <translation>Colección %1 creada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the collection:</source>
        <translation>Nombre de la colección:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A collection needs a name.</source>
        <translation>Una colección necesita un nombre.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Shared with %1.</source>
        <translation>Compartida con %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share the collection</source>
        <translation>Compartir la colección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person to share with</source>
        <translation>Persona con quien compartir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What they may do</source>
        <translation>Lo que puede hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Person (user name):</source>
        <translation>&amp;Persona (nombre de usuario):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;May:</source>
        <translation>Pe&amp;rmiso:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the person to share with.</source>
        <translation>Indicar la persona con quien compartir.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Wrote %n result(s) and a manifest to %1.</source>
        <translation>
            <numerusform>%n resultado y un manifiesto escritos en %1.</numerusform>
            <numerusform>%n resultados y un manifiesto escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the collection</source>
        <translation>Exportar la colección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip archive (*.zip)</source>
        <translation>Archivo zip (*.zip)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new collection</source>
        <translation>Crear una colección nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share…</source>
        <translation>&amp;Compartir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the collection with a person</source>
        <translation>Compartir la colección con una persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the collection&apos;s results and a manifest as a zip</source>
        <translation>Exportar los resultados de la colección y un manifiesto en un zip</translation>
    </message>
</context>
<context>
    <name>Atelier::CommentsPanel</name>
    <message>
        <location filename="../ui/collaboration/commentspanel.cpp" line="+166"/>
        <source>(resolved)</source>
        <translation>(resuelto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(edited)</source>
        <translation>(editado)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a comment; @name mentions someone.</source>
        <translation>Escribir un comentario; @nombre menciona a alguien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to comment on here.</source>
        <translation>Aquí no hay nada que comentar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments on %1 of %2</source>
        <translation>Comentarios sobre %1 de %2</translation>
    </message>
</context>
<context>
    <name>Atelier::ComparisonView</name>
    <message>
        <location filename="../ui/ai/detailview.cpp" line="+94"/>
        <source>Result of %1</source>
        <translation>Resultado de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · quality %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · calidad %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This generation has no result.</source>
        <translation>Esta generación no tiene resultado.</translation>
    </message>
</context>
<context>
    <name>Atelier::ConsoleApp</name>
    <message>
        <location filename="../ui/core/consoleapp.cpp" line="+39"/>
        <source>Preparing the database…</source>
        <translation>Preparando la base de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <location line="+3"/>
        <location line="+29"/>
        <location line="+24"/>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>First start: creating the demo data (%1 %)…</source>
        <translation>Primer inicio: creando los datos de demostración (%1 %)…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unknown page &quot;%1&quot;; the pages are: %2.</source>
        <translation>Página «%1» desconocida; las páginas son: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <location line="+5"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Creating the demo data was cancelled; nothing was written. It starts again the next time you open Atelier.</source>
        <translation>Se canceló la creación de los datos de demostración; no se escribió nada. Volverá a empezar la próxima vez que se abra Atelier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1

Forget this saved database and open the embedded one?</source>
        <translation>%1

¿Olvidar esta base de datos guardada y abrir la integrada?</translation>
    </message>
</context>
<context>
    <name>Atelier::ConsoleMonitor</name>
    <message>
        <location filename="../ui/core/consolemonitor.cpp" line="+79"/>
        <source>Monitoring: %1</source>
        <translation>Supervisión: %1</translation>
    </message>
</context>
<context>
    <name>Atelier::CreditUsageModel</name>
    <message>
        <location filename="../models/ai/creditusagemodel.cpp" line="+42"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charged</source>
        <translation>Cobrados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits charged for completed generations in the range</source>
        <translation>Créditos cobrados por las generaciones completadas en el periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Reembolsados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits given back for failed or cancelled generations in the range</source>
        <translation>Créditos devueltos por las generaciones fallidas o canceladas en el periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held now</source>
        <translation>Retenidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits held now by jobs still queued or running</source>
        <translation>Créditos retenidos ahora por tareas aún en cola o en curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used this month</source>
        <translation>Usados este mes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits charged since the start of this month</source>
        <translation>Créditos cobrados desde el inicio de este mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly quota</source>
        <translation>Cuota mensual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no quota</source>
        <translation>sin cuota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits the person may use each month in this brand</source>
        <translation>Créditos que la persona puede usar cada mes en esta marca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left this month</source>
        <translation>Restantes este mes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The quota less what was used this month and what is held now</source>
        <translation>La cuota menos lo usado este mes y lo retenido ahora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Over the quota: new generations are refused until next month or a larger quota.</source>
        <translation>Cuota superada: las nuevas generaciones se rechazan hasta el mes que viene o hasta tener una cuota mayor.</translation>
    </message>
</context>
<context>
    <name>Atelier::CreditsView</name>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="+4"/>
        <location filename="../ui/ai/creditsview.cpp" line="+188"/>
        <location line="+313"/>
        <source>Credits and usage</source>
        <translation>Créditos y consumo</translation>
    </message>
    <message>
        <location filename="../ui/ai/creditsview.cpp" line="-290"/>
        <source>Choose a brand and a range of days.</source>
        <translation>Elegir una marca y un periodo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n person(s) spent credits in this brand; %1 generation(s) and %2 credit(s) charged in the range.</source>
        <translation>
            <numerusform>%n persona gastó créditos en esta marca; %1 generación(es) y %2 crédito(s) cobrados en el periodo.</numerusform>
            <numerusform>%n personas gastaron créditos en esta marca; %1 generación(es) y %2 crédito(s) cobrados en el periodo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your own balance could not be read: %1</source>
        <translation>No se pudo leer el saldo propio: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>You have used %1 of %2 credits this month; %n are held by queued jobs.</source>
        <translation>
            <numerusform>Se han usado %1 de %2 créditos este mes; %n está retenido por tareas en cola.</numerusform>
            <numerusform>Se han usado %1 de %2 créditos este mes; %n están retenidos por tareas en cola.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You have used %1 credits this month, with no monthly quota; %n are held by queued jobs.</source>
        <translation>
            <numerusform>Se han usado %1 créditos este mes, sin cuota mensual; %n está retenido por tareas en cola.</numerusform>
            <numerusform>Se han usado %1 créditos este mes, sin cuota mensual; %n están retenidos por tareas en cola.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Set a monthly quota</source>
        <translation>Fijar una cuota mensual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits %1 may use each month in this brand:</source>
        <translation>Créditos que %1 puede usar cada mes en esta marca:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Setting the quota of %1…</source>
        <translation>Fijando la cuota de %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The quota of %1 was not changed: %2</source>
        <translation>No se cambió la cuota de %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 may now use %2 credits a month in this brand.</source>
        <translation>%1 ya puede usar %2 créditos al mes en esta marca.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Used this month against the monthly quota</source>
        <translation>Consumo del mes frente a la cuota mensual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody spent credits in this brand</source>
        <translation>Nadie gastó créditos en esta marca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Used this month</source>
        <translation>Usados este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly quota</source>
        <translation>Cuota mensual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (no quota)</source>
        <translation>%1 (sin cuota)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, no quota</source>
        <translation>%1: %2, sin cuota</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+59"/>
        <location line="+74"/>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+109"/>
        <source>Generations and credits per day</source>
        <translation>Generaciones y créditos por día</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+29"/>
        <location line="+75"/>
        <source>Generations</source>
        <translation>Generaciones</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Credits charged</source>
        <translation>Créditos cobrados</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%1 generation(s) and %2 credit(s) over %n day(s); at most %3 generation(s) in a day.</source>
        <translation>
            <numerusform>%1 generación(es) y %2 crédito(s) en %n día; como mucho %3 generación(es) en un día.</numerusform>
            <numerusform>%1 generación(es) y %2 crédito(s) en %n días; como mucho %3 generación(es) en un día.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>pending</source>
        <translation>pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>processing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>completadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fallidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>canceladas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All generations</source>
        <translation>Todas las generaciones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>By model</source>
        <translation>Por modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By type</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By status</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set &amp;quota…</source>
        <translation>Fijar &amp;cuota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the monthly credits of the selected person in this brand (administrators only)</source>
        <translation>Fijar los créditos mensuales de la persona seleccionada en esta marca (solo administradores)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the monthly quota of the selected person</source>
        <translation>Fijar la cuota mensual de la persona seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits per person</source>
        <translation>Créditos por persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits used this month against the quota, per person</source>
        <translation>Créditos usados este mes frente a la cuota, por persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Totals over the range:</source>
        <translation>&amp;Totales en el periodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generations and credits by model, type and status</source>
        <translation>Generaciones y créditos por modelo, tipo y estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cached</source>
        <translation>En caché</translation>
    </message>
</context>
<context>
    <name>Atelier::CustomModelTableModel</name>
    <message>
        <location filename="../models/ai/trainingmodels.cpp" line="+144"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained</source>
        <translation>Entrenado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used as</source>
        <translation>Usado como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Training</source>
        <translation>Entrenando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
</context>
<context>
    <name>Atelier::DateRangeSelector</name>
    <message>
        <location filename="../ui/core/daterangeselector.cpp" line="+94"/>
        <source>Last %1 days</source>
        <translation>Últimos %1 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date range preset</source>
        <translation>Periodo predefinido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fr&amp;om</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thro&amp;ugh</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the range (UTC)</source>
        <translation>Primer día del periodo (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the range (UTC), included</source>
        <translation>Último día del periodo (UTC), incluido</translation>
    </message>
</context>
<context>
    <name>Atelier::DetailView</name>
    <message>
        <location filename="../ui/ai/detailview.cpp" line="+188"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This generation cannot be shown</source>
        <translation>Esta generación no se puede mostrar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative prompt:</source>
        <translation>Prompt negativo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · answered from the cache</source>
        <translation> · servida por la caché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parameters:</source>
        <translation>Parámetros:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost:</source>
        <translation>Coste:</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n crédito</numerusform>
            <numerusform>%n créditos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality:</source>
        <translation>Calidad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of 100</source>
        <translation>%1 de 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating:</source>
        <translation>Valoración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts:</source>
        <translation>Intentos:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Creación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstar</source>
        <translation>Quitar la estrella</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Star</source>
        <translation>Marcar con estrella</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A 3D model: this is its preview. Open it in your 3D viewer to turn it around.</source>
        <translation>Un modelo 3D: esta es su vista previa. Abrirlo en un visor 3D para girarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An animation: it plays here, in a loop.</source>
        <translation>Una animación: se reproduce aquí, en bucle.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The result is not an image this desktop can show.</source>
        <translation>El resultado no es una imagen que este equipo pueda mostrar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>v%1 · %2</source>
        <translation>v%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1, %2
%3</source>
        <translation>Versión %1, %2
%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+269"/>
        <source>Versions (%1):</source>
        <translation>Versiones (%1):</translation>
    </message>
    <message>
        <location line="-245"/>
        <location line="+216"/>
        <source>← Back &amp;to the image</source>
        <translation>← &amp;Volver a la imagen</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+208"/>
        <source>← Back &amp;to the gallery</source>
        <translation>← &amp;Volver a la galería</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>The new version was answered from the cache.</source>
        <translation>La nueva versión se sirvió desde la caché.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new version is queued; it joins the timeline when it is done.</source>
        <translation>La nueva versión está en cola; se añadirá a la línea de tiempo cuando termine.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New version</source>
        <translation>Nueva versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompt of the new version (the same model and settings):</source>
        <translation>Prompt de la nueva versión (el mismo modelo y los mismos ajustes):</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No application on this desktop opens 3D models (GLB). The file is %1.</source>
        <translation>Ninguna aplicación de este equipo abre modelos 3D (GLB). El archivo es %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the result</source>
        <translation>Guardar el resultado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drag over the image to mark an area, or zoom and move to it and press Enter to mark what is on screen.</source>
        <translation>Arrastrar sobre la imagen para marcar una zona, o ampliar y desplazarse hasta ella y pulsar Intro para marcar lo que se ve en pantalla.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1. %2 by %3: %4</source>
        <translation>%1. %2 de %3: %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+70"/>
        <source>Annotations (%1):</source>
        <translation>Anotaciones (%1):</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+57"/>
        <source>Annotate the image</source>
        <translation>Anotar la imagen</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>An annotation needs a text; nothing was added.</source>
        <translation>Una anotación necesita un texto; no se añadió nada.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Annotation added.</source>
        <translation>Anotación añadida.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back (Esc)</source>
        <translation>Volver (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reuse prompt</source>
        <translation>Reutilizar el prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this prompt in the Generate panel</source>
        <translation>Poner este prompt en el panel Generar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reuse seed</source>
        <translation>Reutilizar la semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this seed in the Generate panel</source>
        <translation>Poner esta semilla en el panel Generar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remi&amp;x</source>
        <translation>Remez&amp;clar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put everything of this generation in the Generate panel</source>
        <translation>Poner todo lo de esta generación en el panel Generar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version from this…</source>
        <translation>Nueva versión a partir de esta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a &amp;3D model from it</source>
        <translation>Crear un modelo &amp;3D a partir de ella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare a 3D generation from this image in the Generate panel</source>
        <translation>Preparar una generación 3D a partir de esta imagen en el panel Generar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give stars</source>
        <translation>Valorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate this generation</source>
        <translation>Valorar esta generación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the 3D model</source>
        <translation>Abrir el modelo 3D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the GLB file in this desktop&apos;s 3D viewer</source>
        <translation>Abrir el archivo GLB en el visor 3D de este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare side by side</source>
        <translation>Comparar lado a lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the version selected in the timeline with this one</source>
        <translation>Comparar con esta la versión seleccionada en la línea de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions timeline</source>
        <translation>Línea de tiempo de versiones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark an area of the image with a comment, a suggestion or an issue (Ctrl+Shift+A)</source>
        <translation>Marcar una zona de la imagen con un comentario, una sugerencia o un problema (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations of the image</source>
        <translation>Anotaciones de la imagen</translation>
    </message>
</context>
<context>
    <name>Atelier::ExecutionModel</name>
    <message>
        <location filename="../models/workflows/workflowmodels.cpp" line="+300"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error workflow</source>
        <translation>Flujo de error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Reintento</translation>
    </message>
</context>
<context>
    <name>Atelier::ExportReportDialog</name>
    <message>
        <location filename="../ui/analytics/exportreportdialog.cpp" line="+31"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+107"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Analyses to include</source>
        <translation>Análisis que incluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report file</source>
        <translation>Archivo del informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the report</source>
        <translation>Abrir el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the report&apos;s folder</source>
        <translation>Mostrar la carpeta del informe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No application opens %1.</source>
        <translation>Ninguna aplicación abre %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No application shows the folder %1.</source>
        <translation>Ninguna aplicación muestra la carpeta %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, %2 to %3. Include:</source>
        <translation>%1, del %2 al %3. Incluir:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as (.pdf: charts and tables; .csv: every table):</source>
        <translation>Guardar como (.pdf: gráficos y tablas; .csv: todas las tablas):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This desktop has no Documents folder: the report goes to your home folder.</source>
        <translation>Este equipo no tiene carpeta Documentos: el informe va a la carpeta personal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 could not be created or written: the report goes to your home folder.</source>
        <translation>No se pudo crear la carpeta %1 o escribir en ella: el informe va a la carpeta personal.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PDF report (*.pdf);;CSV tables (*.csv)</source>
        <translation>Informe PDF (*.pdf);;Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tick at least one analysis.</source>
        <translation>Marcar al menos un análisis.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Computing the analyses…</source>
        <translation>Calculando los análisis…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Atelier::FunnelEditor</name>
    <message>
        <location filename="../ui/analytics/funneleditor.cpp" line="+25"/>
        <source>Edit funnel</source>
        <translation>Editar el embudo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funnel name</source>
        <translation>Nombre del embudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Filters (property=value; …)</source>
        <translation>Filtros (propiedad=valor; …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded event</source>
        <translation>Evento excluido</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+113"/>
        <source>After step</source>
        <translation>Después del paso</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+113"/>
        <source>Before step</source>
        <translation>Antes del paso</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Exclusions</source>
        <translation>Exclusiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion window</source>
        <translation>Ventana de conversión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window unit</source>
        <translation>Unidad de la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No breakdown</source>
        <translation>Sin desglose</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save this funnel (under its name)</source>
        <translation>&amp;Guardar este embudo (con su nombre)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add step</source>
        <translation>&amp;Añadir paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve step</source>
        <translation>&amp;Quitar paso</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add e&amp;xclusion</source>
        <translation>Añadir e&amp;xclusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove exc&amp;lusion</source>
        <translation>Quitar exc&amp;lusión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Window:</source>
        <translation>&amp;Ventana:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Desglose:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps, in order:</source>
        <translation>Pasos, en orden:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exclusions: an attempt stops if this event happens between the two steps.</source>
        <translation>Exclusiones: un intento se detiene si este evento ocurre entre los dos pasos.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>A funnel needs at least two steps.</source>
        <translation>Un embudo necesita al menos dos pasos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A funnel has at most %1 steps.</source>
        <translation>Un embudo tiene como máximo %1 pasos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step %1: &quot;%2&quot; is not property=value.</source>
        <translation>Paso %1: «%2» no tiene la forma propiedad=valor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1: unknown property &quot;%2&quot;; the properties are: %3.</source>
        <translation>Paso %1: propiedad «%2» desconocida; las propiedades son: %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exclusion %1: the steps must be two steps of the funnel, the first before the second (1 to %2).</source>
        <translation>Exclusión %1: los pasos deben ser dos pasos del embudo, el primero antes del segundo (de 1 a %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the funnel a name to save it.</source>
        <translation>Dar un nombre al embudo para guardarlo.</translation>
    </message>
</context>
<context>
    <name>Atelier::GalleryModel</name>
    <message>
        <location filename="../ui/ai/galleryview.cpp" line="+85"/>
        <location filename="../models/ai/gallerymodel.cpp" line="+108"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/ai/gallerymodel.cpp" line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/ai/gallerymodel.cpp" line="-8"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../models/ai/gallerymodel.cpp" line="+2"/>
        <source>Generating</source>
        <translation>Generando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3D model</source>
        <translation>Modelo 3D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animation</source>
        <translation>Animación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From a template</source>
        <translation>Con plantilla</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1
%2 · %3 · %4 · %5</source>
        <translation>%1
%2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>Atelier::GalleryView</name>
    <message>
        <location filename="../ui/ai/galleryview.cpp" line="+414"/>
        <source>No generation matches.</source>
        <translation>Ninguna generación coincide.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n generation(s)</source>
        <translation>
            <numerusform>%n generación</numerusform>
            <numerusform>%n generaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · scroll for more</source>
        <translation> · desplazarse para ver más</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Starred %n generation(s).</source>
        <translation>
            <numerusform>%n generación marcada con estrella.</numerusform>
            <numerusform>%n generaciones marcadas con estrella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Unstarred %n generation(s).</source>
        <translation>
            <numerusform>Se quitó la estrella a %n generación.</numerusform>
            <numerusform>Se quitó la estrella a %n generaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Rated %n generation(s) %1 of 5.</source>
        <translation>
            <numerusform>%n generación valorada con %1 de 5.</numerusform>
            <numerusform>%n generaciones valoradas con %1 de 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Added %n generation(s) to %1.</source>
        <translation>
            <numerusform>%n generación añadida a %1.</numerusform>
            <numerusform>%n generaciones añadidas a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Created the collection %1 with %n generation(s).</source>
        <translation>
            <numerusform>Colección %1 creada con %n generación.</numerusform>
            <numerusform>Colección %1 creada con %n generaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Took %n generation(s) out of the collection.</source>
        <translation>
            <numerusform>%n generación quitada de la colección.</numerusform>
            <numerusform>%n generaciones quitadas de la colección.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New collection…</source>
        <translation>Nueva colección…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the collection:</source>
        <translation>Nombre de la colección:</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Deleted %n generation(s).</source>
        <translation>
            <numerusform>%n generación eliminada.</numerusform>
            <numerusform>%n generaciones eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete generations</source>
        <translation>Eliminar generaciones</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n generation(s) with their versions? Their credits stay in the ledger. This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n generación con sus versiones? Sus créditos siguen en el registro contable. No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n generaciones con sus versiones? Sus créditos siguen en el registro contable. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Wrote %n result(s) and a manifest to %1.</source>
        <translation>
            <numerusform>%n resultado y un manifiesto escritos en %1.</numerusform>
            <numerusform>%n resultados y un manifiesto escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the selected generations</source>
        <translation>Exportar las generaciones seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip archive (*.zip)</source>
        <translation>Archivo zip (*.zip)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Compare %n generation(s)</source>
        <translation>
            <numerusform>Comparar %n generación</numerusform>
            <numerusform>Comparar %n generaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Search:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Search in prompts (Ctrl+F)</source>
        <translation>Buscar en los prompts (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by type</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued or generating</source>
        <translation>En cola o en curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by model</source>
        <translation>Filtrar por modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any model</source>
        <translation>Cualquier modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by collection</source>
        <translation>Filtrar por colección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any collection</source>
        <translation>Cualquier colección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by date</source>
        <translation>Filtrar por fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbar&apos;s dates</source>
        <translation>Periodo de la barra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by rating</source>
        <translation>Filtrar por valoración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any rating</source>
        <translation>Cualquier valoración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 only</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starred only</source>
        <translation>Solo con estrella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best quality</source>
        <translation>Mejor calidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best rated</source>
        <translation>Mejor valoradas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cheapest</source>
        <translation>Más baratas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most expensive</source>
        <translation>Más caras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slowest</source>
        <translation>Más lentas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generations</source>
        <translation>Generaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected generation (Enter)</source>
        <translation>Abrir la generación seleccionada (Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star</source>
        <translation>Estrella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star or unstar the selection</source>
        <translation>Marcar o desmarcar con estrella la selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give stars</source>
        <translation>Valorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the selection</source>
        <translation>Valorar la selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to collection</source>
        <translation>&amp;Añadir a colección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from collection</source>
        <translation>Quitar de colección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected results and a manifest as a zip</source>
        <translation>Exportar los resultados seleccionados y un manifiesto en un zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare two to four generations side by side</source>
        <translation>Comparar de dos a cuatro generaciones lado a lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected generations (Delete)</source>
        <translation>Eliminar las generaciones seleccionadas (Supr)</translation>
    </message>
</context>
<context>
    <name>Atelier::GeneratePanel</name>
    <message numerus="yes">
        <location filename="../ui/ai/generatepanel.cpp" line="+465"/>
        <source>%1 — %n credit(s) · ~%2 s</source>
        <translation>
            <numerusform>%1 — %n crédito · ~%2 s</numerusform>
            <numerusform>%1 — %n créditos · ~%2 s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — free · ~%2 s</source>
        <translation>%1 — gratis · ~%2 s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Optional for the offline renderer, which draws its model from the prompt.</source>
        <translation>Opcional para el renderizador sin conexión, que dibuja su modelo a partir del prompt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id of a completed image generation of this brand, which the 3D model is made from.</source>
        <translation>El id de una generación de imagen completada de esta marca, a partir de la cual se crea el modelo 3D.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Template variable %1</source>
        <translation>Variable %1 de la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Will be sent as: %1</source>
        <translation>Se enviará así: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No model of this kind is registered with this provider.</source>
        <translation>Este proveedor no tiene registrado ningún modelo de esta clase.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading the models…</source>
        <translation>Cargando los modelos…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 × %2 = %n credit(s)</source>
        <translation>
            <numerusform>%1 × %2 = %n crédito</numerusform>
            <numerusform>%1 × %2 = %n créditos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>No quota set: %n credit(s)</source>
        <translation>
            <numerusform>Sin cuota definida: %n crédito</numerusform>
            <numerusform>Sin cuota definida: %n créditos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, more than the %2 of %3 left this month: lower the count or choose a cheaper model.</source>
        <translation>%1, más de los %2 de %3 que quedan este mes: reducir la cantidad o elegir un modelo más barato.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 of %3 left this month</source>
        <translation>%1 · quedan %2 de %3 este mes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queue the generations (Ctrl+Return)</source>
        <translation>Poner las generaciones en cola (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+144"/>
        <source>Choose a brand first: generations belong to one.</source>
        <translation>Elegir primero una marca: las generaciones pertenecen a una.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>The models are still loading.</source>
        <translation>Los modelos aún se están cargando.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a model: %1 has none for this kind of result.</source>
        <translation>Elegir un modelo: %1 no tiene ninguno para esta clase de resultado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The template &quot;%1&quot; needs a value for: %2.</source>
        <translation>La plantilla «%1» necesita un valor para: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt is empty: say what to generate.</source>
        <translation>El prompt está vacío: indicar qué generar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The prompt is %1 characters long; at most %2 are accepted.</source>
        <translation>El prompt tiene %1 caracteres; se aceptan como máximo %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The size %1 × %2 is outside %3–%4 pixels a side.</source>
        <translation>El tamaño %1 × %2 está fuera de %3–%4 píxeles por lado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 makes a 3D model from a picture: give the id of a completed image generation in &quot;From generation&quot;.</source>
        <translation>%1 crea un modelo 3D a partir de una imagen: indicar el id de una generación de imagen completada en «Desde la generación».</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Queuing %n generation(s)…</source>
        <translation>
            <numerusform>Poniendo en cola %n generación…</numerusform>
            <numerusform>Poniendo en cola %n generaciones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Queued %n generation(s).</source>
        <translation>
            <numerusform>%n generación puesta en cola.</numerusform>
            <numerusform>%n generaciones puestas en cola.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n answered from the cache, at no cost.</source>
        <translation>
            <numerusform>%n servida desde la caché, sin coste.</numerusform>
            <numerusform>%n servidas desde la caché, sin coste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Made with %1, quality %2 of 100; %3% of the words in common. Click to use this prompt.</source>
        <translation>Hecha con %1, calidad %2 de 100; %3 % de palabras en común. Pulsar para usar este prompt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The prompt is empty: there is nothing to optimise.</source>
        <translation>El prompt está vacío: no hay nada que optimizar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Optimising the prompt…</source>
        <translation>Refinando el prompt…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The prompt needs no change.</source>
        <translation>El prompt no necesita cambios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested prompt:</source>
        <translation>Prompt sugerido:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to the negative prompt: %1</source>
        <translation>Añadido al prompt negativo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes:</source>
        <translation>Cambios:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Generation %1 has no seed this panel can set.</source>
        <translation>La generación %1 no tiene ninguna semilla que este panel pueda usar.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The model %1 of %2 is not offered any more: choose another.</source>
        <translation>El modelo %1 de %2 ya no se ofrece: elegir otro.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+59"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>Mod&amp;elo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From generation:</source>
        <translation>Desde la generación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temp&amp;late:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prompt:</source>
        <translation>P&amp;rompt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Negative prompt (what to keep out):</source>
        <translation>Prompt negativo (lo &amp;que excluir):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar past prompts (clic&amp;k one to use it):</source>
        <translation>Prompts parecidos &amp;ya usados (pulsar uno para usarlo):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Width:</source>
        <translation>A&amp;nchura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>He&amp;ight:</source>
        <translation>A&amp;ltura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;eps:</source>
        <translation>Pas&amp;os:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See&amp;d:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image (2D)</source>
        <translation>Imagen (2D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3D model</source>
        <translation>Modelo 3D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animation</source>
        <translation>Animación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No template</source>
        <translation>Sin plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider&apos;s default</source>
        <translation>Valor por omisión del proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Random</source>
        <translation>Al a&amp;zar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimi&amp;ze prompt</source>
        <translation>Re&amp;finar el prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use it</source>
        <translation>Usarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of result</source>
        <translation>Clase de resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model, with its price and average time</source>
        <translation>Modelo, con su precio y su tiempo medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation the 3D model is made from</source>
        <translation>Generación a partir de la cual se crea el modelo 3D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt template</source>
        <translation>Plantilla de prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative prompt</source>
        <translation>Prompt negativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar past prompts</source>
        <translation>Prompts parecidos ya usados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimize the prompt</source>
        <translation>Refinar el prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggests a clearer prompt from rules and the brand&apos;s best-rated work, and lists each change.</source>
        <translation>Sugiere un prompt más claro a partir de reglas y de los trabajos mejor valorados de la marca, y enumera cada cambio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the suggested prompt</source>
        <translation>Usar el prompt sugerido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested prompt and its changes</source>
        <translation>Prompt sugerido y sus cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size preset</source>
        <translation>Tamaño predefinido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width in pixels</source>
        <translation>Anchura en píxeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height in pixels</source>
        <translation>Altura en píxeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling steps</source>
        <translation>Pasos de muestreo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many denoising steps the model takes; more is slower and often finer.</source>
        <translation>Cuántos pasos de eliminación de ruido da el modelo; más es más lento y a menudo más fino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed and prompt give the same picture. With a count above one, each next generation takes the next seed.</source>
        <translation>La misma semilla y el mismo prompt dan la misma imagen. Con una cantidad mayor que uno, cada generación siguiente toma la semilla siguiente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>Semilla al azar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the engine pick a new seed; with a count above one, the next generations take the seeds after it.</source>
        <translation>Dejar que el motor elija una semilla nueva; con una cantidad mayor que uno, las generaciones siguientes toman las semillas posteriores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of generations</source>
        <translation>Número de generaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost estimate</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate status</source>
        <translation>Estado del panel Generar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prompt the template gives</source>
        <translation>El prompt que da la plantilla</translation>
    </message>
</context>
<context>
    <name>Atelier::GenerationQueue</name>
    <message>
        <location filename="../services/ai/generationqueue.cpp" line="+416"/>
        <source>%1 answered with a 3D model that cannot be read: %2.</source>
        <translation>%1 respondió con un modelo 3D que no se puede leer: %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 answered with a still image where an animation was asked.</source>
        <translation>%1 respondió con una imagen fija cuando se pidió una animación.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answered with something that is not an image.</source>
        <translation>%1 respondió con algo que no es una imagen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>AI-generated</source>
        <translation>Generado por IA</translation>
    </message>
</context>
<context>
    <name>Atelier::HealthStateModel</name>
    <message>
        <location filename="../models/monitoring/monitoringmodels.cpp" line="+17"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generation queue</source>
        <translation>Cola de generaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow runners</source>
        <translation>Ejecutores de flujos de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset cache disk</source>
        <translation>Disco de la caché de recursos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI provider %1</source>
        <translation>Proveedor de IA %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Up</source>
        <translation>En servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Caído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first check in this state, within the window</source>
        <translation>La primera comprobación en este estado, dentro del intervalo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency (ms)</source>
        <translation>Latencia (ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 not up)</source>
        <translation>%1 (%2 no en servicio)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks kept in the window, and how many found the service degraded or down</source>
        <translation>Comprobaciones guardadas en el intervalo, y cuántas encontraron el servicio degradado o caído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last check said</source>
        <translation>La última comprobación dijo</translation>
    </message>
</context>
<context>
    <name>Atelier::ImageViewer</name>
    <message>
        <location filename="../ui/ai/imageviewer.cpp" line="+47"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wheel or +/− to zoom, drag or arrow keys to move, 0 to fit, 1 for 100 %.</source>
        <translation>Rueda o +/− para ampliar, arrastrar o flechas para desplazarse, 0 para ajustar, 1 para 100 %.</translation>
    </message>
</context>
<context>
    <name>Atelier::InboxModel</name>
    <message>
        <location filename="../models/collaboration/inboxmodel.cpp" line="+16"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared with you</source>
        <translation>Compartido contigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentioned you</source>
        <translation>Te ha mencionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission: %1</source>
        <translation>Permiso: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unread</source>
        <translation>no leído</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>leído</translation>
    </message>
</context>
<context>
    <name>Atelier::InboxPage</name>
    <message>
        <location filename="../ui/collaboration/inboxpage.cpp" line="+44"/>
        <source>New shares and comments will show when the inbox is reopened: listening for them failed.</source>
        <translation>Los nuevos elementos compartidos y comentarios aparecerán al volver a abrir Recibidos: falló su escucha.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inbox (%1)</source>
        <translation>Recibidos (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/core/mainwindow.cpp" line="-2"/>
        <source>Inbox</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+1"/>
        <source>Mark all read</source>
        <translation>Marcar todo como leído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with me and mentions</source>
        <translation>Compartido conmigo y menciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread: %1 shared with you, %2 mentioning you, %3 alert(s).</source>
        <translation>Sin leer: %1 compartido(s) contigo, %2 con menciones, %3 alerta(s).</translation>
    </message>
</context>
<context>
    <name>Atelier::KpiModel</name>
    <message>
        <location filename="../models/analytics/kpimodel.cpp" line="+40"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active users</source>
        <translation>Usuarios activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI generations</source>
        <translation>Generaciones de IA</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
</context>
<context>
    <name>Atelier::LineChartView</name>
    <message>
        <location filename="../ui/analytics/linechartview.cpp" line="+150"/>
        <source>Anomalies</source>
        <translation>Anomalías</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Anomaly on %1: %2</source>
        <translation>Anomalía el %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Annotate “%1”…</source>
        <translation>Anotar «%1»…</translation>
    </message>
</context>
<context>
    <name>Atelier::LiveUpdates</name>
    <message>
        <location filename="../services/collaboration/liveupdates.cpp" line="+33"/>
        <source>Cannot listen for changes from other consoles.</source>
        <translation>No se pueden escuchar los cambios de otras consolas.</translation>
    </message>
</context>
<context>
    <name>Atelier::MainWindow</name>
    <message>
        <location filename="../ui/core/mainwindow.cpp" line="+144"/>
        <source>About Atelier</source>
        <translation>Acerca de Atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atelier %1
The operations console for analytics, AI Studio and collaboration.</source>
        <translation>Atelier %1
La consola de operaciones para analítica, AI Studio y colaboración.</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+172"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>User: …</source>
        <translation>Usuario: …</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>User: unknown</source>
        <translation>Usuario: desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+149"/>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>The sign-in could not be recorded in the audit trail: %1</source>
        <translation>No se pudo registrar el inicio de sesión en el registro de auditoría: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database has no brands yet: run &quot;atelier demo --database %1&quot; to fill it with demo data.</source>
        <translation>Esta base de datos aún no tiene marcas: ejecutar «atelier demo --database %1» para llenarla de datos de demostración.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report a problem</source>
        <translation>&amp;Informar de un problema</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — Atelier</source>
        <comment>window title: page</comment>
        <translation>%1 — Atelier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 — Atelier</source>
        <comment>window title: page, brand</comment>
        <translation>%1 — %2 — Atelier</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The documentation is not installed (looked in %1).</source>
        <translation>La documentación no está instalada (se buscó en %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No application opens the folder %1.</source>
        <translation>Ninguna aplicación abre la carpeta %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Collecting the versions for the report…</source>
        <translation>Recopilando las versiones para el informe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied to the clipboard: the versions of Atelier, Qt and the database, and the schema version. Paste them into your report.</source>
        <translation>Copiado al portapapeles: las versiones de Atelier, Qt y la base de datos, y la versión del esquema. Pegarlas en el informe.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>&amp;Brand:</source>
        <translation>&amp;Marca:</translation>
    </message>
    <message>
        <location line="-352"/>
        <source>Reconnected to %1: the server had closed the connection, as it does when it restarts.</source>
        <translation>Reconectado a %1: el servidor había cerrado la conexión, como hace al reiniciarse.</translation>
    </message>
    <message>
        <location line="+353"/>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand and date range</source>
        <translation>Marca y periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark mode</source>
        <translation>Modo &amp;oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Atelier</source>
        <translation>&amp;Acerca de Atelier</translation>
    </message>
</context>
<context>
    <name>Atelier::MetricPointModel</name>
    <message>
        <location filename="../models/monitoring/monitoringmodels.cpp" line="+236"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean (ms)</source>
        <translation>Media (ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Max (ms)</source>
        <translation>Máx. (ms)</translation>
    </message>
</context>
<context>
    <name>Atelier::ModelComparisonModel</name>
    <message>
        <location filename="../models/ai/modelcomparisonmodel.cpp" line="+54"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits a result costs, from the registry</source>
        <translation>Créditos que cuesta un resultado, según el registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typical time</source>
        <translation>Tiempo típico</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Seconds a result usually takes, from the registry</source>
        <translation>Segundos que suele tardar un resultado, según el registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogue quality</source>
        <translation>Calidad del catálogo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry&apos;s quality score, 0 to 100</source>
        <translation>La puntuación de calidad del registro, de 0 a 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not in the registry</source>
        <translation>no está en el registro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generations</source>
        <translation>Generaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generations of this brand in the range (answers from the cache excluded)</source>
        <translation>Generaciones de esta marca en el periodo (sin las respuestas de la caché)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Completed among the finished generations</source>
        <translation>Completadas entre las generaciones terminadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p50 time</source>
        <translation>Tiempo p50</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Half of the completed generations took at most this long</source>
        <translation>La mitad de las generaciones completadas tardaron como mucho esto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p95 time</source>
        <translation>Tiempo p95</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>95% of the completed generations took at most this long</source>
        <translation>El 95 % de las generaciones completadas tardaron como mucho esto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean credits</source>
        <translation>Créditos medios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits charged per completed generation, on average</source>
        <translation>Créditos cobrados por generación completada, de media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean quality</source>
        <translation>Calidad media</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quality score of the completed generations, 0 to 100, on average</source>
        <translation>Puntuación de calidad de las generaciones completadas, de 0 a 100, de media</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 is no longer in the registry: only the brand&apos;s record is shown.</source>
        <translation>%1 ya no está en el registro: solo se muestra el historial de la marca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 completed, %2 failed</source>
        <translation>%1 completadas, %2 fallidas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Atelier::ModelsView</name>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="-3"/>
        <location filename="../ui/ai/modelsview.cpp" line="+174"/>
        <location line="+315"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../ui/ai/modelsview.cpp" line="-297"/>
        <source>Choose a brand and a range of days.</source>
        <translation>Elegir una marca y un periodo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n model(s) in the registry; %1 used by this brand in the range.</source>
        <translation>
            <numerusform>%n modelo en el registro; %1 usado(s) por esta marca en el periodo.</numerusform>
            <numerusform>%n modelos en el registro; %1 usado(s) por esta marca en el periodo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Success rate and mean quality</source>
        <translation>Tasa de éxito y calidad media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time per completed generation (seconds)</source>
        <translation>Tiempo por generación completada (segundos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No models loaded</source>
        <translation>No hay modelos cargados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No generations of these models in the range</source>
        <translation>Ninguna generación de estos modelos en el periodo</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+75"/>
        <location line="+35"/>
        <source>Success rate (%)</source>
        <translation>Tasa de éxito (%)</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Mean quality (0–100)</source>
        <translation>Calidad media (0–100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: success %2, quality %3</source>
        <translation>%1: éxito %2, calidad %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1: p50 %2, p95 %3</source>
        <translation>%1: p50 %2, p95 %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select a model in the table to see its record per day</source>
        <translation>Seleccionar un modelo en la tabla para ver su historial por día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 per day</source>
        <translation>%1 por día</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>Generations</source>
        <translation>Generaciones</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1: %n generation(s) over %2 day(s), on %3 busy day(s).</source>
        <translation>
            <numerusform>%1: %n generación en %2 día(s), con %3 día(s) de actividad.</numerusform>
            <numerusform>%1: %n generaciones en %2 día(s), con %3 día(s) de actividad.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any provider</source>
        <translation>Cualquier proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the models of this provider</source>
        <translation>Mostrar los modelos de este proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the models of this type</source>
        <translation>Mostrar los modelos de este tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models: registry and this brand&apos;s record</source>
        <translation>Modelos: registro e historial de esta marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success rate and mean quality of the models used</source>
        <translation>Tasa de éxito y calidad media de los modelos usados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median and 95th percentile time of the models used</source>
        <translation>Tiempo mediano y percentil 95 de los modelos usados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected model&apos;s generations and success rate per day</source>
        <translation>Generaciones y tasa de éxito por día del modelo seleccionado</translation>
    </message>
</context>
<context>
    <name>Atelier::MonitoringPage</name>
    <message>
        <location filename="../ui/core/mainwindow.cpp" line="-446"/>
        <location filename="../ui/monitoring/monitoringpage.cpp" line="+399"/>
        <location line="+430"/>
        <source>Monitoring</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <location filename="../ui/monitoring/monitoringpage.cpp" line="-368"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>PostgreSQL&apos;s own figures (pg_stat_statements), since %1: the top statements by total time.</source>
        <translation>Cifras propias de PostgreSQL (pg_stat_statements), desde %1: las principales sentencias por tiempo total.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL&apos;s own figures (pg_stat_statements): the top statements by total time.</source>
        <translation>Cifras propias de PostgreSQL (pg_stat_statements): las principales sentencias por tiempo total.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counted since this process or the database server started; no history of them is kept, so they show as they are now. PostgreSQL expects 99 % or more of its blocks from its buffers.</source>
        <translation>Contadas desde que arrancó este proceso o el servidor de base de datos; no se guarda su historial, así que se muestran tal como están ahora. PostgreSQL espera obtener de sus búferes el 99 % de sus bloques o más.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No check was kept in this window (atelier health --record keeps them); the right end shows the check made now.</source>
        <translation>No se guardó ninguna comprobación en este intervalo (atelier health --record las guarda); el extremo derecho muestra la comprobación hecha ahora.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check(s) kept in this window, and the one made now at the right end.</source>
        <translation>
            <numerusform>%n comprobación guardada en este intervalo, y la hecha ahora en el extremo derecho.</numerusform>
            <numerusform>%n comprobaciones guardadas en este intervalo, y la hecha ahora en el extremo derecho.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Open and recent alerts (%1 open):</source>
        <translation>Alertas abiertas y recientes (%1 abiertas):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 statement(s), %2 call(s) timed in the window.</source>
        <translation>%1 sentencia(s), %2 llamada(s) cronometradas en el intervalo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Not shown: %1</source>
        <translation>No se muestra: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was timed in this window</source>
        <translation>No se cronometró nada en este intervalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No statement was timed in this window.</source>
        <translation>No se cronometró ninguna sentencia en este intervalo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Milliseconds</source>
        <translation>Milisegundos</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Every statement together: %1 call(s); the worst p95 of a period was %2 ms.</source>
        <translation>Todas las sentencias juntas: %1 llamada(s); el peor p95 de un periodo fue de %2 ms.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a statement to read its SQL.</source>
        <translation>Seleccionar una sentencia para leer su SQL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 (%3)
%4 call(s), mean %5 ms, p50 %6 ms, p95 %7 ms, max %8 ms.</source>
        <translation>%1 · %2 (%3)
%4 llamada(s), media %5 ms, p50 %6 ms, p95 %7 ms, máx. %8 ms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its SQL was not kept (a service call that runs several statements).</source>
        <translation>Su SQL no se guardó (una llamada de servicio que ejecuta varias sentencias).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its plan now:
%1</source>
        <translation>Su plan ahora:
%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No plan: %1</source>
        <translation>Sin plan: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking for advice (the timed statements&apos; plans, the indexes and the tables)…</source>
        <translation>Buscando consejos (los planes de las sentencias cronometradas, los índices y las tablas)…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No advice: nothing measured calls for a change.</source>
        <translation>Ningún consejo: nada de lo medido pide un cambio.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n piece(s) of advice, each with its evidence and the statement that applies it.</source>
        <translation>
            <numerusform>%n consejo, cada uno con su evidencia y la sentencia que lo aplica.</numerusform>
            <numerusform>%n consejos, cada uno con su evidencia y la sentencia que lo aplica.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a piece of advice to read its evidence and statement.</source>
        <translation>Seleccionar un consejo para leer su evidencia y su sentencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a piece of advice first.</source>
        <translation>Seleccionar primero un consejo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence: %1</source>
        <translation>Evidencia: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No statement: a person decides.</source>
        <translation>Sin sentencia: lo decide una persona.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statement: %1</source>
        <translation>Sentencia: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs: %1</source>
        <translation>Ejecuta: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply this advice?</source>
        <translation>¿Aplicar este consejo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atelier will run this statement on the database, as you, and record it in the audit trail:

%1

Why: %2</source>
        <translation>Atelier ejecutará esta sentencia en la base de datos, en tu nombre, y la anotará en el registro de auditoría:

%1

Motivo: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Run it</source>
        <translation>&amp;Ejecutarla</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Running %1…</source>
        <translation>Ejecutando %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ran %1 in %2 ms.
Before: %3
After: %4</source>
        <translation>%1 ejecutado en %2 ms.
Antes: %3
Después: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Window:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window of time shown</source>
        <translation>Intervalo de tiempo mostrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the figures again</source>
        <translation>Volver a leer las cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queries</source>
        <translation>C&amp;onsultas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caches</source>
        <translation>&amp;Cachés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;ealth</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aler&amp;ts</source>
        <translation>Ale&amp;rtas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dvice</source>
        <translation>Co&amp;nsejos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring sections</source>
        <translation>Secciones de supervisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show as a &amp;list</source>
        <translation>Mostrar como &amp;lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the chart&apos;s figures as a table</source>
        <translation>Mostrar las cifras del gráfico como tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query latency and calls over time</source>
        <translation>Latencia y llamadas de las consultas a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query latency and calls per period</source>
        <translation>Latencia y llamadas de las consultas por periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements in the window:</source>
        <translation>Sentencias en el intervalo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements timed in the window</source>
        <translation>Sentencias cronometradas en el intervalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected statement:</source>
        <translation>Sentencia seleccionada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected statement&apos;s figures and SQL</source>
        <translation>Las cifras y el SQL de la sentencia seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL&apos;s top statements</source>
        <translation>Principales sentencias de PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache hit ratios</source>
        <translation>Tasas de aciertos de las cachés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health of each service over the window</source>
        <translation>Estado de cada servicio en el intervalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each service&apos;s state now</source>
        <translation>Estado actual de cada servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open and recent alerts</source>
        <translation>Alertas abiertas y recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert rules:</source>
        <translation>Reglas de alerta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert rules</source>
        <translation>Reglas de alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimisation advice</source>
        <translation>Consejos de optimización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence and statement:</source>
        <translation>Evidencia y sentencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected advice&apos;s evidence and statement</source>
        <translation>La evidencia y la sentencia del consejo seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pply…</source>
        <translation>A&amp;plicar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the selected advice</source>
        <translation>Aplicar el consejo seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open and recent alerts:</source>
        <translation>Alertas abiertas y recientes:</translation>
    </message>
</context>
<context>
    <name>Atelier::OverviewPage</name>
    <message>
        <location filename="../ui/core/mainwindow.cpp" line="-6"/>
        <location filename="../ui/overview/overviewpage.cpp" line="+117"/>
        <location line="+92"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewpage.cpp" line="-54"/>
        <source>Loading cancelled.</source>
        <translation>Carga cancelada.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 vs the previous period</source>
        <translation>%1 frente al periodo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 del %2 al %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 from %3 to %4; previous period %5</source>
        <translation>%1: %2 del %3 al %4; periodo anterior %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily %1</source>
        <translation>%1 por día</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel loading</source>
        <translation>Cancelar la carga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the key figures</source>
        <translation>Cargando las cifras clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show as cards</source>
        <translation>Mostrar como tarjetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
</context>
<context>
    <name>Atelier::PeoplePage</name>
    <message>
        <location filename="../ui/collaboration/peoplepage.cpp" line="+63"/>
        <location filename="../ui/core/mainwindow.cpp" line="+4"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Shown as</source>
        <translation>Se muestra como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login role</source>
        <translation>Rol de inicio de sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brands and roles</source>
        <translation>Marcas y roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and their brands</source>
        <translation>Las personas y sus marcas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 to 40 lower-case letters, digits or _, starting with a letter.</source>
        <translation>De 3 a 40 minúsculas, dígitos o _, empezando por una letra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 8 characters; it is sent to PostgreSQL and never stored by Atelier.</source>
        <translation>Al menos 8 caracteres; se envía a PostgreSQL y Atelier nunca la guarda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set role in %1</source>
        <translation>Cambiar el rol en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from %1</source>
        <translation>Quitar de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People sign in with their own PostgreSQL login; what they may see and change in each brand is enforced by the database. Only the administrator manages them here.</source>
        <translation>Cada persona inicia sesión con su propio rol de PostgreSQL; lo que puede ver y cambiar en cada marca lo impone la base de datos. Solo el administrador las gestiona aquí.</translation>
    </message>
</context>
<context>
    <name>Atelier::PromptTemplateModel</name>
    <message>
        <location filename="../models/ai/prompttemplatemodel.cpp" line="+23"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (every brand)</source>
        <translation>%1 (todas las marcas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uses</source>
        <translation>Usos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not used yet</source>
        <translation>aún sin usar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Completed generations made from this template, of those that finished.</source>
        <translation>Generaciones completadas a partir de esta plantilla, entre las que terminaron.</translation>
    </message>
</context>
<context>
    <name>Atelier::ProviderConfigModel</name>
    <message>
        <location filename="../models/ai/providerconfigmodel.cpp" line="+18"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this desktop</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At once</source>
        <translation>Simultáneas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a minute</source>
        <translation>%1 por minuto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not needed</source>
        <translation>No necesaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored (encrypted)</source>
        <translation>Guardada (cifrada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (optional)</source>
        <translation>Ninguna (opcional)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
</context>
<context>
    <name>Atelier::ProvidersView</name>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="+5"/>
        <location filename="../ui/ai/providersview.cpp" line="+183"/>
        <location line="+265"/>
        <location line="+3"/>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location filename="../ui/ai/providersview.cpp" line="-241"/>
        <source>Reading the provider settings…</source>
        <translation>Leyendo los ajustes de los proveedores…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Settings kept in %1.</source>
        <translation>Ajustes guardados en %1.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The offline renderer needs no key.</source>
        <translation>El renderizador sin conexión no necesita clave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key is stored (encrypted). Type a new one to replace it; leave the field empty to keep it.</source>
        <translation>Hay una clave guardada (cifrada). Escribir una nueva para sustituirla; dejar el campo vacío para conservarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key. AUTOMATIC1111 needs one only behind a login (user:password).</source>
        <translation>Sin clave. AUTOMATIC1111 solo la necesita detrás de un inicio de sesión (usuario:contraseña).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key.</source>
        <translation>Sin clave.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The base URL is empty: give the address of the provider&apos;s API, starting with https:// or http://.</source>
        <translation>La URL base está vacía: indicar la dirección de la API del proveedor, que empiece por https:// o http://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an address starting with https:// or http://.</source>
        <translation>«%1» no es una dirección que empiece por https:// o http://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; names no host (such as api.openai.com or 127.0.0.1:7860).</source>
        <translation>«%1» no indica ningún host (como api.openai.com o 127.0.0.1:7860).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; holds a query or a fragment (after ? or #); a base URL is the address the API&apos;s paths are added to.</source>
        <translation>«%1» contiene una consulta o un fragmento (tras ? o #); una URL base es la dirección a la que se añaden las rutas de la API.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The API key holds spaces: paste the key alone.</source>
        <translation>La clave de API contiene espacios: pegar solo la clave.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving the settings of %1…</source>
        <translation>Guardando los ajustes de %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings of %1 were not saved.</source>
        <translation>No se guardaron los ajustes de %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the settings of %1.</source>
        <translation>Ajustes de %1 guardados.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asking %1…</source>
        <translation>Consultando a %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(The saved settings were tested: save the form to test its changes.)</source>
        <translation>(Se probaron los ajustes guardados: guardar el formulario para probar sus cambios.)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>How this desktop reaches each image provider. API keys are stored encrypted with this desktop&apos;s data key and are never shown again; the limits apply to the generation queue of this desktop.</source>
        <translation>Cómo llega este equipo a cada proveedor de imágenes. Las claves de API se guardan cifradas con la clave de datos de este equipo y no se vuelven a mostrar; los límites se aplican a la cola de generaciones de este equipo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New API key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste a new key; an empty field keeps the stored one.</source>
        <translation>Escribir o pegar una clave nueva; un campo vacío conserva la guardada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether a key is stored</source>
        <translation>Si hay una clave guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove the stored key</source>
        <translation>&amp;Quitar la clave guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base UR&amp;L:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL of the provider&apos;s API</source>
        <translation>URL base de la API del proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL problem</source>
        <translation>Problema con la URL base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default</source>
        <translation>Por &amp;omisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the provider&apos;s own address</source>
        <translation>Usar la dirección propia del proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jobs at once:</source>
        <translation>Tareas &amp;simultáneas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs at once</source>
        <translation>Tareas simultáneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls a &amp;minute:</source>
        <translation>&amp;Llamadas por minuto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls a minute on average</source>
        <translation>Llamadas por minuto de media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bu&amp;rst:</source>
        <translation>&amp;Ráfaga:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls at once before the rate applies</source>
        <translation>Llamadas simultáneas antes de que se aplique el ritmo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls made at once before the rate applies</source>
        <translation>Llamadas hechas de golpe antes de que se aplique el ritmo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attempts per job:</source>
        <translation>&amp;Intentos por tarea:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts per job</source>
        <translation>Intentos por tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limits, server errors and timeouts are retried up to this many attempts.</source>
        <translation>Los límites de ritmo, los errores del servidor y los tiempos agotados se reintentan hasta este número de intentos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imeout:</source>
        <translation>&amp;Tiempo límite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout of a call, in seconds</source>
        <translation>Tiempo límite de una llamada, en segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chat model:</source>
        <translation>Mod&amp;elo de chat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAI chat model for prompt optimisation</source>
        <translation>Modelo de chat de OpenAI para optimizar prompts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAI only: a chat-completions model that optimises prompts (empty: none).</source>
        <translation>Solo OpenAI: un modelo de chat-completions que optimiza los prompts (vacío: ninguno).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the provider&apos;s settings</source>
        <translation>Guardar los ajustes del proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the saved settings with a call that costs nothing</source>
        <translation>Probar los ajustes guardados con una llamada que no cuesta nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer of the connection test</source>
        <translation>Respuesta de la prueba de conexión</translation>
    </message>
</context>
<context>
    <name>Atelier::QueueModel</name>
    <message numerus="yes">
        <location filename="../models/ai/queuemodel.cpp" line="+64"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Waiting to retry</source>
        <translation>Esperando para reintentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed (from the cache)</source>
        <translation>Completada (desde la caché)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1
Avoiding: %2</source>
        <translation>%1
Evitar: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working; the provider does not say how far it is.</source>
        <translation>En curso; el proveedor no indica cuánto le falta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempt %1 of %2</source>
        <translation>intento %1 de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next attempt is due at %1.</source>
        <translation>El próximo intento está previsto a las %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due now</source>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n s</source>
        <translation>
            <numerusform>en %n s</numerusform>
            <numerusform>en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n min</source>
        <translation>
            <numerusform>en %n min</numerusform>
            <numerusform>en %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n credit(s), given back</source>
        <translation>
            <numerusform>%n crédito, devuelto</numerusform>
            <numerusform>%n créditos, devueltos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, refunded</source>
        <translation>%1, reembolsado(s)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n credit(s) held until the job finishes</source>
        <translation>
            <numerusform>%n crédito retenido hasta que termine la tarea</numerusform>
            <numerusform>%n créditos retenidos hasta que termine la tarea</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider / model</source>
        <translation>Proveedor / modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued at</source>
        <translation>En cola desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The desktop running this job closed before it finished and no attempts were left: retry the job.</source>
        <translation>El equipo que ejecutaba esta tarea se cerró antes de terminar y no quedaban intentos: reintentar la tarea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your monthly credits for this brand are used up: ask an administrator for more.</source>
        <translation>Los créditos mensuales para esta marca se han agotado: pedir más a un administrador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider rejected the prompt as unsafe: reword it.</source>
        <translation>El proveedor rechazó el prompt por considerarlo inapropiado: reformularlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account at the provider has no credits left: top it up with the provider.</source>
        <translation>La cuenta del proveedor no tiene créditos: recargarla con el proveedor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usable API key is set for this provider: enter it in Providers.</source>
        <translation>No hay ninguna clave de API válida para este proveedor: introducirla en Proveedores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key was refused: check it in Providers.</source>
        <translation>Se rechazó la clave de API: revisarla en Proveedores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider is limiting how fast we call it; the job will retry automatically.</source>
        <translation>El proveedor está limitando el ritmo de nuestras llamadas; la tarea se reintentará automáticamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider kept limiting how fast we call it and the attempts ran out: retry the job later.</source>
        <translation>El proveedor siguió limitando el ritmo de nuestras llamadas y se agotaron los intentos: reintentar la tarea más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider did not answer in time; the job will retry automatically.</source>
        <translation>El proveedor no respondió a tiempo; la tarea se reintentará automáticamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider did not answer in time: retry the job later, or allow it longer in Providers.</source>
        <translation>El proveedor no respondió a tiempo: reintentar la tarea más tarde, o darle más tiempo en Proveedores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider could not be reached; the job will retry automatically.</source>
        <translation>No se pudo contactar con el proveedor; la tarea se reintentará automáticamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider could not be reached: check the network and the provider&apos;s address in Providers.</source>
        <translation>No se pudo contactar con el proveedor: revisar la red y la dirección del proveedor en Proveedores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This provider cannot make this kind of result: choose another model.</source>
        <translation>Este proveedor no puede crear esta clase de resultado: elegir otro modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A 3D model is made from an image: choose a completed image to start from.</source>
        <translation>Un modelo 3D se crea a partir de una imagen: elegir una imagen completada como punto de partida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s address is not a web address: correct it in Providers.</source>
        <translation>La dirección del proveedor no es una dirección web: corregirla en Proveedores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The size asked for is not possible: choose 64 to 4096 pixels a side.</source>
        <translation>El tamaño pedido no es posible: elegir de 64 a 4096 píxeles por lado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s answer could not be used: retry the job, or try another model.</source>
        <translation>No se pudo usar la respuesta del proveedor: reintentar la tarea o probar otro modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job was cancelled.</source>
        <translation>Se canceló la tarea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider had a problem on its side; the job will retry automatically.</source>
        <translation>El proveedor tuvo un problema por su parte; la tarea se reintentará automáticamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider kept failing on its side and the attempts ran out: retry the job later.</source>
        <translation>El proveedor siguió fallando por su parte y se agotaron los intentos: reintentar la tarea más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider refused the request as it was made: check the model and its settings.</source>
        <translation>El proveedor rechazó la solicitud tal como se hizo: revisar el modelo y sus ajustes.</translation>
    </message>
</context>
<context>
    <name>Atelier::QueueView</name>
    <message>
        <location filename="../ui/ai/queueview.cpp" line="+207"/>
        <source>Queue (%1)</source>
        <translation>Cola (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="-7"/>
        <location filename="../ui/ai/queueview.cpp" line="+0"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../ui/ai/queueview.cpp" line="+137"/>
        <source>Nothing was cancelled: %1</source>
        <translation>No se canceló nada: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Cancelled %n job(s); the credits they held are given back.</source>
        <translation>
            <numerusform>%n tarea cancelada; se devuelven los créditos que retenía.</numerusform>
            <numerusform>%n tareas canceladas; se devuelven los créditos que retenían.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them had started on a desktop, which stops the call; nothing is charged.</source>
        <translation>
            <numerusform>%n de ellas había empezado en un equipo, que detiene la llamada; no se cobra nada.</numerusform>
            <numerusform>%n de ellas habían empezado en un equipo, que detiene la llamada; no se cobra nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n had already finished; left as before.</source>
        <translation>
            <numerusform>%n ya había terminado; se deja como estaba.</numerusform>
            <numerusform>%n ya habían terminado; se dejan como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Those jobs had already finished.</source>
        <translation>Esas tareas ya habían terminado.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n could not be found (deleted, or not yours to see).</source>
        <translation>
            <numerusform>%n no se encontró (eliminada, o sin permiso para verla).</numerusform>
            <numerusform>%n no se encontraron (eliminadas, o sin permiso para verlas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Queued %n job(s) again; the others were refused:</source>
        <translation>
            <numerusform>%n tarea vuelta a poner en cola; las demás se rechazaron:</numerusform>
            <numerusform>%n tareas vueltas a poner en cola; las demás se rechazaron:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Queued %n job(s) again.</source>
        <translation>
            <numerusform>%n tarea vuelta a poner en cola.</numerusform>
            <numerusform>%n tareas vueltas a poner en cola.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nothing is waiting or running.</source>
        <translation>No hay nada en espera ni en curso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 running, %2 waiting.</source>
        <translation>%1 en curso, %2 en espera.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) finished in the last 24 hours are shown.</source>
        <translation>
            <numerusform>Se muestra %n tarea terminada en las últimas 24 horas.</numerusform>
            <numerusform>Se muestran %n tareas terminadas en las últimas 24 horas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desktop is not running the queue; other desktops may.</source>
        <translation>Este equipo no ejecuta la cola; puede que otros equipos sí.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>Generation queue</source>
        <translation>Cola de generaciones</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+6"/>
        <source>O&amp;pen</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Show the selected generation in the studio (or double-click it).</source>
        <translation>Mostrar la generación seleccionada en el estudio (o hacer doble clic en ella).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>&amp;Cancel job</source>
        <translation>&amp;Cancelar la tarea</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Stop the selected jobs that wait or run; the credits they held are given back.</source>
        <translation>Detener las tareas seleccionadas que esperan o están en curso; se devuelven los créditos que retenían.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Queue the selected failed or cancelled jobs again, with the same prompt, model and seed.</source>
        <translation>Volver a poner en cola las tareas seleccionadas fallidas o canceladas, con el mismo prompt, modelo y semilla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jobs waiting and running, then those finished in the last 24 hours.</source>
        <translation>Tareas en espera y en curso, y después las terminadas en las últimas 24 horas.</translation>
    </message>
</context>
<context>
    <name>Atelier::RowInserter</name>
    <message>
        <location filename="../services/core/rowinserter.cpp" line="+20"/>
        <location line="+25"/>
        <source>Preparing an insert into %1</source>
        <translation>Preparando una inserción en %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+26"/>
        <source>Inserting into %1</source>
        <translation>Insertando en %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot start a transaction to write into %1.</source>
        <translation>No se puede iniciar una transacción para escribir en %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot commit the rows written into %1.</source>
        <translation>No se pueden confirmar las filas escritas en %1.</translation>
    </message>
</context>
<context>
    <name>Atelier::SectionWidget</name>
    <message>
        <location filename="../ui/analytics/sectionwidget.cpp" line="+205"/>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has no chart: export its table as .csv.</source>
        <translation>«%1» no tiene gráfico: exportar su tabla como .csv.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the SVG could not be started</source>
        <translation>no se pudo iniciar el SVG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: choose a .png or .svg file for the chart, or .csv for the table.</source>
        <translation>%1: elegir un archivo .png o .svg para el gráfico, o .csv para la tabla.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the image could not be encoded</source>
        <translation>no se pudo codificar la imagen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the chart</source>
        <translation>Mostrar el gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the table of the same numbers</source>
        <translation>Mostrar la tabla con las mismas cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy what is shown to the clipboard</source>
        <translation>Copiar lo que se muestra al portapapeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart as PNG or SVG, or the table as CSV</source>
        <translation>Guardar el gráfico como PNG o SVG, o la tabla como CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Chart: %1</source>
        <translation>Gráfico: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table: %1</source>
        <translation>Tabla: %1</translation>
    </message>
</context>
<context>
    <name>Atelier::SegmentBuilder</name>
    <message>
        <location filename="../ui/analytics/segmentbuilder.cpp" line="+54"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment name</source>
        <translation>Nombre del segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all of its conditions</source>
        <translation>todas sus condiciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any of its conditions</source>
        <translation>alguna de sus condiciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within each group, users must match</source>
        <translation>Dentro de cada grupo, los usuarios deben cumplir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every group</source>
        <translation>todos los grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one group</source>
        <translation>al menos un grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between groups, users must match</source>
        <translation>Entre grupos, los usuarios deben cumplir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Property or event</source>
        <translation>Propiedad o evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+93"/>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Value or count</source>
        <translation>Valor o recuento</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+98"/>
        <source>Within days</source>
        <translation>En días</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria as JSON</source>
        <translation>Criterios en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching users</source>
        <translation>Usuarios que cumplen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add condition</source>
        <translation>&amp;Añadir condición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove condition</source>
        <translation>&amp;Quitar condición</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Users who match</source>
        <translation>Usuarios que cumplen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and, in each group,</source>
        <translation>y, en cada grupo,</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Conditions</source>
        <translation>&amp;Condiciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>at least</source>
        <translation>al menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most</source>
        <translation>como mucho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exactly</source>
        <translation>exactamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is one of</source>
        <translation>es uno de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is none of</source>
        <translation>no es ninguno de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is set</source>
        <translation>está definida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>whole range</source>
        <translation>todo el periodo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Group of the condition</source>
        <translation>Grupo de la condición</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of condition</source>
        <translation>Clase de condición</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>JSON, at character %1: %2</source>
        <translation>JSON, en el carácter %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON: the criteria must be an object, as {&quot;all&quot;: [ … ]}.</source>
        <translation>JSON: los criterios deben ser un objeto, como {&quot;all&quot;: [ … ]}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Condition %1: &quot;%2&quot; is not a number of times (0 or more).</source>
        <translation>Condición %1: «%2» no es un número de veces (0 o más).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add at least one condition.</source>
        <translation>Añadir al menos una condición.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n user(s) match, from %1 to %2.</source>
        <translation>
            <numerusform>%n usuario cumple, del %1 al %2.</numerusform>
            <numerusform>%n usuarios cumplen, del %1 al %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the segment a name to save it.</source>
        <translation>Dar un nombre al segmento para guardarlo.</translation>
    </message>
</context>
<context>
    <name>Atelier::ServerStatementModel</name>
    <message>
        <location filename="../models/monitoring/monitoringmodels.cpp" line="-466"/>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total (ms)</source>
        <translation>Total (ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean (ms)</source>
        <translation>Media (ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cache hits</source>
        <translation>Aciertos de caché</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared blocks found in PostgreSQL&apos;s buffers rather than read</source>
        <translation>Bloques compartidos encontrados en los búferes de PostgreSQL en lugar de leerse</translation>
    </message>
</context>
<context>
    <name>Atelier::SettingsDialog</name>
    <message>
        <location filename="../ui/core/settingsdialog.cpp" line="+41"/>
        <source>Connected to %1 as %2; schema version %3.</source>
        <translation>Conectado a %1 como %2; versión del esquema %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database URL</source>
        <translation>URL de la base de datos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Database URL:</source>
        <translation>URL de la &amp;base de datos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example sqlite:///home/me/atelier.db or postgresql://me@db.example.com/atelier</source>
        <translation>Por ejemplo sqlite:///home/yo/atelier.db o postgresql://yo@db.example.com/atelier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A password typed in the URL is used for this session only and never saved. Better leave it out: Atelier then reads ~/.pgpass, or asks and can keep it in the keychain.</source>
        <translation>Una contraseña escrita en la URL solo sirve para esta sesión y nunca se guarda. Mejor omitirla: Atelier lee entonces ~/.pgpass, o la pide y puede guardarla en el llavero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invalid database URL</source>
        <translation>URL de base de datos no válida</translation>
    </message>
</context>
<context>
    <name>Atelier::ShortcutsDialog</name>
    <message>
        <location filename="../ui/core/shortcutsdialog.cpp" line="+53"/>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The shortcuts of the window and of the pages opened so far. Alt with an underlined letter also reaches each control.</source>
        <translation>Los atajos de la ventana y de las páginas abiertas hasta ahora. Alt con una letra subrayada también lleva a cada control.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Whole window</source>
        <translation>Toda la ventana</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A shortcut of this page</source>
        <translation>Un atajo de esta página</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A shortcut of %1</source>
        <translation>Un atajo de %1</translation>
    </message>
</context>
<context>
    <name>Atelier::StatementMetricModel</name>
    <message>
        <location filename="../models/monitoring/monitoringmodels.cpp" line="-100"/>
        <source>Statement</source>
        <translation>Sentencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service and the statement it ran</source>
        <translation>El servicio y la sentencia que ejecutó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean (ms)</source>
        <translation>Media (ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Half of the calls took less</source>
        <translation>La mitad de las llamadas tardó menos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>95 calls in 100 took less</source>
        <translation>95 de cada 100 llamadas tardaron menos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max (ms)</source>
        <translation>Máx. (ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows read or changed, all calls together</source>
        <translation>Filas leídas o cambiadas, todas las llamadas juntas</translation>
    </message>
</context>
<context>
    <name>Atelier::StepRunModel</name>
    <message>
        <location filename="../models/workflows/workflowmodels.cpp" line="+18"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Atelier::StudioWorkspace</name>
    <message>
        <location filename="../ui/ai/studioworkspace.cpp" line="+55"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
</context>
<context>
    <name>Atelier::TemplatesView</name>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="+3"/>
        <location filename="../ui/ai/templatesview.cpp" line="+214"/>
        <location line="+338"/>
        <location line="+7"/>
        <source>Prompt templates</source>
        <translation>Plantillas de prompt</translation>
    </message>
    <message>
        <location filename="../ui/ai/templatesview.cpp" line="-314"/>
        <source>Loading the templates…</source>
        <translation>Cargando las plantillas…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n plantilla.</numerusform>
            <numerusform>%n plantillas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+235"/>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Editing &quot;%1&quot;, a template for every brand</source>
        <translation>Editando «%1», una plantilla para todas las marcas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+188"/>
        <location line="+24"/>
        <source>Editing &quot;%1&quot;</source>
        <translation>Editando «%1»</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>None yet: write {name} in the prompt where a value goes.</source>
        <translation>Ninguna todavía: escribir {nombre} en el prompt donde va un valor.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+195"/>
        <source>Value of {%1}</source>
        <translation>Valor de {%1}</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>The template needs a name.</source>
        <translation>La plantilla necesita un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is %1 characters long; at most %2 are accepted.</source>
        <translation>El nombre tiene %1 caracteres; se aceptan como máximo %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template needs a category, to be found among the others.</source>
        <translation>La plantilla necesita una categoría, para encontrarla entre las demás.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The category is %1 characters long; at most %2 are accepted.</source>
        <translation>La categoría tiene %1 caracteres; se aceptan como máximo %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template needs a prompt: the text a generation gets, with {variables} where values go.</source>
        <translation>La plantilla necesita un prompt: el texto que recibe una generación, con {variables} donde van los valores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt is %1 characters long; at most %2 are accepted.</source>
        <translation>El prompt tiene %1 caracteres; se aceptan como máximo %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;{%1}&quot; in the prompt is not a variable: a variable&apos;s name starts with a letter or _ and holds only letters, digits and _ (at most 64).</source>
        <translation>«{%1}» en el prompt no es una variable: el nombre de una variable empieza por una letra o _ y solo contiene letras, dígitos y _ (64 como máximo).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The prompt has %1 &quot;{&quot; and %2 &quot;}&quot;: each variable is written {name}, between one of each.</source>
        <translation>El prompt tiene %1 «{» y %2 «}»: cada variable se escribe {nombre}, entre una llave de apertura y una de cierre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+28"/>
        <source>The template was not saved.</source>
        <translation>No se guardó la plantilla.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Choose a brand before saving a template.</source>
        <translation>Elegir una marca antes de guardar una plantilla.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving &quot;%1&quot;…</source>
        <translation>Guardando «%1»…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>«%1» guardada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the templates of a category</source>
        <translation>Mostrar las plantillas de una categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>Bu&amp;scar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the templates&apos; names, categories and prompts</source>
        <translation>Buscar en los nombres, categorías y prompts de las plantillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to look for in the name, the category or the prompt</source>
        <translation>Palabras que buscar en el nombre, la categoría o el prompt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template category</source>
        <translation>Categoría de la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a category or type a new one</source>
        <translation>Elegir una categoría o escribir una nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template prompt</source>
        <translation>Prompt de la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write {name} where a value goes, for example {product} or {season}.</source>
        <translation>Escribir {nombre} donde va un valor, por ejemplo {producto} o {temporada}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables:</source>
        <translation>Variables:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables found in the prompt</source>
        <translation>Variables encontradas en el prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new template</source>
        <translation>Empezar una plantilla nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ave</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the template</source>
        <translation>Guardar la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it</source>
        <translation>Probarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each variable a value to see the prompt a generation would get.</source>
        <translation>Dar un valor a cada variable para ver el prompt que recibiría una generación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;illed prompt:</source>
        <translation>Prompt &amp;rellenado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prompt with its variables filled in</source>
        <translation>El prompt con sus variables rellenadas</translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingDatasetModel</name>
    <message>
        <location filename="../models/ai/trainingmodels.cpp" line="-170"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean quality</source>
        <translation>Calidad media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none accepted</source>
        <translation>ninguna aceptada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing: no image accepted</source>
        <translation>En preparación: ninguna imagen aceptada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>Entrenando</translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingImageModel</name>
    <message>
        <location line="+13"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generation %1</source>
        <translation>Generación %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked: recorded before images were checked</source>
        <translation>Sin revisar: registrada antes de que se revisaran las imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
</context>
<context>
    <name>Atelier::TrainingView</name>
    <message>
        <location filename="../ui/ai/aistudiopage.cpp" line="+1"/>
        <location filename="../ui/ai/trainingview.cpp" line="+222"/>
        <location line="+624"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/ai/trainingview.cpp" line="-569"/>
        <source>Loading the datasets and custom models…</source>
        <translation>Cargando los conjuntos de datos y los modelos personalizados…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 and %2.</source>
        <comment>datasets and custom models</comment>
        <translation>%1 y %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n conjunto de datos</numerusform>
            <numerusform>%n conjuntos de datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n custom model(s)</source>
        <translation>
            <numerusform>%n modelo personalizado</numerusform>
            <numerusform>%n modelos personalizados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Images: choose a dataset</source>
        <translation>&amp;Imágenes: elegir un conjunto de datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Images of &quot;%1&quot;: %2 of %3 accepted, mean quality %4</source>
        <translation>&amp;Imágenes de «%1»: %2 de %3 aceptadas, calidad media %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Images of &quot;%1&quot;: none of %2 accepted</source>
        <translation>&amp;Imágenes de «%1»: ninguna de %2 aceptada</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Training %1 at Replicate; asked how it goes every %n second(s).</source>
        <translation>
            <numerusform>Entrenando %1 en Replicate; se consulta su avance cada %n segundo.</numerusform>
            <numerusform>Entrenando %1 en Replicate; se consulta su avance cada %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Checking %n image(s) for &quot;%1&quot;…</source>
        <translation>
            <numerusform>Revisando %n imagen para «%1»…</numerusform>
            <numerusform>Revisando %n imágenes para «%1»…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The dataset was not made: %1</source>
        <translation>No se creó el conjunto de datos: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dataset &quot;%1&quot; made: %2 of %3 images accepted.</source>
        <translation>Conjunto de datos «%1» creado: %2 de %3 imágenes aceptadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset &quot;%1&quot; made, but none of its %2 images was accepted: see why beside it.</source>
        <translation>Conjunto de datos «%1» creado, pero no se aceptó ninguna de sus %2 imágenes: ver el motivo junto a cada una.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name the base model: the trainer at Replicate, written owner/name:version.</source>
        <translation>Indicar el modelo base: el entrenador de Replicate, escrito owner/name:version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base model &quot;%1&quot; is not written owner/name:version (a version of a trainer at Replicate).</source>
        <translation>El modelo base «%1» no tiene la forma owner/name:version (una versión de un entrenador de Replicate).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the destination: a model of yours at Replicate, written owner/name, that the training adds a version to.</source>
        <translation>Indicar el destino: un modelo propio en Replicate, escrito owner/name, al que el entrenamiento añade una versión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The destination &quot;%1&quot; is not written owner/name (a model of yours at Replicate).</source>
        <translation>El destino «%1» no tiene la forma owner/name (un modelo propio en Replicate).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sending the images to Replicate to train %1…</source>
        <translation>Enviando las imágenes a Replicate para entrenar %1…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The training did not start: %1</source>
        <translation>No empezó el entrenamiento: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training %1 at Replicate (training %2).</source>
        <translation>Entrenando %1 en Replicate (entrenamiento %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training of %1 ended at once: %2.</source>
        <translation>El entrenamiento de %1 terminó en el acto: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling the training at Replicate…</source>
        <translation>Cancelando el entrenamiento en Replicate…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The training was not cancelled: %1</source>
        <translation>No se canceló el entrenamiento: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The training of %1 had just ended: the model is ready.</source>
        <translation>El entrenamiento de %1 acababa de terminar: el modelo está listo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training of %1 was cancelled.</source>
        <translation>Se canceló el entrenamiento de %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+3"/>
        <source>Replicate could not be asked: %1</source>
        <translation>No se pudo consultar a Replicate: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is trained: generations can use it as %2.</source>
        <translation>%1 está entrenado: las generaciones pueden usarlo como %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training of %1 failed: %2</source>
        <translation>Falló el entrenamiento de %1: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>New dataset</source>
        <translation>Nuevo conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images are checked as they are added: PNG, JPEG or WebP, at least %1×%1 pixels, and not a near-duplicate of one before. Every verdict is kept with the dataset.</source>
        <translation>Las imágenes se revisan al añadirlas: PNG, JPEG o WebP, de al menos %1×%1 píxeles, y que no sean casi duplicados de una anterior. Cada veredicto se guarda con el conjunto de datos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dataset name</source>
        <translation>Nombre del conjunto de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image files of the dataset</source>
        <translation>Archivos de imagen del conjunto de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen files from the list</source>
        <translation>Quitar de la lista los archivos elegidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generation ids of the dataset</source>
        <translation>Id de las generaciones del conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ids of completed generations of this brand, separated by spaces, commas or lines</source>
        <translation>Id de generaciones completadas de esta marca, separados por espacios, comas o saltos de línea</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Check and make</source>
        <translation>&amp;Revisar y crear</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image &amp;files:</source>
        <translation>Ar&amp;chivos de imagen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Generations:</source>
        <translation>&amp;Generaciones:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the dataset&apos;s images</source>
        <translation>Elegir las imágenes del conjunto de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The dataset needs a name.</source>
        <translation>El conjunto de datos necesita un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add image files or type the ids of generations: the dataset needs images.</source>
        <translation>Añadir archivos de imagen o escribir los id de generaciones: el conjunto de datos necesita imágenes.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Train a model on &quot;%1&quot;</source>
        <translation>Entrenar un modelo con «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Replicate trains the base model on the %n accepted image(s) of &quot;%1&quot; and adds the result as a new version of the destination model, which must exist in your Replicate account. Training is paid to Replicate by the minute.</source>
        <translation>
            <numerusform>Replicate entrena el modelo base con la %n imagen aceptada de «%1» y añade el resultado como versión nueva del modelo de destino, que debe existir en la cuenta de Replicate. El entrenamiento se paga a Replicate por minutos.</numerusform>
            <numerusform>Replicate entrena el modelo base con las %n imágenes aceptadas de «%1» y añade el resultado como versión nueva del modelo de destino, que debe existir en la cuenta de Replicate. El entrenamiento se paga a Replicate por minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Base model, owner/name:version</source>
        <translation>Modelo base, owner/name:version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trainer at Replicate, with its version: owner/name:version</source>
        <translation>El entrenador de Replicate, con su versión: owner/name:version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination model, owner/name</source>
        <translation>Modelo de destino, owner/name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A model of yours at Replicate, owner/name, that receives the trained version</source>
        <translation>Un modelo propio en Replicate, owner/name, que recibe la versión entrenada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training steps</source>
        <translation>Pasos de entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger word</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A word that calls up the trained style in prompts (optional)</source>
        <translation>Una palabra que invoca el estilo entrenado en los prompts (opcional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start training</source>
        <translation>&amp;Iniciar el entrenamiento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Base model:</source>
        <translation>Modelo &amp;base:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;teps:</source>
        <translation>Pa&amp;sos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;rigger word:</source>
        <translation>&amp;Palabra clave:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancel training</source>
        <translation>Cancelar el entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop training %1 at Replicate? What it trained so far is lost, and the minutes used are still paid.</source>
        <translation>¿Detener el entrenamiento de %1 en Replicate? Lo entrenado hasta ahora se pierde, y los minutos usados se pagan igualmente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop training</source>
        <translation>&amp;Detener el entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep training</source>
        <translation>&amp;Seguir entrenando</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Datasets</source>
        <translation>&amp;Conjuntos de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training datasets</source>
        <translation>Conjuntos de datos de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images of the selected dataset and their verdicts</source>
        <translation>Imágenes del conjunto de datos seleccionado y sus veredictos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New dataset…</source>
        <translation>&amp;Nuevo conjunto de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new dataset from image files or generations</source>
        <translation>Crear un conjunto de datos a partir de archivos de imagen o de generaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Train…</source>
        <translation>&amp;Entrenar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a model on the selected dataset</source>
        <translation>Entrenar un modelo con el conjunto de datos seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom &amp;models</source>
        <translation>M&amp;odelos personalizados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom models</source>
        <translation>Modelos personalizados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel training</source>
        <translation>Cance&amp;lar el entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the training of the selected model</source>
        <translation>Cancelar el entrenamiento del modelo seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training in progress</source>
        <translation>Entrenamiento en curso</translation>
    </message>
</context>
<context>
    <name>Atelier::TranslationModel</name>
    <message>
        <location filename="../models/i18n/translationmodel.cpp" line="+37"/>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where used</source>
        <translation>Dónde se usa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the console says now, or the change proposed; edit a plain text in place</source>
        <translation>Lo que dice ahora la consola, o el cambio propuesto; un texto sin formato se edita en su sitio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Changed by %1</source>
        <translation>Cambiado por %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed by %1, approved by %2</source>
        <translation>Cambiado por %1, aprobado por %2</translation>
    </message>
</context>
<context>
    <name>Atelier::TranslationsPage</name>
    <message>
        <location filename="../ui/core/mainwindow.cpp" line="+5"/>
        <location filename="../ui/i18n/translationspage.cpp" line="+175"/>
        <location line="+254"/>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <location filename="../ui/i18n/translationspage.cpp" line="-200"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+105"/>
        <source>&amp;Translation (one):</source>
        <translation>&amp;Traducción (singular):</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+105"/>
        <source>&amp;Translation:</source>
        <translation>&amp;Traducción:</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 % — %2 (%3)</source>
        <translation>%1 % — %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No similar translation.</source>
        <translation>Ninguna traducción parecida.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n message(s) shown out of %1; %2 changed in the console.</source>
        <translation>
            <numerusform>Se muestra %n mensaje de %1; %2 cambiados en la consola.</numerusform>
            <numerusform>Se muestran %n mensajes de %1; %2 cambiados en la consola.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read only: editors and admins of a brand change translations.</source>
        <translation>Solo lectura: los editores y administradores de una marca cambian las traducciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes wait for a reviewer (an admin of a brand) before the console shows them.</source>
        <translation>Los cambios esperan a un revisor (un administrador de una marca) antes de que la consola los muestre.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All messages</source>
        <translation>Todos los mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untranslated</source>
        <translation>Sin traducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With warnings</source>
        <translation>Con avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Changed since</source>
        <translation>Cambiados desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sear&amp;ch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Source:</source>
        <translation>&amp;Original:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sav&amp;e</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Source, context or translation</source>
        <translation>Original, contexto o traducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Translation (othe&amp;r):</source>
        <translation>Traducción (&amp;plural):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>A&amp;pprove</source>
        <translation>Ap&amp;robar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move change</source>
        <translation>&amp;Quitar el cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the change: the compiled translation shows again</source>
        <translation>Quitar el cambio: vuelve a mostrarse la traducción compilada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;ggestions:</source>
        <translation>Sug&amp;erencias:</translation>
    </message>
</context>
<context>
    <name>Atelier::VersionModel</name>
    <message>
        <location filename="../models/workflows/workflowmodels.cpp" line="+17"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved by</source>
        <translation>Guardada por</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
</context>
<context>
    <name>Atelier::WorkflowEditor</name>
    <message>
        <location filename="../ui/workflows/workfloweditor.cpp" line="+415"/>
        <source>Saved as version %1.</source>
        <translation>Guardado como versión %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>a workflow needs a name of 1 to 200 characters</source>
        <translation>un flujo de trabajo necesita un nombre de 1 a 200 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most 10,000 characters</source>
        <translation>como máximo 10.000 caracteres</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No problem: this definition can be saved.</source>
        <translation>Ningún problema: esta definición se puede guardar.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the trigger’s %1</source>
        <translation>Cambiar %1 del disparador</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run an analysis</source>
        <translation>Ejecutar un análisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate images</source>
        <translation>Generar imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify people</source>
        <translation>Avisar a personas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post a comment</source>
        <translation>Publicar un comentario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call a webhook</source>
        <translation>Llamar a un webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a quota</source>
        <translation>Fijar una cuota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause or resume a workflow</source>
        <translation>Pausar o reanudar un flujo de trabajo</translation>
    </message>
    <message>
        <location filename="../models/workflows/workflowmodels.cpp" line="-277"/>
        <source>A monitoring alert is raised</source>
        <translation>Se emite una alerta de supervisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A monitoring alert is resolved</source>
        <translation>Se resuelve una alerta de supervisión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If:</source>
        <translation>Si:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds:</source>
        <translation>Segundos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes:</source>
        <translation>Minutos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis:</source>
        <translation>Análisis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyses:</source>
        <translation>Análisis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt template:</source>
        <translation>Plantilla de prompt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables:</source>
        <translation>Variables:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images:</source>
        <translation>Imágenes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection:</source>
        <translation>Colección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a kind of:</source>
        <translation>Sobre un tipo de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which one:</source>
        <translation>Cuál:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (URL):</source>
        <translation>Dirección (URL):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body:</source>
        <translation>Cuerpo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers:</source>
        <translation>Cabeceras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing secret:</source>
        <translation>Secreto de firma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly credits:</source>
        <translation>Créditos mensuales:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow:</source>
        <translation>Flujo de trabajo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric:</source>
        <translation>Métrica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold:</source>
        <translation>Umbral:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction:</source>
        <translation>Sentido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiment:</source>
        <translation>Experimento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent used:</source>
        <translation>Porcentaje usado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert rule:</source>
        <translation>Regla de alerta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity:</source>
        <translation>Gravedad:</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workfloweditor.cpp" line="+14"/>
        <source>Only this metric (for example revenue or conversion_rate); empty: any.</source>
        <translation>Solo esta métrica (por ejemplo revenue o conversion_rate); vacío: cualquiera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value the metric crosses, a number.</source>
        <translation>El valor que cruza la métrica, un número.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above takes values at or above the threshold, below values under it.</source>
        <translation>Por encima toma los valores iguales o superiores al umbral; por debajo, los inferiores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this experiment (its name or id); empty: any.</source>
        <translation>Solo este experimento (su nombre o id); vacío: cualquiera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only generations of this provider or model (case ignored); empty: any.</source>
        <translation>Solo las generaciones de este proveedor o modelo (sin distinguir mayúsculas); vacío: cualquiera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts when someone&apos;s use of their monthly credits passes this share, 1 to 100.</source>
        <translation>Se inicia cuando el uso de los créditos mensuales de alguien supera esta proporción, de 1 a 100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only mentions of this person (login or id); empty: anyone.</source>
        <translation>Solo las menciones de esta persona (login o id); vacío: cualquiera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only shares of this kind of resource (for example collection); empty: any.</source>
        <translation>Solo los elementos compartidos de este tipo de recurso (por ejemplo collection); vacío: cualquiera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only failures of this workflow (its name or id); empty: any.</source>
        <translation>Solo los fallos de este flujo de trabajo (su nombre o id); vacío: cualquiera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only alerts of this alert rule (its name or id); empty: any.</source>
        <translation>Solo las alertas de esta regla de alerta (su nombre o id); vacío: cualquiera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only alerts of this severity: info, warning or critical; empty: any.</source>
        <translation>Solo las alertas de esta gravedad: info, warning o critical; vacío: cualquiera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An expression: true goes to Next, false to Else (for example steps.funnel.conversion &lt; 0.03).</source>
        <translation>Una expresión: verdadero va a Siguiente, falso a Si no (por ejemplo steps.funnel.conversion &lt; 0.03).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to wait, in seconds.</source>
        <translation>Cuánto esperar, en segundos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to wait, in minutes.</source>
        <translation>Cuánto esperar, en minutos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until this instant (ISO 8601, for example 2026-05-01T09:00:00Z).</source>
        <translation>Esperar hasta este instante (ISO 8601, por ejemplo 2026-05-01T09:00:00Z).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analytics verb to run, as on the command line (overview, funnel, retention, anomalies…).</source>
        <translation>El verbo de analítica que ejecutar, como en la línea de órdenes (overview, funnel, retention, anomalies…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day analysed (YYYY-MM-DD); empty: 30 days ago.</source>
        <translation>Primer día analizado (AAAA-MM-DD); vacío: hace 30 días.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day analysed (YYYY-MM-DD, included); empty: today.</source>
        <translation>Último día analizado (AAAA-MM-DD, incluido); vacío: hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analysis&apos;s options as a JSON object, as its command-line options.</source>
        <translation>Las opciones del análisis como objeto JSON, igual que sus opciones de línea de órdenes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder the report is written to.</source>
        <translation>La carpeta donde se escribe el informe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF or CSV.</source>
        <translation>PDF o CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analyses in the report, separated by commas; empty: all.</source>
        <translation>Los análisis del informe, separados por comas; vacío: todos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AI provider of the generation queue.</source>
        <translation>El proveedor de IA de la cola de generaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider&apos;s model.</source>
        <translation>El modelo del proveedor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prompt; or give a template instead.</source>
        <translation>El prompt; o indicar una plantilla en su lugar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prompt template of the brand, filled with the variables.</source>
        <translation>Una plantilla de prompt de la marca, rellenada con las variables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template&apos;s variables as a JSON object.</source>
        <translation>Las variables de la plantilla como objeto JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many images.</source>
        <translation>Cuántas imágenes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The collection the images go to.</source>
        <translation>La colección a la que van las imágenes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who gets the notice in their inbox: logins separated by commas.</source>
        <translation>Quién recibe el aviso en su bandeja de entrada: logins separados por comas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice&apos;s text.</source>
        <translation>El texto del aviso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the comment is on: funnel, experiment, workflow…</source>
        <translation>Sobre qué es el comentario: funnel, experiment, workflow…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which one: its name or id.</source>
        <translation>Cuál: su nombre o id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment&apos;s text.</source>
        <translation>El texto del comentario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An http or https address; loopback and private addresses only when the brand&apos;s admin allowed the host.</source>
        <translation>Una dirección http o https; las direcciones locales y privadas solo si el administrador de la marca permitió el host.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The JSON object posted.</source>
        <translation>El objeto JSON que se envía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More HTTP headers as a JSON object.</source>
        <translation>Más cabeceras HTTP como objeto JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of a workflow secret: the body is signed with it (HMAC-SHA256).</source>
        <translation>El nombre de un secreto de flujo de trabajo: el cuerpo se firma con él (HMAC-SHA256).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose quota: a login.</source>
        <translation>La cuota de quién: un login.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new monthly credits.</source>
        <translation>Los nuevos créditos mensuales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workflow to pause or resume: its name or id.</source>
        <translation>El flujo de trabajo que pausar o reanudar: su nombre o id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused or active.</source>
        <translation>En pausa o activo.</translation>
    </message>
    <message>
        <location filename="../models/workflows/workflowmodels.cpp" line="-56"/>
        <source>An anomaly is detected</source>
        <translation>Se detecta una anomalía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A metric crosses a threshold</source>
        <translation>Una métrica cruza un umbral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An experiment reaches significance</source>
        <translation>Un experimento alcanza significación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A generation completes</source>
        <translation>Una generación se completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A generation fails</source>
        <translation>Una generación falla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quota passes a share</source>
        <translation>Una cuota supera una proporción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment mentions someone</source>
        <translation>Un comentario menciona a alguien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something is shared</source>
        <translation>Se comparte algo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A workflow fails</source>
        <translation>Un flujo de trabajo falla</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workfloweditor.cpp" line="+14"/>
        <source>(the default)</source>
        <translation>(por omisión)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume (active)</source>
        <translation>Reanudar (activo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+431"/>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <location line="-429"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+28"/>
        <source>Change the trigger</source>
        <translation>Cambiar el disparador</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Cron:</source>
        <translation>&amp;Cron:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minute hour day month weekday</source>
        <translation>minuto hora día mes día-de-la-semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every N secon&amp;ds:</source>
        <translation>Cada N &amp;segundos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+304"/>
        <location filename="../models/workflows/workflowmodels.cpp" line="-47"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the product raises that starts this workflow; the fields below narrow it down.</source>
        <translation>Lo que emite el producto para iniciar este flujo de trabajo; los campos de abajo lo acotan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../models/workflows/workflowmodels.cpp" line="-114"/>
        <source>Above</source>
        <translation>Por encima</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../models/workflows/workflowmodels.cpp" line="+2"/>
        <source>Below</source>
        <translation>Por debajo</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+163"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>I&amp;d:</source>
        <translation>Identifi&amp;cador:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not JSON: %1</source>
        <translation>No es JSON: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>params.%1: not JSON (%2)</source>
        <translation>params.%1: no es JSON (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>comma-separated</source>
        <translation>separados por comas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the following action)</source>
        <translation>(la acción siguiente)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>N&amp;ext:</source>
        <translation>&amp;Siguiente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action that runs after this one (for a condition: when it is true).</source>
        <translation>La acción que se ejecuta después de esta (en una condición: cuando es verdadera).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(end the run)</source>
        <translation>(terminar la ejecución)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Else:</source>
        <translation>Si no:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action that runs when the condition is false.</source>
        <translation>La acción que se ejecuta cuando la condición es falsa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On error:</source>
        <translation>En caso de error:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the run</source>
        <translation>Detener la ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the error branch</source>
        <translation>Seguir la rama de error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When this action fails after its tries: stop the execution, go on as if it succeeded, or take the error branch.</source>
        <translation>Cuando esta acción falla tras sus intentos: detener la ejecución, seguir como si hubiera tenido éxito o tomar la rama de error.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error bran&amp;ch:</source>
        <translation>Rama de &amp;error:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action that runs when this one fails and On error takes the error branch.</source>
        <translation>La acción que se ejecuta cuando esta falla y En caso de error toma la rama de error.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout (s):</source>
        <translation>Tiempo límite (s):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How long one try may take, 1 to 86,400 seconds (default 300).</source>
        <translation>Cuánto puede durar un intento, de 1 a 86.400 segundos (por omisión 300).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max tries:</source>
        <translation>Intentos máx.:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How many times the action is tried before it fails, 1 to 10 (default 1); tries wait longer each time.</source>
        <translation>Cuántas veces se intenta la acción antes de fallar, de 1 a 10 (por omisión 1); cada intento espera más que el anterior.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The trigger payload of a test run is empty.</source>
        <translation>Los datos del disparador de una ejecución de prueba están vacíos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, attempt %2, %3</source>
        <translation>%1, intento %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output:</source>
        <translation>Salida:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test run the workflow to see this step’s input and output here.</source>
        <translation>Probar el flujo de trabajo para ver aquí la entrada y la salida de este paso.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not JSON yet, at character %1: %2</source>
        <translation>Aún no es JSON, en el carácter %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parameters are a JSON object: {…}</source>
        <translation>Los parámetros son un objeto JSON: {…}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit the trigger’s JSON</source>
        <translation>Editar el JSON del disparador</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descri&amp;ption:</source>
        <translation>Desc&amp;ripción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions (Enter or drag to add):</source>
        <translation>Acciones (Intro o arrastrar &amp;y soltar para añadir):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proble&amp;ms:</source>
        <translation>&amp;Problemas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters as &amp;JSON:</source>
        <translation>Parámetros en te&amp;xto JSON:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last test run:</source>
        <translation>Ú&amp;ltima prueba:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow name</source>
        <translation>Nombre del flujo de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow description</source>
        <translation>Descripción del flujo de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the definition as a new version</source>
        <translation>Guardar la definición como versión nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;run</source>
        <translation>Pro&amp;bar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save, run once now and show each step’s input and output on its node</source>
        <translation>Guardar, ejecutar una vez ahora y mostrar la entrada y la salida de cada paso en su nodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Ampliar (Ctrl+=)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Reducir (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action types</source>
        <translation>Tipos de acción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems of the definition</source>
        <translation>Problemas de la definición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow graph: arrows select a node, Delete removes it</source>
        <translation>Grafo del flujo de trabajo: las flechas seleccionan un nodo, Supr lo quita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters as JSON</source>
        <translation>Parámetros en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result of the last test run</source>
        <translation>Resultado de la última prueba</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>(no id)</source>
        <translation>(sin id)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 → out %2</source>
        <translation>entrada %1 → salida %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>else</source>
        <translation>si no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trigger: %1</source>
        <translation>Disparador: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action %1 of %2: %3</source>
        <translation>Acción %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>Atelier::WorkflowListModel</name>
    <message>
        <location filename="../models/workflows/workflowmodels.cpp" line="+29"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Success (30 days)</source>
        <translation>Éxito (30 días)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % of %2</source>
        <translation>%1 % de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Executions of the last 30 days that completed, of those that ended</source>
        <translation>Ejecuciones de los últimos 30 días que se completaron, entre las que terminaron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next run</source>
        <translation>Próxima ejecución</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This definition does not validate: %1</source>
        <translation>Esta definición no es válida: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown trigger “%1”</source>
        <translation>Disparador «%1» desconocido</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Cada %n día</numerusform>
            <numerusform>Cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 h</source>
        <translation>Cada %1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 min</source>
        <translation>Cada %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1 s</source>
        <translation>Cada %1 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every day at %1 (%2)</source>
        <translation>Todos los días a las %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every %1 at %2 (%3)</source>
        <translation>Cada %1 a las %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every weekday at %1 (%2)</source>
        <translation>Cada día laborable a las %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On day %1 of every month at %2 (%3)</source>
        <translation>El día %1 de cada mes a las %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cron “%1” (%2)</source>
        <translation>Cron «%1» (%2)</translation>
    </message>
</context>
<context>
    <name>Atelier::WorkflowRunner</name>
    <message>
        <location filename="../ui/workflows/workflowrunner.cpp" line="+154"/>
        <source>Workflow %1 signs its webhooks with the database&apos;s data key, which a passphrase protects: its executions wait for a runner that has it. Unlock it for this session to run them here.</source>
        <translation>El flujo de trabajo %1 firma sus webhooks con la clave de datos de la base de datos, que protege una frase de contraseña: sus ejecuciones esperan a un ejecutor que la tenga. Desbloquearla para esta sesión para ejecutarlas aquí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock…</source>
        <translation>Desblo&amp;quear…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the data key&apos;s passphrase so this console runs signed webhooks (kept in memory for this session only)</source>
        <translation>Indicar la frase de contraseña de la clave de datos para que esta consola ejecute webhooks firmados (solo se guarda en memoria durante esta sesión)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Data key unlocked for this session: signed webhooks run here.</source>
        <translation>Clave de datos desbloqueada para esta sesión: los webhooks firmados se ejecutan aquí.</translation>
    </message>
</context>
<context>
    <name>Atelier::WorkflowsPage</name>
    <message>
        <location filename="../ui/workflows/workflowspage.cpp" line="+179"/>
        <source>Runner: off (this console runs no workflow)</source>
        <translation>Ejecutor: apagado (esta consola no ejecuta ningún flujo de trabajo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runner: on, starting</source>
        <translation>Ejecutor: encendido, iniciándose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runner: on, last pass at %1 failed</source>
        <translation>Ejecutor: encendido, falló la última pasada a las %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runner: on, last pass at %1</source>
        <translation>Ejecutor: encendido, última pasada a las %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This console runs the workflows that act as you while it is open, whatever page is shown: it turns due schedules and events into executions and runs them.</source>
        <translation>Mientras está abierta, esta consola ejecuta los flujos de trabajo que actúan en tu nombre, sea cual sea la página mostrada: convierte las programaciones y los eventos pendientes en ejecuciones y las ejecuta.</translation>
    </message>
    <message>
        <location filename="../ui/core/mainwindow.cpp" line="-2"/>
        <location filename="../ui/workflows/workflowspage.cpp" line="+8"/>
        <location line="+843"/>
        <source>Workflows</source>
        <translation>Flujos de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowspage.cpp" line="-581"/>
        <location line="+607"/>
        <source>All workflows</source>
        <translation>Todos los flujos de trabajo</translation>
    </message>
    <message numerus="yes">
        <location line="-600"/>
        <source>%n workflow(s).</source>
        <translation>
            <numerusform>%n flujo de trabajo.</numerusform>
            <numerusform>%n flujos de trabajo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resu&amp;me</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the selected workflow</source>
        <translation>Pausar el flujo de trabajo seleccionado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume the selected workflow</source>
        <translation>Reanudar el flujo de trabajo seleccionado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the new workflow</source>
        <translation>el nuevo flujo de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard the changes to %1?</source>
        <translation>¿Descartar los cambios de %1?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Queuing a run…</source>
        <translation>Poniendo en cola una ejecución…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 queued; a runner of its run-as identity takes it.</source>
        <translation>Ejecución %1 en cola; la recoge un ejecutor de su identidad de ejecución.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pausing “%1”…</source>
        <translation>Pausando «%1»…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resuming “%1”…</source>
        <translation>Reanudando «%1»…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archiving “%1”…</source>
        <translation>Archivando «%1»…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is now %2.</source>
        <translation>«%1» ahora está %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the workflow</source>
        <translation>Eliminar el flujo de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”, its versions and its executions? This cannot be undone; Archive keeps them.</source>
        <translation>¿Eliminar «%1», sus versiones y sus ejecuciones? No se puede deshacer; Archivar los conserva.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” deleted.</source>
        <translation>«%1» eliminado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” saved as version %2.</source>
        <translation>«%1» guardado como versión %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Test run: saving, queuing and running it once now…</source>
        <translation>Prueba: guardando, poniendo en cola y ejecutando una vez ahora…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Test run %1 is queued: it acts as %2, and only %2’s runners run it.</source>
        <translation>La prueba %1 está en cola: actúa como %2, y solo la ejecutan los ejecutores de %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test run %1 is %2; its steps appear as they run.</source>
        <translation>La prueba %1 está %2; sus pasos aparecen a medida que se ejecutan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Test run %1 completed: each step’s input and output is on its node.</source>
        <translation>Prueba %1 completada: la entrada y la salida de cada paso están en su nodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test run %1 %2: %3</source>
        <translation>Prueba %1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n execution(s) match.</source>
        <translation>
            <numerusform>%n ejecución coincide.</numerusform>
            <numerusform>%n ejecuciones coinciden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The newest 500 are shown.</source>
        <translation>Se muestran las 500 más recientes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Execution %1, version %2, %3.</source>
        <translation>Ejecución %1, versión %2, %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error at %1: %2</source>
        <translation>Error en %1: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Retrying %1 from its failed step…</source>
        <translation>Reintentando %1 desde su paso fallido…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution %1 queued again from its failed step.</source>
        <translation>Ejecución %1 vuelta a poner en cola desde su paso fallido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling %1…</source>
        <translation>Cancelando %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Execution %1 cancelled.</source>
        <translation>Ejecución %1 cancelada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a workflow in the list to see its versions.</source>
        <translation>Seleccionar un flujo de trabajo en la lista para ver sus versiones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versions of “%1”</source>
        <translation>Versiones de «%1»</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+1"/>
        <location line="+66"/>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Version %1 against version %2: %n line(s) differ.</source>
        <translation>
            <numerusform>Versión %1 frente a versión %2: %n línea distinta.</numerusform>
            <numerusform>Versión %1 frente a versión %2: %n líneas distintas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restoring version %1…</source>
        <translation>Restaurando la versión %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version %1 restored as version %2.</source>
        <translation>Versión %1 restaurada como versión %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Workflows</source>
        <translation>&amp;Flujos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edi&amp;tor</source>
        <translation>Ed&amp;itor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xecutions</source>
        <translation>E&amp;jecuciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vers&amp;ions</source>
        <translation>Versi&amp;ones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>Edi&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run now</source>
        <translation>&amp;Ejecutar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>Ar&amp;chivar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflows of the brand</source>
        <translation>Flujos de trabajo de la marca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wor&amp;kflow:</source>
        <translation>F&amp;lujo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;rom:</source>
        <translation>De&amp;sde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ste&amp;ps:</source>
        <translation>&amp;Pasos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retr&amp;y</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the failed execution again from its failed step</source>
        <translation>Volver a poner en cola la ejecución fallida desde su paso fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the queued, waiting or running execution</source>
        <translation>Cancelar la ejecución en cola, en espera o en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executions</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps of the selected execution</source>
        <translation>Pasos de la ejecución seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compar&amp;e:</source>
        <translation>&amp;Comparar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with:</source>
        <translation>con:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer version</source>
        <translation>Versión más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;store</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the version selected in the list again as the newest version</source>
        <translation>Guardar de nuevo la versión seleccionada en la lista como la más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../services/security/audittrail.cpp" line="+108"/>
        <source>Reading the end of the audit trail</source>
        <translation>Leyendo el final del registro de auditoría</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+20"/>
        <location line="+47"/>
        <location line="+4"/>
        <source>Writing to the audit trail</source>
        <translation>Escribiendo en el registro de auditoría</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+32"/>
        <location line="+90"/>
        <source>Unknown audit action &quot;%1&quot;; the actions are: %2.</source>
        <translation>Acción de auditoría «%1» desconocida; las acciones son: %2.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Chaining the audit trail</source>
        <translation>Encadenamiento del registro de auditoría</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+7"/>
        <location line="+70"/>
        <source>Reading the audit trail</source>
        <translation>Leyendo el registro de auditoría</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Row %1 is missing: the trail goes from %2 to %3.</source>
        <translation>Falta la fila %1: el registro pasa de %2 a %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1 (%2) does not follow row %3: its link to the previous row does not match.</source>
        <translation>La fila %1 (%2) no sigue a la fila %3: su enlace con la fila anterior no coincide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1 (%2) has been changed: its content no longer matches its hash.</source>
        <translation>La fila %1 (%2) se ha modificado: su contenido ya no coincide con su hash.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+15"/>
        <source>Could not write the export.</source>
        <translation>No se pudo escribir la exportación.</translation>
    </message>
</context>
<context>
    <name>Automatic1111Provider</name>
    <message>
        <location filename="../services/ai/providers/imageprovider.cpp" line="+481"/>
        <source>%1 makes images, not 3D models.</source>
        <translation>%1 crea imágenes, no modelos 3D.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no &quot;images&quot; list</source>
        <translation>no hay ninguna lista «images»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>image data that is not PNG, JPEG or WebP</source>
        <translation>datos de imagen que no son PNG, JPEG ni WebP</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a progress that is not a number from 0 to 1</source>
        <translation>un progreso que no es un número de 0 a 1</translation>
    </message>
</context>
<context>
    <name>BenchmarkService</name>
    <message>
        <location filename="../services/analytics/benchmarkservice.cpp" line="+49"/>
        <location line="+4"/>
        <source>Listing the brands of the industry</source>
        <translation>Listado de las marcas del sector</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>Computing the industry&apos;s figures</source>
        <translation>Cálculo de las cifras del sector</translation>
    </message>
</context>
<context>
    <name>BrandPolicy</name>
    <message>
        <location filename="../services/ai/brandpolicy.cpp" line="+18"/>
        <source>Reading the brand&apos;s AI policy</source>
        <translation>Lectura de la política de IA de la marca</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown watermark &quot;%1&quot;; a brand&apos;s generations are watermarked with: %2.</source>
        <translation>Marca de agua «%1» desconocida; las generaciones de una marca llevan como marca de agua: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A visible watermark&apos;s text is at most 120 characters.</source>
        <translation>El texto de una marca de agua visible tiene como máximo 120 caracteres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Setting the brand&apos;s AI policy</source>
        <translation>Definición de la política de IA de la marca</translation>
    </message>
</context>
<context>
    <name>BrandService</name>
    <message>
        <location filename="../services/core/brandservice.cpp" line="+13"/>
        <source>Listing the brands</source>
        <translation>Listado de las marcas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking up the brand</source>
        <translation>Búsqueda de la marca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no brand &quot;%1&quot; in this database.</source>
        <translation>No hay ninguna marca «%1» en esta base de datos.</translation>
    </message>
</context>
<context>
    <name>BreakdownService</name>
    <message>
        <location filename="../services/analytics/breakdownservice.cpp" line="+26"/>
        <source>Unknown property &quot;%1&quot;; the properties are: %2.</source>
        <translation>Propiedad «%1» desconocida; las propiedades son: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Breaking down by %1</source>
        <translation>Desglose por %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Attributing the purchases</source>
        <translation>Atribución de las compras</translation>
    </message>
</context>
<context>
    <name>CacheService</name>
    <message>
        <location filename="../services/monitoring/cacheservice.cpp" line="+53"/>
        <source>Analyses&apos; results kept in this process</source>
        <translation>Resultados de análisis guardados en este proceso</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the AI results cache&apos;s figures</source>
        <translation>Lectura de las cifras de la caché de resultados de IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI results answered again without a new generation</source>
        <translation>Resultados de IA servidos de nuevo sin una generación nueva</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The SQLite connection has no native handle to read its page cache from.</source>
        <translation>La conexión SQLite no tiene ningún identificador nativo del que leer su caché de páginas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite&apos;s page cache of this connection</source>
        <translation>Caché de páginas de SQLite de esta conexión</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading PostgreSQL&apos;s buffer cache statistics</source>
        <translation>Lectura de las estadísticas de la caché de búferes de PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL&apos;s shared buffers, table blocks (99 % or more expected)</source>
        <translation>Búferes compartidos de PostgreSQL, bloques de tablas (se espera un 99 % o más)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL&apos;s shared buffers, index blocks (99 % or more expected)</source>
        <translation>Búferes compartidos de PostgreSQL, bloques de índices (se espera un 99 % o más)</translation>
    </message>
    <message>
        <location filename="../ui/ai/thumbnailcache.cpp" line="+64"/>
        <source>Thumbnails of the AI Studio&apos;s results held in this console</source>
        <translation>Miniaturas de los resultados del AI Studio guardadas en esta consola</translation>
    </message>
</context>
<context>
    <name>CancelToken</name>
    <message>
        <location filename="../services/core/canceltoken.cpp" line="+53"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <location filename="../services/reports/chartpainter.cpp" line="+398"/>
        <source>%1: %2 (anomaly)</source>
        <translation>%1: %2 (anomalía)</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Step %1: %2 → %3: %4 users</source>
        <translation>Paso %1: %2 → %3: %4 usuarios</translation>
    </message>
</context>
<context>
    <name>Collaboration</name>
    <message>
        <location filename="../services/collaboration/resources.cpp" line="+59"/>
        <source>Recording the local person</source>
        <translation>Registrando a la persona local</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Finding who is connected</source>
        <translation>Buscando quién está conectado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PostgreSQL role &quot;%1&quot; is not a person of this Atelier database: an administrator adds people with atelier users add.</source>
        <translation>El rol de PostgreSQL «%1» no es una persona de esta base de datos de Atelier: un administrador añade personas con atelier users add.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recording the administrator as a person</source>
        <translation>Registrando al administrador como persona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A chart belongs to a brand: name it (--brand).</source>
        <translation>Un gráfico pertenece a una marca: indicarla (--brand).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown resource type &quot;%1&quot;; the types are: %2.</source>
        <translation>Tipo de recurso «%1» desconocido; los tipos son: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finding the %1 &quot;%2&quot;</source>
        <translation>Buscando %1 «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no %1 &quot;%2&quot; that you may see.</source>
        <translation>No hay ningún %1 «%2» que se pueda ver.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking up &quot;%1&quot;</source>
        <translation>Buscando «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no person named &quot;%1&quot; that you may see.</source>
        <translation>No hay ninguna persona llamada «%1» que se pueda ver.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../cli/accessibilityverbs.cpp" line="+115"/>
        <source>accessibility audit opens the console&apos;s windows: it needs a graphical application (run it through the atelier program).</source>
        <translation>accessibility audit abre las ventanas de la consola: necesita una aplicación gráfica (ejecutarlo con el programa atelier).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give either --page or --all, not both.</source>
        <translation>Indicar --page o --all, no ambos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--page: &quot;%1&quot; is not a page; the pages are %2.</source>
        <translation>--page: «%1» no es una página; las páginas son %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--theme: &quot;%1&quot; is not a theme; give light or dark.</source>
        <translation>--theme: «%1» no es un tema; indicar light o dark.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--language: &quot;%1&quot; is not a language of Atelier; give one of %2.</source>
        <translation>--language: «%1» no es un idioma de Atelier; indicar uno de %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The console did not finish opening %1 within two minutes.</source>
        <translation>La consola no terminó de abrir %1 en dos minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console does not show brand &quot;%1&quot;.</source>
        <translation>La consola no muestra la marca «%1».</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+4"/>
        <location line="+34"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+38"/>
        <location filename="../cli/analyticsverbs.cpp" line="+512"/>
        <location line="+52"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/i18nverbs.cpp" line="+59"/>
        <location filename="../cli/monitoringverbs.cpp" line="+257"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../cli/workflowrunverbs.cpp" line="+65"/>
        <location filename="../cli/workflowverbs.cpp" line="+201"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/i18nverbs.cpp" line="-22"/>
        <location line="+21"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>audit the console&apos;s pages offscreen (names, keyboard, contrast, targets, truncation, shortcuts) and score them 0–100</source>
        <translation>audita las páginas de la consola fuera de pantalla (nombres, teclado, contraste, objetivos, textos cortados, atajos) y las puntúa de 0 a 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The page or dialog to audit (default: all).</source>
        <translation>La página o el diálogo que auditar (por omisión: todos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Audit every page and dialog.</source>
        <translation>Audita todas las páginas y diálogos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light or dark.</source>
        <translation>light o dark.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the console (default: yours).</source>
        <translation>El idioma de la consola (por omisión: el del sistema).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/i18nverbs.cpp" line="+114"/>
        <location line="+12"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the reports in the database (accessibility history).</source>
        <translation>Guarda los informes en la base de datos (accessibility history).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the audits kept with --save, newest first</source>
        <translation>las auditorías guardadas con --save, las más recientes primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this page.</source>
        <translation>Solo esta página.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many reports.</source>
        <translation>Como mucho este número de informes.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../cli/analyticsverbs.cpp" line="-523"/>
        <location filename="../cli/exportverbs.cpp" line="+62"/>
        <location filename="../cli/securityverbs.cpp" line="+60"/>
        <location filename="../cli/setupverbs.cpp" line="+172"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/collaborationverbs.cpp" line="+375"/>
        <location filename="../cli/exportverbs.cpp" line="+11"/>
        <location filename="../cli/monitoringverbs.cpp" line="+156"/>
        <location filename="../cli/securityverbs.cpp" line="+1"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../cli/exportverbs.cpp" line="+3"/>
        <source>First day, UTC (default: 30 days ago).</source>
        <translation>Primer día, UTC (por omisión: hace 30 días).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/exportverbs.cpp" line="+1"/>
        <source>Day after the last one, UTC (default: tomorrow).</source>
        <translation>Día siguiente al último, UTC (por omisión: mañana).</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>--%1: unknown metric &quot;%2&quot;; the metrics are: %3.</source>
        <translation>--%1: métrica «%2» desconocida; las métricas son: %3.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source> (mismatch)</source>
        <translation> (desequilibrio)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Experiment</source>
        <translation>Experimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned share</source>
        <translation>Proporción prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+595"/>
        <location line="+88"/>
        <location line="+64"/>
        <location line="+40"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="-786"/>
        <location line="+748"/>
        <location line="+9"/>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <location line="-756"/>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uplift</source>
        <translation>Mejora</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+283"/>
        <source>95% low</source>
        <translation>Límite inferior 95 %</translation>
    </message>
    <message>
        <location line="-282"/>
        <location line="+283"/>
        <source>95% high</source>
        <translation>Límite superior 95 %</translation>
    </message>
    <message>
        <location line="-282"/>
        <location line="+150"/>
        <source>p-value</source>
        <translation>valor p</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Probability to beat control</source>
        <translation>Probabilidad de superar al control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected loss</source>
        <translation>Pérdida esperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample ratio p-value</source>
        <translation>Valor p de la proporción de muestras</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+222"/>
        <location filename="../cli/collaborationverbs.cpp" line="-35"/>
        <location filename="../cli/securityverbs.cpp" line="+208"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>Slot</source>
        <translation>Franja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+374"/>
        <location line="+273"/>
        <location filename="../cli/monitoringverbs.cpp" line="-158"/>
        <location filename="../cli/workflowverbs.cpp" line="+7"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="-646"/>
        <source>Percentile rank</source>
        <translation>Rango percentil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer median</source>
        <translation>Mediana de los pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer 25th percentile</source>
        <translation>Percentil 25 de los pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer 75th percentile</source>
        <translation>Percentil 75 de los pares</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Peer figures are hidden: %1 has %n peer(s) in its industry, fewer than %2.</source>
        <translation>
            <numerusform>Las cifras de los pares están ocultas: %1 tiene %n par en su sector, menos de %2.</numerusform>
            <numerusform>Las cifras de los pares están ocultas: %1 tiene %n pares en su sector, menos de %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Metric A</source>
        <translation>Métrica A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric B</source>
        <translation>Métrica B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pearson r</source>
        <translation>r de Pearson</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spearman ρ</source>
        <translation>ρ de Spearman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granger p</source>
        <translation>p de Granger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granger lag (days)</source>
        <translation>Desfase de Granger (días)</translation>
    </message>
    <message>
        <location line="+121"/>
        <location filename="../cli/collaborationverbs.cpp" line="-29"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/collaborationverbs.cpp" line="+31"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>80% low</source>
        <translation>Límite inferior 80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80% high</source>
        <translation>Límite superior 80 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+74"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Backtest on the last days of the history (mean absolute error per day):</source>
        <translation>Prueba retrospectiva en los últimos días del historial (error absoluto medio por día):</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+64"/>
        <location filename="../cli/monitoringverbs.cpp" line="-1"/>
        <location line="+19"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Days held out</source>
        <translation>Días reservados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model error</source>
        <translation>Error del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seasonal-naive error</source>
        <translation>Error del modelo estacional ingenuo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users most likely to churn (%1 of %2):</source>
        <translation>Usuarios con más probabilidad de abandono (%1 de %2):</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../cli/securityverbs.cpp" line="-159"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since last event</source>
        <translation>Días desde el último evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events (30 days)</source>
        <translation>Eventos (30 días)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active days</source>
        <translation>Días activos</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--steps is required, as in --steps page_view,signup,purchase.</source>
        <translation>--steps es obligatorio, como en --steps page_view,signup,purchase.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--filter: &quot;%1&quot; is not STEP:PROPERTY=VALUE with STEP between 1 and %2.</source>
        <translation>--filter: «%1» no tiene la forma PASO:PROPIEDAD=VALOR con PASO entre 1 y %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--exclude: &quot;%1&quot; is not EVENT:FROM:TO, as in refund:2:3.</source>
        <translation>--exclude: «%1» no tiene la forma EVENTO:DESDE:HASTA, como refund:2:3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--saved runs the funnel as it was saved: it takes no --%1.</source>
        <translation>--saved ejecuta el embudo tal como se guardó: no admite --%1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+46"/>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <location line="-45"/>
        <location filename="../cli/workflowrunverbs.cpp" line="+0"/>
        <location line="+151"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion from start</source>
        <translation>Conversión desde el inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion from previous</source>
        <translation>Conversión desde el paso anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median time from previous (s)</source>
        <translation>Tiempo mediano desde el paso anterior (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time from previous (s)</source>
        <translation>Tiempo medio desde el paso anterior (s)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../cli/monitoringverbs.cpp" line="-20"/>
        <location line="+19"/>
        <location filename="../cli/workflowsecretverbs.cpp" line="+80"/>
        <location filename="../cli/workflowverbs.cpp" line="-38"/>
        <location line="+21"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window (s)</source>
        <translation>Ventana (s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../cli/workflowverbs.cpp" line="-20"/>
        <location line="+31"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Path</source>
        <translation>Camino</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Revenue per user</source>
        <translation>Ingresos por usuario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attribution model</source>
        <translation>Modelo de atribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>segment-create needs --name and --criteria JSON.</source>
        <translation>segment-create necesita --name y --criteria JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--criteria: not a JSON object (%1 at character %2).</source>
        <translation>--criteria: no es un objeto JSON (%1 en el carácter %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Event that puts a user in a cohort.</source>
        <translation>Evento que coloca a un usuario en una cohorte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>days outside the band expected from trend and weekly pattern</source>
        <translation>días fuera de la banda esperada según la tendencia y el patrón semanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this daily metric.</source>
        <translation>Solo esta métrica diaria.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KPIs of the brand against the other brands of its industry</source>
        <translation>indicadores de la marca frente a las demás marcas de su sector</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>figures per channel, with first-touch, last-touch and linear attribution</source>
        <translation>cifras por canal, con atribución al primer contacto, al último contacto y lineal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pearson, Spearman and Granger between daily metrics (stored)</source>
        <translation>Pearson, Spearman y Granger entre métricas diarias (guardado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily metrics to correlate, comma-separated.</source>
        <translation>Métricas diarias que correlacionar, separadas por comas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/exportverbs.cpp" line="-6"/>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>figures per device, browser and operating system</source>
        <translation>cifras por dispositivo, navegador y sistema operativo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A/B tests: uplift, p-value, probability to beat control, sample-ratio mismatch</source>
        <translation>pruebas A/B: mejora, valor p, probabilidad de superar al control, desequilibrio de muestras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this experiment.</source>
        <translation>Solo este experimento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ordered funnel: users, conversion and time between steps</source>
        <translation>embudo ordenado: usuarios, conversión y tiempo entre pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The steps: event types separated by commas.</source>
        <translation>Los pasos: tipos de evento separados por comas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the saved funnel of this name.</source>
        <translation>Ejecuta el embudo guardado con este nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion window, as in 14d, 12h, 30m.</source>
        <translation>Ventana de conversión, como 14d, 12h, 30m.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/monitoringverbs.cpp" line="+106"/>
        <source>window</source>
        <translation>ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break down by this property of the first step.</source>
        <translation>Desglosa por esta propiedad del primer paso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>property</source>
        <translation>propiedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step filter STEP:PROPERTY=VALUE (repeatable).</source>
        <translation>Filtro de paso PASO:PROPIEDAD=VALOR (repetible).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filter</source>
        <translation>filtro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusion EVENT:FROM:TO (repeatable).</source>
        <translation>Exclusión EVENTO:DESDE:HASTA (repetible).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exclusion</source>
        <translation>exclusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the funnel under this name once it has run.</source>
        <translation>Guarda el embudo con este nombre una vez ejecutado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the saved funnels</source>
        <translation>los embudos guardados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved funnel of this name.</source>
        <translation>Elimina el embudo guardado con este nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>figures per country</source>
        <translation>cifras por país</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the most frequent paths of K events within a session</source>
        <translation>los caminos más frecuentes de K eventos dentro de una sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event the journeys start from (default page_view).</source>
        <translation>Evento del que parten los recorridos (por omisión page_view).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many events to follow (default 3).</source>
        <translation>Cuántos eventos seguir (por omisión 3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location filename="../cli/monitoringverbs.cpp" line="+38"/>
        <location line="+1"/>
        <location line="+2"/>
        <location filename="../cli/securityverbs.cpp" line="+196"/>
        <location filename="../cli/setupverbs.cpp" line="-13"/>
        <location filename="../cli/workflowrunverbs.cpp" line="+121"/>
        <location line="+38"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>revenue, conversion and churn forecasts with intervals (--save: stored, scored later)</source>
        <translation>previsiones de ingresos, conversión y abandono con intervalos (--save: se guardan y se evalúan más tarde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many users to list (default 20).</source>
        <translation>Cuántos usuarios listar (por omisión 20).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the predictions and record what happened for past ones.</source>
        <translation>Guarda las predicciones y registra lo que ocurrió con las anteriores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day the forecasts learn from, UTC (default: 180 days before --to).</source>
        <translation>Primer día del que aprenden las previsiones, UTC (por omisión: 180 días antes de --to).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day forecast, UTC (default: today).</source>
        <translation>Primer día previsto, UTC (por omisión: hoy).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>active users now, events per minute and top events of the last hour</source>
        <translation>usuarios activos ahora, eventos por minuto y eventos principales de la última hora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first-time retention of cohorts, with revenue (stored)</source>
        <translation>retención de las cohortes por primera vez, con ingresos (guardado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event that counts as coming back.</source>
        <translation>Evento que cuenta como una vuelta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort period: day, week or month.</source>
        <translation>Periodo de las cohortes: day, week o month.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of periods after the cohort&apos;s.</source>
        <translation>Número de periodos después del de la cohorte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>day-of-week and hour-of-day indices, heatmap, weekly strength</source>
        <translation>índices por día de la semana y hora del día, mapa de calor, intensidad semanal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>save a segment of users matching a criteria tree (see docs/cli.md)</source>
        <translation>guarda un segmento de usuarios que cumplen un árbol de criterios (ver docs/cli.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new segment.</source>
        <translation>Nombre del nuevo segmento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment criteria, as JSON.</source>
        <translation>Criterios del segmento, en JSON.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the saved segments with their user counts</source>
        <translation>los segmentos guardados con su número de usuarios</translation>
    </message>
    <message>
        <location filename="../cli/collaborationverbs.cpp" line="-275"/>
        <source>--role is required: one of %1.</source>
        <translation>--role es obligatorio: uno de %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--password-stdin is required: the password is read from standard input, never from the command line.</source>
        <translation>--password-stdin es obligatorio: la contraseña se lee de la entrada estándar, nunca de la línea de órdenes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 can now sign in, as %2 of %3.</source>
        <translation>%1 ya puede iniciar sesión, como %2 de %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is now %2 of %3.</source>
        <translation>%1 ahora es %2 de %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is no longer a member of %2.</source>
        <translation>%1 ya no es miembro de %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+52"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Shown as</source>
        <translation>Se muestra como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login role</source>
        <translation>Rol de inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/monitoringverbs.cpp" line="-140"/>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--with is required: the person to share with.</source>
        <translation>--with es obligatorio: la persona con quien compartir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose --permission or --revoke, not both.</source>
        <translation>Elegir --permission o --revoke, no ambos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--permission is required: one of %1 (or --revoke).</source>
        <translation>--permission es obligatorio: uno de %1 (o --revoke).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 is no longer shared with %3.</source>
        <translation>%1 %2 ya no se comparte con %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is shared with %3 (%4).</source>
        <translation>%1 %2 se comparte con %3 (%4).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../cli/securityverbs.cpp" line="-194"/>
        <location line="+159"/>
        <source>Resource type</source>
        <translation>Tipo de recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/securityverbs.cpp" line="-158"/>
        <location line="+159"/>
        <source>Resource ID</source>
        <translation>ID del recurso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared by</source>
        <translation>Compartido por</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+45"/>
        <location line="+54"/>
        <source>--text is required.</source>
        <translation>--text es obligatorio.</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+103"/>
        <location filename="../cli/monitoringverbs.cpp" line="-80"/>
        <location line="+60"/>
        <location line="+21"/>
        <location line="+110"/>
        <location filename="../cli/workflowrunverbs.cpp" line="-57"/>
        <location filename="../cli/workflowverbs.cpp" line="-31"/>
        <location line="+32"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+105"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <location line="+29"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="-133"/>
        <location filename="../cli/monitoringverbs.cpp" line="-132"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../cli/monitoringverbs.cpp" line="-52"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/monitoringverbs.cpp" line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>An annotation is placed with --rect x,y,width,height (on an image) or --series S --x X (on a chart).</source>
        <translation>Una anotación se coloca con --rect x,y,anchura,altura (en una imagen) o --series S --x X (en un gráfico).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--rect: expected four numbers x,y,width,height (got &quot;%1&quot;).</source>
        <translation>--rect: se esperaban cuatro números x,y,anchura,altura (se recibió «%1»).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--rect: &quot;%1&quot; is not a number.</source>
        <translation>--rect: «%1» no es un número.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--series needs --x: the number or date on the series where the note goes.</source>
        <translation>--series necesita --x: el número o la fecha de la serie donde va la nota.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unread</source>
        <translation>Sin leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../cli/securityverbs.cpp" line="-163"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unread: %1 share(s), %2 mention(s), %3 alert(s).</source>
        <translation>Sin leer: %1 elemento(s) compartido(s), %2 mención(es), %3 alerta(s).</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../cli/i18nverbs.cpp" line="-10"/>
        <location line="+2"/>
        <location line="+12"/>
        <location filename="../cli/securityverbs.cpp" line="+232"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewer, analyst, editor or admin.</source>
        <translation>viewer, analyst, editor o admin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text.</source>
        <translation>El texto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL: create a person&apos;s login role and brand membership</source>
        <translation>PostgreSQL: crea el rol de inicio de sesión de una persona y su pertenencia a una marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/setupverbs.cpp" line="+24"/>
        <source>Read the password from standard input.</source>
        <translation>Lee la contraseña de la entrada estándar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name shown to others.</source>
        <translation>El nombre que ven los demás.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PostgreSQL: give a person a role in a brand, or change the one they have</source>
        <translation>PostgreSQL: da a una persona un rol en una marca, o cambia el que tiene</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PostgreSQL: take a person out of a brand</source>
        <translation>PostgreSQL: saca a una persona de una marca</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PostgreSQL: the people, their login roles and brand memberships</source>
        <translation>PostgreSQL: las personas, sus roles de inicio de sesión y sus pertenencias a marcas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>share a generation, collection, funnel, segment, workflow or dataset with a person</source>
        <translation>comparte una generación, colección, embudo, segmento, flujo de trabajo o conjunto de datos con una persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person to share with.</source>
        <translation>La persona con quien compartir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view, comment or edit.</source>
        <translation>view, comment o edit.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>permission</source>
        <translation>permiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the resource back from the person.</source>
        <translation>Retira el acceso de la persona al recurso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>what others shared with you</source>
        <translation>lo que otros han compartido contigo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>who may do what on a resource</source>
        <translation>quién puede hacer qué en un recurso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>comment on a resource, or reply to a comment; @name mentions a person</source>
        <translation>comenta un recurso, o responde a un comentario; @nombre menciona a una persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment replied to.</source>
        <translation>El comentario al que se responde.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/securityverbs.cpp" line="-277"/>
        <location line="+276"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the comments on a resource, replies under the comment they answer</source>
        <translation>los comentarios de un recurso, cada respuesta bajo el comentario al que responde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>change the text of a comment</source>
        <translation>cambia el texto de un comentario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delete a comment</source>
        <translation>elimina un comentario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mark a comment as resolved (or, with --reopen, as not resolved)</source>
        <translation>marca un comentario como resuelto (o, con --reopen, como no resuelto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the comment as not resolved.</source>
        <translation>Marca el comentario como no resuelto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>place a note on an image (--rect) or on a point of a chart&apos;s series (--series, --x)</source>
        <translation>coloca una nota en una imagen (--rect) o en un punto de la serie de un gráfico (--series, --x)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comment, suggestion or issue.</source>
        <translation>comment, suggestion o issue.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/securityverbs.cpp" line="-277"/>
        <location line="+276"/>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rectangle on an image: x,y,width,height in 0…1.</source>
        <translation>Rectángulo en una imagen: x,y,anchura,altura entre 0 y 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x,y,w,h</source>
        <translation>x,y,an,al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series of a chart.</source>
        <translation>Serie de un gráfico.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X value on a chart (a number or a date).</source>
        <translation>Valor x en un gráfico (un número o una fecha).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the notes placed on an image or on a chart</source>
        <translation>las notas colocadas en una imagen o en un gráfico</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>what was shared with you and the comments that mention you, new ones marked</source>
        <translation>lo que se ha compartido contigo y los comentarios que te mencionan, con los nuevos marcados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count everything shown as read.</source>
        <translation>Marca como leído todo lo que se muestra.</translation>
    </message>
    <message>
        <location filename="../cli/dispatch.cpp" line="+41"/>
        <source>Database URL (sqlite:///path or postgresql://…).</source>
        <translation>URL de la base de datos (sqlite:///ruta o postgresql://…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brand slug.</source>
        <translation>Identificador (slug) de la marca.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>slug</source>
        <translation>slug</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output format: %1.</source>
        <translation>Formato de salida: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/exportverbs.cpp" line="+4"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Unknown command &quot;%1&quot;; see atelier --help.</source>
        <translation>Orden «%1» desconocida; ver atelier --help.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;atelier %1&quot; needs a command: %2.</source>
        <translation>«atelier %1» necesita una orden: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown %1 command &quot;%2&quot;; the %1 commands are: %3.</source>
        <translation>Orden de %1 «%2» desconocida; las órdenes de %1 son: %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: atelier %1 %2</source>
        <translation>Uso: atelier %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not an option of &quot;atelier %2&quot;; its options are: %3.</source>
        <translation>%1 no es una opción de «atelier %2»; sus opciones son: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an option of &quot;atelier %2&quot;.</source>
        <translation>%1 no es una opción de «atelier %2».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unexpected arguments: %1 (usage: atelier %2 %3).</source>
        <translation>Argumentos inesperados: %1 (uso: atelier %2 %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;atelier %1&quot; needs %2 (usage: atelier %1 %3).</source>
        <translation>«atelier %1» necesita %2 (uso: atelier %1 %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--format: &quot;%1&quot; is not one of %2.</source>
        <translation>--format: «%1» no es uno de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--brand is required: which brand (see atelier db status).</source>
        <translation>--brand es obligatorio: qué marca (ver atelier db status).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--%1: &quot;%2&quot; is not a whole number between %3 and %4.</source>
        <translation>--%1: «%2» no es un número entero entre %3 y %4.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../cli/securityverbs.cpp" line="-288"/>
        <source>--%1: &quot;%2&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>--%1: «%2» no es una fecha con la forma AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The range is empty or inverted: --from %1 must come before --to %2.</source>
        <translation>El periodo está vacío o invertido: --from %1 debe ir antes que --to %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No command given; see atelier --help.</source>
        <translation>No se indicó ninguna orden; ver atelier --help.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Usage: atelier [--database URL] [--page NAME]
       atelier VERB [options]

Atelier, the operations console for analytics, AI Studio and collaboration.
Without a verb it opens the console.

Options:
  --database URL   sqlite:///path/file.db or postgresql://user@host[:port]/db[?sslmode=…]
                   (else ATELIER_DATABASE_URL, else the settings, else the embedded database);
                   the password comes from ~/.pgpass, the keychain (db login) or a prompt
  --page NAME      open the console on a page: %1
  --help           show this help
  --version        show the version

Verbs (atelier VERB --help shows a verb&apos;s options):
</source>
        <translation>Uso: atelier [--database URL] [--page NOMBRE]
     atelier VERBO [opciones]

Atelier, la consola de operaciones para analítica, AI Studio y colaboración.
Sin verbo, abre la consola.

Opciones:
  --database URL   sqlite:///ruta/archivo.db o postgresql://usuario@host[:puerto]/base[?sslmode=…]
                   (si no, ATELIER_DATABASE_URL; si no, los ajustes; si no, la base de datos integrada);
                   la contraseña viene de ~/.pgpass, del llavero (db login) o de una solicitud
  --page NOMBRE    abre la consola en una página: %1
  --help           muestra esta ayuda
  --version        muestra la versión

Verbos (atelier VERBO --help muestra las opciones de un verbo):
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>
The analytics verbs over a range also take --from YYYY-MM-DD --to YYYY-MM-DD (the range [from, to)
in UTC days, default the last 30 days); verbs that print data take --format (see VERB --help).
Exit codes: 0 success, 1 failure, 2 bad usage.
</source>
        <translation>
Los verbos de analítica sobre un periodo también admiten --from AAAA-MM-DD --to AAAA-MM-DD (el periodo [from, to)
en días UTC, por omisión los últimos 30 días); los verbos que muestran datos admiten --format (ver VERBO --help).
Códigos de salida: 0 éxito, 1 fallo, 2 uso incorrecto.
</translation>
    </message>
    <message>
        <location filename="../cli/exportverbs.cpp" line="-51"/>
        <source>--out is required: the file to write, as report.pdf or report.csv.</source>
        <translation>--out es obligatorio: el archivo que escribir, como report.pdf o report.csv.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Computing the analyses: %1 of %2</source>
        <translation>Calculando los análisis: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wrote %1 (%n analysis(es)).</source>
        <translation>
            <numerusform>Se escribió %1 (%n análisis).</numerusform>
            <numerusform>Se escribió %1 (%n análisis).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the offline report: a PDF with a chart and a table per analysis, or every table as CSV</source>
        <translation>el informe sin conexión: un PDF con un gráfico y una tabla por análisis, o todas las tablas en CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report to write: .pdf or .csv.</source>
        <translation>El informe que escribir: .pdf o .csv.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/i18nverbs.cpp" line="+19"/>
        <location filename="../cli/securityverbs.cpp" line="+238"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyses to include, comma-separated (default: all).</source>
        <translation>Análisis que incluir, separados por comas (por omisión: todos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved funnel to report (default: the purchase funnel).</source>
        <translation>El embudo guardado del que informar (por omisión: el embudo de compra).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf or csv (default: from the extension of --out).</source>
        <translation>pdf o csv (por omisión: según la extensión de --out).</translation>
    </message>
    <message>
        <location filename="../cli/securityverbs.cpp" line="-228"/>
        <source>Only this person (username).</source>
        <translation>Solo esta persona (nombre de usuario).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this action.</source>
        <translation>Solo esta acción.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this resource type.</source>
        <translation>Solo este tipo de recurso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this resource.</source>
        <translation>Solo este recurso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From this UTC day.</source>
        <translation>Desde este día UTC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before this UTC day.</source>
        <translation>Antes de este día UTC.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit trail is broken at row %1 (of %2 read): %3</source>
        <translation>El registro de auditoría está roto en la fila %1 (de %2 leídas): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The audit trail is intact: %n row(s), each linked to the one before.</source>
        <translation>
            <numerusform>El registro de auditoría está intacto: %n fila, enlazada con la anterior.</numerusform>
            <numerusform>El registro de auditoría está intacto: %n filas, cada una enlazada con la anterior.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n row(s) were recorded before the trail was chained and carry no hash.</source>
        <translation>
            <numerusform>%n fila inicial se registró antes de encadenar el registro y no lleva hash.</numerusform>
            <numerusform>Las %n filas iniciales se registraron antes de encadenar el registro y no llevan hash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more row(s) are recorded but not chained yet (another chaining is under way or their transaction is still open); verify again to check them.</source>
        <translation>
            <numerusform>%n fila más está registrada pero aún no encadenada (hay otro encadenamiento en curso o su transacción sigue abierta); verificar de nuevo para comprobarla.</numerusform>
            <numerusform>%n filas más están registradas pero aún no encadenadas (hay otro encadenamiento en curso o su transacción sigue abierta); verificar de nuevo para comprobarlas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head: row %1, hash %2 (keep it elsewhere: a later verify that shows another hash for this row means the trail was rewritten).</source>
        <translation>Cabeza: fila %1, hash %2 (guardarlo en otro sitio: si una verificación posterior muestra otro hash para esta fila, el registro se ha reescrito).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--out is required: the CSV file to write.</source>
        <translation>--out es obligatorio: el archivo CSV que escribir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n fila escrita en %1.</numerusform>
            <numerusform>%n filas escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose --keychain or --passphrase-stdin, not both.</source>
        <translation>Elegir --keychain o --passphrase-stdin, no ambos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--passphrase-stdin is required: the passphrase is read from standard input, never from the command line.</source>
        <translation>--passphrase-stdin es obligatorio: la frase de contraseña se lee de la entrada estándar, nunca de la línea de órdenes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The data key is created; sensitive fields are encrypted at rest.</source>
        <translation>Se ha creado la clave de datos; los campos sensibles se cifran en reposo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--new-passphrase-stdin goes with rotate --keychain.</source>
        <translation>--new-passphrase-stdin va con rotate --keychain.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>New data key; %n value(s) re-encrypted.</source>
        <translation>
            <numerusform>Nueva clave de datos; %n valor vuelto a cifrar.</numerusform>
            <numerusform>Nueva clave de datos; %n valores vueltos a cifrar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No data key yet: sensitive fields are not encrypted. Create one with atelier secrets init.</source>
        <translation>Aún no hay clave de datos: los campos sensibles no están cifrados. Crear una con atelier secrets init.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data key %1, wrapped by this desktop&apos;s keychain, last changed %2.</source>
        <translation>Clave de datos %1, protegida por el llavero de este equipo, cambiada por última vez el %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data key %1, wrapped by the keychain of another desktop, last changed %2.</source>
        <translation>Clave de datos %1, protegida por el llavero de otro equipo, cambiada por última vez el %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data key %1, wrapped by a passphrase, last changed %2.</source>
        <translation>Clave de datos %1, protegida por una frase de contraseña, cambiada por última vez el %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 is required to apply a watermark.</source>
        <translation>--%1 es obligatorio para aplicar una marca de agua.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--opacity: &quot;%1&quot; is not a number.</source>
        <translation>--opacity: «%1» no es un número.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--input is required: the image to read.</source>
        <translation>--input es obligatorio: la imagen que leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watermark ID</source>
        <translation>ID de la marca de agua</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The data key is wrapped by this desktop&apos;s OS keychain instead of a passphrase (one person on one desktop).</source>
        <translation>La clave de datos la protege el llavero del sistema de este equipo en lugar de una frase de contraseña (una persona en un equipo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image to read.</source>
        <translation>La imagen que leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the tamper-evident audit trail: every row linked to the one before</source>
        <translation>comprueba el registro de auditoría a prueba de manipulaciones: cada fila enlazada con la anterior</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page through the audit trail, oldest first</source>
        <translation>recorre el registro de auditoría por páginas, de lo más antiguo a lo más reciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows after this sequence number (paging).</source>
        <translation>Filas posteriores a este número de secuencia (paginación).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seq</source>
        <translation>seq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many rows (default 100).</source>
        <translation>Como mucho este número de filas (por omisión 100).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the audit trail&apos;s rows to a CSV file</source>
        <translation>escribe las filas del registro de auditoría en un archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file to write.</source>
        <translation>El archivo CSV que escribir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>create the data key that encrypts sensitive fields at rest (Argon2id, XChaCha20-Poly1305)</source>
        <translation>crea la clave de datos que cifra los campos sensibles en reposo (Argon2id, XChaCha20-Poly1305)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the passphrase from standard input.</source>
        <translation>Lee la frase de contraseña de la entrada estándar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>replace the data key and re-encrypt every sensitive field with the new one</source>
        <translation>sustituye la clave de datos y vuelve a cifrar cada campo sensible con la nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the current passphrase from standard input, then the new one on a second line (empty to keep it).</source>
        <translation>Lee la frase de contraseña actual de la entrada estándar, y luego la nueva en una segunda línea (vacía para conservarla).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rotate --keychain: move the data key to a passphrase read from standard input.</source>
        <translation>rotate --keychain: pasa la clave de datos a una frase de contraseña leída de la entrada estándar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>whether there is a data key, how it is wrapped and when it last changed</source>
        <translation>si hay una clave de datos, cómo está protegida y cuándo cambió por última vez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mark an image so that it names its resource</source>
        <translation>marca una imagen para que nombre su recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visible, invisible or metadata.</source>
        <translation>visible, invisible o metadata.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>clase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image to write (.png, .jpg).</source>
        <translation>La imagen que escribir (.png, .jpg).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the image is, as ai_generation.</source>
        <translation>Qué es la imagen, como ai_generation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its id.</source>
        <translation>Su id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text of a visible watermark.</source>
        <translation>El texto de una marca de agua visible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top-left, top-right, bottom-left, bottom-right or center.</source>
        <translation>top-left, top-right, bottom-left, bottom-right o center.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 to 1 (default 0.35).</source>
        <translation>De 0 a 1 (por omisión 0,35).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opacity</source>
        <translation>opacidad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>find the watermarks an image carries and the resources they name</source>
        <translation>encuentra las marcas de agua que lleva una imagen y los recursos que nombran</translation>
    </message>
    <message>
        <location filename="../cli/setupverbs.cpp" line="-153"/>
        <source>%1: schema is up to date (version %2).</source>
        <translation>%1: el esquema está al día (versión %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: schema migrated from version %2 to %3 (%4).</source>
        <translation>%1: esquema migrado de la versión %2 a la %3 (%4).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--end-date: &quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>--end-date: «%1» no es una fecha con la forma AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: demo data written: %2 brands, %3 people, %4 events from %5 visitors, %6 generations, %7 experiments, in %8 s (events %9 s).</source>
        <translation>%1: datos de demostración escritos: %2 marcas, %3 personas, %4 eventos de %5 visitantes, %6 generaciones, %7 experimentos, en %8 s (eventos %9 s).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Database:       %1 (%2)</source>
        <translation>Base de datos:       %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:           %1</source>
        <translation>Usuario:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1 (this Atelier knows %2)</source>
        <translation>Versión del esquema: %1 (este Atelier conoce la %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../cli/monitoringverbs.cpp" line="-137"/>
        <location line="+160"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+132"/>
        <source>Statement</source>
        <translation>Sentencia</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Total ms</source>
        <translation>Total ms</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Mean ms</source>
        <translation>Media ms</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max ms</source>
        <translation>Máx. ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <location filename="../cli/setupverbs.cpp" line="+0"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>No statement was timed in the last %1.</source>
        <translation>No se cronometró ninguna sentencia en el último %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pg_stat_statements, top statements by total time over the window (snapshots of %1 and %2):</source>
        <translation>pg_stat_statements, principales sentencias por tiempo total en el intervalo (instantáneas de %1 y %2):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The statistics were reset between the two snapshots: statements count from the reset.</source>
        <translation>Las estadísticas se reiniciaron entre las dos instantáneas: las sentencias cuentan desde el reinicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pg_stat_statements, top statements by total time (since %1):</source>
        <translation>pg_stat_statements, principales sentencias por tiempo total (desde %1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server&apos;s start</source>
        <translation>el arranque del servidor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocks hit</source>
        <translation>Bloques en caché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks read</source>
        <translation>Bloques leídos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hits</source>
        <translation>Aciertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misses</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hit ratio</source>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evictions</source>
        <translation>Expulsiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Applied in %1 ms: %2</source>
        <translation>Aplicado en %1 ms: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: %1</source>
        <translation>Antes:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After:  %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The statement&apos;s estimated cost: %1 before, %2 now (HypoPG estimated %3).</source>
        <translation>Coste estimado de la sentencia: %1 antes, %2 ahora (HypoPG estimó %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing: not installed</source>
        <translation>nada: no instalado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No advice: nothing measured calls for a change.</source>
        <translation>Ningún consejo: nada de lo medido pide un cambio.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Latency ms</source>
        <translation>Latencia ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Raised</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+19"/>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Activada</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give exactly one of --above N and --below N.</source>
        <translation>Indicar exactamente uno de --above N y --below N.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1: &quot;%2&quot; is not a number.</source>
        <translation>--%1: «%2» no es un número.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alert rule &quot;%1&quot; added (%2).</source>
        <translation>Regla de alerta «%1» añadida (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 rules evaluated: %2 alerts raised, %3 resolved.</source>
        <translation>%1 reglas evaluadas: %2 alertas emitidas, %3 resueltas.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: another console or monitor of this database made this round.</source>
        <translation>%1: otra consola o monitor de esta base de datos hizo esta ronda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2; the alert rules are evaluated by the administrator&apos;s console or monitor.</source>
        <translation>%1: %2; las reglas de alerta las evalúa la consola o el monitor del administrador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>checks made by another console</source>
        <translation>comprobaciones hechas por otra consola</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1: %2; %3 rules evaluated, %4 alerts raised, %5 resolved.</source>
        <translation>%1: %2; %3 reglas evaluadas, %4 alertas emitidas, %5 resueltas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the statements the product timed over a window, and pg_stat_statements&apos; top ones</source>
        <translation>las sentencias que el producto cronometró en un intervalo, y las principales de pg_stat_statements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far back: a number of hours or days (1h, 24h, 7d).</source>
        <translation>Hasta cuándo atrás: un número de horas o días (1h, 24h, 7d).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hit ratios of the result cache and of the database&apos;s cache</source>
        <translation>tasas de aciertos de la caché de resultados y de la caché de la base de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optimisation advice with its evidence; --apply runs one (administrators)</source>
        <translation>consejos de optimización con su evidencia; --apply aplica uno (administradores)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply this advice (its ID) and measure again.</source>
        <translation>Aplica este consejo (su ID) y vuelve a medir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>each service healthy, degraded or down (exit code 3 when one is down)</source>
        <translation>cada servicio en buen estado, degradado o caído (código de salida 3 si hay uno caído)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the checks in the health history.</source>
        <translation>Guarda las comprobaciones en el historial de estado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open alerts (--all: resolved ones too)</source>
        <translation>alertas abiertas (--all: también las resueltas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved alerts too.</source>
        <translation>También las alertas resueltas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the alert rules</source>
        <translation>las reglas de alerta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add an alert rule on a metric</source>
        <translation>añade una regla de alerta sobre una métrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule&apos;s name.</source>
        <translation>El nombre de la regla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>query_p95_ms, query_mean_ms, query_calls (optionally :SERVICE), health_down:SERVICE, health_latency_ms:SERVICE.</source>
        <translation>query_p95_ms, query_mean_ms, query_calls (opcionalmente :SERVICIO), health_down:SERVICIO, health_latency_ms:SERVICIO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metric</source>
        <translation>métrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise when the metric is above this value.</source>
        <translation>Emitir cuando la métrica está por encima de este valor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise when the metric is below this value.</source>
        <translation>Emitir cuando la métrica está por debajo de este valor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over how many minutes the metric is measured (default 5).</source>
        <translation>Durante cuántos minutos se mide la métrica (por omisión 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info, warning or critical (default warning).</source>
        <translation>info, warning o critical (por omisión warning).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep the health history and evaluate the alert rules every interval, until stopped</source>
        <translation>guarda el historial de estado y evalúa las reglas de alerta en cada intervalo, hasta que se detenga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between rounds, 10 to 3600 (default 60).</source>
        <translation>Segundos entre rondas, de 10 a 3600 (por omisión 60).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One round, then stop.</source>
        <translation>Una ronda y termina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evaluate the alert rules now: raise and resolve alerts</source>
        <translation>evalúa ahora las reglas de alerta: emite y resuelve alertas</translation>
    </message>
    <message>
        <location filename="../cli/setupverbs.cpp" line="+15"/>
        <source>A SQLite database has no password: db login and db logout are for PostgreSQL URLs.</source>
        <translation>Una base de datos SQLite no tiene contraseña: db login y db logout son para URL de PostgreSQL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: password removed from the keychain.</source>
        <translation>%1: contraseña eliminada del llavero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the keychain held no password for it.</source>
        <translation>%1: el llavero no tenía ninguna contraseña para ella.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password for %1: </source>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No terminal to ask for the password: give it on standard input with --password-stdin.</source>
        <translation>No hay terminal donde pedir la contraseña: indicarla en la entrada estándar con --password-stdin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password given: nothing was stored.</source>
        <translation>No se indicó ninguna contraseña: no se guardó nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: password stored in the keychain; Atelier uses it whenever this URL comes without one.</source>
        <translation>%1: contraseña guardada en el llavero; Atelier la usa siempre que esta URL llegue sin ella.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>create or upgrade the schema</source>
        <translation>crea o actualiza el esquema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fill an empty database with demo data</source>
        <translation>llena una base de datos vacía con datos de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed (same seed, same data).</source>
        <translation>Semilla aleatoria (misma semilla, mismos datos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of analytics events.</source>
        <translation>Número de eventos de analítica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of days of history.</source>
        <translation>Número de días de historial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the data, UTC (default: now).</source>
        <translation>Último día de los datos, UTC (por omisión: ahora).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>URL, user, schema version and row counts</source>
        <translation>URL, usuario, versión del esquema y número de filas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL: keep the password of --database&apos;s URL in the OS keychain</source>
        <translation>PostgreSQL: guarda la contraseña de la URL de --database en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL: remove the password of --database&apos;s URL from the OS keychain</source>
        <translation>PostgreSQL: elimina del llavero del sistema la contraseña de la URL de --database</translation>
    </message>
    <message>
        <location filename="../cli/workflowrunverbs.cpp" line="-254"/>
        <source>Execution</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <location filename="../cli/monitoringverbs.cpp" line="-202"/>
        <location line="+21"/>
        <location filename="../cli/workflowrunverbs.cpp" line="+0"/>
        <location line="+152"/>
        <location filename="../cli/workflowverbs.cpp" line="-33"/>
        <location line="+23"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../cli/workflowrunverbs.cpp" line="-152"/>
        <location filename="../cli/workflowverbs.cpp" line="-23"/>
        <location line="+25"/>
        <location line="+101"/>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Scheduled for</source>
        <translation>Prevista para</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+151"/>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+151"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Execution %1 does not belong to brand %2.</source>
        <translation>La ejecución %1 no pertenece a la marca %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--input: &quot;%1&quot; is not a JSON object (%2).</source>
        <translation>--input: «%1» no es un objeto JSON (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another JSON value</source>
        <translation>otro valor JSON</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--status: &quot;%1&quot; is not one of %2.</source>
        <translation>--status: «%1» no es uno de %2.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Execution %1 queued again.</source>
        <translation>Ejecución %1 vuelta a poner en cola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution %1 queued again from step %2.</source>
        <translation>Ejecución %1 vuelta a poner en cola desde el paso %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Execution %1 cancelled.</source>
        <translation>Ejecución %1 cancelada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 scheduled, %3 claimed, %4 completed, %5 failed, %6 waiting to retry.</source>
        <translation>%1: %2 programadas, %3 recogidas, %4 completadas, %5 fallidas, %6 esperando para reintentar.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>queue a manual execution of a workflow (--wait: run it now and show how it ended)</source>
        <translation>pone en cola una ejecución manual de un flujo de trabajo (--wait: la ejecuta ahora y muestra cómo terminó)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trigger&apos;s payload, a JSON object.</source>
        <translation>Los datos del disparador, un objeto JSON.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the execution in this process and wait for its end.</source>
        <translation>Ejecuta en este proceso y espera a que termine.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list executions, newest first</source>
        <translation>lista las ejecuciones, las más recientes primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this workflow&apos;s executions.</source>
        <translation>Solo las ejecuciones de este flujo de trabajo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../cli/workflowsecretverbs.cpp" line="+33"/>
        <location filename="../cli/workflowverbs.cpp" line="+32"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only executions in this status (queued, running, waiting, completed, failed, cancelled).</source>
        <translation>Solo las ejecuciones con este estado (queued, running, waiting, completed, failed, cancelled).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many executions.</source>
        <translation>Como mucho este número de ejecuciones.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an execution and its steps: input, output, error, attempt and duration</source>
        <translation>una ejecución y sus pasos: entrada, salida, error, intento y duración</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>queue a failed execution again from its failed step</source>
        <translation>vuelve a poner en cola una ejecución fallida desde su paso fallido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancel a queued, waiting or running execution</source>
        <translation>cancela una ejecución en cola, en espera o en curso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run due executions and schedules as the connected identity until SIGTERM (--once: one pass)</source>
        <translation>ejecuta las ejecuciones y programaciones pendientes con la identidad conectada hasta SIGTERM (--once: una pasada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the passphrase of the database&apos;s data key from standard input, to sign webhooks with the brands&apos; secrets.</source>
        <translation>Lee de la entrada estándar la frase de contraseña de la clave de datos de la base de datos, para firmar los webhooks con los secretos de las marcas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule what is due, run what can run, then exit.</source>
        <translation>Programa lo pendiente, ejecuta lo que se pueda y termina.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long an execution stays this runner&apos;s without a sign of life (renewed while a step runs; another runner takes it over after). Default 30.</source>
        <translation>Cuánto tiempo sigue una ejecución en manos de este ejecutor sin señales de vida (se renueva mientras se ejecuta un paso; después la recoge otro ejecutor). Por omisión 30.</translation>
    </message>
    <message>
        <location filename="../cli/workflowsecretverbs.cpp" line="-78"/>
        <source>Read the passphrase of the database&apos;s data key from standard input (first line).</source>
        <translation>Lee de la entrada estándar la frase de contraseña de la clave de datos de la base de datos (primera línea).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>workflow secret set needs --value-stdin: the value is read from standard input, never from the command line.</source>
        <translation>workflow secret set necesita --value-stdin: el valor se lee de la entrada estándar, nunca de la línea de órdenes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--value-stdin: standard input held no value (an empty line).</source>
        <translation>--value-stdin: la entrada estándar no contenía ningún valor (una línea vacía).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret %1 of brand %2 stored encrypted; webhooks with &quot;secret_name&quot;: &quot;%1&quot; are signed with it.</source>
        <translation>Secreto %1 de la marca %2 guardado cifrado; los webhooks con &quot;secret_name&quot;: &quot;%1&quot; se firman con él.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stored by</source>
        <translation>Guardado por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored</source>
        <translation>Guardado el</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sealed with</source>
        <translation>Sellado con</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Secret %1 of brand %2 deleted.</source>
        <translation>Secreto %1 de la marca %2 eliminado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every secret of brand %1 is sealed with the database&apos;s data key.</source>
        <translation>Todos los secretos de la marca %1 están sellados con la clave de datos de la base de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored on another desktop, which alone opens them: %1. Set them again with atelier workflow secret set NAME --brand %2 --value-stdin, or run this verb on that desktop.</source>
        <translation>Guardados en otro equipo, el único que puede abrirlos: %1. Volver a definirlos con atelier workflow secret set NOMBRE --brand %2 --value-stdin, o ejecutar este verbo en ese equipo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>brand admins: store a webhook signing secret, encrypted (read from standard input)</source>
        <translation>administradores de la marca: guarda un secreto de firma de webhook, cifrado (leído de la entrada estándar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the value from standard input (one line).</source>
        <translation>Lee el valor de la entrada estándar (una línea).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the brand&apos;s webhook secrets: names, who stored them and when (never the values)</source>
        <translation>los secretos de webhook de la marca: nombres, quién los guardó y cuándo (nunca los valores)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>brand admins: seal with the database&apos;s data key the secrets this desktop stored before it</source>
        <translation>administradores de la marca: sella con la clave de datos de la base de datos los secretos que este equipo guardó antes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>brand admins: delete a webhook secret</source>
        <translation>administradores de la marca: elimina un secreto de webhook</translation>
    </message>
    <message>
        <location filename="../cli/workflowverbs.cpp" line="-230"/>
        <source>--file: cannot read %1: %2</source>
        <translation>--file: no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--file: %1 is not JSON: %2 at character %3.</source>
        <translation>--file: %1 no es JSON: %2 en el carácter %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--file: %1 holds no object {&quot;trigger&quot;: …, &quot;actions&quot;: […]}.</source>
        <translation>--file: %1 no contiene ningún objeto {&quot;trigger&quot;: …, &quot;actions&quot;: […]}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--file: %1: &quot;%2&quot; is text.</source>
        <translation>--file: %1: «%2» es texto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--file: %1: unknown key &quot;%2&quot; (a definition has &quot;trigger&quot; and &quot;actions&quot;).</source>
        <translation>--file: %1: clave «%2» desconocida (una definición tiene «trigger» y «actions»).</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+26"/>
        <location line="+101"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+23"/>
        <location line="+102"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+28"/>
        <source>Runs as</source>
        <translation>Se ejecuta como</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missed instants</source>
        <translation>Instantes perdidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error workflow</source>
        <translation>Flujo de error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Workflow &quot;%1&quot; was created, but its options were not set: %2</source>
        <translation>Se creó el flujo de trabajo «%1», pero no se aplicaron sus opciones: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow &quot;%1&quot; created in %2 (version 1, id %3).</source>
        <translation>Flujo de trabajo «%1» creado en %2 (versión 1, id %3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Workflow &quot;%1&quot; was saved, but its options were not set: %2</source>
        <translation>Se guardó el flujo de trabajo «%1», pero no se aplicaron sus opciones: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow &quot;%1&quot; saved as version %2.</source>
        <translation>Flujo de trabajo «%1» guardado como versión %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Workflow &quot;%1&quot; is active.</source>
        <translation>El flujo de trabajo «%1» está activo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow &quot;%1&quot; is paused: its schedule and events start nothing until it is resumed.</source>
        <translation>El flujo de trabajo «%1» está en pausa: su programación y sus eventos no inician nada hasta que se reanude.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow &quot;%1&quot; is archived.</source>
        <translation>El flujo de trabajo «%1» está archivado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workflow &quot;%1&quot; deleted, with its versions and executions.</source>
        <translation>Flujo de trabajo «%1» eliminado, con sus versiones y ejecuciones.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved by</source>
        <translation>Guardada por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version %1 of workflow &quot;%2&quot; restored as version %3.</source>
        <translation>Versión %1 del flujo de trabajo «%2» restaurada como versión %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Webhooks of brand %1 may call %2 although it is a loopback or private address.</source>
        <translation>Los webhooks de la marca %1 pueden llamar a %2 aunque sea una dirección local o privada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>F.json</source>
        <translation>F.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The definition, {&quot;trigger&quot;: …, &quot;actions&quot;: […]} (&quot;-&quot;: standard input).</source>
        <translation>La definición, {&quot;trigger&quot;: …, &quot;actions&quot;: […]} («-»: la entrada estándar).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the brand&apos;s workflows: status, trigger, version, run-as identity</source>
        <translation>los flujos de trabajo de la marca: estado, disparador, versión, identidad de ejecución</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a workflow and its definition (--format json prints what create --file takes)</source>
        <translation>un flujo de trabajo y su definición (--format json muestra lo que admite create --file)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>create a workflow from a definition file, validated, as version 1</source>
        <translation>crea un flujo de trabajo a partir de un archivo de definición, validado, como versión 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workflow&apos;s name, unique in the brand.</source>
        <translation>El nombre del flujo de trabajo, único en la marca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is for (default: the file&apos;s &quot;description&quot;).</source>
        <translation>Para qué sirve (por omisión: la «description» del archivo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>workflow create needs --name N and --file F.json.</source>
        <translation>workflow create necesita --name N y --file F.json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>save a new version of a workflow&apos;s definition, validated</source>
        <translation>guarda una versión nueva de la definición de un flujo de trabajo, validada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new name for the workflow, unique in the brand (a rename).</source>
        <translation>Un nombre nuevo para el flujo de trabajo, único en la marca (un cambio de nombre).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new description (default: the current one).</source>
        <translation>Una descripción nueva (por omisión: la actual).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>workflow update needs --file F.json.</source>
        <translation>workflow update necesita --file F.json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stop a workflow&apos;s schedule and events from starting executions</source>
        <translation>impide que la programación y los eventos de un flujo de trabajo inicien ejecuciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>make a paused or archived workflow active again (its definition is checked)</source>
        <translation>vuelve a activar un flujo de trabajo en pausa o archivado (se revisa su definición)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>archive a workflow: kept with its history, never run</source>
        <translation>archiva un flujo de trabajo: se conserva con su historial y no se ejecuta nunca</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delete a workflow with its versions and executions</source>
        <translation>elimina un flujo de trabajo con sus versiones y ejecuciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every saved definition of a workflow, who saved it and when</source>
        <translation>cada definición guardada de un flujo de trabajo, quién la guardó y cuándo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>save an earlier version&apos;s definition again as the newest version</source>
        <translation>guarda de nuevo la definición de una versión anterior como la versión más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version to restore.</source>
        <translation>La versión que restaurar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>workflow restore needs --version N.</source>
        <translation>workflow restore necesita --version N.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>brand admins: let webhooks call this loopback or private host</source>
        <translation>administradores de la marca: permite que los webhooks llamen a este host local o privado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location filename="../cli/i18nverbs.cpp" line="-187"/>
        <source>Name the language: --language %1.</source>
        <translation>Indicar el idioma: --language %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--language: unknown language “%1”; the languages are: %2.</source>
        <translation>--language: idioma «%1» desconocido; los idiomas son: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Translated</source>
        <translation>Traducidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation>Aprobados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for review</source>
        <translation>Pendientes de revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs editing</source>
        <translation>Necesitan edición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Cambiados</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n translation error(s): Qt would show these texts wrongly.</source>
        <translation>
            <numerusform>%n error de traducción: Qt mostraría este texto mal.</numerusform>
            <numerusform>%n errores de traducción: Qt mostraría estos textos mal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name the file to write: --out FILE.ts.</source>
        <translation>Indicar el archivo que escribir: --out ARCHIVO.ts.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n message(s) in %2 written.</source>
        <translation>
            <numerusform>%1: %n mensaje escrito en %2.</numerusform>
            <numerusform>%1: %n mensajes escritos en %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1: %n message(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>%1: %n mensaje rechazado; no se importó nada.</numerusform>
            <numerusform>%1: %n mensajes rechazados; no se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2): %3 added, %4 changed, %5 unchanged, %6 obsolete or vanished skipped.</source>
        <translation>%1 (%2): %3 añadidos, %4 cambiados, %5 sin cambios, %6 obsoletos o desaparecidos omitidos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name the message: --context CONTEXT --source TEXT.</source>
        <translation>Indicar el mensaje: --context CONTEXTO --source TEXTO.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--state: “%1” is not needs_editing, waiting_for_review or approved.</source>
        <translation>--state: «%1» no es needs_editing, waiting_for_review ni approved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the translation: --text TEXT (once per numerus form).</source>
        <translation>Indicar la traducción: --text TEXTO (una vez por cada forma de plural).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: translation of “%2” saved.</source>
        <translation>%1: traducción de «%2» guardada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: translation of “%2” approved.</source>
        <translation>%1: traducción de «%2» aprobada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: translation of “%2” reverted to the compiled one.</source>
        <translation>%1: traducción de «%2» devuelta a la compilada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Language code (fr, es…).</source>
        <translation>Código de idioma (fr, es…).</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The message&apos;s context (its class).</source>
        <translation>El contexto del mensaje (su clase).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>context</source>
        <translation>contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message&apos;s English source text.</source>
        <translation>El texto original en inglés del mensaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message&apos;s disambiguation, if it has one.</source>
        <translation>La desambiguación del mensaje, si tiene.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The translation; once per form for a numerus message.</source>
        <translation>La traducción; una vez por forma en un mensaje con plural.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs_editing, waiting_for_review or approved (default: approved for a reviewer, else waiting_for_review).</source>
        <translation>needs_editing, waiting_for_review o approved (por omisión: approved para un revisor, si no waiting_for_review).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>per language: messages, translated, approved, with warnings, changed in the console</source>
        <translation>por idioma: mensajes, traducidos, aprobados, con avisos, cambiados en la consola</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the translations&apos; check warnings; fails on an error (a place marker missing or extra)</source>
        <translation>los avisos de comprobación de las traducciones; falla ante un error (un marcador de posición que falta o sobra)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write a language&apos;s .ts file with the console&apos;s changes, for Qt Linguist</source>
        <translation>escribe el archivo .ts de un idioma con los cambios de la consola, para Qt Linguist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .ts file to write.</source>
        <translation>El archivo .ts que escribir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>store a .ts file&apos;s translations that differ from the console&apos;s, all or nothing</source>
        <translation>guarda las traducciones de un archivo .ts que difieren de las de la consola, todas o ninguna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FILE.ts</source>
        <translation>ARCHIVO.ts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change one message&apos;s translation (live in every console once approved)</source>
        <translation>cambia la traducción de un mensaje (activa en todas las consolas una vez aprobada)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approve a proposed translation (reviewers: admins of a brand)</source>
        <translation>aprueba una traducción propuesta (revisores: administradores de una marca)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove a message&apos;s change: the compiled translation shows again</source>
        <translation>quita el cambio de un mensaje: vuelve a mostrarse la traducción compilada</translation>
    </message>
</context>
<context>
    <name>CommentService</name>
    <message>
        <location filename="../services/collaboration/comments.cpp" line="+26"/>
        <source>The text is empty.</source>
        <translation>El texto está vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is %1 characters long; at most %2.</source>
        <translation>El texto tiene %1 caracteres; como máximo %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comment &quot;%1&quot; does not exist, or only its author or an admin of the brand may change it.</source>
        <translation>El comentario «%1» no existe, o solo su autor o un administrador de la marca puede cambiarlo.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Finding the comment replied to</source>
        <translation>Buscando el comentario al que se responde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no comment &quot;%1&quot; on this %2 to reply to.</source>
        <translation>No hay ningún comentario «%1» en este %2 al que responder.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Commenting needs the analyst role in the brand or a comment share; saving the comment</source>
        <translation>Comentar necesita el rol analyst en la marca o un elemento compartido con permiso «comment»; guardando el comentario</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading the comments</source>
        <translation>Leyendo los comentarios</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Editing the comment</source>
        <translation>Editando el comentario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting the comment</source>
        <translation>Eliminando el comentario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolving the comment</source>
        <translation>Resolviendo el comentario</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>position.%1: unknown field; a chart point has series and x.</source>
        <translation>position.%1: campo desconocido; un punto de gráfico tiene series y x.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>position.series: expected the name of a series.</source>
        <translation>position.series: se esperaba el nombre de una serie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>position.x: expected a number or a date (where on the series the note goes).</source>
        <translation>position.x: se esperaba un número o una fecha (dónde va la nota en la serie).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>position.%1: unknown field; an image rectangle has x, y, width and height.</source>
        <translation>position.%1: campo desconocido; un rectángulo de imagen tiene x, y, width y height.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>position.%1: expected a number from 0 to 1 (a share of the image&apos;s size).</source>
        <translation>position.%1: se esperaba un número de 0 a 1 (una fracción del tamaño de la imagen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>position: the rectangle must have a size and lie inside the image (x + width ≤ 1, y + height ≤ 1).</source>
        <translation>position: el rectángulo debe tener un tamaño y quedar dentro de la imagen (x + width ≤ 1, y + height ≤ 1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown annotation type &quot;%1&quot;; the types are: %2.</source>
        <translation>Tipo de anotación «%1» desconocido; los tipos son: %2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Annotating needs the analyst role in the brand or a comment share; saving the annotation</source>
        <translation>Anotar necesita el rol analyst en la marca o un elemento compartido con permiso «comment»; guardando la anotación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the annotations</source>
        <translation>Leyendo las anotaciones</translation>
    </message>
</context>
<context>
    <name>ConnectionLoss</name>
    <message>
        <location filename="../services/core/connectionloss.cpp" line="+55"/>
        <source>The connection to the database was lost before the change was saved: it was not applied. Try again.</source>
        <translation>Se perdió la conexión con la base de datos antes de guardar el cambio: no se aplicó. Volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the database was lost while the change was being saved: whether it was applied is unknown. Refresh the page to see whether it is there before trying again.</source>
        <translation>Se perdió la conexión con la base de datos mientras se guardaba el cambio: no se sabe si se aplicó. Actualizar la página para comprobar si está antes de volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>CorrelationService</name>
    <message>
        <location filename="../services/analytics/correlationservice.cpp" line="+53"/>
        <source>Unknown daily metric &quot;%1&quot;; the metrics are: %2.</source>
        <translation>Métrica diaria «%1» desconocida; las métricas son: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correlations need at least two metrics.</source>
        <translation>Las correlaciones necesitan al menos dos métricas.</translation>
    </message>
</context>
<context>
    <name>CronSchedule</name>
    <message>
        <location filename="../services/workflows/cronschedule.cpp" line="+32"/>
        <source>minute</source>
        <translation>minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day of month</source>
        <translation>día del mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day of week</source>
        <translation>día de la semana</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 is not between %3 and %4</source>
        <translation>%1 %2 no está entre %3 y %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: “%2” is neither a number nor a name</source>
        <translation>%1: «%2» no es ni un número ni un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1: «%2» no es un número</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: “%2” has an empty item</source>
        <translation>%1: «%2» tiene un elemento vacío</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the step “%2” is not a number between 1 and %3</source>
        <translation>%1: el paso «%2» no es un número entre 1 y %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the range “%2” goes backwards</source>
        <translation>%1: el intervalo «%2» va hacia atrás</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“%1” should have five fields (minute hour day-of-month month day-of-week), not %2</source>
        <translation>«%1» debería tener cinco campos (minuto hora día-del-mes mes día-de-la-semana), no %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown time zone “%1” (an IANA name such as Europe/Paris)</source>
        <translation>zona horaria «%1» desconocida (un nombre IANA como Europe/Madrid)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>every %1 seconds: the interval must be between 1 second and %2 seconds (366 days)</source>
        <translation>cada %1 segundos: el intervalo debe estar entre 1 segundo y %2 segundos (366 días)</translation>
    </message>
</context>
<context>
    <name>DailyMetricsService</name>
    <message>
        <location filename="../services/analytics/dailymetrics.cpp" line="+48"/>
        <source>Unknown daily metric &quot;%1&quot;; the metrics are: %2.</source>
        <translation>Métrica diaria «%1» desconocida; las métricas son: %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reading the daily rollup</source>
        <translation>Leyendo el acumulado diario</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Computing the daily event metrics</source>
        <translation>Cálculo de las métricas diarias de eventos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Computing the daily AI metrics</source>
        <translation>Cálculo de las métricas diarias de IA</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../services/core/database.cpp" line="+131"/>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+166"/>
        <source>&quot;%1&quot; is not a SQLite database: Atelier leaves it as it is.</source>
        <translation>«%1» no es una base de datos SQLite: Atelier la deja como está.</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>There is no database at &quot;%1&quot;.</source>
        <translation>No hay ninguna base de datos en «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is a folder, not a SQLite database file.</source>
        <translation>«%1» es una carpeta, no un archivo de base de datos SQLite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is read-only: Atelier needs to write to its database. Make it writable or choose another file.</source>
        <translation>«%1» es de solo lectura: Atelier necesita escribir en su base de datos. Darle permiso de escritura o elegir otro archivo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the folder &quot;%1&quot; for the database.</source>
        <translation>No se puede crear la carpeta «%1» para la base de datos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder &quot;%1&quot; is read-only: the database cannot be created there.</source>
        <translation>La carpeta «%1» es de solo lectura: no se puede crear ahí la base de datos.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The PostgreSQL server at %1 wants a password for &quot;%2&quot; and none was given: keep it in ~/.pgpass (or the file PGPASSFILE names) or in the keychain (atelier db login), or type it when Atelier asks (in the console, or on a terminal).</source>
        <translation>El servidor PostgreSQL en %1 pide una contraseña para «%2» y no se indicó ninguna: guardarla en ~/.pgpass (o en el archivo que indique PGPASSFILE) o en el llavero (atelier db login), o escribirla cuando Atelier la pida (en la consola o en un terminal).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong password, or no such user, for &quot;%1&quot; on the PostgreSQL server at %2.</source>
        <translation>Contraseña incorrecta, o usuario inexistente, para «%1» en el servidor PostgreSQL de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database &quot;%1&quot; does not exist on the PostgreSQL server at %2.</source>
        <translation>La base de datos «%1» no existe en el servidor PostgreSQL de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PostgreSQL server at %1 has no user &quot;%2&quot;.</source>
        <translation>El servidor PostgreSQL de %1 no tiene ningún usuario «%2».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the PostgreSQL server at %1: is it running, and is the address right?</source>
        <translation>No se puede contactar con el servidor PostgreSQL de %1: ¿está en marcha y es correcta la dirección?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the PostgreSQL database %1: %2</source>
        <translation>No se puede abrir la base de datos PostgreSQL %1: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open the SQLite database &quot;%1&quot;: %2</source>
        <translation>No se puede abrir la base de datos SQLite «%1»: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; holds another program&apos;s tables and no Atelier schema: Atelier leaves it as it is.</source>
        <translation>«%1» contiene tablas de otro programa y ningún esquema de Atelier: Atelier la deja como está.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; is read-only: Atelier needs to write to its database.</source>
        <translation>«%1» es de solo lectura: Atelier necesita escribir en su base de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot prepare the SQLite database &quot;%1&quot;: %2</source>
        <translation>No se puede preparar la base de datos SQLite «%1»: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>El controlador PostgreSQL de Qt (QPSQL) no está instalado.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot configure the PostgreSQL session: %1</source>
        <translation>No se puede configurar la sesión de PostgreSQL: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The database connection is not open.</source>
        <translation>La conexión con la base de datos no está abierta.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 failed: the database is busy. Another program (an open console, a workflow runner or a command) kept it locked for more than %2 s; try again in a moment.</source>
        <translation>%1 — falló: la base de datos está ocupada. Otro programa (una consola abierta, un ejecutor de flujos de trabajo o una orden) la mantuvo bloqueada más de %2 s; volver a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: %2</source>
        <translation>%1 — error: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCredentials</name>
    <message>
        <location filename="../services/core/databasecredentials.cpp" line="+56"/>
        <source>the keychain did not answer</source>
        <translation>el llavero no respondió</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The password for %1 could not be stored in the system keychain: %2.</source>
        <translation>No se pudo guardar la contraseña de %1 en el llavero del sistema: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The password for %1 could not be removed from the system keychain: %2.</source>
        <translation>No se pudo eliminar la contraseña de %1 del llavero del sistema: %2.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Password for %1: </source>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Warning: a password in --database is visible to other users of this computer (ps); keep it in ~/.pgpass or PGPASSFILE, in the keychain (atelier db login), or type it when asked.</source>
        <translation>Aviso: una contraseña en --database es visible para otros usuarios de este ordenador (ps); guardarla en ~/.pgpass o PGPASSFILE, en el llavero (atelier db login), o escribirla cuando se pida.</translation>
    </message>
</context>
<context>
    <name>DatabaseStatus</name>
    <message>
        <location filename="../services/core/databasestatus.cpp" line="+40"/>
        <location line="+6"/>
        <source>Counting the rows of %1</source>
        <translation>Recuento de las filas de %1</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../services/core/databaseurl.cpp" line="+24"/>
        <source>Malformed database URL &quot;%1&quot;: expected %2.</source>
        <translation>URL de base de datos mal formada «%1»: se esperaba %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Malformed SQLite URL &quot;%1&quot;: the path must be absolute, as in sqlite:///home/me/atelier.db.</source>
        <translation>URL de SQLite mal formada «%1»: la ruta debe ser absoluta, como en sqlite:///home/yo/atelier.db.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Malformed PostgreSQL URL &quot;%1&quot;: expected postgresql://user@host[:port]/db.</source>
        <translation>URL de PostgreSQL mal formada «%1»: se esperaba postgresql://usuario@host[:puerto]/base.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Malformed PostgreSQL URL &quot;%1&quot;: it needs a user and a database name, as in postgresql://ana@db.example.com/atelier.</source>
        <translation>URL de PostgreSQL mal formada «%1»: necesita un usuario y un nombre de base de datos, como en postgresql://ana@db.example.com/atelier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown option &quot;%1&quot; in database URL &quot;%2&quot;: only sslmode is accepted.</source>
        <translation>Opción «%1» desconocida en la URL de base de datos «%2»: solo se acepta sslmode.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown sslmode &quot;%1&quot; in database URL &quot;%2&quot;: use one of %3.</source>
        <translation>sslmode «%1» desconocido en la URL de base de datos «%2»: usar uno de %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsupported database scheme &quot;%1&quot; in &quot;%2&quot;: use sqlite or postgresql.</source>
        <translation>Esquema de base de datos «%1» no admitido en «%2»: usar sqlite o postgresql.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../services/analytics/daterange.h" line="+18"/>
        <source>The date range must start before it ends (from %1 to %2).</source>
        <translation>El periodo debe empezar antes de terminar (del %1 al %2).</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../services/demo/demogenerator.cpp" line="+401"/>
        <location line="+265"/>
        <source>Demo generation was cancelled; nothing was written.</source>
        <translation>Se canceló la generación de la demostración; no se escribió nada.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Reading the models</source>
        <translation>Lectura de los modelos</translation>
    </message>
    <message>
        <location line="+617"/>
        <source>Demo data needs a non-negative number of events and at least 7 days.</source>
        <translation>Los datos de demostración necesitan un número de eventos no negativo y al menos 7 días.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking that the database is empty</source>
        <translation>Comprobación de que la base de datos está vacía</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The database already holds %n brand(s); demo data only goes into an empty database.</source>
        <translation>
            <numerusform>La base de datos ya contiene %n marca; los datos de demostración solo van en una base de datos vacía.</numerusform>
            <numerusform>La base de datos ya contiene %n marcas; los datos de demostración solo van en una base de datos vacía.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot start a transaction for the demo data.</source>
        <translation>No se puede iniciar una transacción para los datos de demostración.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot commit the demo data.</source>
        <translation>No se pueden confirmar los datos de demostración.</translation>
    </message>
</context>
<context>
    <name>DurationFormat</name>
    <message>
        <location filename="../services/core/durationformat.cpp" line="+23"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>EventBulkWriter</name>
    <message>
        <location filename="../services/core/eventbulkwriter.cpp" line="+62"/>
        <source>Loading events into SQLite failed: %1</source>
        <translation>Falló la carga de eventos en SQLite: %1</translation>
    </message>
    <message>
        <location line="+121"/>
        <location line="+9"/>
        <source>Loading events into PostgreSQL failed: %1</source>
        <translation>Falló la carga de eventos en PostgreSQL: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the event indexes</source>
        <translation>Lectura de los índices de eventos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the event constraints</source>
        <translation>Lectura de las restricciones de eventos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Setting aside the event indexes</source>
        <translation>Retirada temporal de los índices de eventos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database connection is not open.</source>
        <translation>La conexión con la base de datos no está abierta.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rebuilding the event indexes</source>
        <translation>Reconstrucción de los índices de eventos</translation>
    </message>
</context>
<context>
    <name>EventTypes</name>
    <message>
        <location filename="../services/analytics/eventtypes.cpp" line="+34"/>
        <source>Listing the event types</source>
        <translation>Listado de los tipos de evento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; is not an event type: event types are letters, digits, and _ . : - (at most 64).</source>
        <translation>%1: «%2» no es un tipo de evento: los tipos de evento se escriben con letras, dígitos y _ . : - (64 como máximo).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking up the event type &quot;%1&quot;</source>
        <translation>Búsqueda del tipo de evento «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;%2&quot; is not a known event type (none has been recorded); the event types are: %3.</source>
        <translation>%1: «%2» no es un tipo de evento conocido (no se ha registrado ninguno); los tipos de evento son: %3.</translation>
    </message>
</context>
<context>
    <name>ExperimentService</name>
    <message>
        <location filename="../services/analytics/experimentservice.cpp" line="+45"/>
        <source>Reading the experiments</source>
        <translation>Lectura de los experimentos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brand &quot;%1&quot; has no experiment &quot;%2&quot;.</source>
        <translation>La marca «%1» no tiene ningún experimento «%2».</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Counting the exposures of %1</source>
        <translation>Recuento de las exposiciones de %1</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../services/demo/firststart.cpp" line="+27"/>
        <source>Checking whether the database is empty</source>
        <translation>Comprobación de si la base de datos está vacía</translation>
    </message>
</context>
<context>
    <name>FunnelService</name>
    <message>
        <location filename="../services/analytics/funnelservice.cpp" line="+46"/>
        <source>&quot;%1&quot; is not a window: write a number followed by d, h, m or s, as in 14d.</source>
        <translation>«%1» no es una ventana: escribir un número seguido de d, h, m o s, como 14d.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The window must be longer than zero (got &quot;%1&quot;).</source>
        <translation>La ventana debe ser mayor que cero (se recibió «%1»).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A funnel has 1 to %1 steps (got %2).</source>
        <translation>Un embudo tiene de 1 a %1 pasos (se recibió %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window must be longer than zero (got %1 s).</source>
        <translation>La ventana debe ser mayor que cero (se recibió %1 s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1: unknown property &quot;%2&quot;; the properties are: %3.</source>
        <translation>Paso %1: propiedad «%2» desconocida; las propiedades son: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown breakdown property &quot;%1&quot;; the properties are: %2.</source>
        <translation>Propiedad de desglose «%1» desconocida; las propiedades son: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exclusion</source>
        <translation>Exclusión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exclusion %1: the steps must satisfy 1 ≤ from &lt; to ≤ %2 (got %3 to %4).</source>
        <translation>Exclusión %1: los pasos deben cumplir 1 ≤ desde &lt; hasta ≤ %2 (se recibió de %3 a %4).</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Counting the funnel&apos;s users</source>
        <translation>Recuento de los usuarios del embudo</translation>
    </message>
</context>
<context>
    <name>FunnelStore</name>
    <message>
        <location filename="../services/analytics/funnelstore.cpp" line="+38"/>
        <source>Funnel definition: &quot;steps&quot; must be a list.</source>
        <translation>Definición de embudo: «steps» debe ser una lista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Funnel definition: steps[%1].event must be a text.</source>
        <translation>Definición de embudo: steps[%1].event debe ser un texto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Funnel definition: steps[%1].filters[%2] needs a property and a value, both texts.</source>
        <translation>Definición de embudo: steps[%1].filters[%2] necesita una propiedad y un valor, ambos textos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Funnel definition: &quot;window_seconds&quot; must be a number.</source>
        <translation>Definición de embudo: «window_seconds» debe ser un número.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Funnel definition: exclusions[%1] needs an event, a from step and a to step.</source>
        <translation>Definición de embudo: exclusions[%1] necesita un evento, un paso inicial y un paso final.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Listing the saved funnels</source>
        <translation>Listado de los embudos guardados</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the saved funnel</source>
        <translation>Lectura del embudo guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Brand &quot;%1&quot; has no saved funnel &quot;%2&quot;.</source>
        <translation>La marca «%1» no tiene ningún embudo guardado «%2».</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>A saved funnel needs a name of 1 to 200 characters.</source>
        <translation>Un embudo guardado necesita un nombre de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving the funnel</source>
        <translation>Guardado del embudo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The funnel &quot;%1&quot; was not saved: your role in brand &quot;%2&quot; does not allow it.</source>
        <translation>No se guardó el embudo «%1»: el rol en la marca «%2» no lo permite.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting the funnel</source>
        <translation>Eliminación del embudo</translation>
    </message>
</context>
<context>
    <name>GenerationService</name>
    <message>
        <location filename="../services/ai/generationservice.cpp" line="+108"/>
        <source>Recording credits</source>
        <translation>Registro de créditos</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+349"/>
        <source>Reading a generation</source>
        <translation>Lectura de una generación</translation>
    </message>
    <message>
        <location line="-347"/>
        <location line="+349"/>
        <source>There is no generation %1 (or it is not yours to see).</source>
        <translation>No hay ninguna generación %1 (o no se tiene permiso para verla).</translation>
    </message>
    <message>
        <location line="-306"/>
        <location line="+13"/>
        <location line="+12"/>
        <source>Recording a failed generation</source>
        <translation>Registro de una generación fallida</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <location line="+15"/>
        <source>Recording a version</source>
        <translation>Registro de una versión</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>Updating a prompt template</source>
        <translation>Actualización de una plantilla de prompt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown generation type &quot;%1&quot;; the types are: %2.</source>
        <translation>Tipo de generación «%1» desconocido; los tipos son: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown provider &quot;%1&quot;; the providers are: %2.</source>
        <translation>Proveedor «%1» desconocido; los proveedores son: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt is empty: say what to generate.</source>
        <translation>El prompt está vacío: indicar qué generar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt is %1 characters long; at most 4000 are accepted.</source>
        <translation>El prompt tiene %1 caracteres; se aceptan como máximo 4000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The size %1×%2 is outside 64–4096 pixels a side.</source>
        <translation>El tamaño %1×%2 está fuera de 64–4096 píxeles por lado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parameters are larger than 16 KB.</source>
        <translation>Los parámetros ocupan más de 16 KB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attempts must be between 1 and 20.</source>
        <translation>Los intentos deben estar entre 1 y 20.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A generation belongs to a brand: name one.</source>
        <translation>Una generación pertenece a una marca: indicar una.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the models</source>
        <translation>Lectura de los modelos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown model &quot;%1&quot;; the models of %2 are: %3.</source>
        <translation>Modelo «%1» desconocido; los modelos de %2 son: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none registered</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model &quot;%1&quot; belongs to %2, not %3.</source>
        <translation>El modelo «%1» pertenece a %2, no a %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model &quot;%1&quot; makes %2 results, not %3.</source>
        <translation>El modelo «%1» crea resultados %2, no %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model &quot;%1&quot; is retired.</source>
        <translation>El modelo «%1» está retirado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A 3d generation starts from an image: give the id of a completed 2d generation of the brand as the &quot;source&quot; parameter (--param source=ID).</source>
        <translation>Una generación 3d parte de una imagen: indicar el id de una generación 2d completada de la marca como parámetro «source» (--param source=ID).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The source %1 is not a completed 2d generation of this brand.</source>
        <translation>El origen %1 no es una generación 2d completada de esta marca.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+72"/>
        <location line="+14"/>
        <source>Queuing a generation</source>
        <translation>Puesta en cola de una generación</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Looking in the cache</source>
        <translation>Búsqueda en la caché</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+562"/>
        <source>Reading the quota</source>
        <translation>Lectura de la cuota</translation>
    </message>
    <message>
        <location line="-555"/>
        <source>Quota exceeded: %1 of %2 credits used this month, %3 held by queued jobs; this generation needs %4.</source>
        <translation>Cuota superada: %1 de %2 créditos usados este mes, %3 retenidos por tareas en cola; esta generación necesita %4.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+40"/>
        <source>Reading the generations</source>
        <translation>Lectura de las generaciones</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Unknown status &quot;%1&quot;; the statuses are: %2.</source>
        <translation>Estado «%1» desconocido; los estados son: %2.</translation>
    </message>
    <message>
        <location line="+124"/>
        <location line="+29"/>
        <source>The gallery needs a brand.</source>
        <translation>La galería necesita una marca.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Reading the gallery</source>
        <translation>Lectura de la galería</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Counting the gallery</source>
        <translation>Recuento de la galería</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the models used</source>
        <translation>Lectura de los modelos usados</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+3"/>
        <source>Deleting generations</source>
        <translation>Eliminación de generaciones</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Generation %1 is still in the queue: cancel it first. Nothing was deleted.</source>
        <translation>La generación %1 aún está en la cola: cancelarla primero. No se eliminó nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no generation %1 (or it is not yours to see). Nothing was deleted.</source>
        <translation>No hay ninguna generación %1 (o no se tiene permiso para verla). No se eliminó nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only %1 of the %2 generations may be deleted by you. Nothing was deleted.</source>
        <translation>Solo se pueden eliminar %1 de las %2 generaciones. No se eliminó nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>Cancelling a generation</source>
        <translation>Cancelación de una generación</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+64"/>
        <location line="+15"/>
        <source>Reading the queue</source>
        <translation>Lectura de la cola</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Counting the jobs still to run</source>
        <translation>Recuento de las tareas pendientes de ejecutar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Taking a job from the queue</source>
        <translation>Toma de una tarea de la cola</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Renewing the queue&apos;s leases</source>
        <translation>Renovación de las concesiones de la cola</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The desktop running this job stopped before it finished, and no attempts are left.</source>
        <translation>El equipo que ejecutaba esta tarea se detuvo antes de terminar y no quedan intentos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resuming the queue</source>
        <translation>Reanudación de la cola</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <location line="+10"/>
        <source>Recording a finished generation</source>
        <translation>Registro de una generación terminada</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+25"/>
        <source>Putting a job back in the queue</source>
        <translation>Devolución de una tarea a la cola</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Recording the provider&apos;s job</source>
        <translation>Registro de la tarea del proveedor</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+25"/>
        <source>Reading the credits</source>
        <translation>Lectura de los créditos</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The monthly credits must be between 0 and 100000000.</source>
        <translation>Los créditos mensuales deben estar entre 0 y 100000000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+2"/>
        <source>Setting a quota</source>
        <translation>Definición de una cuota</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Only an administrator of this brand may set quotas.</source>
        <translation>Solo un administrador de esta marca puede fijar cuotas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>Reading the cache statistics</source>
        <translation>Lectura de las estadísticas de la caché</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The age must be 0 days or more.</source>
        <translation>La antigüedad debe ser de 0 días o más.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clearing the cache</source>
        <translation>Borrado de la caché</translation>
    </message>
</context>
<context>
    <name>GlbMesh</name>
    <message>
        <location filename="../services/ai/glbmesh.cpp" line="+44"/>
        <source>an accessor or buffer view is missing</source>
        <translation>falta un accessor o una buffer view</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an accessor has a count, offset or stride this reader does not take</source>
        <translation>un accessor tiene un recuento, desplazamiento o paso que este lector no admite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an accessor reaches past its data</source>
        <translation>un accessor se sale de sus datos</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>not a binary glTF 2.0 file</source>
        <translation>no es un archivo glTF 2.0 binario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is shorter than its header says</source>
        <translation>el archivo es más corto de lo que indica su cabecera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the JSON chunk is missing or too long</source>
        <translation>el bloque JSON falta o es demasiado largo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the JSON chunk is not valid JSON</source>
        <translation>el bloque JSON no es JSON válido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the binary chunk is longer than the file</source>
        <translation>el bloque binario es más largo que el archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the mesh has no float positions</source>
        <translation>la malla no tiene posiciones en coma flotante</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a position is not a finite number</source>
        <translation>una posición no es un número finito</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the indices are of a type this reader does not take</source>
        <translation>los índices son de un tipo que este lector no admite</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an index points past the positions</source>
        <translation>un índice apunta más allá de las posiciones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the mesh has no triangles</source>
        <translation>la malla no tiene triángulos</translation>
    </message>
</context>
<context>
    <name>HealthService</name>
    <message>
        <location filename="../services/monitoring/healthservice.cpp" line="+48"/>
        <source>Asking the database</source>
        <translation>Consultando la base de datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; %1 of %2 connections used</source>
        <translation>; %1 de %2 conexiones usadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; replication not readable: %1</source>
        <translation>; la replicación no se puede leer: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n standby(s), their lag readable by pg_monitor members only</source>
        <translation>
            <numerusform>; %n réplica en espera, su retraso solo lo leen los miembros de pg_monitor</numerusform>
            <numerusform>; %n réplicas en espera, su retraso solo lo leen los miembros de pg_monitor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>; %n standby(s), replay lag %1 s, %2 MB behind</source>
        <translation>
            <numerusform>; %n réplica en espera, retraso de reproducción %1 s, %2 MB por detrás</numerusform>
            <numerusform>; %n réplicas en espera, retraso de reproducción %1 s, %2 MB por detrás</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the generation queue</source>
        <translation>Lectura de la cola de generaciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 waiting, the oldest due for %2 min; %3 % of the last day&apos;s %4 failed</source>
        <translation>%1 en espera, la más antigua pendiente desde hace %2 min; falló el %3 % de las %4 del último día</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the workflow runners&apos; state</source>
        <translation>Lectura del estado de los ejecutores de flujos de trabajo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>last scheduler tick %1 s ago</source>
        <translation>último tic del programador hace %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no scheduler tick yet</source>
        <translation>aún no hay ningún tic del programador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the oldest queued execution waits %1 s; %2 running past their lease</source>
        <translation>; la ejecución en cola más antigua espera desde hace %1 s; %2 en curso más allá de su concesión</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The disk of %1 cannot be read.</source>
        <translation>No se puede leer el disco de %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 free of %2 on the disk of %3</source>
        <translation>%1 libres de %2 en el disco de %3</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Keeping the service health</source>
        <translation>Guardado del estado de los servicios</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading the service health history</source>
        <translation>Lectura del historial de estado de los servicios</translation>
    </message>
</context>
<context>
    <name>HttpCall</name>
    <message>
        <location filename="../services/ai/providers/httpcall.cpp" line="+131"/>
        <source>%1: the base URL &quot;%2&quot; is not an http or https address with a host.</source>
        <translation>%1: la URL base «%2» no es una dirección http o https con un host.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2 says: %3)</source>
        <translation>%1 (%2 dice: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be reached: %2</source>
        <translation>No se pudo contactar con %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 filtered the request: the prompt or the image breaks its content rules.</source>
        <translation>%1 filtró la solicitud: el prompt o la imagen infringe sus normas de contenido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused the API key (HTTP %2): check the key.</source>
        <translation>%1 rechazó la clave de API (HTTP %2): revisar la clave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 says the account has no credits left (HTTP 402).</source>
        <translation>%1 indica que la cuenta no tiene créditos (HTTP 402).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 says the account has no credits left (HTTP 429).</source>
        <translation>%1 indica que la cuenta no tiene créditos (HTTP 429).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is rate limiting the calls (HTTP 429).</source>
        <translation>%1 está limitando el ritmo de las llamadas (HTTP 429).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 had a server error (HTTP %2).</source>
        <translation>%1 tuvo un error del servidor (HTTP %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 rechazó la solicitud (HTTP %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gave an answer that cannot be read (HTTP %2).</source>
        <translation>%1 dio una respuesta que no se puede leer (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>ImageProvider</name>
    <message>
        <location filename="../services/ai/providers/imageprovider.cpp" line="-522"/>
        <source>%1 gave an answer that cannot be read: %2.</source>
        <translation>%1 dio una respuesta que no se puede leer: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>InboxService</name>
    <message>
        <location filename="../services/collaboration/inbox.cpp" line="+27"/>
        <location line="+6"/>
        <location line="+13"/>
        <location line="+22"/>
        <location line="+21"/>
        <source>Reading the inbox</source>
        <translation>Lectura de la bandeja de entrada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolved: %1</source>
        <translation>Resuelta: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Marking the inbox read</source>
        <translation>Marcado de la bandeja de entrada como leída</translation>
    </message>
</context>
<context>
    <name>JourneyService</name>
    <message>
        <location filename="../services/analytics/journeyservice.cpp" line="+21"/>
        <source>A journey follows 1 to %1 steps (got %2).</source>
        <translation>Un recorrido sigue de 1 a %1 pasos (se recibió %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start event</source>
        <translation>Evento inicial</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Following the sessions</source>
        <translation>Seguimiento de las sesiones</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Counting the moves between events</source>
        <translation>Recuento de los pasos de un evento a otro</translation>
    </message>
</context>
<context>
    <name>JsonColumn</name>
    <message>
        <location filename="../services/core/jsoncolumn.cpp" line="+18"/>
        <source>%1 %2: %3 is missing (NULL).</source>
        <translation>%1 %2: falta %3 (NULL).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: %3 is not valid JSON (%4 at character %5).</source>
        <translation>%1 %2: %3 no es JSON válido (%4 en el carácter %5).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2: %3 is not a JSON object.</source>
        <translation>%1 %2: %3 no es un objeto JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2: %3 is not a JSON array.</source>
        <translation>%1 %2: %3 no es un array JSON.</translation>
    </message>
</context>
<context>
    <name>LocalKey</name>
    <message>
        <location filename="../services/security/localkey.cpp" line="+63"/>
        <source>the keychain did not answer</source>
        <translation>el llavero no respondió</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The key file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo de clave %1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file %1 may be read by other people; it must be readable by its owner only (chmod 600).</source>
        <translation>Otras personas pueden leer el archivo de clave %1; solo debe poder leerlo su propietario (chmod 600).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key file %1 does not hold a key.</source>
        <translation>El archivo de clave %1 no contiene ninguna clave.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>%1 cannot be written: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The cryptography library could not start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The data key is in the system keychain, which cannot be reached (%1); saved API keys cannot be read until it can.</source>
        <translation>La clave de datos está en el llavero del sistema, que no responde (%1); las claves de API guardadas no se pueden leer hasta que responda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain&apos;s entry for Atelier does not hold a key.</source>
        <translation>La entrada de Atelier en el llavero del sistema no contiene ninguna clave.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The system keychain cannot be reached: %1.</source>
        <translation>No se puede acceder al llavero del sistema: %1.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../services/core/migrator.cpp" line="+38"/>
        <source>Creating the migrations table</source>
        <translation>Creación de la tabla de migraciones</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Locking the schema</source>
        <translation>Bloqueo del esquema</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the applied migrations</source>
        <translation>Lectura de las migraciones aplicadas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database has schema version %1 (%2), newer than this Atelier, which knows up to version %3. Upgrade Atelier to open it.</source>
        <translation>Esta base de datos tiene la versión de esquema %1 (%2), más reciente que este Atelier, que conoce hasta la versión %3. Actualizar Atelier para abrirla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Migration %1 (%2) is recorded in the database but unknown to this Atelier.</source>
        <translation>La migración %1 (%2) está registrada en la base de datos pero este Atelier no la conoce.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migration %1 (%2) was changed after it was applied to this database: its checksum differs. Restore the original file; Atelier will not guess.</source>
        <translation>La migración %1 (%2) se modificó después de aplicarse a esta base de datos: su suma de comprobación es distinta. Restaurar el archivo original; Atelier no va a adivinar.</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>This database already holds %n other table(s) and no Atelier schema: it is not an Atelier database, and Atelier leaves it as it is.</source>
        <translation>
            <numerusform>Esta base de datos ya contiene %n tabla más y ningún esquema de Atelier: no es una base de datos de Atelier, y Atelier la deja como está.</numerusform>
            <numerusform>Esta base de datos ya contiene %n tablas más y ningún esquema de Atelier: no es una base de datos de Atelier, y Atelier la deja como está.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Falló la migración %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording migration %1</source>
        <translation>Registro de la migración %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Committing migration %1</source>
        <translation>Confirmación de la migración %1</translation>
    </message>
</context>
<context>
    <name>MonitorRound</name>
    <message>
        <location filename="../services/monitoring/monitorround.cpp" line="+32"/>
        <source>Taking the monitoring round</source>
        <translation>Realización de la ronda de supervisión</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Removing the monitoring rows older than %n days</source>
        <translation>
            <numerusform>Eliminación de las filas de supervisión con más de %n día</numerusform>
            <numerusform>Eliminación de las filas de supervisión con más de %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reading who may raise alerts</source>
        <translation>Lectura de quién puede emitir alertas</translation>
    </message>
</context>
<context>
    <name>OfflineRenderer</name>
    <message>
        <location filename="../services/ai/providers/imageprovider.cpp" line="+509"/>
        <source>offline preview — not AI</source>
        <translation>vista previa sin conexión — no es IA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The offline renderer draws from 64 to 4096 pixels a side (asked %1 × %2).</source>
        <translation>El renderizador sin conexión dibuja de 64 a 4096 píxeles por lado (se pidió %1 × %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../services/ai/providers/imageprovider.h" line="+144"/>
        <source>Offline preview</source>
        <translation>Vista previa sin conexión</translation>
    </message>
</context>
<context>
    <name>OpenAiProvider</name>
    <message>
        <location filename="../services/ai/providers/imageprovider.cpp" line="-504"/>
        <source>%1 makes images, not 3D models.</source>
        <translation>%1 crea imágenes, no modelos 3D.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OpenAI needs an API key.</source>
        <translation>OpenAI necesita una clave de API.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no &quot;data&quot; list of images</source>
        <translation>no hay ninguna lista «data» de imágenes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an image URL that is not http or https</source>
        <translation>una URL de imagen que no es http ni https</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an image without b64_json or url</source>
        <translation>una imagen sin b64_json ni url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>image data that is not PNG, JPEG or WebP</source>
        <translation>datos de imagen que no son PNG, JPEG ni WebP</translation>
    </message>
</context>
<context>
    <name>OptimizationService</name>
    <message>
        <location filename="../services/monitoring/optimizationservice.cpp" line="+131"/>
        <source>Reading the statements timed</source>
        <translation>Lectura de las sentencias cronometradas</translation>
    </message>
    <message>
        <location line="+149"/>
        <location line="+287"/>
        <source>Add an index on %1 (%2)</source>
        <translation>Añadir un índice en %1 (%2)</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>%1 reads all of %2 (about %3 rows) and filters on %4; %5 calls, %6 ms on average.</source>
        <translation>%1 lee todo %2 (unas %3 filas) y filtra por %4; %5 llamadas, %6 ms de media.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>HypoPG: estimated cost %1 → %2 with the index, a gain of %3 %.</source>
        <translation>HypoPG: coste estimado %1 → %2 con el índice, una mejora del %3 %.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading PostgreSQL&apos;s statistics</source>
        <translation>Lectura de las estadísticas de PostgreSQL</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drop the invalid index %1</source>
        <translation>Eliminar el índice no válido %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 is invalid (an interrupted build): it is kept up to date but never used; %3.</source>
        <translation>%1 en %2 no es válido (una creación interrumpida): se mantiene actualizado pero nunca se usa; %3.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+259"/>
        <source>Drop the duplicate index %1</source>
        <translation>Eliminar el índice duplicado %1</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>The columns of %1 on %2 are the first columns of %3, which serves the same searches; %4.</source>
        <translation>Las columnas de %1 en %2 son las primeras columnas de %3, que sirve las mismas búsquedas; %4.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drop the unused index %1</source>
        <translation>Eliminar el índice sin usar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 has not been scanned once since the server&apos;s statistics were reset; %3 to keep up to date.</source>
        <translation>%1 en %2 no se ha recorrido ni una vez desde que se reiniciaron las estadísticas del servidor; %3 que mantener actualizados.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Find the index %1 lacks</source>
        <translation>Buscar el índice que le falta a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 rows) was read by %3 sequential scans and %4 index scans (%5 % by index); the statements that read it are not among those timed.</source>
        <translation>%1 (%2 filas) se leyó con %3 recorridos secuenciales y %4 recorridos de índice (%5 % por índice); las sentencias que lo leen no están entre las cronometradas.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Analyze %1</source>
        <translation>Analizar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has %2 rows and has never been analyzed: the planner guesses its sizes.</source>
        <translation>%1 tiene %2 filas y nunca se ha analizado: el planificador adivina sus tamaños.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows of %2 (%3 rows) changed since it was last analyzed on %4.</source>
        <translation>%1 filas de %2 (%3 filas) cambiaron desde su último análisis el %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vacuum %1</source>
        <translation>Hacer vacuum de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has %2 dead rows for %3 live ones.</source>
        <translation>%1 tiene %2 filas muertas por %3 vivas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Freeze %1</source>
        <translation>Congelar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The oldest transaction id of %1 is %2 transactions old (PostgreSQL stops writes at about 2,100 million).</source>
        <translation>El id de transacción más antiguo de %1 tiene %2 transacciones de antigüedad (PostgreSQL detiene las escrituras hacia los 2.100 millones).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Widen the sequence %1</source>
        <translation>Ampliar la secuencia %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is at %2 of %3.</source>
        <translation>%1 está en %2 de %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>End the idle transaction of %1</source>
        <translation>Terminar la transacción inactiva de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the long statement of %1</source>
        <translation>Revisar la sentencia larga de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session %1 of %2 has been %3 for %4 s: %5</source>
        <translation>La sesión %1 de %2 lleva %3 desde hace %4 s: %5</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 reads all of %2 (%3 rows or more) where the plan says &quot;%4&quot;; %5 calls, %6 ms on average.</source>
        <translation>%1 lee todo %2 (%3 filas o más) donde el plan dice «%4»; %5 llamadas, %6 ms de media.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading SQLite&apos;s statistics</source>
        <translation>Lectura de las estadísticas de SQLite</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The columns of %1 on %2 (%3) are the first columns of %4 (%5), which serves the same searches.</source>
        <translation>Las columnas de %1 en %2 (%3) son las primeras columnas de %4 (%5), que sirve las mismas búsquedas.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Analyze the database</source>
        <translation>Analizar la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sqlite_stat1 is missing or empty while %1 have 10,000 rows or more: the planner guesses their sizes.</source>
        <translation>sqlite_stat1 falta o está vacía mientras que %1 tienen 10.000 filas o más: el planificador adivina sus tamaños.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vacuum the database file</source>
        <translation>Hacer vacuum del archivo de base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the file&apos;s %2 pages are free (%3 %).</source>
        <translation>%1 de las %2 páginas del archivo están libres (%3 %).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only a plain read is explained: one SELECT (or WITH … SELECT) with positional placeholders.</source>
        <translation>Solo se explica una lectura simple: un SELECT (o WITH … SELECT) con marcadores posicionales.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLite could not explain this statement (a table it reads may be gone).</source>
        <translation>SQLite no pudo explicar esta sentencia (puede que ya no exista una tabla que lee).</translation>
    </message>
    <message>
        <location line="-496"/>
        <source>Explaining the statement</source>
        <translation>Explicación de la sentencia</translation>
    </message>
    <message>
        <location line="+534"/>
        <source>No advice &quot;%1&quot; holds now: list the advice again (perf advice) and pick one of its IDs.</source>
        <translation>Ningún consejo «%1» es válido ahora: volver a listar los consejos (perf advice) y elegir uno de sus ID.</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+32"/>
        <source>Atelier does not apply &quot;%1&quot;: a person decides, with the statement shown (%2).</source>
        <translation>Atelier no aplica «%1»: lo decide una persona, con la sentencia mostrada (%2).</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Checking who may apply advice</source>
        <translation>Comprobación de quién puede aplicar consejos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the installation&apos;s administrator (the owner of %1) may apply optimisation advice; ask them to run: %2</source>
        <translation>Solo el administrador de la instalación (el propietario de %1) puede aplicar consejos de optimización; pedirle que ejecute: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Applying &quot;%1&quot;</source>
        <translation>Aplicando «%1»</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Measured again: the advice no longer holds.</source>
        <translation>Medido de nuevo: el consejo ya no es válido.</translation>
    </message>
</context>
<context>
    <name>OverviewService</name>
    <message>
        <location filename="../services/analytics/overviewservice.cpp" line="+30"/>
        <source>Counting active users</source>
        <translation>Recuento de usuarios activos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counting generations</source>
        <translation>Recuento de generaciones</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/core/passworddialog.cpp" line="+17"/>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL database %1 wants the password of &quot;%2&quot;.</source>
        <translation>La base de datos PostgreSQL %1 pide la contraseña de «%2».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Recordar en el llavero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in this computer&apos;s keychain, never in the settings file; atelier db logout --database URL removes it.</source>
        <translation>Se guarda en el llavero de este ordenador, nunca en el archivo de ajustes; atelier db logout --database URL la elimina.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data key passphrase</source>
        <translation>Frase de contraseña de la clave de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database&apos;s data key, which opens webhook signing secrets, is protected by a passphrase. It is kept in memory for this session only.</source>
        <translation>La clave de datos de la base de datos, que abre los secretos de firma de los webhooks, está protegida por una frase de contraseña. Solo se guarda en memoria durante esta sesión.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
</context>
<context>
    <name>PerformanceService</name>
    <message>
        <location filename="../services/monitoring/performanceservice.cpp" line="+29"/>
        <source>The window &quot;%1&quot; is not a number of hours or days up to 90 days, such as 1h, 24h or 7d.</source>
        <translation>El intervalo «%1» no es un número de horas o días de hasta 90 días, como 1h, 24h o 7d.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Reading the query metrics</source>
        <translation>Lectura de las métricas de consultas</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The chart&apos;s window is empty: its start must come before its end.</source>
        <translation>El intervalo del gráfico está vacío: su inicio debe ir antes de su fin.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>SQLite keeps no statement statistics of its own: the product&apos;s timings above are the figures.</source>
        <translation>SQLite no guarda estadísticas propias de sentencias: las cifras son los tiempos del producto que aparecen arriba.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Looking for pg_stat_statements</source>
        <translation>Búsqueda de pg_stat_statements</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The server loads pg_stat_statements but this database does not have it: its owner runs CREATE EXTENSION pg_stat_statements; once.</source>
        <translation>El servidor carga pg_stat_statements pero esta base de datos no lo tiene: su propietario ejecuta CREATE EXTENSION pg_stat_statements; una vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_stat_statements is not enabled on this server: add it to shared_preload_libraries in postgresql.conf, restart PostgreSQL, then run CREATE EXTENSION pg_stat_statements; in this database as its owner.</source>
        <translation>pg_stat_statements no está activado en este servidor: añadirlo a shared_preload_libraries en postgresql.conf, reiniciar PostgreSQL y luego ejecutar CREATE EXTENSION pg_stat_statements; en esta base de datos como su propietario.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>pg_stat_statements is installed in a schema Atelier does not read (%1).</source>
        <translation>pg_stat_statements está instalado en un esquema que Atelier no lee (%1).</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Reading pg_stat_statements</source>
        <translation>Lectura de pg_stat_statements</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading how far the query metrics are rolled up</source>
        <translation>Lectura de hasta dónde están acumuladas las métricas de consultas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rolling the query metrics up by hour</source>
        <translation>Acumulación por horas de las métricas de consultas</translation>
    </message>
</context>
<context>
    <name>PredictionService</name>
    <message>
        <location filename="../services/analytics/predictionservice.cpp" line="+101"/>
        <source>Reading the users&apos; activity for churn</source>
        <translation>Lectura de la actividad de los usuarios para el abandono</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>A %1 forecast needs at least %2 days of history (got %3).</source>
        <translation>Una previsión de %1 necesita al menos %2 días de historial (se recibieron %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The forecast horizon must be at least one day (got %1).</source>
        <translation>El horizonte de la previsión debe ser de al menos un día (se recibió %1).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A backtest over %1 days needs at least %2 days of history (got %3).</source>
        <translation>Una prueba retrospectiva de %1 días necesita al menos %2 días de historial (se recibieron %3).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Predictions learn from at least %1 days of activity; brand &quot;%2&quot; has %3 between %4 and %5. Choose an earlier --from or a later --to.</source>
        <translation>Las previsiones aprenden de al menos %1 días de actividad; la marca «%2» tiene %3 entre el %4 y el %5. Elegir un --from anterior o un --to posterior.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Churn learns from the 60 days before %1, and the range starts on %2.</source>
        <translation>El abandono aprende de los 60 días anteriores al %1, y el periodo empieza el %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No user of brand &quot;%1&quot; was active between %2 and %3, so there is nothing to learn churn from.</source>
        <translation>Ningún usuario de la marca «%1» estuvo activo entre el %2 y el %3, así que no hay de qué aprender el abandono.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Finding the newest event</source>
        <translation>Búsqueda del evento más reciente</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Reading the predictions to score</source>
        <translation>Lectura de las previsiones que evaluar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recording what happened for a prediction</source>
        <translation>Registro de lo que ocurrió con una previsión</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Replacing an earlier prediction</source>
        <translation>Sustitución de una previsión anterior</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the stored predictions</source>
        <translation>Lectura de las previsiones guardadas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Storing the predictions</source>
        <translation>Guardado de las previsiones</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <location filename="../services/core/privatefiles.cpp" line="+29"/>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 cannot be made private to you (mode 700).</source>
        <translation>No se puede hacer privada la carpeta %1 (modo 700).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>%1 cannot be made private to you (mode 600).</source>
        <translation>No se puede hacer privado %1 (modo 600).</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 cannot be made private to you (mode 600): %2</source>
        <translation>No se puede hacer privado %1 (modo 600): %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be created: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
</context>
<context>
    <name>PromptService</name>
    <message>
        <location filename="../services/ai/promptservice.cpp" line="+106"/>
        <source>The template needs a value for: %1.</source>
        <translation>La plantilla necesita un valor para: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template has no variable named %1; its variables are: %2.</source>
        <translation>La plantilla no tiene ninguna variable llamada %1; sus variables son: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+58"/>
        <location line="+13"/>
        <source>Reading the prompt templates</source>
        <translation>Lectura de las plantillas de prompt</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>A template needs a name of 1 to 200 characters.</source>
        <translation>Una plantilla necesita un nombre de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A template needs a category of 1 to 100 characters.</source>
        <translation>Una plantilla necesita una categoría de 1 a 100 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A template needs a prompt of 1 to 4000 characters.</source>
        <translation>Una plantilla necesita un prompt de 1 a 4000 caracteres.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saving a prompt template</source>
        <translation>Guardado de una plantilla de prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no prompt template %1 (or it is not yours to change).</source>
        <translation>No hay ninguna plantilla de prompt %1 (o no se tiene permiso para cambiarla).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no prompt template %1 for this brand.</source>
        <translation>No hay ninguna plantilla de prompt %1 para esta marca.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template &quot;%1&quot;: %2</source>
        <translation>Plantilla «%1»: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>removed the repeated &quot;%1&quot;</source>
        <translation>se quitó la repetición de «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>moved &quot;%1&quot; to the negative prompt</source>
        <translation>se movió «%1» al prompt negativo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added lighting</source>
        <translation>se añadió iluminación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>added a level of detail</source>
        <translation>se añadió un nivel de detalle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>added a composition</source>
        <translation>se añadió una composición</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tidied spaces and commas</source>
        <translation>se ordenaron espacios y comas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The prompt is empty: there is nothing to optimise.</source>
        <translation>El prompt está vacío: no hay nada que optimizar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the brand&apos;s best prompts</source>
        <translation>Lectura de los mejores prompts de la marca</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>added &quot;%1&quot;, found in %2 of the brand&apos;s best-rated generations</source>
        <translation>se añadió «%1», presente en %2 de las generaciones mejor valoradas de la marca</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the chat model was not asked: OpenAI has no API key on this desktop</source>
        <translation>no se consultó al modelo de chat: OpenAI no tiene clave de API en este equipo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the chat model was not used: %1</source>
        <translation>no se usó el modelo de chat: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the chat model was not used: its answer held no prompt</source>
        <translation>no se usó el modelo de chat: su respuesta no contenía ningún prompt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rewritten by %1</source>
        <translation>reescrito por %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading past prompts</source>
        <translation>Lectura de prompts anteriores</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the prompt history</source>
        <translation>Lectura del historial de prompts</translation>
    </message>
</context>
<context>
    <name>ProviderSettings</name>
    <message>
        <location filename="../services/ai/providersettings.cpp" line="+34"/>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not valid JSON (at byte %2); fix or remove it.</source>
        <translation>%1 no es JSON válido (en el byte %2); corregirlo o eliminarlo.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The API key of %1 cannot be decrypted with this desktop&apos;s data key; set it again with atelier ai provider set %2 --api-key-stdin.</source>
        <translation>La clave de API de %1 no se puede descifrar con la clave de datos de este equipo; volver a definirla con atelier ai provider set %2 --api-key-stdin.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Offline preview</source>
        <translation>Vista previa sin conexión</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+12"/>
        <location line="+98"/>
        <source>Unknown provider &quot;%1&quot;; the providers are: %2.</source>
        <translation>Proveedor «%1» desconocido; los proveedores son: %2.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The concurrency of %1 must be between 1 and 64 jobs at once.</source>
        <translation>La simultaneidad de %1 debe estar entre 1 y 64 tareas a la vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate of %1 must be between 0.1 and 100000 calls a minute.</source>
        <translation>El ritmo de %1 debe estar entre 0.1 y 100000 llamadas por minuto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The burst of %1 must be between 1 and 1000 calls.</source>
        <translation>La ráfaga de %1 debe estar entre 1 y 1000 llamadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attempts of %1 must be between 1 and 20.</source>
        <translation>Los intentos de %1 deben estar entre 1 y 20.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only OpenAI takes a chat model (for prompt optimisation).</source>
        <translation>Solo OpenAI admite un modelo de chat (para optimizar prompts).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chat model&apos;s name is longer than 100 characters.</source>
        <translation>El nombre del modelo de chat tiene más de 100 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeout of %1 must be between 1 and 3600 seconds.</source>
        <translation>El tiempo límite de %1 debe estar entre 1 y 3600 segundos.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>%1 cannot be written: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+36"/>
        <source>%1 has no API key on this desktop; set one with atelier ai provider set %2 --api-key-stdin.</source>
        <translation>%1 no tiene clave de API en este equipo; definir una con atelier ai provider set %2 --api-key-stdin.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The offline renderer needs no network and no key.</source>
        <translation>El renderizador sin conexión no necesita red ni clave.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 answered at %2 and accepted the key.</source>
        <translation>%1 respondió en %2 y aceptó la clave.</translation>
    </message>
</context>
<context>
    <name>QueryMetrics</name>
    <message>
        <location filename="../services/monitoring/querymetrics.cpp" line="+208"/>
        <source>Keeping the query metrics</source>
        <translation>Guardado de las métricas de consultas</translation>
    </message>
</context>
<context>
    <name>RealTimeService</name>
    <message>
        <location filename="../services/analytics/realtimeservice.cpp" line="+28"/>
        <source>Counting the users of the last five minutes</source>
        <translation>Recuento de los usuarios de los últimos cinco minutos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Counting the events of the last hour</source>
        <translation>Recuento de los eventos de la última hora</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finding the top events of the last hour</source>
        <translation>Búsqueda de los eventos principales de la última hora</translation>
    </message>
</context>
<context>
    <name>ReplicateProvider</name>
    <message>
        <location filename="../services/ai/providers/imageprovider.cpp" line="+194"/>
        <source>a prediction without an id or a known status</source>
        <translation>una predicción sin id ni estado conocido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a prediction URL that is not http or https</source>
        <translation>una URL de predicción que no es http ni https</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 makes images, not 3D models.</source>
        <translation>%1 crea imágenes, no modelos 3D.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replicate needs an API key.</source>
        <translation>Replicate necesita una clave de API.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replicate: &quot;%1&quot; is not a model as owner/name or owner/name:version.</source>
        <translation>Replicate: «%1» no es un modelo con la forma propietario/nombre o propietario/nombre:versión.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>an image URL that is not http or https</source>
        <translation>una URL de imagen que no es http ni https</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a video (MP4), which Atelier keeps only as an animated image: ask the model for a GIF (for many, --param output_format=gif)</source>
        <translation>un vídeo (MP4), que Atelier solo guarda como imagen animada: pedir un GIF al modelo (en muchos, --param output_format=gif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>image data that is not PNG, JPEG or WebP</source>
        <translation>datos de imagen que no son PNG, JPEG ni WebP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a finished prediction without output</source>
        <translation>una predicción terminada sin salida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replicate filtered the request: %1</source>
        <translation>Replicate filtró la solicitud: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Replicate prediction failed: %1</source>
        <translation>Falló la predicción de Replicate: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Replicate prediction was cancelled.</source>
        <translation>Se canceló la predicción de Replicate.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a running prediction without a URL to follow</source>
        <translation>una predicción en curso sin URL que seguir</translation>
    </message>
</context>
<context>
    <name>ReplicateTrainings</name>
    <message>
        <location filename="../services/ai/providers/replicatetrainings.cpp" line="+20"/>
        <source>Replicate gave a training answer that cannot be read: %1.</source>
        <translation>Replicate dio una respuesta de entrenamiento que no se puede leer: %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Replicate needs an API key to train models.</source>
        <translation>Replicate necesita una clave de API para entrenar modelos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replicate trains a model version: &quot;%1&quot; is not written owner/name:version.</source>
        <translation>Replicate entrena una versión de modelo: «%1» no tiene la forma owner/name:version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replicate trains into a model: &quot;%1&quot; is not written owner/name.</source>
        <translation>Replicate entrena hacia un modelo: «%1» no tiene la forma owner/name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The webhook &quot;%1&quot; is not an http or https address.</source>
        <translation>El webhook «%1» no es una dirección http o https.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a Replicate training id.</source>
        <translation>«%1» no es un id de entrenamiento de Replicate.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no training id</source>
        <translation>no hay id de entrenamiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no known status</source>
        <translation>no hay estado conocido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an output whose version or weights is not text</source>
        <translation>una salida cuya versión o cuyos pesos no son texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an output version that is neither owner/name:version nor a version id</source>
        <translation>una versión de salida que no es ni owner/name:version ni un id de versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights that are not at an http or https address</source>
        <translation>pesos que no están en una dirección http o https</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an output that is not an object</source>
        <translation>una salida que no es un objeto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a finished training without the version it made</source>
        <translation>un entrenamiento terminado sin la versión que creó</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an error that is not text</source>
        <translation>un error que no es texto</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../services/reports/reportexport.cpp" line="+26"/>
        <source>%1: the report&apos;s format comes from the file&apos;s extension, .pdf or .csv (or give --format pdf|csv).</source>
        <translation>%1: el formato del informe sale de la extensión del archivo, .pdf o .csv (o indicar --format pdf|csv).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format: &quot;%1&quot; is not one of pdf, csv.</source>
        <translation>--format: «%1» no es ni pdf ni csv.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No analysis could be computed: %1</source>
        <translation>No se pudo calcular ningún análisis: %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../services/reports/reportwriter.cpp" line="+50"/>
        <location line="+264"/>
        <location line="+106"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="-347"/>
        <source>Analytics report</source>
        <translation>Informe de analítica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generated at: %1 UTC</source>
        <translation>Generado el: %1 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not available: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No data in this range.</source>
        <translation>No hay datos en este periodo.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Analytics report — %1, %2 to %3</source>
        <translation>Informe de analítica — %1, del %2 al %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not start the PDF %1.</source>
        <translation>No se pudo iniciar el PDF %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Range: %1 to %2 (UTC days, both included)</source>
        <translation>Periodo: del %1 al %2 (días UTC, ambos incluidos)</translation>
    </message>
</context>
<context>
    <name>ResultCache</name>
    <message>
        <location filename="../services/core/resultcache.cpp" line="+47"/>
        <source>Reading the data version</source>
        <translation>Lectura de la versión de los datos</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <location filename="../services/analytics/retentionservice.cpp" line="+48"/>
        <source>Unknown retention period &quot;%1&quot;; use day, week or month.</source>
        <translation>Periodo de retención «%1» desconocido; usar day, week o month.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of periods must be between 1 and %1 (got %2).</source>
        <translation>El número de periodos debe estar entre 1 y %1 (se recibió %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start event</source>
        <translation>Evento inicial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return event</source>
        <translation>Evento de vuelta</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sizing the cohorts</source>
        <translation>Cálculo del tamaño de las cohortes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Counting the returns</source>
        <translation>Recuento de las vueltas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Summing the cohorts&apos; revenue</source>
        <translation>Suma de los ingresos de las cohortes</translation>
    </message>
</context>
<context>
    <name>Rollups</name>
    <message>
        <location filename="../services/analytics/rollups.cpp" line="+46"/>
        <location line="+36"/>
        <source>Reading the rollup&apos;s state</source>
        <translation>Lectura del estado del acumulado</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+73"/>
        <source>Recomputing the daily rollup</source>
        <translation>Recálculo del acumulado diario</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Locking the rollup</source>
        <translation>Bloqueo del acumulado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the days to recompute</source>
        <translation>Lectura de los días que recalcular</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finding the new events</source>
        <translation>Búsqueda de los eventos nuevos</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+14"/>
        <source>Clearing the days to recompute</source>
        <translation>Borrado de los días que recalcular</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recording the rollup&apos;s state</source>
        <translation>Registro del estado del acumulado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving the daily rollup</source>
        <translation>Guardado del acumulado diario</translation>
    </message>
</context>
<context>
    <name>SeasonalityService</name>
    <message>
        <location filename="../services/analytics/seasonalityservice.cpp" line="+78"/>
        <source>Counting events by day and hour</source>
        <translation>Recuento de eventos por día y hora</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../services/security/secrets.cpp" line="+82"/>
        <location line="+211"/>
        <source>Reading the keyring</source>
        <translation>Lectura del anillo de claves</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Could not derive a key from the passphrase (not enough memory?).</source>
        <translation>No se pudo derivar una clave de la frase de contraseña (¿memoria insuficiente?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>La frase de contraseña debe tener al menos 12 caracteres.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+42"/>
        <source>Writing the keyring</source>
        <translation>Escritura del anillo de claves</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>This desktop&apos;s keychain key could not be read: %1</source>
        <translation>No se pudo leer la clave del llavero de este equipo: %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Reading %1</source>
        <translation>Lectura de %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+44"/>
        <source>%1 already holds encrypted values, but the database has no data key.</source>
        <translation>%1 ya contiene valores cifrados, pero la base de datos no tiene clave de datos.</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+65"/>
        <source>Re-encrypting %1</source>
        <translation>Nuevo cifrado de %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+31"/>
        <source>The cryptography library could not start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>This database already has a data key; use atelier secrets rotate to change it or its passphrase.</source>
        <translation>Esta base de datos ya tiene una clave de datos; usar atelier secrets rotate para cambiarla o cambiar su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+124"/>
        <source>Could not start a transaction.</source>
        <translation>No se pudo iniciar una transacción.</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+123"/>
        <source>Could not save the new key.</source>
        <translation>No se pudo guardar la clave nueva.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>This database has no data key yet: an administrator creates one with atelier secrets init.</source>
        <translation>Esta base de datos aún no tiene clave de datos: un administrador la crea con atelier secrets init.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database&apos;s data key is held by the keychain of another desktop (the one that made it): this desktop cannot open it. On that desktop, atelier secrets rotate --keychain --new-passphrase-stdin moves it to a passphrase.</source>
        <translation>La clave de datos de esta base de datos la guarda el llavero de otro equipo (el que la creó): este equipo no puede abrirla. En ese equipo, atelier secrets rotate --keychain --new-passphrase-stdin la pasa a una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This desktop&apos;s keychain key does not open the data key (the keyring was changed): nothing can be decrypted.</source>
        <translation>La clave del llavero de este equipo no abre la clave de datos (el anillo de claves cambió): no se puede descifrar nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database&apos;s data key is wrapped by a passphrase: give it (--passphrase-stdin).</source>
        <translation>La clave de datos de esta base de datos está protegida por una frase de contraseña: indicarla (--passphrase-stdin).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase is wrong (or the keyring was changed): nothing can be decrypted with it.</source>
        <translation>La frase de contraseña es incorrecta (o el anillo de claves cambió): no descifra nada.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 holds a value that is not encrypted.</source>
        <translation>%1 contiene un valor sin cifrar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds a damaged encrypted value.</source>
        <translation>%1 contiene un valor cifrado dañado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was encrypted with data key %2, and the key unlocked is %3.</source>
        <translation>%1 se cifró con la clave de datos %2, y la clave desbloqueada es la %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be decrypted with this key: the value was changed, or belongs elsewhere.</source>
        <translation>%1 no se puede descifrar con esta clave: el valor se modificó, o pertenece a otro sitio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database&apos;s data key is held by this desktop&apos;s keychain, not a passphrase: use atelier secrets rotate --keychain.</source>
        <translation>La clave de datos de esta base de datos la guarda el llavero de este equipo, no una frase de contraseña: usar atelier secrets rotate --keychain.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This database&apos;s data key is wrapped by a passphrase: rotate it with --passphrase-stdin.</source>
        <translation>La clave de datos de esta base de datos está protegida por una frase de contraseña: rotarla con --passphrase-stdin.</translation>
    </message>
</context>
<context>
    <name>SegmentService</name>
    <message>
        <location filename="../services/analytics/segmentservice.cpp" line="+145"/>
        <source>%1: expected an object.</source>
        <translation>%1: se esperaba un objeto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a segment has at most %2 conditions.</source>
        <translation>%1: un segmento tiene como máximo %2 condiciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: groups nest at most 10 deep.</source>
        <translation>%1: los grupos se anidan como máximo 10 niveles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unknown field &quot;%2&quot;; expected %3.</source>
        <translation>%1: campo «%2» desconocido; se esperaba %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.%2: expected a non-empty list of conditions.</source>
        <translation>%1.%2: se esperaba una lista de condiciones no vacía.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1.property: unknown property &quot;%2&quot;; the properties are: %3.</source>
        <translation>%1.property: propiedad «%2» desconocida; las propiedades son: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.value: expected a text for &quot;%2&quot;.</source>
        <translation>%1.value: se esperaba un texto para «%2».</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>%1.value: expected a list of 1 to 100 texts for &quot;%2&quot;.</source>
        <translation>%1.value: se esperaba una lista de 1 a 100 textos para «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.op: unknown operator &quot;%2&quot;; expected eq, neq, in, not_in, exists.</source>
        <translation>%1.op: operador «%2» desconocido; se esperaba eq, neq, in, not_in, exists.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.event: &quot;%2&quot; is not an event type.</source>
        <translation>%1.event: «%2» no es un tipo de evento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.op: unknown operator &quot;%2&quot;; expected at_least, at_most, exactly.</source>
        <translation>%1.op: operador «%2» desconocido; se esperaba at_least, at_most, exactly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.count: expected a whole number from 0 to 1000000.</source>
        <translation>%1.count: se esperaba un número entero de 0 a 1000000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.within_days: expected a whole number of days from 1 to 3650.</source>
        <translation>%1.within_days: se esperaba un número entero de días de 1 a 3650.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: expected &quot;all&quot;, &quot;any&quot;, &quot;property&quot; or &quot;event&quot;.</source>
        <translation>%1: se esperaba «all», «any», «property» o «event».</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Finding the segment&apos;s users</source>
        <translation>Búsqueda de los usuarios del segmento</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A page holds 1 to 10000 users, from a non-negative offset.</source>
        <translation>Una página contiene de 1 a 10000 usuarios, desde un desplazamiento no negativo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A segment needs a name of 1 to 200 characters.</source>
        <translation>Un segmento necesita un nombre de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving the segment</source>
        <translation>Guardado del segmento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The segment &quot;%1&quot; was not saved: your role in brand &quot;%2&quot; does not allow it.</source>
        <translation>No se guardó el segmento «%1»: el rol en la marca «%2» no lo permite.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listing the segments</source>
        <translation>Listado de los segmentos</translation>
    </message>
</context>
<context>
    <name>ShareService</name>
    <message>
        <location filename="../services/collaboration/sharing.cpp" line="+38"/>
        <location line="+148"/>
        <location line="+17"/>
        <source>Reading the shares</source>
        <translation>Lectura de los elementos compartidos</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Sharing needs the resource&apos;s owner or an admin of its brand; saving the share</source>
        <translation>Compartir requiere ser propietario del recurso o administrador de su marca; guardando el elemento compartido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the owner of the %1 &quot;%2&quot; or an admin of its brand may change who it is shared with.</source>
        <translation>Solo el propietario de %1 «%2» o un administrador de su marca puede cambiar con quién se comparte.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A %1 cannot be shared; shareable are: %2.</source>
        <translation>No se puede compartir un %1; se pueden compartir: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown permission &quot;%1&quot;; the permissions are: %2.</source>
        <translation>Permiso «%1» desconocido; los permisos son: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sharing</source>
        <translation>Compartición</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revoking a share</source>
        <translation>Retirada de un elemento compartido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 &quot;%2&quot; is not shared with %3.</source>
        <translation>%1 «%2» no se comparte con %3.</translation>
    </message>
</context>
<context>
    <name>StabilityProvider</name>
    <message>
        <location filename="../services/ai/providers/imageprovider.cpp" line="-278"/>
        <source>Stability AI needs an API key.</source>
        <translation>Stability AI necesita una clave de API.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stability AI makes images and 3D models, not animations.</source>
        <translation>Stability AI crea imágenes y modelos 3D, no animaciones.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>A 3D model is made from an image, and none was given.</source>
        <translation>Un modelo 3D se crea a partir de una imagen, y no se indicó ninguna.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a 3D model that is not a GLB file</source>
        <translation>un modelo 3D que no es un archivo GLB</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 filtered the request: the prompt or the image breaks its content rules.</source>
        <translation>%1 filtró la solicitud: el prompt o la imagen infringe sus normas de contenido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image data that is not PNG, JPEG or WebP</source>
        <translation>datos de imagen que no son PNG, JPEG ni WebP</translation>
    </message>
</context>
<context>
    <name>StatementSnapshots</name>
    <message>
        <location filename="../services/monitoring/statementsnapshots.cpp" line="+24"/>
        <source>Keeping a snapshot of pg_stat_statements</source>
        <translation>Guardado de una instantánea de pg_stat_statements</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>SQLite keeps no statement statistics of its own: the product&apos;s timings are the figures.</source>
        <translation>SQLite no guarda estadísticas propias de sentencias: las cifras son los tiempos del producto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the snapshots of pg_stat_statements</source>
        <translation>Lectura de las instantáneas de pg_stat_statements</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>No snapshot of pg_stat_statements was kept in this window: the monitoring round (an open console or atelier monitor, run by the administrator) keeps one every %n minutes.</source>
        <translation>
            <numerusform>No se guardó ninguna instantánea de pg_stat_statements en este intervalo: la ronda de supervisión (una consola abierta o atelier monitor, ejecutados por el administrador) guarda una cada %n minuto.</numerusform>
            <numerusform>No se guardó ninguna instantánea de pg_stat_statements en este intervalo: la ronda de supervisión (una consola abierta o atelier monitor, ejecutados por el administrador) guarda una cada %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only one snapshot of pg_stat_statements was kept in this window (%1): the figures need two.</source>
        <translation>Solo se guardó una instantánea de pg_stat_statements en este intervalo (%1): las cifras necesitan dos.</translation>
    </message>
</context>
<context>
    <name>StudioActions</name>
    <message>
        <location filename="../services/ai/studioactions.cpp" line="+57"/>
        <source>The count must be between 1 and %1; %2 was asked.</source>
        <translation>La cantidad debe estar entre 1 y %1; se pidió %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The seed must be between 0 and %1; with %n variation(s) the first can be at most %2.</source>
        <translation>
            <numerusform>La semilla debe estar entre 0 y %1; con %n variación, la primera puede ser como máximo %2.</numerusform>
            <numerusform>La semilla debe estar entre 0 y %1; con %n variaciones, la primera puede ser como máximo %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+48"/>
        <source>Queuing generations</source>
        <translation>Puesta en cola de generaciones</translation>
    </message>
    <message numerus="yes">
        <location line="-30"/>
        <source>%n generation(s) of %1 need %2 credits, more than the %3 of %4 left this month: nothing was queued. Lower the count or choose a cheaper model.</source>
        <translation>
            <numerusform>%n generación de %1 necesita %2 créditos, más de los %3 de %4 que quedan este mes: no se puso nada en cola. Reducir la cantidad o elegir un modelo más barato.</numerusform>
            <numerusform>%n generaciones de %1 necesitan %2 créditos, más de los %3 de %4 que quedan este mes: no se puso nada en cola. Reducir la cantidad o elegir un modelo más barato.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was queued: variation %1 of %2 (seed %3) was refused. %4</source>
        <translation>No se puso nada en cola: se rechazó la variación %1 de %2 (semilla %3). %4</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the queue</source>
        <translation>Lectura de la cola</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+8"/>
        <location line="+33"/>
        <source>Cancelling generations</source>
        <translation>Cancelación de generaciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The result cache is kept per brand: name one.</source>
        <translation>La caché de resultados es por marca: indicar una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The age must be 0 days or more; %1 was asked.</source>
        <translation>La antigüedad debe ser de 0 días o más; se pidió %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Clearing the cache</source>
        <translation>Borrado de la caché</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+24"/>
        <source>No file was named to write to.</source>
        <translation>No se indicó ningún archivo en el que escribir.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 is a folder: name a file to write.</source>
        <translation>%1 es una carpeta: indicar un archivo en el que escribir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Generation %1 has no result to save: it failed or was cancelled.</source>
        <translation>La generación %1 no tiene ningún resultado que guardar: falló o se canceló.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation %1 has no result to save yet: it is still queued or running.</source>
        <translation>La generación %1 aún no tiene ningún resultado que guardar: sigue en cola o en curso.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The result of this generation is not a 3D model (GLB).</source>
        <translation>El resultado de esta generación no es un modelo 3D (GLB).</translation>
    </message>
</context>
<context>
    <name>StudioAnalytics</name>
    <message>
        <location filename="../services/ai/studioanalytics.cpp" line="+47"/>
        <source>Reading the generations</source>
        <translation>Lectura de las generaciones</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The range is empty or inverted.</source>
        <translation>El periodo está vacío o invertido.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Reading the models</source>
        <translation>Lectura de los modelos</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Name the model whose performance to show.</source>
        <translation>Indicar el modelo cuyo rendimiento mostrar.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>all</source>
        <translation>todo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the credits</source>
        <translation>Lectura de los créditos</translation>
    </message>
</context>
<context>
    <name>StudioLibrary</name>
    <message>
        <location filename="../services/ai/studiolibrary.cpp" line="+38"/>
        <location line="+203"/>
        <source>Reading a collection</source>
        <translation>Lectura de una colección</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>There is no collection %1 (or it is not yours to see).</source>
        <translation>No hay ninguna colección %1 (o no se tiene permiso para verla).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A new version needs an edited prompt or parameters.</source>
        <translation>Una versión nueva necesita un prompt o unos parámetros modificados.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the versions</source>
        <translation>Lectura de las versiones</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A rating is 1 to 5 stars, not %1.</source>
        <translation>Una valoración es de 1 a 5 estrellas, no %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a completed generation can be rated; this one is %1.</source>
        <translation>Solo se puede valorar una generación completada; esta está en estado %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rating a generation</source>
        <translation>Valoración de una generación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may not rate generation %1.</source>
        <translation>No se tiene permiso para valorar la generación %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starring a generation</source>
        <translation>Marcado de una generación con estrella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no generation %1 (or it is not yours to change).</source>
        <translation>No hay ninguna generación %1 (o no se tiene permiso para cambiarla).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A collection needs a name of 1 to 200 characters.</source>
        <translation>Una colección necesita un nombre de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating a collection</source>
        <translation>Creación de una colección</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <location line="+13"/>
        <location line="+3"/>
        <source>Adding to a collection</source>
        <translation>Adición a una colección</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>There is no generation %1 in the brand of collection &quot;%2&quot;; nothing was added.</source>
        <translation>No hay ninguna generación %1 en la marca de la colección «%2»; no se añadió nada.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Removing from a collection</source>
        <translation>Retirada de una colección</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sharing a collection</source>
        <translation>Compartición de una colección</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: generations are exported as a .zip file.</source>
        <translation>%1: las generaciones se exportan como archivo .zip.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+5"/>
        <source>%1 cannot be written: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Some of the generations chosen are gone (or not yours to see); nothing was exported.</source>
        <translation>Algunas de las generaciones elegidas ya no existen (o no se tiene permiso para verlas); no se exportó nada.</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <location filename="../services/ai/trainingservice.cpp" line="+161"/>
        <location line="+232"/>
        <location line="+27"/>
        <source>image %1 (%2)</source>
        <translation>imagen %1 (%2)</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>%1 is not a PNG, JPEG or WebP image</source>
        <translation>%1 no es una imagen PNG, JPEG ni WebP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a %2 image, which this desktop cannot decode (its Qt image format plugins are missing)</source>
        <translation>%1 es una imagen %2, que este equipo no puede decodificar (faltan sus complementos de formatos de imagen de Qt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is %2×%3 pixels; at least %4×%4 are needed</source>
        <translation>%1 mide %2×%3 píxeles; se necesitan al menos %4×%4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be decoded: %2</source>
        <translation>%1 no se puede decodificar: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a near-duplicate of %2 (their perceptual hashes differ in %3 of 63 bits)</source>
        <translation>%1 es casi un duplicado de %2 (sus hashes perceptuales difieren en %3 de 63 bits)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 would take the dataset over %2 MB, the most a training takes inline</source>
        <translation>%1 haría que el conjunto de datos superase los %2 MB, el máximo que admite un entrenamiento en línea</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replicate has no API key on this desktop; set one with atelier ai provider set replicate --api-key-stdin.</source>
        <translation>Replicate no tiene clave de API en este equipo; definir una con atelier ai provider set replicate --api-key-stdin.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the models</source>
        <translation>Lectura de los modelos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base model &quot;%1&quot; is not a registered AI model, nor is &quot;%2&quot;; register it, so that the cost and time of the models trained from it are known.</source>
        <translation>El modelo base «%1» no es un modelo de IA registrado, ni tampoco «%2»; registrarlo, para conocer el coste y el tiempo de los modelos entrenados a partir de él.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The base model &quot;%1&quot; belongs to %2; models are trained at Replicate.</source>
        <translation>El modelo base «%1» pertenece a %2; los modelos se entrenan en Replicate.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The training was cancelled at Replicate.</source>
        <translation>Se canceló el entrenamiento en Replicate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training failed at Replicate without saying why.</source>
        <translation>El entrenamiento falló en Replicate sin indicar el motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training failed at Replicate: %1</source>
        <translation>El entrenamiento falló en Replicate: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the end of a training</source>
        <translation>Registro del final de un entrenamiento</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The dataset %1 of the model %2 is gone.</source>
        <translation>El conjunto de datos %1 del modelo %2 ya no existe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registering the trained model %1</source>
        <translation>Registro del modelo entrenado %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A dataset needs a name.</source>
        <translation>Un conjunto de datos necesita un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dataset&apos;s name is %1 characters long; at most 200 are accepted.</source>
        <translation>El nombre del conjunto de datos tiene %1 caracteres; se aceptan como máximo 200.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dataset needs images: name generations or image files.</source>
        <translation>Un conjunto de datos necesita imágenes: indicar generaciones o archivos de imagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dataset takes at most %1 images; %2 were given.</source>
        <translation>Un conjunto de datos admite como máximo %1 imágenes; se indicaron %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the brand</source>
        <translation>Lectura de la marca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no brand &quot;%1&quot; (or it is not yours to see).</source>
        <translation>No hay ninguna marca «%1» (o no se tiene permiso para verla).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>generation %1</source>
        <translation>generación %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the generations</source>
        <translation>Lectura de las generaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a generation of this brand</source>
        <translation>%1 no es una generación de esta marca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not completed (it is %2)</source>
        <translation>%1 no está completada (está en estado %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no stored result</source>
        <translation>%1 no tiene ningún resultado almacenado</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is not a file: %2</source>
        <translation>%1 no es un archivo: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2 MB; at most %3 MB are accepted</source>
        <translation>%1 ocupa %2 MB; se aceptan como máximo %3 MB</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recording the dataset &quot;%1&quot;</source>
        <translation>Registro del conjunto de datos «%1»</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reading a dataset</source>
        <translation>Lectura de un conjunto de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no dataset %1 (or it is not yours to see).</source>
        <translation>No hay ningún conjunto de datos %1 (o no se tiene permiso para verlo).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the datasets</source>
        <translation>Lectura de los conjuntos de datos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The base model &quot;%1&quot; is not written owner/name:version (a version of a trainer at Replicate).</source>
        <translation>El modelo base «%1» no tiene la forma owner/name:version (una versión de un entrenador de Replicate).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The destination &quot;%1&quot; is not written owner/name (a model of yours at Replicate).</source>
        <translation>El destino «%1» no tiene la forma owner/name (un modelo propio en Replicate).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The training steps must be between 1 and %1; %2 were asked.</source>
        <translation>Los pasos de entrenamiento deben estar entre 1 y %1; se pidieron %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The training&apos;s extra input is larger than 16 KB.</source>
        <translation>Los datos de entrada adicionales del entrenamiento ocupan más de 16 KB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dataset &quot;%1&quot; is being trained already; wait for that training to end.</source>
        <translation>El conjunto de datos «%1» ya se está entrenando; esperar a que termine ese entrenamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dataset &quot;%1&quot; has no accepted image to train on.</source>
        <translation>El conjunto de datos «%1» no tiene ninguna imagen aceptada con la que entrenar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The dataset &quot;%1&quot; lost an image: %2</source>
        <translation>El conjunto de datos «%1» perdió una imagen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The images of the dataset &quot;%1&quot; are over %2 MB, the most a training takes inline.</source>
        <translation>Las imágenes del conjunto de datos «%1» superan los %2 MB, el máximo que admite un entrenamiento en línea.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The dataset &quot;%1&quot; holds no stored image to train on; make a new one from its images.</source>
        <translation>El conjunto de datos «%1» no contiene ninguna imagen almacenada con la que entrenar; crear uno nuevo a partir de sus imágenes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recording the training of %1</source>
        <translation>Registro del entrenamiento de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The training %2 was cancelled at Replicate.</source>
        <translation>%1 Se canceló el entrenamiento %2 en Replicate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 The training %2 could not be cancelled at Replicate: cancel it there.</source>
        <translation>%1 No se pudo cancelar el entrenamiento %2 en Replicate: cancelarlo allí.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The dataset &quot;%1&quot; started training from another desktop meanwhile.</source>
        <translation>El conjunto de datos «%1» empezó a entrenarse mientras tanto desde otro equipo.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The model %1 is not training (it is %2).</source>
        <translation>El modelo %1 no se está entrenando (está en estado %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The training was cancelled from Atelier.</source>
        <translation>Se canceló el entrenamiento desde Atelier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading a custom model</source>
        <translation>Lectura de un modelo personalizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no custom model %1 (or it is not yours to see).</source>
        <translation>No hay ningún modelo personalizado %1 (o no se tiene permiso para verlo).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the custom models</source>
        <translation>Lectura de los modelos personalizados</translation>
    </message>
</context>
<context>
    <name>TranslationChecks</name>
    <message>
        <location filename="../services/i18n/translationchecks.cpp" line="+159"/>
        <source>The translation lacks the place marker %1 of the source: its value would not be shown.</source>
        <translation>A la traducción le falta el marcador de posición %1 del original: su valor no se mostraría.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The translation has the place marker %1, which the source does not have: people would see it as is.</source>
        <translation>La traducción tiene el marcador de posición %1, que el original no tiene: se mostraría tal cual.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The translation does not show the number %1: right only for a form that says it in words.</source>
        <translation>La traducción no muestra el número %1: solo es correcto en una forma que lo dice con palabras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source has %1 and the translation %2: the number would not be written the language’s way.</source>
        <translation>El original tiene %1 y la traducción %2: el número no se escribiría a la manera del idioma.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The source has a keyboard accelerator (&amp;) and the translation has none: the control loses its shortcut.</source>
        <translation>El original tiene un acelerador de teclado (&amp;) y la traducción no: el control pierde su atajo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The translation has %1 accelerators (&amp;): only the first works; write &amp;&amp; for a literal &amp;.</source>
        <translation>La traducción tiene %1 aceleradores (&amp;): solo funciona el primero; escribir &amp;&amp; para un &amp; literal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The translation starts with a space and the source does not.</source>
        <translation>La traducción empieza con un espacio y el original no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source starts with a space and the translation does not.</source>
        <translation>El original empieza con un espacio y la traducción no.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The translation ends with a space and the source does not.</source>
        <translation>La traducción termina con un espacio y el original no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source ends with a space and the translation does not.</source>
        <translation>El original termina con un espacio y la traducción no.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The source ends with “%1” and the translation has no ending punctuation.</source>
        <translation>El original termina con «%1» y la traducción no tiene puntuación final.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The translation ends with “%1” and the source has no ending punctuation.</source>
        <translation>La traducción termina con «%1» y el original no tiene puntuación final.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source ends with “%1” and the translation with “%2”.</source>
        <translation>El original termina con «%1» y la traducción con «%2».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>French puts a space before %1 (at character %2): “%3”.</source>
        <translation>El francés pone un espacio antes de %1 (en el carácter %2): «%3».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The translation is the same as the source.</source>
        <translation>La traducción es igual que el original.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The translation is %1 characters long, over twice the source’s %2: the button may be cut.</source>
        <translation>La traducción tiene %1 caracteres, más del doble de los %2 del original: el botón puede quedar cortado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The translation is %1 characters long, over twice the source’s %2: the menu item may be cut.</source>
        <translation>La traducción tiene %1 caracteres, más del doble de los %2 del original: el elemento de menú puede quedar cortado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The source has %1 line breaks and the translation %2.</source>
        <translation>El original tiene %1 saltos de línea y la traducción %2.</translation>
    </message>
</context>
<context>
    <name>TranslationStore</name>
    <message>
        <location filename="../services/i18n/translationstore.cpp" line="+64"/>
        <source>“%1” (context %2)</source>
        <translation>«%1» (contexto %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown language “%1”; the languages are: %2.</source>
        <translation>Idioma «%1» desconocido; los idiomas son: %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading a translation</source>
        <translation>Lectura de una traducción</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+324"/>
        <source>The translation of %1 into %2 is approved: only a reviewer (an admin) changes it.</source>
        <translation>La traducción de %1 al %2 está aprobada: solo un revisor (un administrador) la cambia.</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Saving the translation of %1</source>
        <translation>Guardado de la traducción de %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Untranslated</source>
        <translation>Sin traducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs editing</source>
        <translation>Necesita edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The translations of “%1” are not in this program.</source>
        <translation>Las traducciones de «%1» no están en este programa.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+175"/>
        <source>Reading the translations into %1</source>
        <translation>Lectura de las traducciones al %1</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Finding whether you may change translations</source>
        <translation>Comprobación de si se pueden cambiar traducciones</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no message %1 in the console to translate.</source>
        <translation>No hay ningún mensaje %1 en la consola que traducir.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The translation of %1 needs %n form(s).</source>
        <translation>
            <numerusform>La traducción de %1 necesita %n forma.</numerusform>
            <numerusform>La traducción de %1 necesita %n formas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The translation of %1 is empty: revert it to show the compiled text again.</source>
        <translation>La traducción de %1 está vacía: revertirla para volver a mostrar el texto compilado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The translation of %1 would break: %2</source>
        <translation>La traducción de %1 se rompería: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+84"/>
        <location line="+139"/>
        <source>Only editors and admins of a brand change translations.</source>
        <translation>Solo los editores y administradores de una marca cambian traducciones.</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+46"/>
        <source>Only a reviewer (an admin of a brand) approves a translation.</source>
        <translation>Solo un revisor (un administrador de una marca) aprueba una traducción.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>A stored translation cannot be untranslated: revert it instead.</source>
        <translation>Una traducción guardada no puede quedar sin traducir: revertirla en su lugar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Saving a translation</source>
        <translation>Guardado de una traducción</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no message “%1” in the console.</source>
        <translation>No hay ningún mensaje «%1» en la consola.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <source>Approving a translation</source>
        <translation>Aprobación de una traducción</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The translation of %1 into %2 has no change to approve: it is the compiled one.</source>
        <translation>La traducción de %1 al %2 no tiene ningún cambio que aprobar: es la compilada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approving the translation of %1</source>
        <translation>Aprobación de la traducción de %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>Reverting a translation</source>
        <translation>Reversión de una traducción</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The translation of %1 into %2 has no change to revert.</source>
        <translation>La traducción de %1 al %2 no tiene ningún cambio que revertir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reverting the translation of %1</source>
        <translation>Reversión de la traducción de %1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The file names no language: give one (--language).</source>
        <translation>El archivo no indica ningún idioma: indicar uno (--language).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the console has no such message.</source>
        <translation>%1: la consola no tiene ese mensaje.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: %n form(s) expected.</source>
        <translation>
            <numerusform>%1: se esperaba %n forma.</numerusform>
            <numerusform>%1: se esperaban %n formas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: approved, only a reviewer (an admin) changes it.</source>
        <translation>%1: aprobada, solo un revisor (un administrador) la cambia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Importing translations</source>
        <translation>Importación de traducciones</translation>
    </message>
</context>
<context>
    <name>TsFile</name>
    <message>
        <location filename="../services/i18n/tsfile.cpp" line="+42"/>
        <source>there is no &lt;TS&gt; element: this is not a Qt Linguist file</source>
        <translation>no hay ningún elemento &lt;TS&gt;: no es un archivo de Qt Linguist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, línea %2, columna %3: %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unexpected element &lt;%1&gt;</source>
        <translation>elemento &lt;%1&gt; inesperado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected text “%1”</source>
        <translation>texto «%1» inesperado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected “%1”</source>
        <translation>«%1» inesperado</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;byte&gt; has no number value</source>
        <translation>&lt;byte&gt; no tiene valor numérico</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>the line “%1” of a &lt;location&gt; is not a number</source>
        <translation>la línea «%1» de un &lt;location&gt; no es un número</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown translation type “%1”</source>
        <translation>tipo de traducción «%1» desconocido</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Cannot read the translation file %1: %2</source>
        <translation>No se puede leer el archivo de traducción %1: %2</translation>
    </message>
    <message>
        <location line="+139"/>
        <location line="+5"/>
        <source>Cannot write the translation file %1: %2</source>
        <translation>No se puede escribir el archivo de traducción %1: %2</translation>
    </message>
</context>
<context>
    <name>UserAdmin</name>
    <message>
        <location filename="../services/collaboration/useradmin.cpp" line="+22"/>
        <source>An SQLite database belongs to the one local person who opens it: people, login roles and memberships are for PostgreSQL databases (see docs/permissions.md).</source>
        <translation>Una base de datos SQLite pertenece a la única persona local que la abre: las personas, los roles de inicio de sesión y las pertenencias son para bases de datos PostgreSQL (ver docs/permissions.md).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown role &quot;%1&quot;; the roles are: %2.</source>
        <translation>Rol «%1» desconocido; los roles son: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking up the person</source>
        <translation>Búsqueda de la persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no person named &quot;%1&quot; (see atelier users list).</source>
        <translation>No hay ninguna persona llamada «%1» (ver atelier users list).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not start a transaction.</source>
        <translation>No se pudo iniciar una transacción.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not save the change.</source>
        <translation>No se pudo guardar el cambio.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; cannot be a user name: 3 to 40 lower-case letters, digits or _, starting with a letter.</source>
        <translation>«%1» no puede ser un nombre de usuario: de 3 a 40 minúsculas, dígitos o _, empezando por una letra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must have at least 8 characters.</source>
        <translation>La contraseña debe tener al menos 8 caracteres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking up the login role</source>
        <translation>Búsqueda del rol de inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A login role named &quot;%1&quot; already exists on this PostgreSQL server; choose another name.</source>
        <translation>Ya existe un rol de inicio de sesión llamado «%1» en este servidor PostgreSQL; elegir otro nombre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Creating the login role</source>
        <translation>Creación del rol de inicio de sesión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recording the person</source>
        <translation>Registro de la persona</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Recording the membership</source>
        <translation>Registro de la pertenencia</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Removing the membership</source>
        <translation>Retirada de la pertenencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a member of brand &quot;%2&quot;.</source>
        <translation>«%1» no es miembro de la marca «%2».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Listing the people</source>
        <translation>Listado de las personas</translation>
    </message>
</context>
<context>
    <name>Watermarks</name>
    <message>
        <location filename="../services/security/watermark.cpp" line="+249"/>
        <source>Unknown watermark kind &quot;%1&quot;; the kinds are: %2.</source>
        <translation>Clase de marca de agua «%1» desconocida; las clases son: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown position &quot;%1&quot;; the positions are: %2.</source>
        <translation>Posición «%1» desconocida; las posiciones son: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The opacity must be above 0 and at most 1 (got %1).</source>
        <translation>La opacidad debe ser mayor que 0 y como máximo 1 (se recibió %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An invisible watermark needs an image of at least 256 × 256 pixels (got %1 × %2).</source>
        <translation>Una marca de agua invisible necesita una imagen de al menos 256 × 256 píxeles (se recibió %1 × %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A visible watermark needs its text (--text).</source>
        <translation>Una marca de agua visible necesita su texto (--text).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the resource the watermark stands for (--resource-type and --resource-id).</source>
        <translation>Indicar el recurso que representa la marca de agua (--resource-type y --resource-id).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not encode the marked image: %1</source>
        <translation>No se pudo codificar la imagen marcada: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recording the watermark</source>
        <translation>Registro de la marca de agua</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the output must be a .png, .jpg or .jpeg file.</source>
        <translation>%1: la salida debe ser un archivo .png, .jpg o .jpeg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not an image that can be read (%2).</source>
        <translation>%1: no es una imagen que se pueda leer (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a PNG or JPEG image that can be read.</source>
        <translation>%1: no es una imagen PNG o JPEG que se pueda leer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <source>Looking up the watermark</source>
        <translation>Búsqueda de la marca de agua</translation>
    </message>
</context>
<context>
    <name>WorkflowDefinition</name>
    <message>
        <location filename="../services/workflows/workflowdefinition.cpp" line="+81"/>
        <source>unknown key (a typo?); the keys here are: %1</source>
        <translation>clave desconocida (¿una errata?); las claves aquí son: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+53"/>
        <location line="+5"/>
        <source>should be a whole number</source>
        <translation>debería ser un número entero</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+58"/>
        <location line="+251"/>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 no está entre %2 y %3</translation>
    </message>
    <message>
        <location line="-299"/>
        <location line="+214"/>
        <location line="+2"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+22"/>
        <location line="+40"/>
        <source>should be a text that is not empty</source>
        <translation>debería ser un texto no vacío</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+171"/>
        <location line="+105"/>
        <source>“%1” is not one of: %2</source>
        <translation>«%1» no es uno de: %2</translation>
    </message>
    <message>
        <location line="-270"/>
        <location line="+160"/>
        <location line="+97"/>
        <source>should be a number</source>
        <translation>debería ser un número</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>should be true or false</source>
        <translation>debería ser true o false</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+196"/>
        <source>should be an object {…}</source>
        <translation>debería ser un objeto {…}</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>should be a list of texts that is not empty</source>
        <translation>debería ser una lista de textos no vacía</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>should be an expression, such as “steps.funnel.conversion &lt; 0.03”</source>
        <translation>debería ser una expresión, como «steps.funnel.conversion &lt; 0.03»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>should be a web address (http or https)</source>
        <translation>debería ser una dirección web (http o https)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the scheme and the host of the address must be written out, not computed by an expression</source>
        <translation>el esquema y el host de la dirección deben escribirse tal cual, no calcularse con una expresión</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>should be a date and time such as 2026-05-01T09:00:00Z</source>
        <translation>debería ser una fecha y hora como 2026-05-01T09:00:00Z</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a delay needs exactly one of seconds, minutes or until</source>
        <translation>una espera necesita exactamente uno de seconds, minutes o until</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a generation needs either a prompt or a template (not both)</source>
        <translation>una generación necesita un prompt o una plantilla (no ambos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>variables only go with a template</source>
        <translation>las variables solo van con una plantilla</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing: one of %1</source>
        <translation>falta: uno de %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a schedule needs exactly one of cron, every_seconds or every_minutes</source>
        <translation>una programación necesita exactamente uno de cron, every_seconds o every_minutes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown time zone “%1” (an IANA name such as Europe/Paris)</source>
        <translation>zona horaria «%1» desconocida (un nombre IANA como Europe/Madrid)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a time zone only goes with cron</source>
        <translation>una zona horaria solo va con cron</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown event “%1”; the events are: %2</source>
        <translation>evento «%1» desconocido; los eventos son: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” is not a trigger type; the types are: %2</source>
        <translation>«%1» no es un tipo de disparador; los tipos son: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an action should be an object {&quot;id&quot;: …, &quot;type&quot;: …, &quot;params&quot;: {…}}</source>
        <translation>una acción debería ser un objeto {&quot;id&quot;: …, &quot;type&quot;: …, &quot;params&quot;: {…}}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not an id: 1 to 64 letters, digits, “_” or “-”</source>
        <translation>«%1» no es un id: de 1 a 64 letras, dígitos, «_» o «-»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown action type “%1”; the types are: %2</source>
        <translation>tipo de acción «%1» desconocido; los tipos son: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing: “%1” actions need it</source>
        <translation>falta: las acciones «%1» lo necesitan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown parameter for “%1” actions (a typo?); their parameters are: %2</source>
        <translation>parámetro desconocido para las acciones «%1» (¿una errata?); sus parámetros son: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>should be an object {&quot;max_tries&quot;: 3, &quot;wait_seconds&quot;: 1}</source>
        <translation>debería ser un objeto {&quot;max_tries&quot;: 3, &quot;wait_seconds&quot;: 1}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>only a condition has an else branch</source>
        <translation>solo una condición tiene rama else</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing: on_error error_branch needs the id of the action to go to</source>
        <translation>falta: on_error error_branch necesita el id de la acción a la que ir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an error branch needs &quot;on_error&quot;: &quot;error_branch&quot;</source>
        <translation>una rama de error necesita &quot;on_error&quot;: &quot;error_branch&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is already the id of actions[%2]</source>
        <translation>«%1» ya es el id de actions[%2]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no action has the id “%1”</source>
        <translation>ninguna acción tiene el id «%1»</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>this makes a cycle: %1</source>
        <translation>esto forma un ciclo: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>“%1” is not a web address</source>
        <translation>«%1» no es una dirección web</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an http or https address</source>
        <translation>«%1» no es una dirección http o https</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” has no host</source>
        <translation>«%1» no tiene host</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a loopback, private or link-local address; a brand admin may allow it with “atelier workflow allow-host %1”</source>
        <translation>%1 es una dirección de bucle local, privada o de enlace local; un administrador de la marca puede permitirla con «atelier workflow allow-host %1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a workflow needs at least one action</source>
        <translation>un flujo de trabajo necesita al menos una acción</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>y %n problema más</numerusform>
            <numerusform>y %n problemas más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not JSON: %1 (at character %2)</source>
        <translation>no es JSON: %1 (en el carácter %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a definition should be an object {&quot;trigger&quot;: {…}, &quot;actions&quot;: […]}</source>
        <translation>una definición debería ser un objeto {&quot;trigger&quot;: {…}, &quot;actions&quot;: […]}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing, or not an object {&quot;type&quot;: …}</source>
        <translation>falta, o no es un objeto {&quot;type&quot;: …}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing, or not a list […]</source>
        <translation>falta, o no es una lista […]</translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <location filename="../services/workflows/workflowengine.cpp" line="+171"/>
        <source>Renewing the lease of execution %1</source>
        <translation>Renovación de la concesión de la ejecución %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+827"/>
        <source>Reading execution %1</source>
        <translation>Lectura de la ejecución %1</translation>
    </message>
    <message>
        <location line="-825"/>
        <location line="+827"/>
        <source>There is no workflow execution %1.</source>
        <translation>No hay ninguna ejecución de flujo de trabajo %1.</translation>
    </message>
    <message>
        <location line="-797"/>
        <source>params.if: a condition needs an expression.</source>
        <translation>params.if: una condición necesita una expresión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>params.if: %1</source>
        <translation>params.if: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>params.until: &quot;%1&quot; is not a date and time (ISO 8601).</source>
        <translation>params.until: «%1» no es una fecha y hora (ISO 8601).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>params.%1: &quot;%2&quot; is not a number of %1 zero or more.</source>
        <translation>params.%1: «%2» no es un número de %1 igual o mayor que cero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>params: a delay needs seconds, minutes, hours, days or until.</source>
        <translation>params: una espera necesita seconds, minutes, hours, days o until.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>params.users: name at least one person to notify (their user names).</source>
        <translation>params.users: indicar al menos una persona a la que avisar (su nombre de usuario).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>params.message: the notice has no text.</source>
        <translation>params.message: el aviso no tiene texto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+355"/>
        <source>Finding %1</source>
        <translation>Búsqueda de %1</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>params.users: nobody is called &quot;%1&quot;.</source>
        <translation>params.users: nadie se llama «%1».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>params.text: the comment has no text.</source>
        <translation>params.text: el comentario no tiene texto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>params.workflow: name the workflow to change.</source>
        <translation>params.workflow: indicar el flujo de trabajo que cambiar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>params.url: &quot;%1&quot; is not an http(s) address.</source>
        <translation>params.url: «%1» no es una dirección http(s).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 no respondió en %2 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be reached: %2</source>
        <translation>No se pudo contactar con %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 respondió HTTP %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading brand %1</source>
        <translation>Lectura de la marca %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand %1 is gone.</source>
        <translation>La marca %1 ya no existe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>params.to: &quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>params.to: «%1» no es una fecha con la forma AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>params.from: &quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>params.from: «%1» no es una fecha con la forma AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>params.from: the range is empty (from is after to).</source>
        <translation>params.from: el periodo está vacío (from es posterior a to).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>params.options.%1: not an option of an analysis; the options are: %2</source>
        <translation>params.options.%1: no es una opción de un análisis; las opciones son: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>params.options.period: &quot;%1&quot; is not day, week or month.</source>
        <translation>params.options.period: «%1» no es day, week ni month.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>params.analysis: &quot;%1&quot; is not an analysis; the analyses are: %2</source>
        <translation>params.analysis: «%1» no es un análisis; los análisis son: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>params.folder: &quot;%1&quot; is not an absolute folder path.</source>
        <translation>params.folder: «%1» no es una ruta de carpeta absoluta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>params.folder: %1 cannot be created.</source>
        <translation>params.folder: no se puede crear %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>params.monthly_credits: &quot;%1&quot; is not a whole number of credits between 0 and 100000000.</source>
        <translation>params.monthly_credits: «%1» no es un número entero de créditos entre 0 y 100000000.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>params.user: nobody is called &quot;%1&quot;.</source>
        <translation>params.user: nadie se llama «%1».</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>params.template: the brand has no prompt template &quot;%1&quot;.</source>
        <translation>params.template: la marca no tiene ninguna plantilla de prompt «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>params.prompt: give a prompt or a template.</source>
        <translation>params.prompt: indicar un prompt o una plantilla.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>params.collection: the brand has no collection &quot;%1&quot;.</source>
        <translation>params.collection: la marca no tiene ninguna colección «%1».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Queuing the images of step %1 of execution %2</source>
        <translation>Puesta en cola de las imágenes del paso %1 de la ejecución %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&quot;%1&quot; is not a kind of action.</source>
        <translation>«%1» no es una clase de acción.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling execution %1 of a paused workflow</source>
        <translation>Cancelación de la ejecución %1 de un flujo de trabajo en pausa</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+38"/>
        <location line="+23"/>
        <source>Claiming workflow executions</source>
        <translation>Recogida de ejecuciones de flujos de trabajo</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Claiming workflow execution %1</source>
        <translation>Recogida de la ejecución de flujo de trabajo %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+189"/>
        <location line="+6"/>
        <location line="+20"/>
        <location line="+4"/>
        <location line="+11"/>
        <location line="+4"/>
        <source>Ending execution %1</source>
        <translation>Fin de la ejecución %1</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>Execution %1 is no longer held by this runner.</source>
        <translation>La ejecución %1 ya no la tiene este ejecutor.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the error workflow of %1</source>
        <translation>Lectura del flujo de error de %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Queuing the error workflow of %1</source>
        <translation>Puesta en cola del flujo de error de %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Handing back execution %1</source>
        <translation>Devolución de la ejecución %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Closing cancelled execution %1</source>
        <translation>Cierre de la ejecución cancelada %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading version %1 of workflow %2</source>
        <translation>Lectura de la versión %1 del flujo de trabajo %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The definition of workflow %1 (version %2) cannot run: %3</source>
        <translation>La definición del flujo de trabajo %1 (versión %2) no se puede ejecutar: %3</translation>
    </message>
    <message>
        <location line="-372"/>
        <location line="+383"/>
        <location line="+20"/>
        <location line="+13"/>
        <source>Reading the steps of execution %1</source>
        <translation>Lectura de los pasos de la ejecución %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The runner stopped during this step; another runner took the execution over.</source>
        <translation>El ejecutor se detuvo durante este paso; otro ejecutor se hizo cargo de la ejecución.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Execution %1 stands at step &quot;%2&quot;, which version %3 of %4 does not have.</source>
        <translation>La ejecución %1 está en el paso «%2», que la versión %3 de %4 no tiene.</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+15"/>
        <location line="+15"/>
        <location line="+1"/>
        <source>Starting step %1 of execution %2</source>
        <translation>Inicio del paso %1 de la ejecución %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>actions[%1].params: %2</source>
        <translation>actions[%1].params: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ending step %1 of execution %2</source>
        <translation>Fin del paso %1 de la ejecución %2</translation>
    </message>
    <message>
        <location line="+234"/>
        <location line="+25"/>
        <location line="+12"/>
        <location line="+25"/>
        <location line="+68"/>
        <location line="+7"/>
        <source>Scheduling workflows</source>
        <translation>Programación de flujos de trabajo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Workflow paused: this execution had not started, and was cancelled instead of run.</source>
        <translation>Flujo de trabajo en pausa: esta ejecución no había empezado y se canceló en lugar de ejecutarse.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Execution %1 cannot run now: it is %2, or it waits, or another runner holds it, or it acts as someone else.</source>
        <translation>La ejecución %1 no se puede ejecutar ahora: está %2, o está esperando, o la tiene otro ejecutor, o actúa en nombre de otra persona.</translation>
    </message>
</context>
<context>
    <name>WorkflowEvents</name>
    <message>
        <location filename="../services/workflows/workflowevents.cpp" line="+84"/>
        <source>Reading the workflows started by events</source>
        <translation>Lectura de los flujos de trabajo iniciados por eventos</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+77"/>
        <source>Reading the workflows started by %1</source>
        <translation>Lectura de los flujos de trabajo iniciados por %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Raising the workflow event %1</source>
        <translation>Emisión del evento de flujo de trabajo %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reading the quota of %1</source>
        <translation>Lectura de la cuota de %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Reading brand %1</source>
        <translation>Lectura de la marca %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Workflow %1 watches %2: %3</source>
        <translation>El flujo de trabajo %1 vigila %2: %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Starting workflow %1 on its events</source>
        <translation>Inicio del flujo de trabajo %1 por sus eventos</translation>
    </message>
</context>
<context>
    <name>WorkflowExpressions</name>
    <message>
        <location filename="../services/workflows/workflowexpressions.cpp" line="+93"/>
        <source>an empty expression {{ }}</source>
        <translation>una expresión vacía {{ }}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it runs code while being read</source>
        <translation>ejecuta código al leerse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a single expression</source>
        <translation>no es una expresión única</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the expression “%1” does not compile: %2</source>
        <translation>la expresión «%1» no compila: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the expression “%1” was stopped after %2 ms (does it loop forever?)</source>
        <translation>la expresión «%1» se detuvo tras %2 ms (¿entra en un bucle infinito?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the expression “%1” failed: %2</source>
        <translation>la expresión «%1» falló: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the expression “%1” gave a value that is not JSON</source>
        <translation>la expresión «%1» dio un valor que no es JSON</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>“{{” without its closing “}}”</source>
        <translation>«{{» sin su «}}» de cierre</translation>
    </message>
</context>
<context>
    <name>WorkflowOverview</name>
    <message>
        <location filename="../services/workflows/workflowoverview.cpp" line="+50"/>
        <source>Looking for changes to the workflows</source>
        <translation>Búsqueda de cambios en los flujos de trabajo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Counting the runs of workflows</source>
        <translation>Recuento de las ejecuciones de flujos de trabajo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the last runs of workflows</source>
        <translation>Lectura de las últimas ejecuciones de flujos de trabajo</translation>
    </message>
</context>
<context>
    <name>WorkflowSecrets</name>
    <message>
        <location filename="../services/workflows/workflowsecrets.cpp" line="+54"/>
        <source>Sealing the secret %1 with the data key</source>
        <translation>Sellado del secreto %1 con la clave de datos</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the secret &quot;%1&quot; was stored on another desktop before webhook secrets moved to the database&apos;s data key, and only that desktop can open it: set it again with atelier workflow secret set %1 --brand SLUG --value-stdin (or run atelier workflow secret reseal --brand SLUG on that desktop).</source>
        <translation>el secreto «%1» se guardó en otro equipo antes de que los secretos de webhook pasaran a la clave de datos de la base de datos, y solo ese equipo puede abrirlo: volver a definirlo con atelier workflow secret set %1 --brand SLUG --value-stdin (o ejecutar atelier workflow secret reseal --brand SLUG en ese equipo).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a secret name: 1 to 64 letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;.</source>
        <translation>«%1» no es un nombre de secreto: de 1 a 64 letras, dígitos, «_», «.» o «-».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The value of secret %1 must have 1 to %2 characters.</source>
        <translation>El valor del secreto %1 debe tener de 1 a %2 caracteres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Storing the secret %1 (brand admins only)</source>
        <translation>Guardado del secreto %1 (solo administradores de la marca)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+82"/>
        <source>Listing the brand&apos;s secrets</source>
        <translation>Listado de los secretos de la marca</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Deleting the secret %1 (brand admins only)</source>
        <translation>Eliminación del secreto %1 (solo administradores de la marca)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The brand has no secret %1 (or deleting it needs the admin role in the brand).</source>
        <translation>La marca no tiene ningún secreto %1 (o eliminarlo requiere el rol admin en la marca).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the secret %1</source>
        <translation>Lectura del secreto %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the brand has no secret &quot;%1&quot; (a brand admin stores it with atelier workflow secret set %1 --brand SLUG --value-stdin).</source>
        <translation>la marca no tiene ningún secreto «%1» (un administrador de la marca lo guarda con atelier workflow secret set %1 --brand SLUG --value-stdin).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the secret &quot;%1&quot; cannot be decrypted: %2</source>
        <translation>el secreto «%1» no se puede descifrar: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secret &quot;%1&quot; cannot be decrypted with the database&apos;s data key: its value was changed or moved from another secret. Store it again with atelier workflow secret set %1 --brand SLUG --value-stdin.</source>
        <translation>el secreto «%1» no se puede descifrar con la clave de datos de la base de datos: su valor se cambió o se movió desde otro secreto. Volver a guardarlo con atelier workflow secret set %1 --brand SLUG --value-stdin.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sealing the secret %1 with the data key needs the admin role in the brand.</source>
        <translation>Sellar el secreto %1 con la clave de datos requiere el rol admin en la marca.</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <location filename="../services/workflows/workflowservice.cpp" line="+133"/>
        <source>workflow_step_runs %1: %2 is not valid JSON (%3).</source>
        <translation>workflow_step_runs %1: %2 no es JSON válido (%3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading your role in the brand</source>
        <translation>Lectura del rol en la marca</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>trigger: an object is needed, such as {&quot;type&quot;: &quot;manual&quot;}</source>
        <translation>trigger: se necesita un objeto, como {&quot;type&quot;: &quot;manual&quot;}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>actions: a list of actions is needed</source>
        <translation>actions: se necesita una lista de acciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unknown key (a definition has &quot;trigger&quot; and &quot;actions&quot;)</source>
        <translation>%1: clave desconocida (una definición tiene «trigger» y «actions»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workflow definition is not valid: %1.</source>
        <translation>La definición del flujo de trabajo no es válida: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A workflow needs a name of 1 to 200 characters.</source>
        <translation>Un flujo de trabajo necesita un nombre de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A workflow&apos;s description has at most 10,000 characters.</source>
        <translation>La descripción de un flujo de trabajo tiene como máximo 10.000 caracteres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A workflow named &quot;%1&quot; already exists in this brand.</source>
        <translation>Ya existe un flujo de trabajo llamado «%1» en esta marca.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving version %1 of workflow &quot;%2&quot;</source>
        <translation>Guardado de la versión %1 del flujo de trabajo «%2»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changing workflow &quot;%1&quot;</source>
        <translation>Cambio del flujo de trabajo «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <location line="+219"/>
        <location line="+13"/>
        <location line="+44"/>
        <location line="+16"/>
        <source>Changing workflow &quot;%1&quot; needs the editor role in its brand.</source>
        <translation>Cambiar el flujo de trabajo «%1» requiere el rol editor en su marca.</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>Workflow &quot;%1&quot; was deleted meanwhile.</source>
        <translation>El flujo de trabajo «%1» se eliminó mientras tanto.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading execution %1</source>
        <translation>Lectura de la ejecución %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no workflow execution %1.</source>
        <translation>No hay ninguna ejecución de flujo de trabajo %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>%1 needs the editor role in its brand.</source>
        <translation>%1 requiere el rol editor en su marca.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Listing workflows</source>
        <translation>Listado de flujos de trabajo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading workflow &quot;%1&quot;</source>
        <translation>Lectura del flujo de trabajo «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no workflow &quot;%1&quot; in this brand.</source>
        <translation>No hay ningún flujo de trabajo «%1» en esta marca.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Creating a workflow needs the editor role in this brand.</source>
        <translation>Crear un flujo de trabajo requiere el rol editor en esta marca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating workflow &quot;%1&quot;</source>
        <translation>Creación del flujo de trabajo «%1»</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>A workflow&apos;s status is active, paused or archived, not &quot;%1&quot;.</source>
        <translation>El estado de un flujo de trabajo es active, paused o archived, no «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workflow &quot;%1&quot; cannot be made active: %2</source>
        <translation>El flujo de trabajo «%1» no se puede activar: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing the status of workflow &quot;%1&quot;</source>
        <translation>Cambio del estado del flujo de trabajo «%1»</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The error workflow of &quot;%1&quot;: %2</source>
        <translation>El flujo de error de «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow &quot;%1&quot; cannot be its own error workflow.</source>
        <translation>El flujo de trabajo «%1» no puede ser su propio flujo de error.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A workflow&apos;s misfire policy is skip or run_once, not &quot;%1&quot;.</source>
        <translation>La política de instantes perdidos de un flujo de trabajo es skip o run_once, no «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing the options of workflow &quot;%1&quot;</source>
        <translation>Cambio de las opciones del flujo de trabajo «%1»</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+16"/>
        <source>Deleting workflow &quot;%1&quot; needs the editor role in its brand.</source>
        <translation>Eliminar el flujo de trabajo «%1» requiere el rol editor en su marca.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Deleting workflow &quot;%1&quot;</source>
        <translation>Eliminación del flujo de trabajo «%1»</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading the versions of workflow &quot;%1&quot;</source>
        <translation>Lectura de las versiones del flujo de trabajo «%1»</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Workflow &quot;%1&quot; has no version %2 (it has 1 to %3).</source>
        <translation>El flujo de trabajo «%1» no tiene versión %2 (tiene de la 1 a la %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 of workflow &quot;%2&quot; cannot be restored: %3</source>
        <translation>La versión %1 del flujo de trabajo «%2» no se puede restaurar: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workflow &quot;%1&quot; is archived: resume it before running it.</source>
        <translation>El flujo de trabajo «%1» está archivado: reanudarlo antes de ejecutarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workflow &quot;%1&quot; cannot run: %2</source>
        <translation>El flujo de trabajo «%1» no se puede ejecutar: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow &quot;%1&quot; has no run-as identity (the person was removed): name one before running it.</source>
        <translation>El flujo de trabajo «%1» no tiene identidad de ejecución (se quitó a la persona): indicar una antes de ejecutarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running workflow &quot;%1&quot; needs the editor role in its brand.</source>
        <translation>Ejecutar el flujo de trabajo «%1» requiere el rol editor en su marca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running workflow &quot;%1&quot;</source>
        <translation>Ejecución del flujo de trabajo «%1»</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>An execution&apos;s status is one of %1, not &quot;%2&quot;.</source>
        <translation>El estado de una ejecución es uno de %1, no «%2».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Listing workflow executions</source>
        <translation>Listado de las ejecuciones de flujos de trabajo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the steps of execution %1</source>
        <translation>Lectura de los pasos de la ejecución %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Retrying execution %1</source>
        <translation>Reintento de la ejecución %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a failed execution can be retried; %1 is %2.</source>
        <translation>Solo se puede reintentar una ejecución fallida; %1 está %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling execution %1</source>
        <translation>Cancelación de la ejecución %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a queued, waiting or running execution can be cancelled; %1 is %2.</source>
        <translation>Solo se puede cancelar una ejecución en cola, en espera o en curso; %1 está %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the allowed webhook hosts</source>
        <translation>Lectura de los hosts de webhook permitidos</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not a host name or address (such as hooks.example.com or 10.0.0.5).</source>
        <translation>«%1» no es un nombre de host ni una dirección (como hooks.example.com o 10.0.0.5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowing a webhook host needs the admin role in this brand.</source>
        <translation>Permitir un host de webhook requiere el rol admin en esta marca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowing webhook host %1</source>
        <translation>Permiso del host de webhook %1</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <location filename="../services/core/zipwriter.cpp" line="+52"/>
        <source>&quot;%1&quot; cannot be the name of a file in an archive: it must be a relative path without &quot;.&quot; or &quot;..&quot; parts, backslashes, colons or control characters.</source>
        <translation>«%1» no puede ser el nombre de un archivo en un archivo comprimido: debe ser una ruta relativa sin partes «.» o «..», barras invertidas, dos puntos ni caracteres de control.</translation>
    </message>
</context>
</TS>
