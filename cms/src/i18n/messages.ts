/**
 * Every custom message the CMS sends, in both admin languages: one source of strings. The
 * language is the request's (`Accept-Language`, or the admin's language cookie); Arabic otherwise.
 */
import type { PayloadRequest } from 'payload'
import type { InEveryLanguage } from '@mahjar/shared/localized'

/**
 * A text that depends on a number: one form per CLDR plural category of the language
 * (`Intl.PluralRules`), chosen by the parameter named in `count`. Arabic has six categories: a
 * number of seconds reads «ثانية واحدة», «ثانيتين», «3 ثوانٍ» … «10 ثوانٍ», «11 ثانية», «100 ثانية».
 */
type Plural = {
  readonly count: string
  readonly other: string
} & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>
type Text = string | Plural
type Params = Record<string, number | string>

/** What is wrong at a path (a field, a query parameter), worded later in the reader's language. */
export type MessageProblem = { path: string; key: MessageKey; params?: Params }

const messages = {
  slug: {
    ar: 'يجب أن يتكون من أحرف لاتينية صغيرة وأرقام وشرطات مفردة، مثل "activism-in-exile"',
    en: 'must be lowercase letters, digits and single hyphens, e.g. "activism-in-exile"',
  },
  code: {
    ar: 'يجب أن يكون رمزًا بأحرف لاتينية كبيرة مثل "AIE-F03" أو "AIE-B1-11"',
    en: 'must be an uppercase code such as "AIE-F03" or "AIE-B1-11"',
  },
  codeImmutable: {
    ar: 'لا يمكن تغيير الرمز "{old}" بعد نشره: الرمز جزء من الرابط الدائم {url} الذي يستشهد به الناس، وتغييره يكسر الاستشهادات. أنشئ عنصرًا جديدًا برمز جديد بدلًا من ذلك',
    en: 'the code "{old}" cannot change after publication: it is part of the permalink {url} that people cite, and changing it would break their citations. Create a new item with a new code instead',
  },
  codeTaken: {
    ar: 'الرمز "{value}" مستخدم لعنصر آخر في «{collection}»، والرموز لا يعاد استخدامها',
    en: 'the code "{value}" is already used by another item in {collection}; codes are never reused',
  },
  keyWithdrawn: {
    ar: '"{value}" لعنصر سُحب من الموقع في {date}، ورابطه ما زال يعرض إشعار السحب، فلا يعاد استخدامه. اختر رمزًا أو معرّفًا آخر',
    en: '"{value}" belongs to an item withdrawn from the site on {date}; its URL still shows the withdrawal notice, so it is never reused. Choose another',
  },
  withdrawalReasonRequired: {
    ar: 'هذا العنصر منشور ورابطه مستشهد به. اكتب أولًا سبب السحب في الحقل «سبب السحب (يظهر للقراء)» في الشريط الجانبي، ثم ألغِ النشر أو احذف: سيبقى الرابط يعرض هذا السبب للقراء',
    en: 'This item is published and its URL is cited. First write why it is withdrawn in the sidebar field "Reason for withdrawal (public)", then unpublish or delete: the URL will keep showing readers this reason',
  },
  redirectLoop: {
    ar: 'هذا التحويل يدور في حلقة (يعود إلى "{path}")، فلا يصل القارئ إلى أي صفحة. وجّهه إلى صفحة منشورة',
    en: 'this redirect goes round a loop (back to "{path}"), so readers would reach no page. Point it at a published page',
  },
  redirectToNothing: {
    ar: 'لا توجد صفحة على الموقع في "{path}": وجّه التحويل إلى صفحة منشورة (تقرير أو نتيجة أو توصية أو ممارسة أو قصة أو صفحة ثابتة)',
    en: 'there is no page of the site at "{path}": point the redirect at a published page (a report, finding, recommendation, practice, story or fixed page)',
  },
  redirectHidesPage: {
    ar: 'في "{path}" صفحة منشورة أو إشعار سحب، والتحويل منه سيخفيها. لنقل عنصر غيّر معرّفه في العنصر نفسه، ولعنصر مسحوب استخدم حقل «بدلًا منه» في «العناصر المسحوبة»',
    en: 'a published page or a withdrawal notice stands at "{path}", and a redirect from it would hide it. To move an item, change its slug on the item itself; for a withdrawn item, use "Go instead to" in Withdrawals',
  },
  redirectStillNeeded: {
    ar: 'العنوان "{path}" نُشر من قبل وقد يُستشهد به، ولا صفحة فيه الآن: حذف تحويله سيكسره. وجّه التحويل إلى صفحة أخرى بدلًا من حذفه',
    en: 'the address "{path}" was published and may be cited, and no page stands there now: deleting its redirect would break it. Point the redirect at another page instead',
  },
  slugTaken: {
    ar: 'المعرّف "{value}" مستخدم في عنصر آخر',
    en: 'the slug "{value}" is already used by another item',
  },
  plainText: {
    ar: 'يجب أن يكون نصًا عاديًا: الوسوم مثل <script> أو <b> غير مسموح بها',
    en: 'must be plain text: markup such as <script> or <b> is not allowed',
  },
  tooLong: {
    ar: 'يجب ألا يزيد على {max} حرفًا (الطول الحالي {length})',
    en: 'must be at most {max} characters (it has {length})',
  },
  sitePath: {
    ar: 'يجب أن يكون مسارًا على الموقع يبدأ بـ / وينتهي بـ / بأحرف لاتينية صغيرة وأرقام وشرطات (ستة أجزاء على الأكثر، كلٌّ منها 100 حرف على الأكثر)، مثل "/ar/practices/old-slug/"',
    en: 'must be a path on the site starting and ending with "/", in lowercase letters, digits and hyphens (at most six parts of at most 100 characters each), e.g. "/en/practices/old-slug/"',
  },
  httpUrl: {
    ar: 'يجب أن يكون رابطًا يبدأ بـ http:// أو https://',
    en: 'must be a URL starting with http:// or https://',
  },
  unsafeLink: {
    ar: 'يحتوي على رابط غير مسموح به "{url}": الروابط المسموح بها تبدأ بـ https:// أو http:// أو mailto: أو / (صفحة في هذا الموقع)',
    en: 'contains a link that is not allowed, "{url}": links must start with https://, http://, mailto: or / (a page of this site)',
  },
  integer: {
    ar: 'يجب أن يكون عددًا صحيحًا',
    en: 'must be a whole number',
  },
  unknownRelation: {
    ar: 'لا يوجد عنصر بالمعرّف {ids} في {collection}',
    en: 'no item with id {ids} exists in {collection}',
  },
  countryCode: {
    ar: '"{value}" ليس رمز بلد من ISO 3166-1 (حرفان كبيران مثل "SY" أو "DE")',
    en: '"{value}" is not an ISO 3166-1 alpha-2 country code (two capital letters such as "SY" or "DE")',
  },
  hashtag: {
    ar: 'يجب أن يكون وسمًا مثل "#AlMahjarCan_21"',
    en: 'must be a hashtag such as "#AlMahjarCan_21"',
  },
  recommendationNumber: {
    ar: 'يجب أن يكون مثل "A.1" أو "B.1.11"',
    en: 'must look like "A.1" or "B.1.11"',
  },
  endYearBeforeStart: {
    ar: 'يجب ألا تسبق سنة النهاية سنة البداية',
    en: 'the end year must not be before the start year',
  },
  endDateBeforeStart: {
    ar: 'يجب ألا يسبق تاريخ النهاية تاريخ البداية',
    en: 'the end date must not be before the start date',
  },
  greaterThanValue: {
    ar: 'يجب أن يكون أكبر من القيمة',
    en: 'must be greater than the value',
  },
  percentOver100: {
    ar: 'لا يمكن أن تتجاوز النسبة المئوية 100',
    en: 'a percentage cannot exceed 100',
  },
  exceeds: {
    ar: 'لا يمكن أن يتجاوز {other}',
    en: 'cannot exceed {other}',
  },
  consent: {
    ar: 'لا تُنشر القصة إلا بموافقة صاحبها',
    en: "a story is published only with the teller's consent",
  },
  chapterKeyDuplicate: {
    ar: 'مفتاح الفصل "{value}" مكرر',
    en: 'duplicate chapter key "{value}"',
  },
  unknownChapter: {
    ar: 'لا يوجد فصل بالمفتاح "{value}" في هذا التقرير (الفصول: {keys})',
    en: 'the report has no chapter with key "{value}" (its chapters: {keys})',
  },
  buildLogEmpty: {
    ar: 'السجل فارغ.',
    en: 'The log is empty.',
  },
  restoredAsDraft: {
    ar: 'استُعيدت النسخة مسودةً، ولم يتغير الموقع العام: لن تظهر للقراء إلا بعد نشرها.',
    en: 'The version was restored as a draft; the public site is unchanged until you publish it.',
  },
  statisticNeedsCorrection: {
    ar: 'تغيّر الرقم المنشور ({old} ← {new}). أضف تصحيحًا في «سجل التصحيحات» يذكر التاريخ وما تغيّر ولماذا، ثم انشر من جديد.',
    en: 'The published statistic changed ({old} → {new}). Add an entry to the Corrections log with the date and a note saying what changed and why, then publish again.',
  },
  wrongType: {
    ar: 'يجب أن يكون {expected}، لا {actual}',
    en: 'must be {expected}, not {actual}',
  },
  translatorCannotRestore: {
    ar: 'استعادة نسخة سابقة عمل المحرر، لأنها قد تغيّر الأرقام والروابط وبنية المستند: اطلب من محرر أن يستعيدها',
    en: 'restoring an earlier version is an editor’s task, as it can change figures, links and structure: ask an editor to restore it',
  },
  translatorCannotPublish: {
    ar: 'المترجمون لا ينشرون ولا يلغون النشر: احفظ عملك مسودةً واطلب من محرر أن ينشرها',
    en: 'translators cannot publish or unpublish: save your work as a draft and ask an editor to publish it',
  },
  roleByAdmins: {
    ar: 'يغيّر المدير وحده الأدوار: اطلب من مدير أن يغيّر دورك',
    en: 'only an admin changes roles: ask an admin to change yours',
  },
  translatorTextOnly: {
    ar: 'يغيّر المترجمون نصوص اللغات فقط؛ هذا الحقل يغيّره محرر',
    en: 'translators change only the text of a language; an editor changes this field',
  },
  translatorRows: {
    ar: 'لا يضيف المترجمون صفوفًا ولا يحذفونها (كان عددها {before} وصار {after})؛ اطلب ذلك من محرر',
    en: 'translators cannot add or remove rows (there were {before}, now {after}); ask an editor',
  },
  followUpAudience: {
    ar: 'يجب أن يكون المخاطَب إحدى «الفئات المستهدفة» لهذه التوصية؛ أضفه إلى ذلك الحقل أولًا أو اختر فئة منها',
    en: "the addressee must be one of this recommendation's Audiences; add it to that field first, or choose one of them",
  },
  // The title of a follow-up row not filled in yet (components/FollowUpRowLabel.tsx).
  followUpRow: { ar: 'خطوة متابعة {number}', en: 'Follow-up entry {number}' },
  // The translation state of a field, beside it in the edit view (components/TranslationMarker).
  textInArabic: { ar: 'النص العربي', en: 'The Arabic text' },
  textInEnglish: { ar: 'النص الإنجليزي', en: 'The English text' },
  translationMissing: { ar: 'ينقصه نص بهذه اللغة', en: 'Missing in this language' },
  translationOutdated: {
    ar: 'متأخر: تغيّر {source} في {date} بعد ترجمة هذا النص',
    en: 'Out of date: {source} changed on {date}, after this was translated',
  },
  translationCurrent: { ar: 'مترجَم ومحدَّث', en: 'Translated and up to date' },
  translationMarked: {
    ar: 'عُلِّم مترجَمًا: يُحفظ مع المسودة',
    en: 'Marked translated: saved with the draft',
  },
  markTranslated: { ar: 'تعليمه مترجَمًا', en: 'Mark as translated' },
  // The translation queue (views/TranslationQueue) and its count on the dashboard.
  translationQueue: { ar: 'طابور الترجمة', en: 'Translation queue' },
  translationQueueIntro: {
    ar: 'ما ينقص ترجمته أو تأخّر عن نصه المصدر، في كل المجموعات. المنشور أولًا لأن القرّاء يرونه.',
    en: 'What is missing or out of date against its source text, across every collection. Published first: readers see it.',
  },
  translationQueueFor: { ar: 'ما ينتظر الترجمة إلى {language}', en: 'Waiting for {language}' },
  translationQueueCount: {
    ar: {
      count: 'count',
      zero: 'لا شيء ينتظر الترجمة إلى {language}',
      one: 'عنصر واحد ينتظر الترجمة إلى {language}',
      two: 'عنصران ينتظران الترجمة إلى {language}',
      few: '{count} عناصر تنتظر الترجمة إلى {language}',
      many: '{count} عنصرًا ينتظر الترجمة إلى {language}',
      other: '{count} عنصر ينتظر الترجمة إلى {language}',
    },
    en: {
      count: 'count',
      one: '1 item waiting for {language}',
      other: '{count} items waiting for {language}',
    },
  },
  translationQueueEmpty: {
    ar: 'لا شيء هنا: كل شيء مترجَم ومحدَّث.',
    en: 'Nothing here: everything is translated and up to date.',
  },
  translationQueueAll: { ar: 'كل المجموعات', en: 'All collections' },
  translationQueueReport: { ar: 'كل التقارير', en: 'All reports' },
  translationQueueFilter: { ar: 'عرض', en: 'Show' },
  queueColumnItem: { ar: 'العنصر', en: 'Item' },
  queueColumnCollection: { ar: 'المجموعة', en: 'Collection' },
  queueColumnState: { ar: 'الحالة', en: 'State' },
  queueColumnStatus: { ar: 'النشر', en: 'Publication' },
  queuePublished: { ar: 'منشور', en: 'Published' },
  queueDraft: { ar: 'مسودة', en: 'Draft' },
  queueMissingFields: {
    ar: {
      count: 'count',
      one: 'حقل واحد ناقص',
      two: 'حقلان ناقصان',
      few: '{count} حقول ناقصة',
      many: '{count} حقلًا ناقصًا',
      other: '{count} حقل ناقص',
    },
    en: { count: 'count', one: '1 field missing', other: '{count} fields missing' },
  },
  queueOutdatedFields: {
    ar: {
      count: 'count',
      one: 'حقل واحد متأخر',
      two: 'حقلان متأخران',
      few: '{count} حقول متأخرة',
      many: '{count} حقلًا متأخرًا',
      other: '{count} حقل متأخر',
    },
    en: { count: 'count', one: '1 field out of date', other: '{count} fields out of date' },
  },
  followUpStatusOfKind: {
    ar: 'الحالة «{status}» ليست من حالات «{kind}»؛ اختر إحدى: {allowed}',
    en: 'the status "{status}" is not a {kind} status; choose one of: {allowed}',
  },
  statusValue: {
    ar: 'يجب أن تكون الحالة "draft" أو "published"، لا "{value}"',
    en: 'must be "draft" or "published", not "{value}"',
  },
  unknownField: {
    ar: 'ليس حقلًا في {collection}؛ الحقول المعروفة فقط تُحفظ',
    en: 'is not a field of {collection}; only known fields are saved',
  },
  controlCharacters: {
    ar: 'يحتوي على محارف تحكم غير مرئية (مثل U+0000)؛ احذفها',
    en: 'contains invisible control characters (such as U+0000); remove them',
  },
  notADate: {
    ar: '"{value}" ليس تاريخًا حقيقيًا (مثل 2026-02-28)',
    en: '"{value}" is not a real date (e.g. 2026-02-28)',
  },
  numberRange: {
    ar: 'يجب أن يكون بين {min} و{max}',
    en: 'must be between {min} and {max}',
  },
  blank: {
    ar: 'لا يمكن أن يكون فارغًا أو مسافات فقط',
    en: 'cannot be empty or only spaces',
  },
  bodyNotObject: {
    ar: 'يجب أن يكون جسم الطلب كائن JSON (Content-Type: application/json أو multipart/form-data)',
    en: 'the request body must be a JSON object (Content-Type: application/json or multipart/form-data)',
  },
  bodyTooDeep: {
    ar: 'جسم الطلب متداخل بأكثر من {max} مستوى',
    en: 'the request body is nested more than {max} levels deep',
  },
  queryInteger: {
    ar: 'يجب أن يكون عددًا صحيحًا بين {min} و{max}، لا "{value}"',
    en: 'must be a whole number from {min} to {max}, not "{value}"',
  },
  queryLocale: {
    ar: 'يجب أن تكون اللغة واحدة من: {allowed}، لا "{value}"',
    en: 'must be one of {allowed}, not "{value}"',
  },
  loginThrottled: {
    ar: {
      count: 'seconds',
      zero: 'محاولات دخول فاشلة كثيرة من هذا الاتصال. حاول مجددًا الآن',
      one: 'محاولات دخول فاشلة كثيرة من هذا الاتصال. حاول مجددًا بعد ثانية واحدة',
      two: 'محاولات دخول فاشلة كثيرة من هذا الاتصال. حاول مجددًا بعد ثانيتين',
      few: 'محاولات دخول فاشلة كثيرة من هذا الاتصال. حاول مجددًا بعد {seconds} ثوانٍ',
      many: 'محاولات دخول فاشلة كثيرة من هذا الاتصال. حاول مجددًا بعد {seconds} ثانية',
      other: 'محاولات دخول فاشلة كثيرة من هذا الاتصال. حاول مجددًا بعد {seconds} ثانية',
    },
    en: {
      count: 'seconds',
      one: 'too many failed sign-ins from this connection. Try again in {seconds} second',
      other: 'too many failed sign-ins from this connection. Try again in {seconds} seconds',
    },
  },
  passwordTooShort: {
    ar: 'يجب ألا تقل كلمة المرور عن {min} حرفًا (فيها {length})',
    en: 'the password must be at least {min} characters long (it has {length})',
  },
  currentPasswordRequired: {
    ar: 'لتغيير كلمة مرورك اكتب كلمة المرور الحالية',
    en: 'to change your password, type your current password',
  },
  currentPasswordWrong: {
    ar: 'كلمة المرور الحالية غير صحيحة',
    en: 'the current password is not correct',
  },
  // The versions list's author column (components/VersionViews.tsx).
  versionAuthor: { ar: 'صاحب التعديل', en: 'Edited by' },
  versionAuthorUnknown: { ar: 'غير معروف', en: 'unknown' },
  // Preview (src/app/(frontend)/preview) and publish status in the edit view (PublishStatus).
  previewPrivate: {
    ar: 'معاينة خاصة بفريق التحرير، لا تظهر على الموقع العام',
    en: 'Private preview for staff, never shown on the public site',
  },
  previewLive: {
    ar: 'منشور: هذه الصفحة كما يراها القرّاء الآن',
    en: 'Live: this is the page readers see now',
  },
  previewDraftChanges: {
    ar: 'مسودة فيها تغييرات لم تُنشر بعد: يرى القرّاء النسخة المنشورة حتى تنشر هذه التغييرات',
    en: 'Draft with unpublished changes: readers see the published version until you publish',
  },
  previewNeverPublished: {
    ar: 'مسودة لم تُنشر قط: لا يراها أحد على الموقع',
    en: 'Draft, never published: nobody sees it on the site',
  },
  previewUnpublished: {
    ar: 'أُلغي نشره: ليس على الموقع الآن',
    en: 'Unpublished: not on the site now',
  },
  previewPreparing: {
    ar: 'جارٍ تحضير المعاينة…',
    en: 'Preparing preview…',
  },
  previewPreparingHint: {
    ar: 'تُبنى الصفحة بقوالب الموقع نفسها، وتتحدث هذه الصفحة وحدها خلال ثوانٍ',
    en: "The page is being built with the site's own templates; this page updates by itself in a few seconds",
  },
  previewFailed: {
    ar: 'تعذّر تحضير المعاينة: {reason}',
    en: 'The preview could not be prepared: {reason}',
  },
  previewBackToEditing: {
    ar: 'العودة إلى التحرير',
    en: 'Back to editing',
  },
  previewRetry: {
    ar: 'أعد المحاولة',
    en: 'Try again',
  },
  previewUnavailable: {
    ar: 'المعاينة غير مهيّأة على هذا الخادم (SITE_PREVIEW_COMMAND غير مضبوط)',
    en: 'Preview is not set up on this server (SITE_PREVIEW_COMMAND is not set)',
  },
  previewNotFound: {
    ar: 'لا يوجد هذا العنصر',
    en: 'There is no such item',
  },
  publishStatusTitle: {
    ar: 'على الموقع',
    en: 'On the site',
  },
  publishNotPublished: {
    ar: 'لم يُنشر: ليس على الموقع',
    en: 'Not published: not on the site',
  },
  publishQueued: {
    ar: 'في الانتظار: يبدأ بناء الموقع خلال ثوانٍ',
    en: 'Queued: the site build starts in a few seconds',
  },
  publishBuilding: {
    ar: 'جارٍ بناء الموقع بهذا التغيير…',
    en: 'Building the site with this change…',
  },
  publishLive: {
    ar: 'منشور على الموقع',
    en: 'Live on the site',
  },
  publishFailed: {
    ar: 'فشل بناء الموقع: {reason}. ما زالت النسخة السابقة منشورة',
    en: 'The site build failed: {reason}. The previous version stays live',
  },
  publishNoBuild: {
    ar: 'منشور، ولم يُسجَّل بعده أي بناء للموقع',
    en: 'Published; no site build has been recorded since',
  },
  publishOpenPage: {
    ar: 'افتح الصفحة: {language}',
    en: 'Open the page: {language}',
  },
  buildErrorPages: {
    ar: 'تعذّر بناء صفحات الموقع (في صفحة تحريرية أو في قالب خطأ)',
    en: "the site's pages could not be built (an editorial page or a template has an error)",
  },
  buildErrorExport: {
    ar: 'تعذّر تصدير المحتوى المنشور (بيانات ناقصة أو غير صالحة)',
    en: 'the published content could not be exported (missing or invalid data)',
  },
  buildErrorPermalinks: {
    ar: 'كان البناء سيكسر رابطًا دائمًا منشورًا',
    en: 'the build would have broken a published permalink',
  },
  uploadEmpty: {
    ar: 'الملف فارغ (0 بايت): اختر الصورة أو ملف PDF مرة أخرى',
    en: 'the file is empty (0 bytes): choose the image or PDF again',
  },
  uploadNotAllowed: {
    ar: 'الملف "{name}" ليس صورة JPEG أو PNG أو WebP أو AVIF ولا ملف PDF (بحسب محتواه لا اسمه)، فلا يمكن رفعه',
    en: 'the file "{name}" is not a JPEG, PNG, WebP or AVIF image nor a PDF (judged by its content, not its name), so it cannot be uploaded',
  },
  uploadTooManyPixels: {
    ar: 'أبعاد الصورة "{name}" كبيرة جدًا ({width} × {height} بكسل): الحد {max} مليون بكسل',
    en: 'the image "{name}" is too large ({width} × {height} pixels): the limit is {max} million pixels',
  },
  uploadUnreadable: {
    ar: 'تعذّرت قراءة الملف "{name}": إنه تالف أو غير مكتمل',
    en: 'the file "{name}" could not be read: it is damaged or incomplete',
  },
  buildErrorInterrupted: {
    ar: 'توقف الخادم أثناء البناء',
    en: 'the server stopped during the build',
  },
  buildErrorNoCommand: {
    ar: 'لم يُضبط أمر لبناء الموقع على هذا الخادم',
    en: 'no command is set up to build the site on this server',
  },
  buildErrorCommand: {
    ar: 'توقف أمر البناء بخطأ',
    en: 'the build command stopped with an error',
  },
} satisfies Record<string, InEveryLanguage<Text>>

/** Names of JSON value kinds, for wrongType. */
export const kindNames = {
  text: { ar: 'نصًا', en: 'text' },
  number: { ar: 'رقمًا', en: 'a number' },
  boolean: { ar: 'true أو false', en: 'true or false' },
  list: { ar: 'قائمة', en: 'a list' },
  object: { ar: 'كائنًا', en: 'an object' },
  id: { ar: 'معرّفًا نصيًا', en: 'an id (text)' },
  null: { ar: 'فارغًا', en: 'null' },
} satisfies Record<string, InEveryLanguage<Text>>

export type KindName = keyof typeof kindNames

export type MessageKey = keyof typeof messages

/** The content languages as each admin language names them (the locale switch, the queue). */
export const localeLabels = {
  ar: { ar: 'العربية', en: 'Arabic' },
  en: { ar: 'الإنجليزية', en: 'English' },
} as const satisfies Record<string, InEveryLanguage>

export function requestLanguage(req: Pick<PayloadRequest, 'i18n'> | undefined): 'ar' | 'en' {
  return req?.i18n.language === 'en' ? 'en' : 'ar'
}

/**
 * The language of a raw HTTP request, before Payload has made one of its own: the admin's
 * language cookie first, then the first supported language in `Accept-Language`; Arabic otherwise.
 */
export function headerLanguage(headers: Headers): 'ar' | 'en' {
  const cookie = /(?:^|;\s*)payload-lng=(ar|en)\b/.exec(headers.get('cookie') ?? '')
  if (cookie?.[1] === 'ar' || cookie?.[1] === 'en') return cookie[1]
  for (const part of (headers.get('accept-language') ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase()
    if (tag === 'ar' || tag === 'en') return tag
  }
  return 'ar'
}

export function message(
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  key: MessageKey,
  params: Params = {},
): string {
  return messageIn(requestLanguage(req), key, params)
}

/** A message in a given language: a preview page speaks its page's language, a client component its admin's. */
export function messageIn(language: string, key: MessageKey, params: Params = {}): string {
  const lang = language === 'en' ? 'en' : 'ar'
  const template = pluralForm(messages[key][lang], lang, params)
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

const pluralRules = { ar: new Intl.PluralRules('ar'), en: new Intl.PluralRules('en') }

function pluralForm(text: Text, lang: 'ar' | 'en', params: Params): string {
  if (typeof text === 'string') return text
  const count = Number(params[text.count])
  if (!Number.isFinite(count)) return text.other
  return text[pluralRules[lang].select(count)] ?? text.other
}
