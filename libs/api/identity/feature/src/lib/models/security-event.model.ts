import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('SecurityEvent', {
  description: 'A security event of the partnership, from the audit trail. Administrators.',
})
export class SecurityEventModel {
  @Field(() => ID) id!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field({
    description:
      "What happened, as in the log's `event` field: sign_in_failed, sign_in_throttled, sign_in_delay_notified, sign_in_unlocked, sign_in_refused_sso_only, sign_in_oidc, password_change_refused, password_change_throttled, password_changed, password_reset, role_changed, person_deactivated, person_reactivated, single_sign_on_link_cleared, access_refused.",
  })
  event!: string;
  @Field(() => ID, { description: 'The person concerned.' }) personId!: string;
  @Field() personName!: string;
  @Field(() => String, { nullable: true, description: 'Who did it, when signed in.' }) actorName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What was refused or changed (an operation, a role), when recorded.',
  })
  detail!: string | null;
}
