import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { SecurityEvents } from '@waymark/api/identity/data-access';
import { accessRefusalPlugin } from '@waymark/api/identity/feature';
import type { WaymarkConfig } from '@waymark/api/shared/config';
import { stringifyGraphQLResult } from '@waymark/api/shared/util';
import { graphqlObserver } from './observability/graphql-observer.plugin';
import type { Metrics } from './observability/metrics';
import { graphqlLimits } from './graphql-limits';
import { JitExecutorGateway } from './graphql-jit-executor';
// @nestjs/apollo requires this lazily as an optional peer, so the build's generated package.json left it out and
// the production install lacked it (the app exited at boot). A static import puts it in the dependency graph.
import '@as-integrations/express5';

/**
 * Apollo settings: CSRF prevention stays on, batching off, no schema hints in errors. No cache-control plugin:
 * nothing sets cache hints, and its per-field hook made Apollo wrap every resolver (measurable on 600-action trees).
 * Operations execute through graphql-jit (`JitExecutorGateway`, given to Apollo as its `gateway`, which the Nest
 * driver passes through though its type leaves it out); parsing, validation, limits and plugins stay Apollo's.
 */
export function graphqlOptions(
  config: WaymarkConfig,
  metrics: Metrics,
  events: SecurityEvents,
): Omit<ApolloDriverConfig, 'driver'> & { gateway: JitExecutorGateway } {
  const limits = graphqlLimits();
  const gateway = new JitExecutorGateway();
  return {
    gateway,
    transformSchema: gateway.capture,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      graphqlObserver(metrics),
      accessRefusalPlugin(events),
      ...limits.plugins,
    ],
    // Writes a field answered as PostgreSQL's JSON text (`RawJson`, see the executor) as that text.
    stringifyResult: stringifyGraphQLResult,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
