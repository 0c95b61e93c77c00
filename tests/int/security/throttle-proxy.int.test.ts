/**
 * The sign-in throttle counts by the client's real address. With no trusted proxy configured
 * (the default), a client that sends a new fake X-Forwarded-For on every try is still the same
 * TCP peer and is made to wait after 5 failures, told so in Arabic (with the Arabic plural of
 * the number of seconds) and in English. Behind a trusted proxy (CMS_TRUSTED_PROXIES) the
 * address that proxy names is used: tests/int/cms/login.int.test.ts runs that way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, testPassword, type TestCms } from '../../helpers/payload.ts'

let cms: TestCms
let server: RestServer
let fake = 0

async function signIn(email: string, password: string, lang: 'ar' | 'en') {
  fake += 1
  const response = await fetch(`${server.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': lang,
      // A new made-up address on every try, in both headers a naive reader would believe.
      'x-forwarded-for': `198.51.100.${String(fake % 250)}`,
      'x-real-ip': `198.51.100.${String(fake % 250)}`,
    },
    body: JSON.stringify({ email, password }),
  })
  const json = (await response.json()) as { errors?: { message: string }[] }
  return { status: response.status, message: json.errors?.[0]?.message ?? '' }
}

beforeAll(async () => {
  process.env.CMS_TRUSTED_PROXIES = ''
  cms = await startTestCms()
  server = await startRestServer()
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

describe('a client rotating a fake X-Forwarded-For', () => {
  it('is throttled after 5 failures on an account all the same, in Arabic and English', async () => {
    const editor = await cms.createUser('editor')
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await signIn(editor.email, 'guess', 'en')).status).toBe(401)
    }
    const arabic = await signIn(editor.email, testPassword, 'ar')
    expect(arabic.status).toBe(429)
    // The first wait is 10 s: «10 ثوانٍ» (few), or less as the clock runs: never «10 ثانية».
    expect(arabic.message).toMatch(
      /^محاولات دخول فاشلة كثيرة من هذا الاتصال\. حاول مجددًا بعد (ثانية واحدة|ثانيتين|\d+ ثوانٍ)$/,
    )
    const english = await signIn(editor.email, testPassword, 'en')
    expect(english.status).toBe(429)
    expect(english.message).toMatch(/Try again in \d+ seconds?$/)
  })

  it('cannot spray many accounts from one machine by changing the header', async () => {
    // The 5 failures of the test above came from this machine too: 20 are free per client.
    let refusedAsWrong = 5
    let answer = { status: 401, message: '' }
    for (let attempt = 1; attempt <= 40 && answer.status === 401; attempt += 1) {
      answer = await signIn(`spray-${String(attempt)}@mahjar.test`, 'guess', 'ar')
      if (answer.status === 401) refusedAsWrong += 1
    }
    expect(answer.status).toBe(429)
    expect(answer.message).toMatch(/محاولات دخول فاشلة كثيرة/)
    expect(refusedAsWrong).toBe(20)
  })
})
