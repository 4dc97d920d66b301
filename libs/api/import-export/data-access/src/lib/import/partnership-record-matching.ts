import { randomUUID } from 'node:crypto';
import { matchKey, PlanAction, PlanField } from '@waymark/shared/plan-template';
import { ImportFindings } from './import-findings';
import type { ExistingGroup, ExistingOrganisation, ExistingPerson } from './existing-records';
import { PlanningRequest, PlannedInserts } from './import.types';

interface NamedRecordUse {
  id: string;
  name: string;
  isNew: boolean;
  archived: boolean;
  rows: number[];
}

/** Organisations: matched by name or short name; created when new. */
export function matchOrganisations(existing: readonly ExistingOrganisation[], findings: ImportFindings) {
  const byKey = new Map<string, NamedRecordUse>();
  for (const o of existing) {
    const entry: NamedRecordUse = { id: o.id, name: o.name, isNew: false, archived: !!o.archived_at, rows: [] };
    byKey.set(matchKey(o.name), entry);
    if (o.short_name && !byKey.has(matchKey(o.short_name))) byKey.set(matchKey(o.short_name), entry);
  }
  let sortOrder = Math.max(0, ...existing.map((o) => o.sort_order));
  const inserts: PlannedInserts['organisations'] = [];

  const resolve = (name: string, row: number, field: PlanField): string | null => {
    const key = matchKey(name);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { id: randomUUID(), name, isNew: true, archived: false, rows: [] };
      byKey.set(key, entry);
      inserts.push({ id: entry.id, name, sortOrder: ++sortOrder });
    }
    if (entry.archived) {
      findings.problem(row, field, `Organisation "${entry.name}" is archived: restore it or use another organisation.`);
      return null;
    }
    entry.rows.push(row);
    return entry.id;
  };
  const reportChanges = () => {
    // A Set: an organisation is keyed under both its name and its short name.
    for (const entry of new Set(byKey.values()))
      if (entry.rows.length || entry.isNew)
        findings.change('organisation', entry.isNew ? 'create' : 'unchanged', entry.name, entry.rows);
  };
  return { resolve, inserts, reportChanges };
}

/** Delivery groups: matched by name; created when new. */
export function matchGroups(existing: readonly ExistingGroup[], findings: ImportFindings) {
  const byKey = new Map<string, NamedRecordUse>();
  for (const g of existing)
    byKey.set(matchKey(g.name), { id: g.id, name: g.name, isNew: false, archived: !!g.archived_at, rows: [] });
  let sortOrder = Math.max(0, ...existing.map((g) => g.sort_order));
  const inserts: PlannedInserts['groups'] = [];

  const resolve = (name: string, row: number): string | null => {
    const key = matchKey(name);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { id: randomUUID(), name, isNew: true, archived: false, rows: [] };
      byKey.set(key, entry);
      inserts.push({ id: entry.id, name, sortOrder: ++sortOrder });
    }
    if (entry.archived) {
      findings.problem(row, 'deliveryGroup', `Group "${entry.name}" is archived: restore it or use another group.`);
      return null;
    }
    entry.rows.push(row);
    return entry.id;
  };
  const reportChanges = () => {
    for (const entry of byKey.values())
      if (entry.rows.length || entry.isNew)
        findings.change('group', entry.isNew ? 'create' : 'unchanged', entry.name, entry.rows);
  };
  return { resolve, inserts, reportChanges };
}

function titleFromEmail(email: string): string {
  return email
    .split('@')[0]
    .split(/[._-]+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join(' ');
}

/** Lead officers: by email, else by name (must be unique in the partnership); a new email adds a person. */
export function matchPeople(existing: readonly ExistingPerson[], request: PlanningRequest, findings: ImportFindings) {
  const peopleInPartnership = existing.filter((p) => p.partnership_id === request.partnershipId && !p.archived_at);
  const personByEmail = new Map(existing.map((p) => [p.email.toLowerCase(), p]));
  const personUse = new Map<string, { label: string; isNew: boolean; rows: number[] }>();
  const inserts: PlannedInserts['people'] = [];

  const resolve = (action: PlanAction): string | null => {
    const ref = action.leadOfficer;
    if (!ref) return null;
    const row = action.firstRow;
    let id: string | null = null;
    if (ref.email) {
      const found = personByEmail.get(ref.email);
      if (found && found.partnership_id !== request.partnershipId) {
        findings.problem(row, 'leadOfficer', `${ref.email} belongs to a person in another partnership.`);
        return null;
      }
      if (found && found.archived_at) {
        findings.problem(
          row,
          'leadOfficer',
          `${found.full_name} (${ref.email}) is archived: restore them or choose another lead officer.`,
        );
        return null;
      }
      if (found) id = found.id;
      else {
        id = randomUUID();
        const fullName = ref.name ?? titleFromEmail(ref.email);
        const created: ExistingPerson = {
          id,
          partnership_id: request.partnershipId,
          full_name: fullName,
          email: ref.email,
          archived_at: null,
        };
        personByEmail.set(ref.email, created);
        inserts.push({ id, fullName, email: ref.email });
        personUse.set(id, { label: `${fullName} <${ref.email}>`, isNew: true, rows: [] });
      }
    } else if (ref.name) {
      const matches = [
        ...peopleInPartnership,
        ...inserts.map((p) => ({ id: p.id, full_name: p.fullName, email: p.email })),
      ].filter((p) => matchKey(p.full_name) === matchKey(ref.name));
      if (matches.length === 0) {
        findings.problem(
          row,
          'leadOfficer',
          `Unknown lead officer "${ref.name}": no person with this name. Give their email (or "Name <email>") to add them.`,
        );
        return null;
      }
      if (matches.length > 1) {
        findings.problem(
          row,
          'leadOfficer',
          `"${ref.name}" matches ${matches.length} people: give the lead officer's email instead.`,
        );
        return null;
      }
      id = matches[0].id;
    }
    if (!id) return null;
    const person = [...personByEmail.values()].find((p) => p.id === id);
    const use = personUse.get(id) ?? {
      label: person ? `${person.full_name} <${person.email}>` : id,
      isNew: false,
      rows: [],
    };
    use.rows.push(...action.rows);
    personUse.set(id, use);
    return id;
  };
  const reportChanges = () => {
    for (const entry of personUse.values())
      findings.change('person', entry.isNew ? 'create' : 'unchanged', entry.label, entry.rows);
  };
  return { resolve, inserts, reportChanges };
}
