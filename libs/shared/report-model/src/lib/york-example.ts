import { IndicatorDirection, LifecycleStatus, PeriodState, Rag, ReviewState } from '@waymark/shared/domain';
import type { ReportSource, SourceAction, SourceObjective, SourceTheme, SourceUpdate } from './report-source';

type Plan = ReadonlyArray<
  readonly [
    theme: string,
    objectives: ReadonlyArray<
      readonly [objective: string, actions: ReadonlyArray<readonly [title: string, progress: string]>]
    >,
    commentary: readonly string[],
  ]
>;

/** York's 2013-16 Hate Crime Strategy update, trimmed: the reference shape of the board report. */
const YORK: Plan = [
  [
    'Raise awareness of hate crimes to aid prevention',
    [
      [
        'To improve prevention of hate crime through education and awareness raising programmes within key stakeholder organisations',
        [
          [
            'Work with key agencies to develop multi-agency awareness training and roll out to all agencies',
            'Training was developed and rolled out in 2014 after launch of strategy',
          ],
          [
            'Develop multi-agency strategic delivery group with statutory and voluntary partners engaged in tackling Hate Crime',
            'Strategic responsibility for hate crime has been held by the SYP Board.',
          ],
          [
            'Develop operational links with the anti-bullying steering group',
            'Links established through the Multi-agency Problem Solving group (MAPS).',
          ],
        ],
      ],
      [
        'To increase public awareness and ensure that information on hate crime is widely available',
        [
          [
            'Develop web portal for information and awareness to facilitate sharing of information relating to Hate Crime',
            'Information on how to report is available on the SYP website.',
          ],
          [
            'Ensure publications are available in all public access buildings',
            'Hate crime leaflets and posters were distributed after the launch of the strategy.',
          ],
        ],
      ],
    ],
    [
      'Use of social media as a mechanism to engage with the community has increased significantly since the publication of the strategy.',
    ],
  ],
  [
    'Make it easier for people to report hate crime',
    [
      [
        'Work with relevant agencies to improve the reporting of hate crime incidents',
        [
          [
            'Consult with communities of interest and key agencies to ensure processes are accessible',
            'Signed off by EAG in 2013.',
          ],
          [
            'Map and publish a simple flowchart detailing the appropriate channels for reporting hate crime',
            'Undertaken in 2013/14 with North Yorkshire Police.',
          ],
        ],
      ],
      [
        'Develop a campaign to raise public awareness on how to report hate crime',
        [
          ['Establish a network of 3rd party reporting centres', ''],
          [
            "Develop a 'Hate Crime Pack' for all media agencies",
            'Developed in conjunction with North Yorkshire Police.',
          ],
        ],
      ],
    ],
    ['North Yorkshire Police have recently undertaken a review of 3rd party reporting centres.'],
  ],
  [
    'Improve the support available to victims of hate crime',
    [
      [
        'Ensure that information relating to support groups is made widely available',
        [
          [
            'Work with relevant support groups to ensure that information on their services is widely available',
            'Good links were established through the consultation.',
          ],
          [
            'Ensure that a complete network of support information is incorporated into multiagency training',
            'Training was held immediately after publication of the strategy.',
          ],
        ],
      ],
      [
        'Ensure a victim centred approach to multi-agency problem solving',
        [
          [
            'Work with wider neighbourhood safety and ASB task group to develop a victim centred approach',
            'Problem solving takes place through the MAPS groups.',
          ],
        ],
      ],
    ],
    ["'Track my crime' is being considered by North Yorkshire Police."],
  ],
  [
    'Improve data capture and develop a more accurate reflection of the extent and breakdown of hate crimes and incidents',
    [
      [
        'Work with statutory and voluntary sector agencies to improve the capture and analysis of data',
        [
          [
            'Establish comprehensive understanding of all data currently captured by agencies',
            'An audit of data was undertaken.',
          ],
          [
            'Develop links with educational establishments to ensure data and information is shared',
            'Safer York Partnership has good links with the universities.',
          ],
          [
            'Map reported hate crime incidents with all crime data to support multi-agency problem solving',
            'Maps are produced when requested.',
          ],
        ],
      ],
    ],
    [
      'The availability of hate crime data to Safer York Partnership has at times been difficult to obtain.',
      'The current Independent Advisory Group structure within North Yorkshire Police is about to change.',
    ],
  ],
];

const RAG_CYCLE: ReadonlyArray<Rag> = [Rag.Green, Rag.Green, Rag.Amber, Rag.Green, Rag.Red];

/**
 * A York-shaped ReportSource with two quarters: the fixture for unit tests, the browser preview's
 * stories, and API tests before demo data exists. Deterministic ids ("t1", "t1o2", "t1o2a3").
 * One action (2.2 i) has no update in the latest quarter; one (1.1 ii) is submitted but not accepted.
 */
export function yorkExampleSource(): ReportSource {
  const themes: SourceTheme[] = [];
  const objectives: SourceObjective[] = [];
  const actions: SourceAction[] = [];
  const updates: SourceUpdate[] = [];
  const commentary: ReportSource['commentary'][number][] = [];
  let n = 0;
  YORK.forEach(([themeTitle, objectiveList, paragraphs], ti) => {
    const themeId = `t${ti + 1}`;
    themes.push({ id: themeId, title: themeTitle, sortOrder: (ti + 1) * 10 });
    objectiveList.forEach(([objectiveTitle, actionList], oi) => {
      const objectiveId = `${themeId}o${oi + 1}`;
      objectives.push({ id: objectiveId, themeId, title: objectiveTitle, sortOrder: (oi + 1) * 10 });
      actionList.forEach(([title, progress], ai) => {
        const id = `${objectiveId}a${ai + 1}`;
        const rag = RAG_CYCLE[n++ % RAG_CYCLE.length];
        actions.push({
          id,
          themeId,
          objectiveId,
          ref: null,
          title,
          leadOrganisation: ai % 2 ? 'North Yorkshire Police' : 'City of York Council',
          leadPerson: ai % 2 ? 'Sam Patel' : 'Jo Hughes',
          deliveryGroup: 'Hate Crime Delivery Group',
          originalDueOn: '2014-03-31',
          currentDueOn: n % 4 === 0 ? '2015-03-31' : '2016-03-31',
          rescheduleCount: 0,
          lifecycleStatus: LifecycleStatus.InProgress,
          sortOrder: (ai + 1) * 10,
          createdOn: '2013-04-01',
        });
        updates.push({
          actionId: id,
          periodId: 'q1',
          narrative: `Earlier: ${progress || 'work started'}`,
          proposedRag: Rag.Green,
          validatedRag: null,
          lifecycleStatus: null,
          reviewState: ReviewState.Accepted,
          percentComplete: null,
        });
        if (progress) {
          const pending = id === 't1o1a2';
          updates.push({
            actionId: id,
            periodId: 'q2',
            narrative: progress,
            proposedRag: rag,
            validatedRag: pending ? null : rag,
            lifecycleStatus: null,
            reviewState: pending ? ReviewState.Submitted : ReviewState.Accepted,
            percentComplete: null,
          });
        }
      });
    });
    paragraphs.forEach((body, ci) =>
      commentary.push({ id: `${themeId}c${ci + 1}`, themeId, periodId: 'q2', body, sortOrder: ci }),
    );
  });
  return {
    strategy: {
      id: 'york',
      partnershipId: 'safer-york',
      partnershipName: 'Safer York Partnership',
      title: 'Embracing Diversity: A Hate Crime Strategy for York',
      startsOn: '2013-04-01',
      endsOn: '2016-03-31',
      description: null,
      themeLabel: 'Strategic Aim',
      objectiveLabel: 'Objective',
      actionLabel: 'Action',
      hasObjectiveLevel: true,
    },
    periods: [
      {
        id: 'q2',
        name: 'Q2 2015-16',
        startsOn: '2015-07-01',
        endsOn: '2015-09-30',
        updateDeadline: '2015-10-14',
        state: PeriodState.InReview,
      },
      {
        id: 'q1',
        name: 'Q1 2015-16',
        startsOn: '2015-04-01',
        endsOn: '2015-06-30',
        updateDeadline: '2015-07-14',
        state: PeriodState.SignedOff,
      },
    ],
    themes,
    objectives,
    actions,
    updates,
    commentary,
    indicators: [
      {
        id: 'i1',
        objectiveId: null,
        name: 'Hate crimes reported',
        unit: 'crimes',
        direction: IndicatorDirection.HigherIsBetter,
        baseline: 120,
        target: 150,
        sortOrder: 1,
      },
      {
        id: 'i2',
        objectiveId: null,
        name: 'Victim satisfaction',
        unit: '%',
        direction: IndicatorDirection.HigherIsBetter,
        baseline: 70,
        target: 80,
        sortOrder: 2,
      },
    ],
    indicatorValues: [
      { indicatorId: 'i1', periodId: 'q1', value: 131, note: null },
      { indicatorId: 'i1', periodId: 'q2', value: 152, note: null },
      { indicatorId: 'i2', periodId: 'q2', value: 76, note: null },
    ],
    dueDateChanges: [{ actionId: 't1o1a1', from: '2015-06-30', to: '2016-03-31', changedOn: '2015-08-12' }],
  };
}

/** The York example with its actions and updates repeated `copies` times (distinct ids): a large report for load tests. */
export function repeatedYorkSource(copies: number): ReportSource {
  const york = yorkExampleSource();
  const range = Array.from({ length: copies }, (_, k) => k);
  return {
    ...york,
    actions: range.flatMap((k) =>
      york.actions.map((a) => ({ ...a, id: `${a.id}-${k}`, sortOrder: a.sortOrder + k * 1000 })),
    ),
    updates: range.flatMap((k) => york.updates.map((u) => ({ ...u, actionId: `${u.actionId}-${k}` }))),
  };
}
