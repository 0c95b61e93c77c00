/**
 * Synthetic bilingual recommendations for benchmarks: real Arabic and English vocabulary in the
 * study's register, realistic lengths (as the study's: median ≈ 150 characters, one in ten a long paragraph), every audience and theme used,
 * deterministic for a given seed. Codes `SYN-S1`, `SYN-S2`, … never clash with the study's.
 * About 60 % carry one to four synthetic follow-up entries, marked as such in both languages.
 */
import { contentSchemas, type ContentDocument } from '@mahjar/shared/schemas/collections'
import {
  followUpStatuses,
  responseStatuses,
  statusesOfKind,
  type FollowUpEntryStatus,
} from '@mahjar/shared/schemas/recommendations'

type Recommendation = ContentDocument<'recommendations'>

/** Words of each language by role in the sentence templates below. */
const words = {
  ar: {
    actions: [
      'تعزيز',
      'دعم',
      'تمويل',
      'تدريب',
      'إشراك',
      'تطوير',
      'توسيع',
      'حماية',
      'تسهيل',
      'بناء',
      'إنشاء',
      'تنسيق',
      'توثيق',
      'رصد',
      'تقييم',
      'مراجعة',
      'تبني',
      'اعتماد',
      'تشجيع',
      'تمكين',
      'ضمان',
      'توفير',
      'إطلاق',
      'تنظيم',
      'إعداد',
      'نشر',
      'تبادل',
      'تحسين',
      'تقوية',
      'مناصرة',
      'متابعة',
      'تخصيص',
      'تيسير',
      'دمج',
      'مساندة',
      'إتاحة',
      'تحليل',
      'صياغة',
      'تكثيف',
      'استقطاب',
    ],
    nouns: [
      'الشتات',
      'النشطاء',
      'المنظمات',
      'المجتمع المدني',
      'الحكومات',
      'المانحين',
      'القدرات',
      'المهارات',
      'الموارد',
      'التمويل',
      'الشبكات',
      'الشراكات',
      'الحملات',
      'السياسات',
      'القرارات',
      'الحقوق',
      'الحريات',
      'المعلومات',
      'البحوث',
      'الأدلة',
      'البيانات',
      'الشباب',
      'النساء',
      'اللاجئين',
      'المهاجرين',
      'البلدان المضيفة',
      'بلدان المنشأ',
      'المنطقة',
      'المؤسسات',
      'الهيئات',
      'البرامج',
      'المشاريع',
      'المبادرات',
      'الجهود',
      'الآليات',
      'الأدوات',
      'المنصات',
      'وسائل الإعلام',
      'الصحافة',
      'الجمهور',
      'الرأي العام',
      'الحوار',
      'التواصل',
      'التعاون',
      'التضامن',
      'العدالة',
      'المساءلة',
      'الشفافية',
      'الديمقراطية',
      'الإصلاح',
      'الاستقرار',
      'السلام',
      'الأمن',
      'التنمية',
      'الاندماج',
      'المواطنة',
      'المشاركة',
      'التمثيل',
      'القيادة',
      'الإدارة',
      'التخطيط',
      'الاستراتيجيات',
      'الأولويات',
      'الاحتياجات',
      'التحديات',
      'العوائق',
      'المخاطر',
      'الفرص',
      'الخبرات',
      'التجارب',
      'الدروس',
      'الممارسات',
      'المعايير',
      'القوانين',
      'التشريعات',
      'الاتفاقيات',
      'الالتزامات',
      'الضمانات',
      'المناصرة',
      'الضغط',
      'التقاضي',
      'التربية المدنية',
      'الدعم النفسي',
      'المنفى',
      'المهجر',
      'الناشطية',
      'المدافعين',
      'الصحفيين',
      'الباحثين',
      'الجامعات',
      'البلديات',
      'صناع القرار',
      'الأمم المتحدة',
      'الاتحاد الأوروبي',
      'الجاليات',
    ],
    qualities: [
      'الدولية',
      'المحلية',
      'الإقليمية',
      'الوطنية',
      'المستقلة',
      'المستدامة',
      'الفعالة',
      'الناشئة',
      'الجديدة',
      'الشاملة',
      'المباشرة',
      'المرنة',
      'الآمنة',
      'الموثوقة',
      'العادلة',
      'المشتركة',
      'الرقمية',
      'القانونية',
      'السياسية',
      'الاقتصادية',
      'الاجتماعية',
      'الإنسانية',
      'الأساسية',
      'المتخصصة',
      'المتنوعة',
      'المنظمة',
      'الواضحة',
      'الملموسة',
      'الحساسة',
      'القائمة على الأدلة',
    ],
    links: [
      'في',
      'من',
      'إلى',
      'على',
      'مع',
      'عبر',
      'حول',
      'لدى',
      'بين',
      'ضمن',
      'من أجل',
      'بما في ذلك',
      'من خلال',
      'بهدف',
      'لضمان',
      'بالتعاون مع',
      'وفق',
      'لصالح',
      'داخل',
      'خارج',
    ],
    joins: ['، و', '، مع', '، بالإضافة إلى', '، وكذلك', '، بما يضمن'],
    tails: [
      'على المدى الطويل',
      'بشكل منتظم',
      'دون تمييز',
      'في أقرب وقت ممكن',
      'بصورة شفافة',
      'بالتشاور مع المعنيين',
      'في البلدان المضيفة',
      'في منطقة الشرق الأوسط وشمال إفريقيا',
    ],
  },
  en: {
    actions: [
      'strengthen',
      'support',
      'fund',
      'train',
      'involve',
      'develop',
      'expand',
      'protect',
      'facilitate',
      'build',
      'establish',
      'coordinate',
      'document',
      'monitor',
      'evaluate',
      'review',
      'adopt',
      'encourage',
      'empower',
      'guarantee',
      'provide',
      'launch',
      'organise',
      'prepare',
      'publish',
      'share',
      'improve',
      'consolidate',
      'advocate for',
      'follow up',
      'allocate',
      'ease access to',
      'integrate',
      'back',
      'open up',
      'analyse',
      'draft',
      'intensify',
      'recruit',
      'sustain',
    ],
    nouns: [
      'diaspora activists',
      'organisations',
      'civil society',
      'governments',
      'donors',
      'capacities',
      'skills',
      'resources',
      'funding',
      'networks',
      'partnerships',
      'campaigns',
      'policies',
      'decisions',
      'rights',
      'freedoms',
      'information',
      'research',
      'evidence',
      'data',
      'young people',
      'women',
      'refugees',
      'migrants',
      'host countries',
      'countries of origin',
      'the region',
      'institutions',
      'bodies',
      'programmes',
      'projects',
      'initiatives',
      'efforts',
      'mechanisms',
      'tools',
      'platforms',
      'the media',
      'journalists',
      'the public',
      'public opinion',
      'dialogue',
      'communication',
      'cooperation',
      'solidarity',
      'justice',
      'accountability',
      'transparency',
      'democracy',
      'reform',
      'stability',
      'peace',
      'security',
      'development',
      'inclusion',
      'citizenship',
      'participation',
      'representation',
      'leadership',
      'management',
      'planning',
      'strategies',
      'priorities',
      'needs',
      'challenges',
      'barriers',
      'risks',
      'opportunities',
      'expertise',
      'experience',
      'lessons',
      'practices',
      'standards',
      'laws',
      'legislation',
      'agreements',
      'commitments',
      'safeguards',
      'advocacy',
      'lobbying',
      'litigation',
      'civic education',
      'psychological support',
      'exile',
      'human rights defenders',
      'researchers',
      'universities',
      'municipalities',
      'decision-makers',
      'the United Nations',
      'the European Union',
      'communities',
    ],
    qualities: [
      'international',
      'local',
      'regional',
      'national',
      'independent',
      'sustainable',
      'effective',
      'emerging',
      'new',
      'inclusive',
      'direct',
      'flexible',
      'safe',
      'reliable',
      'fair',
      'joint',
      'digital',
      'legal',
      'political',
      'economic',
      'social',
      'humanitarian',
      'core',
      'specialised',
      'diverse',
      'organised',
      'clear',
      'tangible',
      'sensitive',
      'evidence-based',
    ],
    links: [
      'in',
      'from',
      'to',
      'on',
      'with',
      'across',
      'around',
      'among',
      'between',
      'within',
      'for',
      'including',
      'through',
      'aimed at',
      'to ensure',
      'together with',
      'according to',
      'on behalf of',
      'inside',
      'outside',
    ],
    joins: [', and', ', while', ', as well as', ', so as to', ', together with'],
    tails: [
      'in the long term',
      'on a regular basis',
      'without discrimination',
      'as soon as possible',
      'transparently',
      'in consultation with those concerned',
      'in host countries',
      'in the Middle East and North Africa',
    ],
  },
} as const

const sections = [
  { ar: 'إشراك نشطاء الشتات', en: 'Engaging diaspora activists' },
  { ar: 'بناء القدرات', en: 'Building capacities' },
  { ar: 'إعادة التفكير في التمويل', en: 'Rethinking funding' },
  { ar: 'تحسين البيئة التمكينية', en: 'Improving the enabling environment' },
  { ar: 'الشراكات والشبكات', en: 'Partnerships and networks' },
  { ar: 'البحث والأدلة', en: 'Research and evidence' },
] as const

/** mulberry32: a small, fast, deterministic PRNG. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

type Random = () => number
type Lang = keyof typeof words

function pick<T>(random: Random, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

function nounPhrase(random: Random, lang: Lang): string {
  const w = words[lang]
  const noun = pick(random, w.nouns)
  if (random() < 0.5) return noun
  return lang === 'ar'
    ? `${noun} ${pick(random, w.qualities)}`
    : `${pick(random, w.qualities)} ${noun}`
}

function sentence(random: Random, lang: Lang): string {
  const w = words[lang]
  const parts = [
    pick(random, w.actions),
    nounPhrase(random, lang),
    pick(random, w.links),
    nounPhrase(random, lang),
  ]
  let text = parts.join(' ')
  if (random() < 0.6) {
    text += `${pick(random, w.joins)} ${pick(random, w.actions)} ${nounPhrase(random, lang)}`
  }
  if (random() < 0.4) text += ` ${pick(random, w.tails)}`
  const first = text.charAt(0)
  return `${lang === 'en' ? first.toUpperCase() : first}${text.slice(1)}.`
}

function paragraph(random: Random, lang: Lang, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random, lang)).join(' ')
}

function sample<T>(random: Random, list: readonly T[], count: number): T[] {
  const pool = [...list]
  const chosen: T[] = []
  while (chosen.length < count && pool.length > 0) {
    chosen.push(...pool.splice(Math.floor(random() * pool.length), 1))
  }
  return chosen
}

export interface SyntheticOptions {
  readonly count: number
  readonly seed?: number
  readonly report: string
  readonly audiences: readonly string[]
  readonly themes: readonly string[]
  /** Finding codes of `report` that evidence may cite. */
  readonly findings: readonly string[]
  /** First `order` value, after the real recommendations. */
  readonly firstOrder?: number
}

type FollowUpEntry = Recommendation['followUp'][number]

/** What marks every synthetic follow-up statement, so none is ever read as fact. */
export const syntheticMark = { ar: '[بيانات اصطناعية]', en: '[Synthetic data]' } as const

const dayMs = 86_400_000
const firstDay = Date.UTC(2023, 0, 1)

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/**
 * The follow-up of the `nth` synthetic recommendation that has one: responses, then (for an
 * implementation status) implementation entries, ending on `followUpStatuses[nth mod 9]` so every
 * status is some recommendation's current status; dated upwards from 2023, each addressed to one
 * of the recommendation's audiences.
 */
function syntheticFollowUp(
  random: Random,
  rec: { code: string; audiences: readonly (string | undefined)[]; evidence: readonly string[] },
  nth: number,
): FollowUpEntry[] {
  const target = followUpStatuses[nth % followUpStatuses.length] as FollowUpEntryStatus
  const implementation = statusesOfKind.implementation.includes(target)
  const count = Math.max(1 + Math.floor(random() * 4), implementation ? 2 : 1)
  let day = firstDay + Math.floor(random() * 900) * dayMs
  return Array.from({ length: count }, (_, index) => {
    const last = index === count - 1
    const kind = index > 0 && implementation ? 'implementation' : 'response'
    const status: FollowUpEntryStatus = last
      ? target
      : kind === 'response'
        ? pick(random, responseStatuses)
        : pick(random, statusesOfKind.implementation)
    const date = isoDay(day)
    day += (20 + Math.floor(random() * 200)) * dayMs
    const entry: FollowUpEntry = {
      date,
      audience: pick(random, rec.audiences) ?? '',
      kind,
      status,
      statement: {
        ar: `${syntheticMark.ar} ${sentence(random, 'ar')}`,
        en: `${syntheticMark.en} ${sentence(random, 'en')}`,
      },
      sources:
        random() < 0.7
          ? [
              {
                label: { ar: 'مصدر اصطناعي', en: 'Synthetic source' },
                url: `https://example.org/synthetic/${rec.code.toLowerCase()}/${String(index + 1)}`,
                date,
              },
            ]
          : [],
      findings: sample(random, rec.evidence, Math.floor(random() * 2)),
    }
    if (random() < 0.3) entry.body = { ar: 'جهة اصطناعية', en: 'A synthetic body' }
    return entry
  })
}

/** Recommendation `i` (0-based) always uses audience i mod n and theme i mod n, so all appear. */
export function syntheticRecommendations(options: SyntheticOptions): Recommendation[] {
  const random = randomSource(options.seed ?? 1)
  // Follow-up draws from its own source: the recommendations stay those of earlier benchmarks.
  const followUpRandom = randomSource((options.seed ?? 1) + 0x5f0f)
  let withFollowUp = 0
  const firstOrder = options.firstOrder ?? 10_000
  return Array.from({ length: options.count }, (_, i) => {
    const n = i + 1
    // Like the study's: mostly one to three sentences, one in ten a long paragraph.
    const sentences = random() < 0.1 ? 5 + Math.floor(random() * 4) : 1 + Math.floor(random() * 3)
    const firstAudience = options.audiences[i % options.audiences.length]
    const firstTheme = options.themes[i % options.themes.length]
    const audiences = new Set([
      firstAudience,
      ...sample(random, options.audiences, Math.floor(random() * 2)),
    ])
    const themes = new Set([
      firstTheme,
      ...sample(random, options.themes, Math.floor(random() * 3)),
    ])
    const doc = {
      code: `SYN-S${n}`,
      number: `S.${n}`,
      report: options.report,
      section: pick(random, sections),
      audiences: [...audiences],
      themes: [...themes],
      text: { ar: paragraph(random, 'ar', sentences), en: paragraph(random, 'en', sentences) },
      evidence: sample(random, options.findings, Math.floor(random() * 4)),
      order: firstOrder + n,
    }
    const followUp =
      followUpRandom() < 0.6 ? syntheticFollowUp(followUpRandom, doc, withFollowUp++) : []
    return contentSchemas.recommendations.parse({ ...doc, followUp })
  })
}
