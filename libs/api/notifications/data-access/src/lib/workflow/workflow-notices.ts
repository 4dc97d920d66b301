import { Inject, Injectable } from '@nestjs/common';
import type { PeriodSignedOffEvent, ProgressEvents, UpdateReviewedEvent } from '@waymark/api/progress/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { calendarDate } from '@waymark/api/shared/util';
import { RAG_LABEL, type Rag } from '@waymark/shared/domain';
import type { EntityManager } from 'typeorm';
import { NotificationKind } from '../kinds/notification-kinds';
import { recordNotices, type Notice } from '../notify/record-notices';
import { periodSignedOffMail } from '../templates/period-signed-off-mail';
import { ragChangedMail } from '../templates/rag-changed-mail';
import { updateReturnedMail } from '../templates/update-returned-mail';
import { queryRows } from '@waymark/api/database';

interface ReviewedUpdate {
  readonly version: number;
  readonly reviewState: string;
  readonly reviewComment: string | null;
  readonly proposedRag: Rag | null;
  readonly validatedRag: Rag | null;
  readonly validationReason: string | null;
  readonly authorId: string | null;
  readonly leadPersonId: string | null;
  readonly actionId: string;
  readonly actionTitle: string;
  readonly strategyId: string;
  readonly strategyTitle: string;
  readonly periodId: string;
  readonly periodName: string;
  readonly reviewerName: string | null;
}

interface SignedOffPeriod {
  readonly name: string;
  readonly version: number;
  readonly signedOffAt: Date;
  readonly strategyId: string;
  readonly strategyTitle: string;
  readonly signerName: string | null;
  readonly memberIds: string[];
}

/**
 * The workflow's notifications, called by the progress write side inside the transaction of the change:
 * a returned update and an update accepted with another RAG go to its lead (author and named lead officer),
 * a sign-off to the accountable group. Nobody is told of their own action. Keys carry the record's version after the
 * change, so each return, acceptance or sign-off notifies once, and a later one (after resubmission or reopening) again.
 */
@Injectable()
export class WorkflowNotices implements ProgressEvents {
  constructor(@Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig) {}

  async updateReviewed(manager: EntityManager, event: UpdateReviewedEvent): Promise<void> {
    const [u] = await queryRows<ReviewedUpdate>(
      manager,
      `SELECT pu.version, pu.review_state AS "reviewState", pu.review_comment AS "reviewComment", pu.proposed_rag AS "proposedRag",
              pu.validated_rag AS "validatedRag", pu.validation_reason AS "validationReason", pu.author_id AS "authorId",
              a.lead_person_id AS "leadPersonId", a.id AS "actionId", a.title AS "actionTitle", s.id AS "strategyId", s.title AS "strategyTitle",
              rp.id AS "periodId", rp.name AS "periodName", reviewer.full_name AS "reviewerName"
         FROM progress_update pu
         JOIN action a ON a.id = pu.action_id
         JOIN strategy s ON s.id = a.strategy_id
         JOIN reporting_period rp ON rp.id = pu.period_id
         LEFT JOIN person reviewer ON reviewer.id = $2
        WHERE pu.id = $1`,
      [event.updateId, event.actorId],
    );
    if (!u) return;
    const kind = this.reviewNoticeKind(event, u);
    if (!kind) return;
    const leads = [...new Set([u.authorId, u.leadPersonId])].filter(
      (id): id is string => id !== null && id !== event.actorId,
    );
    const reviewerName = u.reviewerName ?? 'A reviewer';
    const common = {
      reviewerName,
      actionTitle: u.actionTitle,
      strategyTitle: u.strategyTitle,
      periodName: u.periodName,
    };
    const linkPath = `/my-updates/${u.strategyId}/${u.periodId}/${u.actionId}`;
    const notices: Notice[] = leads.map((personId) =>
      kind === NotificationKind.UpdateReturned
        ? {
            personId,
            kind,
            key: `${kind}:${event.updateId}:v${u.version}:${personId}`,
            title: `Your ${u.periodName} update on “${u.actionTitle}” was returned`,
            body: u.reviewComment ?? '',
            linkPath,
            mail: (to, link) =>
              updateReturnedMail({ ...common, fullName: to.fullName, comment: u.reviewComment ?? '', link }),
          }
        : {
            personId,
            kind,
            key: `${kind}:${event.updateId}:v${u.version}:${personId}`,
            title: `Your ${u.periodName} update on “${u.actionTitle}” was accepted as ${RAG_LABEL[u.validatedRag as Rag]} (you proposed ${u.proposedRag ? RAG_LABEL[u.proposedRag] : 'none'})`,
            body: u.validationReason ?? '',
            linkPath,
            mail: (to, link) =>
              ragChangedMail({
                ...common,
                fullName: to.fullName,
                proposedRag: u.proposedRag ? RAG_LABEL[u.proposedRag] : 'no RAG status',
                validatedRag: RAG_LABEL[u.validatedRag as Rag],
                reason: u.validationReason ?? '',
                link,
              }),
          },
    );
    await recordNotices(manager, notices, this.config.publicUrl);
  }

  async periodSignedOff(manager: EntityManager, event: PeriodSignedOffEvent): Promise<void> {
    const [p] = await queryRows<SignedOffPeriod>(
      manager,
      `SELECT rp.name, rp.version, rp.signed_off_at AS "signedOffAt", s.id AS "strategyId", s.title AS "strategyTitle",
              signer.full_name AS "signerName", coalesce(array_agg(gm.person_id) FILTER (WHERE gm.person_id IS NOT NULL), '{}') AS "memberIds"
         FROM reporting_period rp
         JOIN strategy s ON s.id = rp.strategy_id
         LEFT JOIN person signer ON signer.id = $2
         LEFT JOIN group_membership gm ON gm.group_id = s.accountable_group_id
        WHERE rp.id = $1
        GROUP BY rp.id, s.id, signer.id`,
      [event.periodId, event.actorId],
    );
    if (!p) return;
    const kind = NotificationKind.PeriodSignedOff;
    const linkPath = `/reports?strategy=${p.strategyId}&period=${event.periodId}`;
    const signedOffOn = calendarDate(new Date(p.signedOffAt));
    const notices: Notice[] = p.memberIds
      .filter((id) => id !== event.actorId)
      .map((personId) => ({
        personId,
        kind,
        key: `${kind}:${event.periodId}:v${p.version}:${personId}`,
        title: `${p.name} of ${p.strategyTitle} was signed off`,
        body: `Signed off by ${p.signerName ?? 'the accountable group'}.`,
        linkPath,
        mail: (to, link) =>
          periodSignedOffMail({
            fullName: to.fullName,
            signedOffByName: p.signerName ?? 'The accountable group',
            strategyTitle: p.strategyTitle,
            periodName: p.name,
            signedOffOn,
            reportLink: link,
          }),
      }));
    await recordNotices(manager, notices, this.config.publicUrl);
  }

  /** Returned: always news to the lead. Accepted (or re-validated once accepted) with a RAG other than proposed: news. */
  private reviewNoticeKind(event: UpdateReviewedEvent, u: ReviewedUpdate): NotificationKind | null {
    if (event.outcome === 'returned') return NotificationKind.UpdateReturned;
    if (u.reviewState !== 'accepted' || !u.validatedRag || u.validatedRag === u.proposedRag) return null;
    if (event.outcome === 'rag_validated' && u.validatedRag === event.previousValidatedRag) return null;
    return NotificationKind.RagChanged;
  }
}
