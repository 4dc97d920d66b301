import type { DataSource } from 'typeorm';
import { createMigratedTestDatabase } from '@waymark/api/database/testing';

/** A new, migrated database on the jest run's embedded PostgreSQL, with a small pool (the demo loaders run alone). */
export async function freshMigratedDatabase(): Promise<DataSource> {
  return (await createMigratedTestDatabase({ prefix: 'waymark_demo', poolSize: 2 })).dataSource;
}
