import { PeriodState, type ReportingPeriod } from '@waymark/shared/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('reporting_period')
/** The table's mapping for TypeORM; its shape is `ReportingPeriod`'s, checked by `implements`. */
export class ReportingPeriodEntity implements ReportingPeriod {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') strategyId!: string;
  @Column('text') name!: string;
  @Column('date') startsOn!: string;
  @Column('date') endsOn!: string;
  @Column('date') updateDeadline!: string;
  @Column({ type: 'enum', enum: PeriodState, enumName: 'period_state' }) state!: PeriodState;
  @Column('timestamptz', { nullable: true }) signedOffAt!: Date | null;
  @Column('uuid', { nullable: true }) signedOffById!: string | null;
  @Column('int') version!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}
