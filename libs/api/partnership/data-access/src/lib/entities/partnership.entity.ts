import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('partnership')
export class PartnershipEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) shortName!: string | null;
  @Column('jsonb') ragDefinitions!: Record<string, string>;
  @Column('int') version!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
  @Column('timestamptz', { nullable: true }) archivedAt!: Date | null;
}
