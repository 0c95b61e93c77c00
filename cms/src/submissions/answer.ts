/**
 * What a participant reads after sending the form or typing their receipt code: a small page of
 * its own, served by the CMS in the form's language (the site stays static, and the form works
 * without JavaScript), or JSON for a script that asks for it (`Accept: application/json`). The
 * page loads nothing (no script, no font, no image: its one style block is allowed by its hash),
 * is never cached, never framed, and sends no referrer. Its one form posts the receipt code to
 * this CMS, in the body: a code in a URL would end up in logs and in the browser's history.
 */
import { useTranslations } from '@mahjar/shared/i18n'
import { escapeMarkup } from '@mahjar/shared/markup'
import { locales, type LocaleCode } from '@mahjar/shared/locales'
import { cspHash } from '@mahjar/shared/security-headers'
import { submissionPaths } from '@mahjar/shared/schemas/submissions'
import { messageIn, type MessageKey } from '../i18n/messages.ts'

export interface Answer {
  readonly status: number
  readonly lang: LocaleCode
  readonly title: string
  readonly paragraphs: readonly string[]
  /** A receipt code to show large (just issued). */
  readonly receipt?: string
  /** The code to fill into the check-or-withdraw form. */
  readonly checkCode?: string
  readonly back: string
  /** Fields for a script: the code, the status, the error key. */
  readonly json: Record<string, unknown>
}

const style = `body{font:1.05rem/1.6 "Noto Naskh Arabic","Noto Sans",system-ui,sans-serif;margin:0;background:#faf8f4;color:#1d1d1b}main{max-width:38rem;margin:0 auto;padding:1.5rem 1rem}h1{font-size:1.5rem;line-height:1.3}.code{font:700 1.6rem/1.4 ui-monospace,monospace;letter-spacing:.08em;background:#fff;border:2px solid #1d1d1b;padding:.5rem .75rem;display:inline-block;direction:ltr;unicode-bidi:isolate}form{margin-top:2rem;padding-top:1rem;border-top:1px solid #ccc}label{display:block;font-weight:700;margin-bottom:.25rem}input{font:inherit;padding:.5rem;width:100%;box-sizing:border-box;direction:ltr}button{font:inherit;margin:.75rem .5rem 0 0;padding:.5rem 1rem;min-height:44px}a{color:#0b5394}`

const policy = [
  "default-src 'none'",
  `style-src ${cspHash(style)}`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

const headers = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
}

export const submissionText = (lang: LocaleCode, key: MessageKey, params = {}) =>
  messageIn(lang, key, params)

function page(answer: Answer): string {
  const t = (key: MessageKey) => escapeMarkup(submissionText(answer.lang, key))
  // The check form's words are the site's own form's (RaiseYourVoice.astro).
  const site = (key: Parameters<ReturnType<typeof useTranslations>>[0]) =>
    escapeMarkup(useTranslations(answer.lang)(key))
  const { dir } = locales[answer.lang]
  const receipt = answer.receipt
    ? `<p>${t('submissionReceiptLabel')}</p><p class="code">${escapeMarkup(answer.receipt)}</p><p>${t('submissionReceiptKeep')}</p>`
    : ''
  const code = escapeMarkup(answer.checkCode ?? '')
  return `<!doctype html>
<html lang="${answer.lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeMarkup(answer.title)}</title><style>${style}</style></head>
<body><main><h1>${escapeMarkup(answer.title)}</h1>
${answer.paragraphs.map((text) => `<p>${escapeMarkup(text)}</p>`).join('\n')}
${receipt}
<form method="post" action="${submissionPaths.receipt}"><h2>${site('voice.check.heading')}</h2><input type="hidden" name="lang" value="${answer.lang}"><label for="receipt">${site('voice.check.code')}</label><input id="receipt" name="receipt" required autocomplete="off" spellcheck="false" value="${code}"><button name="action" value="status">${site('voice.check.status')}</button><button name="action" value="withdraw">${site('voice.check.withdraw')}</button></form>
<p><a href="${escapeMarkup(answer.back)}" rel="noreferrer">${t('submissionBack')}</a></p></main></body></html>
`
}

/** The answer as the client asked for it: JSON for a script, else the page. */
export function respond(
  request: { headers: Headers },
  answer: Answer,
  extra: Record<string, string> = {},
) {
  const language = { 'content-language': answer.lang }
  if ((request.headers.get('accept') ?? '').includes('application/json')) {
    return Response.json(answer.json, {
      status: answer.status,
      headers: { ...headers, ...language, ...extra },
    })
  }
  return new Response(page(answer), {
    status: answer.status,
    headers: {
      ...headers,
      ...language,
      ...extra,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': policy,
    },
  })
}
