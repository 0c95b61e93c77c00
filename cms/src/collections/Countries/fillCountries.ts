import type { Payload } from 'payload'
import { allCountryCodes, countryName } from '@mahjar/shared/countries'

/** Adds every ISO 3166-1 country not yet stored; a no-op once filled. */
export async function fillCountries(payload: Payload): Promise<number> {
  const stored = await payload.find({
    collection: 'countries',
    depth: 0,
    pagination: false,
    select: {},
  })
  const have = new Set(stored.docs.map((doc) => doc.id))
  const missing = allCountryCodes().filter((code) => !have.has(code))
  for (const code of missing) {
    await payload.db.create({
      collection: 'countries',
      data: { id: code, code, name: { ar: countryName(code, 'ar'), en: countryName(code, 'en') } },
    })
  }
  return missing.length
}
