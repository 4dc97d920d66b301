import { hash, type Algorithm } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';
import {
  ActionRow,
  DataSet,
  Lifecycle,
  PeriodRow,
  PeriodState,
  Rag,
  ReviewState,
  UpdateRow,
  emptyDataSet,
  writeDataSet,
} from './data-set';

export interface BenchDataOptions {
  readonly actions: number;
  readonly periods?: number;
  readonly seed?: number;
}

export interface GeneratedBenchData {
  readonly partnershipId: string;
  readonly strategyId: string;
  /** Reporting periods oldest first; the last is open, the one before it in review. */
  readonly periodIds: readonly string[];
  readonly account: { readonly email: string; readonly password: string; readonly personId: string };
  readonly counts: {
    readonly actions: number;
    readonly updates: number;
    readonly themes: number;
    readonly objectives: number;
  };
}

export const BENCH_PASSWORD = 'waymark-bench-lead';

// Same argon2id profile as hashPassword (@waymark/api/identity/data-access), with a salt derived from the seed
// so that the generated rows, the hash included, are identical for the same seed.

/** mulberry32: small, fast, good enough for test data; same seed, same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'The delivery group',
  'The lead officer',
  'Partners from the council and police',
  'The community safety team',
  'Victim Support colleagues',
  'The voluntary sector representative',
  'The analyst',
  'The task and finish group',
  'Neighbourhood policing teams',
  'The equalities officer',
];
const VERBS = [
  'met twice this quarter to review',
  'completed the first draft of',
  'agreed a revised timetable for',
  'consulted community groups about',
  'briefed front-line staff on',
  'started a pilot of',
  'reported progress to the board on',
  'collected feedback from residents on',
  'mapped current provision for',
  'secured funding for',
];
const OBJECTS = [
  'third-party reporting arrangements',
  'the awareness training programme',
  'the victim referral pathway',
  'the information sharing agreement',
  'the quarterly data return',
  'the schools engagement plan',
  'the social media campaign',
  'the repeat victims process',
  'support for community venues',
  'the annual partnership forum',
];
const TAILS = [
  'and expects to finish by the end of next quarter.',
  'with good attendance from statutory and voluntary partners.',
  'although staff vacancies have slowed the work slightly.',
  'and the findings will be shared at the next meeting.',
  'following feedback from the Senior Officer Group.',
  'which now reaches more of the groups most at risk.',
  'and a short evaluation will follow in the spring.',
  'with the remaining steps set out in the delivery plan.',
];
const FILLERS = ['No other issues to report.', 'Next steps are agreed.', 'Risks are being monitored.'];
const THEME_WORDS = [
  'awareness',
  'reporting',
  'victim support',
  'data and intelligence',
  'prevention',
  'community cohesion',
  'partnership working',
  'education',
];

/**
 * Writes a deterministic benchmark partnership: `actions` actions over themes and objectives,
 * `periods` quarters of updates (300–400 character narratives), reviews, commentary and
 * indicators, plus one delivery-lead account. Same seed, same rows (ids included).
 */
export async function generateBenchData(
  dataSource: DataSource,
  options: BenchDataOptions,
): Promise<GeneratedBenchData> {
  const built = buildBenchDataSet(options);
  const salt = new Uint8Array(16).map((_, i) => (options.seed ?? 1) * 31 + i);
  const passwordHash = await hash(BENCH_PASSWORD, {
    algorithm: 2 as Algorithm,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
    salt,
  });
  built.set.credentials.push({ personId: built.result.account.personId, passwordHash });
  await dataSource.transaction((manager) => writeDataSet(manager, built.set, 'create'));
  return built.result;
}

export function buildBenchDataSet(options: BenchDataOptions): { set: DataSet; result: GeneratedBenchData } {
  const seed = options.seed ?? 1;
  const periodCount = options.periods ?? 8;
  const actionCount = options.actions;
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  const uuid = (): string => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  const narrative = (): string => {
    let text = '';
    let tries = 0;
    while (text.length < 300) {
      const sentence = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`;
      if (text.length + sentence.length + 1 <= 400) text = text ? `${text} ${sentence}` : sentence;
      else if (++tries > 10) {
        const filler = FILLERS.find((f) => text.length + f.length + 1 <= 400) ?? '';
        text = `${text} ${filler}`.trim();
        if (text.length < 300) text = `${text} ${'Work continues.'}`;
        break;
      }
    }
    return text;
  };

  const set = emptyDataSet();
  const partnershipId = uuid();
  set.partnerships.push({
    id: partnershipId,
    name: `Bench Partnership ${seed}`,
    shortName: 'BENCH',
    ragDefinitions: {},
  });
  const orgIds = Array.from({ length: 10 }, (_, i) => {
    const id = uuid();
    set.organisations.push({
      id,
      partnershipId,
      name: `Bench Organisation ${i + 1}`,
      shortName: `ORG${i + 1}`,
      sortOrder: i,
    });
    return id;
  });
  const themeCount = Math.min(12, 4 + Math.floor(actionCount / 200));
  const objectivesPerTheme = 4;
  const boardId = uuid();
  const sogId = uuid();
  set.groups.push(
    { id: boardId, partnershipId, name: 'Bench Board', kind: 'board', description: null, sortOrder: 0 },
    {
      id: sogId,
      partnershipId,
      name: 'Bench Senior Officer Group',
      kind: 'senior_officer_group',
      description: null,
      sortOrder: 1,
    },
  );
  const deliveryGroupIds = Array.from({ length: themeCount }, (_, i) => {
    const id = uuid();
    set.groups.push({
      id,
      partnershipId,
      name: `Bench Delivery Group ${i + 1}`,
      kind: 'delivery_group',
      description: null,
      sortOrder: i + 2,
    });
    return id;
  });
  const peopleCount = Math.max(10, Math.ceil(actionCount / 20));
  const personIds = Array.from({ length: peopleCount }, (_, i) => {
    const id = uuid();
    set.people.push({
      id,
      partnershipId,
      fullName: i === 0 ? 'Bench Lead' : `Bench Person ${i + 1}`,
      email: i === 0 ? `bench.lead.${seed}@bench.waymark.test` : `bench.person.${seed}.${i + 1}@bench.waymark.test`,
      jobTitle: 'Officer',
      organisationId: orgIds[i % orgIds.length],
      isAdministrator: i === 1,
    });
    set.memberships.push({ groupId: deliveryGroupIds[i % themeCount], personId: id, isChair: i < themeCount });
    if (i < 4) set.memberships.push({ groupId: sogId, personId: id, isChair: i === 1 });
    return id;
  });

  const strategyId = uuid();
  const startYear = 2024;
  set.strategies.push({
    id: strategyId,
    partnershipId,
    parentStrategyId: null,
    title: `Bench Strategy (${actionCount} actions)`,
    shortTitle: 'Bench',
    startsOn: `${startYear}-04-01`,
    endsOn: `${startYear + 3}-03-31`,
    description: 'Generated data for the benchmark.',
    vision: null,
    principles: ['Deterministic', 'Realistic sizes'],
    accountableGroupId: sogId,
    reportingCadence: 'quarterly',
    themeLabel: 'Priority',
    objectiveLabel: 'Objective',
    actionLabel: 'Action',
    hasObjectiveLevel: true,
    ragDefinitions: {},
    sortOrder: 0,
  });

  const periods: PeriodRow[] = Array.from({ length: periodCount }, (_, i) => {
    const start = new Date(Date.UTC(startYear, 3 + 3 * i, 1));
    const end = new Date(Date.UTC(startYear, 6 + 3 * i, 0));
    const deadline = new Date(Date.UTC(startYear, 6 + 3 * i, 15));
    const state: PeriodState = i === periodCount - 1 ? 'open' : i === periodCount - 2 ? 'in_review' : 'signed_off';
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const fy = start.getUTCMonth() >= 3 ? start.getUTCFullYear() : start.getUTCFullYear() - 1;
    const quarter = Math.floor(((start.getUTCMonth() + 9) % 12) / 3) + 1;
    return {
      id: uuid(),
      strategyId,
      name: `Q${quarter} ${fy}/${String((fy + 1) % 100).padStart(2, '0')}`,
      startsOn: iso(start),
      endsOn: iso(end),
      updateDeadline: iso(deadline),
      state,
      signedOffAt: state === 'signed_off' ? new Date(deadline.getTime() + 20 * 86_400_000).toISOString() : null,
      signedOffById: state === 'signed_off' ? personIds[1] : null,
    };
  });
  set.periods.push(...periods);

  const themeIds: string[] = [];
  const objectiveIds: string[][] = [];
  for (let t = 0; t < themeCount; t += 1) {
    const themeId = uuid();
    themeIds.push(themeId);
    set.themes.push({
      id: themeId,
      strategyId,
      title: `Improve ${THEME_WORDS[t % THEME_WORDS.length]} across the area (${t + 1})`,
      description: null,
      sortOrder: t,
    });
    objectiveIds.push([]);
    for (let o = 0; o < objectivesPerTheme; o += 1) {
      const id = uuid();
      objectiveIds[t].push(id);
      set.objectives.push({
        id,
        strategyId,
        themeId,
        title: `Objective ${t + 1}.${o + 1}: strengthen ${pick(OBJECTS)}`,
        sortOrder: o,
      });
    }
  }

  const perObjective = new Map<string, number>();
  const rags: Rag[] = ['green', 'amber', 'red'];
  for (let n = 0; n < actionCount; n += 1) {
    const t = n % themeCount;
    const o = Math.floor(n / themeCount) % objectivesPerTheme;
    const objectiveId = objectiveIds[t][o];
    const sortOrder = perObjective.get(objectiveId) ?? 0;
    perObjective.set(objectiveId, sortOrder + 1);
    const leadPerson = personIds[n % peopleCount];
    const due = `${startYear + 1 + Math.floor(random() * 2)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-28`;
    const moved = chance(0.15);
    const action: ActionRow = {
      id: uuid(),
      strategyId,
      themeId: themeIds[t],
      objectiveId,
      ref: `${t + 1}.${o + 1}.${sortOrder + 1}`,
      title: `${pick(VERBS).replace(/^./, (c) => c.toUpperCase())} ${pick(OBJECTS)} (${n + 1})`,
      description: null,
      leadOrganisationId: orgIds[n % orgIds.length],
      leadPersonId: leadPerson,
      deliveryGroupId: deliveryGroupIds[t],
      startsOn: `${startYear}-04-01`,
      originalDueOn: due,
      currentDueOn: moved ? due.replace(/^(\d{4})/, (y) => String(Number(y) + 1)) : due,
      rescheduleCount: moved ? 1 : 0,
      lifecycleStatus: 'not_started',
      sortOrder,
    };
    set.actions.push(action);
    if (chance(0.3))
      set.supportingOrganisations.push({ actionId: action.id, organisationId: orgIds[(n + 3) % orgIds.length] });

    let rag: Rag = 'green';
    let status: Lifecycle = chance(0.3) ? 'ongoing' : 'in_progress';
    let pct = 0;
    let previous: string | null = null;
    periods.forEach((p, i) => {
      if (status === 'complete') return;
      const isOpen = p.state === 'open';
      if (chance(isOpen ? 0.4 : 0.04)) return; // missing update
      if (chance(0.2)) rag = pick(rags);
      pct = Math.min(100, pct + Math.floor(random() * 20));
      if (status === 'in_progress' && pct >= 95 && chance(0.5)) status = 'complete';
      const text = previous && chance(0.05) ? previous : narrative();
      previous = text;
      const review: ReviewState =
        p.state === 'signed_off'
          ? 'accepted'
          : p.state === 'in_review'
            ? pick<ReviewState>(['accepted', 'accepted', 'submitted', 'returned'])
            : pick<ReviewState>(['draft', 'submitted']);
      const carriesRag = status === 'in_progress' || status === 'ongoing';
      const override = review === 'accepted' && carriesRag && chance(0.1);
      const validated: Rag | null =
        review === 'accepted' && carriesRag ? (override ? (rag === 'green' ? 'amber' : 'red') : rag) : null;
      const deadline = Date.parse(`${p.updateDeadline}T10:00:00Z`);
      const created = new Date(deadline - 4 * 86_400_000 + i * 1000).toISOString();
      const submitted = review === 'draft' ? null : new Date(deadline - 2 * 86_400_000).toISOString();
      const reviewed =
        review === 'accepted' || review === 'returned' ? new Date(deadline + 7 * 86_400_000).toISOString() : null;
      const row: UpdateRow = {
        id: uuid(),
        actionId: action.id,
        periodId: p.id,
        narrative: text,
        proposedRag: carriesRag ? rag : null,
        percentComplete: status === 'ongoing' ? null : status === 'complete' ? 100 : pct,
        lifecycleStatus: status,
        reviewState: review,
        reviewComment: review === 'returned' ? 'Please add the figures for this quarter and the next milestone.' : null,
        validatedRag: validated,
        validationReason: override
          ? 'The group judges the risk higher than proposed because a dependency on another action has slipped.'
          : null,
        reviewedById: reviewed ? personIds[1] : null,
        reviewedAt: reviewed,
        submittedAt: submitted,
        authorId: leadPerson,
        createdAt: created,
        updatedAt: reviewed ?? submitted ?? created,
      };
      set.updates.push(row);
      action.lifecycleStatus = status;
    });
  }

  for (const p of periods) {
    themeIds.forEach((themeId, t) => {
      const paragraphs = 1 + (t % 2);
      for (let k = 0; k < paragraphs; k += 1) {
        set.commentary.push({
          id: uuid(),
          themeId,
          periodId: p.id,
          body: narrative(),
          sortOrder: k,
          authorId: personIds[2],
        });
      }
    });
  }
  const indicators = [
    { name: 'Hate crimes reported', unit: 'crimes', base: 50 },
    { name: 'Detection rate', unit: '%', base: 40 },
    { name: 'Victim satisfaction', unit: '%', base: 80 },
  ];
  indicators.forEach((ind, i) => {
    const id = uuid();
    set.indicators.push({
      id,
      strategyId,
      objectiveId: null,
      name: ind.name,
      unit: ind.unit,
      direction: 'higher_is_better',
      baseline: ind.base,
      target: ind.base + 10,
      sortOrder: i,
    });
    for (const p of periods) {
      set.indicatorValues.push({
        id: uuid(),
        indicatorId: id,
        periodId: p.id,
        value: Math.round((ind.base + random() * 10 - 3) * 10) / 10,
        note: null,
      });
    }
  });

  return {
    set,
    result: {
      partnershipId,
      strategyId,
      periodIds: periods.map((p) => p.id),
      account: { email: set.people[0].email, password: BENCH_PASSWORD, personId: personIds[0] },
      counts: {
        actions: set.actions.length,
        updates: set.updates.length,
        themes: themeCount,
        objectives: set.objectives.length,
      },
    },
  };
}
