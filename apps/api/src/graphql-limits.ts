import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits every GraphQL document must pass before it is validated or executed, so no request, signed in or not, can
 * spend the server's CPU and memory on its shape. Set with headroom over the web app's largest operation (checked
 * by graphql-limits.spec.ts against every generated document): a token cap (graphql-js, while parsing, so a 5,000
 * fragment chain is refused before validation recurses into it), depth, aliases, directives and a cost estimate.
 * Refusals are GraphQL errors (GRAPHQL_PARSE_FAILED or GRAPHQL_VALIDATION_FAILED) with HTTP 400.
 */
export const GRAPHQL_LIMITS = { tokens: 4_000, depth: 10, aliases: 15, directives: 10, cost: 20_000 } as const;

export function graphqlLimits(): ReturnType<ApolloArmor['protect']> & { parseOptions: { maxTokens: number } } {
  const armor = new ApolloArmor({
    // graphql-js counts tokens itself (Apollo answers 400 GRAPHQL_PARSE_FAILED); armor's token plugin throws from a
    // plugin hook, which Apollo turns into a 500.
    maxTokens: { enabled: false },
    // Depth is the answer's nesting, in fields: a fragment spread is not a level of it.
    maxDepth: { n: GRAPHQL_LIMITS.depth, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.aliases },
    maxDirectives: { n: GRAPHQL_LIMITS.directives },
    costLimit: { maxCost: GRAPHQL_LIMITS.cost },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return { ...armor, parseOptions: { maxTokens: GRAPHQL_LIMITS.tokens } };
}
