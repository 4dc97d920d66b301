import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsId } from './validators';
import { VersionField } from './version';

@InputType('CreateThemeInput')
export class CreateThemeInput {
  @Field(() => ID) @IsId() strategyId!: string;
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the theme title' })
  @MaxLength(500, { message: 'must be 500 characters or fewer' })
  title!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000, { message: 'must be 10,000 characters or fewer' })
  description?: string | null;
}

@InputType('UpdateThemeInput')
export class UpdateThemeInput {
  @Field(() => ID) @IsId() id!: string;
  @VersionField() version!: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the theme title' })
  @MaxLength(500, { message: 'must be 500 characters or fewer' })
  title?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000, { message: 'must be 10,000 characters or fewer' })
  description?: string | null;
}

@InputType('CreateObjectiveInput')
export class CreateObjectiveInput {
  @Field(() => ID) @IsId() themeId!: string;
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the objective title' })
  @MaxLength(1000, { message: 'must be 1,000 characters or fewer' })
  title!: string;
}

@InputType('UpdateObjectiveInput')
export class UpdateObjectiveInput {
  @Field(() => ID) @IsId() id!: string;
  @VersionField() version!: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the objective title' })
  @MaxLength(1000, { message: 'must be 1,000 characters or fewer' })
  title?: string;
}

@InputType('ReorderInput', { description: "A parent's children in their new order (all of them, each once)." })
export class ReorderInput {
  @Field(() => ID, {
    description: 'Strategy (themes), theme (objectives, or actions with no objective) or objective (actions).',
  })
  @IsId()
  parentId!: string;
  @Field(() => [ID]) @IsId({ each: true }) orderedIds!: string[];
}
