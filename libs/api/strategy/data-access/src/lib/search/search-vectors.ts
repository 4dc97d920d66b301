/**
 * The indexed tsvector expressions (migration 1797300000000-action-search): a statement must repeat them exactly
 * for PostgreSQL to use the GIN indexes. `a` is the action, `u` the progress update.
 */
export const ACTION_SEARCH_VECTOR = `(setweight(to_tsvector('english'::regconfig, coalesce(a.ref, '')), 'A')
  || setweight(to_tsvector('english'::regconfig, a.title), 'A')
  || setweight(to_tsvector('english'::regconfig, coalesce(a.description, '')), 'B'))`;

export const NARRATIVE_SEARCH_VECTOR = `to_tsvector('english'::regconfig, u.narrative)`;

/** Longest search text accepted: longer is almost certainly a pasted paragraph, not a search. */
export const MAX_SEARCH_LENGTH = 200;

/** Results returned at most, best first. */
export const MAX_SEARCH_RESULTS = 50;
