import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LifecycleStatus } from '@waymark/api/shared/util';
import { ProgressUpdateModel } from '../models/progress-update.model';
import { ReportingPeriodModel } from '../models/reporting-period.model';

@ObjectType('OwedUpdate', {
  description: 'An action the signed-in lead owes an update on, for the current period of its strategy.',
})
export class OwedUpdateModel {
  @Field(() => ID) actionId!: string;
  @Field(() => String, { nullable: true }) actionRef!: string | null;
  @Field() actionTitle!: string;
  @Field(() => LifecycleStatus) actionLifecycleStatus!: LifecycleStatus;
  @Field(() => String, { nullable: true, description: 'ISO date' }) actionDueOn!: string | null;
  @Field(() => ID) strategyId!: string;
  @Field() strategyTitle!: string;
  @Field(() => ID, { description: "The action's theme." }) themeId!: string;
  @Field() themeTitle!: string;
  @Field(() => Int, {
    nullable: true,
    description: "1, 2, 3… among the strategy's live themes; null when the theme is archived.",
  })
  themeNumber!: number | null;
  @Field({ description: 'The strategy\'s label for its theme level, e.g. "Strategic Aim".' }) themeLabel!: string;
  @Field(() => ReportingPeriodModel) period!: ReportingPeriodModel;
  @Field({ description: 'ISO date: the update deadline of the period.' }) deadline!: string;
  @Field({ description: "'not_started' when no update exists yet, otherwise the update's review state." })
  status!: string;
  @Field({ description: 'Deadline passed and the update is not submitted.' }) isOverdue!: boolean;
  @Field(() => ProgressUpdateModel, { nullable: true }) update!: ProgressUpdateModel | null;
  @Field(() => ProgressUpdateModel, { nullable: true, description: "Last period's update, to read while writing." })
  previousUpdate!: ProgressUpdateModel | null;
  @Field(() => String, { nullable: true }) previousPeriodName!: string | null;
}

@ObjectType('FieldChange', {
  description:
    'One changed field, raw: before/after are JSON-encoded values. For people, use HistoryEntry.summary and details.',
})
export class FieldChangeModel {
  @Field() field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType('HistoryEntry', { description: 'One audit row: who changed what, when, and why.' })
export class HistoryEntryModel {
  @Field(() => ID) id!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field() entityType!: string;
  @Field(() => ID) entityId!: string;
  @Field(() => String, { nullable: true, description: 'For progress updates: the period they belong to.' })
  periodName!: string | null;
  @Field() operation!: string;
  @Field(() => [FieldChangeModel]) changes!: FieldChangeModel[];
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field({
    description:
      'The entry in one sentence: what happened, by whom, on which date, and why ("RAG for Q3 validated as Red instead of Amber by Helen Barker on 3 March 2016. Reason: …").',
  })
  summary!: string;
  @Field(() => [String], { description: 'What changed, one line each, in words (names, not ids).' }) details!: string[];
}

@ObjectType('ThemeCommentary', {
  description: 'A numbered commentary paragraph of a theme for a period (York-style report).',
})
export class ThemeCommentaryModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) themeId!: string;
  @Field(() => ID) periodId!: string;
  @Field() body!: string;
  @Field(() => Int) sortOrder!: number;
  @Field(() => ID, { nullable: true }) authorId!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}

@ObjectType('BulkAcceptOutcome', { description: 'What happened to one update of a bulk accept.' })
export class BulkAcceptOutcomeModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'True when this update is now accepted.' }) accepted!: boolean;
  @Field(() => Int, { nullable: true, description: "The accepted update's new version." }) version!: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Why it was not accepted: CONFLICT when it changed since the page loaded, BAD_USER_INPUT when it is no longer submitted.',
  })
  code!: string | null;
  @Field(() => String, { nullable: true }) message!: string | null;
}
