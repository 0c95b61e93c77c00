import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reports_chapters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`reports_chapters_order_idx\` ON \`reports_chapters\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`reports_chapters_parent_id_idx\` ON \`reports_chapters\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`reports_chapters_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`reports_chapters_locales_locale_parent_id_unique\` ON \`reports_chapters_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`reports_translation_status\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`reports_translation_status_order_idx\` ON \`reports_translation_status\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`reports_translation_status_parent_idx\` ON \`reports_translation_status\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`reports_translation_status_value_idx\` ON \`reports_translation_status\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`reports\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`reports_slug_idx\` ON \`reports\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`reports_cover_idx\` ON \`reports\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reports__status_idx\` ON \`reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`reports_locales\` (
  	\`title\` text,
  	\`subtitle\` text,
  	\`summary\` text,
  	\`publisher\` text,
  	\`translation_note\` text,
  	\`pdf_id\` text(36),
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`reports_pdf_idx\` ON \`reports_locales\` (\`pdf_id\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`reports_locales_locale_parent_id_unique\` ON \`reports_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`countries_id\` text,
  	\`themes_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_rels_order_idx\` ON \`reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_parent_idx\` ON \`reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_path_idx\` ON \`reports_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`reports_rels_countries_id_idx\` ON \`reports_rels\` (\`countries_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`reports_rels_themes_id_idx\` ON \`reports_rels\` (\`themes_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_reports_v_version_chapters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_chapters_order_idx\` ON \`_reports_v_version_chapters\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_chapters_parent_id_idx\` ON \`_reports_v_version_chapters\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_reports_v_version_chapters_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v_version_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_reports_v_version_chapters_locales_locale_parent_id_unique\` ON \`_reports_v_version_chapters_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_reports_v_version_translation_status\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_translation_status_order_idx\` ON \`_reports_v_version_translation_status\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_translation_status_parent_idx\` ON \`_reports_v_version_translation_status\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_translation_status_value_idx\` ON \`_reports_v_version_translation_status\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`_reports_v\` (
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
  await db.run(sql`CREATE TABLE \`_reports_v_locales\` (
  	\`version_title\` text,
  	\`version_subtitle\` text,
  	\`version_summary\` text,
  	\`version_publisher\` text,
  	\`version_translation_note\` text,
  	\`version_pdf_id\` text(36),
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_pdf_idx\` ON \`_reports_v_locales\` (\`version_pdf_id\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_reports_v_locales_locale_parent_id_unique\` ON \`_reports_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_reports_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`countries_id\` text,
  	\`themes_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_order_idx\` ON \`_reports_v_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`_reports_v_rels_parent_idx\` ON \`_reports_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_reports_v_rels_path_idx\` ON \`_reports_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_reports_v_rels_countries_id_idx\` ON \`_reports_v_rels\` (\`countries_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_rels_themes_id_idx\` ON \`_reports_v_rels\` (\`themes_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`findings_statistic_breakdown\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`findings_statistic_breakdown_order_idx\` ON \`findings_statistic_breakdown\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`findings_statistic_breakdown_parent_id_idx\` ON \`findings_statistic_breakdown\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`findings_statistic_breakdown_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`findings_statistic_breakdown\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`findings_statistic_breakdown_locales_locale_parent_id_unique\` ON \`findings_statistic_breakdown_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`findings_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`findings_corrections_order_idx\` ON \`findings_corrections\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`findings_corrections_parent_id_idx\` ON \`findings_corrections\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`findings_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`findings_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`findings_corrections_locales_locale_parent_id_unique\` ON \`findings_corrections_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`findings_translation_status\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`findings_translation_status_order_idx\` ON \`findings_translation_status\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`findings_translation_status_parent_idx\` ON \`findings_translation_status\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`findings_translation_status_value_idx\` ON \`findings_translation_status\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`findings\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`findings_code_idx\` ON \`findings\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`findings_report_idx\` ON \`findings\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`findings_updated_at_idx\` ON \`findings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`findings_created_at_idx\` ON \`findings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`findings__status_idx\` ON \`findings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`findings_locales\` (
  	\`section\` text,
  	\`statement\` text,
  	\`exhibit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`findings_locales_locale_parent_id_unique\` ON \`findings_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`findings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`countries_id\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`findings_rels_order_idx\` ON \`findings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`findings_rels_parent_idx\` ON \`findings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`findings_rels_path_idx\` ON \`findings_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`findings_rels_themes_id_idx\` ON \`findings_rels\` (\`themes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`findings_rels_countries_id_idx\` ON \`findings_rels\` (\`countries_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_findings_v_version_statistic_breakdown\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_findings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_findings_v_version_statistic_breakdown_order_idx\` ON \`_findings_v_version_statistic_breakdown\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_findings_v_version_statistic_breakdown_parent_id_idx\` ON \`_findings_v_version_statistic_breakdown\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_findings_v_version_statistic_breakdown_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_findings_v_version_statistic_breakdown\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_findings_v_version_statistic_breakdown_locales_locale_paren\` ON \`_findings_v_version_statistic_breakdown_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_findings_v_version_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_findings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_findings_v_version_corrections_order_idx\` ON \`_findings_v_version_corrections\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_findings_v_version_corrections_parent_id_idx\` ON \`_findings_v_version_corrections\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_findings_v_version_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_findings_v_version_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_findings_v_version_corrections_locales_locale_parent_id_uni\` ON \`_findings_v_version_corrections_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_findings_v_version_translation_status\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_findings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_findings_v_version_translation_status_order_idx\` ON \`_findings_v_version_translation_status\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_findings_v_version_translation_status_parent_idx\` ON \`_findings_v_version_translation_status\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_findings_v_version_translation_status_value_idx\` ON \`_findings_v_version_translation_status\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`_findings_v\` (
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
  await db.run(sql`CREATE TABLE \`_findings_v_locales\` (
  	\`version_section\` text,
  	\`version_statement\` text,
  	\`version_exhibit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_findings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_findings_v_locales_locale_parent_id_unique\` ON \`_findings_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_findings_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` text(36),
  	\`countries_id\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_findings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_findings_v_rels_order_idx\` ON \`_findings_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_findings_v_rels_parent_idx\` ON \`_findings_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_findings_v_rels_path_idx\` ON \`_findings_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_findings_v_rels_themes_id_idx\` ON \`_findings_v_rels\` (\`themes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_findings_v_rels_countries_id_idx\` ON \`_findings_v_rels\` (\`countries_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`recommendations_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`recommendations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`recommendations_corrections_order_idx\` ON \`recommendations_corrections\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`recommendations_corrections_parent_id_idx\` ON \`recommendations_corrections\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`recommendations_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`recommendations_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`recommendations_corrections_locales_locale_parent_id_unique\` ON \`recommendations_corrections_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`recommendations_translation_status\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`recommendations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`recommendations_translation_status_order_idx\` ON \`recommendations_translation_status\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`recommendations_translation_status_parent_idx\` ON \`recommendations_translation_status\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`recommendations_translation_status_value_idx\` ON \`recommendations_translation_status\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`recommendations\` (
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
  await db.run(sql`CREATE TABLE \`recommendations_locales\` (
  	\`section\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`recommendations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`recommendations_locales_locale_parent_id_unique\` ON \`recommendations_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`recommendations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`audiences_id\` text(36),
  	\`themes_id\` text(36),
  	\`findings_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`recommendations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`findings_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`recommendations_rels_order_idx\` ON \`recommendations_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`recommendations_rels_parent_idx\` ON \`recommendations_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`recommendations_rels_path_idx\` ON \`recommendations_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`recommendations_rels_audiences_id_idx\` ON \`recommendations_rels\` (\`audiences_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`recommendations_rels_themes_id_idx\` ON \`recommendations_rels\` (\`themes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`recommendations_rels_findings_id_idx\` ON \`recommendations_rels\` (\`findings_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_recommendations_v_version_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_recommendations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_version_corrections_order_idx\` ON \`_recommendations_v_version_corrections\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_version_corrections_parent_id_idx\` ON \`_recommendations_v_version_corrections\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_recommendations_v_version_corrections_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_recommendations_v_version_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_recommendations_v_version_corrections_locales_locale_parent\` ON \`_recommendations_v_version_corrections_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_recommendations_v_version_translation_status\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_recommendations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_version_translation_status_order_idx\` ON \`_recommendations_v_version_translation_status\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_version_translation_status_parent_idx\` ON \`_recommendations_v_version_translation_status\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_version_translation_status_value_idx\` ON \`_recommendations_v_version_translation_status\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`_recommendations_v\` (
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
  await db.run(sql`CREATE TABLE \`_recommendations_v_locales\` (
  	\`version_section\` text,
  	\`version_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_recommendations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_recommendations_v_locales_locale_parent_id_unique\` ON \`_recommendations_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_recommendations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`audiences_id\` text(36),
  	\`themes_id\` text(36),
  	\`findings_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_recommendations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`findings_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_rels_order_idx\` ON \`_recommendations_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_rels_parent_idx\` ON \`_recommendations_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_rels_path_idx\` ON \`_recommendations_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_rels_audiences_id_idx\` ON \`_recommendations_v_rels\` (\`audiences_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_rels_themes_id_idx\` ON \`_recommendations_v_rels\` (\`themes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_rels_findings_id_idx\` ON \`_recommendations_v_rels\` (\`findings_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`practices_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`practices_links_order_idx\` ON \`practices_links\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`practices_links_parent_id_idx\` ON \`practices_links\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`practices_links_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`practices_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`practices_links_locales_locale_parent_id_unique\` ON \`practices_links_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`practices_translation_status\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`practices_translation_status_order_idx\` ON \`practices_translation_status\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`practices_translation_status_parent_idx\` ON \`practices_translation_status\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`practices_translation_status_value_idx\` ON \`practices_translation_status\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`practices\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`practices_slug_idx\` ON \`practices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`practices_updated_at_idx\` ON \`practices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`practices_created_at_idx\` ON \`practices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`practices__status_idx\` ON \`practices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`practices_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`city\` text,
  	\`actor\` text,
  	\`submitter\` text,
  	\`mechanism\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`practices_locales_locale_parent_id_unique\` ON \`practices_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`practices_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`practices_numbers_order_parent_idx\` ON \`practices_numbers\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`practices_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`countries_id\` text,
  	\`themes_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`practices_rels_order_idx\` ON \`practices_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`practices_rels_parent_idx\` ON \`practices_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`practices_rels_path_idx\` ON \`practices_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`practices_rels_countries_id_idx\` ON \`practices_rels\` (\`countries_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`practices_rels_themes_id_idx\` ON \`practices_rels\` (\`themes_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_practices_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_practices_v_version_links_order_idx\` ON \`_practices_v_version_links\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_practices_v_version_links_parent_id_idx\` ON \`_practices_v_version_links\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_practices_v_version_links_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_practices_v_version_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_practices_v_version_links_locales_locale_parent_id_unique\` ON \`_practices_v_version_links_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_practices_v_version_translation_status\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_practices_v_version_translation_status_order_idx\` ON \`_practices_v_version_translation_status\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_practices_v_version_translation_status_parent_idx\` ON \`_practices_v_version_translation_status\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_practices_v_version_translation_status_value_idx\` ON \`_practices_v_version_translation_status\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`_practices_v\` (
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
  await db.run(sql`CREATE TABLE \`_practices_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_city\` text,
  	\`version_actor\` text,
  	\`version_submitter\` text,
  	\`version_mechanism\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_practices_v_locales_locale_parent_id_unique\` ON \`_practices_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_practices_v_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_practices_v_numbers_order_parent_idx\` ON \`_practices_v_numbers\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_practices_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`countries_id\` text,
  	\`themes_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_practices_v_rels_order_idx\` ON \`_practices_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_practices_v_rels_parent_idx\` ON \`_practices_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_practices_v_rels_path_idx\` ON \`_practices_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_practices_v_rels_countries_id_idx\` ON \`_practices_v_rels\` (\`countries_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_practices_v_rels_themes_id_idx\` ON \`_practices_v_rels\` (\`themes_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`campaign_editions_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`campaign_editions_objectives_order_idx\` ON \`campaign_editions_objectives\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`campaign_editions_objectives_parent_id_idx\` ON \`campaign_editions_objectives\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`campaign_editions_objectives_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_editions_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`campaign_editions_objectives_locales_locale_parent_id_unique\` ON \`campaign_editions_objectives_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`campaign_editions_actions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`campaign_editions_actions_order_idx\` ON \`campaign_editions_actions\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`campaign_editions_actions_parent_id_idx\` ON \`campaign_editions_actions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`campaign_editions_actions_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_editions_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`campaign_editions_actions_locales_locale_parent_id_unique\` ON \`campaign_editions_actions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`campaign_editions_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`campaign_editions_partners_order_idx\` ON \`campaign_editions_partners\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`campaign_editions_partners_parent_id_idx\` ON \`campaign_editions_partners\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`campaign_editions_partners_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_editions_partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`campaign_editions_partners_locales_locale_parent_id_unique\` ON \`campaign_editions_partners_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`campaign_editions_translation_status\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaign_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`campaign_editions_translation_status_order_idx\` ON \`campaign_editions_translation_status\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`campaign_editions_translation_status_parent_idx\` ON \`campaign_editions_translation_status\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`campaign_editions_translation_status_value_idx\` ON \`campaign_editions_translation_status\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`campaign_editions\` (
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
  await db.run(sql`CREATE TABLE \`campaign_editions_locales\` (
  	\`campaign_name\` text,
  	\`theme\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`campaign_editions_locales_locale_parent_id_unique\` ON \`campaign_editions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaign_editions_v_version_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_version_objectives_order_idx\` ON \`_campaign_editions_v_version_objectives\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_version_objectives_parent_id_idx\` ON \`_campaign_editions_v_version_objectives\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaign_editions_v_version_objectives_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_editions_v_version_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_campaign_editions_v_version_objectives_locales_locale_paren\` ON \`_campaign_editions_v_version_objectives_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaign_editions_v_version_actions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_version_actions_order_idx\` ON \`_campaign_editions_v_version_actions\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_version_actions_parent_id_idx\` ON \`_campaign_editions_v_version_actions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaign_editions_v_version_actions_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_editions_v_version_actions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_campaign_editions_v_version_actions_locales_locale_parent_i\` ON \`_campaign_editions_v_version_actions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaign_editions_v_version_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_version_partners_order_idx\` ON \`_campaign_editions_v_version_partners\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_version_partners_parent_id_idx\` ON \`_campaign_editions_v_version_partners\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaign_editions_v_version_partners_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_editions_v_version_partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_campaign_editions_v_version_partners_locales_locale_parent_\` ON \`_campaign_editions_v_version_partners_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaign_editions_v_version_translation_status\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaign_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_version_translation_status_order_idx\` ON \`_campaign_editions_v_version_translation_status\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_version_translation_status_parent_idx\` ON \`_campaign_editions_v_version_translation_status\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaign_editions_v_version_translation_status_value_idx\` ON \`_campaign_editions_v_version_translation_status\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaign_editions_v\` (
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
  await db.run(sql`CREATE TABLE \`_campaign_editions_v_locales\` (
  	\`version_campaign_name\` text,
  	\`version_theme\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaign_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_campaign_editions_v_locales_locale_parent_id_unique\` ON \`_campaign_editions_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`stories_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`stories_outcomes_order_idx\` ON \`stories_outcomes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`stories_outcomes_parent_id_idx\` ON \`stories_outcomes\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`stories_outcomes_locales\` (
  	\`label\` text,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`stories_outcomes_locales_locale_parent_id_unique\` ON \`stories_outcomes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`stories_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_sources_order_idx\` ON \`stories_sources\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`stories_sources_parent_id_idx\` ON \`stories_sources\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`stories_sources_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`stories_sources_locales_locale_parent_id_unique\` ON \`stories_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`stories_translation_status\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`stories_translation_status_order_idx\` ON \`stories_translation_status\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`stories_translation_status_parent_idx\` ON \`stories_translation_status\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`stories_translation_status_value_idx\` ON \`stories_translation_status\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`stories\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`stories_slug_idx\` ON \`stories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`stories_country_idx\` ON \`stories\` (\`country_id\`);`)
  await db.run(
    sql`CREATE INDEX \`stories_campaign_edition_idx\` ON \`stories\` (\`campaign_edition_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`stories_updated_at_idx\` ON \`stories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stories_created_at_idx\` ON \`stories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`stories__status_idx\` ON \`stories\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`stories_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`author\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`stories_locales_locale_parent_id_unique\` ON \`stories_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_stories_v_version_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_stories_v_version_outcomes_order_idx\` ON \`_stories_v_version_outcomes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_stories_v_version_outcomes_parent_id_idx\` ON \`_stories_v_version_outcomes\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_stories_v_version_outcomes_locales\` (
  	\`label\` text,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v_version_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_stories_v_version_outcomes_locales_locale_parent_id_unique\` ON \`_stories_v_version_outcomes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_stories_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_stories_v_version_sources_order_idx\` ON \`_stories_v_version_sources\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_stories_v_version_sources_parent_id_idx\` ON \`_stories_v_version_sources\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_stories_v_version_sources_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v_version_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_stories_v_version_sources_locales_locale_parent_id_unique\` ON \`_stories_v_version_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_stories_v_version_translation_status\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_stories_v_version_translation_status_order_idx\` ON \`_stories_v_version_translation_status\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_stories_v_version_translation_status_parent_idx\` ON \`_stories_v_version_translation_status\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_stories_v_version_translation_status_value_idx\` ON \`_stories_v_version_translation_status\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`_stories_v\` (
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
  await db.run(sql`CREATE TABLE \`_stories_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_author\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_stories_v_locales_locale_parent_id_unique\` ON \`_stories_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`themes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`order\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_slug_idx\` ON \`themes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`themes_updated_at_idx\` ON \`themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themes_created_at_idx\` ON \`themes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`themes_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`themes_locales_locale_parent_id_unique\` ON \`themes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`audiences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`order\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`audiences_slug_idx\` ON \`audiences\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`audiences_updated_at_idx\` ON \`audiences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audiences_created_at_idx\` ON \`audiences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audiences_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`audiences_locales_locale_parent_id_unique\` ON \`audiences_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`countries\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_code_idx\` ON \`countries\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`countries_updated_at_idx\` ON \`countries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`countries_created_at_idx\` ON \`countries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`countries_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`countries_locales_locale_parent_id_unique\` ON \`countries_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_social_url\` text,
  	\`sizes_social_width\` numeric,
  	\`sizes_social_height\` numeric,
  	\`sizes_social_mime_type\` text,
  	\`sizes_social_filesize\` numeric,
  	\`sizes_social_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_social_sizes_social_filename_idx\` ON \`media\` (\`sizes_social_filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'translator' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`redirects\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`collection\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`redirects_from_idx\` ON \`redirects\` (\`from\`);`)
  await db.run(sql`CREATE INDEX \`redirects_to_idx\` ON \`redirects\` (\`to\`);`)
  await db.run(sql`CREATE INDEX \`redirects_updated_at_idx\` ON \`redirects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`redirects_created_at_idx\` ON \`redirects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reports_chapters\`;`)
  await db.run(sql`DROP TABLE \`reports_chapters_locales\`;`)
  await db.run(sql`DROP TABLE \`reports_translation_status\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports_locales\`;`)
  await db.run(sql`DROP TABLE \`reports_rels\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_chapters\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_chapters_locales\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_translation_status\`;`)
  await db.run(sql`DROP TABLE \`_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_rels\`;`)
  await db.run(sql`DROP TABLE \`findings_statistic_breakdown\`;`)
  await db.run(sql`DROP TABLE \`findings_statistic_breakdown_locales\`;`)
  await db.run(sql`DROP TABLE \`findings_corrections\`;`)
  await db.run(sql`DROP TABLE \`findings_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`findings_translation_status\`;`)
  await db.run(sql`DROP TABLE \`findings\`;`)
  await db.run(sql`DROP TABLE \`findings_locales\`;`)
  await db.run(sql`DROP TABLE \`findings_rels\`;`)
  await db.run(sql`DROP TABLE \`_findings_v_version_statistic_breakdown\`;`)
  await db.run(sql`DROP TABLE \`_findings_v_version_statistic_breakdown_locales\`;`)
  await db.run(sql`DROP TABLE \`_findings_v_version_corrections\`;`)
  await db.run(sql`DROP TABLE \`_findings_v_version_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`_findings_v_version_translation_status\`;`)
  await db.run(sql`DROP TABLE \`_findings_v\`;`)
  await db.run(sql`DROP TABLE \`_findings_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_findings_v_rels\`;`)
  await db.run(sql`DROP TABLE \`recommendations_corrections\`;`)
  await db.run(sql`DROP TABLE \`recommendations_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`recommendations_translation_status\`;`)
  await db.run(sql`DROP TABLE \`recommendations\`;`)
  await db.run(sql`DROP TABLE \`recommendations_locales\`;`)
  await db.run(sql`DROP TABLE \`recommendations_rels\`;`)
  await db.run(sql`DROP TABLE \`_recommendations_v_version_corrections\`;`)
  await db.run(sql`DROP TABLE \`_recommendations_v_version_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`_recommendations_v_version_translation_status\`;`)
  await db.run(sql`DROP TABLE \`_recommendations_v\`;`)
  await db.run(sql`DROP TABLE \`_recommendations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_recommendations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`practices_links\`;`)
  await db.run(sql`DROP TABLE \`practices_links_locales\`;`)
  await db.run(sql`DROP TABLE \`practices_translation_status\`;`)
  await db.run(sql`DROP TABLE \`practices\`;`)
  await db.run(sql`DROP TABLE \`practices_locales\`;`)
  await db.run(sql`DROP TABLE \`practices_numbers\`;`)
  await db.run(sql`DROP TABLE \`practices_rels\`;`)
  await db.run(sql`DROP TABLE \`_practices_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_practices_v_version_links_locales\`;`)
  await db.run(sql`DROP TABLE \`_practices_v_version_translation_status\`;`)
  await db.run(sql`DROP TABLE \`_practices_v\`;`)
  await db.run(sql`DROP TABLE \`_practices_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_practices_v_numbers\`;`)
  await db.run(sql`DROP TABLE \`_practices_v_rels\`;`)
  await db.run(sql`DROP TABLE \`campaign_editions_objectives\`;`)
  await db.run(sql`DROP TABLE \`campaign_editions_objectives_locales\`;`)
  await db.run(sql`DROP TABLE \`campaign_editions_actions\`;`)
  await db.run(sql`DROP TABLE \`campaign_editions_actions_locales\`;`)
  await db.run(sql`DROP TABLE \`campaign_editions_partners\`;`)
  await db.run(sql`DROP TABLE \`campaign_editions_partners_locales\`;`)
  await db.run(sql`DROP TABLE \`campaign_editions_translation_status\`;`)
  await db.run(sql`DROP TABLE \`campaign_editions\`;`)
  await db.run(sql`DROP TABLE \`campaign_editions_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaign_editions_v_version_objectives\`;`)
  await db.run(sql`DROP TABLE \`_campaign_editions_v_version_objectives_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaign_editions_v_version_actions\`;`)
  await db.run(sql`DROP TABLE \`_campaign_editions_v_version_actions_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaign_editions_v_version_partners\`;`)
  await db.run(sql`DROP TABLE \`_campaign_editions_v_version_partners_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaign_editions_v_version_translation_status\`;`)
  await db.run(sql`DROP TABLE \`_campaign_editions_v\`;`)
  await db.run(sql`DROP TABLE \`_campaign_editions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`stories_outcomes\`;`)
  await db.run(sql`DROP TABLE \`stories_outcomes_locales\`;`)
  await db.run(sql`DROP TABLE \`stories_sources\`;`)
  await db.run(sql`DROP TABLE \`stories_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`stories_translation_status\`;`)
  await db.run(sql`DROP TABLE \`stories\`;`)
  await db.run(sql`DROP TABLE \`stories_locales\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_version_outcomes\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_version_outcomes_locales\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_version_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_version_translation_status\`;`)
  await db.run(sql`DROP TABLE \`_stories_v\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_locales\`;`)
  await db.run(sql`DROP TABLE \`themes\`;`)
  await db.run(sql`DROP TABLE \`themes_locales\`;`)
  await db.run(sql`DROP TABLE \`audiences\`;`)
  await db.run(sql`DROP TABLE \`audiences_locales\`;`)
  await db.run(sql`DROP TABLE \`countries\`;`)
  await db.run(sql`DROP TABLE \`countries_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`redirects\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
