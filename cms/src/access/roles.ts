import type { InEveryLanguage } from '@mahjar/shared/localized'
/** Editorial roles, most powerful first. A user has exactly one. */
export const roles = ['admin', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, InEveryLanguage> = {
  admin: { ar: 'مدير', en: 'Admin' },
  editor: { ar: 'محرر', en: 'Editor' },
  translator: { ar: 'مترجم', en: 'Translator' },
}

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
