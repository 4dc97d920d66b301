import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  CorrectionStore,
  SessionStore,
  describeError,
  type CorrectionActionFieldsFragment,
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
  providers: [CorrectionStore],
  templateUrl: './correct-update-page.html',
  styles: `
    .wm-pre-line { white-space: pre-line; }
  `,
})
export class CorrectUpdatePage implements OnInit {
  readonly strategyId = input.required<string>();
  readonly periodId = input.required<string>();
  readonly actionId = input.required<string>();
  private readonly store = inject(CorrectionStore);
  private readonly session = inject(SessionStore);

  protected readonly data = this.store.context.value;
  /** The action missing from a strategy that loaded is only found out here, so it is said here. */
  protected readonly loadError = computed(
    () => this.store.context.error() ?? (this.data() && !this.action() ? 'This action could not be found.' : null),
  );
  protected readonly notice = signal<string | null>(null);
  protected readonly errors = signal<Array<{ field: CorrectionField | 'decline' | null; message: string }>>([]);
  protected readonly busy = this.store.context.busy;
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
        await this.store.correct(update, this.reason.trim(), changes);
        this.notice.set(
          'Correction saved. It is in the action’s timeline and the board report has a new version with the correction noted.',
        );
      } else {
        await this.store.propose(update.id, this.reason.trim(), changes);
        this.notice.set('Correction proposed. A reviewer will accept or decline it.');
      }
    });
  }

  protected async accept(proposal: CorrectionProposalFieldsFragment): Promise<void> {
    this.errors.set([]);
    await this.run(async () => {
      await this.store.acceptProposal(proposal);
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
      await this.store.declineProposal(proposal, this.declineReason.trim());
      this.notice.set('The proposed correction was declined. The update stays as signed off.');
    });
  }

  /** A write, then a fresh read; the API's field errors land on their fields. */
  private async run(write: () => Promise<void>): Promise<void> {
    try {
      await write();
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
      return;
    }
    this.reason = '';
    this.declineReason = '';
    await this.load();
  }

  /** Reads the period's updates and proposals afresh, and starts the form from the update as it now is. */
  private async load(): Promise<void> {
    await this.store.load(this.strategyId(), this.periodId());
    const update = this.update();
    this.rag = '';
    this.narrative = update?.narrative ?? '';
    this.percent =
      update?.percentComplete === null || update?.percentComplete === undefined ? '' : String(update.percentComplete);
  }
}
