import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`recommendations_follow_up_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`recommendations_follow_up\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`recommendations_follow_up_sources_order_idx\` ON \`recommendations_follow_up_sources\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`recommendations_follow_up_sources_parent_id_idx\` ON \`recommendations_follow_up_sources\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`recommendations_follow_up_sources_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`recommendations_follow_up_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`recommendations_follow_up_sources_locales_locale_parent_id_u\` ON \`recommendations_follow_up_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`recommendations_follow_up\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`audience_id\` text(36),
  	\`kind\` text,
  	\`status\` text,
  	FOREIGN KEY (\`audience_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`recommendations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`recommendations_follow_up_order_idx\` ON \`recommendations_follow_up\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`recommendations_follow_up_parent_id_idx\` ON \`recommendations_follow_up\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`recommendations_follow_up_audience_idx\` ON \`recommendations_follow_up\` (\`audience_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`recommendations_follow_up_locales\` (
  	\`body\` text,
  	\`statement\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`recommendations_follow_up\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`recommendations_follow_up_locales_locale_parent_id_unique\` ON \`recommendations_follow_up_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_recommendations_v_version_follow_up_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_recommendations_v_version_follow_up\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_version_follow_up_sources_order_idx\` ON \`_recommendations_v_version_follow_up_sources\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_version_follow_up_sources_parent_id_idx\` ON \`_recommendations_v_version_follow_up_sources\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_recommendations_v_version_follow_up_sources_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_recommendations_v_version_follow_up_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_recommendations_v_version_follow_up_sources_locales_locale_\` ON \`_recommendations_v_version_follow_up_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_recommendations_v_version_follow_up\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`audience_id\` text(36),
  	\`kind\` text,
  	\`status\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`audience_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_recommendations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_version_follow_up_order_idx\` ON \`_recommendations_v_version_follow_up\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_version_follow_up_parent_id_idx\` ON \`_recommendations_v_version_follow_up\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_recommendations_v_version_follow_up_audience_idx\` ON \`_recommendations_v_version_follow_up\` (\`audience_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_recommendations_v_version_follow_up_locales\` (
  	\`body\` text,
  	\`statement\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_recommendations_v_version_follow_up\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_recommendations_v_version_follow_up_locales_locale_parent_i\` ON \`_recommendations_v_version_follow_up_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`recommendations_follow_up_sources\`;`)
  await db.run(sql`DROP TABLE \`recommendations_follow_up_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`recommendations_follow_up\`;`)
  await db.run(sql`DROP TABLE \`recommendations_follow_up_locales\`;`)
  await db.run(sql`DROP TABLE \`_recommendations_v_version_follow_up_sources\`;`)
  await db.run(sql`DROP TABLE \`_recommendations_v_version_follow_up_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_recommendations_v_version_follow_up\`;`)
  await db.run(sql`DROP TABLE \`_recommendations_v_version_follow_up_locales\`;`)
}
