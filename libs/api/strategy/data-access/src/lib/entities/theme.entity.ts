import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('theme')
export class ThemeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') strategyId!: string;
  @Column('text') title!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('int') sortOrder!: number;
  @Column('int') version!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
  @Column('timestamptz', { nullable: true }) archivedAt!: Date | null;
}
