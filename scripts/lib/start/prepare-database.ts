/**
 * First step of `pnpm start`, run as a child process (it boots the CMS's Local API on the
 * database, then exits so only the CMS server holds it): applies pending migrations (boot),
 * seeds content/ when the database holds no report yet, and creates the first admin from
 * ADMIN_EMAIL and ADMIN_PASSWORD when both are set and there is no account. Progress lines
 * start with "[prepare]"; the last is `[prepare] result {json}`.
 */
import { bootPayload } from '@mahjar/cms/boot'
import type {} from '@mahjar/cms/payload-types'
import { runCli } from '../cli.ts'
import { loadContent } from '../content/load-content.ts'
import { env } from '../env.ts'
import { contentDir } from '@mahjar/publish/paths'
import { corpusSeedDocuments } from '../seed/documents.ts'
import { seedContent, totals } from '../seed/seed-content.ts'

export const preparePrefix = '[prepare]'

export interface PrepareResult {
  readonly seeded: number
  readonly users: number
  readonly adminCreated: boolean
}

const say = (line: string) => process.stdout.write(`${preparePrefix} ${line}\n`)

runCli(import.meta.url, async () => {
  const payload = await bootPayload()
  say('database ready (migrations applied)')
  let seeded = 0
  const reports = await payload.count({ collection: 'reports' })
  if (reports.totalDocs === 0) {
    say('empty database: seeding content/')
    const corpus = await loadContent(contentDir)
    const report = await seedContent(payload, corpusSeedDocuments(corpus.documents), {
      onProgress: ({ collection, done, total }) => {
        say(`seed ${collection} ${String(done)}/${String(total)}`)
      },
    })
    seeded = totals(report).created
  }
  let users = (await payload.count({ collection: 'users' })).totalDocs
  let adminCreated = false
  if (users === 0 && env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
    await payload.create({
      collection: 'users',
      data: { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, role: 'admin' },
    })
    users = 1
    adminCreated = true
  }
  const result: PrepareResult = { seeded, users, adminCreated }
  say(`result ${JSON.stringify(result)}`)
  process.exit(0)
})
