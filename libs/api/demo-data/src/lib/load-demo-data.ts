import { randomUUID } from 'node:crypto';
import { hashPassword } from '@waymark/api/identity/data-access';
import { ReminderRun } from '@waymark/api/reminders/data-access';
import type { DataSource } from 'typeorm';
import {
  ActionRow,
  DataSet,
  Lifecycle,
  PeriodRow,
  PeriodState,
  Rag,
  UpdateRow,
  emptyDataSet,
  writeDataSet,
} from './data-set';
import {
  ANNUAL_PLAN,
  COMMUNITY_SAFETY_STRATEGY,
  DEMO_ACCOUNTS,
  DEMO_PARTNERSHIP_NAME,
  SECOND_DEMO_PARTNERSHIP,
  DemoAccount,
  GROUPS,
  GroupKey,
  ORGANISATIONS,
  OrgKey,
  PEOPLE,
  PersonKey,
  PersonSpec,
  RAG_DEFINITIONS,
  UpdateSpec,
  YORK_INDICATORS,
  YORK_PERIODS,
  YORK_STRATEGY,
  YORK_THEMES,
  emailOf,
} from './demo-content';

/**
 * York's open quarter (Q4 2015/16, updates due 15 April 2016) goes through its whole cycle, run by the real reminder
 * job with the clock set to each step's day: reminder, chaser, second chaser, escalation. A new administrator then
 * finds the Outbox and that period's cycle status filled.
 */
async function sendDemoReminders(dataSource: DataSource, partnershipId: string, publicUrl: string): Promise<void> {
  const run = new ReminderRun(dataSource, publicUrl);
  for (const day of ['2016-04-08', '2016-04-15', '2016-04-18', '2016-04-22'])
    await run.run(new Date(`${day}T08:05:00+01:00`), { dryRun: false, partnershipId });
}

export interface LoadedDemoData {
  readonly partnershipId: string;
  readonly strategyIds: { readonly york: string; readonly communitySafety: string; readonly annualPlan: string };
  readonly accounts: readonly DemoAccount[];
}

/** True when the demo partnership is in the database (whether loaded now or earlier). */
export async function demoDataExists(dataSource: DataSource): Promise<boolean> {
  const rows: unknown[] = await dataSource.query(
    `SELECT 1 FROM partnership p JOIN person ON person.partnership_id = p.id
      WHERE p.name = $1 AND person.email = $2 LIMIT 1`,
    [DEMO_PARTNERSHIP_NAME, DEMO_ACCOUNTS[0].email],
  );
  return rows.length > 0;
}

/**
 * Loads the demo partnership in one transaction with one multi-row INSERT per table:
 * York's hate crime strategy with three quarters of updates, a two-level strategy, an annual
 * plan under it, indicators, commentary and one sign-in account per role.
 */
export async function loadDemoData(
  dataSource: DataSource,
  options: { readonly publicUrl?: string } = {},
): Promise<LoadedDemoData> {
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((a) => hashPassword(a.password)));
  const built = buildDemoDataSet();
  // One account per demo address, for every partnership its person belongs to.
  built.set.credentials = DEMO_ACCOUNTS.flatMap((a, i) => {
    const people = built.set.people.filter((p) => p.email === a.email);
    if (!people.length) throw new Error(`demo account ${a.email} has no person`);
    return people.map((p) => ({ personId: p.id, passwordHash: hashes[i] }));
  });
  await dataSource.transaction((manager) => writeDataSet(manager, built.set, 'import'));
  await sendDemoReminders(dataSource, built.partnershipId, options.publicUrl ?? 'http://localhost:3000');
  return { partnershipId: built.partnershipId, strategyIds: built.strategyIds, accounts: DEMO_ACCOUNTS };
}

/**
 * A small neighbouring partnership (an organisation, a board, no strategies yet) that the report officer also
 * administers, so the demo shows choosing and switching partnerships.
 */
function addSecondPartnership(set: DataSet, member: PersonSpec): void {
  const partnershipId = randomUUID();
  set.partnerships.push({
    id: partnershipId,
    name: SECOND_DEMO_PARTNERSHIP.name,
    shortName: SECOND_DEMO_PARTNERSHIP.shortName,
    ragDefinitions: RAG_DEFINITIONS,
  });
  const organisationId = randomUUID();
  set.organisations.push({
    id: organisationId,
    partnershipId,
    name: SECOND_DEMO_PARTNERSHIP.organisation,
    shortName: null,
    sortOrder: 0,
  });
  const groupId = randomUUID();
  set.groups.push({
    id: groupId,
    partnershipId,
    name: SECOND_DEMO_PARTNERSHIP.board,
    kind: 'board',
    description: null,
    sortOrder: 0,
  });
  const personId = randomUUID();
  set.people.push({
    id: personId,
    partnershipId,
    fullName: member.name,
    email: emailOf(member.name),
    jobTitle: member.job,
    organisationId,
    isAdministrator: true,
  });
  set.memberships.push({ groupId, personId, isChair: false });
}

/** Timestamp `days` after a date, at a working-hours time, as ISO. */
function at(date: string, days: number, hour = 10): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
}

export function buildDemoDataSet(): {
  set: DataSet;
  partnershipId: string;
  strategyIds: LoadedDemoData['strategyIds'];
} {
  const set = emptyDataSet();
  const partnershipId = randomUUID();
  set.partnerships.push({
    id: partnershipId,
    name: DEMO_PARTNERSHIP_NAME,
    shortName: 'SYP',
    ragDefinitions: RAG_DEFINITIONS,
  });

  const orgId = {} as Record<OrgKey, string>;
  (Object.keys(ORGANISATIONS) as OrgKey[]).forEach((key, i) => {
    orgId[key] = randomUUID();
    set.organisations.push({
      id: orgId[key],
      partnershipId,
      name: ORGANISATIONS[key].name,
      shortName: ORGANISATIONS[key].short,
      sortOrder: i,
    });
  });
  const groupId = {} as Record<GroupKey, string>;
  (Object.keys(GROUPS) as GroupKey[]).forEach((key, i) => {
    groupId[key] = randomUUID();
    const g = GROUPS[key];
    set.groups.push({
      id: groupId[key],
      partnershipId,
      name: g.name,
      kind: g.kind,
      description: g.description,
      sortOrder: i,
    });
  });
  const personId = {} as Record<PersonKey, string>;
  for (const key of Object.keys(PEOPLE) as PersonKey[]) {
    const p: PersonSpec = PEOPLE[key];
    personId[key] = randomUUID();
    set.people.push({
      id: personId[key],
      partnershipId,
      fullName: p.name,
      email: emailOf(p.name),
      jobTitle: p.job,
      organisationId: orgId[p.org],
      isAdministrator: p.admin ?? false,
    });
    for (const g of p.groups)
      set.memberships.push({ groupId: groupId[g], personId: personId[key], isChair: (p.chairs ?? []).includes(g) });
  }

  addSecondPartnership(set, PEOPLE.sam);

  // --- York: four strategic aims, objectives, actions, three quarters of updates ---
  const york = randomUUID();
  set.strategies.push({
    id: york,
    partnershipId,
    parentStrategyId: null,
    ...YORK_STRATEGY,
    principles: [...YORK_STRATEGY.principles],
    accountableGroupId: groupId.sog,
    reportingCadence: 'quarterly',
    themeLabel: 'Strategic Aim',
    objectiveLabel: 'Objective',
    actionLabel: 'Action',
    hasObjectiveLevel: true,
    ragDefinitions: {},
    sortOrder: 0,
  });
  const yorkPeriods = YORK_PERIODS.map((p) => period(york, p));
  set.periods.push(...yorkPeriods);
  const objectiveIds: string[][] = [];
  YORK_THEMES.forEach((theme, t) => {
    const themeId = randomUUID();
    set.themes.push({
      id: themeId,
      strategyId: york,
      title: theme.title,
      description: theme.description,
      sortOrder: t,
    });
    objectiveIds.push([]);
    theme.objectives.forEach((objective, o) => {
      const objectiveId = randomUUID();
      objectiveIds[t].push(objectiveId);
      set.objectives.push({ id: objectiveId, strategyId: york, themeId, title: objective.title, sortOrder: o });
      objective.actions.forEach((a, n) => {
        const action = actionRow(york, themeId, objectiveId, `${t + 1}.${o + 1}.${n + 1}`, n, a);
        set.actions.push(action);
        for (const org of a.supporting ?? [])
          set.supportingOrganisations.push({ actionId: action.id, organisationId: orgId[org] });
        a.updates.forEach((u, i) => {
          if (u) set.updates.push(updateRow(action.id, yorkPeriods[i], u, personId[a.officer]));
        });
        action.lifecycleStatus = latestStatus(a.updates) ?? 'not_started';
      });
    });
    theme.commentary.forEach((body, i) =>
      set.commentary.push({
        id: randomUUID(),
        themeId,
        periodId: yorkPeriods[i].id,
        body,
        sortOrder: 0,
        authorId: personId.sam,
      }),
    );
  });
  YORK_INDICATORS.forEach((ind, i) => {
    const indicatorId = randomUUID();
    set.indicators.push({
      id: indicatorId,
      strategyId: york,
      objectiveId: ind.objective ? objectiveIds[ind.objective[0]][ind.objective[1]] : null,
      name: ind.name,
      unit: ind.unit,
      direction: ind.direction,
      baseline: ind.baseline,
      target: ind.target,
      sortOrder: i,
    });
    ind.values.forEach((value, p) =>
      set.indicatorValues.push({
        id: randomUUID(),
        indicatorId,
        periodId: yorkPeriods[p].id,
        value,
        note: ind.notes[p],
      }),
    );
  });

  // --- A two-level strategy: key objectives with commitments directly beneath ---
  const cs = COMMUNITY_SAFETY_STRATEGY;
  const communitySafety = randomUUID();
  set.strategies.push({
    id: communitySafety,
    partnershipId,
    parentStrategyId: null,
    title: cs.title,
    shortTitle: cs.shortTitle,
    startsOn: cs.startsOn,
    endsOn: cs.endsOn,
    description: cs.description,
    vision: null,
    principles: [],
    accountableGroupId: groupId.sog,
    reportingCadence: 'quarterly',
    themeLabel: 'Key objective',
    objectiveLabel: 'Objective',
    actionLabel: 'Commitment',
    hasObjectiveLevel: false,
    ragDefinitions: {},
    sortOrder: 1,
  });
  const csPeriods = cs.periods.map((p) => period(communitySafety, p));
  set.periods.push(...csPeriods);
  cs.themes.forEach((theme, t) => {
    const themeId = randomUUID();
    set.themes.push({ id: themeId, strategyId: communitySafety, title: theme.title, description: null, sortOrder: t });
    theme.commitments.forEach((c, n) => {
      const updates: UpdateSpec[] = c.rags.map(
        (r, i): UpdateSpec =>
          r === 'complete'
            ? {
                status: 'complete',
                pct: 100,
                text: 'Delivered: the forum took place in September with partners from across the city.',
                review: 'submitted',
              }
            : {
                status: 'in_progress',
                rag: r,
                pct: 30 + 20 * i,
                text: commitmentNarrative(c.title, r, i),
                review: i === 0 ? 'accepted' : 'submitted',
              },
      );
      const spec = { ...c, starts: cs.startsOn, due: cs.endsOn, updates } as const;
      const action = actionRow(communitySafety, themeId, null, `${t + 1}.${n + 1}`, n, spec);
      action.lifecycleStatus = latestStatus(updates) ?? 'not_started';
      set.actions.push(action);
      updates.forEach((u, i) => set.updates.push(updateRow(action.id, csPeriods[i], u, personId[c.officer])));
    });
  });

  // --- An annual plan under the three-year strategy ---
  const ap = ANNUAL_PLAN;
  const annualPlan = randomUUID();
  set.strategies.push({
    id: annualPlan,
    partnershipId,
    parentStrategyId: communitySafety,
    title: ap.title,
    shortTitle: ap.shortTitle,
    startsOn: ap.startsOn,
    endsOn: ap.endsOn,
    description: ap.description,
    vision: null,
    principles: [],
    accountableGroupId: groupId.sog,
    reportingCadence: 'quarterly',
    themeLabel: 'Priority',
    objectiveLabel: 'Objective',
    actionLabel: 'Action',
    hasObjectiveLevel: true,
    ragDefinitions: {},
    sortOrder: 2,
  });
  const apPeriod = period(annualPlan, ap.period);
  set.periods.push(apPeriod);
  ap.themes.forEach((theme, t) => {
    const themeId = randomUUID();
    const objectiveId = randomUUID();
    set.themes.push({ id: themeId, strategyId: annualPlan, title: theme.title, description: null, sortOrder: t });
    set.objectives.push({ id: objectiveId, strategyId: annualPlan, themeId, title: theme.objective, sortOrder: 0 });
    theme.actions.forEach((a, n) => {
      const update: UpdateSpec | null =
        n === 0
          ? {
              status: 'in_progress',
              rag: 'green',
              pct: 25,
              text: 'Planning started with partners; dates and resources being confirmed.',
              review: 'draft',
            }
          : null;
      const action = actionRow(annualPlan, themeId, objectiveId, `${t + 1}.1.${n + 1}`, n, {
        ...a,
        starts: ap.startsOn,
      });
      action.lifecycleStatus = update ? update.status : 'not_started';
      set.actions.push(action);
      if (update) set.updates.push(updateRow(action.id, apPeriod, update, personId[a.officer]));
    });
  });

  return { set, partnershipId, strategyIds: { york, communitySafety, annualPlan } };

  function period(
    strategyId: string,
    p: { name: string; startsOn: string; endsOn: string; updateDeadline: string; state: PeriodState },
  ): PeriodRow {
    const signedOff = p.state === 'signed_off';
    return {
      id: randomUUID(),
      strategyId,
      name: p.name,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      updateDeadline: p.updateDeadline,
      state: p.state,
      signedOffAt: signedOff ? at(p.updateDeadline, 20, 15) : null,
      signedOffById: signedOff ? personId.mark : null,
    };
  }

  function actionRow(
    strategyId: string,
    themeId: string,
    objectiveId: string | null,
    ref: string,
    sortOrder: number,
    a: {
      title: string;
      lead: OrgKey;
      officer: PersonKey;
      group: GroupKey;
      starts: string;
      due: string;
      movedTo?: string;
    },
  ): ActionRow {
    return {
      id: randomUUID(),
      strategyId,
      themeId,
      objectiveId,
      ref,
      title: a.title,
      description: null,
      leadOrganisationId: orgId[a.lead],
      leadPersonId: personId[a.officer],
      deliveryGroupId: groupId[a.group],
      startsOn: a.starts,
      originalDueOn: a.due,
      currentDueOn: a.movedTo ?? a.due,
      rescheduleCount: a.movedTo ? 1 : 0,
      lifecycleStatus: 'not_started',
      sortOrder,
    };
  }

  function updateRow(actionId: string, p: PeriodRow, u: UpdateSpec, authorId: string): UpdateRow {
    const written = at(p.updateDeadline, -4);
    const submitted = u.review === 'draft' ? null : at(p.updateDeadline, -2, 14);
    const reviewed = u.review === 'accepted' || u.review === 'returned';
    const carriesRag = u.status === 'in_progress' || u.status === 'ongoing';
    return {
      id: randomUUID(),
      actionId,
      periodId: p.id,
      narrative: u.text,
      proposedRag: carriesRag ? (u.rag ?? null) : null,
      percentComplete: u.pct ?? null,
      lifecycleStatus: u.status,
      reviewState: u.review,
      reviewComment: u.comment ?? null,
      validatedRag: u.review === 'accepted' && carriesRag ? (u.validated?.rag ?? u.rag ?? null) : null,
      validationReason: u.validated?.reason ?? null,
      reviewedById: reviewed ? personId.helen : null,
      reviewedAt: reviewed ? at(p.updateDeadline, 7, 11) : null,
      submittedAt: submitted,
      authorId,
      createdAt: written,
      updatedAt: reviewed ? at(p.updateDeadline, 7, 11) : (submitted ?? written),
    };
  }
}

function latestStatus(updates: readonly (UpdateSpec | null)[]): Lifecycle | null {
  for (let i = updates.length - 1; i >= 0; i -= 1) {
    const u = updates[i];
    if (u) return u.status;
  }
  return null;
}

function commitmentNarrative(title: string, rag: Rag, i: number): string {
  const what = title.replace(/^We will /, '').replace(/^./, (c) => c.toLowerCase());
  if (rag === 'red')
    return `Work to ${what} has stalled: the funding bid was turned down and no alternative budget has been found. The Senior Officer Group is asked to decide how to proceed.`;
  if (rag === 'amber')
    return `Progress to ${what} is behind plan because of staff vacancies in the lead team; a recovery plan is agreed for next quarter.`;
  return i === 0
    ? `Partners have agreed how they will ${what} and the first steps are under way.`
    : `On track to ${what}; this quarter’s milestones were met and reported to the delivery group.`;
}
