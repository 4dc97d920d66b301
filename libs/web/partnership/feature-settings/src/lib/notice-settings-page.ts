import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PartnershipSettingsStore, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem, Loading, NotificationBanner } from '@waymark/web/shared/ui';
import {
  NOTICE_FIELDS,
  type NoticeForm,
  mapNoticeProblems,
  toNoticeForm,
  validateNoticeForm,
} from './notice-settings-form';

/** Administrators: the accessibility statement contacts and privacy notice details everyone sees in the footer pages. */
@Component({
  selector: 'wm-notice-settings-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, Loading, NotificationBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [PartnershipSettingsStore],
  templateUrl: './notice-settings-page.html',
})
export class NoticeSettingsPage implements OnInit {
  private readonly store = inject(PartnershipSettingsStore);
  protected readonly fields = NOTICE_FIELDS;
  protected readonly settings = this.store.notices.value;
  protected readonly loadError = this.store.notices.error;
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly saved = signal(false);
  protected readonly busy = this.store.notices.busy;
  protected readonly fieldErrors = computed(
    () =>
      new Map(
        this.errors()
          .filter((e) => e.fieldId)
          .map((e) => [e.fieldId as string, e.message]),
      ),
  );
  protected readonly form = inject(NonNullableFormBuilder).group(
    Object.fromEntries(NOTICE_FIELDS.map(({ field }) => [field, ['']])) as Record<keyof NoticeForm, [string]>,
  );

  ngOnInit(): void {
    void this.store.loadNotices().then((settings) => settings && this.form.setValue(toNoticeForm(settings)));
  }

  protected async save(): Promise<void> {
    const before = this.settings();
    if (!before) return;
    this.saved.set(false);
    const form: NoticeForm = this.form.getRawValue();
    const problems = validateNoticeForm(form);
    this.errors.set(problems);
    if (problems.length > 0) return;
    try {
      const after = await this.store.saveNotices({
        partnershipId: before.partnershipId,
        version: before.version,
        ...form,
      });
      this.form.setValue(toNoticeForm(after));
      this.saved.set(true);
    } catch (error) {
      const problem = describeError(error);
      if (problem.code === 'CONFLICT') {
        this.errors.set([
          {
            message:
              'Another administrator changed these details while you were editing them. Nothing was saved. Reload the page to see their version.',
          },
        ]);
      } else {
        this.errors.set(problem.fields.length > 0 ? mapNoticeProblems(problem.fields) : [{ message: problem.message }]);
      }
    }
  }
}
