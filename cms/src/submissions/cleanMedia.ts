/**
 * A file sent by a campaign participant (a photo with a demand, a voice message, a short video) is
 * untrusted and may give away who and where they are: GPS position, the phone's make and model,
 * the owner's name, a recording's location and creation time. Every such file is re-encoded here
 * before anything stores it, and the re-encoding carries none of it:
 *
 * - The type is judged by the bytes (sharp's decoder for photos, ffprobe restricted to a short list
 *   of demuxers for recordings), never by a name or a declared MIME type; anything else (SVG,
 *   HTML, PDF, text, an archive, a container with no audio or video) is refused. The demuxer list
 *   also keeps playlists (HLS, concat) from making ffmpeg read other files on the server.
 * - A photo is decoded upright (`lib/images.ts`), fitted within 2000 px and written as a JPEG with
 *   no metadata at all.
 * - A recording becomes Opus (mono, 48 kb/s) in Ogg; a video H.264 + AAC in MP4, at most 720p.
 *   Only the first audio and video streams are kept; global, stream and chapter metadata,
 *   subtitle, data and attachment streams, encoder tags and H.264 SEI messages are dropped.
 *
 * Limits (size, pixels, duration) are exported for the form that shows them. A refusal throws a
 * `SubmissionFileError` whose key names a CMS message (`message(req, error.key, error.params)`).
 * Nothing here logs a file's contents; it never sees a file's name.
 */
import { execFile, type ExecFileOptions } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { submissionFileLimits as shared } from '@mahjar/shared/schemas/submissions'
import type { MessageKey } from '../i18n/messages.ts'
import { imageMetadata, maxImagePixels, uprightImage } from '../lib/images.ts'

const execute = promisify(execFile)

/** ffmpeg or ffprobe is not installed: a fault of the machine, not of the participant's file. */
export class MissingToolError extends Error {
  constructor(tool: string) {
    super(`${tool} is not installed: apt-get install ffmpeg (README, "Requirements")`)
    this.name = 'MissingToolError'
  }
}

async function run(tool: string, args: readonly string[], options: ExecFileOptions) {
  try {
    return await execute(tool, args, { ...options, encoding: 'utf8' })
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') throw new MissingToolError(tool)
    throw error
  }
}

/** A failed run refuses the file, unless the tool itself is missing (that is the machine's fault). */
const refuseUnlessMissing = (key: SubmissionFileErrorKey) => (error: unknown) => {
  if (error instanceof MissingToolError) throw error
  return refuse(key)
}
const megabyte = 1024 * 1024

export type SubmissionKind = 'image' | 'audio' | 'video'

/**
 * What each kind of submitted file may be at most: bytes, and pixels or seconds (the sizes and
 * durations are the shared ones the form states).
 */
export const submissionLimits = {
  image: { maxBytes: shared.image.megabytes * megabyte, maxPixels: maxImagePixels },
  audio: { maxBytes: shared.audio.megabytes * megabyte, maxSeconds: shared.audio.seconds },
  video: { maxBytes: shared.video.megabytes * megabyte, maxSeconds: shared.video.seconds },
} as const

/** The largest file of any kind: a bigger one is refused before its type is looked at. */
export const maxSubmissionBytes = Math.max(
  ...Object.values(submissionLimits).map((limit) => limit.maxBytes),
)

/** The longest side of a stored photo. */
export const maxImageSide = 2000

/** A stored video fits within 1280 × 720 (or 720 × 1280 when it stands upright). */
export const maxVideoLongSide = 1280
export const maxVideoShortSide = 720

/** How long one ffmpeg or ffprobe run may take before it is stopped. */
const toolTimeoutMs = 120_000

export type CleanFile = {
  kind: SubmissionKind
  data: Buffer
  mimeType: string
  extension: string
  durationSeconds?: number
  width?: number
  height?: number
}

/** The CMS messages a refusal names (keys of `cms.error.*`). */
export type SubmissionFileErrorKey = Extract<MessageKey, `submissionFile${string}`>

/** A submitted file refused, with the message that tells the participant why. */
export class SubmissionFileError extends Error {
  readonly key: SubmissionFileErrorKey
  /** The numbers the message shows (`max`: megabytes, seconds or millions of pixels). */
  readonly params: Readonly<Record<string, number>>

  constructor(key: SubmissionFileErrorKey, params: Record<string, number> = {}) {
    super(`Submission file refused: ${key}`)
    this.name = 'SubmissionFileError'
    this.key = key
    this.params = params
  }
}

const refuse = (key: SubmissionFileErrorKey, params?: Record<string, number>): never => {
  throw new SubmissionFileError(key, params)
}

const inMegabytes = (bytes: number) => Math.round(bytes / megabyte)

function checkSize(bytes: Buffer, maxBytes: number) {
  if (bytes.length > maxBytes) refuse('submissionFileTooLarge', { max: inMegabytes(maxBytes) })
}

/** Turns an untrusted file into a clean one, or throws a `SubmissionFileError`. */
export async function cleanSubmissionFile(bytes: Buffer): Promise<CleanFile> {
  if (bytes.length === 0) refuse('submissionFileEmpty')
  checkSize(bytes, maxSubmissionBytes)
  const metadata = await imageMetadata(bytes)
  if (metadata) {
    // sharp knows the bytes: only the photo formats are taken (no SVG, GIF, TIFF, HEIF, PDF …).
    if (!['jpeg', 'png', 'webp'].includes(metadata.format)) refuse('submissionFileUnknownType')
    return cleanImage(bytes, metadata.width * metadata.height)
  }
  return cleanRecording(bytes)
}

async function cleanImage(bytes: Buffer, pixels: number): Promise<CleanFile> {
  const limit = submissionLimits.image
  checkSize(bytes, limit.maxBytes)
  if (pixels > limit.maxPixels) {
    refuse('submissionFileTooManyPixels', { max: limit.maxPixels / 1e6 })
  }
  const { data, info } = await uprightImage(bytes)
    .resize({ width: maxImageSide, height: maxImageSide, fit: 'inside', withoutEnlargement: true })
    // A transparent PNG goes onto white, not JPEG's default black.
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 85, mozjpeg: true })
    .toBuffer({ resolveWithObject: true })
    .catch(() => refuse('submissionFileUnreadable'))
  return {
    kind: 'image',
    data,
    mimeType: 'image/jpeg',
    extension: 'jpg',
    width: info.width,
    height: info.height,
  }
}

/**
 * The demuxers ffmpeg may use on a participant's file: what phones and browsers record (MP4 and
 * QuickTime, WebM and Matroska, Ogg, MP3, WAV, AAC, FLAC). Anything else fails to open.
 */
const inputFormats = 'mov,matroska,ogg,mp3,wav,aac,flac'
/** Options before `-i` on every run: the demuxers above, and local files only. */
const inputOptions = ['-format_whitelist', inputFormats, '-protocol_whitelist', 'file']

type Probe = {
  streams?: {
    codec_type?: string
    width?: number
    height?: number
    duration?: string
    disposition?: { attached_pic?: number }
  }[]
  format?: { duration?: string }
}

async function probe(file: string): Promise<Probe> {
  const { stdout } = await run(
    'ffprobe',
    ['-v', 'error', ...inputOptions, '-show_format', '-show_streams', '-of', 'json', file],
    { timeout: toolTimeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 * megabyte },
  )
  return JSON.parse(stdout) as Probe
}

/** The longest duration a probe states, or undefined when it states none (a live WebM recording). */
function durationOf(probed: Probe): number | undefined {
  const stated = [probed.format?.duration, ...(probed.streams ?? []).map((s) => s.duration)]
    .map(Number)
    .filter((seconds) => Number.isFinite(seconds) && seconds > 0)
  return stated.length > 0 ? Math.max(...stated) : undefined
}

/** Dropped from every output: metadata, chapters, streams other than audio and video, tool tags. */
const anonymous = [
  '-map_metadata',
  '-1',
  '-map_chapters',
  '-1',
  '-sn',
  '-dn',
  '-fflags',
  '+bitexact',
  '-flags:v',
  '+bitexact',
  '-flags:a',
  '+bitexact',
]

const encodings = {
  audio: {
    extension: 'ogg',
    mimeType: 'audio/ogg',
    options: ['-map', '0:a:0', '-vn', '-ac', '1', '-c:a', 'libopus', '-b:a', '48k', '-f', 'ogg'],
  },
  video: {
    extension: 'mp4',
    mimeType: 'video/mp4',
    options: [
      '-map',
      '0:v:0',
      '-map',
      '0:a:0?',
      // At most 1280 × 720 (720 × 1280 upright), even sides as H.264 needs, never enlarged.
      '-vf',
      `scale=w='if(gte(iw,ih),min(${maxVideoLongSide},iw),min(${maxVideoShortSide},iw))'` +
        `:h='if(gte(iw,ih),min(${maxVideoShortSide},ih),min(${maxVideoLongSide},ih))'` +
        ':force_original_aspect_ratio=decrease:force_divisible_by=2',
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-crf',
      '28',
      '-pix_fmt',
      'yuv420p',
      // SEI messages carry x264's settings banner and may carry a camera's own user data.
      '-bsf:v',
      'filter_units=remove_types=6',
      '-c:a',
      'aac',
      '-b:a',
      '96k',
      '-movflags',
      '+faststart',
      '-f',
      'mp4',
    ],
  },
} as const

async function cleanRecording(bytes: Buffer): Promise<CleanFile> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mahjar-submission-'))
  try {
    const input = path.join(dir, 'input')
    await writeFile(input, bytes, { mode: 0o600 })
    const probed = await probe(input).catch(refuseUnlessMissing('submissionFileUnknownType'))
    const streams = probed.streams ?? []
    // A still picture in a recording (an MP3's cover art) is no video.
    const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic)
    const audio = streams.find((s) => s.codec_type === 'audio')
    const kind = video ? 'video' : audio ? 'audio' : refuse('submissionFileUnknownType')
    const limit = submissionLimits[kind]
    checkSize(bytes, limit.maxBytes)
    const tooLong = () => refuse('submissionFileTooLong', { max: limit.maxSeconds })
    const stated = durationOf(probed)
    if (stated !== undefined && stated > limit.maxSeconds) tooLong()

    const encoding = encodings[kind]
    const output = path.join(dir, `output.${encoding.extension}`)
    await run(
      'ffmpeg',
      [
        ...['-nostdin', '-hide_banner', '-loglevel', 'error', ...inputOptions, '-i', input],
        ...encoding.options,
        ...anonymous,
        // A file that states no duration is cut one second past the limit, then measured.
        ...['-t', String(limit.maxSeconds + 1), output],
      ],
      { timeout: toolTimeoutMs, killSignal: 'SIGKILL', maxBuffer: megabyte },
    ).catch(refuseUnlessMissing('submissionFileUnreadable'))

    const result = await probe(output).catch(refuseUnlessMissing('submissionFileUnreadable'))
    const durationSeconds = durationOf(result)
    if (durationSeconds === undefined) refuse('submissionFileUnreadable')
    // Encoders pad a little (AAC priming, Opus pre-skip): half a second is not a longer recording.
    if ((durationSeconds ?? 0) > limit.maxSeconds + 0.5) tooLong()
    const picture = result.streams?.find((s) => s.codec_type === 'video')
    return {
      kind,
      data: await readFile(output),
      mimeType: encoding.mimeType,
      extension: encoding.extension,
      durationSeconds,
      ...(picture?.width && picture.height ? { width: picture.width, height: picture.height } : {}),
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
