import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  type NotificationDelivery,
  type NotificationSettingsFieldsFragment,
  NotificationsStore,
  describeError,
} from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading, NotificationBanner, type ErrorSummaryItem } from '@waymark/web/shared/ui';
import { DELIVERY_CHOICE } from './delivery-words';

/** How the person gets each kind of notification: at once, in the daily summary, or not e-mailed (essential ones always at once). */
@Component({
  selector: 'wm-notification-settings-page',
  imports: [FormsModule, RouterLink, ErrorSummary, Loading, NotificationBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [NotificationsStore],
  templateUrl: './notification-settings-page.html',
})
export class NotificationSettingsPage implements OnInit {
  private readonly store = inject(NotificationsStore);
  protected readonly settings = this.store.settings.value;
  /** The choice per kind, as the form holds it. */
  protected readonly chosen = signal<Record<string, NotificationDelivery>>({});
  private readonly saveErrors = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly errors = computed<readonly ErrorSummaryItem[]>(() => {
    const loadError = this.store.settings.error();
    return loadError ? [{ message: loadError }] : this.saveErrors();
  });
  protected readonly saved = signal(false);
  protected readonly busy = this.store.settings.busy;
  protected readonly choiceWords = DELIVERY_CHOICE;

  ngOnInit(): void {
    void this.store.loadSettings().then((settings) => settings && this.show(settings));
  }

  protected choose(kind: string, delivery: NotificationDelivery): void {
    this.chosen.update((c) => ({ ...c, [kind]: delivery }));
    this.saved.set(false);
  }

  protected async save(): Promise<void> {
    const settings = this.settings();
    if (!settings) return;
    this.saveErrors.set([]);
    try {
      const preferences = settings.preferences
        .filter((p) => !p.essential)
        .map((p) => ({ kind: p.kind, delivery: this.chosen()[p.kind] ?? p.delivery }));
      this.show(await this.store.saveSettings(preferences));
      this.saved.set(true);
    } catch (error) {
      const problem = describeError(error);
      this.saveErrors.set(
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
    }
  }

  private show(settings: NotificationSettingsFieldsFragment): void {
    this.chosen.set(Object.fromEntries(settings.preferences.map((p) => [p.kind, p.delivery])));
  }
}
