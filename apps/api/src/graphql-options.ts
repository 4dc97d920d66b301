import type { ApolloDriverConfig } from '@nestjs/apollo';

/** Apollo settings: CSRF prevention stays on, batching off, no schema hints in errors. */
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
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
