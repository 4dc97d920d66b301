import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { uploadErrorMessage } from '../upload-error-message';

/** The largest template the API accepts (WORD_TEMPLATE_LIMITS.maxBytes). */
export const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

/** The upload was refused; the message is the API's, for the administrator who chose the file. */
export class ReportTemplateUploadError extends Error {}

/**
 * Sends a Word template to `POST /api/report-template` (multipart, with the header Apollo's CSRF prevention asks
 * for, as the plan import's upload does); the API checks and stores it at once.
 */
@Injectable({ providedIn: 'root' })
export class ReportTemplateUploads {
  private readonly http = inject(HttpClient);

  async upload(file: File): Promise<void> {
    const body = new FormData();
    body.append('file', file, file.name);
    try {
      await firstValueFrom(
        this.http.post('/api/report-template', body, {
          headers: { 'Apollo-Require-Preflight': 'true' },
          withCredentials: true,
        }),
      );
    } catch (error) {
      throw new ReportTemplateUploadError(uploadErrorMessage(error));
    }
  }
}
