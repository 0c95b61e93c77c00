'use client'
/**
 * The finding's chapter, chosen from the chapters of the report picked above it (their titles in
 * the content locale, the stable key stored), instead of a Latin key typed by hand. Until a
 * report is chosen the list is empty; a stored key the report no longer has stays selectable, so
 * nothing is lost and the server's check (validateChapter.ts) names the problem.
 */
import type { OptionObject, TextFieldClientComponent } from 'payload'
import { SelectInput, useConfig, useField, useFormFields, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Chapter = { key?: string; title?: string | null }

export const ChapterSelect: TextFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue, showError } = useField<string>({ path })
  const report: unknown = useFormFields(([fields]) => fields.report?.value)
  const locale = useLocale()
  const { config } = useConfig()
  const [chapters, setChapters] = useState<Chapter[]>([])
  const reportId =
    typeof report === 'string' || typeof report === 'number'
      ? String(report)
      : typeof report === 'object' && report !== null && 'id' in report
        ? String(report.id)
        : ''

  useEffect(() => {
    if (!reportId) {
      setChapters([])
      return
    }
    const controller = new AbortController()
    const url = `${config.serverURL}${config.routes.api}/reports/${reportId}?depth=0&draft=true&locale=${locale.code}`
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { chapters: [] }))
      .then((doc: { chapters?: Chapter[] }) => {
        setChapters(doc.chapters ?? [])
      })
      .catch(() => undefined)
    return () => {
      controller.abort()
    }
  }, [config.routes.api, config.serverURL, locale.code, reportId])

  const options: OptionObject[] = chapters.flatMap((chapter) =>
    chapter.key
      ? [
          {
            value: chapter.key,
            // The title alone: the key is stored, not read (a Latin key in an Arabic label reads badly).
            label: chapter.title ?? chapter.key,
          },
        ]
      : [],
  )
  if (value && !options.some((option) => option.value === value))
    options.push({ value, label: value })

  return (
    <SelectInput
      path={path}
      name={field.name}
      label={field.label}
      required={field.required}
      description={field.admin?.description}
      readOnly={readOnly}
      showError={showError}
      options={options}
      value={value}
      isClearable={false}
      onChange={(option) => {
        const picked = Array.isArray(option) ? option[0] : option
        setValue(picked ? picked.value : null)
      }}
    />
  )
}
