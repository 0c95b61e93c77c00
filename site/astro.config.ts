import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'
import { env } from './src/env.ts'
import { dataStoreFileIntegration } from './src/integrations/data-store-file.ts'
import { pageListIntegration } from './src/integrations/page-list.ts'
import { securityHeadersIntegration } from './src/integrations/security-headers.ts'
import { snapshotPhotosIntegration } from './src/integrations/snapshot-photos.ts'

const pageList = pageListIntegration()

export default defineConfig({
  site: env.SITE_URL,
  output: 'static',
  ...(env.SITE_CACHE_DIR ? { cacheDir: env.SITE_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    dataStoreFileIntegration(),
    snapshotPhotosIntegration(),
    pageList.integration,
    securityHeadersIntegration([new URL(env.CMS_PUBLIC_URL).origin], pageList.keptPages),
  ],
  devToolbar: { enabled: false },
  prefetch: false,
  // The ISO country data package loads its language files dynamically: keep it out of the bundle.
  // And Astro inlines a script or asset smaller than Vite's limit; the CSP allows no inline
  // script and no data: URL, so every script and asset stays a file of its own.
  vite: { ssr: { external: ['i18n-iso-countries'] }, build: { assetsInlineLimit: 0 } },
})
