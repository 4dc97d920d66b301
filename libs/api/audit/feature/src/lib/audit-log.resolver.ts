import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { AuditLogInput } from './audit-log.input';
import { AuditLogPageModel } from './audit-log.models';
import { AuditLogService } from './audit-log.service';

@Resolver()
export class AuditLogResolver {
  constructor(private readonly log: AuditLogService) {}

  @Query(() => AuditLogPageModel, {
    description: 'Who changed what and when in the partnership, newest first, filtered and paged. Administrator.',
  })
  auditLog(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => AuditLogInput, nullable: true }) input?: AuditLogInput,
  ): Promise<AuditLogPageModel> {
    // Typed as the class (not `| null`) so the validation pipe sees it and checks its fields.
    return this.log.page(actor, input ?? {});
  }
}
