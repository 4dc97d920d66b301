import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who signs in: one e-mail address, one password (credential), one single sign-on link. Its memberships are the
 * `person` rows that name it, one per partnership.
 */
@Entity('account')
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('citext') email!: string;
  @Column('text', { nullable: true }) oidcIssuer!: string | null;
  @Column('text', { nullable: true }) oidcSubject!: string | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}
