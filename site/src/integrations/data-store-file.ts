/**
 * Keeps the content data store out of the bundle Astro builds to render the pages. Astro inlines
 * the whole store (`astro:data-layer-content`) into that bundle as one JSON string literal: at
 * 10,000 recommendations 16.5 MB, and bundling it took 3-4.5 s of every build (the bundle of the
 * seed corpus: under 1 s). This Vite plugin hands the bundler a two-line module instead, which
 * reads the same JSON from a file written beside it when the bundle is loaded, in the same
 * process, before any page renders. The pages are the same bytes either way.
 *
 * It relies on the shape of Astro's module (`export default JSON.parse("…")`, Astro 7.3). Should a
 * later Astro write it otherwise, the module is left as Astro made it and the build says so: it
 * is then as slow as before, never different.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AstroIntegration } from 'astro'
import { warmRenderKey } from '@mahjar/shared/warm-render'

/** Vite's id of the store's module once Astro has resolved it. */
const dataStoreModule = '\0astro:data-layer-content'
const inlinedStart = 'export default JSON.parse('

export function dataStoreFileIntegration(): AstroIntegration {
  let folder: string | undefined
  const removeFolder = () => {
    // In a process that builds again (the warm Astro), one exit listener per build would pile up.
    process.off('exit', removeFolder)
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true })
    folder = undefined
  }
  return {
    name: 'mahjar-data-store-file',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        if (command !== 'build') return
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mahjar-data-store-file',
                apply: 'build',
                transform: {
                  filter: { id: new RegExp(`^${dataStoreModule}$`) },
                  handler(code: string) {
                    const inlined =
                      code.startsWith(inlinedStart) && code.endsWith(')')
                        ? (JSON.parse(code.slice(inlinedStart.length, -1)) as unknown)
                        : undefined
                    if (typeof inlined !== 'string') {
                      logger.warn('the data store module has an unknown shape: left inlined')
                      return undefined
                    }
                    folder ??= mkdtempSync(path.join(os.tmpdir(), 'mahjar-data-store-'))
                    // Removed when the build is done, or when it ends otherwise.
                    process.once('exit', removeFolder)
                    const file = path.join(folder, 'data-store.json')
                    writeFileSync(file, inlined)
                    logger.info(`data store read from ${file} when the pages render`)
                    return {
                      code: [
                        "import { readFileSync } from 'node:fs'",
                        `const text = readFileSync(${JSON.stringify(file)}, 'utf8')`,
                        // Inside the warm Astro process: the store it keeps (shared/warm-render.ts).
                        `const warm = globalThis[Symbol.for(${JSON.stringify(warmRenderKey)})]`,
                        'export default warm ? warm.dataStore(text) : JSON.parse(text)',
                      ].join('\n'),
                      map: null,
                    }
                  },
                },
              },
            ],
          },
        })
      },
      'astro:build:done': () => {
        removeFolder()
      },
    },
  }
}
