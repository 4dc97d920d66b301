import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AdminStrategiesDocument, type AdminStrategiesQuery, describeError } from '@waymark/web/shared/data-access';
import { LIFECYCLE_WORD, Loading, NotificationBanner } from '@waymark/web/shared/ui';

type AdminStrategy = AdminStrategiesQuery['strategies'][number];

/** One strategy's structure for administrators: every theme and objective with "Add action", every action with "Change". */
@Component({
  selector: 'wm-admin-strategy-page',
  imports: [RouterLink, NgTemplateOutlet, Loading, NotificationBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/admin">Administration</a>
    @if (saved(); as title) {
      <wm-notification-banner type="success">{{ savedVerb() }}: {{ title }}</wm-notification-banner>
    }
    @if (error(); as message) {
      <h1 class="govuk-heading-l">Strategy</h1>
      <p class="govuk-body">{{ message }}</p>
    } @else if (strategy(); as s) {
      <span class="govuk-caption-l">Administration</span>
      <h1 class="govuk-heading-l">{{ s.title }}</h1>
      @if (s.themes.length === 0) {
        <p class="govuk-body">This strategy has no {{ s.themeLabel.toLowerCase() }}s yet. Import a plan to add them.</p>
      }
      @for (theme of s.themes; track theme.id) {
        <h2 class="govuk-heading-m">{{ s.themeLabel }} {{ theme.number }}: {{ theme.title }}</h2>
        @for (objective of theme.objectives; track objective.id) {
          <h3 class="govuk-heading-s">{{ s.objectiveLabel }} {{ theme.number }}.{{ objective.number }}: {{ objective.title }}</h3>
          <ng-container *ngTemplateOutlet="list; context: { $implicit: objective.actions }" />
          <a class="govuk-button govuk-button--secondary" [routerLink]="['/admin/strategies', s.id, 'actions', 'new']" [queryParams]="{ themeId: theme.id, objectiveId: objective.id }">
            Add {{ s.actionLabel.toLowerCase() }}<span class="govuk-visually-hidden"> to {{ s.objectiveLabel.toLowerCase() }} {{ theme.number }}.{{ objective.number }}</span>
          </a>
        }
        @if (theme.actions.length > 0) {
          <ng-container *ngTemplateOutlet="list; context: { $implicit: theme.actions }" />
        }
        @if (theme.objectives.length === 0 || !s.hasObjectiveLevel) {
          <a class="govuk-button govuk-button--secondary" [routerLink]="['/admin/strategies', s.id, 'actions', 'new']" [queryParams]="{ themeId: theme.id }">
            Add {{ s.actionLabel.toLowerCase() }}<span class="govuk-visually-hidden"> to {{ s.themeLabel.toLowerCase() }} {{ theme.number }}</span>
          </a>
        }
      }
      <ng-template #list let-actions>
        @if (asActions(actions).length === 0) {
          <p class="govuk-body govuk-hint">No {{ s.actionLabel.toLowerCase() }}s yet.</p>
        } @else {
          <dl class="govuk-summary-list">
            @for (a of asActions(actions); track a.id) {
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{{ a.numberLabel }}</dt>
                <dd class="govuk-summary-list__value">
                  {{ a.title }}
                  <span class="govuk-hint govuk-!-margin-bottom-0">{{ a.leadOrganisationName ?? 'No lead' }} · {{ lifecycle[a.lifecycleStatus] }}</span>
                </dd>
                <dd class="govuk-summary-list__actions">
                  <a class="govuk-link" [routerLink]="['/admin/strategies', s.id, 'actions', a.id, 'edit']">Change<span class="govuk-visually-hidden"> {{ s.actionLabel.toLowerCase() }} {{ a.numberLabel }} {{ a.title }}</span></a>
                </dd>
              </div>
            }
          </dl>
        }
      </ng-template>
    } @else {
      <wm-loading />
    }
  `,
})
export class AdminStrategyPage implements OnInit {
  readonly strategyId = input.required<string>();
  /** Query parameters set by the action form after saving. */
  readonly saved = input<string | undefined>();
  readonly verb = input<string | undefined>();
  private readonly apollo = inject(Apollo);
  protected readonly strategy = signal<AdminStrategy | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly lifecycle = LIFECYCLE_WORD;
  protected readonly savedVerb = computed(() => (this.verb() === 'changed' ? 'Action changed' : 'Action added'));

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const result = await firstValueFrom(this.apollo.query({ query: AdminStrategiesDocument }));
      const found = result.data?.strategies.find((s) => s.id === this.strategyId()) ?? null;
      this.strategy.set(found);
      if (!found) this.error.set('This strategy could not be found.');
    } catch (error) {
      this.error.set(describeError(error).message);
    }
  }

  protected asActions(value: unknown): AdminStrategy['themes'][number]['actions'] {
    return value as AdminStrategy['themes'][number]['actions'];
  }
}
