/**
 * Who made each version of a document, for the versions list (components/VersionViews.tsx adds
 * the column). Every save records its author in `editedBy` (fields/editorial.ts), so each
 * version carries it; but a translator or editor may not read other accounts (users are
 * admin-or-self), so populating the relation in the admin would show bare ids. This endpoint
 * answers staff only, with each version's author as a name (or sign-in e-mail when the account
 * has no name), and nothing else about the account.
 * GET /api/<collection>/:id/version-authors → { authors: { [versionId]: name } }
 */
import type { CollectionSlug, Endpoint } from 'payload'
import { hasRole } from '../access/roles.ts'

type VersionRow = { id: number | string; version?: { editedBy?: unknown } }
type Account = { id: number | string; name?: unknown; email?: unknown }

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : typeof value === 'object' && value !== null && 'id' in value
      ? idOf(value.id)
      : undefined

export function versionAuthorsEndpoint(collection: CollectionSlug): Endpoint {
  return {
    path: '/:id/version-authors',
    method: 'get',
    handler: async (req) => {
      if (!hasRole(req.user, 'admin', 'editor', 'translator')) {
        return Response.json({ authors: {} }, { status: 403 })
      }
      const parent = idOf(req.routeParams?.id) ?? ''
      const versions = await req.payload.findVersions({
        collection,
        where: { parent: { equals: parent } },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      const rows = versions.docs as unknown as VersionRow[]
      const userIds = [
        ...new Set(rows.map((row) => idOf(row.version?.editedBy)).filter((id) => id !== undefined)),
      ]
      const accounts =
        userIds.length === 0
          ? []
          : ((
              await req.payload.find({
                collection: 'users',
                where: { id: { in: userIds } },
                depth: 0,
                limit: 0,
                pagination: false,
                overrideAccess: true,
                req,
              })
            ).docs as unknown as Account[])
      const names = new Map(
        accounts.map((account) => [
          String(account.id),
          typeof account.name === 'string' && account.name.trim() !== ''
            ? account.name
            : typeof account.email === 'string'
              ? account.email
              : '',
        ]),
      )
      const authors: Record<string, string> = {}
      for (const row of rows) {
        const name = names.get(idOf(row.version?.editedBy) ?? '')
        if (name) authors[String(row.id)] = name
      }
      return Response.json({ authors })
    },
  }
}
