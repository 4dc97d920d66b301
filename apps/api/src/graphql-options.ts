import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { WaymarkConfig } from '@waymark/api/shared/config';
import { graphqlObserver } from './observability/graphql-observer.plugin';
import type { Metrics } from './observability/metrics';

/**
 * Apollo settings: CSRF prevention stays on, batching off, no schema hints in errors. No cache-control plugin:
 * nothing sets cache hints, and its per-field hook made Apollo wrap every resolver (measurable on 600-action trees).
 */
export function graphqlOptions(config: WaymarkConfig, metrics: Metrics): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginCacheControlDisabled(), graphqlObserver(metrics)],
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
