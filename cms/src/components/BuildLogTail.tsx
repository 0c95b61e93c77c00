'use client'
/**
 * The log tail of a site build, as plain preformatted text. Payload's `code` field would load
 * Monaco from a public CDN: a request to another host from the admin (and an empty box offline).
 * The log is read-only, so a `<pre>` is all it needs: selectable, wraps long lines, left to right
 * (build tools write English and paths).
 */
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { CodeFieldClientComponent } from 'payload'
import { messageIn } from '../i18n/messages.ts'

export const BuildLogTail: CodeFieldClientComponent = ({ field, path }) => {
  const { value } = useField<string>({ path })
  const { i18n } = useTranslation()
  return (
    <div className="field-type build-log-tail">
      <FieldLabel label={field.label} path={path} />
      {value ? (
        <pre className="build-log-tail__text" dir="ltr" lang="en">
          {value}
        </pre>
      ) : (
        <p className="build-log-tail__empty">{messageIn(i18n.language, 'buildLogEmpty')}</p>
      )}
    </div>
  )
}
