import { DataSource } from 'typeorm';

/** Kept for the People list ("last signed in"). */
export async function recordSignIn(dataSource: DataSource, personId: string): Promise<void> {
  await dataSource.query(`UPDATE person SET last_signed_in_at = now() WHERE id = $1`, [personId]);
}
