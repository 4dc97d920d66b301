import type {
  GatewayExecutor,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { openRawJsonSlots, RawJson, type RawJsonSlots } from '@waymark/api/shared/util';

/** Compiled queries kept per parsed document (Apollo reuses one DocumentNode per query text from its store). */
const MAX_OPERATIONS_PER_DOCUMENT = 10;

/**
 * Executes operations with graphql-jit instead of graphql-js: a document is compiled once into a function that
 * resolves and completes its fields directly, where graphql-js walks the document and the schema for every field of
 * every object (a 600-action tree has ~30,000 leaves). Parsing, validation (with the depth/cost limits), plugins
 * and error formatting stay Apollo's: Apollo hands only execution to a gateway's executor. The gateway serves the
 * schema Nest built (`capture`, called from `transformSchema`).
 */
export class JitExecutorGateway implements GatewayInterface {
  private schema: GraphQLSchema | null = null;
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();

  /** Keeps the schema Nest built; used as `transformSchema`, so it returns it unchanged. */
  readonly capture = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = schema;
    return schema;
  };

  load(): Promise<{ executor: GatewayExecutor }> {
    if (!this.schema)
      return Promise.reject(new Error('JitExecutorGateway: no schema captured (transformSchema was not called)'));
    return Promise.resolve({ executor: this.execute });
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    if (!this.schema) throw new Error('JitExecutorGateway: no schema captured (transformSchema was not called)');
    callback({ apiSchema: this.schema, coreSupergraphSdl: printSchema(this.schema) });
    return () => undefined;
  }

  stop(): Promise<void> {
    this.schema = null;
    return Promise.resolve();
  }

  private readonly execute: GatewayExecutor = async (requestContext) => {
    const { document, operationName, context, request } = requestContext;
    const query = this.compile(document, operationName ?? undefined);
    const slots = openRawJsonSlots(context);
    const result = isCompiledQuery(query) ? await query.query(undefined, context, request.variables ?? {}) : query;
    spliceRawJson(result, slots);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };

  private compile(document: DocumentNode, operationName: string | undefined): CompiledQuery | ExecutionResult {
    if (!this.schema) throw new Error('JitExecutorGateway: stopped');
    let byOperation = this.compiled.get(document);
    if (!byOperation) {
      byOperation = new Map();
      this.compiled.set(document, byOperation);
    }
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (!query) {
      query = compileQuery(this.schema, document, operationName);
      // A document names its operations; only names it holds compile, so this bound is never reached in practice.
      if (byOperation.size < MAX_OPERATIONS_PER_DOCUMENT) byOperation.set(key, query);
    }
    return query;
  }
}

/**
 * A root field whose resolver left its answer as JSON text (`RawJsonSlots`) returned an empty list in its place;
 * where that list reached the data (no error nulled it), the text takes its place.
 */
function spliceRawJson(result: ExecutionResult, slots: RawJsonSlots): void {
  const data = result.data;
  if (!data) return;
  for (const [key, text] of slots.texts) {
    const value = data[key];
    if (Array.isArray(value) && value.length === 0) data[key] = new RawJson(text);
  }
}

/**
 * graphql-jit's errors are GraphQLErrors whose properties are read-only; Apollo and Nest format errors by assigning
 * to them (a NOT_FOUND came out as INTERNAL_SERVER_ERROR "Cannot assign to read only property 'message'"), so each
 * is rebuilt as the error graphql-js would have made: same message, path, locations, extensions and original error.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  if (Object.getPrototypeOf(error) === GraphQLError.prototype) return error;
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  // graphql-jit located the error already; there are no AST nodes here to compute the locations from.
  return Object.assign(rebuilt, { locations: error.locations });
}
