/**
 * Arabic broken (internal) plurals and their singulars, for search: a reader who types ناشط should
 * find النشطاء, and the reverse. Light stemming cannot join them (the plural is a different shape
 * of the root, not the singular plus a suffix); this lexicon does.
 *
 * - Both sides are written as `normaliseWord` gives them (ة → ه, أ إ آ → ا, ى → ي, ئ ؤ → ء) and
 *   without proclitics (no و ف ب ك ل ال).
 * - The pairs are the broken plurals that occur in the corpus (content/), each checked to be the
 *   plural of that singular, plus a few common ones readers of this corpus type (اعضاء, عمال).
 * - Left out on purpose, because one of the two readings collides with another common word:
 *   امم (الأمم; its singular امه is also أمه, "his mother"), بني (البنى; also بني "sons of" and
 *   بنى "built"), طرق (plural of both طريق and طريقه; also the verb "knocked"), اعلام (أعلام
 *   "flags"; also إعلام "media"), اتباع (أتباع "followers"; also اتّباع "following"), اثار (آثار;
 *   also the verb أثار "raised"), ابعاد (أبعاد; also إبعاد "deportation", and its singular بعد is
 *   "after"), كتاب (كتّاب "writers"; also كتاب "book"), اشهر (أشهر "months"; also "most famous"),
 *   منح (منح "grants"; also the verb and masdar "granting"), مشاهد ("scenes" or "viewer"), and
 *   three أفعال plurals that normalise to a common masdar the corpus uses: احداث (أحداث "events";
 *   إحداث "bringing about"), اعداد (أعداد "numbers"; إعداد "preparing"), احياء (أحياء
 *   "neighbourhoods"; إحياء "reviving"); قوي (القوى "forces"; also قوي "strong").
 * - Sound plurals (ـون ـين ـات) are not here: the normaliser's light stemming already joins them.
 */
/** A `Map`, never a plain object: a word such as "constructor" or "__proto__" must not reach
 * Object.prototype (content is looked up here word by word). */
const pluralToSingular: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // فعلاء
    نشطاء: 'ناشط',
    رءساء: 'رءيس',
    شركاء: 'شريك',
    خبراء: 'خبير',
    فقراء: 'فقير',
    وزراء: 'وزير',
    سجناء: 'سجين',
    حلفاء: 'حليف',
    نظراء: 'نظير',
    اصدقاء: 'صديق',
    // أفعلاء
    اعضاء: 'عضو',
    // أفعال
    اطفال: 'طفل',
    افراد: 'فرد',
    اعمال: 'عمل',
    اسباب: 'سبب',
    اهداف: 'هدف',
    ايام: 'يوم',
    افكار: 'فكره',
    اصحاب: 'صاحب',
    ابناء: 'ابن',
    ابحاث: 'بحث',
    اوضاع: 'وضع',
    اشخاص: 'شخص',
    ادوار: 'دور',
    اصوات: 'صوت',
    ارقام: 'رقم',
    افعال: 'فعل',
    اسماء: 'اسم',
    احزاب: 'حزب',
    اطراف: 'طرف',
    افلام: 'فيلم',
    اسواق: 'سوق',
    احكام: 'حكم',
    اعراق: 'عرق',
    اديان: 'دين',
    انواع: 'نوع',
    اشكال: 'شكل',
    ارياف: 'ريف',
    ابواب: 'باب',
    اراء: 'راي',
    اوطان: 'وطن',
    ارواح: 'روح',
    اوجه: 'وجه',
    // أفعلة
    انشطه: 'نشاط',
    ادله: 'دليل',
    اسءله: 'سءال',
    انظمه: 'نظام',
    اجهزه: 'جهاز',
    امثله: 'مثال',
    // فعول
    حقوق: 'حق',
    جهود: 'جهد',
    حدود: 'حد',
    قيود: 'قيد',
    دروس: 'درس',
    بحوث: 'بحث',
    حلول: 'حل',
    شروط: 'شرط',
    جذور: 'جذر',
    ظروف: 'ظرف',
    عروض: 'عرض',
    عقود: 'عقد',
    شعوب: 'شعب',
    وجوه: 'وجه',
    شهود: 'شاهد',
    // فُعَل، فُعْلان
    دول: 'دوله',
    بلدان: 'بلد',
    مدن: 'مدينه',
    قيم: 'قيمه',
    خطط: 'خطه',
    قصص: 'قصه',
    فرص: 'فرصه',
    اسر: 'اسره',
    سبل: 'سبيل',
    ورش: 'ورشه',
    لجان: 'لجنه',
    // فِعال، فُعّال، فُعَلة
    رجال: 'رجل',
    شباب: 'شاب',
    صناع: 'صانع',
    عمال: 'عامل',
    سكان: 'ساكن',
    رواد: 'راءد',
    قاده: 'قاءد',
    دعاه: 'داعيه',
    رعاه: 'راعي',
    // فعالى، فعايا
    قضايا: 'قضيه',
    ضحايا: 'ضحيه',
    // مفاعل، مفاعيل
    موارد: 'مورد',
    مصادر: 'مصدر',
    مناطق: 'منطقه',
    مواقع: 'موقع',
    مطالب: 'مطلب',
    مبادء: 'مبدا',
    مواقف: 'موقف',
    مكاتب: 'مكتب',
    معارف: 'معرفه',
    مساعي: 'مسعي',
    مخاطر: 'خطر',
    مواد: 'ماده',
    مشاريع: 'مشروع',
    ملايين: 'مليون',
    معايير: 'معيار',
    مفاهيم: 'مفهوم',
    تجارب: 'تجربه',
    // فعائل
    وساءل: 'وسيله',
    رساءل: 'رساله',
    نتاءج: 'نتيجه',
    ركاءز: 'ركيزه',
    نصاءح: 'نصيحه',
    وثاءق: 'وثيقه',
    فظاءع: 'فظيعه',
    // فواعل، أفاعل، فعالل
    عواءق: 'عاءق',
    حواجز: 'حاجز',
    روابط: 'رابطه',
    شواهد: 'شاهد',
    دوافع: 'دافع',
    عوامل: 'عامل',
    جوانب: 'جانب',
    اجانب: 'اجنبي',
    اساليب: 'اسلوب',
    برامج: 'برنامج',
    براميل: 'برميل',
    جداول: 'جدول',
    تقارير: 'تقرير',
    // other patterns
    مغاربه: 'مغربي',
    شكاوي: 'شكوي',
    نساء: 'مراه',
    اراضي: 'ارض',
    قنوات: 'قناه',
    ادوات: 'اداه',
  }),
)

/**
 * The singular of a normalised, proclitic-free broken plural, or undefined when the word is not a
 * plural in the lexicon. An accusative plural written with its tanwin alef (افرادا) counts too.
 */
export function singularOf(normalisedWord: string): string | undefined {
  const direct = pluralToSingular.get(normalisedWord)
  if (direct !== undefined || !normalisedWord.endsWith('ا')) return direct
  return pluralToSingular.get(normalisedWord.slice(0, -1))
}

/** Every [plural, singular] pair of the lexicon (for tests and measurements). */
export function pluralPairs(): [plural: string, singular: string][] {
  return [...pluralToSingular]
}
