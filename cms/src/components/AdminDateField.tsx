'use client'
/**
 * Every date field of the admin, read-only or editable (fields/dates.ts gives it to them): Payload's
 * own date field, whose picker formats with the date-fns locale of the admin's language from its
 * first render, and whose text carries that language and its direction.
 *
 * Payload 3.90 imports the date-fns locale in the browser after the admin has mounted (its
 * TranslationProvider, in an effect), and its DatePicker hands it to react-datepicker as the
 * global default locale in an effect of its own, after the render that wrote the input's text.
 * The server's HTML and the first renders therefore showed "7 December 2026 13:05", reordered by
 * the right-to-left page into "December 2026 13:05 7", until something happened to render the
 * field again (a later re-render, at the latest a save). Here both admin languages' locales come
 * with the module and the picker gets the admin's as its own `locale` (Payload's `overrides`
 * reach react-datepicker's props), so every render, the server's included, writes
 * "7 ديسمبر 2026 13:05"; Payload's lists use the same date-fns locales (its `dateFNSKey`).
 * Editable date fields keep Payload's picker as it was, its calendar in the admin's language.
 */
import { DateTimeField, useTranslation } from '@payloadcms/ui'
import type { Locale } from 'date-fns'
import { ar } from 'date-fns/locale/ar'
import { enUS } from 'date-fns/locale/en-US'
import type { DateField, DateFieldClientComponent } from 'payload'
import { getLocale, localeOrDefault } from '@mahjar/shared/locales'

/** The date-fns locale of each admin language, by Payload's key for it (`i18n.dateFNSKey`). */
const dateLocales: Readonly<Record<string, Locale>> = { ar, 'en-US': enUS }

type DateProps = NonNullable<NonNullable<DateField['admin']>['date']>

export const AdminDateField: DateFieldClientComponent = (props) => {
  const { i18n } = useTranslation()
  const language = localeOrDefault(i18n.language)
  const admin = props.field.admin
  const date: DateProps = admin?.date ?? {}
  const shown: DateProps = {
    ...date,
    overrides: {
      ...date.overrides,
      locale: dateLocales[i18n.dateFNSKey] ?? i18n.dateFNS,
      // The date is text in the admin's language: its own lang and dir, so the page's
      // direction (or the edited language's) cannot reorder it.
      customInput: <input type="text" lang={language} dir={getLocale(language).dir} />,
    },
  }
  const field = {
    ...props.field,
    admin: { ...admin, date: shown, placeholder: admin?.placeholder },
  }
  // Payload renders a field's own component with the readOnly of permissions alone: the field's
  // `admin.readOnly` (first published, a build's times) is added back here.
  const readOnly = props.readOnly === true || admin?.readOnly === true
  return <DateTimeField {...props} field={field} readOnly={readOnly} />
}
