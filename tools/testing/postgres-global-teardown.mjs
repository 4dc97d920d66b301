export default async function globalTeardown() {
  if (globalThis.__WAYMARK_PG__) await globalThis.__WAYMARK_PG__.stop();
}
