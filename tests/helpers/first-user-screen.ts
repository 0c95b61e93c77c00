/**
 * Payload's first-user screen, driven the way a person uses it: wait for the page to settle,
 * type, wait for the form's background validation (a server action per change) to answer, then
 * submit and follow the redirect to the dashboard.
 *
 * Why the waits: on a loaded machine the page can still be hydrating when the fields appear, and
 * the server action that re-validates the form after each change can answer after the click;
 * either way Payload validates a form state without the typed values and stays on the screen.
 * A person sees the form settle before typing and submitting; so does this.
 * When the screen is still there after the submit, the error names what the page said and which
 * requests were made, instead of a bare timeout.
 */
import type { Page, Request } from 'playwright-core'

export interface Account {
  readonly email: string
  readonly password: string
}

/** Counts the page's requests in flight, so a caller can wait until none has run for a while. */
function trackRequests(page: Page) {
  const inFlight = new Set<Request>()
  const log: string[] = []
  let lastChange = Date.now()
  const started = (request: Request) => {
    inFlight.add(request)
    lastChange = Date.now()
    log.push(`${request.method()} ${new URL(request.url()).pathname}`)
  }
  const ended = (request: Request) => {
    inFlight.delete(request)
    lastChange = Date.now()
  }
  page.on('request', started)
  page.on('requestfinished', ended)
  page.on('requestfailed', ended)
  return {
    log,
    /** Resolves once no request has been in flight for `quietMs` (gives up after `timeoutMs`). */
    async quiet(quietMs: number, timeoutMs: number): Promise<void> {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        if (inFlight.size === 0 && Date.now() - lastChange >= quietMs) return
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    },
  }
}

async function whatThePageSays(page: Page): Promise<string> {
  const messages = await page
    .locator('.field-error, .tooltip-content, [role="alert"], .toast, li[data-sonner-toast]')
    .allInnerTexts()
    .catch(() => [])
  return messages.filter((text) => text.trim() !== '').join(' | ') || '(no error shown)'
}

/**
 * Opens `/admin`, expects the first-user screen, lets `inspect` look at it, creates the account
 * and waits for the dashboard.
 */
export async function createFirstUser(
  page: Page,
  cmsUrl: string,
  account: Account,
  inspect: (page: Page) => Promise<void>,
): Promise<void> {
  const requests = trackRequests(page)
  await page.goto(`${cmsUrl}/admin`)
  await page.waitForURL(/\/admin\/create-first-user/, { timeout: 60_000 })
  await page.waitForSelector('#field-email')
  // Payload marks its form ready once React has mounted it: text typed into the server-rendered
  // form before that never reaches the form's state, and the submit then fails validation.
  await page.waitForSelector('form[data-form-ready="true"]', { timeout: 60_000 })
  await requests.quiet(750, 30_000)
  await inspect(page)
  for (const [selector, value] of [
    ['#field-email', account.email],
    ['#field-password', account.password],
    ['#field-confirm-password', account.password],
  ] as const) {
    await page.fill(selector, value)
    await requests.quiet(750, 30_000)
  }
  const registered = page.waitForResponse(
    (response) => new URL(response.url()).pathname.endsWith('/first-register'),
    { timeout: 60_000 },
  )
  await page.click('button[type="submit"]')
  const response = await registered.catch(async () => {
    throw new Error(
      `The first-user form never posted to /first-register. The page said: ${await whatThePageSays(page)}. Requests: ${requests.log.slice(-20).join(', ')}`,
    )
  })
  if (response.status() !== 200) {
    throw new Error(
      `/first-register answered ${String(response.status())}: ${await response.text()}`,
    )
  }
  await page
    .waitForURL((url) => !url.pathname.includes('create-first-user'), { timeout: 60_000 })
    .catch(async () => {
      throw new Error(
        `Registered, but the admin stayed on the first-user screen. The page said: ${await whatThePageSays(page)}. Requests: ${requests.log.slice(-20).join(', ')}`,
      )
    })
  await page.waitForSelector('nav, .dashboard', { timeout: 60_000 })
}
