/**
 * Rejected and withdrawn submissions are not kept: once the retention period an admin sets
 * (global `participation-settings`, 30 days unless changed) has passed since the decision, the
 * submission and its file are deleted. The `purgeSubmissions` task runs every hour on the
 * default queue (the jobs runner schedules it); deleting a submission deletes its file
 * (`forgetFile`), so a purge cut short is finished by the next one.
 */
import type { CollectionAfterDeleteHook, GlobalConfig, Payload, TaskConfig } from 'payload'
import { label } from '@mahjar/shared/cms-i18n'
import { isAdmin } from '../access/predicates.ts'
import { groups } from '../collections/groups.ts'
import { submissionFilesSlug, submissionsSlug } from './endpoints.ts'

export const participationSettingsSlug = 'participation-settings'
export const defaultRetentionDays = 30
const day = 24 * 60 * 60 * 1000

export const ParticipationSettings: GlobalConfig = {
  slug: participationSettingsSlug,
  label: label('cms.global.participationSettings'),
  admin: { group: groups.participation },
  access: { read: isAdmin, update: isAdmin },
  fields: [
    {
      name: 'retentionDays',
      type: 'number',
      label: label('cms.field.retentionDays'),
      required: true,
      defaultValue: defaultRetentionDays,
      min: 1,
      max: 3650,
      admin: { description: label('cms.field.retentionDays.description') },
    },
  ],
}

/** Deletes the rejected and withdrawn submissions decided before the retention period; returns how many. */
export async function purgeExpiredSubmissions(payload: Payload, now = new Date()) {
  const settings = await payload.findGlobal({ slug: participationSettingsSlug, depth: 0 })
  const days = settings.retentionDays
  const before = new Date(now.getTime() - days * day).toISOString()
  const deleted = await payload.delete({
    collection: submissionsSlug,
    where: {
      and: [{ status: { in: ['rejected', 'withdrawn'] } }, { decidedAt: { less_than: before } }],
    },
    overrideAccess: true,
  })
  return deleted.docs.length
}

export const purgeSubmissionsTask: TaskConfig<'purgeSubmissions'> = {
  slug: 'purgeSubmissions',
  schedule: [{ cron: '0 * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    await purgeExpiredSubmissions(req.payload)
    return { output: {} }
  },
}

/** afterDelete of a submission: its file goes with it (Payload removes it from the disk). */
export const forgetFile: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const file = (doc as { file?: unknown }).file
  const id = typeof file === 'object' && file !== null ? (file as { id: unknown }).id : file
  if (typeof id === 'string' || typeof id === 'number')
    await req.payload.delete({ collection: submissionFilesSlug, id, req, overrideAccess: true })
}
