import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The `cms/src` directory and the `cms/` package root, wherever the process was started. */
export const srcDir = path.dirname(fileURLToPath(import.meta.url))
export const cmsRoot = path.resolve(srcDir, '..')
