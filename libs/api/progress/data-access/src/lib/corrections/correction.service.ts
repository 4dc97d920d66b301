import { Injectable } from '@nestjs/common';
import { Actor } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';
import type { VersionedCommand } from '../writes/progress-update-context';
import { correctionProposalById, correctionProposals, CorrectionProposalView } from './correction-proposal-queries';
import {
  CorrectionProposalRecord,
  acceptCorrectionProposal,
  declineCorrectionProposal,
  proposeCorrection,
  ProposeCorrectionCommand,
} from './correction-proposal-writes';

export { CorrectionProposalState, type CorrectionProposalView } from './correction-proposal-queries';
export type { ProposeCorrectionCommand } from './correction-proposal-writes';

/** Corrections a delivery lead proposes to a signed-off update, and the reviewer's accept or decline. */
@Injectable()
export class CorrectionService {
  constructor(private readonly dataSource: DataSource) {}

  propose(actor: Actor, cmd: ProposeCorrectionCommand): Promise<CorrectionProposalRecord> {
    return proposeCorrection(this.dataSource, actor, cmd);
  }

  accept(actor: Actor, cmd: VersionedCommand): Promise<CorrectionProposalRecord> {
    return acceptCorrectionProposal(this.dataSource, actor, cmd);
  }

  decline(actor: Actor, cmd: VersionedCommand & { reason: string }): Promise<CorrectionProposalRecord> {
    return declineCorrectionProposal(this.dataSource, actor, cmd);
  }

  byId(id: string): Promise<CorrectionProposalView> {
    return correctionProposalById(this.dataSource, id);
  }

  forPeriod(actor: Actor, periodId: string): Promise<CorrectionProposalView[]> {
    return correctionProposals(this.dataSource, actor, periodId);
  }
}
