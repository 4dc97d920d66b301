import { GroupKind } from '@waymark/shared/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('partnership_group')
export class PartnershipGroupEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') partnershipId!: string;
  @Column('text') name!: string;
  @Column({ type: 'enum', enum: GroupKind, enumName: 'group_kind' }) kind!: GroupKind;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('int') sortOrder!: number;
  @Column('int') version!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
  @Column('timestamptz', { nullable: true }) archivedAt!: Date | null;
}
