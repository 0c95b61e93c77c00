/** Slugs and codes that tests rely on: one place, so a renamed fixture fails loudly here. */
export const reportSlug = 'activism-in-exile'
export const campaignSlug = 'almahjar-can'
export const campaignYear = 2021

/** Findings of Activism in Exile that carry the study's key figures (content/reports/…/findings.yaml). */
export const keyFindingCodes = {
  surveyResponse: 'AIE-F01',
  leftBecauseOfRepression: 'AIE-F04',
  returnThreatensLife: 'AIE-F05',
  moreActiveAtHome: 'AIE-F06',
  wantToContribute: 'AIE-F10',
  knowledgeNotGrown: 'AIE-F12',
  pressConference: 'AIE-F13',
  systematicResearch: 'AIE-F14',
  lobbyingSkills: 'AIE-F15',
  managementSkills: 'AIE-F18',
  organisationMeans: 'AIE-F41',
} as const

/** The hand-made site fixture snapshot (tests/fixtures/snapshot): what each item exercises. */
export const siteFixture = {
  reportSlug: 'activism-in-exile',
  /** Has a qualifier ("more than"), a base n = 104 and an exhibit. */
  findingWithBase: 'AIE-F01',
  /** A multi-part exhibit: drawn as an SVG bar chart. */
  findingWithBreakdown: 'AIE-F02',
  /** Its statement exists in Arabic only: English pages show it as a fallback. */
  findingArabicOnly: 'AIE-F03',
  /** Its text exists in English only: Arabic pages show it as a fallback. */
  recommendationEnglishOnly: 'AIE-C2',
  recommendationWithEvidence: 'AIE-A1',
  /** Its Arabic text changed after the English was translated: the English page may lag. */
  findingLagging: { code: 'AIE-F04', lagging: 'en', since: '2026-11-18' },
  /** Its English text changed after the Arabic was translated: the Arabic page may lag. */
  recommendationLagging: { code: 'AIE-A1', lagging: 'ar', since: '2026-11-15' },
  practiceSlug: 'mbi-maghrib-belgium-impulse',
  storySlug: 'living-together',
  campaignSlug: 'almahjar-can',
  campaignYear: 2021,
  hashtag: '#AlMahjarCan_21',
  /** Withdrawn with a reason in both languages; readers are pointed to AIE-F04 instead. */
  findingWithdrawn: 'AIE-F09',
  /** Withdrawn: its title exists in English only, its reason in Arabic only, no code. */
  practiceWithdrawn: 'old-mentoring-circle',
} as const

/** Search scenarios over the real corpus (tests/e2e/search): queries and what they must find. */
export const searchCases = {
  /** و-prefixed Arabic word (والتمييز) that Pagefind alone misses as الميم… finds B4-6 and C9. */
  arabicPrefixed: { query: 'والتمييز', finds: 'AIE-B4-6' },
  /** Donors: findings and recommendations; the type filter keeps only recommendations. */
  arabicDonors: { query: 'المانحين', finding: 'AIE-F12' },
  englishDonors: { query: 'donors', finding: 'AIE-F12' },
  /** Only in the English edition: the Arabic page offers the English hits. */
  englishOnlyWord: 'xenophobia',
  /** Only in the Arabic edition: the English page offers the Arabic hits. */
  arabicOnlyWord: 'كمبالا',
  /**
   * An item's own word among many stem and prefix neighbours: only AIE-F27 says الأصلي; some twenty
   * other items say الأصلية، الأصل or الإصلاح (issue 15; relevance set, group own-word).
   */
  arabicOwnWord: { query: 'الاصلي', finding: 'AIE-F27', neighbour: /[إا]صلاح/u },
  /** A shared search with two filters. */
  sharedEnglish: {
    query: 'extremism',
    type: 'recommendation',
    audience: 'host-governments-and-international-actors',
  },
} as const

/** The main job (tests/e2e/main): findings and recommendations its publishing scenarios edit. */
/** The main job's fault test (tests/e2e/main/resilience.e2e.test.ts). */
export const resilienceCases = {
  /** Published in both languages, then the CMS is killed during its build. */
  crashedFinding: 'AIE-F06',
} as const

export const publishingCases = {
  /** Its English statement is changed and published. */
  editedFinding: 'AIE-F01',
  /** Published while a draft of editedFinding waits: the build that must not carry the draft. */
  otherFinding: 'AIE-F04',
  /** Published while the editorial pages are broken: the failed build. */
  failedBuildFinding: 'AIE-F05',
  /** Recommendations published in a burst of ten. */
  burstRecommendations: [
    'AIE-A1',
    'AIE-A2',
    'AIE-A3',
    'AIE-A4',
    'AIE-A5',
    'AIE-A6',
    'AIE-A7',
    'AIE-A8',
    'AIE-A9',
    'AIE-A10',
  ],
} as const
