import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Versioned schema changes, run in name order by Kysely's Migrator on both engines. Never edit a
 * migration that has shipped: add the next one (`0002-…`). Only portable column types are used,
 * so SQLite and PostgreSQL get the same table.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-create-feedback': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('feedback')
        .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
        .addColumn('page', 'varchar(300)', (column) => column.notNull())
        .addColumn('answer', 'varchar(3)', (column) =>
          column.notNull().check(sqlIn('answer', ['yes', 'no'])),
        )
        .addColumn('comment', 'varchar(500)')
        .addColumn('created_hour', 'varchar(17)', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('feedback_page_hour')
        .on('feedback')
        .columns(['page', 'created_hour'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('feedback').execute();
    },
  },
};

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}
