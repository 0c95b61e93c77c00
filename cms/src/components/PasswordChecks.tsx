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
 * re-checks the values as they are instead of the stale mark; and the server's refusal of the
 * current password stays under it until it is changed. Rendered by a UI field of Users.
 */
import type { UIFieldClientComponent, Validate } from 'payload'
import { confirmPassword, password } from 'payload/shared'
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'
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

/**
 * Keeps the server's refusal of the field on screen until its value changes. The admin re-checks
 * the form in the background after each keystroke; when that answer comes back after the save's
 * refusal (a quick Save after typing), it would clear the refusal, which no field check in the
 * form can know (only the save compares the current password).
 */
function useServerRefusal(path: string) {
  const dispatchFields = useFormFields(([, dispatch]) => dispatch)
  const state = useFormFields(([fields]) => fields[path])
  const refusal = useRef<{ value: unknown; message: string } | undefined>(undefined)
  useEffect(() => {
    if (!state) return
    if (state.valid === false && typeof state.errorMessage === 'string') {
      refusal.current = { value: state.value, message: state.errorMessage }
    } else if (refusal.current && state.value === refusal.current.value) {
      dispatchFields({ type: 'UPDATE', path, valid: false, errorMessage: refusal.current.message })
    } else {
      refusal.current = undefined
    }
  }, [dispatchFields, path, state])
}

export const PasswordChecks: UIFieldClientComponent = () => {
  useValidator('password', checkNewPassword)
  useValidator('confirm-password', checkConfirmation)
  useValidator('currentPassword', judgedByTheServer)
  useServerRefusal('currentPassword')
  return null
}
