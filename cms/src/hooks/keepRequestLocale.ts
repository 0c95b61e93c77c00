import type { PayloadRequest } from 'payload'

/**
 * Runs a Local API call made with the request (`req`) of the save in progress and then puts the
 * request's locale back: a call given a `locale` ('all', or the other language) sets it on `req`,
 * and the rest of the save (its validation, its writes, its answer) would run in that locale.
 */
export async function keepRequestLocale<T>(
  req: PayloadRequest,
  call: () => Promise<T>,
): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await call()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
