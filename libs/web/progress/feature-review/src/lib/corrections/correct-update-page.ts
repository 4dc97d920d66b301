import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  AcceptCorrectionProposalDocument,
  CorrectProgressUpdateDocument,
  CorrectionContextDocument,
  DeclineCorrectionProposalDocument,
  ProposeCorrectionDocument,
  SessionStore,
  describeError,
  type CorrectionActionFieldsFragment,
  type CorrectionContextQuery,
  type CorrectionProposalFieldsFragment,
  type Rag,
} from '@waymark/web/shared/data-access';
import {
  ErrorSummary,
  LIFECYCLE_WORD,
  Loading,
  NotificationBanner,
  RAG_ORDER,
  RagTag,
  type ErrorSummaryItem,
} from '@waymark/web/shared/ui';
import { CORRECTION_FIELD_ID, correctionChanges, type CorrectionField, type CorrectionRole } from './correction-form';

const DECLINE_REASON_ID = 'decline-reason';

/**
 * "Correct this update" for a reviewer, "Propose a correction" for the action's lead, on an update of a signed-off
 * period; a reviewer also accepts or declines a lead's proposal here. Every correction needs a reason, shown in the
 * action's timeline and in the board report's "Corrections since sign-off".
 */
@Component({
  selector: 'wm-correct-update-page',
  imports: [DatePipe, FormsModule, RouterLink, ErrorSummary, Loading, NotificationBanner, RagTag],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './correct-update-page.html',
  styles: `
    .wm-pre-line { white-space: pre-line; }
  `,
})
export class CorrectUpdatePage implements OnInit {
  readonly strategyId = input.required<string>();
  readonly periodId = input.required<string>();
  readonly actionId = input.required<string>();
  private readonly apollo = inject(Apollo);
  private readonly session = inject(SessionStore);

  protected readonly data = signal<CorrectionContextQuery | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly errors = signal<Array<{ field: CorrectionField | 'decline' | null; message: string }>>([]);
  protected readonly busy = signal(false);
  protected readonly fieldId = CORRECTION_FIELD_ID;
  protected readonly declineReasonId = DECLINE_REASON_ID;
  protected readonly ragOrder = RAG_ORDER;
  protected readonly lifecycle = LIFECYCLE_WORD;
  protected rag: Rag | '' = '';
  protected narrative = '';
  protected percent = '';
  protected reason = '';
  protected declineReason = '';

  protected readonly period = computed(
    () => this.data()?.strategy.periods.find((p) => p.id === this.periodId()) ?? null,
  );
  protected readonly action = computed<CorrectionActionFieldsFragment | null>(() => {
    const themes = this.data()?.strategy.themes ?? [];
    const all = themes.flatMap((t) => [...t.actions, ...t.objectives.flatMap((o) => o.actions)]);
    return all.find((a) => a.id === this.actionId()) ?? null;
  });
  protected readonly update = computed(
    () => this.action()?.updates.find((u) => u.periodId === this.periodId()) ?? null,
  );
  protected readonly proposals = computed<CorrectionProposalFieldsFragment[]>(() =>
    (this.data()?.correctionProposals ?? []).filter((p) => p.updateId === this.update()?.id),
  );
  protected readonly pending = computed(() => this.proposals().find((p) => p.state === 'Pending') ?? null);
  protected readonly decided = computed(() => this.proposals().filter((p) => p.state !== 'Pending'));
  /** A reviewer of the strategy corrects; otherwise the action's lead (delivery group or named lead) proposes. */
  protected readonly role = computed<CorrectionRole | null>(() => {
    const user = this.session.user();
    const action = this.action();
    if (!user || !action) return null;
    if (user.reviewerOfStrategyIds.includes(this.strategyId())) return 'reviewer';
    const leads =
      action.leadPersonId === user.personId ||
      (!!action.deliveryGroupId && user.deliveryGroupIds.includes(action.deliveryGroupId));
    return leads ? 'lead' : null;
  });
  protected readonly summaryErrors = computed<ErrorSummaryItem[]>(() =>
    this.errors().map((e) =>
      e.field === 'decline'
        ? { fieldId: DECLINE_REASON_ID, message: e.message }
        : e.field
          ? { fieldId: CORRECTION_FIELD_ID[e.field], message: e.message }
          : { message: e.message },
    ),
  );

  ngOnInit(): void {
    void this.session.load();
    void this.load();
  }

  protected errorFor(field: CorrectionField | 'decline'): string | null {
    return this.errors().find((e) => e.field === field)?.message ?? null;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const update = this.update();
    const role = this.role();
    if (!update || !role) return;
    const { problems, changes } = correctionChanges(role, update, {
      rag: this.rag,
      narrative: this.narrative,
      percent: this.percent,
      reason: this.reason,
    });
    this.errors.set(problems);
    this.notice.set(null);
    if (problems.length) return;
    await this.run(async () => {
      if (role === 'reviewer') {
        await firstValueFrom(
          this.apollo.mutate({
            mutation: CorrectProgressUpdateDocument,
            variables: { input: { id: update.id, version: update.version, reason: this.reason.trim(), ...changes } },
          }),
        );
        this.notice.set(
          'Correction saved. It is in the action’s timeline and the board report has a new version with the correction noted.',
        );
      } else {
        await firstValueFrom(
          this.apollo.mutate({
            mutation: ProposeCorrectionDocument,
            variables: { input: { updateId: update.id, reason: this.reason.trim(), ...changes } },
          }),
        );
        this.notice.set('Correction proposed. A reviewer will accept or decline it.');
      }
    });
  }

  protected async accept(proposal: CorrectionProposalFieldsFragment): Promise<void> {
    this.errors.set([]);
    await this.run(async () => {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: AcceptCorrectionProposalDocument,
          variables: { input: { id: proposal.id, version: proposal.version } },
        }),
      );
      this.notice.set(
        `The correction proposed by ${proposal.proposedByName ?? 'the lead'} was accepted and applied. The board report has a new version with the correction noted.`,
      );
    });
  }

  protected async decline(proposal: CorrectionProposalFieldsFragment): Promise<void> {
    if (!this.declineReason.trim()) {
      this.errors.set([{ field: 'decline', message: 'Enter why you are declining the proposed correction' }]);
      return;
    }
    this.errors.set([]);
    await this.run(async () => {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: DeclineCorrectionProposalDocument,
          variables: { input: { id: proposal.id, version: proposal.version, reason: this.declineReason.trim() } },
        }),
      );
      this.notice.set('The proposed correction was declined. The update stays as signed off.');
    });
  }

  /** A write, then a fresh read; the API's field errors land on their fields. */
  private async run(write: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    try {
      await write();
      this.reason = '';
      this.declineReason = '';
      await this.load();
    } catch (error) {
      const problem = describeError(error);
      if (problem.code === 'CONFLICT') {
        this.errors.set([
          {
            field: null,
            message: 'Someone else changed this update since you opened the page. Reload the page to see their change.',
          },
        ]);
        return;
      }
      const byApiField: Record<string, CorrectionField> = {
        'input.reason': 'reason',
        'input.narrative': 'narrative',
        'input.percentComplete': 'percent',
        'input.proposedRag': 'rag',
        'input.validatedRag': 'rag',
      };
      this.errors.set(
        problem.fields.length
          ? problem.fields.map((f) => ({ field: byApiField[f.field] ?? null, message: f.message }))
          : [{ field: null, message: problem.message }],
      );
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.apollo.query({
          query: CorrectionContextDocument,
          variables: { strategyId: this.strategyId(), periodId: this.periodId() },
          fetchPolicy: 'network-only',
        }),
      );
      this.data.set(result.data ?? null);
      const update = this.update();
      this.rag = '';
      this.narrative = update?.narrative ?? '';
      this.percent =
        update?.percentComplete === null || update?.percentComplete === undefined ? '' : String(update.percentComplete);
      if (!this.action()) this.loadError.set('This action could not be found.');
    } catch (error) {
      const problem = describeError(error);
      this.loadError.set(problem.code === 'NOT_FOUND' ? 'This update could not be found.' : problem.message);
    }
  }
}
