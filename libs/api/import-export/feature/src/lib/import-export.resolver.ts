import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { ImportExportService } from './import-export.service';
import { PlanImportInput, PlanImportPreviewModel } from './plan-import.model';

@Resolver()
export class PlanImportResolver {
  constructor(private readonly service: ImportExportService) {}

  @Mutation(() => PlanImportPreviewModel, {
    description:
      'Dry run of a plan spreadsheet import: what would be created, updated and left alone, and every problem by row and column. Writes nothing. Administrators only.',
  })
  previewPlanImport(
    @CurrentActor() actor: Actor,
    @Args('input') input: PlanImportInput,
  ): Promise<PlanImportPreviewModel> {
    return this.service.preview(actor, input) as Promise<PlanImportPreviewModel>;
  }

  @Mutation(() => PlanImportPreviewModel, {
    description:
      'Applies a plan spreadsheet import in one transaction; refused with BAD_USER_INPUT (changing nothing) when the preview has problems. Administrators only.',
  })
  applyPlanImport(
    @CurrentActor() actor: Actor,
    @Args('input') input: PlanImportInput,
  ): Promise<PlanImportPreviewModel> {
    return this.service.apply(actor, input) as Promise<PlanImportPreviewModel>;
  }
}
