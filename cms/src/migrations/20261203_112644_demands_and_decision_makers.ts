import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`campaign_editions_decision_makers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`addressee\` text,
  	\`handle\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`campaign_editions_decision_makers_order_idx\` ON \`campaign_editions_decision_makers\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`campaign_editions_decision_makers_parent_id_idx\` ON \`campaign_editions_decision_makers\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`campaign_editions_decision_makers_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_editions_decision_makers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`campaign_editions_decision_makers_locales_locale_parent_id_u\` ON \`campaign_editions_decision_makers_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaign_editions_v_version_decision_makers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`addressee\` text,
  	\`handle\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_version_decision_makers_order_idx\` ON \`_campaign_editions_v_version_decision_makers\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_version_decision_makers_parent_id_idx\` ON \`_campaign_editions_v_version_decision_makers\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaign_editions_v_version_decision_makers_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_editions_v_version_decision_makers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_campaign_editions_v_version_decision_makers_locales_locale_\` ON \`_campaign_editions_v_version_decision_makers_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`stories\` ADD \`addressee\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`photo_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`stories_photo_idx\` ON \`stories\` (\`photo_id\`);`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_addressee\` text;`)
  await db.run(
    sql`ALTER TABLE \`_stories_v\` ADD \`version_photo_id\` text(36) REFERENCES media(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_stories_v_version_version_photo_idx\` ON \`_stories_v\` (\`version_photo_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`campaign_editions_decision_makers\`;`)
  await db.run(sql`DROP TABLE \`campaign_editions_decision_makers_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaign_editions_v_version_decision_makers\`;`)
  await db.run(sql`DROP TABLE \`_campaign_editions_v_version_decision_makers_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_stories\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`country_id\` text,
  	\`campaign_edition_id\` text(36),
  	\`anonymous\` integer DEFAULT false,
  	\`consent\` integer DEFAULT false,
  	\`published_on\` text,
  	\`translation_ledger\` text,
  	\`mark_translated\` text,
  	\`first_published_at\` text,
  	\`edited_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_edition_id\`) REFERENCES \`campaign_editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_stories\`("id", "slug", "kind", "country_id", "campaign_edition_id", "anonymous", "consent", "published_on", "translation_ledger", "mark_translated", "first_published_at", "edited_by_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "country_id", "campaign_edition_id", "anonymous", "consent", "published_on", "translation_ledger", "mark_translated", "first_published_at", "edited_by_id", "updated_at", "created_at", "_status" FROM \`stories\`;`,
  )
  await db.run(sql`DROP TABLE \`stories\`;`)
  await db.run(sql`ALTER TABLE \`__new_stories\` RENAME TO \`stories\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`stories_slug_idx\` ON \`stories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`stories_country_idx\` ON \`stories\` (\`country_id\`);`)
  await db.run(
    sql`CREATE INDEX \`stories_campaign_edition_idx\` ON \`stories\` (\`campaign_edition_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`stories_edited_by_idx\` ON \`stories\` (\`edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_updated_at_idx\` ON \`stories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stories_created_at_idx\` ON \`stories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`stories__status_idx\` ON \`stories\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__stories_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_country_id\` text,
  	\`version_campaign_edition_id\` text(36),
  	\`version_anonymous\` integer DEFAULT false,
  	\`version_consent\` integer DEFAULT false,
  	\`version_published_on\` text,
  	\`version_translation_ledger\` text,
  	\`version_mark_translated\` text,
  	\`version_first_published_at\` text,
  	\`version_edited_by_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_edition_id\`) REFERENCES \`campaign_editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__stories_v\`("id", "parent_id", "version_slug", "version_kind", "version_country_id", "version_campaign_edition_id", "version_anonymous", "version_consent", "version_published_on", "version_translation_ledger", "version_mark_translated", "version_first_published_at", "version_edited_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_kind", "version_country_id", "version_campaign_edition_id", "version_anonymous", "version_consent", "version_published_on", "version_translation_ledger", "version_mark_translated", "version_first_published_at", "version_edited_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_stories_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_stories_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__stories_v\` RENAME TO \`_stories_v\`;`)
  await db.run(sql`CREATE INDEX \`_stories_v_parent_idx\` ON \`_stories_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_stories_v_version_version_slug_idx\` ON \`_stories_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_stories_v_version_version_country_idx\` ON \`_stories_v\` (\`version_country_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_stories_v_version_version_campaign_edition_idx\` ON \`_stories_v\` (\`version_campaign_edition_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_stories_v_version_version_edited_by_idx\` ON \`_stories_v\` (\`version_edited_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_stories_v_version_version_updated_at_idx\` ON \`_stories_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_stories_v_version_version_created_at_idx\` ON \`_stories_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_stories_v_version_version__status_idx\` ON \`_stories_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_stories_v_created_at_idx\` ON \`_stories_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_updated_at_idx\` ON \`_stories_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_snapshot_idx\` ON \`_stories_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_stories_v_published_locale_idx\` ON \`_stories_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_stories_v_latest_idx\` ON \`_stories_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_autosave_idx\` ON \`_stories_v\` (\`autosave\`);`)
}
