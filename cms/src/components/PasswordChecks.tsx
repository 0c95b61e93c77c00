'use client'
/**
 * Lets Save check the passwords as typed, on the account screen and on a user's screen (Payload
 * 3.90 bug). "Change password" marks the new password and its confirmation as missing in the same
 * moment it shows them; each field remembers its validity from the render before that mark, so
 * once the person types, the field's own check finds "valid, as before" and never clears the
 * mark. Save then stopped at "Please correct the invalid fields" with no field marked and sent
 * nothing, unless a background form-state answer had happened to overwrite the mark first: a
 * person typing slowly got through, a quick one, a password manager or a browser test did not.
 * The current password has the same trap once the server has refused it.
 *
 * Each of these fields gets its validator in the form state (nothing else changes), so Save
 * re-checks the values as they are instead of the stale mark. Rendered by a UI field of Users.
 */
import type { UIFieldClientComponent, Validate } from 'payload'
import { confirmPassword, password } from 'payload/shared'
import { useFormFields } from '@payloadcms/ui'
import { useEffect } from 'react'
import { judgedByTheServer } from './CurrentPasswordField.tsx'

/** The check Payload's own new-password field makes. */
const checkNewPassword: Validate = (value: string | null | undefined, options) =>
  password(value, { ...options, name: 'password', type: 'text', required: true })

/** The check Payload's own confirmation field makes. */
const checkConfirmation: Validate = (value: string | null | undefined, options) =>
  confirmPassword(value, { ...options, name: 'confirm-password', type: 'text', required: true })

/**
 * Gives the field's state its validator whenever the state has none: when the field appears, and
 * again after the form replaces its whole state (which drops validators set before).
 */
function useValidator(path: string, validate: Validate) {
  const dispatchFields = useFormFields(([, dispatch]) => dispatch)
  // A new object after every change to this field's state, so the effect looks again each time.
  const state = useFormFields(([fields]) => fields[path])
  useEffect(() => {
    if (state && typeof state.validate !== 'function')
      dispatchFields({ type: 'UPDATE', path, validate })
  }, [dispatchFields, path, state, validate])
}

export const PasswordChecks: UIFieldClientComponent = () => {
  useValidator('password', checkNewPassword)
  useValidator('confirm-password', checkConfirmation)
  useValidator('currentPassword', judgedByTheServer)
  return null
}
