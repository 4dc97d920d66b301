import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createMigratedTestDatabase } from '@waymark/api/database/testing';

/** A fresh, migrated database for the import tests, whose statements load whole plans (60 s, not the app's 5 s). */
export const createMigratedDatabase = () =>
  createMigratedTestDatabase({ prefix: 'waymark_ie', statementTimeoutMs: 60_000 });

export async function createPartnership(
  dataSource: DataSource,
  name = 'Test Community Safety Partnership',
): Promise<string> {
  const id = randomUUID();
  await dataSource.query(`INSERT INTO partnership (id, name) VALUES ($1, $2)`, [id, name]);
  return id;
}
