// Check 3: oversized GraphQL bodies (anonymous and signed in), an oversized file on the upload endpoint, and a zip
// bomb, a huge sheet and a heavy sheet uploaded to `POST /api/import/uploads` and previewed by id. Each must be
// refused clearly, the instance must stay up, and its memory is sampled throughout.
import { GraphQLClient } from '../replicas/graphql-client.mjs';
import { signIn } from '../replicas/journeys.mjs';
import { memoryOf, sampleRss } from './processes.mjs';
import { heavySheet, hugeSheet, zipBomb } from './workbooks.mjs';

const MB = 1024 * 1024;
const PREVIEW = `mutation Preview($input: PlanImportInput!) { previewPlanImport(input: $input) { canApply rowsRead problems { message } } }`;
const NEW_STRATEGY = { title: 'Drill import', startYear: 2024, endYear: 2027 };
const size = (bytes) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);

async function oversizedBody(url, cookie) {
  const body = JSON.stringify({
    query: 'query Pad($pad: String) { __typename }',
    variables: { pad: 'x'.repeat(14 * MB) },
  });
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  } catch (error) {
    // The server may answer 413 and close the connection before the whole body is sent.
    return {
      status: error.name === 'TimeoutError' ? 'timeout' : `network (${error.cause?.code ?? error.message})`,
      ms: performance.now() - started,
    };
  }
}

/** POST /api/import/uploads as the web app sends it: multipart, the CSRF header, the session cookie. */
async function upload(url, cookie, bytes) {
  const form = new FormData();
  form.append('file', new Blob([bytes]), 'plan.xlsx');
  const started = performance.now();
  try {
    const response = await fetch(`${url}/api/import/uploads`, {
      method: 'POST',
      body: form,
      headers: { cookie, 'apollo-require-preflight': 'true' },
      signal: AbortSignal.timeout(30_000),
    });
    const body = await response.json().catch(() => ({}));
    return { status: response.status, body, ms: performance.now() - started };
  } catch (error) {
    return { status: `network (${error.cause?.code ?? error.message})`, body: {}, ms: performance.now() - started };
  }
}

/**
 * Uploads the file and previews it by id; a refusal is a GraphQL error with a code and a readable message. The
 * preview may take a while (a heavy sheet is parsed until the worker's heap limit stops it): up to 60 s.
 */
async function importFile(admin, url, file) {
  const staged = await upload(url, admin.cookie, file.bytes);
  if (staged.status !== 201)
    return {
      refused: false,
      kind: `upload http-${staged.status}`,
      message: staged.body.message ?? '',
      ms: staged.ms,
      uploadMs: staged.ms,
    };
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.cookie },
      body: JSON.stringify({
        query: PREVIEW,
        variables: { input: { uploadId: staged.body.uploadId, newStrategy: NEW_STRATEGY } },
      }),
      signal: AbortSignal.timeout(60_000),
    });
    const payload = await response.json();
    const error = payload.errors?.[0];
    const kind = error ? `graphql:${error.extensions?.code ?? 'ERROR'}` : 'ok';
    return {
      refused: Boolean(error) && kind !== 'graphql:INTERNAL_SERVER_ERROR',
      kind,
      message: error?.message ?? JSON.stringify(payload.data),
      ms: performance.now() - started,
      uploadMs: staged.ms,
    };
  } catch (error) {
    return {
      refused: false,
      kind: error.name === 'TimeoutError' ? 'timeout' : 'network',
      message: String(error.message),
      ms: performance.now() - started,
      uploadMs: staged.ms,
    };
  }
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
  rows.push([
    '14 MB anonymous GraphQL body',
    `${big.status} in ${big.ms.toFixed(0)} ms; RSS peak ${mb(rss.stop().peakMb)}`,
  ]);

  const admin = new GraphQLClient(instance.url, []);
  await signIn(admin, account);
  rss = sampleRss(instance.pid);
  const signedIn = await oversizedBody(instance.url, admin.cookie);
  log(`14 MB signed-in body: ${signedIn.status} in ${signedIn.ms.toFixed(0)} ms`);
  if (signedIn.status !== 413) failures.push(`the 14 MB signed-in GraphQL body got ${signedIn.status}, not 413`);
  rows.push([
    '14 MB signed-in GraphQL body',
    `${signedIn.status} in ${signedIn.ms.toFixed(0)} ms; RSS peak ${mb(rss.stop().peakMb)}`,
  ]);

  rss = sampleRss(instance.pid);
  const oversized = await upload(instance.url, admin.cookie, Buffer.alloc(12 * MB, 'x'));
  log(`12 MB upload: ${oversized.status} in ${oversized.ms.toFixed(0)} ms: ${oversized.body.message ?? ''}`);
  // The server answers 413 from the declared size and closes the connection without reading the body, so a client
  // still sending may see the connection closed (EPIPE, ECONNRESET) before it reads the answer: also a refusal.
  const closedEarly = typeof oversized.status === 'string' && /EPIPE|ECONNRESET|UND_ERR_SOCKET/.test(oversized.status);
  if (oversized.status !== 413 && !closedEarly) failures.push(`the 12 MB upload got ${oversized.status}, not 413`);
  rows.push([
    '12 MB file upload',
    `${oversized.status} in ${oversized.ms.toFixed(0)} ms; RSS peak ${mb(rss.stop().peakMb)}`,
  ]);

  for (const [label, build] of [
    ['zip bomb', () => zipBomb(200)],
    ['huge sheet', () => hugeSheet(300_000)],
    ['heavy sheet', () => heavySheet(19_000, 40)],
  ]) {
    const file = await build();
    const ratio = file.sheetBytes / file.bytes.length;
    rss = sampleRss(instance.pid);
    const answer = await importFile(admin, instance.url, file);
    const peak = rss.stop();
    const what = `${size(file.bytes.length)} file, sheet ${size(file.sheetBytes)} (${ratio.toFixed(0)}:1)`;
    log(
      `${label}: ${what} → uploaded in ${answer.uploadMs.toFixed(0)} ms, ${answer.kind} in ${answer.ms.toFixed(0)} ms: ${answer.message}`,
    );
    if (!answer.refused) failures.push(`the ${label} was not refused clearly: ${answer.kind} ${answer.message}`);
    rows.push([
      `${label} import`,
      `${what} → upload ${answer.uploadMs.toFixed(0)} ms, preview ${answer.kind} in ${answer.ms.toFixed(0)} ms; RSS peak ${mb(peak.peakMb)}`,
    ]);
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
