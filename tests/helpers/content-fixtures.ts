/**
 * Broken-content fixtures: a small valid corpus (`base/`) and, per case, files laid over a copy
 * of it (`cases/<name>/`), each breaking one rule.
 */
import { cp, mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fromRoot } from './paths.ts'

export const brokenContentRoot = fromRoot('tests', 'fixtures', 'content-broken')

export async function brokenCaseNames(): Promise<string[]> {
  const entries = await readdir(path.join(brokenContentRoot, 'cases'), { withFileTypes: true })
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
}

/** A fresh `<tmp>/content` folder: the base corpus, with the cases' files laid over it. */
export async function materialiseContent(...caseNames: string[]): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'mahjar-content-')), 'content')
  await cp(path.join(brokenContentRoot, 'base'), dir, { recursive: true })
  for (const name of caseNames) {
    await cp(path.join(brokenContentRoot, 'cases', name), dir, { recursive: true })
  }
  return dir
}
