import { Args, Field, ID, InputType, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { ReportService } from './report.service';

@InputType()
export class BoardReportVersionsInput {
  @Field(() => ID) @IsUUID() periodId!: string;
}

@ObjectType('BoardReportVersion', {
  description: "A stored version of a signed-off period's board report: 1 at sign-off, one more per correction.",
})
export class BoardReportVersionModel {
  @Field(() => Int) version!: number;
  @Field({ description: 'SHA-256 (hex) of the stored report model.' }) sha256!: string;
  @Field({ description: 'ISO timestamp (UTC).' }) createdAt!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Who signed off or corrected; null for a period frozen when first reported on.',
  })
  createdByName!: string | null;
}

@Resolver()
export class ReportVersionsResolver {
  constructor(private readonly reports: ReportService) {}

  @Query(() => [BoardReportVersionModel], {
    description: 'The frozen board report versions of a period, newest first; empty until it is signed off.',
  })
  boardReportVersions(
    @CurrentActor() actor: Actor,
    @Args('input') input: BoardReportVersionsInput,
  ): Promise<BoardReportVersionModel[]> {
    return this.reports.versions(actor, input.periodId);
  }
}
