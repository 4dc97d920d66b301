import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** TypeORM's pg pool (the app's one pool), or null under another driver. TypeORM types it `any`; it is pg's Pool. */
export function pgPool(dataSource: DataSource): Pool | null {
  const driver = dataSource.driver;
  return driver instanceof PostgresDriver ? (driver.master as Pool) : null;
}
