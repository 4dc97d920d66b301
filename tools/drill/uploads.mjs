// Check 3: an oversized anonymous GraphQL body, and a zip bomb and a huge sheet as a signed-in plan import.
// Each must be refused clearly, the instance must stay up, and its memory is sampled throughout.
import { GraphQLClient } from '../replicas/graphql-client.mjs';
import { signIn } from '../replicas/journeys.mjs';
import { memoryOf, sampleRss } from './processes.mjs';
import { hugeSheet, zipBomb } from './workbooks.mjs';

const MB = 1024 * 1024;
const PREVIEW = `mutation Preview($input: PlanImportInput!) { previewPlanImport(input: $input) { canApply rowsRead problems { message } } }`;
const NEW_STRATEGY = { title: 'Drill import', startYear: 2024, endYear: 2027 };
const size = (bytes) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);

async function oversizedBody(url) {
  const body = JSON.stringify({ query: 'query Pad($pad: String) { __typename }', variables: { pad: 'x'.repeat(14 * MB) } });
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  } catch (error) {
    // The server may answer 413 and close the connection before the whole body is sent.
    return { status: error.name === 'TimeoutError' ? 'timeout' : `network (${error.cause?.code ?? error.message})`, ms: performance.now() - started };
  }
}

/** Sends the file as a plan import preview; a refusal is a GraphQL error with a code and a readable message. */
async function importFile(admin, label, file) {
  const result = await admin.mutate(label, PREVIEW, {
    input: { fileName: 'plan.xlsx', contentBase64: file.bytes.toString('base64'), newStrategy: NEW_STRATEGY },
  });
  const error = result.errors?.[0];
  return {
    refused: Boolean(error) && result.record.kind.startsWith('graphql:') && result.record.kind !== 'graphql:INTERNAL_SERVER_ERROR',
    kind: result.record.kind,
    message: error?.message ?? JSON.stringify(result.data),
    ms: result.record.ms,
  };
}

const mb = (value) => `${value.toFixed(0)} MB`;

export async function sendUploads({ instance, account, log }) {
  const failures = [];
  const rows = [];
  const rssBefore = memoryOf(instance.pid)?.rssMb ?? NaN;
  let rss = sampleRss(instance.pid);

  const big = await oversizedBody(instance.url);
  log(`14 MB anonymous body: ${big.status} in ${big.ms.toFixed(0)} ms`);
  if (big.status !== 413) failures.push(`the 14 MB anonymous body got ${big.status}, not 413`);
  rows.push(['14 MB anonymous GraphQL body', `${big.status} in ${big.ms.toFixed(0)} ms; RSS peak ${mb(rss.stop().peakMb)}`]);

  const admin = new GraphQLClient(instance.url, []);
  await signIn(admin, account);
  for (const [label, build] of [
    ['zip bomb', () => zipBomb(200)],
    ['huge sheet', () => hugeSheet(300_000)],
  ]) {
    const file = await build();
    const ratio = file.sheetBytes / file.bytes.length;
    rss = sampleRss(instance.pid);
    const answer = await importFile(admin, label, file);
    const peak = rss.stop();
    const what = `${size(file.bytes.length)} file, sheet ${size(file.sheetBytes)} (${ratio.toFixed(0)}:1)`;
    log(`${label}: ${what} → ${answer.kind} in ${answer.ms.toFixed(0)} ms: ${answer.message}`);
    if (!answer.refused) failures.push(`the ${label} was not refused clearly: ${answer.kind} ${answer.message}`);
    rows.push([`${label} import`, `${what} → ${answer.kind} in ${answer.ms.toFixed(0)} ms; RSS peak ${mb(peak.peakMb)}`]);
    rows.push(['', `"${answer.message.slice(0, 150)}"`]);
  }

  const hwm = memoryOf(instance.pid)?.hwmMb ?? NaN;
  const ready = await fetch(`${instance.url}/health/ready`, { signal: AbortSignal.timeout(5_000) }).then(
    (r) => r.status,
    () => 'no answer',
  );
  if (!instance.alive()) failures.push(`the instance died during the uploads (${JSON.stringify(instance.exit)})`);
  else if (ready !== 200) failures.push(`/health/ready answered ${ready} after the uploads`);
  rows.push(['instance RSS', `${mb(rssBefore)} before the uploads; VmHWM (peak since start) ${mb(hwm)} after them`]);
  rows.push(['after the uploads', instance.alive() ? `alive, /health/ready ${ready}` : 'DIED']);
  return { failures, rows };
}
