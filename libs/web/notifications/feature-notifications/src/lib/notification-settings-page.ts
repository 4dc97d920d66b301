import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  NotificationSettingsDocument,
  UpdateNotificationSettingsDocument,
  type NotificationDelivery,
  type NotificationSettingsFieldsFragment,
  describeError,
} from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading, NotificationBanner, type ErrorSummaryItem } from '@waymark/web/shared/ui';
import { DELIVERY_CHOICE } from './delivery-words';

/** How the person gets each kind of notification: at once, in the daily summary, or not e-mailed (essential ones always at once). */
@Component({
  selector: 'wm-notification-settings-page',
  imports: [FormsModule, RouterLink, ErrorSummary, Loading, NotificationBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-settings-page.html',
})
export class NotificationSettingsPage implements OnInit {
  private readonly apollo = inject(Apollo);
  protected readonly settings = signal<NotificationSettingsFieldsFragment | null>(null);
  /** The choice per kind, as the form holds it. */
  protected readonly chosen = signal<Record<string, NotificationDelivery>>({});
  protected readonly errors = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly saved = signal(false);
  protected readonly busy = signal(false);
  protected readonly choiceWords = DELIVERY_CHOICE;

  ngOnInit(): void {
    void this.load();
  }

  protected choose(kind: string, delivery: NotificationDelivery): void {
    this.chosen.update((c) => ({ ...c, [kind]: delivery }));
    this.saved.set(false);
  }

  protected async save(): Promise<void> {
    const settings = this.settings();
    if (!settings) return;
    this.busy.set(true);
    this.errors.set([]);
    try {
      const preferences = settings.preferences
        .filter((p) => !p.essential)
        .map((p) => ({ kind: p.kind, delivery: this.chosen()[p.kind] ?? p.delivery }));
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: UpdateNotificationSettingsDocument,
          variables: { input: { version: settings.version, preferences } },
        }),
      );
      if (result.data) this.show(result.data.updateNotificationSettings);
      this.saved.set(true);
    } catch (error) {
      const problem = describeError(error);
      this.errors.set(
        problem.code === 'CONFLICT'
          ? [
              {
                message:
                  'Your settings were changed in another window since this page loaded. Reload the page to see them.',
              },
            ]
          : problem.fields.length
            ? problem.fields.map((f) => ({ message: f.message }))
            : [{ message: problem.message }],
      );
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: NotificationSettingsDocument, fetchPolicy: 'network-only' }),
      );
      if (result.data) this.show(result.data.notificationSettings);
    } catch (error) {
      this.errors.set([{ message: describeError(error).message }]);
    }
  }

  private show(settings: NotificationSettingsFieldsFragment): void {
    this.settings.set(settings);
    this.chosen.set(Object.fromEntries(settings.preferences.map((p) => [p.kind, p.delivery])));
  }
}
