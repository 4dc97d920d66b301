import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, notFound } from '@waymark/api/shared/util';
import {
  countedRag,
  LifecycleStatus,
  numberSiblings,
  Rag,
  RagDistribution,
  ragDistribution,
  ReviewState,
} from '@waymark/shared/domain';
import { DataSource } from 'typeorm';
import { queryRows } from '@waymark/api/database';

export interface ThemeRagDistributionView extends RagDistribution {
  readonly themeId: string;
  readonly themeNumber: number;
  readonly themeTitle: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** RAG counts per theme for one period: the board report's summary table. Two statements. */
@Injectable()
export class RagDistributionService {
  constructor(private readonly dataSource: DataSource) {}

  async ragDistribution(actor: Actor, strategyId: string, periodId: string): Promise<ThemeRagDistributionView[]> {
    if (!UUID.test(strategyId)) throw notFound('Strategy', strategyId);
    if (!UUID.test(periodId)) throw notFound('ReportingPeriod', periodId);
    const owners = await queryRows<{ partnershipId: string; periodFound: boolean }>(
      this.dataSource,
      `SELECT s.partnership_id AS "partnershipId", EXISTS (SELECT 1 FROM reporting_period WHERE id = $2 AND strategy_id = s.id) AS "periodFound"
       FROM strategy s WHERE s.id = $1 AND s.archived_at IS NULL`,
      [strategyId, periodId],
    );
    if (!owners[0] || owners[0].partnershipId !== actor.partnershipId) throw notFound('Strategy', strategyId);
    AccessPolicy.assertCanRead(actor, owners[0].partnershipId);
    if (!owners[0].periodFound) throw notFound('ReportingPeriod', periodId);
    type Row = {
      themeId: string;
      themeTitle: string;
      sortOrder: number;
      actionId: string | null;
      actionLifecycle: LifecycleStatus | null;
      reviewState: ReviewState | null;
      lifecycleStatus: LifecycleStatus | null;
      proposedRag: Rag | null;
      validatedRag: Rag | null;
    };
    const rows: Row[] = await this.dataSource.query(
      `SELECT t.id AS "themeId", t.title AS "themeTitle", t.sort_order AS "sortOrder", a.id AS "actionId", a.lifecycle_status AS "actionLifecycle",
                u.review_state AS "reviewState", u.lifecycle_status AS "lifecycleStatus", u.proposed_rag AS "proposedRag", u.validated_rag AS "validatedRag"
         FROM theme t
         LEFT JOIN action a ON a.theme_id = t.id AND a.archived_at IS NULL
           AND (a.objective_id IS NULL OR EXISTS (SELECT 1 FROM objective o WHERE o.id = a.objective_id AND o.archived_at IS NULL))
         LEFT JOIN progress_update u ON u.action_id = a.id AND u.period_id = $2
         WHERE t.strategy_id = $1 AND t.archived_at IS NULL`,
      [strategyId, periodId],
    );
    const themes = new Map<string, { id: string; title: string; sortOrder: number; rags: Array<Rag | null> }>();
    for (const row of rows) {
      const theme = themes.get(row.themeId) ?? {
        id: row.themeId,
        title: row.themeTitle,
        sortOrder: row.sortOrder,
        rags: [],
      };
      if (row.actionId)
        theme.rags.push(
          countedRag(row.reviewState ? { ...row, reviewState: row.reviewState } : null, row.actionLifecycle),
        );
      themes.set(row.themeId, theme);
    }
    const numbers = numberSiblings([...themes.values()]);
    return [...themes.values()]
      .map((theme) => ({
        themeId: theme.id,
        themeTitle: theme.title,
        themeNumber: numbers.get(theme.id) ?? 0,
        ...ragDistribution(theme.rags),
      }))
      .sort((a, b) => a.themeNumber - b.themeNumber);
  }
}
