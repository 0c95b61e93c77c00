/**
 * Authors of anonymous stories move apart (issue 11): the new `story_authors` collection holds the
 * name of each anonymous story's teller, and the stories table and its versions stop holding it.
 * A story counts as anonymous when its row or its latest version says so; its name, per language,
 * is the row's, else the latest version's. Every version of such a story loses the name; the row
 * loses it when the row itself is anonymous (a published byline stays until an anonymous
 * version is published, as the CMS does from now on: collections/Stories/hooks/authorApart.ts).
 * `down` puts the names back into the rows of anonymous stories (versions stay without them).
 */
import { randomUUID } from 'node:crypto'
import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`story_authors\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`story_id\` text(36) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`story_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`story_authors_story_idx\` ON \`story_authors\` (\`story_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`story_authors_updated_at_idx\` ON \`story_authors\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`story_authors_created_at_idx\` ON \`story_authors\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`story_authors_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`story_authors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`story_authors_locales_locale_parent_id_unique\` ON \`story_authors_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`story_authors_id\` text(36) REFERENCES story_authors(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_story_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`story_authors_id\`);`,
  )
  await moveNamesApart(db)
}

type Db = MigrateUpArgs['db']
type NameRow = { locale: string; name: string | null }
const filled = (name: string | null): name is string =>
  typeof name === 'string' && name.trim() !== ''

async function moveNamesApart(db: Db): Promise<void> {
  const stories = await db.all<{ id: string; rowAnonymous: number | null }>(sql`
    SELECT s.id AS id, s.anonymous AS rowAnonymous FROM stories s
    WHERE s.anonymous = 1 OR EXISTS (
      SELECT 1 FROM _stories_v v WHERE v.parent_id = s.id AND v.latest = 1 AND v.version_anonymous = 1
    )`)
  for (const { id, rowAnonymous } of stories) {
    const row = await db.all<NameRow>(
      sql`SELECT _locale AS locale, author AS name FROM stories_locales WHERE _parent_id = ${id}`,
    )
    const latest = await db.all<NameRow>(sql`
      SELECT l._locale AS locale, l.version_author AS name
      FROM _stories_v_locales l JOIN _stories_v v ON l._parent_id = v.id
      WHERE v.parent_id = ${id} AND v.latest = 1`)
    const names = new Map<string, string>()
    for (const { locale, name } of [...latest, ...row]) if (filled(name)) names.set(locale, name)
    if (names.size > 0) {
      const apart = randomUUID()
      await db.run(sql`INSERT INTO story_authors (id, story_id) VALUES (${apart}, ${id})`)
      for (const [locale, name] of names)
        await db.run(
          sql`INSERT INTO story_authors_locales (name, _locale, _parent_id) VALUES (${name}, ${locale}, ${apart})`,
        )
    }
    if (rowAnonymous === 1)
      await db.run(sql`UPDATE stories_locales SET author = NULL WHERE _parent_id = ${id}`)
    await db.run(sql`
      UPDATE _stories_v_locales SET version_author = NULL
      WHERE _parent_id IN (SELECT v.id FROM _stories_v v WHERE v.parent_id = ${id})`)
  }
}

async function putNamesBack(db: Db): Promise<void> {
  const names = await db.all<{ story: string; locale: string; name: string | null }>(sql`
    SELECT a.story_id AS story, l._locale AS locale, l.name AS name
    FROM story_authors a JOIN story_authors_locales l ON l._parent_id = a.id`)
  for (const { story, locale, name } of names) {
    if (!filled(name)) continue
    await db.run(sql`
      UPDATE stories_locales SET author = ${name}
      WHERE _parent_id = ${story} AND _locale = ${locale} AND (author IS NULL OR author = '')`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await putNamesBack(db)
  await db.run(sql`DROP TABLE \`story_authors\`;`)
  await db.run(sql`DROP TABLE \`story_authors_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`reports_id\` text(36),
  	\`findings_id\` text(36),
  	\`recommendations_id\` text(36),
  	\`practices_id\` text(36),
  	\`campaign_editions_id\` text(36),
  	\`stories_id\` text(36),
  	\`themes_id\` text(36),
  	\`audiences_id\` text(36),
  	\`countries_id\` text,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`redirects_id\` text(36),
  	\`withdrawals_id\` text(36),
  	\`permalinks_id\` text(36),
  	\`builds_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`findings_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`recommendations_id\`) REFERENCES \`recommendations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaign_editions_id\`) REFERENCES \`campaign_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`withdrawals_id\`) REFERENCES \`withdrawals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`permalinks_id\`) REFERENCES \`permalinks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`builds_id\`) REFERENCES \`builds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "reports_id", "findings_id", "recommendations_id", "practices_id", "campaign_editions_id", "stories_id", "themes_id", "audiences_id", "countries_id", "media_id", "users_id", "redirects_id", "withdrawals_id", "permalinks_id", "builds_id") SELECT "id", "order", "parent_id", "path", "reports_id", "findings_id", "recommendations_id", "practices_id", "campaign_editions_id", "stories_id", "themes_id", "audiences_id", "countries_id", "media_id", "users_id", "redirects_id", "withdrawals_id", "permalinks_id", "builds_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_findings_id_idx\` ON \`payload_locked_documents_rels\` (\`findings_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_recommendations_id_idx\` ON \`payload_locked_documents_rels\` (\`recommendations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`practices_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_campaign_editions_id_idx\` ON \`payload_locked_documents_rels\` (\`campaign_editions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audiences_id_idx\` ON \`payload_locked_documents_rels\` (\`audiences_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_countries_id_idx\` ON \`payload_locked_documents_rels\` (\`countries_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_withdrawals_id_idx\` ON \`payload_locked_documents_rels\` (\`withdrawals_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_permalinks_id_idx\` ON \`payload_locked_documents_rels\` (\`permalinks_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`builds_id\`);`,
  )
}
