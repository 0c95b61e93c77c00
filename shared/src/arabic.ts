/**
 * Arabic text normalisation for search: the one module applied on the index side (build) and the
 * query side (browser), so that a word matches however a reader writes it.
 *
 * - `normaliseWord` folds spelling variants: diacritics and tatweel removed, hamza-on-alef and
 *   madda forms (أ إ آ ٱ) → ا, hamza on waw/yaa (ؤ ئ) → ء, taa marbuta ة → ه, alef maqsura ى → ي,
 *   Persian look-alikes (ک ی ھ) → Arabic, Arabic-Indic digits → Latin, Latin lowercased.
 * - `prefixVariants` lists the forms of a word without its attached proclitics: the conjunctions
 *   و ف, the prepositions ب ك ل and the article ال (so وال، بال، فال، كال، لل، ولل …).
 * - A broken plural and its singular share one canonical form, the singular's (نشطاء → ناشط,
 *   حقوق → حق): the lexicon in arabic-plurals.ts, since light stemming cannot join them.
 * - The index holds every variant of each word (`indexVariants`); a query word is reduced to one
 *   canonical form (`canonicalWord`), which is always among the variants of the same word written
 *   with any other proclitics, and of its singular or broken plural.
 */
import { singularOf } from './arabic-plurals.ts'

/** Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks; tatweel; invisible marks. */
const removable =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u200B-\u200F\u061C\u2066-\u2069]/gu

/** A `Map`: lookups by character from content never reach Object.prototype. */
const letterMap: ReadonlyMap<string, string> = new Map(
  Object.entries({
    أ: 'ا',
    إ: 'ا',
    آ: 'ا',
    ٱ: 'ا',
    ؤ: 'ء',
    ئ: 'ء',
    ة: 'ه',
    ى: 'ي',
    ی: 'ي',
    ک: 'ك',
    ھ: 'ه',
    '٠': '0',
    '١': '1',
    '٢': '2',
    '٣': '3',
    '٤': '4',
    '٥': '5',
    '٦': '6',
    '٧': '7',
    '٨': '8',
    '٩': '9',
    '۰': '0',
    '۱': '1',
    '۲': '2',
    '۳': '3',
    '۴': '4',
    '۵': '5',
    '۶': '6',
    '۷': '7',
    '۸': '8',
    '۹': '9',
  }),
)

const mappable = new RegExp(`[${[...letterMap.keys()].join('')}]`, 'gu')

/** Latin diacritics (é → e) go too: English queries are typed without them. */
const latinMarks = /[\u0300-\u036F]/gu

/** Folds the spelling variants of one word (or of a whole text: spaces are kept). */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(latinMarks, '')
    .normalize('NFC')
    .replace(removable, '')
    .replace(mappable, (char) => letterMap.get(char) ?? char)
    .toLowerCase()
}

/** A word: letters (with their marks) and digits; everything else separates words. */
const wordPattern = /[\p{L}\p{M}\p{N}\u0640]+/gu

export interface Token {
  /** The word as written in the text. */
  readonly text: string
  /** Offset of the word in the text (UTF-16 code units). */
  readonly start: number
  readonly end: number
}

/** Splits a text into words, keeping their positions so that highlights can use the original. */
export function tokenise(text: string): Token[] {
  return Array.from(text.matchAll(wordPattern), (match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }))
}

const arabicLetter = /^[\u0621-\u064A]+$/u
const conjunctions = ['و', 'ف'] as const
const prepositions = ['ب', 'ك', 'ل'] as const
const article = 'ال'
/** A stem left after removing only one-letter proclitics keeps three letters (وطن stays وطن). */
const minBareStem = 3
/** After the article two letters are enough (الحق → حق). */
const minArticleStem = 2

function stripArticle(word: string, found: Set<string>): void {
  if (word.startsWith(article) && word.length - article.length >= minArticleStem) {
    found.add(word.slice(article.length))
  }
}

function stripPreposition(word: string, found: Set<string>): void {
  stripArticle(word, found)
  for (const preposition of prepositions) {
    if (!word.startsWith(preposition)) continue
    const rest = word.slice(1)
    if (rest.length >= minBareStem) found.add(rest)
    stripArticle(rest, found)
    // ل + ال is written لل (للشتات = ل + الشتات).
    if (preposition === 'ل' && rest.startsWith('ل') && rest.length - 1 >= minArticleStem) {
      found.add(rest.slice(1))
    }
  }
}

/**
 * Every form of a normalised Arabic word without some of its proclitics, following the order
 * conjunction → preposition → article. The word itself is not included.
 */
export function prefixVariants(normalisedWord: string): string[] {
  if (!arabicLetter.test(normalisedWord)) return []
  const found = new Set<string>()
  stripPreposition(normalisedWord, found)
  for (const conjunction of conjunctions) {
    if (!normalisedWord.startsWith(conjunction)) continue
    const rest = normalisedWord.slice(1)
    if (rest.length >= minBareStem) found.add(rest)
    stripPreposition(rest, found)
  }
  found.delete(normalisedWord)
  return [...found]
}

/** The shortest proclitic-free variant of a word. */
function shortestVariant(normalisedWord: string): string {
  let best = normalisedWord
  for (const variant of prefixVariants(normalisedWord)) {
    if (variant.length < best.length) best = variant
  }
  return best
}

/**
 * The singular of a word that is a broken plural once its proclitics are removed (والنشطاء →
 * ناشط). The longest form wins, so a plural is not read into a word by stripping letters that are
 * part of it.
 */
function brokenPluralSingular(normalisedWord: string): string | undefined {
  const forms = [normalisedWord, ...prefixVariants(normalisedWord)].sort(
    (a, b) => b.length - a.length,
  )
  for (const form of forms) {
    const singular = singularOf(form)
    if (singular !== undefined) return singular
  }
  return undefined
}

/**
 * The form a query word is searched by: its shortest proclitic-free variant, or for a broken
 * plural its singular's (so نشطاء, للنشطاء and ناشط all become ناشط).
 */
export function canonicalWord(normalisedWord: string): string {
  const singular = brokenPluralSingular(normalisedWord)
  return shortestVariant(singular ?? normalisedWord)
}

/**
 * The forms under which one word is indexed: the normalised word, its proclitic-free variants, and
 * the canonical form of each of those (so that a bare query such as لاجئين, whose canonical form
 * is اجئين, still meets اللاجئين); for a broken plural, the same forms of its singular too.
 */
export function indexVariants(word: string): string[] {
  const normalised = normaliseWord(word)
  const forms = new Set<string>()
  const addForms = (source: string) => {
    forms.add(source)
    for (const variant of prefixVariants(source)) {
      forms.add(variant)
      forms.add(canonicalWord(variant))
    }
    forms.add(canonicalWord(source))
  }
  addForms(normalised)
  // A broken plural is also indexed as its singular, so بوسيلة (canonical وسيله) meets الوسائل.
  const singular = brokenPluralSingular(normalised)
  if (singular !== undefined) addForms(singular)
  return [...forms]
}

/**
 * The forms of a text's words other than as written (spelling-normalised, proclitic-free): what
 * the index adds, in a low-weight block, beside the original text.
 */
export function variantsOnly(text: string): string {
  return tokenise(text)
    .flatMap((token) => {
      const written = token.text.toLowerCase()
      return indexVariants(token.text).filter((form) => form !== written)
    })
    .join(' ')
}

/** A query with each word spelling-normalised only (proclitics kept): the "exact" search. */
export function normaliseText(text: string): string {
  return tokenise(text)
    .map((token) => normaliseWord(token.text))
    .join(' ')
}

/** The query Pagefind receives: every word normalised and reduced to its canonical form. */
export function normaliseQuery(query: string): string {
  return tokenise(query)
    .map((token) => canonicalWord(normaliseWord(token.text)))
    .join(' ')
}

/** Suffixes dropped when deciding whether a shown word matches a query word (light stemming). */
const arabicSuffixes = ['هما', 'كما', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'نا', 'ه', 'ي']
const englishSuffixes = ['ing', 'es', 'ed', 's']

function lightStem(word: string): string {
  const suffixes = arabicLetter.test(word) ? arabicSuffixes : englishSuffixes
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      return word.slice(0, -suffix.length)
    }
  }
  return word
}

/**
 * The forms a shown word is compared by: its index variants, light-stemmed, and the canonical form
 * of each stem (so حقوقهم, stemmed to حقوق, is also حق).
 */
function matchForms(word: string): Set<string> {
  const forms = new Set<string>()
  for (const variant of indexVariants(word)) {
    const stem = lightStem(variant)
    forms.add(stem)
    forms.add(canonicalWord(stem))
  }
  return forms
}

/** A query word shorter than this is never matched as the start of a longer word. */
const minPrefixStem = 3

/**
 * Whether a word of a shown text matches one of the query's canonical words: the same word once
 * its proclitics, spelling variants and a light suffix are set aside (منظمات marks والمنظمات, حق
 * marks حقوقهم, donor marks Donors), or, for a query word of three letters or more, a word that
 * begins with the query word as typed (a word still being typed). A word that only shares a stem
 * with the query is not marked: الاصلي does not mark الإصلاح.
 */
export function wordMatches(word: string, canonicalQueryWords: readonly string[]): boolean {
  const forms = matchForms(word)
  return canonicalQueryWords.some((query) => {
    if (forms.has(query) || forms.has(lightStem(query))) return true
    if (query.length < minPrefixStem) return false
    for (const form of forms) if (form.startsWith(query)) return true
    return false
  })
}

export interface HighlightSegment {
  readonly text: string
  readonly match: boolean
}

/**
 * Splits an original (un-normalised) text into plain and matching segments for a query, so the
 * reader sees the text as written, with the words their query found marked.
 */
export function highlight(text: string, query: string): HighlightSegment[] {
  const queryWords = normaliseQuery(query).split(' ').filter(Boolean)
  const segments: HighlightSegment[] = []
  let cursor = 0
  if (queryWords.length > 0) {
    for (const token of tokenise(text)) {
      if (!wordMatches(token.text, queryWords)) continue
      if (token.start > cursor)
        segments.push({ text: text.slice(cursor, token.start), match: false })
      segments.push({ text: token.text, match: true })
      cursor = token.end
    }
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false })
  return segments
}
