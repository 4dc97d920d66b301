import { LifecycleStatus } from '@waymark/shared/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('action')
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') strategyId!: string;
  @Column('uuid') themeId!: string;
  @Column('uuid', { nullable: true }) objectiveId!: string | null;
  @Column('text', { nullable: true }) ref!: string | null;
  @Column('text') title!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('uuid', { nullable: true }) leadOrganisationId!: string | null;
  @Column('uuid', { nullable: true }) leadPersonId!: string | null;
  @Column('uuid', { nullable: true }) deliveryGroupId!: string | null;
  @Column('date', { nullable: true }) startsOn!: string | null;
  @Column('date', { nullable: true }) originalDueOn!: string | null;
  @Column('date', { nullable: true }) currentDueOn!: string | null;
  @Column('int') rescheduleCount!: number;
  @Column({ type: 'enum', enum: LifecycleStatus, enumName: 'lifecycle_status' }) lifecycleStatus!: LifecycleStatus;
  @Column('int') sortOrder!: number;
  @Column('int') version!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
  @Column('timestamptz', { nullable: true }) archivedAt!: Date | null;
}
