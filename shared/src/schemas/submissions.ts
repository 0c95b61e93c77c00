/**
 * What a campaign participant can send from an edition page (the site's form) and the CMS's
 * public submission endpoint accepts: one list of each choice, one set of limits, for both.
 * Labels live in the dictionaries (`submissionKind.<kind>`, `addressee.<key>`,
 * `nameShown.<choice>`, `submissionStatus.<status>`).
 */

/** A story of exile, a solidarity message (text, voice or video), a photo with a demand. */
export const submissionKinds = ['story', 'message', 'demand'] as const
export type SubmissionKind = (typeof submissionKinds)[number]

/** Whom a demand is addressed to: the study's audiences and those the campaign names. */
export const submissionAddressees = [
  'un',
  'eu',
  'host-governments',
  'local-governments',
  'international-organisations',
  'arab-diaspora',
  'countries-of-origin',
  'donors',
  'civil-society',
] as const
export type SubmissionAddressee = (typeof submissionAddressees)[number]

/** How the sender is named if published: not at all (the default), by initials, by name. */
export const nameChoices = ['anonymous', 'initials', 'name'] as const
export type NameChoice = (typeof nameChoices)[number]

/** Where a submission stands; the sender reads it with their receipt code. */
export const submissionStatuses = ['received', 'approved', 'rejected', 'withdrawn'] as const
export type SubmissionStatus = (typeof submissionStatuses)[number]

export const submissionLimits = { titleChars: 200, textChars: 5000, nameChars: 120 } as const

/** What a participant's file may be at most (the CMS checks them, the form states them). */
export const submissionFileLimits = {
  image: { megabytes: 10 },
  audio: { megabytes: 10, seconds: 180 },
  video: { megabytes: 40, seconds: 60 },
} as const

/** The CMS's public doors for participants (cms/src/submissions/endpoints.ts), from its origin. */
export const submissionPaths = {
  send: '/api/submissions/send',
  receipt: '/api/submissions/receipt',
} as const
