'use client'
/**
 * "Create new" makes Payload create an empty draft at once (autosave needs a document to save
 * into). When the editor walks away to another admin page without typing, this asks the server
 * to remove that draft. Not on pagehide: a reload fires it too, and the editor would come back to
 * a draft that no longer exists (a tab closed on a blank draft leaves it). The server deletes only a
 * draft that was never saved after its creation and never published
 * (collections/discardUntouchedDraft.ts), so a document anyone worked on is never touched.
 */
import { useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

export function DiscardUntouchedDraft() {
  const { id, collectionSlug, initialData } = useDocumentInfo()
  const modified = useFormModified()
  const { config } = useConfig()
  const touched = useRef(false)
  if (modified) touched.current = true
  // The server decides whether the draft is untouched; this only says the editor typed nothing.
  const untouchedOnOpen = initialData?._status === 'draft'
  const api = `${config.serverURL}${config.routes.api}`

  useEffect(() => {
    if (id === undefined || !collectionSlug || !untouchedOnOpen) return
    const docPath = `/${collectionSlug}/${String(id)}`
    let sent = false
    const discard = () => {
      if (sent || touched.current) return
      sent = true
      void fetch(`${api}${docPath}/untouched`, {
        method: 'DELETE',
        credentials: 'include',
        keepalive: true,
      }).catch(() => undefined)
    }
    return () => {
      // Unmounted by a move to another page, not by a locale switch of this document; the
      // router may update the address just after the old view unmounts, hence the short wait.
      window.setTimeout(() => {
        if (!window.location.pathname.endsWith(docPath)) discard()
      }, 500)
    }
  }, [api, collectionSlug, id, untouchedOnOpen])

  return null
}
