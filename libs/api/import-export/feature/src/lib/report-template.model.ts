import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ObjectType('ReportTemplate', {
  description:
    "The partnership's own Word template: the board report's Word download is written into it (its styles, page, header and footer). Uploaded with `POST /api/report-template`, downloaded with `GET /api/report-template/:id`.",
})
export class ReportTemplateModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The name of the file as uploaded, e.g. "York letterhead.dotx".' }) fileName!: string;
  @Field(() => Int) byteSize!: number;
  @Field({ description: 'When it was uploaded (ISO 8601).' }) uploadedAt!: string;
  @Field(() => String, { nullable: true, description: 'Who uploaded it; null if that account has gone.' })
  uploadedByName!: string | null;
  @Field(() => Int) version!: number;
}

@InputType({ description: 'The template to remove: the partnership goes back to the built-in template.' })
export class RemoveReportTemplateInput {
  @Field(() => ID) @IsUUID() id!: string;
}
