import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per throttled key (an account, a client address, a person changing their password), updated by a single
 * `INSERT … ON CONFLICT … DO UPDATE … RETURNING` per attempt, so parallel guesses cannot all read "under the limit".
 */
export class SignInThrottle1795840600000 implements MigrationInterface {
  name = 'SignInThrottle1795840600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sign_in_throttle (
        scope text NOT NULL CHECK (scope IN ('account', 'address', 'password_change')),
        key text NOT NULL,
        failures integer NOT NULL,
        allowance integer NOT NULL,
        last_attempt_at timestamptz NOT NULL,
        next_attempt_at timestamptz NOT NULL,
        PRIMARY KEY (scope, key)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS sign_in_throttle`);
  }
}
