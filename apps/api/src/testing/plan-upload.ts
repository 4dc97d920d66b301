import type { TestApp } from './test-app';

export interface UploadAnswer {
  readonly status: number;
  readonly body: { uploadId?: string; fileName?: string; byteSize?: number; error?: string; message?: string };
  readonly headers: Headers;
}

/** POSTs a file to `/api/import/uploads` as the web app does (multipart, the CSRF header, the session cookie). */
export async function postPlanUpload(
  api: TestApp,
  cookie: string | undefined,
  fileName: string,
  content: Buffer | string,
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
): Promise<UploadAnswer> {
  const form = new FormData();
  form.append(
    'file',
    new Blob([new Uint8Array(typeof content === 'string' ? Buffer.from(content) : content)]),
    fileName,
  );
  const response = await fetch(`${api.baseUrl}/api/import/uploads`, {
    method: 'POST',
    body: form,
    headers: { ...headers, ...(cookie ? { cookie } : {}) },
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers };
}

/** Uploads a plan and returns its id, failing the test with the API's answer otherwise. */
export async function uploadPlan(
  api: TestApp,
  cookie: string,
  fileName: string,
  content: Buffer | string,
): Promise<string> {
  const answer = await postPlanUpload(api, cookie, fileName, content);
  if (answer.status !== 201 || !answer.body.uploadId)
    throw new Error(`upload refused: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.uploadId;
}
