import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed';

@Entity('outbox_message')
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { nullable: true }) partnershipId!: string | null;
  @Column('text') recipient!: string;
  @Column('text') subject!: string;
  @Column('text') textBody!: string;
  @Column('text') htmlBody!: string;
  @Column('text') status!: OutboxStatus;
  @Column('int') attempts!: number;
  @Column('text', { nullable: true }) lastError!: string | null;
  @Column('timestamptz') nextAttemptAt!: Date;
  @Column('timestamptz', { nullable: true }) sentAt!: Date | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('text', { nullable: true }) dedupeKey!: string | null;
}

export const mailEntities = [OutboxMessageEntity];
