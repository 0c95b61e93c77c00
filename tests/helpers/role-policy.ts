/**
 * Who may do what: the written policy of issue 11 ("translators change localized text of drafts
 * only; never publish, unpublish, change codes or structure, whatever the request looks like; a
 * plain PATCH by anyone never silently unpublishes a live document"), stated once, as one table
 * per kind of collection. The access code has no table of its own (it is spread over the
 * collections' `access` and the hooks keepPublishingWithEditors / keepTranslatorsToText), so this
 * table is what it is reviewed against: the REST matrix (int/cms/roles.int.test.ts) makes one
 * test per cell, the admin tests (e2e/cms/roles.e2e.test.ts) read the controls each role sees
 * from the same rows.
 *
 * Outcomes:
 * - `yes`   allowed, and it takes effect;
 * - `no`    refused with a 4xx and a message in the request's language; the database unchanged;
 * - `draft` accepted as a draft only: the change is in the latest draft, the live version (what
 *           readers see) is exactly as it was;
 * - `own`   answers with what is the asker's own (their account; published documents only).
 */
export const matrixRoles = ['anonymous', 'translator', 'editor', 'admin'] as const
export type MatrixRole = (typeof matrixRoles)[number]
export type Outcome = 'yes' | 'no' | 'draft' | 'own'

type Row = readonly [Outcome, Outcome, Outcome, Outcome]

// prettier-ignore
export const policy = {
  /** reports, findings, recommendations, practices, campaign-editions, stories */
  content: {
    //                                         anonymous  translator  editor   admin
    'list (published and drafts)':            ['own',     'yes',      'yes',   'yes'  ],
    'read a published document':              ['yes',     'yes',      'yes',   'yes'  ],
    'read a draft':                           ['no',      'yes',      'yes',   'yes'  ],
    'read versions':                          ['no',      'yes',      'yes',   'yes'  ],
    'create a draft':                         ['no',      'no',       'yes',   'yes'  ],
    'create a published document':            ['no',      'no',       'yes',   'yes'  ],
    'update the text of a draft':             ['no',      'yes',      'yes',   'yes'  ],
    'update the text of a live document':     ['no',      'draft',    'draft', 'draft'],
    'change the code or slug of a draft':     ['no',      'no',       'yes',   'yes'  ],
    'change the structure of a draft':        ['no',      'no',       'yes',   'yes'  ],
    'publish a draft':                        ['no',      'no',       'yes',   'yes'  ],
    'unpublish with _status draft':           ['no',      'draft',    'yes',   'yes'  ],
    'plain PATCH over a pending draft':       ['no',      'draft',    'draft', 'draft'],
    'delete':                                 ['no',      'no',       'yes',   'yes'  ],
    'restore a version':                      ['no',      'no',       'draft', 'draft'],
  },
  /** themes, audiences: no drafts; named by editors */
  taxonomies: {
    'list':                                   ['yes',     'yes',      'yes',   'yes'  ],
    'create':                                 ['no',      'no',       'yes',   'yes'  ],
    'update':                                 ['no',      'no',       'yes',   'yes'  ],
    'delete':                                 ['no',      'no',       'yes',   'yes'  ],
  },
  /** filled from ISO 3166 at boot, never edited by hand */
  countries: {
    'list':                                   ['yes',     'yes',      'yes',   'yes'  ],
    'create':                                 ['no',      'no',       'no',    'no'   ],
    'update':                                 ['no',      'no',       'no',    'no'   ],
    'delete':                                 ['no',      'no',       'no',    'no'   ],
  },
  /** public only once a published document uses the upload */
  media: {
    'read an upload no published document uses': ['no',  'yes',      'yes',   'yes'  ],
    'read an upload a published report uses': ['yes',     'yes',      'yes',   'yes'  ],
    'upload':                                 ['no',      'yes',      'yes',   'yes'  ],
    'update the alt text':                    ['no',      'yes',      'yes',   'yes'  ],
    'delete':                                 ['no',      'no',       'yes',   'yes'  ],
  },
  /** written when a published slug changes, and by editors; public so the static site keeps old URLs */
  redirects: {
    'list':                                   ['yes',     'yes',      'yes',   'yes'  ],
    'create':                                 ['no',      'no',       'yes',   'yes'  ],
    'update':                                 ['no',      'no',       'yes',   'yes'  ],
    'delete':                                 ['no',      'no',       'yes',   'yes'  ],
  },
  /** written on Unpublish/Delete of a live item; public (the notice); editors correct the reason */
  withdrawals: {
    'list':                                   ['yes',     'yes',      'yes',   'yes'  ],
    'create':                                 ['no',      'no',       'no',    'no'   ],
    'update':                                 ['no',      'no',       'yes',   'yes'  ],
    'delete':                                 ['no',      'no',       'no',    'no'   ],
  },
  /** written by the publishing pipeline only: a URL once served is a promise */
  permalinks: {
    'list':                                   ['yes',     'yes',      'yes',   'yes'  ],
    'create':                                 ['no',      'no',       'no',    'no'   ],
    'update':                                 ['no',      'no',       'no',    'no'   ],
    'delete':                                 ['no',      'no',       'no',    'no'   ],
  },
  /** written by the rebuild job only */
  builds: {
    'list':                                   ['no',      'yes',      'yes',   'yes'  ],
    'create':                                 ['no',      'no',       'no',    'no'   ],
    'update':                                 ['no',      'no',       'no',    'no'   ],
    'delete':                                 ['no',      'no',       'no',    'yes'  ],
  },
  /**
   * the names of anonymous stories' tellers, kept apart from the stories: written only by a
   * story's save, read, corrected and erased by editors and admins, never seen by translators
   */
  'story-authors': {
    'list':                                   ['no',      'no',       'yes',   'yes'  ],
    'create':                                 ['no',      'no',       'no',    'no'   ],
    'update':                                 ['no',      'no',       'yes',   'yes'  ],
    'delete':                                 ['no',      'no',       'yes',   'yes'  ],
  },
  /**
   * what campaign participants send: made only by the public send door, never public, read and
   * moderated by editors and admins, never seen by translators; admins delete
   */
  submissions: {
    'list':                                   ['no',      'no',       'yes',   'yes'  ],
    'create':                                 ['no',      'no',       'no',    'no'   ],
    'update':                                 ['no',      'no',       'yes',   'yes'  ],
    'delete':                                 ['no',      'no',       'no',    'yes'  ],
  },
  users: {
    'list':                                   ['no',      'own',      'own',   'yes'  ],
    'read another account':                   ['no',      'no',       'no',    'yes'  ],
    'read one’s own account':                 ['no',      'yes',      'yes',   'yes'  ],
    'update another account':                 ['no',      'no',       'no',    'yes'  ],
    'update one’s own name':                  ['no',      'yes',      'yes',   'yes'  ],
    'change one’s own role':                  ['no',      'no',       'no',    'yes'  ],
    'create an account':                      ['no',      'no',       'no',    'yes'  ],
    'delete an account':                      ['no',      'no',       'no',    'yes'  ],
  },
} as const satisfies Record<string, Record<string, Row>>

export type Kind = keyof typeof policy
export type Operation<K extends Kind> = keyof (typeof policy)[K]

export const contentCollections = [
  'reports',
  'findings',
  'recommendations',
  'practices',
  'campaign-editions',
  'stories',
] as const
export type ContentCollection = (typeof contentCollections)[number]

/** Which table each collection follows. */
export const kindOf = {
  reports: 'content',
  findings: 'content',
  recommendations: 'content',
  practices: 'content',
  'campaign-editions': 'content',
  stories: 'content',
  themes: 'taxonomies',
  audiences: 'taxonomies',
  countries: 'countries',
  media: 'media',
  redirects: 'redirects',
  withdrawals: 'withdrawals',
  permalinks: 'permalinks',
  builds: 'builds',
  'story-authors': 'story-authors',
  submissions: 'submissions',
  users: 'users',
} as const satisfies Record<string, Kind>

/** The expected outcome of one cell. */
export function expected<K extends Kind>(
  kind: K,
  operation: Operation<K>,
  role: MatrixRole,
): Outcome {
  const row = policy[kind][operation] as Row
  return row[matrixRoles.indexOf(role)] as Outcome
}
