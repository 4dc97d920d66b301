import { GroupKind, Rag } from '@waymark/shared/domain';

/** Plain read shapes returned by the partnership services (never entities). */
export interface RagDefinitionsView {
  readonly [Rag.Red]: string;
  readonly [Rag.Amber]: string;
  readonly [Rag.Green]: string;
}

export interface PartnershipView {
  readonly id: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly ragDefinitions: RagDefinitionsView;
  /** IANA time zone of its deadlines and of "today" (default Europe/London). */
  readonly timeZone: string;
  readonly version: number;
}

export interface OrganisationView {
  readonly id: string;
  readonly partnershipId: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly sortOrder: number;
  readonly version: number;
  readonly archivedAt: Date | null;
}

export interface PersonView {
  readonly id: string;
  readonly partnershipId: string;
  readonly fullName: string;
  readonly email: string;
  readonly jobTitle: string | null;
  readonly organisationId: string | null;
  readonly organisationName: string | null;
  readonly isAdministrator: boolean;
  readonly version: number;
  readonly archivedAt: Date | null;
  /** Derived: deactivated, active (has a password), invited (a live invitation), or not_invited. */
  readonly accountStatus: 'not_invited' | 'invited' | 'active' | 'deactivated';
  readonly deactivatedAt: Date | null;
  readonly lastSignedInAt: Date | null;
  readonly invitationExpiresAt: Date | null;
}

export interface GroupMemberView {
  readonly personId: string;
  readonly fullName: string;
  readonly organisationName: string | null;
  readonly isChair: boolean;
}

export interface GroupView {
  readonly id: string;
  readonly partnershipId: string;
  readonly name: string;
  readonly kind: GroupKind;
  readonly description: string | null;
  readonly sortOrder: number;
  readonly version: number;
  readonly archivedAt: Date | null;
  readonly members: GroupMemberView[];
}
