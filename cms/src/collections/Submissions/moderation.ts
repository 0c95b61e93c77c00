/**
 * What an editor's decision on a submission does:
 *
 * - every save keeps a short summary for the list (its title, else the start of its text; a
 *   recording sent alone has none, and the list shows its kind) and stamps the time of a decision;
 * - approving a submission makes a draft story of it, once, in the submission's language, tied
 *   to its campaign edition, named as the sender consented (anonymous unless they chose a name
 *   or initials): a testimony, a solidarity message, or a demand with its addressee and its
 *   photo (copied into the media library, described in the sender's language). The editor
 *   finishes and publishes that story like any other (a recording sent alone gives a story with
 *   no text yet: the editor writes it); translators translate it;
 * - a withdrawal (the sender's, through the receipt code) deletes that story, published or not.
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { useTranslations } from '@mahjar/shared/i18n'
import type { SubmissionKind } from '@mahjar/shared/schemas/submissions'
import { textLimits } from '@mahjar/shared/schemas/common'
import type { storyKinds } from '@mahjar/shared/schemas/stories'
import type { Story, Submission } from '../../payload-types.ts'
import { submissionFilesSlug } from '../../submissions/endpoints.ts'
import { markdownConverter } from '../../snapshot/markdown.ts'
import { messageIn } from '../../i18n/messages.ts'
import { recordTellersWithdrawal } from '../withdrawal.ts'
import { localeOrDefault } from '@mahjar/shared/locales'

type StoryKind = (typeof storyKinds)[number]

const storyKindOf: Readonly<Record<SubmissionKind, StoryKind>> = {
  story: 'testimony',
  message: 'solidarity-message',
  demand: 'demand',
}

/** The first `max` characters of a text, cut at a word where it can be. */
function opening(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

type Relation = string | { id: string } | null | undefined

const idOf = (value: Relation): string | undefined =>
  typeof value === 'object' && value !== null ? value.id : (value ?? undefined)

export const describeSubmission: CollectionBeforeChangeHook<Submission> = ({
  data,
  operation,
  originalDoc,
}) => {
  const title = data.title ?? originalDoc?.title
  const text = data.text ?? originalDoc?.text
  data.summary = opening(title || text || '', 80) || undefined
  if (operation === 'update' && data.status && data.status !== originalDoc?.status)
    data.decidedAt = new Date().toISOString()
  return data
}

/**
 * A demand's photo, copied from the submission's file (kept apart, never public) into the media
 * library, which re-encodes it again; it becomes public only once its story is published.
 */
async function photoOfDemand(
  req: PayloadRequest,
  submission: Submission,
  locale: 'ar' | 'en',
): Promise<string | undefined> {
  const fileId = idOf(submission.file)
  if (!fileId || !submission.addressee) return undefined
  const file = await req.payload.findByID({
    collection: submissionFilesSlug,
    id: fileId,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (file.kind !== 'image' || !file.filename || !file.mimeType) return undefined
  const staticDir = req.payload.collections[submissionFilesSlug].config.upload.staticDir ?? ''
  const data = await readFile(path.join(staticDir, path.basename(file.filename)))
  const addressee = useTranslations(locale)(`addressee.${submission.addressee}`)
  const media = await req.payload.create({
    collection: 'media',
    locale,
    req,
    overrideAccess: true,
    data: { alt: messageIn(locale, 'demandPhotoAlt', { addressee }) },
    file: {
      data,
      mimetype: file.mimeType,
      name: `demand-${randomBytes(4).toString('hex')}.jpg`,
      size: data.length,
    },
  })
  return media.id
}

export const approveIntoStory: CollectionAfterChangeHook<Submission> = async ({
  doc: submission,
  previousDoc,
  req,
}) => {
  // Payload passes no previous document on create, whatever its type says.
  const before = previousDoc as Partial<Submission> | undefined
  const storyId = idOf(submission.story)
  if (submission.status === 'withdrawn' && before?.status !== 'withdrawn' && storyId) {
    await recordTellersWithdrawal(req, storyId)
    await req.payload.delete({ collection: 'stories', id: storyId, req, overrideAccess: true })
    return submission
  }
  const kind = storyKindOf[submission.kind]
  if (submission.status !== 'approved' || before?.status === 'approved' || storyId)
    return submission
  const text = submission.text ?? ''
  const locale = localeOrDefault(submission.language)
  const markdown = await markdownConverter(req.payload.config)
  const named = submission.nameShown !== 'anonymous' && Boolean(submission.shownName)
  const demand = kind === 'demand' && submission.addressee
  const photo = demand ? await photoOfDemand(req, submission, locale) : undefined
  const story = await req.payload.create({
    collection: 'stories',
    draft: true,
    locale,
    req,
    overrideAccess: true,
    data: {
      slug: `voice-${randomBytes(4).toString('hex')}`,
      kind,
      title: opening(submission.title || text, textLimits.title),
      summary: opening(text, textLimits.title),
      // Lexical's own state type, which Payload's generated type describes more loosely.
      body: markdown.toLexical(text) as unknown as Story['body'],
      campaignEdition: idOf(submission.campaignEdition) ?? null,
      ...(demand ? { addressee: submission.addressee } : {}),
      ...(photo ? { photo } : {}),
      anonymous: !named,
      ...(named ? { author: submission.shownName } : {}),
      consent: true,
      // The day it was approved (noon UTC, as the admin's day fields store a day); editable.
      publishedOn: `${new Date().toISOString().slice(0, 10)}T12:00:00.000Z`,
      _status: 'draft',
    },
  })
  await req.payload.update({
    collection: 'submissions',
    id: submission.id,
    data: { story: story.id },
    req,
    overrideAccess: true,
  })
  return { ...submission, story: story.id }
}
