import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, ValidateNested } from 'class-validator';
import { ActionFilterInput } from './action-filter.input';

@InputType('SearchActionsInput')
export class SearchActionsInput {
  /** Length and content are checked by the search service, which names the field in its error. */
  @Field({
    description: 'Words (websearch syntax: "quoted phrase", or, -not) or an action reference; at most 200 characters.',
  })
  @IsString()
  query!: string;

  @Field(() => ActionFilterInput, {
    nullable: true,
    description: 'Narrows the results; every given criterion must hold.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActionFilterInput)
  filter?: ActionFilterInput | null;
}
