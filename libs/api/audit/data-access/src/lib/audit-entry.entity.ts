import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: a database trigger refuses UPDATE, DELETE and TRUNCATE. */
@Entity('audit_entry')
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('timestamptz') occurredAt!: Date;
  @Column('uuid', { nullable: true }) actorId!: string | null;
  @Column('uuid', { nullable: true }) partnershipId!: string | null;
  @Column('text') entityType!: string;
  @Column('uuid') entityId!: string;
  @Column('text') operation!: string;
  @Column('jsonb') changes!: Record<string, { before: unknown; after: unknown }>;
  @Column('text', { nullable: true }) reason!: string | null;
}
