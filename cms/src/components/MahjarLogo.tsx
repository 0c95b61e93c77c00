/**
 * The login screen's logo (`admin.components.graphics.Logo`): the mark and "Mahjar · مهجر".
 * Each name carries its own language and direction, so the line reads the same in both admins.
 */
import { MahjarIcon } from './MahjarIcon.tsx'
import { messages } from '@mahjar/shared/i18n'

export function MahjarLogo() {
  return (
    <span className="mahjar-logo">
      <MahjarIcon />
      <span className="mahjar-logo__name">
        <span lang="en" dir="ltr">
          {messages.en['site.name']}
        </span>
        <span aria-hidden="true"> · </span>
        <span lang="ar" dir="rtl">
          {messages.ar['site.name']}
        </span>
      </span>
    </span>
  )
}
