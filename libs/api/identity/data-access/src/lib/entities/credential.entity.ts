import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Password hashes live apart from `account` and `person` so no query for people can leak them. One per account. */
@Entity('credential')
export class CredentialEntity {
  @PrimaryColumn('uuid') accountId!: string;
  @Column('text') passwordHash!: string;
  @Column('timestamptz') updatedAt!: Date;
}
