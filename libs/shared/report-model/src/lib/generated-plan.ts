import { LifecycleStatus, Rag, ReviewState } from '@waymark/shared/domain';
import type { ReportSource, SourceAction, SourceObjective, SourceTheme, SourceUpdate } from './report-source';
import { yorkExampleSource } from './york-example';

/** Words that never occur in the narratives, so a heading's text is told apart from a table's. */
const TITLE_WORDS = [
  'alpha',
  'bravo',
  'charlie',
  'delta',
  'echo',
  'foxtrot',
  'golf',
  'hotel',
  'india',
  'juliet',
  'kilo',
  'lima',
  'mike',
  'november',
];

const SENTENCES = [
  'Training was delivered to frontline staff across the partner agencies.',
  'The delivery group agreed a revised timetable with the lead officer.',
  'Reporting through third party centres rose compared with the same quarter last year.',
  'A review of the referral pathway found two gaps, which are being closed.',
  'Feedback from victims was positive about the speed of the first contact.',
  'Funding for the next phase depends on the bid to the Police and Crime Commissioner.',
  'Schools in the east of the city joined the awareness programme.',
  'The communications plan was refreshed after the last board meeting.',
];

/** Park–Miller generator: the same plan for the same seed. */
function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

/**
 * A York-shaped strategy of `actions` actions with narratives of varied length (some in paragraphs or with
 * bullets) and numbered commentary: headings and tables fall at every point of a page, for page layout tests.
 */
export function generatedPlanSource(actions: number, seed = 1): ReportSource {
  const york = yorkExampleSource();
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const text = (sentences: number) =>
    Array.from({ length: sentences }, () => SENTENCES[pick(SENTENCES.length)]).join(' ');
  const narrative = (): string => {
    const shape = pick(6);
    if (shape === 0) return `${text(2)}\n\n${text(1 + pick(3))}`;
    if (shape === 1) return `${text(1)}\n- ${text(1)}\n- ${text(1)}\n- ${text(1)}`;
    return text(1 + pick(5));
  };
  const themeCount = Math.max(2, Math.min(12, Math.round(actions / 20)));
  const themes: SourceTheme[] = [];
  const objectives: SourceObjective[] = [];
  const list: SourceAction[] = [];
  const updates: SourceUpdate[] = [];
  const commentary: ReportSource['commentary'][number][] = [];
  for (let t = 0; t < themeCount; t++) {
    themes.push({
      id: `g${t + 1}`,
      title: `Deliver ${Array.from({ length: 3 + pick(12) }, (_, w) => TITLE_WORDS[(t + w) % TITLE_WORDS.length]).join(' ')}`,
      sortOrder: t + 1,
    });
    for (let c = 0; c < 1 + pick(2); c++)
      commentary.push({
        id: `g${t + 1}c${c}`,
        themeId: `g${t + 1}`,
        periodId: 'q2',
        body: pick(2) ? text(2 + pick(3)) : `${text(2)}\n\n${text(2)}`,
        sortOrder: c,
      });
  }
  for (let a = 0; a < actions; a++) {
    const themeId = `g${(a % themeCount) + 1}`;
    const objectiveId = `${themeId}o${1 + (Math.floor(a / themeCount) % 3)}`;
    if (!objectives.some((o) => o.id === objectiveId))
      objectives.push({
        id: objectiveId,
        themeId,
        title: `Objective ${objectiveId}: ${text(1)}`,
        sortOrder: Number(objectiveId.slice(-1)),
      });
    const id = `${objectiveId}a${a}`;
    list.push({
      ...york.actions[0],
      id,
      themeId,
      objectiveId,
      ref: `GP-${a + 1}`,
      title: `Action ${a + 1}: ${text(1 + pick(2))}`,
      sortOrder: a,
      lifecycleStatus: LifecycleStatus.InProgress,
    });
    const rag = [Rag.Green, Rag.Amber, Rag.Red][pick(3)];
    updates.push({
      actionId: id,
      periodId: 'q2',
      narrative: narrative(),
      proposedRag: rag,
      validatedRag: rag,
      lifecycleStatus: null,
      reviewState: ReviewState.Accepted,
      percentComplete: null,
    });
  }
  return {
    ...york,
    strategy: { ...york.strategy, id: `generated-${actions}`, title: `Generated Plan of ${actions} Actions` },
    themes,
    objectives,
    actions: list,
    updates,
    commentary,
    dueDateChanges: [],
  };
}
