import { Entity, PrimaryColumn } from 'typeorm';

@Entity('action_supporting_organisation')
export class ActionSupportingOrganisationEntity {
  @PrimaryColumn('uuid') actionId!: string;
  @PrimaryColumn('uuid') organisationId!: string;
}
