import { Client, type Pool } from 'pg';

/**
 * `SELECT 1` on a connection of its own, kept open between probes: the pool may be exhausted by the very stall being
 * checked, and opening a connection per probe (a new server process, password exchange, name lookup) measured how
 * fast PostgreSQL starts a session on a busy machine rather than whether it answers; that ended healthy downloads.
 * A probe that fails drops the connection, so the next one starts afresh.
 */
export class OwnConnectionProbe {
  private client: Client | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly timeoutMs: number,
  ) {}

  readonly check = async (): Promise<void> => {
    try {
      const client = this.client ?? (await this.connect());
      await client.query('SELECT 1');
    } catch (error) {
      this.close();
      throw error;
    }
  };

  close(): void {
    const client = this.client;
    this.client = undefined;
    void client?.end().catch(() => undefined);
  }

  private async connect(): Promise<Client> {
    const options = {
      ...this.pool.options,
      connectionTimeoutMillis: this.timeoutMs,
      query_timeout: this.timeoutMs,
      statement_timeout: this.timeoutMs,
    };
    const client = new Client(options);
    client.on('error', () => {
      if (this.client === client) this.close();
    });
    try {
      await client.connect();
    } catch (error) {
      void client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    return client;
  }
}
