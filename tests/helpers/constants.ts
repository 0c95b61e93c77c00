/** Slugs and codes that tests rely on: one place, so a renamed fixture fails loudly here. */
export const reportSlug = 'activism-in-exile'
export const campaignSlug = 'almahjar-can'
export const campaignYear = 2021
