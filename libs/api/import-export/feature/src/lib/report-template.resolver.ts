import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { findReportTemplate, removeReportTemplate } from '@waymark/api/reporting/data-access';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { RemoveReportTemplateInput, ReportTemplateModel } from './report-template.model';

@Resolver()
export class ReportTemplateResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => ReportTemplateModel, {
    nullable: true,
    description:
      "The partnership's Word template for the board report; null while it uses the built-in one. Administrators only.",
  })
  reportTemplate(@CurrentActor() actor: Actor): Promise<ReportTemplateModel | null> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    return findReportTemplate(this.dataSource, actor.partnershipId);
  }

  @Mutation(() => Boolean, {
    description:
      'Removes the Word template: board reports in Word use the built-in template again. Audited. Administrators only.',
  })
  async removeReportTemplate(
    @CurrentActor() actor: Actor,
    @Args('input') input: RemoveReportTemplateInput,
  ): Promise<boolean> {
    await removeReportTemplate(this.dataSource, actor, input.id);
    return true;
  }
}
