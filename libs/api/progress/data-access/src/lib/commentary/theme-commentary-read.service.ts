import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, notFound } from '@waymark/api/shared/util';
import { compareOrdered } from '@waymark/shared/domain';
import { DataSource } from 'typeorm';
import {
  queryRows,
  type CamelRow,
  type ReportingPeriodRow,
  type StrategyRow,
  type ThemeCommentaryRow,
  type ThemeRow,
} from '@waymark/api/database';

/** The strategy, the period if it is the strategy's, and each live theme (one row per theme, or one with nulls). */
type StrategyThemeRow = {
  partnershipId: StrategyRow['partnership_id'];
  strategyArchived: boolean;
  periodId: ReportingPeriodRow['id'] | null;
  themeId: ThemeRow['id'] | null;
  themeTitle: ThemeRow['title'] | null;
  sortOrder: ThemeRow['sort_order'] | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type CommentaryParagraphView = CamelRow<
  Pick<
    ThemeCommentaryRow,
    'id' | 'theme_id' | 'period_id' | 'body' | 'sort_order' | 'author_id' | 'version' | 'archived_at'
  >
>;

export interface ThemeCommentarySectionView {
  readonly themeId: string;
  /** 1, 2, 3… in theme order (derived, as in the tree). */
  readonly themeNumber: number;
  readonly themeTitle: string;
  readonly paragraphs: CommentaryParagraphView[];
}

/**
 * The commentary paragraphs of every live theme of a strategy for one period, themes and paragraphs
 * in order; themes without commentary come back with no paragraphs. Two statements.
 */
@Injectable()
export class ThemeCommentaryReadService {
  constructor(private readonly dataSource: DataSource) {}

  async themeCommentary(actor: Actor, strategyId: string, periodId: string): Promise<ThemeCommentarySectionView[]> {
    if (!UUID.test(strategyId)) throw notFound('Strategy', strategyId);
    if (!UUID.test(periodId)) throw notFound('ReportingPeriod', periodId);
    const rows = await queryRows<StrategyThemeRow>(
      this.dataSource,
      `SELECT s.partnership_id AS "partnershipId", s.archived_at IS NOT NULL AS "strategyArchived", rp.id AS "periodId",
              t.id AS "themeId", t.title AS "themeTitle", t.sort_order AS "sortOrder"
         FROM strategy s
         LEFT JOIN reporting_period rp ON rp.id = $2 AND rp.strategy_id = s.id
         LEFT JOIN theme t ON t.strategy_id = s.id AND t.archived_at IS NULL
        WHERE s.id = $1`,
      [strategyId, periodId],
    );
    const first = rows[0];
    if (!first || first.strategyArchived || first.partnershipId !== actor.partnershipId)
      throw notFound('Strategy', strategyId);
    AccessPolicy.assertCanRead(actor, first.partnershipId);
    if (!first.periodId) throw notFound('ReportingPeriod', periodId);
    const themes = rows
      .filter((r) => r.themeId !== null)
      .map((r) => ({ id: String(r.themeId), title: String(r.themeTitle), sortOrder: Number(r.sortOrder) }))
      .sort(compareOrdered);
    if (themes.length === 0) return [];
    const paragraphs = await queryRows<CommentaryParagraphView>(
      this.dataSource,
      `SELECT id, theme_id AS "themeId", period_id AS "periodId", body, sort_order AS "sortOrder", author_id AS "authorId", version, archived_at AS "archivedAt"
         FROM theme_commentary
        WHERE period_id = $1 AND theme_id = ANY($2::uuid[]) AND archived_at IS NULL
        ORDER BY sort_order, created_at, id`,
      [periodId, themes.map((t) => t.id)],
    );
    const byTheme = new Map<string, CommentaryParagraphView[]>();
    for (const p of paragraphs) {
      const view: CommentaryParagraphView = { ...p, authorId: p.authorId ?? null, archivedAt: p.archivedAt ?? null };
      byTheme.set(view.themeId, [...(byTheme.get(view.themeId) ?? []), view]);
    }
    return themes.map((t, index) => ({
      themeId: t.id,
      themeNumber: index + 1,
      themeTitle: t.title,
      paragraphs: byTheme.get(t.id) ?? [],
    }));
  }
}
