import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ReportTemplateStore, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading, NotificationBanner, type ErrorSummaryItem } from '@waymark/web/shared/ui';
import { MAX_TEMPLATE_BYTES, ReportTemplateUploadError, ReportTemplateUploads } from './report-template-upload';

const FIELD = 'template-file';

/** The council's own Word template for the board report: which one is in use, upload a new one, download or remove it. */
@Component({
  selector: 'wm-report-template-page',
  imports: [RouterLink, ErrorSummary, Loading, NotificationBanner],
  providers: [ReportTemplateStore],
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
  private readonly store = inject(ReportTemplateStore);
  private readonly uploads = inject(ReportTemplateUploads);
  protected readonly field = FIELD;
  /** Only the first load: after an upload the old template stays on screen until the new one is read. */
  protected readonly loading = computed(
    () => this.store.template.loading() && this.store.template.value() === undefined,
  );
  protected readonly current = computed(() => this.store.template.value() ?? null);
  protected readonly file = signal<File | null>(null);
  /** What the last upload or removal was refused for. */
  private readonly problems = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly errors = computed<readonly ErrorSummaryItem[]>(() => {
    const loadError = this.store.template.error();
    return [...(loadError ? [{ message: loadError }] : []), ...this.problems()];
  });
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = this.store.template.busy;

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
    void this.store.load();
  }

  protected choose(input: HTMLInputElement): void {
    this.file.set(input.files?.[0] ?? null);
  }

  protected async upload(event: Event): Promise<void> {
    event.preventDefault();
    const file = this.file();
    this.notice.set(null);
    if (!file)
      return this.problems.set([{ fieldId: FIELD, message: 'Choose a Word document (.docx) or template (.dotx)' }]);
    if (file.size > MAX_TEMPLATE_BYTES)
      return this.problems.set([{ fieldId: FIELD, message: 'The template must be smaller than 5 MB' }]);
    try {
      await this.store.template.run(() => this.uploads.upload(file));
      this.problems.set([]);
      this.notice.set(`${file.name} is now the Word template for board reports`);
      await this.store.load();
    } catch (error) {
      this.problems.set([
        {
          fieldId: FIELD,
          message: error instanceof ReportTemplateUploadError ? error.message : describeError(error).message,
        },
      ]);
    }
  }

  protected async remove(id: string): Promise<void> {
    this.notice.set(null);
    try {
      await this.store.remove(id);
      this.problems.set([]);
      this.notice.set('The template was removed: board reports use the built-in template');
    } catch (error) {
      this.problems.set([{ message: describeError(error).message }]);
    }
  }
}
