import { cmsEnvKeys } from '@mahjar/cms/env'
import { scriptEnvKeys } from '@mahjar/scripts/lib/env'
import { siteEnvKeys } from '@mahjar/site/env'
import { describe, expect, it } from 'vitest'
import { projectEnvKeys } from '../helpers/hermetic-env.ts'

describe('the test run’s environment', () => {
  it('clears every variable the CMS, the site and the scripts read, so the shell’s never leak in', () => {
    // INIT_CWD is set by pnpm itself for every command it runs.
    const read = [...cmsEnvKeys, ...scriptEnvKeys, ...siteEnvKeys].filter(
      (key) => key !== 'INIT_CWD',
    )
    expect(read.filter((key) => !(projectEnvKeys as readonly string[]).includes(key))).toEqual([])
  })

  it('holds none of them once the run has started', () => {
    expect(projectEnvKeys.filter((key) => key in process.env)).toEqual([])
  })
})
