/**
 * A recommendation's status is derived from its follow-up entries by one rule
 * (shared/follow-up.ts): the latest implementation entry, else the latest response, else none.
 */
import { describe, expect, it } from 'vitest'
import { currentStatus, followUpAnchor, type FollowUpFacts } from '@mahjar/shared/follow-up'
import { recommendation } from '@mahjar/shared/schemas/recommendations'

const donors = 'donors-ingos-and-governments'
const hosts = 'host-governments-and-international-actors'

function entry(
  date: string,
  kind: FollowUpFacts['kind'],
  status: FollowUpFacts['status'],
  audience = donors,
): FollowUpFacts {
  return { date, kind, status, audience }
}

describe('the current status of a recommendation', () => {
  it('is none, with no date, when nothing is recorded', () => {
    expect(currentStatus([])).toEqual({ status: 'none' })
  })

  it('is the latest response while nothing is implemented, as of its date', () => {
    const entries = [
      entry('2026-01-10', 'response', 'noted'),
      entry('2026-02-01', 'response', 'supported'),
    ]
    expect(currentStatus(entries)).toEqual({ status: 'supported', asOf: '2026-02-01' })
  })

  it('is the latest implementation step once there is one, as of the latest entry', () => {
    const entries = [
      entry('2026-03-01', 'implementation', 'implemented'),
      entry('2026-01-01', 'response', 'supported'),
      entry('2026-02-01', 'implementation', 'in-progress'),
      entry('2026-04-01', 'response', 'noted', hosts),
    ]
    expect(currentStatus(entries)).toEqual({ status: 'implemented', asOf: '2026-04-01' })
  })

  it('follows a reversal, and the later of two entries on one day', () => {
    const entries = [
      entry('2026-03-01', 'implementation', 'implemented'),
      entry('2026-05-01', 'implementation', 'in-progress'),
      entry('2026-05-01', 'implementation', 'reversed'),
    ]
    expect(currentStatus(entries).status).toBe('reversed')
  })

  it('is computed per addressee when one is named', () => {
    const entries = [
      entry('2026-01-01', 'implementation', 'in-progress', donors),
      entry('2026-02-01', 'response', 'rejected', hosts),
    ]
    expect(currentStatus(entries, hosts)).toEqual({ status: 'rejected', asOf: '2026-02-01' })
    expect(currentStatus(entries, donors)).toEqual({ status: 'in-progress', asOf: '2026-01-01' })
    expect(currentStatus(entries, 'local-civil-society')).toEqual({ status: 'none' })
  })

  it('gives entries of one day distinct anchors that do not move when a later one is added', () => {
    const first = entry('2026-05-01', 'response', 'supported')
    const second = entry('2026-05-01', 'implementation', 'not-started')
    const entries = [first, second]
    expect(followUpAnchor(entries, first)).toBe('follow-up-2026-05-01')
    expect(followUpAnchor(entries, second)).toBe('follow-up-2026-05-01-2')
    expect(followUpAnchor([...entries, entry('2026-06-01', 'response', 'noted')], second)).toBe(
      'follow-up-2026-05-01-2',
    )
  })
})

describe('a follow-up entry in the shared schema', () => {
  const base = {
    code: 'AIE-C2',
    number: 'C.2',
    report: 'activism-in-exile',
    audiences: [hosts],
    themes: ['advocacy'],
    text: { ar: 'نص', en: 'Text' },
    order: 1,
  }
  const valid = {
    date: '2026-05-20',
    audience: hosts,
    kind: 'response',
    status: 'noted',
    statement: { ar: 'بيان', en: 'Statement' },
  }

  it('is accepted with a status of its kind and an addressee among the audiences', () => {
    expect(recommendation('snapshot').safeParse({ ...base, followUp: [valid] }).success).toBe(true)
  })

  it('is refused with an implementation status on a response', () => {
    const result = recommendation('snapshot').safeParse({
      ...base,
      followUp: [{ ...valid, status: 'implemented' }],
    })
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('followUp.0.status')
  })

  it('is refused with an addressee the recommendation is not addressed to', () => {
    const result = recommendation('snapshot').safeParse({
      ...base,
      followUp: [{ ...valid, audience: donors }],
    })
    expect(result.success).toBe(false)
  })
})
