import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, notFound } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';
import {
  assembleIndicators,
  IndicatorQueryable,
  selectIndicatorsById,
  selectIndicatorValues,
  selectStrategyIndicators,
} from './indicator.queries';
import { IndicatorView } from './indicator.views';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Performance indicators of a strategy with their values per period: two statements whatever the count. */
@Injectable()
export class IndicatorReadService {
  constructor(private readonly dataSource: DataSource) {}

  async indicators(
    actor: Actor,
    strategyId: string,
    q: IndicatorQueryable = this.dataSource,
  ): Promise<IndicatorView[]> {
    if (!UUID.test(strategyId)) throw notFound('Strategy', strategyId);
    const { strategy, indicators } = await selectStrategyIndicators(q, strategyId);
    if (!strategy || strategy.archivedAt || strategy.partnershipId !== actor.partnershipId)
      throw notFound('Strategy', strategyId);
    AccessPolicy.assertCanRead(actor, strategy.partnershipId);
    const values = await selectIndicatorValues(
      q,
      indicators.map((i) => i.id),
    );
    return assembleIndicators(indicators, values);
  }

  /** One indicator (archived included) with its values, for answering a write. */
  async indicator(id: string, q: IndicatorQueryable = this.dataSource): Promise<IndicatorView> {
    const rows = await selectIndicatorsById(q, [id]);
    if (!rows[0]) throw notFound('Indicator', id);
    const [view] = assembleIndicators(rows, await selectIndicatorValues(q, [id]));
    return view;
  }
}
