<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BookmarkCommands</name>
    <message>
        <source>remove bookmark “%1”</source>
        <translation>quitar de marcadores «%1»</translation>
    </message>
    <message>
        <source>bookmark “%1”</source>
        <translation>añadir a marcadores «%1»</translation>
    </message>
</context>
<context>
    <name>CitationPanel</name>
    <message>
        <source>cited here as [%1]</source>
        <translation>citada aquí como [%1]</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>Whose words these are</source>
        <translation>De quién son estas palabras</translation>
    </message>
    <message>
        <source>This answer is the publisher’s text, reproduced as published (publisher: %1). It is not advice from this app or from your clinic.</source>
        <translation>Esta respuesta es el texto del editor, reproducido tal como se publicó (editor: %1). No es un consejo de esta aplicación ni de su clínica.</translation>
    </message>
    <message>
        <source>Last reviewed: not stated by the publisher</source>
        <translation>Última revisión: el editor no la indica</translation>
    </message>
    <message>
        <source>Last reviewed: %1</source>
        <translation>Última revisión: %1</translation>
    </message>
    <message>
        <source>not included in this offline edition</source>
        <translation>no incluido en esta edición sin conexión</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Véase también</translation>
    </message>
    <message>
        <source>Answers that refer to this one</source>
        <translation>Respuestas que remiten a esta</translation>
    </message>
    <message>
        <source>About this information</source>
        <translation>Acerca de esta información</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Editor: %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Offline edition %1 of %2</source>
        <translation>Edición sin conexión %1 del %2</translation>
    </message>
    <message>
        <source>This page is not in the FAQ</source>
        <translation>Esta página no está en las preguntas frecuentes</translation>
    </message>
    <message>
        <source>Nothing here is called “%1”.</source>
        <translation>Aquí no hay nada que se llame «%1».</translation>
    </message>
    <message>
        <source>Back to all questions</source>
        <translation>Volver a todas las preguntas</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>Código QR de %1</translation>
    </message>
    <message>
        <source>Scan with your phone to read the source later.</source>
        <translation>Escanéelo con su teléfono para leer la fuente más tarde.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>This pack cannot be read</source>
        <translation>No se puede leer este paquete</translation>
    </message>
    <message>
        <source>The pack in %1 has problems. The bundled FAQ opens instead.</source>
        <translation>El paquete de %1 tiene problemas. En su lugar se abren las preguntas frecuentes incluidas.</translation>
    </message>
    <message>
        <source>Your bookmarks</source>
        <translation>Sus marcadores</translation>
    </message>
    <message>
        <source>no language pack for &quot;%1&quot; is installed. Installed: %2.</source>
        <translation>no hay ningún paquete de idioma instalado para «%1». Instalados: %2.</translation>
    </message>
    <message>
        <source>-o %1: the folder %2 does not exist.</source>
        <translation>-o %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>-o %1: this is a folder; give a file name ending in .pdf.</source>
        <translation>-o %1: es una carpeta; indique un nombre de archivo terminado en .pdf.</translation>
    </message>
    <message numerus="yes">
        <source>Handout written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Hoja escrita en %1 (%n página).</numerusform>
            <numerusform>Hoja escrita en %1 (%n páginas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceCheck</name>
    <message>
        <source>The check found this work in public records, but could not verify some of the details the source gives (such as volume, issue or pages).</source>
        <translation>La comprobación encontró este trabajo en registros públicos, pero no pudo verificar algunos de los detalles que da la fuente (como el volumen, el número o las páginas).</translation>
    </message>
    <message>
        <source>Details not verified</source>
        <translation>Detalles no verificados</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Details differ</source>
        <translation>Hay detalles distintos</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrada</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Incomplete in the source</source>
        <translation>Incompleta en la fuente</translation>
    </message>
    <message>
        <source>The check found this work in public records, as the source gives it.</source>
        <translation>La comprobación encontró esta obra en registros públicos, tal como la da la fuente.</translation>
    </message>
    <message>
        <source>The check found this work in public records, but some details differ from the source.</source>
        <translation>La comprobación encontró esta obra en registros públicos, pero algunos detalles difieren de la fuente.</translation>
    </message>
    <message>
        <source>The check could not find this work in public records. The details shown are the source&apos;s own and are unconfirmed.</source>
        <translation>La comprobación no encontró esta obra en registros públicos. Los datos que se muestran son los de la fuente y no están confirmados.</translation>
    </message>
    <message>
        <source>This reference has not been checked.</source>
        <translation>Esta referencia no se ha comprobado.</translation>
    </message>
    <message>
        <source>The source&apos;s text of this reference is cut off.</source>
        <translation>El texto de esta referencia está cortado en la fuente.</translation>
    </message>
    <message>
        <source>published %1 (the source gives no year)</source>
        <translation>publicada en %1 (la fuente no da el año)</translation>
    </message>
    <message>
        <source>published %1, not %2</source>
        <translation>publicada en %1, no en %2</translation>
    </message>
    <message>
        <source>the source leaves out an author: %1</source>
        <translation>la fuente omite a un autor: %1</translation>
    </message>
    <message>
        <source>the source leaves out %1 authors: %2</source>
        <translation>la fuente omite a %1 autores: %2</translation>
    </message>
    <message>
        <source>title: %1</source>
        <translation>título: %1</translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation>revista: %1</translation>
    </message>
    <message>
        <source>volume not confirmed (the source gives %1)</source>
        <translation>volumen sin confirmar (la fuente da %1)</translation>
    </message>
    <message>
        <source>volume %1, not %2</source>
        <translation>volumen %1, no %2</translation>
    </message>
    <message>
        <source>issue %1, not %2</source>
        <translation>número %1, no %2</translation>
    </message>
    <message>
        <source>pages %1, not %2</source>
        <translation>páginas %1, no %2</translation>
    </message>
    <message>
        <source>DOI %1</source>
        <translation>DOI %1</translation>
    </message>
    <message>
        <source>PMID %1</source>
        <translation>PMID %1</translation>
    </message>
    <message>
        <source>PMCID %1</source>
        <translation>PMCID %1</translation>
    </message>
</context>
<context>
    <name>ReferencePresentation</name>
    <message>
        <source>Reference %1</source>
        <translation>Referencia %1</translation>
    </message>
    <message>
        <source>As the source prints it:</source>
        <translation>Tal como la imprime la fuente:</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Lo que encontró la comprobación</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <source>DOI:</source>
        <translation>DOI:</translation>
    </message>
    <message>
        <source>PMID:</source>
        <translation>PMID:</translation>
    </message>
    <message>
        <source>The check found:</source>
        <translation>La comprobación encontró:</translation>
    </message>
</context>
<context>
    <name>ReferenceSummary</name>
    <message>
        <source>The source does not tie any statement to any of these references: no answer says which reference supports it.</source>
        <translation>La fuente no vincula ninguna afirmación con ninguna de estas referencias: ninguna respuesta dice qué referencia la respalda.</translation>
    </message>
    <message>
        <source>Answers that cite these references inline: %1 of %2. The others tie no statement to a reference.</source>
        <translation>Respuestas que citan estas referencias en el texto: %1 de %2. Las demás no vinculan ninguna afirmación con una referencia.</translation>
    </message>
    <message>
        <source>%1 exactly as the source gives it</source>
        <translation>%1 tal como la da la fuente</translation>
    </message>
    <message>
        <source>%1 with some details not verified</source>
        <translation>%1 con algunos detalles no verificados</translation>
    </message>
    <message>
        <source>%1 with details that differ from the source</source>
        <translation>%1 con detalles que difieren de la fuente</translation>
    </message>
    <message>
        <source>A check against public records could confirm %1 of the %2 listed references</source>
        <translation>Una comprobación en registros públicos pudo confirmar %1 de las %2 referencias de la lista</translation>
    </message>
    <message>
        <source>Could not be found: %1.</source>
        <translation>No se encontraron: %1.</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Sin comprobar: %1.</translation>
    </message>
</context>
<context>
    <name>SafetyNoticeHtml</name>
    <message>
        <source>Source: %1, checked %2</source>
        <translation>Fuente: %1, comprobada el %2</translation>
    </message>
    <message>
        <source>QR code of these help lines</source>
        <translation>Código QR de estas líneas de ayuda</translation>
    </message>
    <message>
        <source>Scan with your phone to keep these help lines.</source>
        <translation>Escanéelo con su teléfono para guardar estas líneas de ayuda.</translation>
    </message>
    <message>
        <source>Print these help lines</source>
        <translation>Imprimir estas líneas de ayuda</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Read trusted patient information offline.</source>
        <translation>Lea información fiable para pacientes sin conexión.</translation>
    </message>
    <message>
        <source>Read the pack in DIR.</source>
        <translation>Leer el paquete de DIR.</translation>
    </message>
    <message>
        <source>Open the answer with this id.</source>
        <translation>Abrir la respuesta con este identificador.</translation>
    </message>
    <message>
        <source>Print the milliseconds from start to the first answer painted, then quit.</source>
        <translation>Mostrar los milisegundos desde el inicio hasta que se dibuja la primera respuesta, y salir.</translation>
    </message>
    <message>
        <source>Run as a locked-down clinic kiosk (also turned on by the system-wide kiosk settings file).</source>
        <translation>Funcionar como quiosco bloqueado de la clínica (también se activa con el archivo de configuración de quiosco de todo el sistema).</translation>
    </message>
    <message>
        <source>Read the FAQ in the language of FILE (a .prpack file or a pack folder).</source>
        <translation>Leer las preguntas frecuentes en el idioma de FILE (un archivo .prpack o una carpeta de paquete).</translation>
    </message>
    <message>
        <source>Open the form that writes the system-wide kiosk settings (run as root).</source>
        <translation>Abrir el formulario que escribe la configuración del quiosco para todo el sistema (ejecutar como root).</translation>
    </message>
    <message>
        <source>Read the FAQ in this installed language (en, es, ar, …).</source>
        <translation>Leer las preguntas frecuentes en este idioma instalado (en, es, ar, …).</translation>
    </message>
    <message>
        <source>Print a handout to the PDF file given with -o, with no window: the answers with these ids (separated by commas), and/or my-questions for your own list.</source>
        <translation>Imprimir una hoja en el archivo PDF indicado con -o, sin ventana: las respuestas con estos identificadores (separados por comas) y/o my-questions para su propia lista.</translation>
    </message>
    <message>
        <source>The PDF file --handout writes.</source>
        <translation>El archivo PDF que escribe --handout.</translation>
    </message>
    <message>
        <source>The paper --handout prints on: a4 (the default) or letter.</source>
        <translation>El papel en que imprime --handout: a4 (el predeterminado) o letter.</translation>
    </message>
    <message>
        <source>--handout needs answer ids or my-questions.</source>
        <translation>--handout necesita identificadores de respuestas o my-questions.</translation>
    </message>
    <message>
        <source>--handout needs the PDF file to write: -o FILE.pdf.</source>
        <translation>--handout necesita el archivo PDF que debe escribir: -o FILE.pdf.</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not &quot;%1&quot;.</source>
        <translation>--paper es a4 o letter, no «%1».</translation>
    </message>
    <message>
        <source>-o is only used with --handout.</source>
        <translation>-o solo se usa con --handout.</translation>
    </message>
</context>
<context>
    <name>TranslationNotices</name>
    <message>
        <source>This translation has not been checked by a clinician.</source>
        <translation>Esta traducción no ha sido revisada por un profesional clínico.</translation>
    </message>
    <message>
        <source>This translation was checked by %1 on %2.</source>
        <translation>Esta traducción la revisó %1 el %2.</translation>
    </message>
    <message>
        <source>Translated by %1</source>
        <translation>Traducción: %1</translation>
    </message>
    <message>
        <source>Not yet translated: shown in the original language.</source>
        <translation>Aún sin traducir: se muestra en el idioma original.</translation>
    </message>
    <message>
        <source>The original text has changed since this translation was made.</source>
        <translation>El texto original ha cambiado desde que se hizo esta traducción.</translation>
    </message>
    <message>
        <source>This translation says %1 checked it, but no trusted signature confirms that: not verified.</source>
        <translation>Esta traducción dice que %1 la revisó, pero ninguna firma de confianza lo confirma: no verificado.</translation>
    </message>
</context>
<context>
    <name>TrustNotices</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reviewed by %1, on %2</source>
        <translation>Revisado por %1, el %2</translation>
    </message>
    <message>
        <source>Signed by %1, on %2 (no clinical review stated)</source>
        <translation>Firmado por %1, el %2 (no declara revisión clínica)</translation>
    </message>
    <message>
        <source>Not verified: signed with a key this computer does not trust</source>
        <translation>No verificado: firmado con una clave en la que este equipo no confía</translation>
    </message>
    <message>
        <source>Not verified: no trusted signature</source>
        <translation>No verificado: sin firma de confianza</translation>
    </message>
</context>
<context>
    <name>pr::AnswerView</name>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>The chosen answer. Use Tab to move between its links.</source>
        <translation>La respuesta elegida. Use Tab para moverse entre sus enlaces.</translation>
    </message>
</context>
<context>
    <name>pr::BookmarkFile</name>
    <message>
        <source>it has an unknown field &quot;%1&quot;.</source>
        <translation>tiene un campo desconocido «%1».</translation>
    </message>
    <message>
        <source>&quot;note&quot; must be text.</source>
        <translation>«note» debe ser un texto.</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters.</source>
        <translation>la nota tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>the note contains control characters.</source>
        <translation>la nota contiene caracteres de control.</translation>
    </message>
    <message>
        <source>it was updated before it was created.</source>
        <translation>se actualizó antes de crearse.</translation>
    </message>
    <message>
        <source>Bookmark %1: %2</source>
        <translation>Marcador %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>Falta «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>«%1» debe ser un texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 80).</source>
        <translation>«%1» no es un identificador válido (letras minúsculas, dígitos, «.», «_» o «-», 80 como máximo).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date like 2026-01-31T12:00:00Z.</source>
        <translation>«%1» debe ser una fecha como 2026-01-31T12:00:00Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lies outside the years this app has existed.</source>
        <translation>«%1» queda fuera de los años en que ha existido esta aplicación.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, too large for a bookmarks file.</source>
        <translation>El archivo ocupa más de %1 MB, demasiado para un archivo de marcadores.</translation>
    </message>
    <message>
        <source>The file is not a bookmarks file: it does not hold a JSON object.</source>
        <translation>El archivo no es un archivo de marcadores: no contiene un objeto JSON.</translation>
    </message>
    <message>
        <source>The file is not a Patient Reader bookmarks file (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>El archivo no es un archivo de marcadores de Patient Reader (su «format» no es «%1»).</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number.</source>
        <translation>La «version» del archivo debe ser un número entero.</translation>
    </message>
    <message>
        <source>The file has format version %1; this app reads version %2. It may come from a newer version of Patient Reader.</source>
        <translation>El archivo tiene la versión de formato %1; esta aplicación lee la versión %2. Puede proceder de una versión más reciente de Patient Reader.</translation>
    </message>
    <message>
        <source>The file has an unknown field &quot;%1&quot;.</source>
        <translation>El archivo tiene un campo desconocido «%1».</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;bookmarks&quot; must be a list.</source>
        <translation>«bookmarks» debe ser una lista en el archivo.</translation>
    </message>
    <message>
        <source>The file holds %1 bookmarks; at most %2 can be imported.</source>
        <translation>El archivo contiene %1 marcadores; se pueden importar %2 como máximo.</translation>
    </message>
    <message>
        <source>Bookmark %1 is not an object.</source>
        <translation>El marcador %1 no es un objeto.</translation>
    </message>
    <message>
        <source>Bookmark %1 repeats bookmark %2 (%3).</source>
        <translation>El marcador %1 repite el marcador %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>El archivo no es un JSON válido: %1.</translation>
    </message>
</context>
<context>
    <name>pr::BookmarkListModel</name>
    <message>
        <source>%1 (not in the FAQ shown now)</source>
        <translation>%1 (no está en las preguntas frecuentes que se muestran ahora)</translation>
    </message>
    <message>
        <source>%1. Your note: %2</source>
        <translation>%1. Su nota: %2</translation>
    </message>
    <message>
        <source>Bookmarked on %1</source>
        <translation>Añadido a marcadores el %1</translation>
    </message>
</context>
<context>
    <name>pr::BookmarksPanel</name>
    <message>
        <source>Read %1</source>
        <translation>Leída el %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your note for “%1” (for example: ask my doctor about this):</source>
        <translation>Su nota para «%1» (por ejemplo: preguntar esto a mi médico):</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>Leídos recientemente</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Ordenar:</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Los más recientes primero</translation>
    </message>
    <message>
        <source>FAQ order</source>
        <translation>Orden de las preguntas</translation>
    </message>
    <message>
        <source>No bookmarks yet. Press Ctrl+D on an answer to keep it here.</source>
        <translation>Aún no hay marcadores. Pulse Ctrl+D en una respuesta para guardarla aquí.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Edit &amp;note…</source>
        <translation>Editar &amp;nota…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Sort bookmarks</source>
        <translation>Ordenar los marcadores</translation>
    </message>
</context>
<context>
    <name>pr::CitationPanel</name>
    <message>
        <source>Choose a reference to see what a check of it found.</source>
        <translation>Elija una referencia para ver lo que encontró su comprobación.</translation>
    </message>
    <message>
        <source>RIS (*.ris)</source>
        <translation>RIS (*.ris)</translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json)</source>
        <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export all references</source>
        <translation>Exportar todas las referencias</translation>
    </message>
    <message>
        <source>Export reference</source>
        <translation>Exportar la referencia</translation>
    </message>
    <message>
        <source>References were not exported</source>
        <translation>No se exportaron las referencias</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>&amp;Estilo:</translation>
    </message>
    <message>
        <source>APA (author–date)</source>
        <translation>APA (autor-fecha)</translation>
    </message>
    <message>
        <source>Vancouver (numbered)</source>
        <translation>Vancouver (numerado)</translation>
    </message>
    <message>
        <source>Citation style</source>
        <translation>Estilo de cita</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>What the check of this reference found</source>
        <translation>Lo que encontró la comprobación de esta referencia</translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation>&amp;Copiar la cita</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export &amp;all…</source>
        <translation>Exportar &amp;todas…</translation>
    </message>
    <message>
        <source>In %1 style, with the checked details:</source>
        <translation>En estilo %1, con los datos comprobados:</translation>
    </message>
    <message>
        <source>In %1 style, as the source gives it:</source>
        <translation>En estilo %1, tal como lo da la fuente:</translation>
    </message>
    <message>
        <source>As the source lists it:</source>
        <translation>Tal como aparece en la lista de la fuente:</translation>
    </message>
    <message>
        <source>How it was checked: %1</source>
        <translation>Cómo se comprobó: %1</translation>
    </message>
    <message>
        <source>Citation copied in %1 style.</source>
        <translation>Cita copiada en estilo %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) saved to %1</source>
        <translation>
            <numerusform>%n referencia guardada en %1</numerusform>
            <numerusform>%n referencias guardadas en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::ComfortController</name>
    <message>
        <source>&amp;System (as the desktop)</source>
        <translation>&amp;Sistema (como el escritorio)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Default font</source>
        <translation>Letra &amp;predeterminada</translation>
    </message>
    <message>
        <source>D&amp;yslexia-friendly font (OpenDyslexic)</source>
        <translation>Letra para &amp;dislexia (OpenDyslexic)</translation>
    </message>
    <message>
        <source>D&amp;yslexia-friendly font (not installed)</source>
        <translation>Letra para &amp;dislexia (no instalada)</translation>
    </message>
    <message>
        <source>&amp;Larger line and word spacing</source>
        <translation>Más espacio entre &amp;líneas y palabras</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Reading &amp;font</source>
        <translation>&amp;Letra de lectura</translation>
    </message>
</context>
<context>
    <name>pr::CountdownOverlay</name>
    <message>
        <source>Are you still reading?</source>
        <translation>¿Sigue leyendo?</translation>
    </message>
    <message>
        <source>Keep reading</source>
        <translation>Seguir leyendo</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, this screen starts over in %n second(s).</source>
        <translation>
            <numerusform>Para proteger su privacidad, esta pantalla volverá a empezar en %n segundo.</numerusform>
            <numerusform>Para proteger su privacidad, esta pantalla volverá a empezar en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::ExternalLinkPolicy</name>
    <message>
        <source>Open a web page?</source>
        <translation>¿Abrir una página web?</translation>
    </message>
    <message>
        <source>This link leaves Patient Reader and opens in your web browser. It needs an internet connection.

%1</source>
        <translation>Este enlace sale de Patient Reader y se abre en su navegador web. Necesita conexión a internet.

%1</translation>
    </message>
</context>
<context>
    <name>pr::FindBar</name>
    <message>
        <source>&amp;Find in this answer:</source>
        <translation>&amp;Buscar en esta respuesta:</translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation>Palabra o frase</translation>
    </message>
    <message>
        <source>Find in this answer</source>
        <translation>Buscar en esta respuesta</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>pr::HandoutBuilder</name>
    <message>
        <source>Information to discuss with a clinician</source>
        <translation>Información para hablar con un profesional clínico</translation>
    </message>
    <message>
        <source>Original text, not a translation.</source>
        <translation>Texto original, no es una traducción.</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Editor: %1</translation>
    </message>
    <message>
        <source>FAQ: %1, version %2</source>
        <translation>Preguntas frecuentes: %1, versión %2</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <translation>Traducción: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Impreso: %1</translation>
    </message>
    <message>
        <source>This handout is information to discuss with a clinician. It is not advice from this app or from your clinic.</source>
        <translation>Esta hoja es información para hablar con un profesional clínico. No es un consejo de esta aplicación ni de su clínica.</translation>
    </message>
    <message>
        <source>Reference check: %1.</source>
        <translation>Comprobación de la referencia: %1.</translation>
    </message>
    <message>
        <source>References in this answer</source>
        <translation>Referencias de esta respuesta</translation>
    </message>
    <message>
        <source>This answer cites no references.</source>
        <translation>Esta respuesta no cita referencias.</translation>
    </message>
    <message>
        <source>This answer cites none of the references the source lists; they are printed, with what the reference check found, after the answers.</source>
        <translation>Esta respuesta no cita ninguna de las referencias que enumera la fuente; se imprimen después de las respuestas, con lo que encontró la comprobación.</translation>
    </message>
    <message>
        <source>References the source lists</source>
        <translation>Referencias que enumera la fuente</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>No questions yet. Mark an answer &quot;Ask my clinician&quot; or add your own question in the reader.</source>
        <translation>Todavía no hay preguntas. Marque una respuesta con «Preguntar a mi profesional» o añada su propia pregunta en el lector.</translation>
    </message>
    <message>
        <source>Space for the answer</source>
        <translation>Espacio para la respuesta</translation>
    </message>
</context>
<context>
    <name>pr::HandoutDialog</name>
    <message>
        <source>Handout for your appointment</source>
        <translation>Hoja para su cita</translation>
    </message>
    <message>
        <source>Answers to print</source>
        <translation>Respuestas para imprimir</translation>
    </message>
    <message>
        <source>Leave space to write the answers</source>
        <translation>Dejar espacio para escribir las respuestas</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message numerus="yes">
        <source>My questions (%n)</source>
        <translation>
            <numerusform>Mis preguntas (%n)</numerusform>
            <numerusform>Mis preguntas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>Choose what to take to your appointment. Each answer starts on a new page, with its references and where it comes from.</source>
        <translation>Elija qué llevar a su cita. Cada respuesta empieza en una página nueva, con sus referencias y su procedencia.</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Respuestas:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>The FAQ changed while this window was open (%1, version %2). The handout will be made from the FAQ shown now; check your choice.</source>
        <translation>Las preguntas frecuentes cambiaron mientras esta ventana estaba abierta (%1, versión %2). La hoja se hará con las que se muestran ahora; revise su elección.</translation>
    </message>
    <message>
        <source>No longer in the FAQ: %1.</source>
        <translation>Ya no están en las preguntas frecuentes: %1.</translation>
    </message>
    <message>
        <source>Choose at least one answer, or your questions.</source>
        <translation>Elija al menos una respuesta, o sus preguntas.</translation>
    </message>
    <message>
        <source>Making the handout…</source>
        <translation>Preparando la hoja…</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Vista previa de la hoja</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save a PDF instead, or ask for a printer to be added.</source>
        <translation>No hay ninguna impresora configurada en este equipo. Guarde un PDF o pida que se añada una impresora.</translation>
    </message>
    <message>
        <source>The printer %1 is not available.</source>
        <translation>La impresora %1 no está disponible.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Guardar la hoja</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>hoja</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>pr::HandoutFeature</name>
    <message>
        <source>Removed from my questions.</source>
        <translation>Quitada de mis preguntas.</translation>
    </message>
    <message>
        <source>Added to my questions.</source>
        <translation>Añadida a mis preguntas.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Handout saved to %1</source>
        <translation>Hoja guardada en %1</translation>
    </message>
    <message>
        <source>Your list is empty. Add questions with &quot;Ask my clinician&quot; or write your own.</source>
        <translation>Su lista está vacía. Añada preguntas con «Preguntar a mi profesional» o escriba las suyas.</translation>
    </message>
    <message>
        <source>Printing is not available right now. Here is a code for your phone instead.</source>
        <translation>Ahora no se puede imprimir. Aquí tiene un código para su teléfono.</translation>
    </message>
    <message>
        <source>The page could not be printed. Please ask the staff.</source>
        <translation>No se pudo imprimir la página. Pregunte al personal.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Your questions on your phone</source>
        <translation>Sus preguntas en su teléfono</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera: it shows your questions as text. Nothing is sent anywhere.</source>
        <translation>Escanee este código con la cámara de su teléfono: muestra sus preguntas como texto. No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>QR code of your questions</source>
        <translation>Código QR de sus preguntas</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) did not fit in the code. Write them down, or ask the staff to print them.</source>
        <translation>
            <numerusform>%n pregunta no cupo en el código. Anótela o pida al personal que la imprima.</numerusform>
            <numerusform>%n preguntas no cupieron en el código. Anótelas o pida al personal que las imprima.</numerusform>
        </translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>As&amp;k my clinician</source>
        <translation>Pre&amp;guntar a mi profesional</translation>
    </message>
    <message>
        <source>Add this question to my questions for the appointment (Ctrl+Shift+K)</source>
        <translation>Añadir esta pregunta a mis preguntas para la cita (Ctrl+Mayús+K)</translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation>&amp;Hoja para la cita…</translation>
    </message>
    <message>
        <source>Print or save the answers and my questions to take to the appointment</source>
        <translation>Imprimir o guardar las respuestas y mis preguntas para llevarlas a la cita</translation>
    </message>
    <message>
        <source>Print my questions</source>
        <translation>Imprimir mis preguntas</translation>
    </message>
    <message>
        <source>My questions on my phone</source>
        <translation>Mis preguntas en mi teléfono</translation>
    </message>
</context>
<context>
    <name>pr::HandoutPrinter</name>
    <message>
        <source>The handout could not be laid out.</source>
        <translation>No se pudo componer la hoja.</translation>
    </message>
    <message>
        <source>The handout could not be printed to PDF.</source>
        <translation>No se pudo imprimir la hoja en PDF.</translation>
    </message>
    <message>
        <source>There is nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name ending in .pdf.</source>
        <translation>%1 es una carpeta. Elija un nombre de archivo terminado en .pdf.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>No se puede escribir %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The handout could not be read back for printing.</source>
        <translation>No se pudo volver a leer la hoja para imprimirla.</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>No se pudo usar la impresora.</translation>
    </message>
</context>
<context>
    <name>pr::HandoutQrText</name>
    <message>
        <source>My questions for my clinician:</source>
        <translation>Mis preguntas para mi profesional:</translation>
    </message>
</context>
<context>
    <name>pr::HandoutSelection</name>
    <message>
        <source>no answer has the id %1 in the FAQ &quot;%2&quot;. Known ids: %3, or %4.</source>
        <translation>ninguna respuesta tiene el identificador %1 en «%2». Identificadores conocidos: %3, o %4.</translation>
    </message>
    <message>
        <source>nothing was chosen. Give answer ids separated by commas (%1), or %2.</source>
        <translation>no se eligió nada. Indique identificadores de respuestas separados por comas (%1), o %2.</translation>
    </message>
</context>
<context>
    <name>pr::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Patient Reader</source>
        <translation>A&amp;cerca de Patient Reader</translation>
    </message>
    <message>
        <source>Welcome to Patient Reader</source>
        <translation>Bienvenido a Patient Reader</translation>
    </message>
    <message>
        <source>This app shows patient information from the publisher named at the bottom of the window. It works without the internet.</source>
        <translation>Esta aplicación muestra información para pacientes del editor que se nombra al pie de la ventana. Funciona sin internet.</translation>
    </message>
    <message>
        <source>To find an answer, choose a question in the list, or type a word in the search box.</source>
        <translation>Para encontrar una respuesta, elija una pregunta de la lista o escriba una palabra en el cuadro de búsqueda.</translation>
    </message>
    <message>
        <source>To make the text bigger, choose Larger text. To keep an answer for later, bookmark it.</source>
        <translation>Para agrandar el texto, elija Texto más grande. Para guardar una respuesta para después, añádala a marcadores.</translation>
    </message>
    <message>
        <source>This is information to discuss with your clinician, not medical advice. You can see this card again from the Help menu.</source>
        <translation>Es información para hablar con su profesional de salud, no un consejo médico. Puede volver a ver esta tarjeta desde el menú Ayuda.</translation>
    </message>
    <message>
        <source>Start reading</source>
        <translation>Empezar a leer</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Move between the panels</source>
        <translation>Pasar de un panel a otro</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>An offline reader for trusted patient-education material.</source>
        <translation>Un lector sin conexión de información fiable para pacientes.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior. Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>Versión del contenido: %1</translation>
    </message>
    <message>
        <source>Publisher: not stated</source>
        <translation>Editor: no indicado</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Editor: %1</translation>
    </message>
    <message>
        <source>About Patient Reader</source>
        <translation>Acerca de Patient Reader</translation>
    </message>
</context>
<context>
    <name>pr::JsonParseMessage</name>
    <message>
        <source>a closing brace } is missing</source>
        <translation>falta una llave de cierre }</translation>
    </message>
    <message>
        <source>a colon : is missing after a name</source>
        <translation>faltan los dos puntos : después de un nombre</translation>
    </message>
    <message>
        <source>a closing bracket ] is missing</source>
        <translation>falta un corchete de cierre ]</translation>
    </message>
    <message>
        <source>a comma is missing between two values</source>
        <translation>falta una coma entre dos valores</translation>
    </message>
    <message>
        <source>a value is not valid JSON</source>
        <translation>un valor no es JSON válido</translation>
    </message>
    <message>
        <source>the text ends in the middle of a number</source>
        <translation>el texto termina en medio de un número</translation>
    </message>
    <message>
        <source>a number is not valid</source>
        <translation>un número no es válido</translation>
    </message>
    <message>
        <source>a backslash sequence in a text is not valid</source>
        <translation>una secuencia con barra invertida en un texto no es válida</translation>
    </message>
    <message>
        <source>some text is not valid UTF-8</source>
        <translation>parte del texto no es UTF-8 válido</translation>
    </message>
    <message>
        <source>a text is missing its closing quotation mark</source>
        <translation>a un texto le faltan las comillas de cierre</translation>
    </message>
    <message>
        <source>an object or a list was expected</source>
        <translation>se esperaba un objeto o una lista</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>something follows the end of the data</source>
        <translation>hay algo después del final de los datos</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (línea %2, columna %3)</translation>
    </message>
</context>
<context>
    <name>pr::KeyboardLayouts</name>
    <message>
        <source>layout &quot;%1&quot;: direction must be &quot;ltr&quot; or &quot;rtl&quot;</source>
        <translation>distribución «%1»: la dirección debe ser «ltr» o «rtl»</translation>
    </message>
    <message>
        <source>layout &quot;%1&quot; has no rows of keys</source>
        <translation>la distribución «%1» no tiene filas de teclas</translation>
    </message>
    <message>
        <source>layout &quot;%1&quot;, row %2: not a list of keys</source>
        <translation>distribución «%1», fila %2: no es una lista de teclas</translation>
    </message>
    <message>
        <source>layout &quot;%1&quot;, row %2: each key must be 1 to %3 characters of text</source>
        <translation>distribución «%1», fila %2: cada tecla debe tener de 1 a %3 caracteres de texto</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: no &quot;layouts&quot; object</source>
        <translation>%1: falta el objeto «layouts»</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 no es JSON válido: %2</translation>
    </message>
</context>
<context>
    <name>pr::KioskController</name>
    <message>
        <source>the visitor&apos;s bookmarks could not be wiped</source>
        <translation>no se pudieron borrar los marcadores del visitante</translation>
    </message>
    <message>
        <source>No admin PIN is set up on this kiosk, so it cannot be left from the screen. An administrator can set one with &quot;sudo patient-reader --kiosk-setup&quot;, and stop the kiosk from outside meanwhile.</source>
        <translation>Este quiosco no tiene un PIN de administración, así que no se puede salir desde la pantalla. Un administrador puede establecerlo con «sudo patient-reader --kiosk-setup» y, mientras tanto, detener el quiosco desde fuera.</translation>
    </message>
    <message>
        <source>Print this answer</source>
        <translation>Imprimir esta respuesta</translation>
    </message>
    <message>
        <source>Printing is not available right now. Please ask the staff.</source>
        <translation>Ahora no se puede imprimir. Pregunte al personal.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>The page could not be printed. Please ask the staff.</source>
        <translation>No se pudo imprimir la página. Pregunte al personal.</translation>
    </message>
</context>
<context>
    <name>pr::KioskSettings</name>
    <message>
        <source>%1: &quot;%2&quot; is not true or false; using %3.</source>
        <translation>%1: «%2» no es true ni false; se usa %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number; using %3.</source>
        <translation>%1: «%2» no es un número entero; se usa %3.</translation>
    </message>
    <message>
        <source>%1: %2 is below the minimum of %3; using %3.</source>
        <translation>%1: %2 está por debajo del mínimo de %3; se usa %3.</translation>
    </message>
    <message>
        <source>%1: %2 is above the maximum of %3; using %3.</source>
        <translation>%1: %2 está por encima del máximo de %3; se usa %3.</translation>
    </message>
    <message>
        <source>No admin PIN is set up: the kiosk cannot be left from the screen. Set one with faqpack kiosk-setup --pin-stdin.</source>
        <translation>No hay un PIN de administración configurado: no se puede salir del quiosco desde la pantalla. Configure uno con faqpack kiosk-setup --pin-stdin.</translation>
    </message>
    <message>
        <source>%1 is not a PIN hash made by faqpack kiosk-setup: no PIN will be accepted.</source>
        <translation>%1 no es un hash de PIN creado con faqpack kiosk-setup: no se aceptará ningún PIN.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a language code; left out.</source>
        <translation>%1: «%2» no es un código de idioma; se omite.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a language code.</source>
        <translation>%1: «%2» no es un código de idioma.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not among the allowed languages; added to them.</source>
        <translation>%1: «%2» no está entre los idiomas permitidos; se ha añadido.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters; cut short.</source>
        <translation>%1 tiene más de %2 caracteres; se ha acortado.</translation>
    </message>
    <message>
        <source>%1; using the defaults.</source>
        <translation>%1; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>%1 can be changed by other users; it should be writable by root only (faqpack kiosk-setup sets this).</source>
        <translation>Otros usuarios pueden modificar %1; solo root debería poder escribir en él (faqpack kiosk-setup lo deja así).</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1 can be read by every user, and it holds the admin PIN&apos;s hash; it should be readable by root and the kiosk&apos;s group only (faqpack kiosk-setup sets this).</source>
        <translation>Cualquier usuario puede leer %1, y contiene el hash del PIN de administración; solo root y el grupo del quiosco deberían poder leerlo (faqpack kiosk-setup lo deja así).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a theme (system, light, dark, high-contrast); the system theme is used.</source>
        <translation>%1: «%2» no es un tema (system, light, dark, high-contrast); se usa el tema del sistema.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a reading font (default, dyslexic, spaced); the default font is used.</source>
        <translation>%1: «%2» no es una letra de lectura (default, dyslexic, spaced); se usa la predeterminada.</translation>
    </message>
</context>
<context>
    <name>pr::KioskSettingsWriter</name>
    <message>
        <source>The admin PIN hash is not valid; nothing was written.</source>
        <translation>El hash del PIN de administración no es válido; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1; nothing was written.</source>
        <translation>%1; no se escribió nada.</translation>
    </message>
    <message>
        <source>Cannot write %1 (are you root?): %2</source>
        <translation>No se puede escribir %1 (¿es usted root?): %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private; nothing was written.</source>
        <translation>No se puede hacer privado %1; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>pr::KioskSetupDialog</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Start in kiosk mode (without --kiosk)</source>
        <translation>Iniciar en modo quiosco (sin --kiosk)</translation>
    </message>
    <message>
        <source>New admin PIN</source>
        <translation>Nuevo PIN de administración</translation>
    </message>
    <message>
        <source>New admin PIN again</source>
        <translation>Nuevo PIN de administración otra vez</translation>
    </message>
    <message>
        <source>Visitors may print an answer</source>
        <translation>Los visitantes pueden imprimir una respuesta</translation>
    </message>
    <message>
        <source>Kiosk setup</source>
        <translation>Configuración del quiosco</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Déjelo vacío para conservar el PIN actual</translation>
    </message>
    <message numerus="yes">
        <source>At least %n digits</source>
        <translation>
            <numerusform>Al menos %n dígito</numerusform>
            <numerusform>Al menos %n dígitos</numerusform>
        </translation>
    </message>
    <message>
        <source>Languages a visitor may choose</source>
        <translation>Idiomas que puede elegir un visitante</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>La impresora predeterminada del sistema</translation>
    </message>
    <message>
        <source>%1 (not found now)</source>
        <translation>%1 (no se encuentra ahora)</translation>
    </message>
    <message>
        <source>Empty: the kiosk rests on the home screen</source>
        <translation>Vacío: el quiosco se queda en la pantalla de inicio</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Countdown starts after (no input)</source>
        <translation>La cuenta atrás empieza tras (sin actividad)</translation>
    </message>
    <message>
        <source>Countdown lasts</source>
        <translation>La cuenta atrás dura</translation>
    </message>
    <message>
        <source>Repeat the new PIN</source>
        <translation>Repita el nuevo PIN</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Starts in</source>
        <translation>Empieza en</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Attract screen text</source>
        <translation>Texto de la pantalla de bienvenida</translation>
    </message>
    <message>
        <source>Saves to %1. Only the PIN&apos;s salted hash is stored.</source>
        <translation>Se guarda en %1. Solo se almacena el hash con sal del PIN.</translation>
    </message>
    <message>
        <source>Type the new PIN in both PIN fields.</source>
        <translation>Escriba el nuevo PIN en los dos campos de PIN.</translation>
    </message>
    <message>
        <source>Set an admin PIN: without one, staff cannot leave the kiosk from the screen.</source>
        <translation>Establezca un PIN de administración: sin él, el personal no puede salir del quiosco desde la pantalla.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>Elija al menos un idioma.</translation>
    </message>
    <message numerus="yes">
        <source>The attract screen text is longer than %n characters.</source>
        <translation>
            <numerusform>El texto de la pantalla de bienvenida supera %n carácter.</numerusform>
            <numerusform>El texto de la pantalla de bienvenida supera los %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Show only content signed with a trusted key</source>
        <translation>Mostrar solo contenido firmado con una clave de confianza</translation>
    </message>
    <message>
        <source>Visitors may have answers read aloud</source>
        <translation>Los visitantes pueden escuchar las respuestas en voz alta</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Dyslexia-friendly font (OpenDyslexic)</source>
        <translation>Letra para dislexia (OpenDyslexic)</translation>
    </message>
    <message>
        <source>Theme for each visitor</source>
        <translation>Tema para cada visitante</translation>
    </message>
    <message>
        <source>Reading font for each visitor</source>
        <translation>Letra de lectura para cada visitante</translation>
    </message>
    <message>
        <source>System (as the desktop)</source>
        <translation>Sistema (como el escritorio)</translation>
    </message>
    <message>
        <source>Default font</source>
        <translation>Letra predeterminada</translation>
    </message>
    <message>
        <source>Larger line and word spacing</source>
        <translation>Más espacio entre líneas y palabras</translation>
    </message>
</context>
<context>
    <name>pr::KioskShell</name>
    <message>
        <source>Answers to common questions, as the publisher wrote them. Tap a question to read its answer, or search.</source>
        <translation>Respuestas a preguntas frecuentes, tal como las escribió el editor. Toque una pregunta para leer su respuesta, o busque.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Home: all questions</source>
        <translation>Inicio: todas las preguntas</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Sources of this answer</source>
        <translation>Fuentes de esta respuesta</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>My questions for the appointment</source>
        <translation>Mis preguntas para la cita</translation>
    </message>
    <message>
        <source>Answer controls</source>
        <translation>Controles de la respuesta</translation>
    </message>
</context>
<context>
    <name>pr::KioskSourcesPanel</name>
    <message>
        <source>The publisher of this answer lists these sources. Under each is what a check against public records found.</source>
        <translation>El editor de esta respuesta cita estas fuentes. Debajo de cada una está lo que encontró una comprobación en registros públicos.</translation>
    </message>
    <message>
        <source>This answer names no source of its own. These are the sources the publisher lists for the whole FAQ.</source>
        <translation>Esta respuesta no cita ninguna fuente propia. Estas son las fuentes que el editor cita para todas las preguntas frecuentes.</translation>
    </message>
    <message>
        <source>What the check found:</source>
        <translation>Lo que encontró la comprobación:</translation>
    </message>
    <message>
        <source>The publisher lists no sources.</source>
        <translation>El editor no cita ninguna fuente.</translation>
    </message>
    <message>
        <source>Sources of this answer</source>
        <translation>Fuentes de esta respuesta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>pr::LanguageSwitcher</name>
    <message>
        <source>Translation not checked by a clinician</source>
        <translation>Traducción no revisada por un profesional clínico</translation>
    </message>
    <message>
        <source>no language pack for &quot;%1&quot; is installed</source>
        <translation>no hay ningún paquete de idioma instalado para «%1»</translation>
    </message>
    <message>
        <source>%1 cannot be used: why?</source>
        <translation>%1 no se puede usar: ¿por qué?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pr::MainWindow</name>
    <message>
        <source>Patient Reader</source>
        <translation>Patient Reader</translation>
    </message>
    <message>
        <source>%1 — Patient Reader</source>
        <translation>%1 — Patient Reader</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Choose a question to read its answer. Use the arrow keys to move.</source>
        <translation>Elija una pregunta para leer su respuesta. Use las teclas de flecha para moverse.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation>Adelante (Alt+Derecha)</translation>
    </message>
    <message>
        <source>All &amp;questions</source>
        <translation>Todas las &amp;preguntas</translation>
    </message>
    <message>
        <source>Show all questions (Alt+Home)</source>
        <translation>Mostrar todas las preguntas (Alt+Inicio)</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>Pregunta &amp;anterior</translation>
    </message>
    <message>
        <source>Previous question (Ctrl+Page Up)</source>
        <translation>Pregunta anterior (Ctrl+Re Pág)</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Pregunta &amp;siguiente</translation>
    </message>
    <message>
        <source>Next question (Ctrl+Page Down)</source>
        <translation>Pregunta siguiente (Ctrl+Av Pág)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>Make the text larger (Ctrl++)</source>
        <translation>Agrandar el texto (Ctrl++)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>Make the text smaller (Ctrl+-)</source>
        <translation>Reducir el texto (Ctrl+-)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>Normal text size (Ctrl+0)</source>
        <translation>Tamaño de texto normal (Ctrl+0)</translation>
    </message>
    <message>
        <source>Clear &amp;highlights</source>
        <translation>Quitar &amp;resaltados</translation>
    </message>
    <message>
        <source>Remove the search highlights (Esc)</source>
        <translation>Quitar el resaltado de la búsqueda (Esc)</translation>
    </message>
    <message>
        <source>&amp;Open pack folder…</source>
        <translation>Abrir &amp;carpeta de paquete…</translation>
    </message>
    <message>
        <source>Read a content pack from a folder</source>
        <translation>Leer un paquete de contenido desde una carpeta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Patient Reader</source>
        <translation>Salir de Patient Reader</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Publisher: %1 · %2</source>
        <translation>Editor: %1 · %2</translation>
    </message>
    <message>
        <source>Open a pack folder</source>
        <translation>Abrir una carpeta de paquete</translation>
    </message>
    <message>
        <source>This pack cannot be read</source>
        <translation>No se puede leer este paquete</translation>
    </message>
    <message>
        <source>The pack in %1 has problems, so the current one stays open.</source>
        <translation>El paquete de %1 tiene problemas, así que sigue abierto el actual.</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Bookmar&amp;k</source>
        <translation>Añadir a &amp;marcadores</translation>
    </message>
    <message>
        <source>Bookmark this answer (Ctrl+D)</source>
        <translation>Añadir esta respuesta a marcadores (Ctrl+D)</translation>
    </message>
    <message>
        <source>Bookmark with a &amp;note…</source>
        <translation>Añadir a marcadores con una &amp;nota…</translation>
    </message>
    <message>
        <source>Bookmark this answer and write a note (Ctrl+Shift+D)</source>
        <translation>Añadir esta respuesta a marcadores y escribir una nota (Ctrl+Mayús+D)</translation>
    </message>
    <message>
        <source>&amp;Export bookmarks…</source>
        <translation>&amp;Exportar marcadores…</translation>
    </message>
    <message>
        <source>Save your bookmarks to a file</source>
        <translation>Guardar sus marcadores en un archivo</translation>
    </message>
    <message>
        <source>&amp;Import bookmarks…</source>
        <translation>&amp;Importar marcadores…</translation>
    </message>
    <message>
        <source>Add bookmarks from a file</source>
        <translation>Añadir marcadores desde un archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Bookmarked. Add a note with Ctrl+Shift+D.</source>
        <translation>Añadida a marcadores. Añada una nota con Ctrl+Mayús+D.</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>Exportar marcadores</translation>
    </message>
    <message>
        <source>Bookmarks (*.json)</source>
        <translation>Marcadores (*.json)</translation>
    </message>
    <message>
        <source>Bookmarks saved to %1</source>
        <translation>Marcadores guardados en %1</translation>
    </message>
    <message>
        <source>Bookmarks were not exported</source>
        <translation>No se exportaron los marcadores</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>Importar marcadores</translation>
    </message>
    <message>
        <source>Bookmarks were not imported</source>
        <translation>No se importaron los marcadores</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s) added</source>
        <translation>
            <numerusform>%n marcador añadido</numerusform>
            <numerusform>%n marcadores añadidos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>Open a language &amp;pack…</source>
        <translation>Abrir un &amp;paquete de idioma…</translation>
    </message>
    <message>
        <source>Open a language pack</source>
        <translation>Abrir un paquete de idioma</translation>
    </message>
    <message>
        <source>Language packs (*.prpack);;Pack folders&apos; manifest (manifest.json)</source>
        <translation>Paquetes de idioma (*.prpack);;Manifiesto de la carpeta de paquete (manifest.json)</translation>
    </message>
    <message>
        <source>This language pack cannot be used</source>
        <translation>No se puede usar este paquete de idioma</translation>
    </message>
    <message>
        <source>%1 has problems, so the language stays as it was.</source>
        <translation>%1 tiene problemas, así que el idioma sigue igual.</translation>
    </message>
    <message>
        <source>Language pack loaded with warnings</source>
        <translation>Paquete de idioma cargado con advertencias</translation>
    </message>
    <message>
        <source>%1 was loaded. Some answers may be out of date.</source>
        <translation>Se cargó %1. Puede que algunas respuestas no estén actualizadas.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print this answer (Ctrl+P)</source>
        <translation>Imprimir esta respuesta (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Translator preview (side by side)</source>
        <translation>Vista previa para &amp;traductores (lado a lado)</translation>
    </message>
    <message>
        <source>Problems in the language pack</source>
        <translation>Problemas en el paquete de idioma</translation>
    </message>
    <message>
        <source>You were reading “%1”. It opens where you left off.</source>
        <translation>Estaba leyendo «%1». Se abre donde lo dejó.</translation>
    </message>
    <message>
        <source>Go to the top</source>
        <translation>Ir al principio</translation>
    </message>
    <message>
        <source>Next &amp;panel</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Move to the next panel (F6)</source>
        <translation>Ir al panel siguiente (F6)</translation>
    </message>
    <message>
        <source>Previous p&amp;anel</source>
        <translation>P&amp;anel anterior</translation>
    </message>
    <message>
        <source>Move to the previous panel (Shift+F6)</source>
        <translation>Ir al panel anterior (Mayús+F6)</translation>
    </message>
    <message>
        <source>Bookmark and its note removed.</source>
        <translation>Marcador y su nota eliminados.</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>Marcador eliminado.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Search all answers</source>
        <translation>&amp;Buscar en todas las respuestas</translation>
    </message>
    <message>
        <source>Search all the answers (Ctrl+Shift+F or /)</source>
        <translation>Buscar en todas las respuestas (Ctrl+Mayús+F o /)</translation>
    </message>
    <message>
        <source>&amp;Find in this answer…</source>
        <translation>Buscar en esta &amp;respuesta…</translation>
    </message>
    <message>
        <source>Find a word in this answer (Ctrl+F)</source>
        <translation>Buscar una palabra en esta respuesta (Ctrl+F)</translation>
    </message>
    <message>
        <source>Problems in the pack</source>
        <translation>Problemas en el paquete</translation>
    </message>
</context>
<context>
    <name>pr::MyQuestion</name>
    <message>
        <source>The question is empty.</source>
        <translation>La pregunta está vacía.</translation>
    </message>
    <message>
        <source>The question is longer than %1 characters.</source>
        <translation>La pregunta tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The question holds a control character.</source>
        <translation>La pregunta contiene un carácter de control.</translation>
    </message>
</context>
<context>
    <name>pr::MyQuestionsModel</name>
    <message>
        <source>%1 (not in the FAQ shown now)</source>
        <translation>%1 (no está en las preguntas frecuentes que se muestran)</translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation>Su propia pregunta</translation>
    </message>
    <message>
        <source>A question from the FAQ</source>
        <translation>Una pregunta de las preguntas frecuentes</translation>
    </message>
</context>
<context>
    <name>pr::MyQuestionsPanel</name>
    <message>
        <source>The question could not be added: the list holds at most %1.</source>
        <translation>No se pudo añadir la pregunta: la lista admite como máximo %1.</translation>
    </message>
    <message>
        <source>Questions to ask at your appointment. Drag to reorder, or use Ctrl+Up and Ctrl+Down.</source>
        <translation>Preguntas para hacer en su cita. Arrastre para reordenar, o use Ctrl+Arriba y Ctrl+Abajo.</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move a question; Delete removes it; F2 edits your own.</source>
        <translation>Ctrl+Arriba y Ctrl+Abajo mueven una pregunta; Supr la quita; F2 edita las suyas.</translation>
    </message>
    <message>
        <source>Write your own question…</source>
        <translation>Escriba su propia pregunta…</translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation>Su propia pregunta</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Subir (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Bajar (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>Quitar (Supr)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Handout…</source>
        <translation>Hoja para la cita…</translation>
    </message>
</context>
<context>
    <name>pr::OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Teclado en pantalla</translation>
    </message>
    <message>
        <source>Keyboard: %1</source>
        <translation>Teclado: %1</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letras</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Ocultar el teclado</translation>
    </message>
</context>
<context>
    <name>pr::OpenReport</name>
    <message>
        <source>Your saved bookmarks file was damaged or could not be read by this version of Patient Reader. It has been kept as a backup at %1.</source>
        <translation>Su archivo de marcadores guardado estaba dañado o esta versión de Patient Reader no pudo leerlo. Se ha conservado una copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>Patient Reader has started a new, empty bookmarks file.</source>
        <translation>Patient Reader ha empezado un archivo de marcadores nuevo y vacío.</translation>
    </message>
    <message>
        <source>Patient Reader cannot save to %1.</source>
        <translation>Patient Reader no puede guardar en %1.</translation>
    </message>
    <message>
        <source>Your saved bookmarks are shown, but changes you make now will be lost when you close the app.</source>
        <translation>Se muestran sus marcadores guardados, pero los cambios que haga ahora se perderán al cerrar la aplicación.</translation>
    </message>
    <message>
        <source>Bookmarks you add now will be lost when you close the app.</source>
        <translation>Los marcadores que añada ahora se perderán al cerrar la aplicación.</translation>
    </message>
    <message>
        <source>To keep them, export your bookmarks to a file before closing.</source>
        <translation>Para conservarlos, exporte sus marcadores a un archivo antes de cerrar.</translation>
    </message>
    <message>
        <source>Your saved bookmarks file had a journal file beside it that did not belong to it. Every file was kept as a backup at %1, and your bookmarks were restored from it.</source>
        <translation>Junto a su archivo de marcadores guardado había un archivo de registro que no le pertenecía. Todos los archivos se guardaron como copia de seguridad en %1, y sus marcadores se recuperaron de ella.</translation>
    </message>
</context>
<context>
    <name>pr::PageNumberStamper</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The printed document has no pages.</source>
        <translation>El documento impreso no tiene páginas.</translation>
    </message>
    <message>
        <source>The page numbers could not be made.</source>
        <translation>No se pudieron crear los números de página.</translation>
    </message>
    <message>
        <source>The page numbers could not be added: %1</source>
        <translation>No se pudieron añadir los números de página: %1</translation>
    </message>
</context>
<context>
    <name>pr::PinGuard</name>
    <message numerus="yes">
        <source>Try again in %n s.</source>
        <translation>
            <numerusform>Vuelva a intentarlo en %n s.</numerusform>
            <numerusform>Vuelva a intentarlo en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>pr::PinHash</name>
    <message>
        <source>The PIN is empty.</source>
        <translation>El PIN está vacío.</translation>
    </message>
    <message>
        <source>The PIN must be digits only.</source>
        <translation>El PIN solo puede tener dígitos.</translation>
    </message>
    <message>
        <source>The PIN must have at least %1 digits.</source>
        <translation>El PIN debe tener al menos %1 dígitos.</translation>
    </message>
    <message>
        <source>The PIN must have at most %1 digits.</source>
        <translation>El PIN debe tener como máximo %1 dígitos.</translation>
    </message>
</context>
<context>
    <name>pr::PinPanel</name>
    <message>
        <source>Leave the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Solo para el personal</translation>
    </message>
    <message>
        <source>Enter the admin PIN to leave the kiosk.</source>
        <translation>Introduzca el PIN de administración para salir del quiosco.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administración</translation>
    </message>
    <message>
        <source>PIN check</source>
        <translation>Comprobación del PIN</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>pr::QrCode</name>
    <message>
        <source>There is no address to put in a QR code.</source>
        <translation>No hay ninguna dirección que poner en un código QR.</translation>
    </message>
    <message>
        <source>The address contains a NUL character.</source>
        <translation>La dirección contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>The address is too long for a QR code: %1 bytes, at most %2.</source>
        <translation>La dirección es demasiado larga para un código QR: %1 bytes, %2 como máximo.</translation>
    </message>
    <message>
        <source>The address is too long for a QR code.</source>
        <translation>La dirección es demasiado larga para un código QR.</translation>
    </message>
    <message>
        <source>The QR code could not be made (error %1).</source>
        <translation>No se pudo crear el código QR (error %1).</translation>
    </message>
</context>
<context>
    <name>pr::QtSpeechEngine</name>
    <message>
        <source>Read aloud is not available: no speech engine is installed.</source>
        <translation>La lectura en voz alta no está disponible: no hay ningún motor de voz instalado.</translation>
    </message>
    <message>
        <source>Read aloud is not available: the speech engine does not work (%1).</source>
        <translation>La lectura en voz alta no está disponible: el motor de voz no funciona (%1).</translation>
    </message>
    <message>
        <source>Read aloud is not available: no %1 voice is installed.</source>
        <translation>La lectura en voz alta no está disponible: no hay ninguna voz instalada para %1.</translation>
    </message>
    <message>
        <source>The speech engine stopped working (%1).</source>
        <translation>El motor de voz dejó de funcionar (%1).</translation>
    </message>
    <message>
        <source>Read aloud is getting ready. Try again in a moment.</source>
        <translation>La lectura en voz alta se está preparando. Vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>pr::QuestionListModel</name>
    <message>
        <source>%1 (bookmarked)</source>
        <translation>%1 (en marcadores)</translation>
    </message>
</context>
<context>
    <name>pr::ReadAloudController</name>
    <message>
        <source>Open an answer to read it aloud.</source>
        <translation>Abra una respuesta para leerla en voz alta.</translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation>&amp;Leer en voz alta</translation>
    </message>
    <message>
        <source>Read this answer aloud (Ctrl+R)</source>
        <translation>Leer esta respuesta en voz alta (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>&amp;Pausar la lectura</translation>
    </message>
    <message>
        <source>Pause reading (Ctrl+R)</source>
        <translation>Pausar la lectura (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Resume reading</source>
        <translation>&amp;Seguir leyendo</translation>
    </message>
    <message>
        <source>Go on reading from this sentence (Ctrl+R)</source>
        <translation>Seguir leyendo desde esta frase (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Detener la lectura</translation>
    </message>
    <message>
        <source>Stop reading aloud (Ctrl+Shift+R)</source>
        <translation>Detener la lectura en voz alta (Ctrl+Mayús+R)</translation>
    </message>
</context>
<context>
    <name>pr::ReadAloudToolBar</name>
    <message>
        <source>Read aloud</source>
        <translation>Lectura en voz alta</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>&amp;Velocidad:</translation>
    </message>
    <message>
        <source>Very slow</source>
        <translation>Muy lenta</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Lenta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Rápida</translation>
    </message>
    <message>
        <source>Very fast</source>
        <translation>Muy rápida</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Velocidad de lectura</translation>
    </message>
    <message>
        <source>How fast the answer is read aloud</source>
        <translation>Con qué rapidez se lee en voz alta la respuesta</translation>
    </message>
</context>
<context>
    <name>pr::SafetyNoticePanel</name>
    <message>
        <source>QR code of these help lines</source>
        <translation>Código QR de estas líneas de ayuda</translation>
    </message>
    <message>
        <source>Scan with your phone to keep these help lines.</source>
        <translation>Escanéelo con su teléfono para guardar estas líneas de ayuda.</translation>
    </message>
    <message>
        <source>Print these help lines</source>
        <translation>Imprimir estas líneas de ayuda</translation>
    </message>
</context>
<context>
    <name>pr::SearchPanel</name>
    <message numerus="yes">
        <source>%n answer(s) match well</source>
        <translation>
            <numerusform>%n respuesta coincide bien</numerusform>
            <numerusform>%n respuestas coinciden bien</numerusform>
        </translation>
    </message>
    <message>
        <source>This FAQ does not answer “%1”.</source>
        <translation>Estas preguntas frecuentes no responden a «%1».</translation>
    </message>
    <message>
        <source>Please ask your clinic or your clinician about it.</source>
        <translation>Pregunte a su clínica o a su profesional de la salud.</translation>
    </message>
    <message>
        <source>Related questions (they do not answer it)</source>
        <translation>Preguntas relacionadas (no responden a su pregunta)</translation>
    </message>
    <message>
        <source>Related questions</source>
        <translation>Preguntas relacionadas</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>¿Quiso decir «%1»?</translation>
    </message>
    <message>
        <source>Search the answers</source>
        <translation>Buscar en las respuestas</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Show all questions</source>
        <translation>Mostrar todas las preguntas</translation>
    </message>
    <message>
        <source>Search, for example “cost”</source>
        <translation>Buscar, por ejemplo «costo»</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Search, for example “cost” (Ctrl+Shift+F)</source>
        <translation>Buscar, por ejemplo «costo» (Ctrl+Mayús+F)</translation>
    </message>
</context>
<context>
    <name>pr::SearchResultsModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>pr::SessionWiper</name>
    <message>
        <source>nothing is registered to wipe it</source>
        <translation>no hay nada registrado para borrarlo</translation>
    </message>
    <message>
        <source>it failed with an unknown error</source>
        <translation>falló con un error desconocido</translation>
    </message>
</context>
<context>
    <name>pr::SpeechBackend</name>
    <message>
        <source>No voice is chosen.</source>
        <translation>No se ha elegido ninguna voz.</translation>
    </message>
</context>
<context>
    <name>pr::TranslatorPreview</name>
    <message>
        <source>Translator preview: source and translation</source>
        <translation>Vista previa para traductores: original y traducción</translation>
    </message>
    <message>
        <source>Source answer</source>
        <translation>Respuesta original</translation>
    </message>
    <message>
        <source>Translated answer</source>
        <translation>Respuesta traducida</translation>
    </message>
    <message>
        <source>Unsigned draft: readers see “Not verified” until a trusted key signs this translation (faqpack sign).</source>
        <translation>Borrador sin firmar: los lectores verán «No verificado» hasta que una clave de confianza firme esta traducción (faqpack sign).</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <source>Translation: none chosen (the source is shown on both sides)</source>
        <translation>Traducción: ninguna elegida (se muestra el original en los dos lados)</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <translation>Traducción: %1</translation>
    </message>
    <message>
        <source>Problems in the language pack: %1</source>
        <translation>Problemas en el paquete de idioma: %1</translation>
    </message>
    <message>
        <source>Problems in the language pack</source>
        <translation>Problemas en el paquete de idioma</translation>
    </message>
</context>
<context>
    <name>pr::UserStore</name>
    <message>
        <source>The bookmarks could not be saved.</source>
        <translation>No se pudieron guardar los marcadores.</translation>
    </message>
    <message>
        <source>A bookmark is not valid: %1.</source>
        <translation>Un marcador no es válido: %1.</translation>
    </message>
</context>
<context>
    <name>pr::ZoomIndicator</name>
    <message>
        <source>Text size %1</source>
        <translation>Tamaño del texto %1</translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation>Tamaño normal</translation>
    </message>
    <message>
        <source>Back to the normal text size (Ctrl+0)</source>
        <translation>Volver al tamaño normal del texto (Ctrl+0)</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Tamaño normal del texto</translation>
    </message>
</context>
</TS>
