/**
 * The product mark in the admin's navigation (`admin.components.graphics.Icon`), inline: the
 * admin loads nothing from another host, not even its own icon as a separate file.
 */
import { brandMarkSvg } from '@mahjar/shared/brand'

export function MahjarIcon() {
  return (
    <span
      className="mahjar-icon"
      aria-hidden="true"
      // A constant from shared/brand.ts, never user input.
      dangerouslySetInnerHTML={{ __html: brandMarkSvg }}
    />
  )
}
