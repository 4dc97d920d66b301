import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  RemoveReportTemplateDocument,
  ReportTemplateDocument,
  type ReportTemplateQuery,
  describeError,
} from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading, NotificationBanner, type ErrorSummaryItem } from '@waymark/web/shared/ui';
import { MAX_TEMPLATE_BYTES, ReportTemplateUploadError, ReportTemplateUploads } from './report-template-upload';

const FIELD = 'template-file';

/** The council's own Word template for the board report: which one is in use, upload a new one, download or remove it. */
@Component({
  selector: 'wm-report-template-page',
  imports: [RouterLink, ErrorSummary, Loading, NotificationBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/admin">Administration</a>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <wm-error-summary [errors]="errors()" />
        @if (notice(); as text) {
          <wm-notification-banner type="success">{{ text }}</wm-notification-banner>
        }
        <h1 class="govuk-heading-l">Word template for the board report</h1>
        <p class="govuk-body">
          The board update report in Word is written into your council's template: its letterhead, header and footer, fonts, heading
          styles, page size and margins. Excel, CSV and the PDF are not affected.
        </p>

        <h2 class="govuk-heading-m">Template in use</h2>
        @if (loading()) {
          <wm-loading />
        } @else if (current(); as t) {
          <dl class="govuk-summary-list" id="report-template-current">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">File</dt>
              <dd class="govuk-summary-list__value">{{ t.fileName }} ({{ kilobytes(t.byteSize) }} KB)</dd>
              <dd class="govuk-summary-list__actions">
                <a class="govuk-link" [href]="'/api/report-template/' + t.id" download>Download<span class="govuk-visually-hidden"> {{ t.fileName }}</span></a>
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Uploaded</dt>
              <dd class="govuk-summary-list__value">{{ uploadedOn(t.uploadedAt) }}{{ t.uploadedByName ? ' by ' + t.uploadedByName : '' }}</dd>
              <dd class="govuk-summary-list__actions"></dd>
            </div>
          </dl>
          <button type="button" class="govuk-button govuk-button--warning" [disabled]="busy()" (click)="remove(t.id)">Remove the template and use the built-in one</button>
        } @else {
          <p class="govuk-body" id="report-template-current">None: reports use the built-in template (A4, Arial, no letterhead).</p>
        }

        <h2 class="govuk-heading-m">{{ current() ? 'Replace the template' : 'Upload a template' }}</h2>
        <form novalidate (submit)="upload($event)">
          <div class="govuk-form-group" [class.govuk-form-group--error]="fileError()">
            <label class="govuk-label govuk-label--s" [for]="field">Word template</label>
            <div class="govuk-hint" [id]="field + '-hint'">
              A Word document (.docx) or template (.dotx), up to 5 MB, without macros. Put the letterhead in the header; the styles
              Normal, Title and Heading 1 to 3 set the fonts. Text in the template's body is not used.
            </div>
            @if (fileError(); as message) {
              <p class="govuk-error-message" [id]="field + '-error'"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
            }
            <input class="govuk-file-upload" [class.govuk-file-upload--error]="fileError()" [id]="field" name="file" type="file"
              accept=".docx,.dotx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.wordprocessingml.template"
              [attr.aria-describedby]="field + '-hint' + (fileError() ? ' ' + field + '-error' : '')" (change)="choose($any($event.target))" />
          </div>
          <button type="submit" class="govuk-button" [disabled]="busy()">Upload template</button>
        </form>
      </div>
    </div>
  `,
})
export class ReportTemplatePage implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly uploads = inject(ReportTemplateUploads);
  protected readonly field = FIELD;
  protected readonly loading = signal(true);
  protected readonly current = signal<ReportTemplateQuery['reportTemplate']>(null);
  protected readonly file = signal<File | null>(null);
  protected readonly errors = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly fileError = () => this.errors().find((e) => e.fieldId === FIELD)?.message ?? null;
  protected readonly kilobytes = (bytes: number) => Math.max(1, Math.round(bytes / 1024));
  protected readonly uploadedOn = (iso: string) =>
    new Date(iso).toLocaleString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: ReportTemplateDocument, fetchPolicy: 'network-only' }),
      );
      this.current.set(result.data?.reportTemplate ?? null);
    } catch (error) {
      this.errors.set([{ message: describeError(error).message }]);
    } finally {
      this.loading.set(false);
    }
  }

  protected choose(input: HTMLInputElement): void {
    this.file.set(input.files?.[0] ?? null);
  }

  protected async upload(event: Event): Promise<void> {
    event.preventDefault();
    const file = this.file();
    this.notice.set(null);
    if (!file)
      return this.errors.set([{ fieldId: FIELD, message: 'Choose a Word document (.docx) or template (.dotx)' }]);
    if (file.size > MAX_TEMPLATE_BYTES)
      return this.errors.set([{ fieldId: FIELD, message: 'The template must be smaller than 5 MB' }]);
    this.busy.set(true);
    try {
      await this.uploads.upload(file);
      this.errors.set([]);
      this.notice.set(`${file.name} is now the Word template for board reports`);
      await this.load();
    } catch (error) {
      this.errors.set([
        {
          fieldId: FIELD,
          message: error instanceof ReportTemplateUploadError ? error.message : describeError(error).message,
        },
      ]);
    } finally {
      this.busy.set(false);
    }
  }

  protected async remove(id: string): Promise<void> {
    this.busy.set(true);
    this.notice.set(null);
    try {
      await firstValueFrom(
        this.apollo.mutate({ mutation: RemoveReportTemplateDocument, variables: { input: { id } } }),
      );
      this.errors.set([]);
      this.current.set(null);
      this.notice.set('The template was removed: board reports use the built-in template');
    } catch (error) {
      this.errors.set([{ message: describeError(error).message }]);
    } finally {
      this.busy.set(false);
    }
  }
}
