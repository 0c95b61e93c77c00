/**
 * Corrections to Payload's own Arabic pack (@payloadcms/translations 3.90 `ar`), handed to
 * `i18n.translations` in payload.config.ts. These are Payload's keys, not a new string system:
 * Mahjar's own labels and messages live in the shared dictionaries (`shared/src/i18n/cms/`), read
 * through `label()` and messages.ts.
 *
 * Why each group: the pack ships typos («أنشاء جديد», «بنحاح»), a Latin comma, an English
 * string («Toggle block»), a leaked translator prompt under `general:restoring`, a placeholder
 * translated into Arabic so it never fills («{{العنوان}}»), "locale" rendered as «الموقع المحلي»
 * ("local site"), and the same word «اللّغة» for two different controls (the content language of
 * the document and the language of the admin itself). Every override is natural Modern Standard
 * Arabic, without tashkeel, as in the rest of the admin.
 */
import type { InEveryLanguage } from '@mahjar/shared/localized'

export const payloadArabic = {
  authentication: {
    beginCreateFirstUser: 'للبدء، أنشئ المستخدم الأول.',
  },
  fields: {
    addLabel: 'إضافة {{label}}',
    addNew: 'إضافة جديد',
    addNewLabel: 'إضافة {{label}}',
    addLink: 'إضافة رابط',
    addRelationship: 'إضافة علاقة',
    addUpload: 'إضافة ملف',
    chooseBetweenCustomTextOrDocument: 'اختر بين كتابة رابط بنفسك والربط بمستند آخر.',
    customURL: 'رابط مخصص',
    enterURL: 'أدخل الرابط',
    labelRelationship: 'علاقة {{label}}',
    linkedTo: 'مرتبط بـ <0>{{label}}</0>',
    newLabel: '{{label}} جديد',
    selectFieldsToEdit: 'حدد الحقول التي تريد تعديلها',
    toggleBlock: 'إظهار الكتلة أو إخفاؤها',
  },
  general: {
    createNew: 'إنشاء جديد',
    // «اللّغة» named both controls: the document's content language and the admin's own.
    locale: 'لغة المحتوى',
    locales: 'لغات المحتوى',
    language: 'لغة الواجهة',
    noLabel: 'بلا {{label}}',
    restoring: 'تجري الاستعادة…',
    // The title is isolated (U+2068 … U+2069) so a Latin code keeps its own direction.
    schedulePublishFor: 'جدولة نشر «\u2068{{title}}\u2069»',
    false: 'لا',
    true: 'نعم',
  },
  localization: {
    cannotCopySameLocale: 'لا يمكن النسخ إلى اللغة نفسها',
    copyFrom: 'نسخ من',
    copyFromTo: 'النسخ من {{from}} إلى {{to}}',
    copyTo: 'نسخ إلى',
    copyToLocale: 'نسخ إلى لغة أخرى',
    localeToPublish: 'اللغة التي تُنشر',
    selectedLocales: 'اللغات المختارة',
    selectLocaleToCopy: 'اختر اللغة التي يُنسخ إليها',
    selectLocaleToDuplicate: 'اختر اللغات التي تُنسخ',
  },
  version: {
    publishAllLocales: 'نشر كل اللغات',
    restoredSuccessfully: 'تمت الاستعادة بنجاح.',
  },
}

/**
 * English that Payload 3.90 and the libraries inside its admin write without a translation key
 * (Lexical's toolbar, dnd-kit's drag instructions, sonner's notification region, Payload's own
 * "ID" labels and checkbox titles). components/AdminLanguageRepairs.tsx puts these in place in
 * the Arabic admin; each is the English text as the library writes it, then the Arabic.
 */
export const hardCodedEnglish: Readonly<Record<string, string>> = {
  ID: 'المعرّف',
  'ID:': 'المعرّف:',
  'Insert Paragraph': 'إدراج فقرة',
  'text dropdown': 'قائمة أنماط النص',
  'Remove link': 'إزالة الرابط',
  'Edit link': 'تعديل الرابط',
  'select-all': 'تحديد الكل',
  All: 'الكل',
  Collapse: 'طيّ',
  Expand: 'توسيع',
  'Notifications alt+T': 'الإشعارات',
  'To pick up a draggable item, press the space bar.':
    'لالتقاط عنصر قابل للسحب اضغط مفتاح المسافة، ثم استخدم مفاتيح الأسهم لتحريكه، واضغط المسافة مرة أخرى لإفلاته في مكانه الجديد، أو مفتاح الهروب للإلغاء.',
}

/** Payload's "Edit <title>" on a selected relationship value, written without a key. */
export const editPrefix: InEveryLanguage = { ar: 'تعديل ', en: 'Edit ' }

/** A neutral noun for the places where Payload prints a label object instead of its text. */
export const itemNoun: InEveryLanguage = { ar: 'عنصر', en: 'item' }
