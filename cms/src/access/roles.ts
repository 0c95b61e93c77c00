import { labels } from '@mahjar/shared/cms-i18n'
import type { InEveryLanguage } from '@mahjar/shared/localized'
/** Editorial roles, most powerful first. A user has exactly one. */
export const roles = ['admin', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, InEveryLanguage> = labels('cms.role', roles)

type MaybeUser = { role?: unknown } | null | undefined

export function roleOf(user: MaybeUser): Role | undefined {
  const role = user?.role
  return typeof role === 'string' && (roles as readonly string[]).includes(role)
    ? (role as Role)
    : undefined
}

export function hasRole(user: MaybeUser, ...allowed: Role[]): boolean {
  const role = roleOf(user)
  return role !== undefined && allowed.includes(role)
}
