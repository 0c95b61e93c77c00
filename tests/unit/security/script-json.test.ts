/**
 * Values written into a `<script>` element (`jsonForScript`): nothing a name can hold closes the
 * element, and the JSON reads back the same.
 */
import { describe, expect, it } from 'vitest'
import { jsonForScript } from '@mahjar/shared/markup'
import { breakoutPayloads } from '../../helpers/xss-payloads.ts'

describe('JSON written into a script element', () => {
  it.each(breakoutPayloads.map((p) => [p]))('cannot be closed by a theme named %j', (name) => {
    const value = { theme: { ar: `موضوع ${name}`, en: name } }
    const text = jsonForScript(value)
    expect(text).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(text)).toEqual(value)
  })

  it('escapes <, >, &, U+2028 and U+2029 as \\u escapes', () => {
    expect(jsonForScript('</script x & \u2028\u2029')).toBe(
      '"\\u003c/script x \\u0026 \\u2028\\u2029"',
    )
  })
})
