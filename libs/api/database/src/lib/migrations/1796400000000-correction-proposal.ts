import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A delivery lead's proposed correction to an update of a signed-off period: the values they would change and why,
 * until a reviewer accepts it (it is then applied as a correction) or declines it with a reason. One pending
 * proposal per update at a time.
 */
export class CorrectionProposal1796400000000 implements MigrationInterface {
  name = 'CorrectionProposal1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE correction_proposal_state AS ENUM ('pending', 'accepted', 'declined');
      CREATE TABLE correction_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        progress_update_id uuid NOT NULL REFERENCES progress_update(id),
        proposed_by_id uuid NOT NULL REFERENCES person(id),
        reason text NOT NULL CHECK (btrim(reason) <> ''),
        narrative text,
        proposed_rag rag,
        percent_complete smallint CHECK (percent_complete BETWEEN 0 AND 100),
        lifecycle_status lifecycle_status,
        state correction_proposal_state NOT NULL DEFAULT 'pending',
        decided_by_id uuid REFERENCES person(id),
        decided_at timestamptz,
        decision_reason text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((state = 'pending') = (decided_at IS NULL))
      );
      CREATE INDEX correction_proposal_update ON correction_proposal (progress_update_id, created_at);
      CREATE UNIQUE INDEX correction_proposal_one_pending ON correction_proposal (progress_update_id) WHERE state = 'pending';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS correction_proposal; DROP TYPE IF EXISTS correction_proposal_state`);
  }
}
