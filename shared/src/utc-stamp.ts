/** A UTC time as a sortable, file-name-safe stamp: 2026-11-30T21:04:05.123Z → 20261130T210405Z. */
export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
}
