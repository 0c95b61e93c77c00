/**
 * One throwaway CMS database per test file: a fresh SQLite file under os.tmpdir(), or, when
 * TEST_MONGODB_URI is set, a fresh database on that MongoDB server. `bootPayload` applies the
 * migrations and fills the countries; the database is fixed for the process (one per file).
 * MongoDB test databases are named mahjar-test-<random> and left for the server's owner to drop.
 */
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { bootPayload } from '@mahjar/cms/boot'
// Brings the generated collection types (module augmentation of 'payload') into test files.
import type {} from '@mahjar/cms/payload-types'

export type Payload = Awaited<ReturnType<typeof bootPayload>>
export type Role = 'admin' | 'editor' | 'translator'

export const testPassword = 'correct horse battery staple'
/** The one origin the test CMS allows (CORS, CSRF). */
export const testOrigin = 'http://cms.mahjar.test'

/** MongoDB URI with a database name of its own, so parallel runs never share data. */
function mongoTestUri(base: string): string {
  const url = new URL(base)
  url.pathname = `/mahjar-test-${randomUUID().slice(0, 8)}`
  return url.toString()
}

export type TestCms = {
  payload: Payload
  databaseUri: string
  /** Creates an account with the given role (and returns it with its id). */
  createUser: (role: Role) => Promise<{ id: string; email: string; role: Role }>
  close: () => Promise<void>
}

/** `runJobs`: start the job runners as the CMS server does (off: the test runs jobs itself). */
export async function startTestCms({ runJobs = false } = {}): Promise<TestCms> {
  process.env.PAYLOAD_SECRET ??= `test-secret-${randomUUID()}`
  const mongo = process.env.TEST_MONGODB_URI
  const dir = mkdtempSync(path.join(tmpdir(), 'mahjar-cms-'))
  const databaseUri = mongo ? mongoTestUri(mongo) : `file:${path.join(dir, 'cms.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.SUBMISSIONS_DIR = path.join(dir, 'submissions')
  process.env.CMS_PUBLIC_URL = testOrigin
  process.env.CMS_ALLOWED_ORIGINS = testOrigin
  const payload = await bootPayload({ databaseUri, runJobs })
  // The first account always becomes an admin (makeFirstUserAdmin); make it now, so the roles
  // tests ask for are the roles they get.
  await payload.create({
    collection: 'users',
    data: { email: 'first-admin@mahjar.test', password: testPassword, role: 'admin' },
  })
  return {
    payload,
    databaseUri,
    createUser: async (role) => {
      const email = `${role}-${randomUUID().slice(0, 8)}@mahjar.test`
      const user = await payload.create({
        collection: 'users',
        data: { email, password: testPassword, role, name: `Test ${role}` },
      })
      return { id: user.id, email, role }
    },
    close: async () => {
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
