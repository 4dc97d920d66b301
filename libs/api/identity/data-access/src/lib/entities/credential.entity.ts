import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Password hashes live apart from `person` so no query for people can leak them. */
@Entity('credential')
export class CredentialEntity {
  @PrimaryColumn('uuid') personId!: string;
  @Column('text') passwordHash!: string;
  @Column('timestamptz') updatedAt!: Date;
}
