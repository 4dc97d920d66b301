import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a report officer chose for a period's board report (columns, options, introduction) and the cover report
 * (committee, meeting date, author, contact officer, purpose, recommendations, background, closing section): one
 * row per reporting period, so the next quarter can start from the last one. Covering text, not plan data: it is
 * not part of a signed-off period's frozen snapshot and stays editable after sign-off.
 */
export class BoardReportSettings1796800000000 implements MigrationInterface {
  name = 'BoardReportSettings1796800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE board_report_setting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy(id),
        period_id uuid NOT NULL UNIQUE REFERENCES reporting_period(id),
        columns text[] NOT NULL DEFAULT '{}',
        only_exceptions boolean NOT NULL DEFAULT false,
        include_indicators boolean NOT NULL DEFAULT false,
        introduction text,
        committee text,
        meeting_on date,
        author text,
        contact_officer text,
        purpose text,
        recommendations text[] NOT NULL DEFAULT '{}',
        background text,
        closing_heading text,
        closing text,
        updated_by_id uuid REFERENCES person(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX board_report_setting_strategy ON board_report_setting (strategy_id, updated_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS board_report_setting`);
  }
}
