/**
 * The schema.org vocabulary as schema-dts (generated from schema.org) types it, used to check
 * JSON-LD: each item is compiled by TypeScript as an object literal of `WithContext<its @type>`,
 * so an unknown type, an unknown property or a wrongly typed value is a compile error.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ts from 'typescript'
import { fromRoot } from './paths.ts'

const schemaDts = path.dirname(
  createRequire(fromRoot('shared', 'package.json')).resolve('schema-dts/package.json'),
)

export interface Typed {
  /** A schema.org type name, e.g. `Claim`, `Report`. */
  readonly type: string
  readonly data: unknown
}

/** TypeScript's verdict on each item as `WithContext<type>`: the error messages, if any. */
export async function schemaOrgErrors(items: readonly Typed[]): Promise<string[]> {
  const types = [...new Set(items.map((item) => item.type))]
  for (const type of types) {
    if (!/^[A-Z][A-Za-z]+$/.test(type)) return [`"${type}" is not a schema.org type name`]
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'mahjar-jsonld-'))
  const file = path.join(dir, 'check.ts')
  const lines = items.map(
    (item, i) => `export const item${i}: WithContext<${item.type}> = ${JSON.stringify(item.data)}`,
  )
  await writeFile(
    file,
    `import type { WithContext, ${types.join(', ')} } from 'schema-dts'\n${lines.join('\n')}\n`,
  )
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    paths: { 'schema-dts': [path.join(schemaDts, 'dist', 'schema.d.ts')] },
  })
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}
