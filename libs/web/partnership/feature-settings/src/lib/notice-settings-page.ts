import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  NoticeSettingsDocument,
  type NoticeSettingsFieldsFragment,
  PartnershipSettingsDocument,
  UpdateNoticeSettingsDocument,
  describeError,
} from '@waymark/web/shared/data-access';
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
  templateUrl: './notice-settings-page.html',
})
export class NoticeSettingsPage implements OnInit {
  private readonly apollo = inject(Apollo);
  protected readonly fields = NOTICE_FIELDS;
  protected readonly settings = signal<NoticeSettingsFieldsFragment | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly saved = signal(false);
  protected readonly busy = signal(false);
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
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const partnership = await firstValueFrom(this.apollo.query({ query: PartnershipSettingsDocument }));
      const partnershipId = partnership.data?.partnership?.id;
      if (!partnershipId) throw new Error('You are not signed in to a partnership.');
      const result = await firstValueFrom(
        this.apollo.query({ query: NoticeSettingsDocument, variables: { partnershipId }, fetchPolicy: 'network-only' }),
      );
      const settings = result.data?.noticeSettings ?? null;
      this.settings.set(settings);
      if (settings) this.form.setValue(toNoticeForm(settings));
    } catch (error) {
      this.loadError.set(describeError(error).message);
    }
  }

  protected async save(): Promise<void> {
    const before = this.settings();
    if (!before) return;
    this.saved.set(false);
    const form: NoticeForm = this.form.getRawValue();
    const problems = validateNoticeForm(form);
    this.errors.set(problems);
    if (problems.length > 0) return;
    this.busy.set(true);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: UpdateNoticeSettingsDocument,
          variables: { input: { partnershipId: before.partnershipId, version: before.version, ...form } },
        }),
      );
      const after = result.data?.updateNoticeSettings ?? null;
      if (after) {
        this.settings.set(after);
        this.form.setValue(toNoticeForm(after));
      }
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
    } finally {
      this.busy.set(false);
    }
  }
}
