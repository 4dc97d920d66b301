import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { LoggedRequest } from './logging';
import type { Metrics } from './metrics';

interface RequestContext extends BaseContext {
  readonly req?: LoggedRequest;
}

/** Names each GraphQL request's log line after its operation and times operations for /metrics. */
export function graphqlObserver(metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    // Apollo's hooks answer promises; these do no I/O, so each returns a settled one.
    requestDidStart() {
      const end = metrics.graphqlDuration.startTimer();
      let operation = 'unparsed';
      let type = 'unknown';
      return Promise.resolve({
        didResolveOperation({ operationName, operation: definition, contextValue }) {
          operation = metrics.operationLabel(operationName);
          type = definition?.operation ?? type;
          if (contextValue.req) contextValue.req.graphqlOperation = `${type} ${operationName ?? 'anonymous'}`;
          return Promise.resolve();
        },
        willSendResponse({ response }) {
          const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          end({ operation, type, outcome: failed ? 'error' : 'ok' });
          return Promise.resolve();
        },
      });
    },
  };
}
