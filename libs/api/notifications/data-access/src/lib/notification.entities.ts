import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('notification')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') partnershipId!: string;
  @Column('uuid') personId!: string;
  @Column('text') kind!: string;
  @Column('text') title!: string;
  @Column('text') body!: string;
  @Column('text') linkPath!: string;
  @Column('text') email!: 'immediate' | 'digest' | 'none';
  @Column('timestamptz', { nullable: true }) digestedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) readAt!: Date | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('text') dedupeKey!: string;
}

@Entity('notification_settings')
export class NotificationSettingsEntity {
  @PrimaryColumn('uuid') personId!: string;
  @Column('jsonb') preferences!: Record<string, string>;
  @Column('int') version!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

export const notificationEntities = [NotificationEntity, NotificationSettingsEntity];
