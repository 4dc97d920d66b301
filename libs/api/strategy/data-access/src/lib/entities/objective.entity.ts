import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('objective')
export class ObjectiveEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') strategyId!: string;
  @Column('uuid') themeId!: string;
  @Column('text') title!: string;
  @Column('int') sortOrder!: number;
  @Column('int') version!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
  @Column('timestamptz', { nullable: true }) archivedAt!: Date | null;
}
