import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole first schema in one migration: partnership structure, strategy tree,
 * reporting periods and progress, indicators, identity and the append-only audit trail.
 * Every mutable table carries `version` for optimistic concurrency and `archived_at`
 * instead of deletes, so history stays reportable.
 */
export class CreateDomainSchema1763800000000 implements MigrationInterface {
  name = 'CreateDomainSchema1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await q.query(`
      CREATE TYPE group_kind AS ENUM ('board', 'senior_officer_group', 'delivery_group', 'task_and_finish_group', 'other');
      CREATE TYPE reporting_cadence AS ENUM ('monthly', 'quarterly', 'half_yearly', 'annual');
      CREATE TYPE lifecycle_status AS ENUM ('not_started', 'in_progress', 'ongoing', 'complete', 'deferred', 'cancelled');
      CREATE TYPE rag AS ENUM ('red', 'amber', 'green');
      CREATE TYPE period_state AS ENUM ('open', 'in_review', 'signed_off');
      CREATE TYPE review_state AS ENUM ('draft', 'submitted', 'accepted', 'returned');
      CREATE TYPE indicator_direction AS ENUM ('higher_is_better', 'lower_is_better');
    `);
    await q.query(`
      CREATE TABLE partnership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        short_name text,
        rag_definitions jsonb NOT NULL DEFAULT '{}'::jsonb,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      );
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id),
        name text NOT NULL,
        short_name text,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      );
      CREATE UNIQUE INDEX organisation_name_unique ON organisation (partnership_id, lower(name));
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id),
        full_name text NOT NULL,
        email citext NOT NULL,
        job_title text,
        organisation_id uuid REFERENCES organisation(id),
        is_administrator boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      );
      CREATE UNIQUE INDEX person_email_unique ON person (email);
      CREATE TABLE partnership_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id),
        name text NOT NULL,
        kind group_kind NOT NULL,
        description text,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      );
      CREATE UNIQUE INDEX partnership_group_name_unique ON partnership_group (partnership_id, lower(name));
      CREATE TABLE group_membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES partnership_group(id),
        person_id uuid NOT NULL REFERENCES person(id),
        is_chair boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (group_id, person_id)
      );
      CREATE INDEX group_membership_person ON group_membership (person_id);
    `);
    await q.query(`
      CREATE TABLE strategy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id),
        parent_strategy_id uuid REFERENCES strategy(id),
        title text NOT NULL,
        short_title text,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        description text,
        vision text,
        principles text[] NOT NULL DEFAULT '{}',
        accountable_group_id uuid REFERENCES partnership_group(id),
        reporting_cadence reporting_cadence NOT NULL DEFAULT 'quarterly',
        theme_label text NOT NULL DEFAULT 'Theme',
        objective_label text NOT NULL DEFAULT 'Objective',
        action_label text NOT NULL DEFAULT 'Action',
        has_objective_level boolean NOT NULL DEFAULT true,
        rag_definitions jsonb NOT NULL DEFAULT '{}'::jsonb,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        CHECK (ends_on >= starts_on)
      );
      CREATE TABLE theme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy(id),
        title text NOT NULL,
        description text,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      );
      CREATE INDEX theme_strategy ON theme (strategy_id, sort_order);
      CREATE TABLE objective (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy(id),
        theme_id uuid NOT NULL REFERENCES theme(id),
        title text NOT NULL,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      );
      CREATE INDEX objective_strategy ON objective (strategy_id, theme_id, sort_order);
      CREATE TABLE action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy(id),
        theme_id uuid NOT NULL REFERENCES theme(id),
        objective_id uuid REFERENCES objective(id),
        ref text,
        title text NOT NULL,
        description text,
        lead_organisation_id uuid REFERENCES organisation(id),
        lead_person_id uuid REFERENCES person(id),
        delivery_group_id uuid REFERENCES partnership_group(id),
        starts_on date,
        original_due_on date,
        current_due_on date,
        reschedule_count integer NOT NULL DEFAULT 0,
        lifecycle_status lifecycle_status NOT NULL DEFAULT 'not_started',
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        CHECK (current_due_on IS NULL OR starts_on IS NULL OR current_due_on >= starts_on)
      );
      CREATE INDEX action_strategy ON action (strategy_id, theme_id, objective_id, sort_order);
      CREATE INDEX action_delivery_group ON action (delivery_group_id);
      CREATE INDEX action_lead_person ON action (lead_person_id);
      CREATE UNIQUE INDEX action_ref_unique ON action (strategy_id, ref) WHERE ref IS NOT NULL;
      CREATE TABLE action_supporting_organisation (
        action_id uuid NOT NULL REFERENCES action(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        PRIMARY KEY (action_id, organisation_id)
      );
    `);
    await q.query(`
      CREATE TABLE reporting_period (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy(id),
        name text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        update_deadline date NOT NULL,
        state period_state NOT NULL DEFAULT 'open',
        signed_off_at timestamptz,
        signed_off_by_id uuid REFERENCES person(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on)
      );
      CREATE UNIQUE INDEX reporting_period_name_unique ON reporting_period (strategy_id, lower(name));
      CREATE INDEX reporting_period_strategy ON reporting_period (strategy_id, starts_on);
      CREATE TABLE progress_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action(id),
        period_id uuid NOT NULL REFERENCES reporting_period(id),
        narrative text NOT NULL DEFAULT '',
        proposed_rag rag,
        percent_complete smallint CHECK (percent_complete BETWEEN 0 AND 100),
        lifecycle_status lifecycle_status,
        review_state review_state NOT NULL DEFAULT 'draft',
        review_comment text,
        validated_rag rag,
        validation_reason text,
        reviewed_by_id uuid REFERENCES person(id),
        reviewed_at timestamptz,
        submitted_at timestamptz,
        author_id uuid REFERENCES person(id),
        correction_count integer NOT NULL DEFAULT 0,
        last_correction_reason text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (action_id, period_id)
      );
      CREATE INDEX progress_update_period ON progress_update (period_id);
      CREATE TABLE theme_commentary (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        theme_id uuid NOT NULL REFERENCES theme(id),
        period_id uuid NOT NULL REFERENCES reporting_period(id),
        body text NOT NULL,
        sort_order integer NOT NULL DEFAULT 0,
        author_id uuid REFERENCES person(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      );
      CREATE INDEX theme_commentary_period ON theme_commentary (period_id, theme_id, sort_order);
      CREATE TABLE indicator (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy(id),
        objective_id uuid REFERENCES objective(id),
        name text NOT NULL,
        unit text NOT NULL DEFAULT '',
        direction indicator_direction NOT NULL,
        baseline numeric,
        target numeric,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      );
      CREATE TABLE indicator_value (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator_id uuid NOT NULL REFERENCES indicator(id),
        period_id uuid NOT NULL REFERENCES reporting_period(id),
        value numeric NOT NULL,
        note text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (indicator_id, period_id)
      );
    `);
    await q.query(`
      CREATE TABLE credential (
        person_id uuid PRIMARY KEY REFERENCES person(id),
        password_hash text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE user_session (
        sid varchar NOT NULL PRIMARY KEY,
        sess json NOT NULL,
        expire timestamp(6) NOT NULL
      );
      CREATE INDEX user_session_expire ON user_session (expire);
      CREATE TABLE sign_in_attempt (
        id bigserial PRIMARY KEY,
        account_key text NOT NULL,
        address_key text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sign_in_attempt_account ON sign_in_attempt (account_key, attempted_at);
      CREATE INDEX sign_in_attempt_address ON sign_in_attempt (address_key, attempted_at);
    `);
    await q.query(`
      CREATE TABLE audit_entry (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        partnership_id uuid,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        operation text NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}'::jsonb,
        reason text
      );
      CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id, occurred_at);
      CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
        FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
      CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
        FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS audit_entry, sign_in_attempt, user_session, credential, indicator_value, indicator,
        theme_commentary, progress_update, reporting_period, action_supporting_organisation, action, objective,
        theme, strategy, group_membership, partnership_group, person, organisation, partnership CASCADE;
      DROP FUNCTION IF EXISTS audit_entry_is_append_only();
      DROP TYPE IF EXISTS group_kind, reporting_cadence, lifecycle_status, rag, period_state, review_state, indicator_direction;
    `);
  }
}
