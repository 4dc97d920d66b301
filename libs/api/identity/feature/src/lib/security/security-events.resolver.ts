import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { SecurityEventLog } from '@waymark/api/identity/data-access';
import { Actor, CurrentActor, badInput } from '@waymark/api/shared/util';
import { SecurityEventModel } from '../models/security-event.model';

const MAX_LIMIT = 500;

@Resolver()
export class SecurityEventsResolver {
  constructor(private readonly log: SecurityEventLog) {}

  @Query(() => [SecurityEventModel], {
    description: "The partnership's security events, newest first (at most 500). Administrator.",
  })
  async securityEvents(
    @CurrentActor() actor: Actor,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
  ): Promise<SecurityEventModel[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
      throw badInput([{ field: 'limit', message: `must be between 1 and ${MAX_LIMIT}` }]);
    return this.log.recent(actor, limit);
  }
}
