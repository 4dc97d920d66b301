// Samples how many connections the instances hold on PostgreSQL, for sizing max_connections.
import pg from 'pg';

export function sampleConnections(url, everyMs = 500) {
  const client = new pg.Client({ connectionString: url });
  let peak = 0;
  const ready = client.connect();
  const timer = setInterval(() => {
    ready
      .then(() =>
        client.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        ),
      )
      .then((r) => (peak = Math.max(peak, r.rows[0].n)))
      .catch(() => undefined);
  }, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await ready;
      const max = (await client.query('SHOW max_connections')).rows[0].max_connections;
      await client.end();
      return { peak, max: Number(max) };
    },
  };
}
