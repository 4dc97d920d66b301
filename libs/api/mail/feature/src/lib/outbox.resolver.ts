import { Query, Resolver } from '@nestjs/graphql';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { OutboxStore } from '@waymark/api/mail/data-access';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { OutboxMessageModel, OutboxStatusValue } from './outbox-message.model';

const OUTBOX_PAGE = 200;

@Resolver(() => OutboxMessageModel)
export class OutboxResolver {
  constructor(private readonly outbox: OutboxStore) {}

  @Query(() => [OutboxMessageModel], {
    description: "The partnership's newest e-mails, newest first (administrators only).",
  })
  async outboxMessages(@CurrentActor() actor: Actor): Promise<OutboxMessageModel[]> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    const rows = await this.outbox.list(actor.partnershipId, OUTBOX_PAGE);
    return rows.map((r) => ({ ...r, status: r.status as OutboxStatusValue }));
  }
}
