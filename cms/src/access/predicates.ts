/**
 * Access predicates, named for what they allow. Where a filter fits, they return a query, so
 * lists are filtered rather than refused (Payload applies it to find, findByID, count, versions).
 */
import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles.ts'

export const anyone: Access = () => true
export const nobody: Access = () => false

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
export const isStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'translator')

/** Anonymous readers see published documents only; drafts and versions never. */
export const publishedOrStaff: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'editor', 'translator') || { _status: { equals: 'published' } }

/**
 * Translators may save drafts (text in either language) but not publish: a write whose data sets
 * `_status: 'published'` needs an editor. The admin asks the same question to show "Publish".
 */
export const canSave: Access = ({ req, data }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'translator')) return false
  const status = (data as { _status?: unknown } | undefined)?._status
  return status !== 'published'
}

/** Admins manage every account; others may read and edit their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}

/**
 * The author of an anonymous story never leaves the admin. Its name is stored apart
 * (collections/StoryAuthors) and shown in `author` to editors and admins only; these rules keep the
 * story's own field in line: everyone else reads `author` only on a story that says it is not
 * anonymous (a read that leaves `anonymous` out of its `select` does not say so, and gets no author
 * either), and only editors and admins set it on an anonymous story.
 */
export const authorReadable: FieldAccess = ({ req, doc }) =>
  hasRole(req.user, 'admin', 'editor') ||
  (doc as { anonymous?: unknown } | undefined)?.anonymous === false

export const authorWritable: FieldAccess = ({ req, doc, siblingData }) =>
  hasRole(req.user, 'admin', 'editor') ||
  ((doc as { anonymous?: unknown } | undefined)?.anonymous !== true &&
    (siblingData as { anonymous?: unknown } | undefined)?.anonymous !== true)

export const adminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
export const editorField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')
/** Fields a translator sees read-only (anything not text: see hooks/keepTranslatorsToText.ts). */
export const notForTranslators: FieldAccess = ({ req }) => !hasRole(req.user, 'translator')
