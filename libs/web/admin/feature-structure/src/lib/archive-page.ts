import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import type { TypedDocumentNode } from '@apollo/client';
import {
  AdminDirectoryRecordsDocument,
  AdminStrategyDetailDocument,
  ArchiveActionDocument,
  ArchiveGroupDocument,
  ArchiveObjectiveDocument,
  ArchiveOrganisationDocument,
  ArchivePersonDocument,
  ArchiveStrategyDocument,
  ArchiveThemeDocument,
  describeError,
} from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading, type ErrorSummaryItem } from '@waymark/web/shared/ui';

export type ArchiveKind = 'strategy' | 'theme' | 'objective' | 'action' | 'organisation' | 'group' | 'person';

interface Target {
  readonly noun: string;
  readonly name: string;
  readonly version: number;
  readonly consequence: string;
}

type VersionedRef = { input: { id: string; version: number } };
const MUTATION: Record<ArchiveKind, TypedDocumentNode<unknown, VersionedRef>> = {
  strategy: ArchiveStrategyDocument,
  theme: ArchiveThemeDocument,
  objective: ArchiveObjectiveDocument,
  action: ArchiveActionDocument,
  organisation: ArchiveOrganisationDocument,
  group: ArchiveGroupDocument,
  person: ArchivePersonDocument,
};

const DIRECTORY = new Set<ArchiveKind>(['organisation', 'group', 'person']);

/** The confirmation step before archiving anything: what it is, what archiving does, then "Yes, archive". */
@Component({
  selector: 'wm-archive-page',
  imports: [RouterLink, ErrorSummary, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" [routerLink]="back()">Back</a>
    <wm-error-summary [errors]="errors()" />
    @if (loadError(); as message) {
      <h1 class="govuk-heading-l">Archive</h1>
      <p class="govuk-body">{{ message }}</p>
    } @else if (target(); as t) {
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">Archive {{ t.noun }}</span>
          <h1 class="govuk-heading-l">Are you sure you want to archive “{{ t.name }}”?</h1>
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
            <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> {{ t.consequence }}</strong>
          </div>
          <p class="govuk-body">Archived records are kept with their history, so reports for past periods still show them.</p>
          <div class="govuk-button-group">
            <button type="button" class="govuk-button govuk-button--warning" [disabled]="saving()" (click)="archive(t)">Yes, archive {{ t.noun }}</button>
            <a class="govuk-link" [routerLink]="back()">No, go back</a>
          </div>
        </div>
      </div>
    } @else {
      <wm-loading />
    }
  `,
})
export class ArchivePage implements OnInit {
  readonly kind = input.required<ArchiveKind>();
  readonly id = input.required<string>();
  /** For themes, objectives and actions: the strategy to go back to. */
  readonly strategyId = input<string | undefined>();

  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  protected readonly target = signal<Target | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly saving = signal(false);
  protected readonly back = computed(() => {
    const kind = this.kind();
    if (DIRECTORY.has(kind)) return ['/admin/directory'];
    return ['/admin/strategies', kind === 'strategy' ? this.id() : (this.strategyId() ?? '')];
  });

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const target = DIRECTORY.has(this.kind()) ? await this.loadDirectory() : await this.loadStructure();
      if (!target) throw new Error(`This ${this.kind()} could not be found. It may have been archived already.`);
      this.target.set(target);
    } catch (error) {
      this.loadError.set(describeError(error).message);
    }
  }

  private async loadStructure(): Promise<Target | null> {
    const kind = this.kind();
    const strategyId = kind === 'strategy' ? this.id() : this.strategyId();
    if (!strategyId) return null;
    const result = await firstValueFrom(
      this.apollo.query({ query: AdminStrategyDetailDocument, variables: { id: strategyId } }),
    );
    const s = result.data?.strategy;
    if (!s) return null;
    const id = this.id();
    if (kind === 'strategy') {
      return {
        noun: 'strategy',
        name: s.title,
        version: s.version,
        consequence: 'The strategy and everything in it will no longer be listed or reported on.',
      };
    }
    const theme = s.themes.find((t) => t.id === id);
    if (kind === 'theme' && theme) {
      return {
        noun: s.themeLabel.toLowerCase(),
        name: theme.title,
        version: theme.version,
        consequence: `Its ${s.objectiveLabel.toLowerCase()}s and ${s.actionLabel.toLowerCase()}s will be archived with it, and the remaining ${s.themeLabel.toLowerCase()}s renumbered.`,
      };
    }
    const objective = s.themes.flatMap((t) => t.objectives).find((o) => o.id === id);
    if (kind === 'objective' && objective) {
      return {
        noun: s.objectiveLabel.toLowerCase(),
        name: objective.title,
        version: objective.version,
        consequence: `Its ${s.actionLabel.toLowerCase()}s will be archived with it.`,
      };
    }
    const action = s.themes
      .flatMap((t) => [...t.actions, ...t.objectives.flatMap((o) => o.actions)])
      .find((a) => a.id === id);
    if (kind === 'action' && action) {
      return {
        noun: s.actionLabel.toLowerCase(),
        name: action.title,
        version: action.version,
        consequence: `Leads will no longer be asked for updates on it, and the other ${s.actionLabel.toLowerCase()}s will be renumbered.`,
      };
    }
    return null;
  }

  private async loadDirectory(): Promise<Target | null> {
    const result = await firstValueFrom(this.apollo.query({ query: AdminDirectoryRecordsDocument }));
    const d = result.data;
    const id = this.id();
    switch (this.kind()) {
      case 'organisation': {
        const o = d?.organisations.find((x) => x.id === id);
        return o
          ? {
              noun: 'organisation',
              name: o.name,
              version: o.version,
              consequence:
                'It will no longer be offered as a lead or partner; actions it leads keep its name in their history.',
            }
          : null;
      }
      case 'group': {
        const g = d?.groups.find((x) => x.id === id);
        return g
          ? {
              noun: 'group',
              name: g.name,
              version: g.version,
              consequence: 'It will no longer be offered as an owner or accountable group.',
            }
          : null;
      }
      default: {
        const p = d?.people.find((x) => x.id === id);
        return p
          ? {
              noun: 'person',
              name: p.fullName,
              version: p.version,
              consequence: 'They will no longer be able to sign in, and will not be offered as a lead officer.',
            }
          : null;
      }
    }
  }

  protected async archive(t: Target): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    this.errors.set([]);
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: MUTATION[this.kind()],
          variables: { input: { id: this.id(), version: t.version } },
        }),
      );
      const notice = `${t.noun[0].toUpperCase()}${t.noun.slice(1)} archived: ${t.name}`;
      const kind = this.kind();
      await this.router.navigate(kind === 'strategy' ? ['/admin'] : this.back(), { queryParams: { notice } });
    } catch (error) {
      const problem = describeError(error);
      if (problem.code === 'CONFLICT') {
        this.errors.set([
          {
            message: `Someone else changed this ${t.noun} since you opened this page. Check what it says now, then archive it again if you still want to.`,
          },
        ]);
        this.target.set(null);
        await this.load();
      } else {
        this.errors.set([{ message: problem.message }]);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
