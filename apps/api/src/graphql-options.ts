import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
// @nestjs/apollo requires this lazily as an optional peer, so the build's generated package.json left it out and
// the production install lacked it (the app exited at boot). A static import puts it in the dependency graph.
import '@as-integrations/express5';

/**
 * Apollo settings: CSRF prevention stays on, batching off, no schema hints in errors. No cache-control plugin:
 * nothing sets cache hints, and its per-field hook made Apollo wrap every resolver (measurable on 600-action trees).
 */
export function graphqlOptions(): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: process.env['NODE_ENV'] !== 'production',
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginCacheControlDisabled()],
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
