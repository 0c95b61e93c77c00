import { getTranslation } from '@payloadcms/translations'
import type { CollectionConfig } from 'payload'
import { textLimits } from '@mahjar/shared/schemas/common'
import { label } from '@mahjar/shared/cms-i18n'
import { adminField, adminOrSelf, isAdmin } from '../../access/predicates.ts'
import { roleLabels, roles } from '../../access/roles.ts'
import { localizedText } from '../../fields/text.ts'
import { groups } from '../groups.ts'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin.ts'
import { enforcePasswordRules } from './hooks/passwordRules.ts'
import { roleByAdmins } from './hooks/roleByAdmins.ts'
import { forgetFailures, throttleLogin } from './hooks/throttleLogin.ts'

const currentPasswordHelp = label('cms.users.currentPassword.description')

export const Users = (secureCookies: boolean): CollectionConfig => ({
  slug: 'users',
  labels: {
    singular: label('cms.collection.users.singular'),
    plural: label('cms.collection.users.plural'),
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'], group: groups.system },
  auth: {
    // No lockout (anyone knowing an editor's email could keep them out): sign-in is throttled
    // per client and account instead (hooks/throttleLogin.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: secureCookies, sameSite: 'Lax' },
  },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [throttleLogin, enforcePasswordRules, roleByAdmins],
    beforeChange: [makeFirstUserAdmin],
    afterLogin: [forgetFailures],
  },
  fields: [
    {
      // Asked on one's own account screen when setting a new password (hooks/passwordRules.ts);
      // never stored.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: label('cms.field.currentPassword'),
      admin: {
        className: 'current-password',
        // Payload makes virtual fields read-only in the admin unless told otherwise.
        readOnly: false,
        // A masked input (type="password") that password managers fill as the current one.
        components: { Field: '/components/CurrentPasswordField.tsx#CurrentPasswordField' },
        condition: (data, _siblingData, { user }) =>
          Boolean(user && data.id !== undefined && String(data.id) === user.id),
        // A function: Payload renders a static description only under its own inputs, and the
        // masked input is ours.
        description: ({ i18n }) => getTranslation(currentPasswordHelp, i18n),
      },
    },
    {
      // Nothing to see: makes Save check the password fields as typed (a Payload 3.90 bug, see
      // the component).
      name: 'passwordChecks',
      type: 'ui',
      admin: { components: { Field: '/components/PasswordChecks.tsx#PasswordChecks' } },
    },
    localizedText({
      name: 'name',
      label: label('cms.field.name'),
      max: textLimits.name,
      localized: false,
    }),
    {
      name: 'role',
      type: 'select',
      label: label('cms.field.role'),
      required: true,
      defaultValue: 'translator',
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: adminField, update: adminField },
      admin: {
        // Hidden on the first-user screen (nobody signed in): that account always becomes admin
        // (hooks/makeFirstUserAdmin.ts), so offering "Translator" there would mislead.
        condition: (_data, _siblingData, { user }) => Boolean(user),
        description: label('cms.users.role.description'),
      },
    },
  ],
})
