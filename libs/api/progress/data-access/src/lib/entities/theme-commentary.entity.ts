import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('theme_commentary')
export class ThemeCommentaryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') themeId!: string;
  @Column('uuid') periodId!: string;
  @Column('text') body!: string;
  @Column('int') sortOrder!: number;
  @Column('uuid', { nullable: true }) authorId!: string | null;
  @Column('int') version!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
  @Column('timestamptz', { nullable: true }) archivedAt!: Date | null;
}
