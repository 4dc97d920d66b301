import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('group_membership')
export class GroupMembershipEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') groupId!: string;
  @Column('uuid') personId!: string;
  @Column('boolean') isChair!: boolean;
  @Column('timestamptz') createdAt!: Date;
}
