/**
 * The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (UN General
 * Assembly resolution A/RES/73/195, para. 16), by number, with the compact's own titles in English
 * and in its Arabic text. The one list the site and the CMS name them from.
 *
 * The English titles are the resolution's. The Arabic titles are written from the Arabic text of
 * the resolution as best known: check them word for word against the UN Arabic document
 * (https://undocs.org/ar/A/RES/73/195) before relying on them as quotations.
 */
import type { LocaleCode } from './locales.ts'

export const gcmObjectiveCount = 23

export const gcmObjectives: Readonly<Record<number, Readonly<Record<LocaleCode, string>>>> = {
  1: {
    en: 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
    ar: 'جمع واستخدام بيانات دقيقة ومصنفة كأساس للسياسات القائمة على الأدلة',
  },
  2: {
    en: 'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
    ar: 'تقليص الدوافع والعوامل الهيكلية السلبية التي تضطر الناس إلى مغادرة بلدهم الأصلي',
  },
  3: {
    en: 'Provide accurate and timely information at all stages of migration',
    ar: 'تقديم معلومات دقيقة وفي الوقت المناسب في جميع مراحل الهجرة',
  },
  4: {
    en: 'Ensure that all migrants have proof of legal identity and adequate documentation',
    ar: 'ضمان حصول جميع المهاجرين على ما يثبت هويتهم القانونية وعلى الوثائق الملائمة',
  },
  5: {
    en: 'Enhance availability and flexibility of pathways for regular migration',
    ar: 'تعزيز توافر مسارات الهجرة النظامية ومرونتها',
  },
  6: {
    en: 'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
    ar: 'تيسير التوظيف المنصف والأخلاقي وصون الظروف التي تكفل العمل اللائق',
  },
  7: {
    en: 'Address and reduce vulnerabilities in migration',
    ar: 'معالجة أوجه الضعف في الهجرة والحد منها',
  },
  8: {
    en: 'Save lives and establish coordinated international efforts on missing migrants',
    ar: 'إنقاذ الأرواح وتنسيق الجهود الدولية بشأن المهاجرين المفقودين',
  },
  9: {
    en: 'Strengthen the transnational response to smuggling of migrants',
    ar: 'تعزيز التصدي عبر الوطني لتهريب المهاجرين',
  },
  10: {
    en: 'Prevent, combat and eradicate trafficking in persons in the context of international migration',
    ar: 'منع الاتجار بالأشخاص ومكافحته والقضاء عليه في سياق الهجرة الدولية',
  },
  11: {
    en: 'Manage borders in an integrated, secure and coordinated manner',
    ar: 'إدارة الحدود بطريقة متكاملة وآمنة ومنسقة',
  },
  12: {
    en: 'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
    ar: 'تعزيز اليقين وإمكانية التنبؤ في إجراءات الهجرة من أجل الفرز والتقييم والإحالة على النحو المناسب',
  },
  13: {
    en: 'Use migration detention only as a measure of last resort and work towards alternatives',
    ar: 'عدم اللجوء إلى احتجاز المهاجرين إلا كتدبير أخير والعمل على إيجاد بدائل له',
  },
  14: {
    en: 'Enhance consular protection, assistance and cooperation throughout the migration cycle',
    ar: 'تعزيز الحماية والمساعدة والتعاون في المجال القنصلي طوال دورة الهجرة',
  },
  15: {
    en: 'Provide access to basic services for migrants',
    ar: 'إتاحة إمكانية حصول المهاجرين على الخدمات الأساسية',
  },
  16: {
    en: 'Empower migrants and societies to realize full inclusion and social cohesion',
    ar: 'تمكين المهاجرين والمجتمعات من تحقيق الإدماج الكامل والتماسك الاجتماعي',
  },
  17: {
    en: 'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
    ar: 'القضاء على جميع أشكال التمييز وتشجيع الخطاب العام القائم على الأدلة من أجل تشكيل التصورات عن الهجرة',
  },
  18: {
    en: 'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
    ar: 'الاستثمار في تنمية المهارات وتيسير الاعتراف المتبادل بالمهارات والمؤهلات والكفاءات',
  },
  19: {
    en: 'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
    ar: 'تهيئة الظروف اللازمة لكي يتمكن المهاجرون والمغتربون من المساهمة بشكل كامل في التنمية المستدامة في جميع البلدان',
  },
  20: {
    en: 'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants',
    ar: 'تشجيع تحويل التحويلات المالية بطرق أسرع وأكثر أمانا وأقل تكلفة وتعزيز الإدماج المالي للمهاجرين',
  },
  21: {
    en: 'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
    ar: 'التعاون على تيسير العودة وإعادة القبول في ظروف آمنة وكريمة، فضلا عن إعادة الإدماج المستدام',
  },
  22: {
    en: 'Establish mechanisms for the portability of social security entitlements and earned benefits',
    ar: 'إنشاء آليات لنقل استحقاقات الضمان الاجتماعي والمزايا المكتسبة',
  },
  23: {
    en: 'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
    ar: 'تعزيز التعاون الدولي والشراكات العالمية من أجل الهجرة الآمنة والمنظمة والنظامية',
  },
}

/** The title of objective `n` in `lang`; throws for a number the compact does not have. */
export function gcmObjectiveTitle(n: number, lang: LocaleCode): string {
  const objective = gcmObjectives[n]
  if (!objective) throw new Error(`The Global Compact for Migration has no objective ${String(n)}`)
  return objective[lang]
}
