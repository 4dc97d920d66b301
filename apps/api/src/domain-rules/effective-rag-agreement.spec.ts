import { seededRandom } from '@waymark/api/demo-data';
import { effectiveRagSql } from '@waymark/api/shared/util';
import { effectiveRag, Rag } from '@waymark/shared/domain';
import { startTestApp, TestApp } from '../testing/test-app';

const RAGS: ReadonlyArray<Rag | null> = [null, ...Object.values(Rag)];

/** One rule for the RAG the board sees: `effectiveRag` (TypeScript) and `effectiveRagSql` (PostgreSQL) agree. */
describe('effective RAG: the SQL and the TypeScript rule agree', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  }, 60_000);
  afterAll(() => api.close());

  it('on every pair of proposed and validated RAG, and 300 generated updates', async () => {
    const random = seededRandom(18);
    const pick = () => RAGS[Math.floor(random() * RAGS.length)];
    const pairs = RAGS.flatMap((proposedRag) => RAGS.map((validatedRag) => ({ proposedRag, validatedRag })));
    for (let i = 0; i < 300; i++) pairs.push({ proposedRag: pick(), validatedRag: pick() });

    // The expression as the API's statements use it, over rows of the same column names and `rag` enum type.
    const rows: Array<{ rag: Rag | null }> = await api.dataSource.query(
      `SELECT ${effectiveRagSql('u')}::text AS rag
         FROM unnest($1::rag[], $2::rag[]) WITH ORDINALITY AS u(proposed_rag, validated_rag, i) ORDER BY u.i`,
      [pairs.map((p) => p.proposedRag), pairs.map((p) => p.validatedRag)],
    );

    expect(rows.map((row) => row.rag)).toEqual(pairs.map((pair) => effectiveRag(pair)));
    // The generated data reaches every case: each outcome, and a validated RAG overriding a different proposed one.
    expect(new Set(rows.map((row) => row.rag))).toEqual(new Set(RAGS));
    expect(pairs.some((p) => p.validatedRag && p.proposedRag && p.validatedRag !== p.proposedRag)).toBe(true);
  });
});
