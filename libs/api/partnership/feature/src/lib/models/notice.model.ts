import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

const fieldDocs = {
  organisationName:
    'Who runs this Waymark service, as named in the accessibility statement (e.g. "York Community Safety Partnership").',
  contactEmail: 'Email address for accessibility problems and requests for information in another format.',
  contactPhone: 'Telephone number for the same.',
  dataController: 'The data controller: organisation name and postal address.',
  dataProtectionOfficer: "How to contact the data controller's data protection officer.",
  lawfulBasis: 'The lawful basis for processing personal data (UK GDPR article 6).',
  retention: 'How long personal data is kept.',
  processors: 'Who hosts Waymark and any other processors.',
} as const;

@ObjectType('NoticeSettings', {
  description:
    "The administrator-completed fields of the partnership's accessibility statement and privacy notice. Null: not written yet.",
})
export class NoticeSettingsModel {
  @Field(() => ID) partnershipId!: string;
  @Field(() => String, { nullable: true, description: fieldDocs.organisationName }) organisationName!: string | null;
  @Field(() => String, { nullable: true, description: fieldDocs.contactEmail }) contactEmail!: string | null;
  @Field(() => String, { nullable: true, description: fieldDocs.contactPhone }) contactPhone!: string | null;
  @Field(() => String, { nullable: true, description: fieldDocs.dataController }) dataController!: string | null;
  @Field(() => String, { nullable: true, description: fieldDocs.dataProtectionOfficer }) dataProtectionOfficer!:
    | string
    | null;
  @Field(() => String, { nullable: true, description: fieldDocs.lawfulBasis }) lawfulBasis!: string | null;
  @Field(() => String, { nullable: true, description: fieldDocs.retention }) retention!: string | null;
  @Field(() => String, { nullable: true, description: fieldDocs.processors }) processors!: string | null;
  @Field(() => Int, { description: '1 until the first save.' }) version!: number;
}

@ObjectType('PublishedNotices', {
  description: 'What the accessibility statement and privacy notice pages show; readable without signing in.',
})
export class PublishedNoticesModel {
  @Field(() => String, {
    nullable: true,
    description: 'Null when signed out on a deployment with several partnerships: only default wording is shown.',
  })
  partnershipName!: string | null;
  @Field(() => String, { nullable: true, description: fieldDocs.organisationName }) organisationName!: string | null;
  @Field(() => String, { nullable: true, description: fieldDocs.contactEmail }) contactEmail!: string | null;
  @Field(() => String, { nullable: true, description: fieldDocs.contactPhone }) contactPhone!: string | null;
  @Field(() => String, { nullable: true, description: fieldDocs.dataController }) dataController!: string | null;
  @Field(() => String, { nullable: true, description: fieldDocs.dataProtectionOfficer }) dataProtectionOfficer!:
    | string
    | null;
  @Field(() => String, { nullable: true, description: fieldDocs.lawfulBasis }) lawfulBasis!: string | null;
  @Field(() => String, { nullable: true, description: fieldDocs.retention }) retention!: string | null;
  @Field(() => String, { nullable: true, description: fieldDocs.processors }) processors!: string | null;
}
