import { ReportingCadence } from '@waymark/shared/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('strategy')
export class StrategyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') partnershipId!: string;
  @Column('uuid', { nullable: true }) parentStrategyId!: string | null;
  @Column('text') title!: string;
  @Column('text', { nullable: true }) shortTitle!: string | null;
  @Column('date') startsOn!: string;
  @Column('date') endsOn!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('text', { nullable: true }) vision!: string | null;
  @Column('text', { array: true }) principles!: string[];
  @Column('uuid', { nullable: true }) accountableGroupId!: string | null;
  @Column({ type: 'enum', enum: ReportingCadence, enumName: 'reporting_cadence' }) reportingCadence!: ReportingCadence;
  @Column('text') themeLabel!: string;
  @Column('text') objectiveLabel!: string;
  @Column('text') actionLabel!: string;
  @Column('boolean') hasObjectiveLevel!: boolean;
  @Column('jsonb') ragDefinitions!: Record<string, string>;
  @Column('int') sortOrder!: number;
  @Column('int') version!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
  @Column('timestamptz', { nullable: true }) archivedAt!: Date | null;
}
