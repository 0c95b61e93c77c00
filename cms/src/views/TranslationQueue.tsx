/**
 * The translation queue (/admin/translations): what is missing or out of date in a language,
 * across every collection, published first; filtered by language, collection and report through a
 * plain form (works without script). Each row opens the document in the language to translate,
 * where every text shows its source beside it (components/TranslationMarker.tsx).
 */
import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'
import { redirect } from 'next/navigation'
import {
  getLocale,
  isLocaleCode,
  localeCodes,
  localeOrDefault,
  otherLocale,
  type LocaleCode,
} from '@mahjar/shared/locales'
import { localeLabels, messageIn } from '../i18n/messages.ts'
import { queueCollections, translationQueue } from '../lib/translationQueue.ts'

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export async function TranslationQueue({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { user, i18n, payload } = req
  const adminRoute = payload.config.routes.admin
  if (!user)
    redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/translations`)}`)
  const lang = localeOrDefault(i18n.language)
  const asked = one(searchParams?.language)
  const target: LocaleCode = asked && isLocaleCode(asked) ? asked : otherLocale(lang)
  const collections = queueCollections(req)
  const askedCollection = one(searchParams?.collection)
  const collection = collections.some((c) => c.slug === askedCollection)
    ? askedCollection
    : undefined
  const askedReport = one(searchParams?.report)
  const report = askedReport && /^[\w-]{1,64}$/.test(askedReport) ? askedReport : undefined
  const items = await translationQueue(req, target, { collection, report })
  const reports = await payload.find({
    collection: 'reports',
    draft: true,
    depth: 0,
    limit: 200,
    locale: lang,
    overrideAccess: false,
    req,
  })
  const labelOf = (slug: string) => {
    const found = collections.find((c) => c.slug === slug)
    return found ? getTranslation(found.labels.plural, i18n) : slug
  }
  const source = getLocale(otherLocale(target))

  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter className="translation-queue">
        <h1>{messageIn(lang, 'translationQueue')}</h1>
        <p>{messageIn(lang, 'translationQueueIntro')}</p>
        <form method="get" className="translation-queue__filters">
          <label>
            {messageIn(lang, 'translationQueueFor', { language: '' }).trim()}
            <select name="language" defaultValue={target}>
              {localeCodes.map((code) => (
                <option key={code} value={code}>
                  {localeLabels[code][lang]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {messageIn(lang, 'queueColumnCollection')}
            <select name="collection" defaultValue={collection ?? ''}>
              <option value="">{messageIn(lang, 'translationQueueAll')}</option>
              {collections.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {labelOf(c.slug)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {getTranslation(
              collections.find((c) => c.slug === 'reports')?.labels.singular ?? 'Report',
              i18n,
            )}
            <select name="report" defaultValue={report ?? ''}>
              <option value="">{messageIn(lang, 'translationQueueReport')}</option>
              {reports.docs.map((doc) => (
                <option key={doc.id} value={doc.id}>
                  {doc.title}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn--style-secondary btn--size-small">
            {messageIn(lang, 'translationQueueFilter')}
          </button>
        </form>
        <h2 id="translation-queue-count">
          {messageIn(lang, 'translationQueueCount', {
            count: items.length,
            language: localeLabels[target][lang],
          })}
        </h2>
        {items.length === 0 ? (
          <p>{messageIn(lang, 'translationQueueEmpty')}</p>
        ) : (
          <div className="translation-queue__table">
            <table aria-describedby="translation-queue-count">
              <thead>
                <tr>
                  <th scope="col">{messageIn(lang, 'queueColumnItem')}</th>
                  <th scope="col">{messageIn(lang, 'queueColumnCollection')}</th>
                  <th scope="col">{messageIn(lang, 'queueColumnState')}</th>
                  <th scope="col">{messageIn(lang, 'queueColumnStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={`${item.collection}/${item.id}`} data-collection={item.collection}>
                    <td>
                      <a
                        href={`${adminRoute}/collections/${item.collection}/${item.id}?locale=${target}`}
                        lang={source.code}
                        dir={source.dir}
                      >
                        {item.title}
                      </a>
                    </td>
                    <td>{labelOf(item.collection)}</td>
                    <td>
                      {[
                        item.missing ? messageIn(lang, 'translationMissing') : undefined,
                        item.outdated > 0
                          ? messageIn(lang, 'queueOutdatedFields', { count: item.outdated })
                          : undefined,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </td>
                    <td>{messageIn(lang, item.published ? 'queuePublished' : 'queueDraft')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
