/**
 * On the dashboard: how many items wait for each language, each a link to the translation queue
 * filtered to that language (views/TranslationQueue.tsx).
 */
import { createLocalReq, type ServerProps } from 'payload'
import { localeCodes, localeOrDefault } from '@mahjar/shared/locales'
import { localeLabels, messageIn } from '../i18n/messages.ts'
import { translationQueue } from '../lib/translationQueue.ts'

export async function TranslationQueueSummary({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const lang = localeOrDefault(i18n.language)
  const req = await createLocalReq({ user }, payload)
  const counts = await Promise.all(
    localeCodes.map(async (code) => [code, (await translationQueue(req, code)).length] as const),
  )
  const adminRoute = payload.config.routes.admin
  return (
    <section className="translation-queue-summary" aria-labelledby="translation-queue-summary">
      <h2 id="translation-queue-summary">{messageIn(lang, 'translationQueue')}</h2>
      <ul>
        {counts.map(([code, count]) => (
          <li key={code}>
            <a href={`${adminRoute}/translations?language=${code}`}>
              {messageIn(lang, 'translationQueueCount', {
                count,
                language: localeLabels[code][lang],
              })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
