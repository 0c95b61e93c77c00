import { z } from 'zod'
import {
  code,
  correction,
  countryCode,
  localized,
  record,
  slug,
  type SchemaMode,
} from './common.ts'

export const statisticUnits = ['percent', 'count'] as const
/** How the study qualifies a figure: "more than 90 %", "about half", "between 15 and 20 %". */
export const statisticQualifiers = ['more-than', 'less-than', 'about', 'at-least', 'up-to'] as const

export function statistic(mode: SchemaMode) {
  return record(mode, {
    value: z.number().nonnegative(),
    /** Upper end of a range ("15–20 %" is value 15, valueMax 20). */
    valueMax: z.number().nonnegative().optional(),
    unit: z.enum(statisticUnits),
    /** Number of respondents the figure is computed on (n = 104). */
    base: z.int().positive().optional(),
    qualifier: z.enum(statisticQualifiers).optional(),
    /** The parts of a multi-part exhibit, drawn as a chart. */
    breakdown: z
      .array(record(mode, { label: localized(mode, 'name'), value: z.number().nonnegative() }))
      .default([]),
  })
    .refine((s) => s.valueMax === undefined || s.valueMax > s.value, {
      message: 'valueMax must be greater than value',
      path: ['valueMax'],
    })
    .refine((s) => s.unit !== 'percent' || (s.valueMax ?? s.value) <= 100, {
      message: 'a percentage cannot exceed 100',
      path: ['value'],
    })
}

export function finding(mode: SchemaMode) {
  return record(mode, {
    code,
    report: slug,
    /** Key of the report chapter the finding belongs to. */
    chapter: slug,
    section: localized(mode, 'title').optional(),
    statement: localized(mode, 'paragraph'),
    statistic: statistic(mode).optional(),
    /** The study's exhibit label, e.g. { ar: "١-أ" or "1-أ", en: "1-A" }. */
    exhibit: localized(mode, 'exhibit').optional(),
    themes: z.array(slug).default([]),
    countries: z.array(countryCode).default([]),
    order: z.int().nonnegative(),
    corrections: z.array(correction(mode)).default([]),
  })
}
