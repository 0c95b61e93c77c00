import { expect, it } from 'vitest'
import { bootPayload } from '@mahjar/cms/boot'

it('a MongoDB URI that nobody answers fails within seconds, naming the host and the way out', async () => {
  process.env.PAYLOAD_SECRET ??= 'test-secret-for-an-unreachable-database'
  const started = Date.now()
  const failure = bootPayload({ databaseUri: 'mongodb://user:secret@127.0.0.1:9/mahjar-test' })
  await expect(failure).rejects.toThrow(
    /^MongoDB at 127\.0\.0\.1:9 is unreachable \(5 s server-selection timeout\):.*unset DATABASE_URI to use the embedded SQLite database\.$/s,
  )
  await expect(failure).rejects.not.toThrow(/secret/)
  expect(Date.now() - started).toBeLessThan(15_000)
})
