/**
 * What a dump of a test CMS database would carry, table by table: every row of every SQLite table
 * (the file read directly, under Payload, as a copy of it would be), or every document of every
 * MongoDB collection. Tests look for what must never be stored in a given place.
 */
import { DatabaseSync } from 'node:sqlite'
import type { TestCms } from './payload.ts'

type MongoConnection = {
  db: {
    listCollections: () => { toArray: () => Promise<{ name: string }[]> }
    collection: (name: string) => { find: () => { toArray: () => Promise<unknown[]> } }
  }
}

/** Table (or collection) name → its rows as JSON text. */
export async function storedText(cms: TestCms): Promise<Map<string, string>> {
  const tables = new Map<string, string>()
  if (cms.databaseUri.startsWith('file:')) {
    const db = new DatabaseSync(cms.databaseUri.slice('file:'.length), { readOnly: true })
    try {
      const names = db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`)
        .all()
        .map((row) => String(row.name))
      for (const name of names)
        tables.set(name, JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all()))
    } finally {
      db.close()
    }
    return tables
  }
  const { db } = (cms.payload.db as unknown as { connection: MongoConnection }).connection
  for (const { name } of await db.listCollections().toArray())
    tables.set(name, JSON.stringify(await db.collection(name).find().toArray()))
  return tables
}
