/**
 * A participant's photo, voice recording or video keeps nothing that identifies a person or a
 * place once cleaned (cms/src/submissions/cleanMedia.ts): checked with the field's own readers,
 * exiftool and ffprobe, and by a scan of the raw bytes. Files made here with sharp and ffmpeg
 * carry a GPS position, an owner's name, XMP, a device make and model, a creation time and a
 * location tag. Wrong types and files over the limits are refused with a message in both
 * languages.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { messageIn } from '@mahjar/cms/i18n/messages'
import {
  cleanSubmissionFile,
  SubmissionFileError,
  submissionFileLimits,
} from '@mahjar/cms/submissions/cleanMedia'
import { ownerName, photoWithLocation } from '../../helpers/photo-metadata.ts'

const work = mkdtempSync(path.join(tmpdir(), 'mahjar-submission-media-'))
afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

/** Everything exiftool reads from a file, every group, as text. */
function exif(bytes: Buffer): string {
  const file = path.join(work, `exif-${String(Math.random()).slice(2)}`)
  writeFileSync(file, bytes)
  return execFileSync('exiftool', ['-j', '-a', '-u', '-G1', file], { encoding: 'utf8' })
}

/** Everything ffprobe reads from a file: container, streams and their tags. */
function ffprobe(bytes: Buffer): string {
  const file = path.join(work, `probe-${String(Math.random()).slice(2)}`)
  writeFileSync(file, bytes)
  return execFileSync(
    'ffprobe',
    ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', file],
    { encoding: 'utf8' },
  )
}

/** A recording made with ffmpeg from test sources, tagged as a phone would tag it and worse. */
function recording(name: string, inputs: string[], extra: string[] = []): Buffer {
  const file = path.join(work, name)
  execFileSync('ffmpeg', [
    ...['-v', 'error', '-y', ...inputs],
    ...['-metadata', 'title=Evening in Gaziantep', '-metadata', `artist=${ownerName}`],
    ...['-metadata', 'comment=recorded at home', '-metadata', 'location=+37.0662+037.3833/'],
    ...['-metadata', 'com.apple.quicktime.location.ISO6709=+37.0662+037.3833/'],
    ...['-metadata', 'make=Secret Phone Maker', '-metadata', 'model=SP-7731'],
    ...['-metadata', 'creation_time=2026-11-30T18:04:00Z', ...extra, file],
  ])
  return readFileSync(file)
}

const identifying = [
  'Haddad',
  'Gaziantep',
  '37.0662',
  '+37.06',
  'recorded at home',
  'Secret Phone',
  'SP-7731',
  '2026-11-30',
  'GPS',
]

function expectNoTrace(bytes: Buffer, readers: string) {
  for (const trace of identifying) {
    expect(readers, `readers show ${trace}`).not.toContain(trace)
    expect(bytes.includes(Buffer.from(trace)), `bytes hold ${trace}`).toBe(false)
  }
}

describe('cleaning keeps nothing that identifies', () => {
  it('a photo: no GPS, no owner, no XMP, and its orientation applied to the pixels', async () => {
    const photo = await photoWithLocation()
    expect(exif(photo.bytes)).toContain('GPSLatitude')
    expect(exif(photo.bytes)).toContain('Haddad')
    const clean = await cleanSubmissionFile(photo.bytes)
    expect(clean).toMatchObject({ kind: 'image', mimeType: 'image/jpeg', extension: 'jpg' })
    const read = exif(clean.data)
    expectNoTrace(clean.data, read)
    expect(read).not.toMatch(/"XMP|"IPTC|"ICC_Profile|Orientation/)
    // Orientation 6 (turned 90°): the cleaned photo is upright, taller than wide.
    const size = JSON.parse(read) as { 'File:ImageWidth': number; 'File:ImageHeight': number }[]
    expect(size[0]?.['File:ImageHeight']).toBeGreaterThan(size[0]?.['File:ImageWidth'] ?? 0)
  })

  it('a voice recording: Opus in Ogg, no tags', async () => {
    const voice = recording(
      'voice.m4a',
      ['-f', 'lavfi', '-i', 'sine=frequency=330:duration=2'],
      ['-c:a', 'aac'],
    )
    expect(ffprobe(voice)).toContain('Haddad')
    const clean = await cleanSubmissionFile(voice)
    expect(clean).toMatchObject({ kind: 'audio', mimeType: 'audio/ogg' })
    const read = ffprobe(clean.data) + exif(clean.data)
    expect(read).toContain('opus')
    expectNoTrace(clean.data, read)
  })

  it('a video: H.264 in MP4, no tags, no creation time, no location', async () => {
    const video = recording('video.mov', [
      ...['-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=10:duration=2'],
      ...['-f', 'lavfi', '-i', 'sine=duration=2', '-shortest'],
    ])
    expect(ffprobe(video)).toContain('Secret Phone')
    const clean = await cleanSubmissionFile(video)
    expect(clean).toMatchObject({ kind: 'video', mimeType: 'video/mp4' })
    const read = ffprobe(clean.data) + exif(clean.data)
    expect(read).toContain('h264')
    expectNoTrace(clean.data, read)
    expect(read).not.toContain('creation_time')
    // MP4 names each track's handler; only the muxer's generic names are left.
    const handlers = [...read.matchAll(/"handler_name": "([^"]*)"/g)].map((match) => match[1])
    expect(new Set(handlers)).toEqual(new Set(['VideoHandler', 'SoundHandler']))
  })
})

describe('refusals', () => {
  const refused = async (bytes: Buffer) => {
    const error = await cleanSubmissionFile(bytes).then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(SubmissionFileError)
    const { key, params } = error as SubmissionFileError
    for (const lang of ['ar', 'en'] as const) expect(messageIn(lang, key, params)).not.toBe('')
    return key
  }

  it('an empty file, text, HTML named .jpg, an SVG, a PDF and a GIF', async () => {
    expect(await refused(Buffer.alloc(0))).toBe('submissionFileEmpty')
    expect(await refused(Buffer.from('just some words\n'.repeat(40)))).toBe('submissionFileType')
    expect(await refused(Buffer.from('<html><script>alert(1)</script></html>'))).toBe(
      'submissionFileType',
    )
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'
    expect(await refused(Buffer.from(svg))).toBe('submissionFileType')
    expect(await refused(Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'))).toBe(
      'submissionFileType',
    )
    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==', 'base64')
    expect(await refused(gif)).toBe('submissionFileType')
  })

  it('a voice recording longer than the limit', async () => {
    const long = recording(
      'long.ogg',
      [
        '-f',
        'lavfi',
        '-i',
        `anullsrc=r=8000:cl=mono`,
        '-t',
        String(submissionFileLimits.audio.seconds + 1),
      ],
      ['-c:a', 'libopus', '-b:a', '6k'],
    )
    expect(await refused(long)).toBe('submissionAudioTooLong')
  })

  it('a photo over the size limit', async () => {
    const photo = await photoWithLocation()
    const padded = Buffer.concat([photo.bytes, Buffer.alloc(submissionFileLimits.image.bytes)])
    expect(await refused(padded)).toBe('submissionImageTooLarge')
  })
})
