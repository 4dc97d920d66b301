import { Injectable, inject } from '@angular/core';
import {
  AcceptCorrectionProposalDocument,
  CorrectProgressUpdateDocument,
  type CorrectProgressUpdateInput,
  CorrectionContextDocument,
  type CorrectionContextQuery,
  type CorrectionProposalFieldsFragment,
  DeclineCorrectionProposalDocument,
  ProposeCorrectionDocument,
  type ProposeCorrectionInput,
} from '../generated/graphql';
import { describeError } from '../graphql-errors';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

/** What a correction changes: any of the update's fields, never its identity or the reason. */
export type CorrectionChangeSet = Omit<CorrectProgressUpdateInput, 'id' | 'version' | 'reason' | 'lifecycleStatus'>;
type Proposal = Pick<CorrectionProposalFieldsFragment, 'id' | 'version'>;

/**
 * Corrections to an update of a signed-off period: the strategy's updates and proposals for the period, a
 * reviewer's correction, a lead's proposal, and a reviewer's answer to one. Provide it in the page
 * (`providers: [CorrectionStore]`). Writes run with `context.busy()` true; errors reach the page's form.
 */
@Injectable()
export class CorrectionStore {
  private readonly api = inject(GraphqlApi);
  readonly context = new ServerState<CorrectionContextQuery>();

  load(strategyId: string, periodId: string): Promise<CorrectionContextQuery | undefined> {
    return this.context.load(() =>
      this.api
        .query({ query: CorrectionContextDocument, variables: { strategyId, periodId }, fetchPolicy: 'network-only' })
        .catch((error: unknown) => {
          throw describeError(error).code === 'NOT_FOUND' ? new Error('This update could not be found.') : error;
        }),
    );
  }

  /** A reviewer corrects the update at the version read. */
  async correct(update: { id: string; version: number }, reason: string, changes: CorrectionChangeSet): Promise<void> {
    const input = { id: update.id, version: update.version, reason, ...changes };
    await this.context.run(() => this.api.mutate({ mutation: CorrectProgressUpdateDocument, variables: { input } }));
  }

  /** The action's lead proposes a correction for a reviewer to accept or decline. */
  async propose(
    updateId: string,
    reason: string,
    changes: Omit<ProposeCorrectionInput, 'updateId' | 'reason'>,
  ): Promise<void> {
    const input = { updateId, reason, ...changes };
    await this.context.run(() => this.api.mutate({ mutation: ProposeCorrectionDocument, variables: { input } }));
  }

  async acceptProposal({ id, version }: Proposal): Promise<void> {
    await this.context.run(() =>
      this.api.mutate({ mutation: AcceptCorrectionProposalDocument, variables: { input: { id, version } } }),
    );
  }

  async declineProposal({ id, version }: Proposal, reason: string): Promise<void> {
    await this.context.run(() =>
      this.api.mutate({ mutation: DeclineCorrectionProposalDocument, variables: { input: { id, version, reason } } }),
    );
  }
}
