/**
 * A participant's photo, voice message or video is re-encoded before it is stored, and nothing
 * that could identify them survives: the photo's GPS position, owner name, make and model, XMP
 * and orientation tag; a recording's title, artist, comment, location, device, creation time and
 * encoder. Each output is read back with the tools an adversary would use (exiftool, ffprobe) and
 * scanned byte by byte for the owner's name. Files that are not a photo, a recording or a video
 * (judged by their bytes), and files over the size, pixel or duration limits, are refused with a
 * message that exists in Arabic and English. Real sharp, ffmpeg and exiftool; no mocks.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messageIn } from '@mahjar/cms/i18n/messages'
import {
  cleanSubmissionFile,
  maxImageSide,
  maxSubmissionBytes,
  submissionLimits,
  SubmissionFileError,
  type SubmissionFileErrorKey,
} from '@mahjar/cms/submissions/cleanMedia'
import { pdfWithAuthor } from '../../helpers/pdf-metadata.ts'
import { cameraModel, photoWithLocation, pngClaiming } from '../../helpers/photo-metadata.ts'

const run = promisify(execFile)
let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'submission-media-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** What a recording's maker wrote into it, each value distinct so that its survival is found. */
const owner = 'Layla Haddad'
const recordingTags = {
  title: 'Message from Homs',
  artist: owner,
  comment: 'recorded in my room',
  location: '+33.5+036.3/',
  'com.apple.quicktime.location.ISO6709': '+33.5000+036.3000/',
  make: 'Apple',
  model: cameraModel,
  'com.apple.quicktime.make': 'Apple',
  'com.apple.quicktime.model': cameraModel,
  creation_time: '2026-05-01T10:00:00Z',
  encoder: 'Participant Recorder 4.2',
}

/** Strings none of which may appear in what exiftool or ffprobe read from a cleaned recording. */
const traces = [
  'Haddad',
  'Homs',
  'my room',
  '33.5',
  '036.3',
  'ISO6709',
  'com.apple',
  '"location',
  ':location',
  'iPhone',
  '"make',
  '"model',
  ':Make',
  ':Model',
  'creation_time',
  'CreationTime',
  '2026-05-01',
  '2026:05:01',
  'Participant Recorder',
  ':Title',
  ':Artist',
  ':Comment',
]
/** An encoder with its version (`Lavf59.27.100`) tells which tool and release made a file. */
const versionedEncoder = /Lav[fc]\d/

async function make(name: string, args: string[]): Promise<Buffer> {
  const file = path.join(dir, name)
  await run('ffmpeg', ['-v', 'error', '-y', ...args, file])
  return readFile(file)
}

const metadataArgs = (tags: Record<string, string>) =>
  Object.entries(tags).flatMap(([key, value]) => ['-metadata', `${key}=${value}`])

/** What exiftool (all groups, duplicates included) and ffprobe read from `bytes`, as JSON text. */
async function readBack(bytes: Buffer, name: string, withFfprobe = true) {
  const file = path.join(dir, name)
  await writeFile(file, bytes)
  const exif = (await run('exiftool', ['-j', '-G1', '-a', file])).stdout
  const probe = withFfprobe
    ? (await run('ffprobe', ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', file]))
        .stdout
    : ''
  return { exif, probe, tags: (JSON.parse(exif) as Record<string, unknown>[])[0] ?? {} }
}

function expectNoTraces(text: string, where: string) {
  for (const trace of traces) expect(text, `${where}: ${trace}`).not.toContain(trace)
  expect(text, where).not.toMatch(versionedEncoder)
}

type Probed = {
  streams: ({ tags?: Record<string, string> } & Record<string, unknown>)[]
  format: { tags?: Record<string, string> }
}

/** The only tags ffmpeg's muxers write by themselves, none of which says anything about a person. */
const toolTags = new Set([
  'language',
  'handler_name',
  'vendor_id',
  'encoder',
  'major_brand',
  'minor_version',
  'compatible_brands',
])

/** Tags ffprobe reads (container and streams) other than the muxers' own. */
function personalTags(probed: Probed): string[] {
  return [probed.format.tags ?? {}, ...probed.streams.map((stream) => stream.tags ?? {})]
    .flatMap((tags) => Object.entries(tags))
    .filter(([name]) => !toolTags.has(name))
    .map(([name, value]) => `${name}=${value}`)
}

describe('a photo with GPS, owner, make and model in EXIF, XMP and a rotated orientation', () => {
  it('comes out an upright JPEG with none of it', async () => {
    const photo = await photoWithLocation()
    const before = await readBack(photo.bytes, 'camera-in.jpg', false)
    // The photo really carries what must go (else this test could not fail).
    expect(Object.keys(before.tags)).toEqual(
      expect.arrayContaining(['GPS:GPSLatitude', 'IFD0:Artist', 'IFD0:Make', 'IFD0:Model']),
    )
    expect(before.exif).toContain('XMP')

    const clean = await cleanSubmissionFile(photo.bytes)
    expect(clean).toMatchObject({ kind: 'image', mimeType: 'image/jpeg', extension: 'jpg' })
    // Orientation 6 (turned 90°) is applied to the pixels, not kept as a tag.
    expect([clean.width, clean.height]).toEqual([photo.height, photo.width])
    const after = await readBack(clean.data, 'camera-out.jpg', false)
    const names = Object.keys(after.tags)
    expect(names.filter((tag) => /GPS|Artist|Owner|Make|Model|Orientation|XMP/i.test(tag))).toEqual(
      [],
    )
    expect(names.filter((tag) => /^(IFD0|ExifIFD|XMP[-\w]*|IPTC|ICC[-\w]*):/.test(tag))).toEqual([])
    expect(after.exif).not.toContain('Haddad')
    expect(clean.data.includes('Haddad')).toBe(false)
    const { width, height } = await sharp(clean.data).metadata()
    expect([width, height]).toEqual([photo.height, photo.width])
  })

  it('is fitted within the largest side kept, a transparent PNG on white', async () => {
    const png = await sharp({
      create: {
        width: 3000,
        height: 1200,
        channels: 4,
        background: { r: 0, g: 0, b: 0, alpha: 0 },
      },
    })
      .png()
      .toBuffer()
    const clean = await cleanSubmissionFile(png)
    expect([clean.kind, clean.width, clean.height]).toEqual(['image', maxImageSide, 800])
    const { data } = await sharp(clean.data).raw().toBuffer({ resolveWithObject: true })
    expect(data[0]).toBeGreaterThan(250)
  })
})

describe('a voice message', () => {
  it('becomes mono Opus in Ogg with no title, artist, comment, location or encoder', async () => {
    const recording = await make('voice-in.m4a', [
      ...['-f', 'lavfi', '-i', 'sine=frequency=300:sample_rate=16000:duration=2'],
      ...metadataArgs(recordingTags),
      ...['-c:a', 'aac', '-movflags', 'use_metadata_tags'],
    ])
    const before = await readBack(recording, 'voice-in.m4a')
    expect(before.probe).toContain(owner)
    expect(before.probe).toContain('ISO6709')

    const clean = await cleanSubmissionFile(recording)
    expect(clean).toMatchObject({ kind: 'audio', mimeType: 'audio/ogg', extension: 'ogg' })
    expect(clean.durationSeconds).toBeCloseTo(2, 0)
    const after = await readBack(clean.data, 'voice-out.ogg')
    const probed = JSON.parse(after.probe) as Probed
    expect(probed.streams.map((s) => [s.codec_type, s.codec_name, s.channels])).toEqual([
      ['audio', 'opus', 1],
    ])
    expect(personalTags(probed)).toEqual([])
    expectNoTraces(after.exif, 'exiftool')
    expectNoTraces(after.probe, 'ffprobe')
    expect(clean.data.includes(owner)).toBe(false)
  })
})

describe('a video', () => {
  it('becomes H.264 and AAC in MP4, at most 720p, with no location, device, dates or names', async () => {
    const video = await make('video-in.mov', [
      ...['-f', 'lavfi', '-i', 'testsrc=size=1280x960:rate=15:duration=1'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=440:duration=1'],
      ...metadataArgs(recordingTags),
      ...['-metadata:s:v', `handler_name=Core Media Video of ${owner}`],
      ...['-metadata:s:a', `handler_name=Core Media Audio of ${owner}`],
      ...['-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac'],
      ...['-movflags', 'use_metadata_tags'],
    ])
    const before = await readBack(video, 'video-in.mov')
    expect(before.probe).toContain('ISO6709')
    expect(before.exif).toContain(cameraModel)

    const clean = await cleanSubmissionFile(video)
    expect(clean).toMatchObject({ kind: 'video', mimeType: 'video/mp4', extension: 'mp4' })
    expect([clean.width, clean.height]).toEqual([960, 720])
    expect(clean.durationSeconds).toBeCloseTo(1, 0)
    const after = await readBack(clean.data, 'video-out.mp4')
    const probed = JSON.parse(after.probe) as Probed
    expect(probed.streams.map((s) => [s.codec_type, s.codec_name])).toEqual([
      ['video', 'h264'],
      ['audio', 'aac'],
    ])
    expect(personalTags(probed)).toEqual([])
    expectNoTraces(after.exif, 'exiftool')
    expectNoTraces(after.probe, 'ffprobe')
    expect(clean.data.includes(owner)).toBe(false)
    // x264 writes its version and settings in an SEI message unless it is removed.
    expect(clean.data.includes('x264 - core')).toBe(false)
  })
})

type Refusal = [
  what: string,
  bytes: () => Buffer | Promise<Buffer>,
  key: SubmissionFileErrorKey,
  max?: number,
]

const refusals: Refusal[] = [
  ['an empty file', () => Buffer.alloc(0), 'submissionFileEmpty'],
  [
    'a text file (named photo.jpg, which does not matter)',
    () => Buffer.from('Dear friends,\nthis is my photo.\n'),
    'submissionFileUnknownType',
  ],
  [
    'an SVG with a script',
    () =>
      Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script><rect width="10" height="10"/></svg>',
      ),
    'submissionFileUnknownType',
  ],
  [
    'an HTML page',
    () => Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
    'submissionFileUnknownType',
  ],
  ['a PDF', pdfWithAuthor, 'submissionFileUnknownType'],
  [
    'a ZIP archive',
    () => Buffer.concat([Buffer.from('PK\x05\x06'), Buffer.alloc(18)]),
    'submissionFileUnknownType',
  ],
  [
    'an HLS playlist pointing at a file on the server',
    () =>
      Buffer.from(
        '#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n',
      ),
    'submissionFileUnknownType',
  ],
  [
    'a Matroska file with subtitles and no audio or video',
    async () => {
      await writeFile(path.join(dir, 'only.srt'), '1\n00:00:00,000 --> 00:00:01,000\nHello\n')
      return make('only-subtitles.mkv', ['-i', path.join(dir, 'only.srt')])
    },
    'submissionFileUnknownType',
  ],
  [
    'a damaged (cut-off) photo',
    async () => {
      const { bytes } = await photoWithLocation()
      return bytes.subarray(0, Math.floor(bytes.length / 2))
    },
    'submissionFileUnreadable',
  ],
  [
    'a recording of 181 seconds',
    () =>
      make('long.wav', [
        '-f',
        'lavfi',
        '-i',
        'anullsrc=r=8000:cl=mono',
        '-t',
        '181',
        '-c:a',
        'pcm_u8',
      ]),
    'submissionFileTooLong',
    submissionLimits.audio.maxSeconds,
  ],
  [
    'a recording over 10 MB',
    () =>
      make('large.wav', [
        ...['-f', 'lavfi', '-i', 'anullsrc=r=48000:cl=stereo', '-t', '60', '-c:a', 'pcm_s16le'],
      ]),
    'submissionFileTooLarge',
    submissionLimits.audio.maxBytes / 1024 / 1024,
  ],
  [
    'a photo over 10 MB',
    async () => Buffer.concat([(await photoWithLocation()).bytes, Buffer.alloc(11 * 1024 * 1024)]),
    'submissionFileTooLarge',
    submissionLimits.image.maxBytes / 1024 / 1024,
  ],
  [
    'a PNG claiming 12,000 × 12,000 pixels',
    () => pngClaiming(12_000, 12_000),
    'submissionFileTooManyPixels',
    submissionLimits.image.maxPixels / 1e6,
  ],
  [
    'a file over the largest limit, whatever it is',
    () => Buffer.alloc(maxSubmissionBytes + 1, 1),
    'submissionFileTooLarge',
    maxSubmissionBytes / 1024 / 1024,
  ],
]

describe('a file that is not a photo, recording or video, or is over a limit', () => {
  it.each(refusals)('is refused: %s', async (_what, bytes, key, max) => {
    const error: unknown = await cleanSubmissionFile(await bytes()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SubmissionFileError)
    const refused = error as SubmissionFileError
    expect(refused.key).toBe(key)
    expect(refused.params).toEqual(max === undefined ? {} : { max })
    for (const lang of ['ar', 'en'] as const) {
      const text = messageIn(lang, refused.key, refused.params)
      expect(text, lang).not.toContain(key)
      expect(text, lang).not.toContain('{{')
      if (max !== undefined && lang === 'en') expect(text).toContain(String(max))
    }
    expect(messageIn('ar', refused.key, refused.params)).toMatch(/[\u0600-\u06ff]/)
  })
})
