import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { uploadErrorMessage } from './upload-error-message';

/** The largest file the API accepts (STAGED_UPLOADS.maxBytes). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The upload was refused; the message is the API's, for the person who chose the file. */
export class PlanUploadError extends Error {}

/**
 * Sends a plan spreadsheet to `POST /api/import/uploads` (multipart, with the header Apollo's CSRF prevention
 * asks for) and returns the id that `previewPlanImport` and `applyPlanImport` take.
 */
@Injectable({ providedIn: 'root' })
export class PlanUploads {
  private readonly http = inject(HttpClient);

  async upload(file: File): Promise<string> {
    const body = new FormData();
    body.append('file', file, file.name);
    try {
      const answer = await firstValueFrom(
        this.http.post<{ uploadId: string }>('/api/import/uploads', body, {
          headers: { 'Apollo-Require-Preflight': 'true' },
          withCredentials: true,
        }),
      );
      return answer.uploadId;
    } catch (error) {
      throw new PlanUploadError(uploadErrorMessage(error));
    }
  }
}
