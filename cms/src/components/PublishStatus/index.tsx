'use client'
/**
 * Beside Publish in the edit view: where this document stands on the public site — queued,
 * building, live (with links to its page in each of its languages) or failed with the reason —
 * from `/api/builds/publish-status` (src/collections/Builds/publishStatus.ts), which speaks the
 * admin's language. It asks again after every save and every 2 s while a build is pending (every 5 s otherwise).
 */
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { PublishStatus as Status } from '../../collections/Builds/publishStatus.ts'
import './index.css'

const pendingStates = new Set(['queued', 'building'])
const pendingPollMs = 2_000
const idlePollMs = 5_000

export function PublishStatus() {
  const { id, collectionSlug, lastUpdateTime, hasPublishedDoc } = useDocumentInfo()
  const [status, setStatus] = useState<Status | undefined>()

  useEffect(() => {
    if (id === undefined || !collectionSlug) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const query = new URLSearchParams({ collection: collectionSlug, id: String(id) })
    const ask = async () => {
      let next: Status | undefined
      try {
        const response = await fetch(`/api/builds/publish-status?${query.toString()}`, {
          credentials: 'include',
          cache: 'no-store',
        })
        if (response.ok) next = (await response.json()) as Status
      } catch {
        // Offline for a moment: keep showing the last answer and ask again.
      }
      if (stopped) return
      if (next) setStatus(next)
      const pending = next ? pendingStates.has(next.state) : true
      timer = setTimeout(() => void ask(), pending ? pendingPollMs : idlePollMs)
    }
    void ask()
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [id, collectionSlug, lastUpdateTime, hasPublishedDoc])

  if (!status) return null
  return (
    <div
      className="publish-status"
      data-state={status.state}
      data-published-at={status.publishedAt}
      role="status"
      aria-live="polite"
    >
      <span className="publish-status__text">{status.text}</span>
      {status.links.map((link) => (
        <a
          key={link.lang}
          className="publish-status__link"
          href={link.href}
          hrefLang={link.lang}
          target="_blank"
          rel="noopener noreferrer"
        >
          {link.label}
        </a>
      ))}
    </div>
  )
}
