/**
 * Assembles the CMS; defines no entity inline. Reads its settings from env.ts (validated, at
 * import time: set the environment before importing this module).
 */
import path from 'node:path'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'
import { brandMarkDataUrl, productName } from '@mahjar/shared/brand'
import { defaultLocale, localeCodes, locales } from '@mahjar/shared/locales'
import { Audiences } from './collections/Audiences/index.ts'
import { CampaignEditions } from './collections/CampaignEditions/index.ts'
import { Countries } from './collections/Countries/index.ts'
import { Findings } from './collections/Findings/index.ts'
import { mediaCollection } from './collections/Media/index.ts'
import { Practices } from './collections/Practices/index.ts'
import { Recommendations } from './collections/Recommendations/index.ts'
import { Redirects } from './collections/Redirects/index.ts'
import { Withdrawals } from './collections/Withdrawals/index.ts'
import { Permalinks } from './collections/Permalinks/index.ts'
import { Reports } from './collections/Reports/index.ts'
import { Stories } from './collections/Stories/index.ts'
import { submissionFilesCollection } from './collections/SubmissionFiles/index.ts'
import { Submissions } from './collections/Submissions/index.ts'
import { StoryAuthors } from './collections/StoryAuthors/index.ts'
import { Themes } from './collections/Themes/index.ts'
import { Users } from './collections/Users/index.ts'
import { databaseAdapter } from './database.ts'
import { markdownEditor } from './editor.ts'
import { env } from './env.ts'
import { dayTimeFormat } from './fields/dates.ts'
import { payloadArabic } from './i18n/payloadArabic.ts'
import { restoreWording } from './i18n/restoreWording.ts'
import { onInit } from './init.ts'
import { sitePublishing } from './jobs/sitePublishing.ts'
import { ParticipationSettings, purgeSubmissionsTask } from './submissions/retention.ts'
import { localeLabels } from './i18n/messages.ts'
import { cmsRoot, srcDir } from './paths.ts'

export const uploadLimitBytes = 10 * 1024 * 1024

function withoutApiTab(collection: CollectionConfig): CollectionConfig {
  return { ...collection, admin: { ...collection.admin, hideAPIURL: true } }
}

export default buildConfig({
  serverURL: env.publicUrl,
  secret: env.secret,
  db: databaseAdapter(env.databaseUri, cmsRoot),
  editor: markdownEditor,
  sharp,
  telemetry: false,
  graphQL: { disable: true },
  cors: env.allowedOrigins,
  csrf: env.allowedOrigins,
  upload: { limits: { fileSize: uploadLimitBytes } },
  admin: {
    user: 'users',
    avatar: 'default',
    dateFormat: dayTimeFormat,
    importMap: { baseDir: srcDir },
    meta: {
      titleSuffix: ` — ${productName}`,
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: brandMarkDataUrl }],
    },
    components: {
      graphics: {
        Logo: '/components/MahjarLogo.tsx#MahjarLogo',
        Icon: '/components/MahjarIcon.tsx#MahjarIcon',
      },
      providers: [
        '/components/EditedLocaleDirection.tsx#EditedLocaleDirection',
        '/components/AdminLanguageRepairs.tsx#AdminLanguageRepairs',
        '/components/VersionViews.tsx#VersionViews',
      ],
      beforeDashboard: ['/components/TranslationQueueSummary.tsx#TranslationQueueSummary'],
      afterNavLinks: ['/components/TranslationQueueLink.tsx#TranslationQueueLink'],
      views: {
        translations: {
          Component: '/views/TranslationQueue.tsx#TranslationQueue',
          path: '/translations',
        },
      },
    },
  },
  i18n: {
    supportedLanguages: { ar, en },
    fallbackLanguage: defaultLocale,
    // Payload's Arabic pack corrected, and the restore confirmation (restoring makes a draft).
    translations: {
      ar: { ...payloadArabic, version: { ...payloadArabic.version, ...restoreWording.ar.version } },
      en: restoreWording.en,
    },
  },
  localization: {
    defaultLocale,
    fallback: true,
    locales: localeCodes.map((code) => ({
      code,
      label: localeLabels[code],
      rtl: locales[code].dir === 'rtl',
      fallbackLocale: locales[code].fallback,
    })),
  },
  // No "API" tab: it shows raw JSON and REST URLs, in English, to editors who never need them.
  collections: [
    Reports,
    Findings,
    Recommendations,
    Practices,
    CampaignEditions,
    Stories,
    StoryAuthors,
    Submissions,
    submissionFilesCollection(env.submissionsDir),
    Themes,
    Audiences,
    Countries,
    mediaCollection(env.mediaDir),
    Users(env.production),
    Redirects,
    Withdrawals,
    Permalinks,
  ].map(withoutApiTab),
  globals: [ParticipationSettings],
  jobs: {
    tasks: [purgeSubmissionsTask],
    // Runs scheduled publications while the server is up (`next dev` / `next start`).
    autoRun: [{ cron: '* * * * *', queue: 'default' }],
    // One runner: CMS_JOBS_RUNNER=false on other instances and on build children.
    shouldAutoRun: () => !env.buildPhase && env.jobsRunner,
  },
  plugins: [sitePublishing],
  onInit,
  typescript: {
    outputFile: path.join(srcDir, 'payload-types.ts'),
    // Payload would start `payload generate:types` in a process of its own at every boot outside
    // production: every script, build export and test boot paid ~12 s of CPU for it, and it rewrote
    // a source file mid-run. `pnpm --filter @mahjar/cms generate:types` writes it; a test checks it.
    autoGenerate: false,
  },
})
