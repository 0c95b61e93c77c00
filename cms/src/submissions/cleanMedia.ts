/**
 * A participant's file, made safe to keep: judged by its bytes (never by its name or declared
 * type), within size and duration limits, and re-encoded so that nothing that could identify a
 * person or a place survives — EXIF (GPS position, camera owner, serial numbers), XMP, IPTC, ICC
 * profiles, container and stream tags (title, artist, comment, location, device make and model,
 * creation time, handler and encoder names), chapters, subtitles, data and attachment streams.
 *
 * - Photos (JPEG, PNG, WebP, AVIF) are decoded and re-encoded by sharp in their own format (as the
 *   media library does, collections/Media/cleanUpload.ts), turned upright by the camera's
 *   orientation and fitted within 2,000 px.
 * - Sound is re-encoded by Debian's ffmpeg to Opus in Ogg (mono, 48 kb/s); video to H.264 and
 *   AAC in MP4 within 720 px of height. Only the first sound and the first picture stream are kept,
 *   global and per-stream metadata are dropped (`-map_metadata -1`, `-map_metadata:s:* -1`), and
 *   the bit-exact flags leave out the muxer's version tags.
 *
 * ffmpeg and ffprobe run without a shell, with a time limit, on files in a private temporary
 * folder removed afterwards. Nothing about the file is logged.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import sharp from 'sharp'
import { allowedFormat, maxUploadPixels } from '../collections/Media/cleanUpload.ts'
import type { MessageKey } from '../i18n/messages.ts'

const run = promisify(execFile)
const megabyte = 1024 * 1024

/** What a participant's file may be at most. */
export const submissionFileLimits = {
  image: { bytes: 10 * megabyte, pixels: maxUploadPixels, edge: 2000 },
  audio: { bytes: 10 * megabyte, seconds: 180 },
  video: { bytes: 40 * megabyte, seconds: 60, height: 720 },
} as const

export type FileKind = keyof typeof submissionFileLimits

export interface CleanFile {
  readonly kind: FileKind
  readonly data: Buffer
  readonly mimeType: string
  readonly extension: string
}

/** Why a file was refused: a message of the CMS dictionary, for the sender's language. */
export class SubmissionFileError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, number | string> = {},
  ) {
    super(key)
    this.name = 'SubmissionFileError'
  }
}

const tooLarge = (kind: FileKind) =>
  new SubmissionFileError(
    kind === 'image'
      ? 'submissionImageTooLarge'
      : kind === 'audio'
        ? 'submissionAudioTooLarge'
        : 'submissionVideoTooLarge',
    { mb: submissionFileLimits[kind].bytes / megabyte },
  )

async function cleanImage(bytes: Buffer): Promise<CleanFile | undefined> {
  const metadata = await sharp(bytes)
    .metadata()
    .catch(() => undefined)
  if (!metadata) return undefined
  const format = allowedFormat(metadata)
  if (!format) throw new SubmissionFileError('submissionFileType')
  const limit = submissionFileLimits.image
  if (bytes.length > limit.bytes || metadata.width * metadata.height > limit.pixels)
    throw tooLarge('image')
  // Without withMetadata(), sharp writes no EXIF, XMP, IPTC, comment or ICC profile.
  const data = await format
    .encode(
      sharp(bytes, { limitInputPixels: limit.pixels, failOn: 'error' })
        .rotate()
        .resize({ width: limit.edge, height: limit.edge, fit: 'inside', withoutEnlargement: true }),
    )
    .toBuffer()
    .catch(() => {
      throw new SubmissionFileError('submissionFileUnreadable')
    })
  const extension = format.mime.split('/')[1] === 'jpeg' ? 'jpg' : (format.mime.split('/')[1] ?? '')
  return { kind: 'image', data, mimeType: format.mime, extension }
}

interface Probe {
  streams?: { codec_type?: string; disposition?: { attached_pic?: number } }[]
  format?: { format_name?: string; duration?: string }
}

/** Containers people's phones and computers record sound and video in. */
const knownContainers = /^(mov,mp4,m4a,3gp,3g2,mj2|matroska,webm|ogg|mp3|wav|flac|aac|amr|avi)$/

/** ffmpeg or ffprobe is not installed: a fault of the machine, not of the sender's file. */
export class MissingToolError extends Error {
  constructor(tool: string) {
    super(`${tool} is not installed: apt-get install ffmpeg (README, "Requirements")`)
    this.name = 'MissingToolError'
  }
}

const isMissing = (error: unknown) => (error as { code?: unknown }).code === 'ENOENT'

async function probe(file: string): Promise<Probe | undefined> {
  try {
    const { stdout } = await run(
      'ffprobe',
      ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', file],
      { timeout: 30_000, maxBuffer: 4 * megabyte },
    )
    return JSON.parse(stdout) as Probe
  } catch (error) {
    if (isMissing(error)) throw new MissingToolError('ffprobe')
    return undefined
  }
}

const noMetadata = [
  '-map_metadata',
  '-1',
  '-map_metadata:s:v',
  '-1',
  '-map_metadata:s:a',
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
    args: ['-map', '0:a:0', '-vn', '-ac', '1', '-c:a', 'libopus', '-b:a', '48k', '-f', 'ogg'],
    mimeType: 'audio/ogg',
    extension: 'ogg',
  },
  video: {
    args: [
      ['-map', '0:v:0', '-map', '0:a:0?'],
      ['-vf', `scale=-2:'min(${String(submissionFileLimits.video.height)},ih)'`],
      ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '28', '-pix_fmt', 'yuv420p'],
      ['-c:a', 'aac', '-b:a', '96k', '-movflags', '+faststart', '-f', 'mp4'],
    ].flat(),
    mimeType: 'video/mp4',
    extension: 'mp4',
  },
} as const

async function cleanSoundOrVideo(bytes: Buffer): Promise<CleanFile> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mahjar-submission-'))
  try {
    const input = path.join(dir, 'input')
    await writeFile(input, bytes, { mode: 0o600 })
    const found = await probe(input)
    const streams = found?.streams ?? []
    const container = found?.format?.format_name ?? ''
    const hasVideo = streams.some((s) => s.codec_type === 'video' && !s.disposition?.attached_pic)
    const hasAudio = streams.some((s) => s.codec_type === 'audio')
    if (!knownContainers.test(container) || (!hasVideo && !hasAudio))
      throw new SubmissionFileError('submissionFileType')
    const kind = hasVideo ? 'video' : 'audio'
    const limit = submissionFileLimits[kind]
    if (bytes.length > limit.bytes) throw tooLarge(kind)
    const seconds = Number(found?.format?.duration ?? Number.NaN)
    if (!Number.isFinite(seconds)) throw new SubmissionFileError('submissionFileUnreadable')
    if (seconds > limit.seconds)
      throw new SubmissionFileError(
        kind === 'audio' ? 'submissionAudioTooLong' : 'submissionVideoTooLong',
        kind === 'audio' ? { minutes: limit.seconds / 60 } : { seconds: limit.seconds },
      )
    const encoding = encodings[kind]
    const output = path.join(dir, `clean.${encoding.extension}`)
    try {
      await run(
        'ffmpeg',
        ['-v', 'error', '-nostdin', '-i', input, ...encoding.args, ...noMetadata, output],
        { timeout: 120_000, maxBuffer: 4 * megabyte },
      )
    } catch (error) {
      if (isMissing(error)) throw new MissingToolError('ffmpeg')
      throw new SubmissionFileError('submissionFileUnreadable')
    }
    return {
      kind,
      data: await readFile(output),
      mimeType: encoding.mimeType,
      extension: encoding.extension,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The file re-encoded without metadata, or a SubmissionFileError saying why it cannot be. */
export async function cleanSubmissionFile(bytes: Buffer): Promise<CleanFile> {
  if (bytes.length === 0) throw new SubmissionFileError('submissionFileEmpty')
  return (await cleanImage(bytes)) ?? cleanSoundOrVideo(bytes)
}
