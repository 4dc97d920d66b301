import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('indicator_value')
export class IndicatorValueEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') indicatorId!: string;
  @Column('uuid') periodId!: string;
  @Column('numeric') value!: string;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('int') version!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}
