import type { Pool, PoolClient } from 'pg';

/**
 * pg 8.23 answers a `query_timeout` with an error but leaves the query on the connection (node-postgres issue 3399):
 * the client stays "busy" and every later query on it queues behind a statement that may never finish. Such a
 * client is ended as it is released, so the pool discards it instead of handing it to the next request.
 */
export function discardUnfinishedClients(pool: Pool): void {
  pool.on('release', (_error: Error, client: PoolClient) => {
    if (!isReadyForQuery(client)) void client.end().catch(() => undefined);
  });
}

// pg has no public "is this client idle" accessor; `readyForQuery` is what its own queue checks before sending.
function isReadyForQuery(client: PoolClient): boolean {
  const ready: unknown = Reflect.get(client, 'readyForQuery');
  return ready === true;
}
