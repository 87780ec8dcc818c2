<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BookmarkCommands</name>
    <message>
        <source>remove bookmark “%1”</source>
        <translation>إزالة «%1» من الإشارات المرجعية</translation>
    </message>
    <message>
        <source>bookmark “%1”</source>
        <translation>إضافة «%1» إلى الإشارات المرجعية</translation>
    </message>
</context>
<context>
    <name>CitationPanel</name>
    <message>
        <source>cited here as [%1]</source>
        <translation>مذكور هنا بالرقم [%1]</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>Whose words these are</source>
        <translation>لمن هذه الكلمات</translation>
    </message>
    <message>
        <source>This answer is the publisher’s text, reproduced as published (publisher: %1). It is not advice from this app or from your clinic.</source>
        <translation>هذه الإجابة هي نص الناشر، منقول كما نُشر (الناشر: %1). وهي ليست نصيحة من هذا التطبيق ولا من عيادتك.</translation>
    </message>
    <message>
        <source>Last reviewed: not stated by the publisher</source>
        <translation>آخر مراجعة: لم يذكرها الناشر</translation>
    </message>
    <message>
        <source>Last reviewed: %1</source>
        <translation>آخر مراجعة: %1</translation>
    </message>
    <message>
        <source>not included in this offline edition</source>
        <translation>غير مضمَّن في هذه النسخة غير المتصلة</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>انظر أيضًا</translation>
    </message>
    <message>
        <source>Answers that refer to this one</source>
        <translation>إجابات تحيل إلى هذه الإجابة</translation>
    </message>
    <message>
        <source>About this information</source>
        <translation>حول هذه المعلومات</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>الناشر: %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Offline edition %1 of %2</source>
        <translation>النسخة غير المتصلة %1 بتاريخ %2</translation>
    </message>
    <message>
        <source>This page is not in the FAQ</source>
        <translation>هذه الصفحة ليست ضمن الأسئلة الشائعة</translation>
    </message>
    <message>
        <source>Nothing here is called “%1”.</source>
        <translation>لا يوجد هنا شيء باسم «%1».</translation>
    </message>
    <message>
        <source>Back to all questions</source>
        <translation>العودة إلى كل الأسئلة</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>رمز QR لـ %1</translation>
    </message>
    <message>
        <source>Scan with your phone to read the source later.</source>
        <translation>امسح الرمز بهاتفك لقراءة المصدر لاحقًا.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>This pack cannot be read</source>
        <translation>تتعذّر قراءة هذه الحزمة</translation>
    </message>
    <message>
        <source>The pack in %1 has problems. The bundled FAQ opens instead.</source>
        <translation>الحزمة الموجودة في %1 فيها مشكلات. ستُفتح بدلًا منها الأسئلة الشائعة المرفقة بالتطبيق.</translation>
    </message>
    <message>
        <source>Your bookmarks</source>
        <translation>إشاراتك المرجعية</translation>
    </message>
</context>
<context>
    <name>ReferenceCheck</name>
    <message>
        <source>The check found this work in public records, but could not verify some of the details the source gives (such as volume, issue or pages).</source>
        <translation>عثر التحقق على هذا العمل في السجلات العامة، لكنه لم يتمكن من التحقق من بعض التفاصيل التي يذكرها المصدر (مثل المجلد أو العدد أو الصفحات).</translation>
    </message>
    <message>
        <source>Details not verified</source>
        <translation>تفاصيل غير متحقق منها</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Details differ</source>
        <translation>تختلف بعض التفاصيل</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>لم يُعثر عليه</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>لم يُتحقَّق منه</translation>
    </message>
    <message>
        <source>Incomplete in the source</source>
        <translation>غير مكتمل في المصدر</translation>
    </message>
    <message>
        <source>The check found this work in public records, as the source gives it.</source>
        <translation>وجد التحقق هذا العمل في السجلات العامة كما يذكره المصدر.</translation>
    </message>
    <message>
        <source>The check found this work in public records, but some details differ from the source.</source>
        <translation>وجد التحقق هذا العمل في السجلات العامة، لكن بعض التفاصيل تختلف عمّا في المصدر.</translation>
    </message>
    <message>
        <source>The check could not find this work in public records. The details shown are the source&apos;s own and are unconfirmed.</source>
        <translation>لم يجد التحقق هذا العمل في السجلات العامة. التفاصيل المعروضة هي ما يذكره المصدر، وهي غير مؤكَّدة.</translation>
    </message>
    <message>
        <source>This reference has not been checked.</source>
        <translation>لم يُتحقَّق من هذا المرجع.</translation>
    </message>
    <message>
        <source>The source&apos;s text of this reference is cut off.</source>
        <translation>نص هذا المرجع مبتور في المصدر.</translation>
    </message>
    <message>
        <source>published %1 (the source gives no year)</source>
        <translation>نُشر في %1 (لا يذكر المصدر السنة)</translation>
    </message>
    <message>
        <source>published %1, not %2</source>
        <translation>نُشر في %1، وليس في %2</translation>
    </message>
    <message>
        <source>the source leaves out an author: %1</source>
        <translation>يُغفل المصدر مؤلفًا: %1</translation>
    </message>
    <message>
        <source>the source leaves out %1 authors: %2</source>
        <translation>يُغفل المصدر مؤلفين عددهم %1: %2</translation>
    </message>
    <message>
        <source>title: %1</source>
        <translation>العنوان: %1</translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation>المجلة: %1</translation>
    </message>
    <message>
        <source>volume not confirmed (the source gives %1)</source>
        <translation>المجلد غير مؤكَّد (يذكر المصدر %1)</translation>
    </message>
    <message>
        <source>volume %1, not %2</source>
        <translation>المجلد %1، وليس %2</translation>
    </message>
    <message>
        <source>issue %1, not %2</source>
        <translation>العدد %1، وليس %2</translation>
    </message>
    <message>
        <source>pages %1, not %2</source>
        <translation>الصفحات %1، وليس %2</translation>
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
        <translation>المرجع %1</translation>
    </message>
    <message>
        <source>As the source prints it:</source>
        <translation>كما يطبعه المصدر:</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>ما وجده التحقق</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>الأدلة:</translation>
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
        <translation>وجد التحقق:</translation>
    </message>
</context>
<context>
    <name>ReferenceSummary</name>
    <message>
        <source>The source does not tie any statement to any of these references: no answer says which reference supports it.</source>
        <translation>لا يربط المصدر أي عبارة بأي من هذه المراجع: لا توجد إجابة تذكر المرجع الذي يدعمها.</translation>
    </message>
    <message>
        <source>Answers that cite these references inline: %1 of %2. The others tie no statement to a reference.</source>
        <translation>الإجابات التي تستشهد بهذه المراجع في النص: %1 من %2. والباقي لا يربط أي عبارة بمرجع.</translation>
    </message>
    <message>
        <source>%1 exactly as the source gives it</source>
        <translation>%1 تمامًا كما يذكرها المصدر</translation>
    </message>
    <message>
        <source>%1 with some details not verified</source>
        <translation>%1 مع بعض التفاصيل غير المتحقق منها</translation>
    </message>
    <message>
        <source>%1 with details that differ from the source</source>
        <translation>%1 بتفاصيل تختلف عن المصدر</translation>
    </message>
    <message>
        <source>A check against public records could confirm %1 of the %2 listed references</source>
        <translation>تمكّن التحقق في السجلات العامة من تأكيد %1 من أصل %2 من المراجع المدرجة</translation>
    </message>
    <message>
        <source>Could not be found: %1.</source>
        <translation>لم يُعثر عليها: %1.</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>لم يتم التحقق منها: %1.</translation>
    </message>
</context>
<context>
    <name>SafetyNoticeHtml</name>
    <message>
        <source>Source: %1, checked %2</source>
        <translation>المصدر: %1، تم التحقق في %2</translation>
    </message>
    <message>
        <source>QR code of these help lines</source>
        <translation>رمز QR لخطوط المساعدة هذه</translation>
    </message>
    <message>
        <source>Scan with your phone to keep these help lines.</source>
        <translation>امسحه بهاتفك للاحتفاظ بخطوط المساعدة هذه.</translation>
    </message>
    <message>
        <source>Print these help lines</source>
        <translation>اطبع خطوط المساعدة هذه</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Read trusted patient information offline.</source>
        <translation>اقرأ معلومات موثوقة للمرضى دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>Read the pack in DIR.</source>
        <translation>قراءة الحزمة الموجودة في DIR.</translation>
    </message>
    <message>
        <source>Open the answer with this id.</source>
        <translation>فتح الإجابة التي تحمل هذا المعرّف.</translation>
    </message>
    <message>
        <source>Print the milliseconds from start to the first answer painted, then quit.</source>
        <translation>طباعة عدد الأجزاء من الألف من الثانية من البدء حتى عرض أول إجابة، ثم الخروج.</translation>
    </message>
    <message>
        <source>Run as a locked-down clinic kiosk (also turned on by the system-wide kiosk settings file).</source>
        <translation>التشغيل في وضع الكشك المقفل للعيادة (يُفعَّل أيضًا عبر ملف إعدادات الكشك العام للنظام).</translation>
    </message>
    <message>
        <source>Read the FAQ in the language of FILE (a .prpack file or a pack folder).</source>
        <translation>قراءة الأسئلة الشائعة بلغة FILE (ملف .prpack أو مجلد حزمة).</translation>
    </message>
    <message>
        <source>Open the form that writes the system-wide kiosk settings (run as root).</source>
        <translation>فتح النموذج الذي يكتب إعدادات الكشك على مستوى النظام (شغّله بصلاحيات root).</translation>
    </message>
</context>
<context>
    <name>TranslationNotices</name>
    <message>
        <source>This translation has not been checked by a clinician.</source>
        <translation>لم يراجع أي مختص سريري هذه الترجمة.</translation>
    </message>
    <message>
        <source>This translation was checked by %1 on %2.</source>
        <translation>راجع هذه الترجمة %1 بتاريخ %2.</translation>
    </message>
    <message>
        <source>Translated by %1</source>
        <translation>الترجمة: %1</translation>
    </message>
    <message>
        <source>Not yet translated: shown in the original language.</source>
        <translation>لم تُترجم بعد: تُعرض باللغة الأصلية.</translation>
    </message>
    <message>
        <source>The original text has changed since this translation was made.</source>
        <translation>تغيّر النص الأصلي منذ إعداد هذه الترجمة.</translation>
    </message>
    <message>
        <source>This translation says %1 checked it, but no trusted signature confirms that: not verified.</source>
        <translation>تقول هذه الترجمة إن %1 راجعها، لكن لا يؤكد ذلك أي توقيع موثوق: غير متحقَّق منه.</translation>
    </message>
</context>
<context>
    <name>TrustNotices</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Reviewed by %1, on %2</source>
        <translation>راجعه %1، في %2</translation>
    </message>
    <message>
        <source>Signed by %1, on %2 (no clinical review stated)</source>
        <translation>وقّعه %1، في %2 (دون ذكر مراجعة سريرية)</translation>
    </message>
    <message>
        <source>Not verified: signed with a key this computer does not trust</source>
        <translation>غير متحقَّق منه: موقَّع بمفتاح لا يثق به هذا الحاسوب</translation>
    </message>
    <message>
        <source>Not verified: no trusted signature</source>
        <translation>غير متحقَّق منه: لا يوجد توقيع موثوق</translation>
    </message>
</context>
<context>
    <name>pr::AnswerView</name>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>The chosen answer. Use Tab to move between its links.</source>
        <translation>الإجابة المختارة. استخدم مفتاح Tab للتنقل بين روابطها.</translation>
    </message>
</context>
<context>
    <name>pr::BookmarkFile</name>
    <message>
        <source>it has an unknown field &quot;%1&quot;.</source>
        <translation>فيه حقل غير معروف «%1».</translation>
    </message>
    <message>
        <source>&quot;note&quot; must be text.</source>
        <translation>يجب أن يكون «note» نصًا.</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters.</source>
        <translation>الملاحظة أطول من %1 حرفًا.</translation>
    </message>
    <message>
        <source>the note contains control characters.</source>
        <translation>تحتوي الملاحظة على محارف تحكم.</translation>
    </message>
    <message>
        <source>it was updated before it was created.</source>
        <translation>حُدِّث قبل أن يُنشأ.</translation>
    </message>
    <message>
        <source>Bookmark %1: %2</source>
        <translation>الإشارة المرجعية %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>«%1» مفقود.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>يجب أن يكون «%1» نصًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 80).</source>
        <translation>«%1» ليس معرّفًا صالحًا (أحرف لاتينية صغيرة أو أرقام أو «.» أو «_» أو «-»، بحد أقصى 80).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date like 2026-01-31T12:00:00Z.</source>
        <translation>يجب أن يكون «%1» تاريخًا مثل 2026-01-31T12:00:00Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lies outside the years this app has existed.</source>
        <translation>يقع «%1» خارج السنوات التي وُجد فيها هذا التطبيق.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, too large for a bookmarks file.</source>
        <translation>حجم الملف أكبر من %1 ميغابايت، وهو كبير جدًا على ملف إشارات مرجعية.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>الملف ليس JSON صالحًا (%1 عند البايت %2).</translation>
    </message>
    <message>
        <source>The file is not a bookmarks file: it does not hold a JSON object.</source>
        <translation>الملف ليس ملف إشارات مرجعية: لا يحتوي على كائن JSON.</translation>
    </message>
    <message>
        <source>The file is not a Patient Reader bookmarks file (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>الملف ليس ملف إشارات مرجعية من Patient Reader (قيمة «format» فيه ليست «%1»).</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number.</source>
        <translation>يجب أن تكون قيمة «version» في الملف عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>The file has format version %1; this app reads version %2. It may come from a newer version of Patient Reader.</source>
        <translation>إصدار تنسيق الملف هو %1؛ وهذا التطبيق يقرأ الإصدار %2. قد يكون الملف من إصدار أحدث من Patient Reader.</translation>
    </message>
    <message>
        <source>The file has an unknown field &quot;%1&quot;.</source>
        <translation>في الملف حقل غير معروف «%1».</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;bookmarks&quot; must be a list.</source>
        <translation>يجب أن تكون قيمة «bookmarks» في الملف قائمة.</translation>
    </message>
    <message>
        <source>The file holds %1 bookmarks; at most %2 can be imported.</source>
        <translation>يحتوي الملف على %1 إشارة مرجعية؛ ولا يمكن استيراد أكثر من %2.</translation>
    </message>
    <message>
        <source>Bookmark %1 is not an object.</source>
        <translation>الإشارة المرجعية %1 ليست كائنًا.</translation>
    </message>
    <message>
        <source>Bookmark %1 repeats bookmark %2 (%3).</source>
        <translation>الإشارة المرجعية %1 تكرار للإشارة المرجعية %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ليس ملفًا.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>تتعذّر قراءة الملف: %1</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>تتعذّرت الكتابة في الملف: %1</translation>
    </message>
</context>
<context>
    <name>pr::BookmarkListModel</name>
    <message>
        <source>%1 (not in the FAQ shown now)</source>
        <translation>%1 (غير موجود في الأسئلة الشائعة المعروضة الآن)</translation>
    </message>
    <message>
        <source>%1. Your note: %2</source>
        <translation>%1. ملاحظتك: %2</translation>
    </message>
    <message>
        <source>Bookmarked on %1</source>
        <translation>أُضيف إلى الإشارات المرجعية في %1</translation>
    </message>
</context>
<context>
    <name>pr::BookmarksPanel</name>
    <message>
        <source>Read %1</source>
        <translation>قُرئت في %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Your note for “%1” (for example: ask my doctor about this):</source>
        <translation>ملاحظتك على «%1» (مثلًا: أسأل طبيبي عن هذا):</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>المقروءة مؤخرًا</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;الترتيب:</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>الأحدث أولًا</translation>
    </message>
    <message>
        <source>FAQ order</source>
        <translation>ترتيب الأسئلة</translation>
    </message>
    <message>
        <source>No bookmarks yet. Press Ctrl+D on an answer to keep it here.</source>
        <translation>لا توجد إشارات مرجعية بعد. اضغط Ctrl+D على إجابة للاحتفاظ بها هنا.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Edit &amp;note…</source>
        <translation>تحرير ال&amp;ملاحظة…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>Sort bookmarks</source>
        <translation>ترتيب الإشارات المرجعية</translation>
    </message>
</context>
<context>
    <name>pr::CitationPanel</name>
    <message>
        <source>Choose a reference to see what a check of it found.</source>
        <translation>اختر مرجعًا لترى ما وجده التحقق منه.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>الأدلة: %1</translation>
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
        <translation>تصدير كل المراجع</translation>
    </message>
    <message>
        <source>Export reference</source>
        <translation>تصدير المرجع</translation>
    </message>
    <message>
        <source>References were not exported</source>
        <translation>لم تُصدَّر المراجع</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>&amp;النمط:</translation>
    </message>
    <message>
        <source>APA (author–date)</source>
        <translation>APA (المؤلف–التاريخ)</translation>
    </message>
    <message>
        <source>Vancouver (numbered)</source>
        <translation>فانكوفر (مرقَّم)</translation>
    </message>
    <message>
        <source>Citation style</source>
        <translation>نمط الاستشهاد</translation>
    </message>
    <message>
        <source>References</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <source>What the check of this reference found</source>
        <translation>ما وجده التحقق من هذا المرجع</translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation>&amp;نسخ الاستشهاد</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export &amp;all…</source>
        <translation>تصدير ال&amp;كل…</translation>
    </message>
    <message>
        <source>In %1 style, with the checked details:</source>
        <translation>بنمط %1، مع التفاصيل التي جرى التحقق منها:</translation>
    </message>
</context>
<context>
    <name>pr::CountdownOverlay</name>
    <message>
        <source>Are you still reading?</source>
        <translation>هل ما زلت تقرأ؟</translation>
    </message>
    <message>
        <source>Keep reading</source>
        <translation>متابعة القراءة</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, this screen starts over in %n second(s).</source>
        <translation>
            <numerusform>حفاظًا على خصوصيتك، ستبدأ هذه الشاشة من جديد الآن.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستبدأ هذه الشاشة من جديد بعد ثانية واحدة.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستبدأ هذه الشاشة من جديد بعد ثانيتين.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستبدأ هذه الشاشة من جديد بعد %n ثوانٍ.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستبدأ هذه الشاشة من جديد بعد %n ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستبدأ هذه الشاشة من جديد بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::ExternalLinkPolicy</name>
    <message>
        <source>Open a web page?</source>
        <translation>هل تريد فتح صفحة ويب؟</translation>
    </message>
    <message>
        <source>This link leaves Patient Reader and opens in your web browser. It needs an internet connection.

%1</source>
        <translation>يغادر هذا الرابط Patient Reader ويُفتح في متصفح الويب لديك. ويحتاج إلى اتصال بالإنترنت.

%1</translation>
    </message>
</context>
<context>
    <name>pr::KeyboardLayouts</name>
    <message>
        <source>layout &quot;%1&quot;: direction must be &quot;ltr&quot; or &quot;rtl&quot;</source>
        <translation>التخطيط «%1»: يجب أن يكون الاتجاه «ltr» أو «rtl»</translation>
    </message>
    <message>
        <source>layout &quot;%1&quot; has no rows of keys</source>
        <translation>التخطيط «%1» ليس فيه صفوف مفاتيح</translation>
    </message>
    <message>
        <source>layout &quot;%1&quot;, row %2: not a list of keys</source>
        <translation>التخطيط «%1»، الصف %2: ليس قائمة مفاتيح</translation>
    </message>
    <message>
        <source>layout &quot;%1&quot;, row %2: each key must be 1 to %3 characters of text</source>
        <translation>التخطيط «%1»، الصف %2: يجب أن يكون كل مفتاح من 1 إلى %3 أحرف</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: تتعذر قراءته (%2)</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: ليس JSON صالحًا عند البايت %2: %3</translation>
    </message>
    <message>
        <source>%1: no &quot;layouts&quot; object</source>
        <translation>%1: لا يوجد كائن «layouts»</translation>
    </message>
</context>
<context>
    <name>pr::KioskController</name>
    <message>
        <source>the visitor&apos;s bookmarks could not be wiped</source>
        <translation>تعذّر مسح الإشارات المرجعية الخاصة بالزائر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>No admin PIN is set up on this kiosk, so it cannot be left from the screen. An administrator can set one with &quot;sudo patient-reader --kiosk-setup&quot;, and stop the kiosk from outside meanwhile.</source>
        <translation>لم يُعيَّن رقم PIN للمسؤول في هذا الكشك، لذا لا يمكن الخروج منه من الشاشة. يمكن للمسؤول تعيينه باستخدام «sudo patient-reader --kiosk-setup»، وإيقاف الكشك من الخارج في الأثناء.</translation>
    </message>
</context>
<context>
    <name>pr::KioskSettings</name>
    <message>
        <source>%1: &quot;%2&quot; is not true or false; using %3.</source>
        <translation>%1: «%2» ليست true ولا false؛ ستُستخدم %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number; using %3.</source>
        <translation>%1: «%2» ليس عددًا صحيحًا؛ ستُستخدم %3.</translation>
    </message>
    <message>
        <source>%1: %2 is below the minimum of %3; using %3.</source>
        <translation>%1: %2 أقل من الحد الأدنى %3؛ ستُستخدم %3.</translation>
    </message>
    <message>
        <source>%1: %2 is above the maximum of %3; using %3.</source>
        <translation>%1: %2 أكبر من الحد الأقصى %3؛ ستُستخدم %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read; using the defaults.</source>
        <translation>تتعذّر قراءة %1؛ ستُستخدم القيم الافتراضية.</translation>
    </message>
    <message>
        <source>%1 can be changed by other users; it should be writable by root only (chmod 644).</source>
        <translation>يمكن لمستخدمين آخرين تعديل %1؛ يجب ألّا يكتب فيه إلا root ‏(chmod 644).</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file; using the defaults.</source>
        <translation>%1 ليس ملف إعدادات صالحًا؛ ستُستخدم القيم الافتراضية.</translation>
    </message>
    <message>
        <source>No admin PIN is set up: the kiosk cannot be left from the screen. Set one with faqpack kiosk-setup --pin-stdin.</source>
        <translation>لم يُضبط رقم تعريف شخصي (PIN) للمسؤول: لا يمكن الخروج من وضع الكشك من الشاشة. اضبطه باستخدام faqpack kiosk-setup --pin-stdin.</translation>
    </message>
    <message>
        <source>%1 is not a PIN hash made by faqpack kiosk-setup: no PIN will be accepted.</source>
        <translation>%1 ليس تجزئة PIN أنشأها faqpack kiosk-setup: لن يُقبل أي رقم PIN.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a language code; left out.</source>
        <translation>%1: «%2» ليس رمز لغة؛ حُذف.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a language code.</source>
        <translation>%1: «%2» ليس رمز لغة.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not among the allowed languages; added to them.</source>
        <translation>%1: «%2» ليست ضمن اللغات المسموح بها؛ أُضيفت إليها.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters; cut short.</source>
        <translation>%1 أطول من %2 حرفًا؛ اختُصر.</translation>
    </message>
</context>
<context>
    <name>pr::KioskSettingsWriter</name>
    <message>
        <source>The admin PIN hash is not valid; nothing was written.</source>
        <translation>تجزئة رقم PIN للمسؤول غير صالحة؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>يتعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Cannot write %1 (are you root?).</source>
        <translation>تتعذّر الكتابة في %1 (هل أنت root؟).</translation>
    </message>
    <message>
        <source>Wrote %1 but cannot make it read-only for others.</source>
        <translation>كُتب %1 لكن يتعذّر جعله للقراءة فقط بالنسبة للآخرين.</translation>
    </message>
</context>
<context>
    <name>pr::KioskSetupDialog</name>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Start in kiosk mode (without --kiosk)</source>
        <translation>البدء في وضع الكشك (بدون ‎--kiosk)</translation>
    </message>
    <message>
        <source>New admin PIN</source>
        <translation>رقم PIN جديد للمسؤول</translation>
    </message>
    <message>
        <source>New admin PIN again</source>
        <translation>رقم PIN الجديد للمسؤول مرة أخرى</translation>
    </message>
    <message>
        <source>Visitors may print an answer</source>
        <translation>يمكن للزوار طباعة إجابة</translation>
    </message>
    <message>
        <source>Kiosk setup</source>
        <translation>إعداد الكشك</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>اتركه فارغًا للإبقاء على رقم PIN الحالي</translation>
    </message>
    <message numerus="yes">
        <source>At least %n digits</source>
        <translation>
            <numerusform>%n أرقام على الأقل</numerusform>
            <numerusform>رقم واحد على الأقل</numerusform>
            <numerusform>رقمان على الأقل</numerusform>
            <numerusform>%n أرقام على الأقل</numerusform>
            <numerusform>%n رقمًا على الأقل</numerusform>
            <numerusform>%n رقم على الأقل</numerusform>
        </translation>
    </message>
    <message>
        <source>Languages a visitor may choose</source>
        <translation>اللغات التي يمكن للزائر اختيارها</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>الطابعة الافتراضية للنظام</translation>
    </message>
    <message>
        <source>%1 (not found now)</source>
        <translation>%1 (غير موجودة الآن)</translation>
    </message>
    <message>
        <source>Empty: the kiosk rests on the home screen</source>
        <translation>فارغ: يبقى الكشك على الشاشة الرئيسية</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Countdown starts after (no input)</source>
        <translation>يبدأ العد التنازلي بعد (دون أي إدخال)</translation>
    </message>
    <message>
        <source>Countdown lasts</source>
        <translation>مدة العد التنازلي</translation>
    </message>
    <message>
        <source>Repeat the new PIN</source>
        <translation>أعد إدخال رقم PIN الجديد</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Starts in</source>
        <translation>يبدأ بلغة</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>Attract screen text</source>
        <translation>نص شاشة الترحيب</translation>
    </message>
    <message>
        <source>Saves to %1. Only the PIN&apos;s salted hash is stored.</source>
        <translation>يُحفظ في %1. لا يُخزَّن إلا تجزئة رقم PIN المملّحة.</translation>
    </message>
    <message>
        <source>Type the new PIN in both PIN fields.</source>
        <translation>اكتب رقم PIN الجديد في الحقلين كليهما.</translation>
    </message>
    <message>
        <source>Set an admin PIN: without one, staff cannot leave the kiosk from the screen.</source>
        <translation>عيّن رقم PIN للمسؤول: بدونه لا يستطيع الموظفون الخروج من الكشك من الشاشة.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>رقما PIN غير متطابقين.</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>اختر لغة واحدة على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>The attract screen text is longer than %n characters.</source>
        <translation>
            <numerusform>نص شاشة الترحيب أطول من %n حرف.</numerusform>
            <numerusform>نص شاشة الترحيب أطول من حرف واحد.</numerusform>
            <numerusform>نص شاشة الترحيب أطول من حرفين.</numerusform>
            <numerusform>نص شاشة الترحيب أطول من %n أحرف.</numerusform>
            <numerusform>نص شاشة الترحيب أطول من %n حرفًا.</numerusform>
            <numerusform>نص شاشة الترحيب أطول من %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Show only content signed with a trusted key</source>
        <translation>عرض المحتوى الموقَّع بمفتاح موثوق فقط</translation>
    </message>
</context>
<context>
    <name>pr::LanguageSwitcher</name>
    <message>
        <source>Translation not checked by a clinician</source>
        <translation>ترجمة لم يراجعها مختص سريري</translation>
    </message>
    <message>
        <source>no language pack for &quot;%1&quot; is installed</source>
        <translation>لا توجد حزمة لغة مثبّتة للغة «%1»</translation>
    </message>
    <message>
        <source>%1 cannot be used: why?</source>
        <translation>لا يمكن استخدام %1: لماذا؟</translation>
    </message>
</context>
<context>
    <name>pr::MainWindow</name>
    <message>
        <source>Text size %1%</source>
        <translation>حجم النص %1%</translation>
    </message>
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
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Choose a question to read its answer. Use the arrow keys to move.</source>
        <translation>اختر سؤالًا لقراءة إجابته. استخدم مفاتيح الأسهم للتنقل.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation>رجوع (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;تقدّم</translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation>تقدّم (Alt+Right)</translation>
    </message>
    <message>
        <source>All &amp;questions</source>
        <translation>كل الأ&amp;سئلة</translation>
    </message>
    <message>
        <source>Show all questions (Alt+Home)</source>
        <translation>عرض كل الأسئلة (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>السؤال ال&amp;سابق</translation>
    </message>
    <message>
        <source>Previous question (Ctrl+Page Up)</source>
        <translation>السؤال السابق (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>السؤال ال&amp;تالي</translation>
    </message>
    <message>
        <source>Next question (Ctrl+Page Down)</source>
        <translation>السؤال التالي (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <source>Make the text larger (Ctrl++)</source>
        <translation>تكبير النص (Ctrl++)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <source>Make the text smaller (Ctrl+-)</source>
        <translation>تصغير النص (Ctrl+-)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>حجم النص ال&amp;عادي</translation>
    </message>
    <message>
        <source>Normal text size (Ctrl+0)</source>
        <translation>حجم النص العادي (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Dark pages</source>
        <translation>صفحات &amp;داكنة</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>نص فاتح على خلفية داكنة</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Search the answers (Ctrl+F or /)</source>
        <translation>البحث في الإجابات (Ctrl+F أو /)</translation>
    </message>
    <message>
        <source>Clear &amp;highlights</source>
        <translation>&amp;إزالة التمييز</translation>
    </message>
    <message>
        <source>Remove the search highlights (Esc)</source>
        <translation>إزالة تمييز نتائج البحث (Esc)</translation>
    </message>
    <message>
        <source>&amp;Open pack folder…</source>
        <translation>&amp;فتح مجلد حزمة…</translation>
    </message>
    <message>
        <source>Read a content pack from a folder</source>
        <translation>قراءة حزمة محتوى من مجلد</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Quit Patient Reader</source>
        <translation>الخروج من Patient Reader</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>Publisher: %1 · %2</source>
        <translation>الناشر: %1 · %2</translation>
    </message>
    <message>
        <source>Open a pack folder</source>
        <translation>فتح مجلد حزمة</translation>
    </message>
    <message>
        <source>This pack cannot be read</source>
        <translation>تتعذّر قراءة هذه الحزمة</translation>
    </message>
    <message>
        <source>The pack in %1 has problems, so the current one stays open.</source>
        <translation>الحزمة الموجودة في %1 فيها مشكلات، لذا تبقى الحزمة الحالية مفتوحة.</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>الإشارات المرجعية</translation>
    </message>
    <message>
        <source>References</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <source>Bookmar&amp;k</source>
        <translation>&amp;إشارة مرجعية</translation>
    </message>
    <message>
        <source>Bookmark this answer (Ctrl+D)</source>
        <translation>إضافة هذه الإجابة إلى الإشارات المرجعية (Ctrl+D)</translation>
    </message>
    <message>
        <source>Bookmark with a &amp;note…</source>
        <translation>إشارة مرجعية مع &amp;ملاحظة…</translation>
    </message>
    <message>
        <source>Bookmark this answer and write a note (Ctrl+Shift+D)</source>
        <translation>إضافة هذه الإجابة إلى الإشارات المرجعية وكتابة ملاحظة (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Export bookmarks…</source>
        <translation>&amp;تصدير الإشارات المرجعية…</translation>
    </message>
    <message>
        <source>Save your bookmarks to a file</source>
        <translation>حفظ إشاراتك المرجعية في ملف</translation>
    </message>
    <message>
        <source>&amp;Import bookmarks…</source>
        <translation>&amp;استيراد الإشارات المرجعية…</translation>
    </message>
    <message>
        <source>Add bookmarks from a file</source>
        <translation>إضافة إشارات مرجعية من ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>Bookmark removed. Press Ctrl+Z to undo.</source>
        <translation>أُزيلت الإشارة المرجعية. اضغط Ctrl+Z للتراجع.</translation>
    </message>
    <message>
        <source>Bookmarked. Add a note with Ctrl+Shift+D.</source>
        <translation>أُضيفت إلى الإشارات المرجعية. أضف ملاحظة بالضغط على Ctrl+Shift+D.</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>تصدير الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Bookmarks (*.json)</source>
        <translation>الإشارات المرجعية (*.json)</translation>
    </message>
    <message>
        <source>Bookmarks saved to %1</source>
        <translation>حُفظت الإشارات المرجعية في %1</translation>
    </message>
    <message>
        <source>Bookmarks were not exported</source>
        <translation>لم تُصدَّر الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>استيراد الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Bookmarks were not imported</source>
        <translation>لم تُستورد الإشارات المرجعية</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>يتعذّر استيراد %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s) added</source>
        <translation>
            <numerusform>لم تُضف أي إشارة مرجعية</numerusform>
            <numerusform>أُضيفت إشارة مرجعية واحدة</numerusform>
            <numerusform>أُضيفت إشارتان مرجعيتان</numerusform>
            <numerusform>أُضيفت %n إشارات مرجعية</numerusform>
            <numerusform>أُضيفت %n إشارة مرجعية</numerusform>
            <numerusform>أُضيفت %n إشارة مرجعية</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Open a language &amp;pack…</source>
        <translation>فتح &amp;حزمة لغة…</translation>
    </message>
    <message>
        <source>Open a language pack</source>
        <translation>فتح حزمة لغة</translation>
    </message>
    <message>
        <source>Language packs (*.prpack);;Pack folders&apos; manifest (manifest.json)</source>
        <translation>حزم اللغات (*.prpack);;ملف بيان مجلد الحزمة (manifest.json)</translation>
    </message>
    <message>
        <source>This language pack cannot be used</source>
        <translation>لا يمكن استخدام حزمة اللغة هذه</translation>
    </message>
    <message>
        <source>%1 has problems, so the language stays as it was.</source>
        <translation>توجد مشكلات في %1، لذا تبقى اللغة كما كانت.</translation>
    </message>
    <message>
        <source>Language pack loaded with warnings</source>
        <translation>حُمّلت حزمة اللغة مع تحذيرات</translation>
    </message>
    <message>
        <source>%1 was loaded. Some answers may be out of date.</source>
        <translation>حُمّل %1. قد تكون بعض الإجابات غير محدّثة.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print this answer (Ctrl+P)</source>
        <translation>طباعة هذه الإجابة (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Translator preview (side by side)</source>
        <translation>&amp;معاينة المترجم (جنبًا إلى جنب)</translation>
    </message>
    <message>
        <source>Problems in the language pack</source>
        <translation>مشكلات في حزمة اللغة</translation>
    </message>
    <message>
        <source>Print this answer</source>
        <translation>طباعة هذه الإجابة</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>Printing is not available right now. Please ask the staff.</source>
        <translation>الطباعة غير متاحة الآن. يُرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسلت إلى الطابعة.</translation>
    </message>
    <message>
        <source>The page could not be printed. Please ask the staff.</source>
        <translation>تعذّرت طباعة الصفحة. يُرجى سؤال الموظفين.</translation>
    </message>
</context>
<context>
    <name>pr::OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>لوحة المفاتيح على الشاشة</translation>
    </message>
    <message>
        <source>Keyboard: %1</source>
        <translation>لوحة المفاتيح: %1</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>حروف</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>أرقام</translation>
    </message>
    <message>
        <source>space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>إخفاء لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>pr::OpenReport</name>
    <message>
        <source>Your saved bookmarks file was damaged or could not be read by this version of Patient Reader. It has been kept as a backup at %1.</source>
        <translation>ملف إشاراتك المرجعية المحفوظ كان تالفًا أو تعذّرت على هذا الإصدار من Patient Reader قراءته. احتُفظ به نسخةً احتياطية في %1.</translation>
    </message>
    <message>
        <source>Patient Reader has started a new, empty bookmarks file.</source>
        <translation>بدأ Patient Reader ملف إشارات مرجعية جديدًا وفارغًا.</translation>
    </message>
    <message>
        <source>Patient Reader cannot save to %1.</source>
        <translation>لا يستطيع Patient Reader الحفظ في %1.</translation>
    </message>
    <message>
        <source>Your saved bookmarks are shown, but changes you make now will be lost when you close the app.</source>
        <translation>تُعرض إشاراتك المرجعية المحفوظة، لكن التغييرات التي تجريها الآن ستضيع عند إغلاق التطبيق.</translation>
    </message>
    <message>
        <source>Bookmarks you add now will be lost when you close the app.</source>
        <translation>الإشارات المرجعية التي تضيفها الآن ستضيع عند إغلاق التطبيق.</translation>
    </message>
    <message>
        <source>To keep them, export your bookmarks to a file before closing.</source>
        <translation>للاحتفاظ بها، صدّر إشاراتك المرجعية إلى ملف قبل الإغلاق.</translation>
    </message>
</context>
<context>
    <name>pr::PinGuard</name>
    <message numerus="yes">
        <source>Try again in %n s.</source>
        <translation>
            <numerusform>أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>أعد المحاولة بعد ثانية واحدة.</numerusform>
            <numerusform>أعد المحاولة بعد ثانيتين.</numerusform>
            <numerusform>أعد المحاولة بعد %n ثوانٍ.</numerusform>
            <numerusform>أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>أعد المحاولة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>رقم PIN غير صحيح.</translation>
    </message>
</context>
<context>
    <name>pr::PinHash</name>
    <message>
        <source>The PIN is empty.</source>
        <translation>رقم PIN فارغ.</translation>
    </message>
    <message>
        <source>The PIN must be digits only.</source>
        <translation>يجب أن يتكوّن رقم PIN من أرقام فقط.</translation>
    </message>
    <message>
        <source>The PIN must have at least %1 digits.</source>
        <translation>يجب ألّا يقل رقم PIN عن %1 أرقام.</translation>
    </message>
    <message>
        <source>The PIN must have at most %1 digits.</source>
        <translation>يجب ألّا يزيد رقم PIN على %1 أرقام.</translation>
    </message>
</context>
<context>
    <name>pr::PinPanel</name>
    <message>
        <source>Leave the kiosk</source>
        <translation>الخروج من وضع الكشك</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>للموظفين فقط</translation>
    </message>
    <message>
        <source>Enter the admin PIN to leave the kiosk.</source>
        <translation>أدخل رقم PIN الخاص بالمسؤول للخروج من وضع الكشك.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>رقم PIN الخاص بالمسؤول</translation>
    </message>
    <message>
        <source>PIN check</source>
        <translation>التحقق من رقم PIN</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>pr::QrCode</name>
    <message>
        <source>There is no address to put in a QR code.</source>
        <translation>لا يوجد عنوان لوضعه في رمز QR.</translation>
    </message>
    <message>
        <source>The address contains a NUL character.</source>
        <translation>يحتوي العنوان على محرف NUL.</translation>
    </message>
    <message>
        <source>The address is too long for a QR code: %1 bytes, at most %2.</source>
        <translation>العنوان أطول من أن يوضع في رمز QR: %1 بايت، والحد الأقصى %2.</translation>
    </message>
    <message>
        <source>The address is too long for a QR code.</source>
        <translation>العنوان أطول من أن يوضع في رمز QR.</translation>
    </message>
    <message>
        <source>The QR code could not be made (error %1).</source>
        <translation>تعذّر إنشاء رمز QR (الخطأ %1).</translation>
    </message>
</context>
<context>
    <name>pr::QuestionListModel</name>
    <message>
        <source>%1 (bookmarked)</source>
        <translation>%1 (مُضاف إلى الإشارات المرجعية)</translation>
    </message>
</context>
<context>
    <name>pr::SafetyNoticePanel</name>
    <message>
        <source>QR code of these help lines</source>
        <translation>رمز QR لخطوط المساعدة هذه</translation>
    </message>
    <message>
        <source>Scan with your phone to keep these help lines.</source>
        <translation>امسحه بهاتفك للاحتفاظ بخطوط المساعدة هذه.</translation>
    </message>
    <message>
        <source>Print these help lines</source>
        <translation>اطبع خطوط المساعدة هذه</translation>
    </message>
</context>
<context>
    <name>pr::SearchPanel</name>
    <message numerus="yes">
        <source>%n answer(s) match well</source>
        <translation>
            <numerusform>لا توجد إجابة مطابقة جيدًا</numerusform>
            <numerusform>إجابة واحدة مطابقة جيدًا</numerusform>
            <numerusform>إجابتان مطابقتان جيدًا</numerusform>
            <numerusform>%n إجابات مطابقة جيدًا</numerusform>
            <numerusform>%n إجابة مطابقة جيدًا</numerusform>
            <numerusform>%n إجابة مطابقة جيدًا</numerusform>
        </translation>
    </message>
    <message>
        <source>This FAQ does not answer “%1”.</source>
        <translation>لا تجيب هذه الأسئلة الشائعة عن «%1».</translation>
    </message>
    <message>
        <source>Please ask your clinic or your clinician about it.</source>
        <translation>يُرجى سؤال عيادتك أو مقدّم الرعاية الصحية عن ذلك.</translation>
    </message>
    <message>
        <source>Related questions (they do not answer it)</source>
        <translation>أسئلة ذات صلة (لا تجيب عن سؤالك)</translation>
    </message>
    <message>
        <source>Related questions</source>
        <translation>أسئلة ذات صلة</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>هل تقصد «%1»؟</translation>
    </message>
    <message>
        <source>Search, for example “cost” (Ctrl+F)</source>
        <translation>ابحث، مثلًا «التكلفة» (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the answers</source>
        <translation>البحث في الإجابات</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Show all questions</source>
        <translation>عرض كل الأسئلة</translation>
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
        <translation>لا يوجد ما هو مسجَّل لمسحه</translation>
    </message>
    <message>
        <source>it failed with an unknown error</source>
        <translation>فشل بخطأ غير معروف</translation>
    </message>
</context>
<context>
    <name>pr::TranslatorPreview</name>
    <message>
        <source>Translator preview: source and translation</source>
        <translation>معاينة المترجم: النص الأصلي والترجمة</translation>
    </message>
    <message>
        <source>Source answer</source>
        <translation>الإجابة الأصلية</translation>
    </message>
    <message>
        <source>Translated answer</source>
        <translation>الإجابة المترجمة</translation>
    </message>
    <message>
        <source>Unsigned draft: readers see “Not verified” until a trusted key signs this translation (faqpack sign).</source>
        <translation>مسودة غير موقَّعة: سيرى القرّاء «غير متحقَّق منه» إلى أن يوقّع مفتاح موثوق هذه الترجمة (faqpack sign).</translation>
    </message>
</context>
<context>
    <name>pr::UserStore</name>
    <message>
        <source>The bookmarks could not be saved.</source>
        <translation>تعذّر حفظ الإشارات المرجعية.</translation>
    </message>
    <message>
        <source>A bookmark is not valid: %1.</source>
        <translation>إحدى الإشارات المرجعية غير صالحة: %1.</translation>
    </message>
</context>
</TS>
