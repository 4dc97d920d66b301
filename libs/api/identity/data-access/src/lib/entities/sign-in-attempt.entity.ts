import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('sign_in_attempt')
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('text') accountKey!: string;
  @Column('text') addressKey!: string;
  @Column('boolean') succeeded!: boolean;
  @Column('timestamptz') attemptedAt!: Date;
}
