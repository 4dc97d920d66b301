import { Args, Context, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { VersionedRecord } from '@waymark/api/database';
import { ProgressActivityQueries, ProgressWriteService, type OwedUpdateView } from '@waymark/api/progress/data-access';
import { isStaleNarrative, localDate } from '@waymark/shared/domain';
import { Actor, CurrentActor, rawJsonSlots } from '@waymark/api/shared/util';
import { ProgressUpdateModel } from '../models/progress-update.model';
import { ReportingPeriodModel } from '../models/reporting-period.model';
import {
  AcceptProgressUpdateInput,
  AcceptProgressUpdatesInput,
  ArchiveThemeCommentaryInput,
  CorrectProgressUpdateInput,
  ReturnProgressUpdateInput,
  SaveProgressUpdateInput,
  SetPeriodStateInput,
  SubmitProgressUpdateInput,
  UpdateThemeCommentaryInput,
  ValidateRagInput,
  WithdrawProgressUpdateInput,
  WriteThemeCommentaryInput,
} from '../inputs/progress-write.input';
import {
  BulkAcceptOutcomeModel,
  HistoryEntryModel,
  OwedUpdateModel,
  ThemeCommentaryModel,
} from './progress-activity.models';
import { toProgressUpdateModel, toReportingPeriodModel, toThemeCommentaryModel } from './progress-mappers';
import { jsonSelection } from './json-selection';
import { selectedSubfields } from './selected-subfields';

const date = (value: string | null): Date | null => (value === null ? null : new Date(value));

const TIMESTAMPS = ['reviewedAt', 'submittedAt', 'createdAt', 'updatedAt'] as const;

/**
 * An update assembled in SQL as the model, holding only the fields the operation selected (see `myUpdates`): its
 * timestamps (ISO text) as `Date`s, and `isStale` when given.
 */
function owedUpdateModel(update: Partial<OwedUpdateView>, isStale?: boolean): ProgressUpdateModel {
  const model: { -readonly [K in keyof ProgressUpdateModel]?: unknown } = update;
  for (const key of TIMESTAMPS) if (update[key] !== undefined) model[key] = date(update[key]);
  if (isStale !== undefined) model.isStale = isStale;
  // GraphQL reads only the selected fields, which are all here.
  return model as ProgressUpdateModel;
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** Progress write side: leads draft and submit, the accountable group reviews, validates, signs off and corrects. */
@Resolver()
export class ProgressWriteResolver {
  constructor(
    private readonly writes: ProgressWriteService,
    private readonly queries: ProgressActivityQueries,
  ) {}

  @Mutation(() => ProgressUpdateModel, {
    description: "Creates or edits (draft/returned) an action's update for a period. Delivery lead.",
  })
  async saveProgressUpdate(
    @Args('input') input: SaveProgressUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<ProgressUpdateModel> {
    return this.describe(await this.writes.saveProgressUpdate(actor, input));
  }

  @Mutation(() => ProgressUpdateModel, { description: 'Submits a draft or returned update for review. Delivery lead.' })
  async submitProgressUpdate(
    @Args('input') input: SubmitProgressUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<ProgressUpdateModel> {
    return this.describe(await this.writes.submitProgressUpdate(actor, input));
  }

  @Mutation(() => ProgressUpdateModel, {
    description: 'Withdraws a submitted update not yet reviewed, back to draft. Delivery lead.',
  })
  async withdrawProgressUpdate(
    @Args('input') input: WithdrawProgressUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<ProgressUpdateModel> {
    return this.describe(await this.writes.withdrawProgressUpdate(actor, input));
  }

  @Mutation(() => ProgressUpdateModel, {
    description: 'Accepts a submitted update. Senior officer (accountable group).',
  })
  async acceptProgressUpdate(
    @Args('input') input: AcceptProgressUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<ProgressUpdateModel> {
    return this.describe(await this.writes.acceptProgressUpdate(actor, input));
  }

  @Mutation(() => [BulkAcceptOutcomeModel], {
    description:
      'Accepts several submitted updates, each as acceptProgressUpdate would; one changed since the page loaded is refused (CONFLICT in its outcome) while the others are accepted. Senior officer.',
  })
  async acceptProgressUpdates(
    @Args('input') input: AcceptProgressUpdatesInput,
    @CurrentActor() actor: Actor,
  ): Promise<BulkAcceptOutcomeModel[]> {
    const outcomes = await this.writes.acceptProgressUpdates(actor, input.updates);
    return outcomes.map((o) => ({
      id: o.id,
      accepted: o.accepted !== null,
      version: o.accepted ? Number(o.accepted['version']) : null,
      code: o.code,
      message: o.message,
    }));
  }

  @Mutation(() => ProgressUpdateModel, {
    description: 'Returns a submitted update to its lead with a comment. Senior officer.',
  })
  async returnProgressUpdate(
    @Args('input') input: ReturnProgressUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<ProgressUpdateModel> {
    return this.describe(await this.writes.returnProgressUpdate(actor, input));
  }

  @Mutation(() => ProgressUpdateModel, {
    description: 'Sets the validated RAG (reason required when it differs from the proposed). Senior officer.',
  })
  async validateRag(
    @Args('input') input: ValidateRagInput,
    @CurrentActor() actor: Actor,
  ): Promise<ProgressUpdateModel> {
    return this.describe(await this.writes.validateRag(actor, { ...input, validatedRag: input.validatedRag ?? null }));
  }

  @Mutation(() => ProgressUpdateModel, {
    description: 'Corrects an update of a signed-off period, with a reason; recorded as a correction. Senior officer.',
  })
  async correctProgressUpdate(
    @Args('input') input: CorrectProgressUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<ProgressUpdateModel> {
    return this.describe(await this.writes.correctProgressUpdate(actor, input));
  }

  @Mutation(() => ReportingPeriodModel, {
    description: 'open → in review → signed off (locked); in review → open to reopen. Sign-off: senior officer.',
  })
  async setPeriodState(
    @Args('input') input: SetPeriodStateInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReportingPeriodModel> {
    return toReportingPeriodModel(await this.writes.setPeriodState(actor, input));
  }

  @Mutation(() => ThemeCommentaryModel, {
    description: 'Adds a commentary paragraph to a theme for a period. Senior officer.',
  })
  async writeThemeCommentary(
    @Args('input') input: WriteThemeCommentaryInput,
    @CurrentActor() actor: Actor,
  ): Promise<ThemeCommentaryModel> {
    return toThemeCommentaryModel(await this.writes.writeThemeCommentary(actor, input));
  }

  @Mutation(() => ThemeCommentaryModel)
  async updateThemeCommentary(
    @Args('input') input: UpdateThemeCommentaryInput,
    @CurrentActor() actor: Actor,
  ): Promise<ThemeCommentaryModel> {
    return toThemeCommentaryModel(await this.writes.updateThemeCommentary(actor, input));
  }

  @Mutation(() => ThemeCommentaryModel)
  async archiveThemeCommentary(
    @Args('input') input: ArchiveThemeCommentaryInput,
    @CurrentActor() actor: Actor,
  ): Promise<ThemeCommentaryModel> {
    return toThemeCommentaryModel(await this.writes.archiveThemeCommentary(actor, input));
  }

  @Query(() => [OwedUpdateModel], {
    description:
      "Actions the signed-in person owes an update on, for each strategy's current period (or the given one).",
  })
  async myUpdates(
    @CurrentActor() actor: Actor,
    @Info() info: GraphQLResolveInfo,
    @Context() context: unknown,
    @Args('periodId', { type: () => ID, nullable: true }) periodId?: string | null,
  ): Promise<OwedUpdateModel[]> {
    const today = localDate(new Date(), actor.timeZone);
    // The list is most of a lead's page and the bulk of this API's reads: PostgreSQL writes its JSON for exactly the
    // selection and the executor puts that text in the response, in place of the empty list returned here
    // (`RawJsonSlots`), so no item or leaf is parsed, completed or serialised in Node.
    const slots = rawJsonSlots(context);
    const selection = slots && info.path.prev === undefined ? jsonSelection(info) : null;
    const text = selection && (await this.queries.myUpdatesJson(actor, periodId ?? null, today, selection));
    if (slots && typeof text === 'string') {
      slots.texts.set(String(info.path.key), text);
      return [];
    }
    // Assembled in SQL in this model's shape, each update with only the fields the operation selects (the list's
    // bulk: a lead's page asks for a third of them); the staleness of this period's narrative needs both narratives.
    const update = selectedSubfields(info, 'update');
    const previousUpdate = selectedSubfields(info, 'previousUpdate');
    const stale = update.has('isStale');
    if (stale) [update, previousUpdate].forEach((fields) => fields.add('narrative'));
    const rows = await this.queries.myUpdates(actor, periodId ?? null, today, { update, previousUpdate });
    return rows.map((r) => ({
      ...r,
      period: { ...r.period, signedOffAt: date(r.period.signedOffAt) },
      update:
        r.update &&
        owedUpdateModel(
          r.update,
          stale ? isStaleNarrative(r.update.narrative ?? '', r.previousUpdate?.narrative ?? null) : undefined,
        ),
      previousUpdate: r.previousUpdate && owedUpdateModel(r.previousUpdate),
    }));
  }

  @Query(() => [HistoryEntryModel], { description: 'The audit history of an action and its updates, oldest first.' })
  async actionHistory(
    @Args('actionId', { type: () => ID }) actionId: string,
    @CurrentActor() actor: Actor,
  ): Promise<HistoryEntryModel[]> {
    const rows = await this.queries.actionHistory(actor, actionId);
    return rows.map(({ wording, ...r }) => ({
      ...r,
      summary: wording.summary,
      details: [...wording.details],
      id: String(r.id),
      occurredAt: new Date(r.occurredAt),
      changes: Object.entries(r.changes ?? {}).map(([field, change]) => ({
        field,
        before: json(change.before),
        after: json(change.after),
      })),
    }));
  }

  private async describe(row: VersionedRecord<'progress_update'>): Promise<ProgressUpdateModel> {
    return toProgressUpdateModel(row, await this.queries.updateDetails(row.id));
  }
}
