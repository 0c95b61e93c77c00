'use client'
/**
 * The current password on one's own account screen (collections/Users): a masked input
 * (`type="password"`) that password managers fill as the current password, instead of a text
 * input hidden by CSS. Only the server judges it (collections/Users/hooks/passwordRules.ts), so
 * the browser accepts whatever is typed and shows the server's answer under the field.
 */
import type { TextFieldClientComponent } from 'payload'
import { PasswordField } from '@payloadcms/ui'

/** Whatever is typed passes in the browser; the server decides. */
export const judgedByTheServer = () => true as const

export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField
    autoComplete="current-password"
    field={field}
    path={path}
    validate={judgedByTheServer}
  />
)
