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
    <message>
        <source>no language pack for &quot;%1&quot; is installed. Installed: %2.</source>
        <translation>لا توجد حزمة لغة مثبتة لـ &quot;%1&quot;. المثبت: %2.</translation>
    </message>
    <message>
        <source>-o %1: the folder %2 does not exist.</source>
        <translation>-o %1: المجلد %2 غير موجود.</translation>
    </message>
    <message>
        <source>-o %1: this is a folder; give a file name ending in .pdf.</source>
        <translation>-o %1: هذا مجلد؛ أعطِ اسم ملف ينتهي بـ ‎.pdf.</translation>
    </message>
    <message numerus="yes">
        <source>Handout written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>كُتبت الورقة في %1 (لا صفحات).</numerusform>
            <numerusform>كُتبت الورقة في %1 (صفحة واحدة).</numerusform>
            <numerusform>كُتبت الورقة في %1 (صفحتان).</numerusform>
            <numerusform>كُتبت الورقة في %1 (%n صفحات).</numerusform>
            <numerusform>كُتبت الورقة في %1 (%n صفحة).</numerusform>
            <numerusform>كُتبت الورقة في %1 (%n صفحة).</numerusform>
        </translation>
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
    <message>
        <source>Read the FAQ in this installed language (en, es, ar, …).</source>
        <translation>قراءة الأسئلة الشائعة بهذه اللغة المثبتة (en، es، ar، …).</translation>
    </message>
    <message>
        <source>Print a handout to the PDF file given with -o, with no window: the answers with these ids (separated by commas), and/or my-questions for your own list.</source>
        <translation>طباعة ورقة إلى ملف PDF المحدد بـ -o، دون نافذة: الإجابات ذات هذه المعرّفات (مفصولة بفواصل)، و/أو my-questions لقائمتك الخاصة.</translation>
    </message>
    <message>
        <source>The PDF file --handout writes.</source>
        <translation>ملف PDF الذي يكتبه ‎--handout.</translation>
    </message>
    <message>
        <source>The paper --handout prints on: a4 (the default) or letter.</source>
        <translation>الورق الذي يطبع عليه ‎--handout: ‏a4 (الافتراضي) أو letter.</translation>
    </message>
    <message>
        <source>--handout needs answer ids or my-questions.</source>
        <translation>يحتاج ‎--handout إلى معرّفات إجابات أو my-questions.</translation>
    </message>
    <message>
        <source>--handout needs the PDF file to write: -o FILE.pdf.</source>
        <translation>يحتاج ‎--handout إلى ملف PDF المراد كتابته: ‎-o FILE.pdf.</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not &quot;%1&quot;.</source>
        <translation>قيمة ‎--paper هي a4 أو letter، وليست &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>-o is only used with --handout.</source>
        <translation>لا يُستخدم ‎-o إلا مع ‎--handout.</translation>
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
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>الملف ليس JSON صالحًا: %1.</translation>
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
        <translation>الترتيب:</translation>
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
        <translation>فتح</translation>
    </message>
    <message>
        <source>Edit &amp;note…</source>
        <translation>تحرير الملاحظة…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة</translation>
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
        <translation>النمط:</translation>
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
        <translation>نسخ الاستشهاد</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export &amp;all…</source>
        <translation>تصدير الكل…</translation>
    </message>
    <message>
        <source>In %1 style, with the checked details:</source>
        <translation>بنمط %1، مع التفاصيل التي جرى التحقق منها:</translation>
    </message>
    <message>
        <source>In %1 style, as the source gives it:</source>
        <translation>بنمط %1، كما يذكره المصدر:</translation>
    </message>
    <message>
        <source>As the source lists it:</source>
        <translation>كما يرد في قائمة المصدر:</translation>
    </message>
    <message>
        <source>How it was checked: %1</source>
        <translation>كيف جرى التحقق: %1</translation>
    </message>
    <message>
        <source>Citation copied in %1 style.</source>
        <translation>نُسخ الاستشهاد بنمط %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) saved to %1</source>
        <translation>
            <numerusform>لم يُحفظ أي مرجع في %1</numerusform>
            <numerusform>حُفظ مرجع واحد في %1</numerusform>
            <numerusform>حُفظ مرجعان في %1</numerusform>
            <numerusform>حُفظت %n مراجع في %1</numerusform>
            <numerusform>حُفظ %n مرجعًا في %1</numerusform>
            <numerusform>حُفظ %n مرجع في %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::ComfortController</name>
    <message>
        <source>&amp;System (as the desktop)</source>
        <translation>النظام (مثل سطح المكتب)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>&amp;Default font</source>
        <translation>الخط الافتراضي</translation>
    </message>
    <message>
        <source>D&amp;yslexia-friendly font (OpenDyslexic)</source>
        <translation>خط مناسب لعُسر القراءة (OpenDyslexic)</translation>
    </message>
    <message>
        <source>D&amp;yslexia-friendly font (not installed)</source>
        <translation>خط مناسب لعُسر القراءة (غير مثبّت)</translation>
    </message>
    <message>
        <source>&amp;Larger line and word spacing</source>
        <translation>تباعد أكبر بين الأسطر والكلمات</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Reading &amp;font</source>
        <translation>خط القراءة</translation>
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
    <name>pr::FindBar</name>
    <message>
        <source>&amp;Find in this answer:</source>
        <translation>البحث في هذه الإجابة:</translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation>كلمة أو عبارة</translation>
    </message>
    <message>
        <source>Find in this answer</source>
        <translation>البحث في هذه الإجابة</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>التطابق السابق (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>التطابق التالي (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>إغلاق شريط البحث (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>لم يُعثر عليها</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>pr::HandoutBuilder</name>
    <message>
        <source>Information to discuss with a clinician</source>
        <translation>معلومات لمناقشتها مع مختص سريري</translation>
    </message>
    <message>
        <source>Original text, not a translation.</source>
        <translation>النص الأصلي، وليس ترجمة.</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>الناشر: %1</translation>
    </message>
    <message>
        <source>FAQ: %1, version %2</source>
        <translation>الأسئلة الشائعة: %1، الإصدار %2</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <translation>الترجمة: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>تاريخ الطباعة: %1</translation>
    </message>
    <message>
        <source>This handout is information to discuss with a clinician. It is not advice from this app or from your clinic.</source>
        <translation>هذه الورقة معلومات لمناقشتها مع مختص سريري. وهي ليست نصيحة من هذا التطبيق ولا من عيادتك.</translation>
    </message>
    <message>
        <source>Reference check: %1.</source>
        <translation>التحقق من المرجع: %1.</translation>
    </message>
    <message>
        <source>References in this answer</source>
        <translation>المراجع في هذه الإجابة</translation>
    </message>
    <message>
        <source>This answer cites no references.</source>
        <translation>لا تستشهد هذه الإجابة بأي مراجع.</translation>
    </message>
    <message>
        <source>This answer cites none of the references the source lists; they are printed, with what the reference check found, after the answers.</source>
        <translation>لا تستشهد هذه الإجابة بأي من المراجع التي يذكرها المصدر؛ وهي مطبوعة بعد الإجابات، مع ما وجده التحقق من المراجع.</translation>
    </message>
    <message>
        <source>References the source lists</source>
        <translation>المراجع التي يذكرها المصدر</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>أسئلتي</translation>
    </message>
    <message>
        <source>No questions yet. Mark an answer &quot;Ask my clinician&quot; or add your own question in the reader.</source>
        <translation>لا توجد أسئلة بعد. ضع علامة &quot;اسأل مقدم الرعاية&quot; على إجابة أو أضف سؤالك الخاص في القارئ.</translation>
    </message>
    <message>
        <source>Space for the answer</source>
        <translation>مساحة للإجابة</translation>
    </message>
</context>
<context>
    <name>pr::HandoutDialog</name>
    <message>
        <source>Handout for your appointment</source>
        <translation>ورقة لموعدك</translation>
    </message>
    <message>
        <source>Answers to print</source>
        <translation>الإجابات المراد طباعتها</translation>
    </message>
    <message>
        <source>Leave space to write the answers</source>
        <translation>ترك مساحة لكتابة الإجابات</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (الولايات المتحدة)</translation>
    </message>
    <message numerus="yes">
        <source>My questions (%n)</source>
        <translation>
            <numerusform>أسئلتي (%n)</numerusform>
            <numerusform>أسئلتي (%n)</numerusform>
            <numerusform>أسئلتي (%n)</numerusform>
            <numerusform>أسئلتي (%n)</numerusform>
            <numerusform>أسئلتي (%n)</numerusform>
            <numerusform>أسئلتي (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>معاينة…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>حفظ PDF…</translation>
    </message>
    <message>
        <source>Choose what to take to your appointment. Each answer starts on a new page, with its references and where it comes from.</source>
        <translation>اختر ما تأخذه إلى موعدك. تبدأ كل إجابة في صفحة جديدة، مع مراجعها ومصدرها.</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>الإجابات:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <source>The FAQ changed while this window was open (%1, version %2). The handout will be made from the FAQ shown now; check your choice.</source>
        <translation>تغيّرت الأسئلة الشائعة أثناء فتح هذه النافذة (%1، الإصدار %2). ستُعد الورقة من الأسئلة المعروضة الآن؛ راجع اختيارك.</translation>
    </message>
    <message>
        <source>No longer in the FAQ: %1.</source>
        <translation>لم تعد في الأسئلة الشائعة: %1.</translation>
    </message>
    <message>
        <source>Choose at least one answer, or your questions.</source>
        <translation>اختر إجابة واحدة على الأقل، أو أسئلتك.</translation>
    </message>
    <message>
        <source>Making the handout…</source>
        <translation>جارٍ إعداد الورقة…</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>معاينة الورقة</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save a PDF instead, or ask for a printer to be added.</source>
        <translation>لا توجد طابعة مُعدّة على هذا الحاسوب. احفظ ملف PDF بدلاً من ذلك، أو اطلب إضافة طابعة.</translation>
    </message>
    <message>
        <source>The printer %1 is not available.</source>
        <translation>الطابعة %1 غير متاحة.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسلت إلى الطابعة.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظت في %1</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>حفظ الورقة</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>ورقة</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>pr::HandoutFeature</name>
    <message>
        <source>Removed from my questions.</source>
        <translation>أُزيل من أسئلتي.</translation>
    </message>
    <message>
        <source>Added to my questions.</source>
        <translation>أُضيف إلى أسئلتي.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسلت إلى الطابعة.</translation>
    </message>
    <message>
        <source>Handout saved to %1</source>
        <translation>حُفظت الورقة في %1</translation>
    </message>
    <message>
        <source>Your list is empty. Add questions with &quot;Ask my clinician&quot; or write your own.</source>
        <translation>قائمتك فارغة. أضف أسئلة بـ &quot;اسأل مقدم الرعاية&quot; أو اكتب أسئلتك الخاصة.</translation>
    </message>
    <message>
        <source>Printing is not available right now. Here is a code for your phone instead.</source>
        <translation>الطباعة غير متاحة الآن. إليك رمزاً لهاتفك بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>The page could not be printed. Please ask the staff.</source>
        <translation>تعذّرت طباعة الصفحة. يُرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>Your questions on your phone</source>
        <translation>أسئلتك على هاتفك</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera: it shows your questions as text. Nothing is sent anywhere.</source>
        <translation>امسح هذا الرمز بكاميرا هاتفك: يعرض أسئلتك كنص. لا يُرسل أي شيء إلى أي مكان.</translation>
    </message>
    <message>
        <source>QR code of your questions</source>
        <translation>رمز QR لأسئلتك</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) did not fit in the code. Write them down, or ask the staff to print them.</source>
        <translation>
            <numerusform>لم يتسع الرمز لأي سؤال. اكتبها أو اطلب من الموظفين طباعتها.</numerusform>
            <numerusform>لم يتسع الرمز لسؤال واحد. اكتبه أو اطلب من الموظفين طباعته.</numerusform>
            <numerusform>لم يتسع الرمز لسؤالين. اكتبهما أو اطلب من الموظفين طباعتهما.</numerusform>
            <numerusform>لم يتسع الرمز لـ %n أسئلة. اكتبها أو اطلب من الموظفين طباعتها.</numerusform>
            <numerusform>لم يتسع الرمز لـ %n سؤالاً. اكتبها أو اطلب من الموظفين طباعتها.</numerusform>
            <numerusform>لم يتسع الرمز لـ %n سؤال. اكتبها أو اطلب من الموظفين طباعتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>أسئلتي</translation>
    </message>
    <message>
        <source>As&amp;k my clinician</source>
        <translation>اسأل مقدم الرعاية</translation>
    </message>
    <message>
        <source>Add this question to my questions for the appointment (Ctrl+Shift+K)</source>
        <translation>إضافة هذا السؤال إلى أسئلتي للموعد (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation>ورقة للموعد…</translation>
    </message>
    <message>
        <source>Print or save the answers and my questions to take to the appointment</source>
        <translation>طباعة الإجابات وأسئلتي أو حفظها لأخذها إلى الموعد</translation>
    </message>
    <message>
        <source>Print my questions</source>
        <translation>طباعة أسئلتي</translation>
    </message>
    <message>
        <source>My questions on my phone</source>
        <translation>أسئلتي على هاتفي</translation>
    </message>
</context>
<context>
    <name>pr::HandoutPrinter</name>
    <message>
        <source>The handout could not be laid out.</source>
        <translation>تعذّر تنسيق الورقة.</translation>
    </message>
    <message>
        <source>The handout could not be printed to PDF.</source>
        <translation>تعذّرت طباعة الورقة إلى PDF.</translation>
    </message>
    <message>
        <source>There is nothing to save.</source>
        <translation>لا يوجد ما يُحفظ.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name ending in .pdf.</source>
        <translation>%1 مجلد. اختر اسم ملف ينتهي بـ ‎.pdf.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>لا يمكن كتابة %1: المجلد %2 غير موجود.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>لا يمكن كتابة %1: %2</translation>
    </message>
    <message>
        <source>The handout could not be read back for printing.</source>
        <translation>تعذّرت إعادة قراءة الورقة لطباعتها.</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>تعذّر استخدام الطابعة.</translation>
    </message>
</context>
<context>
    <name>pr::HandoutQrText</name>
    <message>
        <source>My questions for my clinician:</source>
        <translation>أسئلتي لمقدم الرعاية:</translation>
    </message>
</context>
<context>
    <name>pr::HandoutSelection</name>
    <message>
        <source>no answer has the id %1 in the FAQ &quot;%2&quot;. Known ids: %3, or %4.</source>
        <translation>لا توجد إجابة بالمعرّف %1 في &quot;%2&quot;. المعرّفات المعروفة: %3، أو %4.</translation>
    </message>
    <message>
        <source>nothing was chosen. Give answer ids separated by commas (%1), or %2.</source>
        <translation>لم يُختر شيء. أعطِ معرّفات إجابات مفصولة بفواصل (%1)، أو %2.</translation>
    </message>
</context>
<context>
    <name>pr::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Patient Reader</source>
        <translation>عن Patient Reader</translation>
    </message>
    <message>
        <source>Welcome to Patient Reader</source>
        <translation>مرحبًا بك في Patient Reader</translation>
    </message>
    <message>
        <source>This app shows patient information from the publisher named at the bottom of the window. It works without the internet.</source>
        <translation>يعرض هذا التطبيق معلومات للمرضى من الناشر المذكور أسفل النافذة. يعمل دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>To find an answer, choose a question in the list, or type a word in the search box.</source>
        <translation>للعثور على إجابة، اختر سؤالًا من القائمة أو اكتب كلمة في مربع البحث.</translation>
    </message>
    <message>
        <source>To make the text bigger, choose Larger text. To keep an answer for later, bookmark it.</source>
        <translation>لتكبير النص، اختر «نص أكبر». للاحتفاظ بإجابة لوقت لاحق، أضفها إلى الإشارات المرجعية.</translation>
    </message>
    <message>
        <source>This is information to discuss with your clinician, not medical advice. You can see this card again from the Help menu.</source>
        <translation>هذه معلومات لمناقشتها مع مقدّم الرعاية الصحية، وليست نصيحة طبية. يمكنك رؤية هذه البطاقة مرة أخرى من قائمة المساعدة.</translation>
    </message>
    <message>
        <source>Start reading</source>
        <translation>ابدأ القراءة</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>Move between the panels</source>
        <translation>الانتقال بين اللوحات</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>An offline reader for trusted patient-education material.</source>
        <translation>قارئ يعمل دون اتصال لمواد تثقيف المرضى الموثوقة.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>برنامج حر بموجب رخصة جنو العمومية، الإصدار 3 أو أي إصدار لاحق. يأتي دون أي ضمان.</translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation>إصدار المحتوى: %1</translation>
    </message>
    <message>
        <source>Publisher: not stated</source>
        <translation>الناشر: غير مذكور</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>الناشر: %1</translation>
    </message>
    <message>
        <source>About Patient Reader</source>
        <translation>عن Patient Reader</translation>
    </message>
</context>
<context>
    <name>pr::JsonParseMessage</name>
    <message>
        <source>a closing brace } is missing</source>
        <translation>ينقص قوس إغلاق }</translation>
    </message>
    <message>
        <source>a colon : is missing after a name</source>
        <translation>تنقص نقطتان : بعد اسم</translation>
    </message>
    <message>
        <source>a closing bracket ] is missing</source>
        <translation>ينقص قوس إغلاق ]</translation>
    </message>
    <message>
        <source>a comma is missing between two values</source>
        <translation>تنقص فاصلة بين قيمتين</translation>
    </message>
    <message>
        <source>a value is not valid JSON</source>
        <translation>قيمة ليست JSON صالحًا</translation>
    </message>
    <message>
        <source>the text ends in the middle of a number</source>
        <translation>ينتهي النص في منتصف رقم</translation>
    </message>
    <message>
        <source>a number is not valid</source>
        <translation>رقم غير صالح</translation>
    </message>
    <message>
        <source>a backslash sequence in a text is not valid</source>
        <translation>تسلسل شرطة مائلة عكسية في نص غير صالح</translation>
    </message>
    <message>
        <source>some text is not valid UTF-8</source>
        <translation>جزء من النص ليس UTF-8 صالحًا</translation>
    </message>
    <message>
        <source>a text is missing its closing quotation mark</source>
        <translation>ينقص نصًّا علامةُ الاقتباس الختامية</translation>
    </message>
    <message>
        <source>an object or a list was expected</source>
        <translation>كان متوقعًا كائن أو قائمة</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>التداخل فيه عميق جدًّا</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>إنه كبير جدًّا</translation>
    </message>
    <message>
        <source>something follows the end of the data</source>
        <translation>يوجد شيء بعد نهاية البيانات</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>ليس JSON صالحًا</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (السطر %2، العمود %3)</translation>
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
        <source>%1: no &quot;layouts&quot; object</source>
        <translation>%1: لا يوجد كائن «layouts»</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ليس JSON صالحًا: %2</translation>
    </message>
</context>
<context>
    <name>pr::KioskController</name>
    <message>
        <source>the visitor&apos;s bookmarks could not be wiped</source>
        <translation>تعذّر مسح الإشارات المرجعية الخاصة بالزائر</translation>
    </message>
    <message>
        <source>No admin PIN is set up on this kiosk, so it cannot be left from the screen. An administrator can set one with &quot;sudo patient-reader --kiosk-setup&quot;, and stop the kiosk from outside meanwhile.</source>
        <translation>لم يُعيَّن رقم PIN للمسؤول في هذا الكشك، لذا لا يمكن الخروج منه من الشاشة. يمكن للمسؤول تعيينه باستخدام «sudo patient-reader --kiosk-setup»، وإيقاف الكشك من الخارج في الأثناء.</translation>
    </message>
    <message>
        <source>Print this answer</source>
        <translation>طباعة هذه الإجابة</translation>
    </message>
    <message>
        <source>Printing is not available right now. Please ask the staff.</source>
        <translation>الطباعة غير متاحة الآن. يُرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
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
    <message>
        <source>%1; using the defaults.</source>
        <translation>%1؛ ستُستخدم القيم الافتراضية.</translation>
    </message>
    <message>
        <source>%1 can be changed by other users; it should be writable by root only (faqpack kiosk-setup sets this).</source>
        <translation>يمكن لمستخدمين آخرين تعديل %1؛ يجب ألّا يكتب فيه إلا root ‏(يضبط faqpack kiosk-setup ذلك).</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1، السطر %2: %3</translation>
    </message>
    <message>
        <source>%1 can be read by every user, and it holds the admin PIN&apos;s hash; it should be readable by root and the kiosk&apos;s group only (faqpack kiosk-setup sets this).</source>
        <translation>يمكن لأي مستخدم قراءة %1، وهو يحتوي على تجزئة رمز PIN الخاص بالمسؤول؛ يجب ألّا يقرأه إلا root ومجموعة الكشك ‏(يضبط faqpack kiosk-setup ذلك).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a theme (system, light, dark, high-contrast); the system theme is used.</source>
        <translation>%1: ‏«%2» ليست سمة (system، light، dark، high-contrast)؛ تُستخدم سمة النظام.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a reading font (default, dyslexic, spaced); the default font is used.</source>
        <translation>%1: ‏«%2» ليس خط قراءة (default، dyslexic، spaced)؛ يُستخدم الخط الافتراضي.</translation>
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
        <source>%1; nothing was written.</source>
        <translation>%1؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>Cannot write %1 (are you root?): %2</source>
        <translation>تتعذّر الكتابة في %1 (هل أنت root؟): %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private; nothing was written.</source>
        <translation>يتعذّر جعل %1 خاصًا؛ لم يُكتب أي شيء.</translation>
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
    <message>
        <source>Visitors may have answers read aloud</source>
        <translation>يمكن للزوار الاستماع إلى الإجابات بصوت عالٍ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Dyslexia-friendly font (OpenDyslexic)</source>
        <translation>خط مناسب لعُسر القراءة (OpenDyslexic)</translation>
    </message>
    <message>
        <source>Theme for each visitor</source>
        <translation>السمة لكل زائر</translation>
    </message>
    <message>
        <source>Reading font for each visitor</source>
        <translation>خط القراءة لكل زائر</translation>
    </message>
    <message>
        <source>System (as the desktop)</source>
        <translation>النظام (مثل سطح المكتب)</translation>
    </message>
    <message>
        <source>Default font</source>
        <translation>الخط الافتراضي</translation>
    </message>
    <message>
        <source>Larger line and word spacing</source>
        <translation>تباعد أكبر بين الأسطر والكلمات</translation>
    </message>
</context>
<context>
    <name>pr::KioskShell</name>
    <message>
        <source>Answers to common questions, as the publisher wrote them. Tap a question to read its answer, or search.</source>
        <translation>إجابات عن أسئلة شائعة كما كتبها الناشر. المس سؤالًا لقراءة إجابته، أو ابحث.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Home: all questions</source>
        <translation>الرئيسية: كل الأسئلة</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>السؤال السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Sources of this answer</source>
        <translation>مصادر هذه الإجابة</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>أسئلتي</translation>
    </message>
    <message>
        <source>My questions for the appointment</source>
        <translation>أسئلتي للموعد</translation>
    </message>
    <message>
        <source>Answer controls</source>
        <translation>أزرار الإجابة</translation>
    </message>
</context>
<context>
    <name>pr::KioskSourcesPanel</name>
    <message>
        <source>The publisher of this answer lists these sources. Under each is what a check against public records found.</source>
        <translation>يذكر ناشر هذه الإجابة هذه المصادر. تحت كل مصدر ما وجده تحقق في السجلات العامة.</translation>
    </message>
    <message>
        <source>This answer names no source of its own. These are the sources the publisher lists for the whole FAQ.</source>
        <translation>لا تذكر هذه الإجابة مصدرًا خاصًا بها. هذه هي المصادر التي يذكرها الناشر للأسئلة الشائعة كلها.</translation>
    </message>
    <message>
        <source>What the check found:</source>
        <translation>ما وجده التحقق:</translation>
    </message>
    <message>
        <source>The publisher lists no sources.</source>
        <translation>لا يذكر الناشر أي مصادر.</translation>
    </message>
    <message>
        <source>Sources of this answer</source>
        <translation>مصادر هذه الإجابة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
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
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Choose a question to read its answer. Use the arrow keys to move.</source>
        <translation>اختر سؤالًا لقراءة إجابته. استخدم مفاتيح الأسهم للتنقل.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation>رجوع (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation>تقدّم (Alt+Right)</translation>
    </message>
    <message>
        <source>All &amp;questions</source>
        <translation>كل الأسئلة</translation>
    </message>
    <message>
        <source>Show all questions (Alt+Home)</source>
        <translation>عرض كل الأسئلة (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>السؤال السابق</translation>
    </message>
    <message>
        <source>Previous question (Ctrl+Page Up)</source>
        <translation>السؤال السابق (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <source>Next question (Ctrl+Page Down)</source>
        <translation>السؤال التالي (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Make the text larger (Ctrl++)</source>
        <translation>تكبير النص (Ctrl++)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>Make the text smaller (Ctrl+-)</source>
        <translation>تصغير النص (Ctrl+-)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>حجم النص العادي</translation>
    </message>
    <message>
        <source>Normal text size (Ctrl+0)</source>
        <translation>حجم النص العادي (Ctrl+0)</translation>
    </message>
    <message>
        <source>Clear &amp;highlights</source>
        <translation>إزالة التمييز</translation>
    </message>
    <message>
        <source>Remove the search highlights (Esc)</source>
        <translation>إزالة تمييز نتائج البحث (Esc)</translation>
    </message>
    <message>
        <source>&amp;Open pack folder…</source>
        <translation>فتح مجلد حزمة…</translation>
    </message>
    <message>
        <source>Read a content pack from a folder</source>
        <translation>قراءة حزمة محتوى من مجلد</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Quit Patient Reader</source>
        <translation>الخروج من Patient Reader</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال</translation>
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
        <translation>إشارة مرجعية</translation>
    </message>
    <message>
        <source>Bookmark this answer (Ctrl+D)</source>
        <translation>إضافة هذه الإجابة إلى الإشارات المرجعية (Ctrl+D)</translation>
    </message>
    <message>
        <source>Bookmark with a &amp;note…</source>
        <translation>إشارة مرجعية مع ملاحظة…</translation>
    </message>
    <message>
        <source>Bookmark this answer and write a note (Ctrl+Shift+D)</source>
        <translation>إضافة هذه الإجابة إلى الإشارات المرجعية وكتابة ملاحظة (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Export bookmarks…</source>
        <translation>تصدير الإشارات المرجعية…</translation>
    </message>
    <message>
        <source>Save your bookmarks to a file</source>
        <translation>حفظ إشاراتك المرجعية في ملف</translation>
    </message>
    <message>
        <source>&amp;Import bookmarks…</source>
        <translation>استيراد الإشارات المرجعية…</translation>
    </message>
    <message>
        <source>Add bookmarks from a file</source>
        <translation>إضافة إشارات مرجعية من ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
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
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Open a language &amp;pack…</source>
        <translation>فتح حزمة لغة…</translation>
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
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print this answer (Ctrl+P)</source>
        <translation>طباعة هذه الإجابة (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Translator preview (side by side)</source>
        <translation>معاينة المترجم (جنبًا إلى جنب)</translation>
    </message>
    <message>
        <source>Problems in the language pack</source>
        <translation>مشكلات في حزمة اللغة</translation>
    </message>
    <message>
        <source>You were reading “%1”. It opens where you left off.</source>
        <translation>كنت تقرأ «%1». تُفتح حيث توقفت.</translation>
    </message>
    <message>
        <source>Go to the top</source>
        <translation>الانتقال إلى الأعلى</translation>
    </message>
    <message>
        <source>Next &amp;panel</source>
        <translation>اللوحة التالية</translation>
    </message>
    <message>
        <source>Move to the next panel (F6)</source>
        <translation>الانتقال إلى اللوحة التالية (F6)</translation>
    </message>
    <message>
        <source>Previous p&amp;anel</source>
        <translation>اللوحة السابقة</translation>
    </message>
    <message>
        <source>Move to the previous panel (Shift+F6)</source>
        <translation>الانتقال إلى اللوحة السابقة (Shift+F6)</translation>
    </message>
    <message>
        <source>Bookmark and its note removed.</source>
        <translation>أُزيلت الإشارة المرجعية وملاحظتها.</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>أُزيلت الإشارة المرجعية.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Search all answers</source>
        <translation>البحث في كل الإجابات</translation>
    </message>
    <message>
        <source>Search all the answers (Ctrl+Shift+F or /)</source>
        <translation>البحث في كل الإجابات (Ctrl+Shift+F أو /)</translation>
    </message>
    <message>
        <source>&amp;Find in this answer…</source>
        <translation>البحث في هذه الإجابة…</translation>
    </message>
    <message>
        <source>Find a word in this answer (Ctrl+F)</source>
        <translation>البحث عن كلمة في هذه الإجابة (Ctrl+F)</translation>
    </message>
    <message>
        <source>Problems in the pack</source>
        <translation>مشكلات في الحزمة</translation>
    </message>
</context>
<context>
    <name>pr::MyQuestion</name>
    <message>
        <source>The question is empty.</source>
        <translation>السؤال فارغ.</translation>
    </message>
    <message>
        <source>The question is longer than %1 characters.</source>
        <translation>السؤال أطول من %1 حرف.</translation>
    </message>
    <message>
        <source>The question holds a control character.</source>
        <translation>يحتوي السؤال على حرف تحكم.</translation>
    </message>
</context>
<context>
    <name>pr::MyQuestionsModel</name>
    <message>
        <source>%1 (not in the FAQ shown now)</source>
        <translation>%1 (ليس في الأسئلة الشائعة المعروضة الآن)</translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation>سؤالك الخاص</translation>
    </message>
    <message>
        <source>A question from the FAQ</source>
        <translation>سؤال من الأسئلة الشائعة</translation>
    </message>
</context>
<context>
    <name>pr::MyQuestionsPanel</name>
    <message>
        <source>The question could not be added: the list holds at most %1.</source>
        <translation>تعذّرت إضافة السؤال: تتسع القائمة لـ %1 على الأكثر.</translation>
    </message>
    <message>
        <source>Questions to ask at your appointment. Drag to reorder, or use Ctrl+Up and Ctrl+Down.</source>
        <translation>أسئلة لطرحها في موعدك. اسحب لإعادة الترتيب، أو استخدم Ctrl+أعلى وCtrl+أسفل.</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>أسئلتي</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move a question; Delete removes it; F2 edits your own.</source>
        <translation>‏Ctrl+أعلى وCtrl+أسفل لنقل سؤال؛ Delete لإزالته؛ F2 لتعديل أسئلتك.</translation>
    </message>
    <message>
        <source>Write your own question…</source>
        <translation>اكتب سؤالك الخاص…</translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation>سؤالك الخاص</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>نقل لأعلى (Ctrl+أعلى)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>نقل لأسفل (Ctrl+أسفل)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>إزالة (Delete)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Handout…</source>
        <translation>ورقة للموعد…</translation>
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
    <message>
        <source>Your saved bookmarks file had a journal file beside it that did not belong to it. Every file was kept as a backup at %1, and your bookmarks were restored from it.</source>
        <translation>كان بجانب ملف الإشارات المرجعية المحفوظ ملف سجل لا يخصّه. حُفظت كل الملفات نسخةً احتياطية في %1، واستُعيدت إشاراتك المرجعية منها.</translation>
    </message>
</context>
<context>
    <name>pr::PageNumberStamper</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <source>The printed document has no pages.</source>
        <translation>المستند المطبوع بلا صفحات.</translation>
    </message>
    <message>
        <source>The page numbers could not be made.</source>
        <translation>تعذّر إنشاء أرقام الصفحات.</translation>
    </message>
    <message>
        <source>The page numbers could not be added: %1</source>
        <translation>تعذّرت إضافة أرقام الصفحات: %1</translation>
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
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
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
    <name>pr::QtSpeechEngine</name>
    <message>
        <source>Read aloud is not available: no speech engine is installed.</source>
        <translation>القراءة بصوت عالٍ غير متاحة: لا يوجد محرك كلام مثبّت.</translation>
    </message>
    <message>
        <source>Read aloud is not available: the speech engine does not work (%1).</source>
        <translation>القراءة بصوت عالٍ غير متاحة: محرك الكلام لا يعمل (%1).</translation>
    </message>
    <message>
        <source>Read aloud is not available: no %1 voice is installed.</source>
        <translation>القراءة بصوت عالٍ غير متاحة: لا يوجد صوت مثبّت للغة %1.</translation>
    </message>
    <message>
        <source>The speech engine stopped working (%1).</source>
        <translation>توقف محرك الكلام عن العمل (%1).</translation>
    </message>
    <message>
        <source>Read aloud is getting ready. Try again in a moment.</source>
        <translation>القراءة بصوت عالٍ قيد التحضير. حاول مرة أخرى بعد قليل.</translation>
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
    <name>pr::ReadAloudController</name>
    <message>
        <source>Open an answer to read it aloud.</source>
        <translation>افتح إجابة لقراءتها بصوت عالٍ.</translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation>قراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Read this answer aloud (Ctrl+R)</source>
        <translation>قراءة هذه الإجابة بصوت عالٍ (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>إيقاف القراءة مؤقتًا</translation>
    </message>
    <message>
        <source>Pause reading (Ctrl+R)</source>
        <translation>إيقاف القراءة مؤقتًا (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Resume reading</source>
        <translation>متابعة القراءة</translation>
    </message>
    <message>
        <source>Go on reading from this sentence (Ctrl+R)</source>
        <translation>متابعة القراءة من هذه الجملة (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <source>Stop reading aloud (Ctrl+Shift+R)</source>
        <translation>إيقاف القراءة بصوت عالٍ (Ctrl+Shift+R)</translation>
    </message>
</context>
<context>
    <name>pr::ReadAloudToolBar</name>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>السرعة:</translation>
    </message>
    <message>
        <source>Very slow</source>
        <translation>بطيئة جدًا</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>بطيئة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>سريعة</translation>
    </message>
    <message>
        <source>Very fast</source>
        <translation>سريعة جدًا</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>سرعة القراءة</translation>
    </message>
    <message>
        <source>How fast the answer is read aloud</source>
        <translation>مدى سرعة قراءة الإجابة بصوت عالٍ</translation>
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
    <message>
        <source>Search, for example “cost”</source>
        <translation>ابحث، مثلًا «التكلفة»</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Search, for example “cost” (Ctrl+Shift+F)</source>
        <translation>ابحث، مثلًا «التكلفة» (Ctrl+Shift+F)</translation>
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
    <name>pr::SpeechBackend</name>
    <message>
        <source>No voice is chosen.</source>
        <translation>لم يتم اختيار أي صوت.</translation>
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
    <message>
        <source>Source: %1</source>
        <translation>الأصل: %1</translation>
    </message>
    <message>
        <source>Translation: none chosen (the source is shown on both sides)</source>
        <translation>الترجمة: لم تُختر أي ترجمة (يُعرض الأصل في الجانبين)</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <translation>الترجمة: %1</translation>
    </message>
    <message>
        <source>Problems in the language pack: %1</source>
        <translation>مشكلات في حزمة اللغة: %1</translation>
    </message>
    <message>
        <source>Problems in the language pack</source>
        <translation>مشكلات في حزمة اللغة</translation>
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
<context>
    <name>pr::ZoomIndicator</name>
    <message>
        <source>Text size %1</source>
        <translation>حجم النص %1</translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation>الحجم العادي</translation>
    </message>
    <message>
        <source>Back to the normal text size (Ctrl+0)</source>
        <translation>العودة إلى حجم النص العادي (Ctrl+0)</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>حجم النص العادي</translation>
    </message>
</context>
</TS>
