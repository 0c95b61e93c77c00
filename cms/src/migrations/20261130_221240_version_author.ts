import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reports\` ADD \`edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`reports_edited_by_idx\` ON \`reports\` (\`edited_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_reports_v\` ADD \`version_edited_by_id\` text(36) REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_edited_by_idx\` ON \`_reports_v\` (\`version_edited_by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`findings\` ADD \`edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`findings_edited_by_idx\` ON \`findings\` (\`edited_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_findings_v\` ADD \`version_edited_by_id\` text(36) REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_findings_v_version_version_edited_by_idx\` ON \`_findings_v\` (\`version_edited_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`recommendations\` ADD \`edited_by_id\` text(36) REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`recommendations_edited_by_idx\` ON \`recommendations\` (\`edited_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_recommendations_v\` ADD \`version_edited_by_id\` text(36) REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_version_version_edited_by_idx\` ON \`_recommendations_v\` (\`version_edited_by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`practices\` ADD \`edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`practices_edited_by_idx\` ON \`practices\` (\`edited_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_practices_v\` ADD \`version_edited_by_id\` text(36) REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_practices_v_version_version_edited_by_idx\` ON \`_practices_v\` (\`version_edited_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`campaign_editions\` ADD \`edited_by_id\` text(36) REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`campaign_editions_edited_by_idx\` ON \`campaign_editions\` (\`edited_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_campaign_editions_v\` ADD \`version_edited_by_id\` text(36) REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_version_version_edited_by_idx\` ON \`_campaign_editions_v\` (\`version_edited_by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`stories\` ADD \`edited_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`stories_edited_by_idx\` ON \`stories\` (\`edited_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_stories_v\` ADD \`version_edited_by_id\` text(36) REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_stories_v_version_version_edited_by_idx\` ON \`_stories_v\` (\`version_edited_by_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_reports\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`published_on\` text,
  	\`original_language\` text,
  	\`methodology_activists_invited\` numeric,
  	\`methodology_activists_responded\` numeric,
  	\`methodology_organisations_contacted\` numeric,
  	\`methodology_organisations_interviewed\` numeric,
  	\`cover_id\` text(36),
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports\`("id", "slug", "published_on", "original_language", "methodology_activists_invited", "methodology_activists_responded", "methodology_organisations_contacted", "methodology_organisations_interviewed", "cover_id", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "slug", "published_on", "original_language", "methodology_activists_invited", "methodology_activists_responded", "methodology_organisations_contacted", "methodology_organisations_interviewed", "cover_id", "first_published_at", "updated_at", "created_at", "_status" FROM \`reports\`;`,
  )
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports\` RENAME TO \`reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_slug_idx\` ON \`reports\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`reports_cover_idx\` ON \`reports\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reports__status_idx\` ON \`reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__reports_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_published_on\` text,
  	\`version_original_language\` text,
  	\`version_methodology_activists_invited\` numeric,
  	\`version_methodology_activists_responded\` numeric,
  	\`version_methodology_organisations_contacted\` numeric,
  	\`version_methodology_organisations_interviewed\` numeric,
  	\`version_cover_id\` text(36),
  	\`version_first_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v\`("id", "parent_id", "version_slug", "version_published_on", "version_original_language", "version_methodology_activists_invited", "version_methodology_activists_responded", "version_methodology_organisations_contacted", "version_methodology_organisations_interviewed", "version_cover_id", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_published_on", "version_original_language", "version_methodology_activists_invited", "version_methodology_activists_responded", "version_methodology_organisations_contacted", "version_methodology_organisations_interviewed", "version_cover_id", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_reports_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__reports_v\` RENAME TO \`_reports_v\`;`)
  await db.run(sql`CREATE INDEX \`_reports_v_parent_idx\` ON \`_reports_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_slug_idx\` ON \`_reports_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_cover_idx\` ON \`_reports_v\` (\`version_cover_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_updated_at_idx\` ON \`_reports_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_created_at_idx\` ON \`_reports_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version__status_idx\` ON \`_reports_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_reports_v_created_at_idx\` ON \`_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_updated_at_idx\` ON \`_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_snapshot_idx\` ON \`_reports_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_reports_v_published_locale_idx\` ON \`_reports_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_reports_v_latest_idx\` ON \`_reports_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_autosave_idx\` ON \`_reports_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_findings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`report_id\` text(36),
  	\`chapter\` text,
  	\`statistic_value\` numeric,
  	\`statistic_value_max\` numeric,
  	\`statistic_unit\` text,
  	\`statistic_base\` numeric,
  	\`statistic_qualifier\` text,
  	\`order\` numeric,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_findings\`("id", "code", "report_id", "chapter", "statistic_value", "statistic_value_max", "statistic_unit", "statistic_base", "statistic_qualifier", "order", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "code", "report_id", "chapter", "statistic_value", "statistic_value_max", "statistic_unit", "statistic_base", "statistic_qualifier", "order", "first_published_at", "updated_at", "created_at", "_status" FROM \`findings\`;`,
  )
  await db.run(sql`DROP TABLE \`findings\`;`)
  await db.run(sql`ALTER TABLE \`__new_findings\` RENAME TO \`findings\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`findings_code_idx\` ON \`findings\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`findings_report_idx\` ON \`findings\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`findings_updated_at_idx\` ON \`findings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`findings_created_at_idx\` ON \`findings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`findings__status_idx\` ON \`findings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__findings_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_code\` text,
  	\`version_report_id\` text(36),
  	\`version_chapter\` text,
  	\`version_statistic_value\` numeric,
  	\`version_statistic_value_max\` numeric,
  	\`version_statistic_unit\` text,
  	\`version_statistic_base\` numeric,
  	\`version_statistic_qualifier\` text,
  	\`version_order\` numeric,
  	\`version_first_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__findings_v\`("id", "parent_id", "version_code", "version_report_id", "version_chapter", "version_statistic_value", "version_statistic_value_max", "version_statistic_unit", "version_statistic_base", "version_statistic_qualifier", "version_order", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_code", "version_report_id", "version_chapter", "version_statistic_value", "version_statistic_value_max", "version_statistic_unit", "version_statistic_base", "version_statistic_qualifier", "version_order", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_findings_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_findings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__findings_v\` RENAME TO \`_findings_v\`;`)
  await db.run(sql`CREATE INDEX \`_findings_v_parent_idx\` ON \`_findings_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_findings_v_version_version_code_idx\` ON \`_findings_v\` (\`version_code\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_findings_v_version_version_report_idx\` ON \`_findings_v\` (\`version_report_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_findings_v_version_version_updated_at_idx\` ON \`_findings_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_findings_v_version_version_created_at_idx\` ON \`_findings_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_findings_v_version_version__status_idx\` ON \`_findings_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_findings_v_created_at_idx\` ON \`_findings_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_findings_v_updated_at_idx\` ON \`_findings_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_findings_v_snapshot_idx\` ON \`_findings_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_findings_v_published_locale_idx\` ON \`_findings_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_findings_v_latest_idx\` ON \`_findings_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_autosave_idx\` ON \`_findings_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_recommendations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`number\` text,
  	\`report_id\` text(36),
  	\`order\` numeric,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_recommendations\`("id", "code", "number", "report_id", "order", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "code", "number", "report_id", "order", "first_published_at", "updated_at", "created_at", "_status" FROM \`recommendations\`;`,
  )
  await db.run(sql`DROP TABLE \`recommendations\`;`)
  await db.run(sql`ALTER TABLE \`__new_recommendations\` RENAME TO \`recommendations\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`recommendations_code_idx\` ON \`recommendations\` (\`code\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`recommendations_report_idx\` ON \`recommendations\` (\`report_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`recommendations_updated_at_idx\` ON \`recommendations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`recommendations_created_at_idx\` ON \`recommendations\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`recommendations__status_idx\` ON \`recommendations\` (\`_status\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__recommendations_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_code\` text,
  	\`version_number\` text,
  	\`version_report_id\` text(36),
  	\`version_order\` numeric,
  	\`version_first_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`recommendations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__recommendations_v\`("id", "parent_id", "version_code", "version_number", "version_report_id", "version_order", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_code", "version_number", "version_report_id", "version_order", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_recommendations_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_recommendations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__recommendations_v\` RENAME TO \`_recommendations_v\`;`)
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_parent_idx\` ON \`_recommendations_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_version_version_code_idx\` ON \`_recommendations_v\` (\`version_code\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_version_version_report_idx\` ON \`_recommendations_v\` (\`version_report_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_version_version_updated_at_idx\` ON \`_recommendations_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_version_version_created_at_idx\` ON \`_recommendations_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_version_version__status_idx\` ON \`_recommendations_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_created_at_idx\` ON \`_recommendations_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_updated_at_idx\` ON \`_recommendations_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_snapshot_idx\` ON \`_recommendations_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_published_locale_idx\` ON \`_recommendations_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_latest_idx\` ON \`_recommendations_v\` (\`latest\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_autosave_idx\` ON \`_recommendations_v\` (\`autosave\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_practices\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`actor_type\` text,
  	\`period_start\` numeric,
  	\`period_end\` numeric,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_practices\`("id", "slug", "actor_type", "period_start", "period_end", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "slug", "actor_type", "period_start", "period_end", "first_published_at", "updated_at", "created_at", "_status" FROM \`practices\`;`,
  )
  await db.run(sql`DROP TABLE \`practices\`;`)
  await db.run(sql`ALTER TABLE \`__new_practices\` RENAME TO \`practices\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`practices_slug_idx\` ON \`practices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`practices_updated_at_idx\` ON \`practices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`practices_created_at_idx\` ON \`practices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`practices__status_idx\` ON \`practices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__practices_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_actor_type\` text,
  	\`version_period_start\` numeric,
  	\`version_period_end\` numeric,
  	\`version_first_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__practices_v\`("id", "parent_id", "version_slug", "version_actor_type", "version_period_start", "version_period_end", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_actor_type", "version_period_start", "version_period_end", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_practices_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_practices_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__practices_v\` RENAME TO \`_practices_v\`;`)
  await db.run(sql`CREATE INDEX \`_practices_v_parent_idx\` ON \`_practices_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_practices_v_version_version_slug_idx\` ON \`_practices_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_practices_v_version_version_updated_at_idx\` ON \`_practices_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_practices_v_version_version_created_at_idx\` ON \`_practices_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_practices_v_version_version__status_idx\` ON \`_practices_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_practices_v_created_at_idx\` ON \`_practices_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_practices_v_updated_at_idx\` ON \`_practices_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_practices_v_snapshot_idx\` ON \`_practices_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_practices_v_published_locale_idx\` ON \`_practices_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_practices_v_latest_idx\` ON \`_practices_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_autosave_idx\` ON \`_practices_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_campaign_editions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`campaign\` text,
  	\`edition\` numeric,
  	\`year\` numeric,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`hashtag\` text,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_campaign_editions\`("id", "campaign", "edition", "year", "start_date", "end_date", "hashtag", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "campaign", "edition", "year", "start_date", "end_date", "hashtag", "first_published_at", "updated_at", "created_at", "_status" FROM \`campaign_editions\`;`,
  )
  await db.run(sql`DROP TABLE \`campaign_editions\`;`)
  await db.run(sql`ALTER TABLE \`__new_campaign_editions\` RENAME TO \`campaign_editions\`;`)
  await db.run(
    sql`CREATE INDEX \`campaign_editions_campaign_idx\` ON \`campaign_editions\` (\`campaign\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`campaign_editions_updated_at_idx\` ON \`campaign_editions\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`campaign_editions_created_at_idx\` ON \`campaign_editions\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`campaign_editions__status_idx\` ON \`campaign_editions\` (\`_status\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__campaign_editions_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_campaign\` text,
  	\`version_edition\` numeric,
  	\`version_year\` numeric,
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_hashtag\` text,
  	\`version_first_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaign_editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__campaign_editions_v\`("id", "parent_id", "version_campaign", "version_edition", "version_year", "version_start_date", "version_end_date", "version_hashtag", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_campaign", "version_edition", "version_year", "version_start_date", "version_end_date", "version_hashtag", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_campaign_editions_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_campaign_editions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__campaign_editions_v\` RENAME TO \`_campaign_editions_v\`;`)
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_parent_idx\` ON \`_campaign_editions_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_version_version_campaign_idx\` ON \`_campaign_editions_v\` (\`version_campaign\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_version_version_updated_at_idx\` ON \`_campaign_editions_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_version_version_created_at_idx\` ON \`_campaign_editions_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_version_version__status_idx\` ON \`_campaign_editions_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_created_at_idx\` ON \`_campaign_editions_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_updated_at_idx\` ON \`_campaign_editions_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_snapshot_idx\` ON \`_campaign_editions_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_published_locale_idx\` ON \`_campaign_editions_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_latest_idx\` ON \`_campaign_editions_v\` (\`latest\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_autosave_idx\` ON \`_campaign_editions_v\` (\`autosave\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_stories\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`country_id\` text,
  	\`campaign_edition_id\` text(36),
  	\`anonymous\` integer DEFAULT false,
  	\`consent\` integer DEFAULT false,
  	\`published_on\` text,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_edition_id\`) REFERENCES \`campaign_editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_stories\`("id", "slug", "kind", "country_id", "campaign_edition_id", "anonymous", "consent", "published_on", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "country_id", "campaign_edition_id", "anonymous", "consent", "published_on", "first_published_at", "updated_at", "created_at", "_status" FROM \`stories\`;`,
  )
  await db.run(sql`DROP TABLE \`stories\`;`)
  await db.run(sql`ALTER TABLE \`__new_stories\` RENAME TO \`stories\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`stories_slug_idx\` ON \`stories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`stories_country_idx\` ON \`stories\` (\`country_id\`);`)
  await db.run(
    sql`CREATE INDEX \`stories_campaign_edition_idx\` ON \`stories\` (\`campaign_edition_id\`);`,
  )
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
  	\`version_first_published_at\` text,
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
  	FOREIGN KEY (\`version_campaign_edition_id\`) REFERENCES \`campaign_editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__stories_v\`("id", "parent_id", "version_slug", "version_kind", "version_country_id", "version_campaign_edition_id", "version_anonymous", "version_consent", "version_published_on", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_kind", "version_country_id", "version_campaign_edition_id", "version_anonymous", "version_consent", "version_published_on", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_stories_v\`;`,
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
