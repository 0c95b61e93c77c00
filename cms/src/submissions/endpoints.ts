/**
 * The CMS's two public doors for campaign participants (collections/Submissions):
 *
 * - `POST /api/submissions/send` takes the site's "Raise your voice" form (multipart), checks it
 *   (readForm.ts), cleans its file (cleanMedia.ts), stores the submission and answers with a
 *   receipt code (answer.ts).
 * - `POST /api/submissions/receipt` takes a receipt code and `action=status|withdraw`.
 *
 * Both are taken only from the site's origin (or the CMS's own answer page), within a window
 * limit for all senders together (window.ts), and answer in the form's language. Nothing about
 * the request is stored or logged: no address, no user agent, no headers; a failure is logged by
 * its error name alone. Everything is checked before anything is stored, so a refusal stores
 * nothing.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import type { LocaleCode } from '@mahjar/shared/locales'
import type { SubmissionStatus } from '@mahjar/shared/schemas/submissions'
import { urls } from '@mahjar/shared/urls'
import { env } from '../env.ts'
import { headerLanguage } from '../i18n/messages.ts'
import { respond, submissionText, type Answer } from './answer.ts'
import {
  cleanSubmissionFile,
  MissingToolError,
  SubmissionFileError,
  type CleanFile,
} from './cleanMedia.ts'
import { formLanguage, readSubmissionForm, type SubmissionProblem } from './readForm.ts'
import { newReceiptCode, normaliseReceipt, receiptHash } from './receipt.ts'
import { WindowLimit } from './window.ts'

export const submissionsSlug = 'submissions'
export const submissionFilesSlug = 'submission-files'

/** The largest body the send door reads: the largest file with room for the text fields. */
export const maxBodyBytes = 45 * 1024 * 1024

const hour = 60 * 60 * 1000
const sendLimit = new WindowLimit(env.submissionsPerHour, hour)
// Checking a code costs nothing to store, but guessing codes must stay slow.
const receiptLimit = new WindowLimit(env.submissionsPerHour * 10, hour)

const originOf = (url: string) => new URL(url).origin
const allowedOrigins = new Set([originOf(env.siteUrl), originOf(env.publicUrl)])

function siteLink(path: string): string {
  return `${env.siteUrl}${path}`
}

function refusal(lang: LocaleCode, problem: SubmissionProblem, back: string): Answer {
  return {
    status: problem.status,
    lang,
    title: submissionText(lang, 'submissionRefusedTitle'),
    paragraphs: [
      submissionText(lang, problem.key, problem.params),
      submissionText(lang, 'submissionNothingStored'),
    ],
    back,
    json: { error: problem.key, message: submissionText(lang, problem.key, problem.params) },
  }
}

/** The checks every public door makes before reading a body: origin, body type and size, window. */
function gate(
  req: PayloadRequest,
  limit: WindowLimit,
  types: readonly string[],
): SubmissionProblem | undefined {
  const origin = req.headers.get('origin')
  if (!origin || !allowedOrigins.has(origin)) return { key: 'submissionOrigin', status: 403 }
  const type = (req.headers.get('content-type') ?? '').toLowerCase()
  if (!types.some((allowed) => type.startsWith(allowed)))
    return { key: 'submissionNotForm', status: 415 }
  const length = Number(req.headers.get('content-length') ?? Number.NaN)
  if (!Number.isFinite(length) || length > maxBodyBytes)
    return {
      key: 'submissionTooLarge',
      params: { mb: maxBodyBytes / 1024 / 1024 },
      status: 413,
    }
  const wait = limit.take()
  if (wait !== undefined)
    return { key: 'submissionBusy', params: { minutes: Math.ceil(wait / 60) }, status: 429 }
  return undefined
}

const formTypes = ['multipart/form-data', 'application/x-www-form-urlencoded'] as const

/**
 * What every door does first: the checks of `gate`, then the form read, in the form's language.
 * A refusal comes back as the answer to send, in the browser's language (the form is unread).
 */
async function openDoor(
  req: PayloadRequest,
  limit: WindowLimit,
): Promise<{ form: FormData; lang: LocaleCode } | { refused: Response }> {
  const lang = headerLanguage(req.headers)
  const home = siteLink(urls.home(lang))
  const gated = gate(req, limit, formTypes)
  if (gated) return { refused: respond(req, refusal(lang, gated, home)) }
  try {
    const form = await (req as unknown as Request).formData()
    return { form, lang: formLanguage(form.get('lang'), lang) }
  } catch {
    const unreadable = { key: 'submissionUnreadable', status: 400 } as const
    return { refused: respond(req, refusal(lang, unreadable, home)) }
  }
}

/**
 * Logs that a door failed, by the error's name only: never the request or what was sent. A
 * missing ffmpeg is a fault of the machine, and its message says how to mend it.
 */
function logFailure(req: PayloadRequest, door: string, error: unknown) {
  const name = error instanceof Error ? error.name : typeof error
  const detail = error instanceof MissingToolError ? `: ${error.message}` : ''
  req.payload.logger.error(`submissions: ${door} failed (${name})${detail}`)
}

async function findEdition(req: PayloadRequest, campaign: string, year: number) {
  const found = await req.payload.find({
    collection: 'campaign-editions',
    where: {
      and: [
        { campaign: { equals: campaign } },
        { year: { equals: year } },
        { _status: { equals: 'published' } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs[0]
}

/** Whether a cleaned file suits the kind sent: a photo for a demand, sound or video for a message. */
const fileSuits = (kind: string, file: CleanFile) =>
  kind === 'demand' ? file.kind === 'image' : file.kind === 'audio' || file.kind === 'video'

export const sendEndpoint: Endpoint = {
  path: '/send',
  method: 'post',
  handler: async (req) => {
    const opened = await openDoor(req, sendLimit)
    if ('refused' in opened) return opened.refused
    const { form, lang } = opened
    const read = readSubmissionForm(form, lang)
    if ('problem' in read)
      return respond(req, refusal(lang, read.problem, siteLink(urls.home(lang))))
    const sent = read.form
    const back = `${siteLink(urls.campaignEdition(lang, sent.campaign, sent.year))}#raise-your-voice`
    try {
      const edition = await findEdition(req, sent.campaign, sent.year)
      if (!edition)
        return respond(req, refusal(lang, { key: 'submissionEdition', status: 400 }, back))
      let cleaned: CleanFile | undefined
      if (sent.file) {
        cleaned = await cleanSubmissionFile(Buffer.from(await sent.file.arrayBuffer()))
        if (!fileSuits(sent.kind, cleaned))
          return respond(req, refusal(lang, { key: 'submissionFileKind', status: 400 }, back))
      }
      const code = newReceiptCode()
      await storeSubmission(req, sent, edition.id, cleaned, receiptHash(code))
      return respond(req, {
        status: 201,
        lang,
        title: submissionText(lang, 'submissionReceivedTitle'),
        paragraphs: [submissionText(lang, 'submissionReceivedText')],
        receipt: code,
        checkCode: code,
        back,
        json: { receipt: code, status: 'received' satisfies SubmissionStatus },
      })
    } catch (error) {
      if (error instanceof SubmissionFileError)
        return respond(
          req,
          refusal(lang, { key: error.key, params: error.params, status: 400 }, back),
        )
      logFailure(req, 'send', error)
      return respond(req, refusal(lang, { key: 'submissionFailed', status: 500 }, back))
    }
  },
}

async function storeSubmission(
  req: PayloadRequest,
  sent: Extract<ReturnType<typeof readSubmissionForm>, { form: unknown }>['form'],
  edition: string,
  cleaned: CleanFile | undefined,
  hash: string,
): Promise<void> {
  const file = cleaned
    ? await req.payload.create({
        collection: submissionFilesSlug,
        data: { kind: cleaned.kind },
        file: {
          data: cleaned.data,
          mimetype: cleaned.mimeType,
          name: `${crypto.randomUUID()}.${cleaned.extension}`,
          size: cleaned.data.length,
        },
        overrideAccess: true,
      })
    : undefined
  try {
    await req.payload.create({
      collection: submissionsSlug,
      data: {
        kind: sent.kind,
        language: sent.lang,
        campaignEdition: edition,
        title: sent.title,
        text: sent.text ?? null,
        addressee: sent.addressee,
        nameShown: sent.nameShown,
        shownName: sent.shownName,
        consent: true,
        status: 'received',
        receiptHash: hash,
        ...(file ? { file: file.id } : {}),
      },
      overrideAccess: true,
    })
  } catch (error) {
    if (file)
      await req.payload.delete({
        collection: submissionFilesSlug,
        id: file.id,
        overrideAccess: true,
      })
    throw error
  }
}

function statusAnswer(
  lang: LocaleCode,
  code: string,
  status: SubmissionStatus,
  reason: string | undefined,
  withdrawnNow: boolean,
): Answer {
  const lines = [
    ...(withdrawnNow ? [submissionText(lang, 'submissionWithdrawnNow')] : []),
    submissionText(lang, `submissionStatus.${status}`),
    ...(status === 'rejected' && reason
      ? [submissionText(lang, 'submissionReason', { reason })]
      : []),
  ]
  return {
    status: 200,
    lang,
    title: submissionText(lang, 'submissionStatusTitle'),
    paragraphs: lines,
    checkCode: code,
    back: siteLink(urls.home(lang)),
    json: { receipt: code, status, ...(status === 'rejected' && reason ? { reason } : {}) },
  }
}

export const receiptEndpoint: Endpoint = {
  path: '/receipt',
  method: 'post',
  handler: async (req) => {
    const opened = await openDoor(req, receiptLimit)
    if ('refused' in opened) return opened.refused
    const { form, lang } = opened
    const back = siteLink(urls.home(lang))
    const typed = form.get('receipt')
    const code = typeof typed === 'string' ? normaliseReceipt(typed) : undefined
    if (!code) return respond(req, refusal(lang, { key: 'receiptMalformed', status: 400 }, back))
    try {
      const found = await req.payload.find({
        collection: submissionsSlug,
        where: { receiptHash: { equals: receiptHash(code) } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      const submission = found.docs[0]
      if (!submission)
        return respond(req, refusal(lang, { key: 'receiptUnknown', status: 404 }, back))
      const withdraw = form.get('action') === 'withdraw'
      const canWithdraw = submission.status === 'received' || submission.status === 'approved'
      if (withdraw && canWithdraw) {
        await req.payload.update({
          collection: submissionsSlug,
          id: submission.id,
          data: { status: 'withdrawn', decidedAt: new Date().toISOString() },
          overrideAccess: true,
        })
      }
      const status = withdraw && canWithdraw ? 'withdrawn' : submission.status
      return respond(
        req,
        statusAnswer(lang, code, status, submission.reason ?? undefined, withdraw && canWithdraw),
      )
    } catch (error) {
      logFailure(req, 'receipt', error)
      return respond(req, refusal(lang, { key: 'submissionFailed', status: 500 }, back))
    }
  },
}
