import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, badInput } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';
import { ActionFilter, ActionFilterService } from '../lists/action-filter.service';
import { ActionView } from '../tree/tree.views';
import { ACTION_SEARCH_VECTOR, MAX_SEARCH_LENGTH, MAX_SEARCH_RESULTS, NARRATIVE_SEARCH_VECTOR } from './search-vectors';
import { MATCH_END, MATCH_START, SnippetPart, snippetParts } from './snippet';

export type SearchMatchField = 'ref' | 'title' | 'description' | 'narrative';

export interface ActionSearchHit {
  readonly action: ActionView;
  readonly score: number;
  /** Where the words were found, most telling first. */
  readonly matchedIn: readonly SearchMatchField[];
  /** The matching text with its matched words marked: the narrative when only it matched, else title or description. */
  readonly snippet: readonly SnippetPart[];
  readonly snippetField: SearchMatchField;
  /** The reporting period of the update whose narrative matched (the latest one that did). */
  readonly narrativePeriodName: string | null;
}

export interface ActionSearchResult {
  readonly hits: readonly ActionSearchHit[];
  /** Every matching action (after filters), of which at most MAX_SEARCH_RESULTS are returned. */
  readonly total: number;
}

interface Candidate {
  id: string;
  score: number;
  refMatch: boolean;
  narrativeUpdateId: string | null;
}

interface SnippetRow {
  id: string;
  titleMatch: boolean;
  descriptionMatch: boolean;
  titleHeadline: string;
  descriptionHeadline: string | null;
  narrativeHeadline: string | null;
  periodName: string | null;
}

/**
 * Ranking tiers (each tier's scores stay below the one above it): an exact reference match (1), then PostgreSQL's
 * ts_rank over the title and reference (weight A, about 0.06 and up) and description (weight B, about 0.024 and up),
 * then narrative-only matches, scored by how many of the action's updates matched (at most 0.01), because
 * ranking every matching narrative would re-parse thousands of them for common words.
 */
const CANDIDATES_SQL = `
  WITH q AS (SELECT websearch_to_tsquery('english', $2) AS query),
  scope AS (
    SELECT a.id FROM action a
    JOIN strategy s ON s.id = a.strategy_id
    JOIN theme t ON t.id = a.theme_id AND t.archived_at IS NULL
    LEFT JOIN objective ob ON ob.id = a.objective_id
    WHERE s.partnership_id = $1 AND s.archived_at IS NULL AND a.archived_at IS NULL AND (a.objective_id IS NULL OR ob.archived_at IS NULL)
  ),
  ref_hits AS (SELECT a.id FROM action a WHERE lower(a.ref) = lower($3) AND a.id IN (SELECT id FROM scope)),
  action_hits AS (
    SELECT a.id, ts_rank(${ACTION_SEARCH_VECTOR}, (SELECT query FROM q)) AS rank FROM action a
    WHERE ${ACTION_SEARCH_VECTOR} @@ websearch_to_tsquery('english', $2) AND a.id IN (SELECT id FROM scope)
  ),
  narrative_hits AS (
    SELECT u.action_id AS id, count(*) AS matches, (array_agg(u.id ORDER BY rp.starts_on DESC, rp.id DESC))[1] AS update_id
    FROM progress_update u JOIN reporting_period rp ON rp.id = u.period_id
    WHERE ${NARRATIVE_SEARCH_VECTOR} @@ websearch_to_tsquery('english', $2) AND u.action_id IN (SELECT id FROM scope)
    GROUP BY u.action_id
  )
  SELECT x.id, sum(x.score)::float8 AS score, bool_or(x.ref) AS "refMatch", max(nh.update_id::text) AS "narrativeUpdateId"
  FROM (
    SELECT id, 1.0::float8 AS score, true AS ref FROM ref_hits
    UNION ALL SELECT id, rank, false FROM action_hits
    UNION ALL SELECT id, 0.002 * least(matches, 5), false FROM narrative_hits
  ) x LEFT JOIN narrative_hits nh ON nh.id = x.id
  GROUP BY x.id`;

const HEADLINE_OPTIONS = `'StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;

const SNIPPETS_SQL = `
  WITH q AS (SELECT websearch_to_tsquery('english', $2) AS query)
  SELECT a.id,
    to_tsvector('english'::regconfig, a.title) @@ q.query AS "titleMatch",
    coalesce(to_tsvector('english'::regconfig, a.description) @@ q.query, false) AS "descriptionMatch",
    ts_headline('english', a.title, q.query, ${HEADLINE_OPTIONS}) AS "titleHeadline",
    CASE WHEN a.description IS NOT NULL THEN ts_headline('english', a.description, q.query, ${HEADLINE_OPTIONS}) END AS "descriptionHeadline",
    CASE WHEN u.id IS NOT NULL THEN ts_headline('english', u.narrative, q.query, ${HEADLINE_OPTIONS}) END AS "narrativeHeadline",
    rp.name AS "periodName"
  FROM q, unnest($1::uuid[], $3::uuid[]) AS pick(action_id, update_id)
  JOIN action a ON a.id = pick.action_id
  LEFT JOIN progress_update u ON u.id = pick.update_id
  LEFT JOIN reporting_period rp ON rp.id = u.period_id`;

/** Full-text search of the signed-in partnership's actions: title, reference, description and update narratives. */
@Injectable()
export class ActionSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly filters: ActionFilterService,
  ) {}

  async search(actor: Actor, text: string, filter: Omit<ActionFilter, 'actionIds'> = {}): Promise<ActionSearchResult> {
    AccessPolicy.assertCanRead(actor, actor.partnershipId);
    const query = text.trim();
    assertSearchable(query);
    const [{ words }]: Array<{ words: number }> = await this.dataSource.query(`SELECT numnode(websearch_to_tsquery('english', $1)) AS words`, [query]);
    const candidates: Candidate[] = await this.dataSource.query(CANDIDATES_SQL, [actor.partnershipId, query, query]);
    if (words === 0 && candidates.length === 0) {
      throw badInput([{ field: 'input.query', message: 'Search for a word from a title or update, or a reference such as 1.2.3: very common words like "the" are ignored' }]);
    }
    if (candidates.length === 0) return { hits: [], total: 0 };
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const actions = await this.filters.actions(actor, { ...filter, actionIds: [...byId.keys()] });
    const ranked = actions
      .map((action) => ({ action, candidate: byId.get(action.id) as Candidate }))
      .sort((x, y) => y.candidate.score - x.candidate.score || x.action.numberLabel.localeCompare(y.action.numberLabel, 'en', { numeric: true }));
    const shown = ranked.slice(0, MAX_SEARCH_RESULTS);
    if (shown.length === 0) return { hits: [], total: 0 };
    const snippets: SnippetRow[] = await this.dataSource.query(SNIPPETS_SQL, [shown.map((r) => r.action.id), query, shown.map((r) => r.candidate.narrativeUpdateId)]);
    const snippetById = new Map(snippets.map((s) => [s.id, s]));
    return {
      total: ranked.length,
      hits: shown.map(({ action, candidate }) => toHit(action, candidate, snippetById.get(action.id) as SnippetRow)),
    };
  }
}

function assertSearchable(query: string): void {
  if (query === '') throw badInput([{ field: 'input.query', message: 'Enter a word or reference to search for' }]);
  if (query.length > MAX_SEARCH_LENGTH) throw badInput([{ field: 'input.query', message: `Search terms must be ${MAX_SEARCH_LENGTH} characters or fewer` }]);
  if (!/[\p{L}\p{N}]/u.test(query)) throw badInput([{ field: 'input.query', message: 'Search terms must include a letter or a number' }]);
}

function toHit(action: ActionView, candidate: Candidate, row: SnippetRow): ActionSearchHit {
  const matchedIn: SearchMatchField[] = [];
  if (candidate.refMatch) matchedIn.push('ref');
  if (row.titleMatch) matchedIn.push('title');
  if (row.descriptionMatch) matchedIn.push('description');
  if (candidate.narrativeUpdateId) matchedIn.push('narrative');
  // Otherwise only the words of the reference matched ("HC" for HC-04).
  if (!candidate.refMatch && !row.titleMatch && !row.descriptionMatch && !candidate.narrativeUpdateId) matchedIn.push('ref');
  const snippetField: SearchMatchField = row.titleMatch || matchedIn[0] === 'ref' ? 'title' : row.descriptionMatch ? 'description' : 'narrative';
  const headline = snippetField === 'title' ? row.titleHeadline : snippetField === 'description' ? row.descriptionHeadline : row.narrativeHeadline;
  return {
    action,
    score: candidate.score,
    matchedIn,
    snippet: snippetParts(headline ?? action.title),
    snippetField,
    narrativePeriodName: candidate.narrativeUpdateId ? row.periodName : null,
  };
}
