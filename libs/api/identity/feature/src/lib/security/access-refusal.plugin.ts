import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Logger } from '@nestjs/common';
import type { SecurityEvents } from '@waymark/api/identity/data-access';
import { ErrorCode, type RequestWithActor } from '@waymark/api/shared/util';

interface RequestContext extends BaseContext {
  readonly req?: RequestWithActor;
}

const log = new Logger('Security');

/**
 * Every FORBIDDEN answer (a signed-in person asking for something their role does not allow) becomes a security event:
 * a log line and an audit row on the person, naming the operation ("mutation unlockSignIn"). The answer itself is
 * unchanged; a failure to record it is logged, never put in its place.
 */
export function accessRefusalPlugin(events: SecurityEvents): ApolloServerPlugin<RequestContext> {
  return {
    // Apollo's hook answers a promise; choosing the listener needs no I/O.
    requestDidStart() {
      return Promise.resolve({
        async didEncounterErrors({ errors, contextValue, operation }) {
          const actor = contextValue.req?.actor;
          if (!actor) return;
          const refused = errors.filter((e) => e.extensions['code'] === ErrorCode.Forbidden);
          const fields = [...new Set(refused.map((e) => String(e.path?.[0] ?? 'unknown')))];
          for (const field of fields) {
            await events
              .record({
                type: 'access_refused',
                personId: actor.personId,
                partnershipId: actor.partnershipId,
                actorId: actor.personId,
                detail: `${operation?.operation ?? 'operation'} ${field}`,
              })
              .catch((failure: unknown) =>
                log.error({ event: 'access_refused_not_recorded', category: 'security', cause: String(failure) }),
              );
          }
        },
      });
    },
  };
}
