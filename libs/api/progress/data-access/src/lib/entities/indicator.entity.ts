import { IndicatorDirection } from '@waymark/shared/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('indicator')
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') strategyId!: string;
  @Column('uuid', { nullable: true }) objectiveId!: string | null;
  @Column('text') name!: string;
  @Column('text') unit!: string;
  @Column({ type: 'enum', enum: IndicatorDirection, enumName: 'indicator_direction' }) direction!: IndicatorDirection;
  /** numeric columns arrive as strings from pg; kept exact, converted at the edge. */
  @Column('numeric', { nullable: true }) baseline!: string | null;
  @Column('numeric', { nullable: true }) target!: string | null;
  @Column('numeric', { nullable: true }) tolerance!: string | null;
  @Column('int') sortOrder!: number;
  @Column('int') version!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
  @Column('timestamptz', { nullable: true }) archivedAt!: Date | null;
}
