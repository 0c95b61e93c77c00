/** The language-redirect script as a file of its own (see lib/language-redirect.ts). */
import { languageRedirectScript } from '../lib/language-redirect.ts'

export function GET(): Response {
  return new Response(languageRedirectScript, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  })
}
