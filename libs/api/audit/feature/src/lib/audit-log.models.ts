import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditLogEntry', {
  description: 'One change in the partnership, in words: never ids, field names or raw values.',
})
export class AuditLogEntryModel {
  @Field(() => ID) id!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field({ description: 'Who made the change; "The system" for imports and scheduled jobs.' }) personName!: string;
  @Field({ description: 'The record type as filtered on, e.g. "progress_update".' }) recordType!: string;
  @Field({ description: 'The record type in words, e.g. "Progress update".' }) recordTypeLabel!: string;
  @Field({ description: 'The record as it is now, e.g. "2.1 ii) Train staff".' }) recordName!: string;
  @Field(() => String, { nullable: true, description: 'Web path of the record while it still exists.' }) recordPath!:
    | string
    | null;
  @Field({ description: 'e.g. "Changed the proposed RAG of the update for Q1 on action 2.1 ii) from Amber to Red".' })
  summary!: string;
  @Field(() => [String], { description: 'What changed, one line per field.' }) details!: string[];
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType('AuditLogPage')
export class AuditLogPageModel {
  @Field(() => [AuditLogEntryModel], { description: 'Newest first.' }) entries!: AuditLogEntryModel[];
  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next (older) page; null on the last page.',
  })
  nextCursor!: string | null;
}
