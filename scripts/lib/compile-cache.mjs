// Preloaded (`node --import`) by the engine's commands, which the CMS starts for every publish:
// Node's compile cache keeps each module's stripped and compiled code between runs, in a folder
// under node_modules (keyed by Node's version and each file's content, so a changed file is
// compiled again). Plain JavaScript: it runs before Node strips any TypeScript.
import { enableCompileCache } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
enableCompileCache(path.join(root, 'node_modules', '.cache', 'engine-compile-cache'))
