import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('person')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') partnershipId!: string;
  @Column('text') fullName!: string;
  @Column('citext') email!: string;
  /** The account that signs in as this person (a membership of that account); null until they are invited. */
  @Column('uuid', { nullable: true }) accountId!: string | null;
  @Column('text', { nullable: true }) jobTitle!: string | null;
  @Column('uuid', { nullable: true }) organisationId!: string | null;
  @Column('boolean') isAdministrator!: boolean;
  @Column('int') version!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
  @Column('timestamptz', { nullable: true }) archivedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) deactivatedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) lastSignedInAt!: Date | null;
}
