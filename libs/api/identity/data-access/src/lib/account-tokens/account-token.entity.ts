import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AccountTokenPurpose = 'invitation' | 'password_reset';

/** A one-time link; the token itself is never stored, only its SHA-256. */
@Entity('account_token')
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') personId!: string;
  @Column('text') purpose!: AccountTokenPurpose;
  @Column('bytea') tokenHash!: Buffer;
  @Column('timestamptz') expiresAt!: Date;
  @Column('timestamptz', { nullable: true }) usedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) revokedAt!: Date | null;
  @Column('uuid', { nullable: true }) createdBy!: string | null;
  @Column('timestamptz') createdAt!: Date;
}
