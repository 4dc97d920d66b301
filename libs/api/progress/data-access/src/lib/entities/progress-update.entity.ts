import { LifecycleStatus, Rag, ReviewState } from '@waymark/shared/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('progress_update')
export class ProgressUpdateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') actionId!: string;
  @Column('uuid') periodId!: string;
  @Column('text') narrative!: string;
  @Column({ type: 'enum', enum: Rag, enumName: 'rag', nullable: true }) proposedRag!: Rag | null;
  @Column('smallint', { nullable: true }) percentComplete!: number | null;
  @Column({ type: 'enum', enum: LifecycleStatus, enumName: 'lifecycle_status', nullable: true })
  lifecycleStatus!: LifecycleStatus | null;
  @Column({ type: 'enum', enum: ReviewState, enumName: 'review_state' }) reviewState!: ReviewState;
  @Column('text', { nullable: true }) reviewComment!: string | null;
  @Column({ type: 'enum', enum: Rag, enumName: 'rag', nullable: true }) validatedRag!: Rag | null;
  @Column('text', { nullable: true }) validationReason!: string | null;
  @Column('uuid', { nullable: true }) reviewedById!: string | null;
  @Column('timestamptz', { nullable: true }) reviewedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) submittedAt!: Date | null;
  @Column('uuid', { nullable: true }) authorId!: string | null;
  @Column('int') correctionCount!: number;
  @Column('text', { nullable: true }) lastCorrectionReason!: string | null;
  @Column('int') version!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}
