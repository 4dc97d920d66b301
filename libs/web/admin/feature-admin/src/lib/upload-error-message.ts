import { HttpErrorResponse } from '@angular/common/http';

/** The API's `{ message }` from a failed upload, or the fallback when the answer carries none (network, proxy). */
export function uploadErrorMessage(error: unknown): string {
  const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
  if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string')
    return body.message;
  return 'The file could not be uploaded. Try again.';
}
