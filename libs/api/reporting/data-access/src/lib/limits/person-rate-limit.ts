import type { DataSource } from 'typeorm';
import { queryRows } from '@waymark/api/database';

/** Heavy work a person may start only so often: plan imports (upload, preview, apply) and downloads of exports. */
export type RateLimitedWork = 'import' | 'export';

export interface PersonRateLimit {
  /** Requests allowed in one window. */
  readonly perWindow: number;
  readonly windowSeconds: number;
}

const NOUN: Record<RateLimitedWork, string> = { import: 'import requests', export: 'downloads' };

/** Refused: the person used their allowance; answered HTTP 429 (Retry-After) or GraphQL TOO_MANY_REQUESTS. */
export class PersonRateLimited extends Error {
  override readonly name = 'PersonRateLimited';

  constructor(
    readonly work: RateLimitedWork,
    readonly limit: PersonRateLimit,
    readonly retryAfterSeconds: number,
  ) {
    super(
      `You have made too many ${NOUN[work]} in a short time (at most ${limit.perWindow} in ${Math.round(limit.windowSeconds / 60)} minutes). ` +
        `Wait ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'} and try again.`,
    );
  }
}

/**
 * Counts one request of `work` for the person and refuses it (PersonRateLimited) past the allowance. One atomic
 * statement in PostgreSQL (like the sign-in throttle), so parallel requests and several instances share the count:
 * a fixed window that starts at the first request after the previous one ended.
 */
export async function chargePersonRateLimit(
  db: Pick<DataSource, 'query'>,
  work: RateLimitedWork,
  personId: string,
  limit: PersonRateLimit,
): Promise<void> {
  const [row] = await queryRows<{ used: number; retry_after: number }>(
    db,
    `INSERT INTO person_rate_limit AS r (action, person_id, window_started_at, used) VALUES ($1, $2, now(), 1)
     ON CONFLICT (action, person_id) DO UPDATE SET
       window_started_at = CASE WHEN r.window_started_at <= now() - make_interval(secs => $3) THEN now() ELSE r.window_started_at END,
       used = CASE WHEN r.window_started_at <= now() - make_interval(secs => $3) THEN 1 ELSE r.used + 1 END
     RETURNING r.used, greatest(1, ceil(extract(epoch FROM r.window_started_at + make_interval(secs => $3) - now())))::int AS retry_after`,
    [work, personId, limit.windowSeconds],
  );
  if (row && row.used > limit.perWindow) throw new PersonRateLimited(work, limit, row.retry_after);
}
