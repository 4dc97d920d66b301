import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, badInput } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';
import {
  ActionFilter,
  ActionFilterService,
  FILTERED_ACTIONS_FROM,
  filteredActionsParams,
} from '../lists/action-filter.service';
import { todayIso } from '../tree/tree.assembler';
import { ActionView } from '../tree/tree.views';
import { MAX_SEARCH_LENGTH, MAX_SEARCH_RESULTS } from './search-vectors';
import { MATCH_END, MATCH_START, SnippetPart, snippetParts } from './snippet';
import { queryRows } from '@waymark/api/database';

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
  narrativeMatch: boolean;
  total: number;
}

interface SnippetRow {
  id: string;
  titleMatch: boolean;
  descriptionMatch: boolean;
  snippetField: Exclude<SearchMatchField, 'ref'>;
  headline: string | null;
  periodName: string | null;
}

const QUERY = `websearch_to_tsquery('english', $15)`;

/**
 * Searches the stored vectors (migration 1797400000000-stored-search-vectors, GIN-indexed, kept in step by triggers):
 * `action_search.vector` (reference and title weight A, description B) and `progress_update_search.vector` (one
 * update's narrative, with its action_id). Stored, so ranking and phrase rechecks read them instead of re-parsing text.
 *
 * The best matches among the filtered actions ($1–$14: FILTERED_ACTIONS_FROM; $15 the search text, $16 the limit),
 * with the number of all matches. Ranking tiers, each below the one above: an exact reference (1), then
 * PostgreSQL's ts_rank over reference and title (weight A, about 0.06 and up) and description (weight B, about
 * 0.024 and up), then narrative-only matches scored by how many of the action's updates matched (at most 0.01):
 * ranking every matching narrative would re-parse thousands of them for a common word.
 */
const CANDIDATES_SQL = `
  WITH scope AS MATERIALIZED (SELECT a.id, a.ref ${FILTERED_ACTIONS_FROM}),
  action_hits AS (
    SELECT v.action_id AS id, ts_rank(v.vector, ${QUERY}) AS rank FROM action_search v
    WHERE v.vector @@ ${QUERY} AND v.action_id IN (SELECT id FROM scope)
  ),
  narrative_hits AS (
    SELECT v.action_id AS id, count(*) AS matches FROM progress_update_search v
    WHERE v.vector @@ ${QUERY} AND v.action_id IN (SELECT id FROM scope)
    GROUP BY v.action_id
  ),
  scored AS (
    SELECT sc.id, coalesce(lower(sc.ref) = lower($15), false) AS "refMatch", nh.id IS NOT NULL AS "narrativeMatch",
      CASE WHEN lower(sc.ref) = lower($15) THEN 1 ELSE 0 END + coalesce(ah.rank, 0) + coalesce(0.002 * least(nh.matches, 5), 0) AS score
    FROM scope sc LEFT JOIN action_hits ah ON ah.id = sc.id LEFT JOIN narrative_hits nh ON nh.id = sc.id
    WHERE ah.id IS NOT NULL OR nh.id IS NOT NULL OR lower(sc.ref) = lower($15)
  )
  SELECT id, score::float8 AS score, "refMatch", "narrativeMatch", (count(*) OVER ())::int AS total
  FROM scored ORDER BY score DESC, id LIMIT $16`;

const HEADLINE_OPTIONS = `'StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;

/**
 * Snippets for the shown actions ($1; $3 whose narrative matched, $4 whose reference did): one ts_headline each, of
 * the title when it or the reference matched (or nothing else did), else the description when it matched, else the
 * latest matching update's narrative, whose period is named whenever a narrative matched.
 */
const SNIPPETS_SQL = `
  WITH q AS (SELECT websearch_to_tsquery('english', $2) AS query),
  picked AS (
    SELECT a.id, a.title, a.description, pick.narrative, pick.ref,
      to_tsvector('english'::regconfig, a.title) @@ q.query AS title_match,
      coalesce(to_tsvector('english'::regconfig, a.description) @@ q.query, false) AS description_match
    FROM q CROSS JOIN unnest($1::uuid[], $3::boolean[], $4::boolean[]) AS pick(action_id, narrative, ref)
    JOIN action a ON a.id = pick.action_id
  )
  SELECT p.id, p.title_match AS "titleMatch", p.description_match AS "descriptionMatch", f.field AS "snippetField",
    ts_headline('english', CASE f.field WHEN 'title' THEN p.title WHEN 'description' THEN p.description ELSE nu.narrative END, q.query,
      ${HEADLINE_OPTIONS}) AS headline,
    nu.name AS "periodName"
  FROM q CROSS JOIN picked p
  CROSS JOIN LATERAL (
    SELECT CASE WHEN p.title_match OR p.ref OR NOT (p.description_match OR p.narrative) THEN 'title'
      WHEN p.description_match THEN 'description' ELSE 'narrative' END AS field
  ) f
  LEFT JOIN LATERAL (
    SELECT u.narrative, rp.name FROM progress_update_search v
    JOIN progress_update u ON u.id = v.update_id JOIN reporting_period rp ON rp.id = u.period_id
    WHERE p.narrative AND v.action_id = p.id AND v.vector @@ q.query
    ORDER BY rp.starts_on DESC, rp.id DESC LIMIT 1
  ) nu ON true`;

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
    const params = [
      ...filteredActionsParams(actor, { ...filter, actionIds: null }, todayIso(actor.timeZone)),
      query,
      MAX_SEARCH_RESULTS,
    ];
    const candidates = await queryRows<Candidate>(this.dataSource, CANDIDATES_SQL, params);
    if (candidates.length === 0) {
      const [{ words }] = await queryRows<{ words: number }>(
        this.dataSource,
        `SELECT numnode(websearch_to_tsquery('english', $1)) AS words`,
        [query],
      );
      if (words === 0) {
        throw badInput([
          {
            field: 'input.query',
            message:
              'Search for a word from a title or update, or a reference such as 1.2.3: very common words like "the" are ignored',
          },
        ]);
      }
      return { hits: [], total: 0 };
    }
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const [actions, snippets] = await Promise.all([
      this.filters.actions(actor, { actionIds: candidates.map((c) => c.id) }),
      queryRows<SnippetRow>(this.dataSource, SNIPPETS_SQL, [
        candidates.map((c) => c.id),
        query,
        candidates.map((c) => c.narrativeMatch),
        candidates.map((c) => c.refMatch),
      ]),
    ]);
    const snippetById = new Map(snippets.map((s) => [s.id, s]));
    const hits = actions
      .map((action) => ({ action, candidate: byId.get(action.id) as Candidate }))
      .sort(
        (x, y) =>
          y.candidate.score - x.candidate.score ||
          x.action.numberLabel.localeCompare(y.action.numberLabel, 'en', { numeric: true }),
      )
      .map(({ action, candidate }) => toHit(action, candidate, snippetById.get(action.id) as SnippetRow));
    return { hits, total: candidates[0].total };
  }
}

function assertSearchable(query: string): void {
  if (query === '') throw badInput([{ field: 'input.query', message: 'Enter a word or reference to search for' }]);
  if (query.length > MAX_SEARCH_LENGTH)
    throw badInput([
      { field: 'input.query', message: `Search terms must be ${MAX_SEARCH_LENGTH} characters or fewer` },
    ]);
  if (!/[\p{L}\p{N}]/u.test(query))
    throw badInput([{ field: 'input.query', message: 'Search terms must include a letter or a number' }]);
}

function toHit(action: ActionView, candidate: Candidate, row: SnippetRow): ActionSearchHit {
  const matchedIn: SearchMatchField[] = [];
  if (candidate.refMatch) matchedIn.push('ref');
  if (row.titleMatch) matchedIn.push('title');
  if (row.descriptionMatch) matchedIn.push('description');
  if (candidate.narrativeMatch) matchedIn.push('narrative');
  // Otherwise only the words of the reference matched ("HC" for HC-04).
  if (matchedIn.length === 0) matchedIn.push('ref');
  return {
    action,
    score: candidate.score,
    matchedIn,
    snippet: snippetParts(row.headline ?? action.title),
    snippetField: row.snippetField,
    narrativePeriodName: candidate.narrativeMatch ? row.periodName : null,
  };
}
