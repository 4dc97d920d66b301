import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { LoggedRequest } from './logging';
import type { Metrics } from './metrics';

interface RequestContext extends BaseContext {
  readonly req?: LoggedRequest;
}

/** Names each GraphQL request's log line after its operation and times operations for /metrics. */
export function graphqlObserver(metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const end = metrics.graphqlDuration.startTimer();
      let operation = 'unparsed';
      let type = 'unknown';
      return {
        async didResolveOperation({ operationName, operation: definition, contextValue }) {
          operation = metrics.operationLabel(operationName);
          type = definition?.operation ?? type;
          if (contextValue.req) contextValue.req.graphqlOperation = `${type} ${operationName ?? 'anonymous'}`;
        },
        async willSendResponse({ response }) {
          const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          end({ operation, type, outcome: failed ? 'error' : 'ok' });
        },
      };
    },
  };
}
