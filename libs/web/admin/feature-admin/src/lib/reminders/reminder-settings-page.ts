import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type ReminderSettings, ReminderSettingsStore, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading, NotificationBanner, type ErrorSummaryItem } from '@waymark/web/shared/ui';

type DaysKey = 'reminderDaysBefore' | 'chaserDaysAfter' | 'escalationDaysAfter';
type EnabledKey = 'reminderEnabled' | 'chaserEnabled' | 'escalationEnabled';
interface Form extends Record<DaysKey, string>, Record<EnabledKey, boolean> {
  version: number;
}

const FIELD_ID: Record<DaysKey, string> = {
  reminderDaysBefore: 'reminder-days',
  chaserDaysAfter: 'chaser-days',
  escalationDaysAfter: 'escalation-days',
};

/** A strategy's reminders, chasers and escalation: on or off, and how many days from the update deadline. */
@Component({
  selector: 'wm-reminder-settings-page',
  imports: [RouterLink, ErrorSummary, Loading, NotificationBanner],
  providers: [ReminderSettingsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/admin/periods">Reporting periods</a>
    <wm-error-summary [errors]="errors()" />
    @if (saved()) {
      <wm-notification-banner type="success">Reminder settings saved</wm-notification-banner>
    }
    <h1 class="govuk-heading-l">Reminder settings</h1>
    @if (!form()) {
      @if (loadError(); as message) {
        <p class="govuk-body">{{ message }}</p>
      } @else {
        <wm-loading />
      }
    } @else {
      <p class="govuk-body">Waymark e-mails each lead officer one message listing every update they still owe. People who have submitted are never chased.</p>
      <form novalidate (submit)="save($event)" class="govuk-!-width-two-thirds">
        @for (step of steps; track step.days) {
          <fieldset class="govuk-fieldset govuk-!-margin-bottom-6">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">{{ step.legend }}</h2></legend>
            <div class="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4">
              <div class="govuk-checkboxes__item">
                <input class="govuk-checkboxes__input" type="checkbox" [id]="step.enabled" [checked]="form()![step.enabled]" (change)="set(step.enabled, $any($event.target).checked)" />
                <label class="govuk-label govuk-checkboxes__label" [for]="step.enabled">{{ step.enabledLabel }}</label>
              </div>
            </div>
            <div class="govuk-form-group" [class.govuk-form-group--error]="errorFor(step.days)">
              <label class="govuk-label" [for]="fieldId[step.days]">{{ step.daysLabel }}</label>
              <div class="govuk-hint" [id]="fieldId[step.days] + '-hint'">{{ step.hint }}</div>
              @if (errorFor(step.days); as message) {
                <p class="govuk-error-message" [id]="fieldId[step.days] + '-error'"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
              }
              <input class="govuk-input govuk-input--width-3" [class.govuk-input--error]="errorFor(step.days)" [id]="fieldId[step.days]" type="text" inputmode="numeric"
                [attr.aria-describedby]="fieldId[step.days] + '-hint' + (errorFor(step.days) ? ' ' + fieldId[step.days] + '-error' : '')" [value]="form()![step.days]" (input)="set(step.days, $any($event.target).value)" />
            </div>
          </fieldset>
        }
        <button type="submit" class="govuk-button" [disabled]="saving()">Save reminder settings</button>
      </form>
    }
  `,
})
export class ReminderSettingsPage implements OnInit {
  private readonly store = inject(ReminderSettingsStore);
  readonly strategyId = input.required<string>();
  protected readonly form = signal<Form | null>(null);
  protected readonly loadError = this.store.settings.error;
  protected readonly fieldErrors = signal<{ key: DaysKey | null; message: string }[]>([]);
  protected readonly errors = computed<ErrorSummaryItem[]>(() =>
    this.fieldErrors().map((e) => (e.key ? { fieldId: FIELD_ID[e.key], message: e.message } : { message: e.message })),
  );
  protected readonly saving = this.store.settings.busy;
  protected readonly saved = signal(false);
  protected readonly fieldId = FIELD_ID;
  protected readonly steps = [
    {
      legend: 'Reminder before the deadline',
      enabled: 'reminderEnabled',
      enabledLabel: 'Send a reminder',
      days: 'reminderDaysBefore',
      daysLabel: 'Days before the deadline',
      hint: 'For example, 7',
    },
    {
      legend: 'Chasers',
      enabled: 'chaserEnabled',
      enabledLabel: 'Chase on the deadline day and again after it',
      days: 'chaserDaysAfter',
      daysLabel: 'Days after the deadline for the second chaser',
      hint: 'For example, 3',
    },
    {
      legend: 'Escalation',
      enabled: 'escalationEnabled',
      enabledLabel: 'Tell the delivery group’s chair and the senior officer group what is still missing',
      days: 'escalationDaysAfter',
      daysLabel: 'Days after the deadline',
      hint: 'After the second chaser, for example 7',
    },
  ] as const;

  ngOnInit(): void {
    void this.store.load(this.strategyId()).then((settings) => settings && this.form.set(toForm(settings)));
  }

  protected errorFor(key: DaysKey): string | null {
    return this.fieldErrors().find((e) => e.key === key)?.message ?? null;
  }

  protected set<K extends keyof Form>(key: K, value: Form[K]): void {
    this.form.update((f) => (f ? { ...f, [key]: value } : f));
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const f = this.form();
    if (!f) return;
    const days = (key: DaysKey) => (/^\s*-?\d+\s*$/.test(f[key]) ? Number(f[key]) : NaN);
    const problems = (Object.keys(FIELD_ID) as DaysKey[])
      .filter((k) => Number.isNaN(days(k)))
      .map((k) => ({ key: k, message: 'Enter a whole number of days' }));
    this.fieldErrors.set(problems);
    this.saved.set(false);
    if (problems.length) return;
    try {
      const input = {
        strategyId: this.strategyId(),
        version: f.version,
        reminderEnabled: f.reminderEnabled,
        reminderDaysBefore: days('reminderDaysBefore'),
        chaserEnabled: f.chaserEnabled,
        chaserDaysAfter: days('chaserDaysAfter'),
        escalationEnabled: f.escalationEnabled,
        escalationDaysAfter: days('escalationDaysAfter'),
      };
      this.form.set(toForm(await this.store.save(input)));
      this.saved.set(true);
    } catch (error) {
      const problem = describeError(error);
      this.fieldErrors.set(
        problem.fields.length
          ? problem.fields.map((p) => {
              const key = p.field.replace(/^input\./, '');
              return { key: key in FIELD_ID ? (key as DaysKey) : null, message: p.message };
            })
          : [{ key: null, message: problem.message }],
      );
    }
  }
}

function toForm(s: ReminderSettings): Form {
  return {
    version: s.version,
    reminderEnabled: s.reminderEnabled,
    reminderDaysBefore: String(s.reminderDaysBefore),
    chaserEnabled: s.chaserEnabled,
    chaserDaysAfter: String(s.chaserDaysAfter),
    escalationEnabled: s.escalationEnabled,
    escalationDaysAfter: String(s.escalationDaysAfter),
  };
}
