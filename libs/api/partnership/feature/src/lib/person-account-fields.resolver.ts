import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { AccountStatus, PersonModel } from './models/person.model';

/**
 * Whether and when someone signs in is administrators' business: for anyone else these fields answer null (not an
 * error, so the same People selection works for every role and a list never fails because of them).
 */
@Resolver(() => PersonModel)
export class PersonAccountFieldsResolver {
  @ResolveField(() => AccountStatus, {
    nullable: true,
    description: 'Whether the person can sign in. Administrators only; null for anyone else.',
  })
  accountStatus(@Parent() person: PersonModel, @CurrentActor() actor: Actor): PersonModel['accountStatus'] | null {
    return actor.isAdministrator ? person.accountStatus : null;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'When the person last signed in. Administrators only; null for anyone else.',
  })
  lastSignedInAt(@Parent() person: PersonModel, @CurrentActor() actor: Actor): Date | null {
    return actor.isAdministrator ? person.lastSignedInAt : null;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'When the person was deactivated. Administrators only; null for anyone else.',
  })
  deactivatedAt(@Parent() person: PersonModel, @CurrentActor() actor: Actor): Date | null {
    return actor.isAdministrator ? person.deactivatedAt : null;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'When the live invitation expires, if there is one. Administrators only; null for anyone else.',
  })
  invitationExpiresAt(@Parent() person: PersonModel, @CurrentActor() actor: Actor): Date | null {
    return actor.isAdministrator ? person.invitationExpiresAt : null;
  }
}
