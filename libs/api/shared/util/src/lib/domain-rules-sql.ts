/**
 * Rules of `@waymark/shared/domain` that SQL computes where a statement needs them (a filter, or JSON built in SQL).
 * Each is held to its TypeScript rule on generated data by `apps/api/src/domain-rules/*-agreement.spec.ts`.
 */

/** `effectiveRag`: the senior officers' validated RAG, else the lead's proposed one; `update` is a progress_update alias. */
export const effectiveRagSql = (update: string): string => `coalesce(${update}.validated_rag, ${update}.proposed_rag)`;

/**
 * Plan numbering (`numberSiblings` and `actionNumberLabel`; the reports' "2.1 ii)"), as the CTEs `live_theme` and
 * `live_objective` (`n`: position among live siblings by sort order, then id) and `live_action` (`number`:
 * "theme.objective roman)", or "theme roman)" directly under a theme) over the live plan of partnership `$1`.
 */
export const LIVE_PLAN_NUMBERS_CTES = `live_theme AS (
         SELECT t.id, t.strategy_id, row_number() OVER (PARTITION BY t.strategy_id ORDER BY t.sort_order, t.id) AS n
           FROM theme t JOIN strategy s ON s.id = t.strategy_id WHERE s.partnership_id = $1 AND t.archived_at IS NULL
       ), live_objective AS (
         SELECT o.id, o.theme_id, row_number() OVER (PARTITION BY o.theme_id ORDER BY o.sort_order, o.id) AS n
           FROM objective o JOIN live_theme lt ON lt.id = o.theme_id WHERE o.archived_at IS NULL
       ), live_action AS (
         SELECT a.id, a.strategy_id, a.title,
                concat_ws('', lt.n::text, '.' || lo.n::text) || ' ' ||
                  lower(btrim(to_char(row_number() OVER (PARTITION BY a.theme_id, a.objective_id ORDER BY a.sort_order, a.id), 'RN'))) || ')' AS number
           FROM action a JOIN live_theme lt ON lt.id = a.theme_id LEFT JOIN live_objective lo ON lo.id = a.objective_id
          WHERE a.archived_at IS NULL AND (a.objective_id IS NULL OR lo.id IS NOT NULL)
       )`;
