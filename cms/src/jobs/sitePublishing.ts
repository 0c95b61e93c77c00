/**
 * The publishing pipeline as a Payload plugin: rebuild hooks on the collections the site
 * shows, the Builds collection (the admin's list of recent builds), the `rebuildSite` task and,
 * when SITE_BUILD_COMMAND is set and this process is the jobs runner, a runner for the `site`
 * queue that checks every second (one job at a time: Payload skips a tick while one runs; a
 * publish wakes it when its job is due, scheduleRebuild.ts) and,
 * at start-up, the recovery of a build a crash cut short (recoverBuilds.ts) and, in the
 * background, publishing's warm-up: a first read of every published document for the export
 * memory (`primeExports`) and, with PUBLISH_WARM_UP, the publishing engine's.
 */
import type { CollectionConfig, Config, Payload, Plugin } from 'payload'
import { Builds } from '../collections/Builds/index.ts'
import { hasDrafts } from '@mahjar/shared/collections'
import { dataCollections } from '@mahjar/shared/urls'
import { env } from '../env.ts'
import {
  rebuildOnPublishAfterChange,
  rebuildOnPublishAfterDelete,
  rememberLiveStatus,
} from '../hooks/rebuildOnPublish.ts'
import { rebuildQueue, rebuildRunnerCron, runsRebuilds } from './scheduleRebuild.ts'
import { recoverBuilds } from './recoverBuilds.ts'
import { primeExports } from '../snapshot/export.ts'
import { rebuildSiteTask } from './rebuildSite.ts'
import { runBuildCommand } from './runBuildCommand.ts'
import { publishingWarmSaid, warmedUpSaid } from '@mahjar/publish/protocol'

/** Collections whose public documents the static site shows: the published ones and their terms. */
export const siteCollections = [...dataCollections, 'themes', 'audiences', 'redirects'] as const

function withRebuildHooks(collection: CollectionConfig): CollectionConfig {
  if (!(siteCollections as readonly string[]).includes(collection.slug)) return collection
  const drafts = hasDrafts(collection.slug)
  return {
    ...collection,
    // The admin's "Preview" button: the draft as a signed-in page (src/app/(frontend)/preview).
    // Beside Publish: where the document stands on the site (src/components/PublishStatus).
    admin: drafts
      ? {
          ...collection.admin,
          preview: (doc) =>
            `${env.publicUrl}/preview/${collection.slug}/${String((doc as { id?: unknown }).id)}`,
          components: {
            ...collection.admin?.components,
            edit: {
              ...collection.admin?.components?.edit,
              beforeDocumentControls: [
                ...(collection.admin?.components?.edit?.beforeDocumentControls ?? []),
                '/components/PublishStatus/index.tsx#PublishStatus',
              ],
            },
          },
        }
      : collection.admin,
    hooks: {
      ...collection.hooks,
      beforeChange: [
        ...(collection.hooks?.beforeChange ?? []),
        ...(drafts ? [rememberLiveStatus] : []),
      ],
      afterChange: [...(collection.hooks?.afterChange ?? []), rebuildOnPublishAfterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), rebuildOnPublishAfterDelete],
    },
  }
}

/**
 * Gets publishing warm when the CMS starts: the export memory primed (`primeExports`: a first read
 * of every published document) and, with PUBLISH_WARM_UP, the publishing engine warmed up
 * (`build-site.ts --warm-up`, run with this process's environment, so the engine is the one this
 * CMS's publishes use). Not awaited: the CMS serves meanwhile, an export that starts first is
 * correct too, and a publish asked for meanwhile waits for the warm-up in the engine. Then it
 * logs `publishingWarmSaid`, which `pnpm start` waits for before it says Ready.
 */
async function warmUpPublishing(payload: Payload): Promise<void> {
  const started = performance.now()
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1)
  const command = env.siteBuildCommand
  const engine =
    env.publishWarmUp && command !== undefined
      ? runBuildCommand(`${command} --warm-up`).then(
          ({ logTail }) =>
            logTail.split('\n').findLast((line) => line.startsWith(warmedUpSaid)) ??
            `the engine's warm-up said nothing: ${logTail.split('\n').at(-1) ?? ''}`,
        )
      : Promise.resolve('no warm-up asked for')
  const exports = primeExports(payload).then(
    (documents) => `export memory primed: ${String(documents)} documents in ${seconds()} s`,
    (error: unknown) => `export memory not primed (the first publish reads all): ${String(error)}`,
  )
  const said = await Promise.all([exports, engine])
  payload.logger.info(`${publishingWarmSaid} ${said.join('; ')}`)
}

export const sitePublishing: Plugin = (config: Config): Config => {
  const runner = runsRebuilds()
  const autoRun = Array.isArray(config.jobs?.autoRun) ? config.jobs.autoRun : []
  return {
    ...config,
    collections: [...(config.collections ?? []).map(withRebuildHooks), Builds],
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), rebuildSiteTask],
      autoRun: runner
        ? [...autoRun, { cron: rebuildRunnerCron, queue: rebuildQueue, limit: 1, silent: true }]
        : autoRun,
    },
    onInit: async (payload) => {
      await config.onInit?.(payload)
      if (!runner) return
      await recoverBuilds(payload, siteCollections)
      void warmUpPublishing(payload)
    },
  }
}
