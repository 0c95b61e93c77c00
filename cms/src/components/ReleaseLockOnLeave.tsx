'use client'
/**
 * Payload locks a document while someone edits it, and lets the lock go when they leave with
 * unsaved changes; a document left after Publish or an autosave stayed locked for five minutes, so
 * the translator who opened it right after the editor met "someone is editing" (seen in the
 * translation journey). Leaving the edit view for another page now releases the lock, only the
 * leaver's own: the lock record names its user, and another user's lock is never touched.
 */
import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'

type Lock = { id: number | string; user?: { value?: unknown } | number | string | null }

const ownerOf = (lock: Lock) =>
  typeof lock.user === 'object' && lock.user !== null ? lock.user.value : lock.user

export function ReleaseLockOnLeave() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const userId = user?.id

  useEffect(() => {
    if (id === undefined || !collectionSlug || userId === undefined) return
    const docPath = `/${collectionSlug}/${String(id)}`
    const release = async () => {
      const query = new URLSearchParams({
        'where[document.relationTo][equals]': collectionSlug,
        'where[document.value][equals]': String(id),
        depth: '0',
      })
      const found = await fetch(`${api}/payload-locked-documents?${query.toString()}`, {
        credentials: 'include',
      })
      if (!found.ok) return
      const { docs = [] } = (await found.json()) as { docs?: Lock[] }
      for (const lock of docs.filter((l) => String(ownerOf(l)) === String(userId))) {
        await fetch(`${api}/payload-locked-documents/${String(lock.id)}`, {
          method: 'DELETE',
          credentials: 'include',
          keepalive: true,
        })
      }
    }
    return () => {
      // Left for another page, not a locale switch of this document (see DiscardUntouchedDraft).
      window.setTimeout(() => {
        if (!window.location.pathname.endsWith(docPath)) void release().catch(() => undefined)
      }, 500)
    }
  }, [api, collectionSlug, id, userId])

  return null
}
