/*
 * The demo partnership's content. Agency names and the four strategic aims of York's hate crime
 * strategy are public facts; every sentence of narrative below is written for Waymark.
 */
import type { GroupKind, Lifecycle, Rag, ReviewState } from './data-set';

export const DEMO_EMAIL_DOMAIN = 'demo.waymark.test';
export const DEMO_PARTNERSHIP_NAME = 'Safer York Partnership';

/** A second, small partnership the report officer also administers (one account, several partnerships). */
export const SECOND_DEMO_PARTNERSHIP = {
  name: 'Selby District Community Safety Partnership',
  shortName: 'Selby CSP',
  organisation: 'Selby District Council',
  board: 'Selby Community Safety Partnership Board',
} as const;

export type DemoRole = 'administrator' | 'senior officer' | 'delivery lead' | 'report officer (viewer)';

export interface DemoAccount {
  readonly email: string;
  readonly password: string;
  readonly role: DemoRole;
  readonly name: string;
}

/** Demo sign-in accounts, one per role. Passwords are public: this is demo data. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: `priya.shah@${DEMO_EMAIL_DOMAIN}`,
    password: 'waymark-demo-admin',
    role: 'administrator',
    name: 'Priya Shah',
  },
  {
    email: `helen.barker@${DEMO_EMAIL_DOMAIN}`,
    password: 'waymark-demo-senior',
    role: 'senior officer',
    name: 'Helen Barker',
  },
  {
    email: `tom.reynolds@${DEMO_EMAIL_DOMAIN}`,
    password: 'waymark-demo-lead',
    role: 'delivery lead',
    name: 'Tom Reynolds',
  },
  {
    email: `sam.okafor@${DEMO_EMAIL_DOMAIN}`,
    password: 'waymark-demo-viewer',
    role: 'report officer (viewer)',
    name: 'Sam Okafor',
  },
];

export const RAG_DEFINITIONS: Record<Rag, string> = {
  red: 'Off track: the action will not be delivered as planned without intervention by the Senior Officer Group.',
  amber: 'At risk: some slippage or an emerging problem that the delivery group expects to resolve itself.',
  green: 'On track: progressing as planned, no intervention needed.',
};

export const ORGANISATIONS = {
  cyc: { name: 'City of York Council', short: 'CYC' },
  nyp: { name: 'North Yorkshire Police', short: 'NYP' },
  nhs: { name: 'York Teaching Hospital NHS Foundation Trust', short: 'YTHFT' },
  cvs: { name: 'York CVS', short: 'CVS' },
  vs: { name: 'Victim Support', short: 'VS' },
  cab: { name: 'Citizens Advice York', short: 'CAY' },
  uoy: { name: 'University of York', short: 'UoY' },
} as const;
export type OrgKey = keyof typeof ORGANISATIONS;

export const GROUPS = {
  board: {
    name: 'Safer York Partnership Board',
    kind: 'board',
    description: 'The statutory community safety partnership board; receives the quarterly update report.',
  },
  sog: {
    name: 'Senior Officer Group',
    kind: 'senior_officer_group',
    description:
      'Senior officers from each partner, accountable for delivery of the hate crime strategy. Reviews updates and signs off each quarter.',
  },
  hcdg: {
    name: 'Hate Crime Delivery Group',
    kind: 'delivery_group',
    description: 'Practitioners delivering awareness raising and reporting work (strategic aims 1 and 2).',
  },
  vsg: {
    name: 'Victim Support and Problem Solving Group',
    kind: 'delivery_group',
    description: 'Victim services and the multi-agency problem solving groups (strategic aim 3).',
  },
  dig: {
    name: 'Data and Intelligence Group',
    kind: 'delivery_group',
    description: 'Analysts and data owners improving how hate crime is recorded and shared (strategic aim 4).',
  },
} as const satisfies Record<string, { name: string; kind: GroupKind; description: string }>;
export type GroupKey = keyof typeof GROUPS;

export interface PersonSpec {
  readonly name: string;
  readonly job: string;
  readonly org: OrgKey;
  readonly admin?: boolean;
  readonly groups: readonly GroupKey[];
  readonly chairs?: readonly GroupKey[];
}

export const PEOPLE = {
  priya: { name: 'Priya Shah', job: 'Partnership Support Officer', org: 'cyc', admin: true, groups: [] },
  helen: {
    name: 'Helen Barker',
    job: 'Assistant Director, Communities and Equalities',
    org: 'cyc',
    groups: ['board', 'sog'],
  },
  mark: {
    name: 'Mark Denton',
    job: 'Superintendent, York and Selby',
    org: 'nyp',
    groups: ['board', 'sog'],
    chairs: ['sog'],
  },
  ruth: { name: 'Ruth Ellison', job: 'Director of Safeguarding', org: 'nhs', groups: ['board', 'sog'] },
  janet: { name: 'Janet Moore', job: 'Chief Executive', org: 'cvs', groups: ['board', 'sog'], chairs: ['board'] },
  tom: { name: 'Tom Reynolds', job: 'Hate Crime Coordinator', org: 'nyp', groups: ['hcdg'], chairs: ['hcdg'] },
  aisha: { name: 'Aisha Khan', job: 'Community Safety Officer', org: 'cyc', groups: ['hcdg', 'vsg'] },
  gareth: { name: 'Gareth Lloyd', job: 'Equalities and Communications Officer', org: 'cyc', groups: ['hcdg'] },
  claire: { name: 'Claire Watson', job: 'Victim Services Manager', org: 'vs', groups: ['vsg'], chairs: ['vsg'] },
  fiona: { name: 'Fiona Grant', job: 'Named Nurse, Adult Safeguarding', org: 'nhs', groups: ['vsg'] },
  owen: { name: 'Owen Hughes', job: 'Advice Services Manager', org: 'cab', groups: ['hcdg'] },
  daniel: { name: 'Daniel Price', job: 'Senior Intelligence Analyst', org: 'nyp', groups: ['dig'], chairs: ['dig'] },
  lucy: { name: 'Lucy Brennan', job: 'Head of Student Wellbeing', org: 'uoy', groups: ['dig'] },
  sam: { name: 'Sam Okafor', job: 'Partnership Policy Officer', org: 'cyc', groups: [] },
} as const satisfies Record<string, PersonSpec>;
export type PersonKey = keyof typeof PEOPLE;

export const emailOf = (name: string): string =>
  `${name
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.')}@${DEMO_EMAIL_DOMAIN}`;

/** One progress update: status, optional RAG, narrative and where it is in review. */
export interface UpdateSpec {
  readonly status: Lifecycle;
  readonly rag?: Rag;
  readonly pct?: number;
  readonly text: string;
  readonly review: ReviewState;
  /** Validated RAG that differs from the proposed one, and why. */
  readonly validated?: { rag: Rag; reason: string };
  readonly comment?: string;
}

export interface ActionSpec {
  readonly title: string;
  readonly lead: OrgKey;
  readonly officer: PersonKey;
  readonly group: GroupKey;
  readonly starts: string;
  readonly due: string;
  /** Current due date when it has moved from the original. */
  readonly movedTo?: string;
  readonly supporting?: readonly OrgKey[];
  /** Updates for each reporting period, oldest first; null = no update written. */
  readonly updates: readonly (UpdateSpec | null)[];
}

export interface ObjectiveSpec {
  readonly title: string;
  readonly actions: readonly ActionSpec[];
}

export interface ThemeSpec {
  readonly title: string;
  readonly description: string;
  readonly objectives: readonly ObjectiveSpec[];
  /** Commentary paragraphs per period, oldest first. */
  readonly commentary: readonly string[];
}

const done = (text: string, review: ReviewState = 'accepted'): UpdateSpec => ({
  status: 'complete',
  pct: 100,
  text,
  review,
});
const on = (rag: Rag, text: string, review: ReviewState = 'accepted', extra: Partial<UpdateSpec> = {}): UpdateSpec => ({
  status: 'ongoing',
  rag,
  text,
  review,
  ...extra,
});
const prog = (
  rag: Rag,
  pct: number,
  text: string,
  review: ReviewState = 'accepted',
  extra: Partial<UpdateSpec> = {},
): UpdateSpec => ({
  status: 'in_progress',
  rag,
  pct,
  text,
  review,
  ...extra,
});

/** Narrative that its lead copied forward unchanged: Waymark flags it as stale. */
const IAG_COPIED_FORWARD =
  'The partnership continues to be represented at the Independent Advisory Group and takes part in its meetings and its scrutiny of hate crime cases.';

export const YORK_PERIODS = [
  {
    name: 'Q2 2015/16',
    startsOn: '2015-07-01',
    endsOn: '2015-09-30',
    updateDeadline: '2015-10-16',
    state: 'signed_off',
  },
  {
    name: 'Q3 2015/16',
    startsOn: '2015-10-01',
    endsOn: '2015-12-31',
    updateDeadline: '2016-01-15',
    state: 'in_review',
  },
  { name: 'Q4 2015/16', startsOn: '2016-01-01', endsOn: '2016-03-31', updateDeadline: '2016-04-15', state: 'open' },
] as const;

export const YORK_STRATEGY = {
  title: 'Embracing Diversity: A Hate Crime Strategy for York',
  shortTitle: 'Hate Crime Strategy 2013–16',
  startsOn: '2013-04-01',
  endsOn: '2016-03-31',
  description:
    'The partnership’s three-year plan to prevent hate crime, make it easier to report, support the people it harms and understand its true extent in the city.',
  vision: 'A city where everyone can live, work and visit without fear of being targeted for who they are.',
  principles: [
    'Victims are at the centre of everything we do.',
    'Partners share information and responsibility.',
    'Communities help shape how services are designed.',
  ],
};

export const YORK_THEMES: readonly ThemeSpec[] = [
  {
    title: 'Raise awareness of hate crimes to aid prevention',
    description: 'Education and publicity so that people recognise hate crime and agencies act early.',
    objectives: [
      {
        title: 'Improve prevention through education and awareness programmes in partner organisations',
        actions: [
          {
            title: 'Design multi-agency hate crime awareness training with partner agencies and deliver it across them',
            lead: 'cyc',
            officer: 'aisha',
            group: 'hcdg',
            starts: '2013-06-01',
            due: '2014-03-31',
            supporting: ['nyp', 'vs'],
            updates: [
              done(
                'Every partner agency has now received the awareness course. Refresher sessions are available on request from the community safety team.',
              ),
              done(
                'Two refresher sessions ran in November for new front-line staff at the council customer centre; feedback scored the course 4.6 out of 5.',
              ),
              done(
                'Course slides were brought into line with the new national hate crime action plan ready for the next intake.',
                'draft',
              ),
            ],
          },
          {
            title: 'Form a multi-agency strategic group of statutory and voluntary partners tackling hate crime',
            lead: 'cyc',
            officer: 'aisha',
            group: 'hcdg',
            starts: '2013-04-01',
            due: '2016-03-31',
            updates: [
              on(
                'green',
                'Since the community safety restructure the partnership board holds strategic responsibility for hate crime, and the partnership has a seat on the police Independent Advisory Group.',
              ),
              on(
                'green',
                'The board took its quarterly hate crime briefing in December. Delivery group terms of reference now include both universities.',
              ),
              on(
                'green',
                'York CVS has nominated a standing voluntary sector member so smaller community groups have a route in.',
                'draft',
              ),
            ],
          },
          {
            title: 'Build working links with the anti-bullying steering group',
            lead: 'cyc',
            officer: 'gareth',
            group: 'hcdg',
            starts: '2013-09-01',
            due: '2016-03-31',
            updates: [
              on(
                'green',
                'Bullying with a hate element is now routed through the Multi-agency Problem Solving (MAPS) groups, and the steering group gets a summary each school term.',
              ),
              on(
                'amber',
                'The steering group has not met since September after its chair moved on. Referrals still reach MAPS but the link with schools has weakened.',
              ),
              on(
                'amber',
                'An interim chair is agreed and the first meeting is booked for February. Staying at amber until schools are reporting again.',
                'submitted',
              ),
            ],
          },
        ],
      },
      {
        title: 'Raise public awareness and make information on hate crime easy to find',
        actions: [
          {
            title: 'Create an online information point about hate crime for the public and partners',
            lead: 'cyc',
            officer: 'gareth',
            group: 'hcdg',
            starts: '2013-04-01',
            due: '2013-12-31',
            updates: [
              done(
                'Hate crime pages, including every way to report, are live on the partnership website and linked from the council site.',
              ),
              done('Pages checked against accessibility guidance and an easy-read version added.'),
              done(
                'Visits to the pages rose by about a fifth on last quarter following the January social media push.',
                'submitted',
              ),
            ],
          },
          {
            title: 'Keep leaflets and posters stocked in every public access building',
            lead: 'cyc',
            officer: 'gareth',
            group: 'hcdg',
            starts: '2013-04-01',
            due: '2016-03-31',
            supporting: ['nhs'],
            updates: [
              on(
                'green',
                'Leaflets and posters are in libraries, leisure centres and GP surgeries, with stock checked each quarter.',
              ),
              on(
                'amber',
                'The December check found old posters with a superseded reporting number in several buildings. Replacements are on order.',
              ),
              on(
                'green',
                'New posters are up in all council buildings; health sites will be done by the end of March.',
                'draft',
              ),
            ],
          },
        ],
      },
      {
        title: 'Strengthen links between statutory and voluntary agencies working on hate crime',
        actions: [
          {
            title: 'Audit voluntary groups working on hate crime and compile a contacts directory',
            lead: 'cyc',
            officer: 'gareth',
            group: 'hcdg',
            starts: '2013-04-01',
            due: '2013-09-30',
            updates: [
              done('Audit finished; the equalities team now owns the directory and keeps it current.'),
              done('Four new community groups added to the directory this quarter.'),
              null,
            ],
          },
          {
            title: 'Circulate publicity material through voluntary sector networks',
            lead: 'cvs',
            officer: 'janet',
            group: 'hcdg',
            starts: '2013-04-01',
            due: '2016-03-31',
            updates: [
              on('green', 'York CVS includes hate crime material in its monthly members’ bulletin.'),
              on(
                'green',
                'The bulletin reached 310 member organisations; two groups asked for training as a result.',
                'draft',
              ),
              on('green', 'Material translated into Polish and Arabic for community groups to hand out.', 'submitted'),
            ],
          },
        ],
      },
    ],
    commentary: [
      'Social media has become the main way the partnership reaches residents about hate crime. Partners share each other’s posts and link local messages to national campaigns, which has widened reach at no cost.',
      'Awareness work held steady this quarter. The weaker link with schools, after the anti-bullying steering group paused, is the main gap; poster stocks have been corrected. Prevent training now also covers hate crime because of its overlap with far-right extremism.',
      'With the schools link being restored and translated material in circulation, the delivery group expects awareness work to be back on track by year end.',
    ],
  },
  {
    title: 'Make it easier for people to report hate crime',
    description: 'Reporting routes that people trust and can reach, including third-party reporting.',
    objectives: [
      {
        title: 'Work with agencies to improve how hate incidents are reported',
        actions: [
          {
            title:
              'Consult communities and agencies so reporting processes meet users’ needs, with sign-off by the Equalities Advisory Group',
            lead: 'cyc',
            officer: 'aisha',
            group: 'hcdg',
            starts: '2013-04-01',
            due: '2013-12-31',
            updates: [
              done(
                'Consultation completed and approved by the Equalities Advisory Group. Children’s and community centres replaced libraries as reporting points because they suit users better.',
              ),
              done(
                'No further consultation needed; the arrangements were checked against the police review of reporting centres.',
              ),
              null,
            ],
          },
          {
            title: 'Publish a simple flowchart of the routes for reporting hate crime',
            lead: 'nyp',
            officer: 'tom',
            group: 'hcdg',
            starts: '2013-06-01',
            due: '2014-03-31',
            supporting: ['cyc'],
            updates: [
              done('The flowchart was produced with the county council and sent to statutory and voluntary partners.'),
              done('Flowchart reissued with the Stop Hate UK helpline and online reporting added.'),
              done('The flowchart is now part of the starter pack for new council front-line staff.', 'draft'),
            ],
          },
        ],
      },
      {
        title: 'Offer other ways to report that suit particular groups',
        actions: [
          {
            title: 'Run awareness and reporting campaigns with local media',
            lead: 'cyc',
            officer: 'gareth',
            group: 'hcdg',
            starts: '2013-04-01',
            due: '2016-03-31',
            updates: [
              on(
                'green',
                'Campaigns now run mainly through the website and social media, timed to national awareness weeks.',
              ),
              on(
                'green',
                'Hate Crime Awareness Week in October: 14 posts, about 42,000 views and two local radio interviews.',
              ),
              on(
                'green',
                'A spring campaign aimed at pubs, clubs and taxi firms is being planned with licensing colleagues.',
                'submitted',
              ),
            ],
          },
          {
            title:
              'Agree reporting arrangements with statutory and voluntary organisations that suit particular groups',
            lead: 'cab',
            officer: 'owen',
            group: 'hcdg',
            starts: '2014-04-01',
            due: '2015-12-31',
            movedTo: '2016-06-30',
            supporting: ['cvs'],
            updates: [
              prog(
                'green',
                50,
                'Arrangements were reviewed alongside the changes to reporting centres, and talks have begun with Citizens Advice about taking reports.',
              ),
              prog(
                'amber',
                60,
                'Citizens Advice are willing to be a reporting point but need trained volunteers first; the training has slipped into next quarter, so the due date has moved to June.',
              ),
              prog(
                'amber',
                70,
                'Volunteer training is booked for March; first reports expected in the spring.',
                'draft',
              ),
            ],
          },
          {
            title: 'Improve awareness and signposting of hate crime across all agencies',
            lead: 'nyp',
            officer: 'tom',
            group: 'hcdg',
            starts: '2013-04-01',
            due: '2016-03-31',
            updates: [
              on('green', 'Signposting material is updated whenever an agency changes how it takes reports.'),
              on(
                'green',
                'Briefings given to housing officers and to the neighbourhood enforcement team.',
                'returned',
                {
                  comment:
                    'Please say how many staff were briefed and whether the briefing will be repeated for new starters.',
                },
              ),
              on('green', 'Signposting prompts added to the ambulance service’s safeguarding checklist.', 'submitted'),
            ],
          },
        ],
      },
      {
        title: 'Run a campaign so the public know how to report hate crime',
        actions: [
          {
            title: 'Set up a network of third-party reporting centres',
            lead: 'nyp',
            officer: 'tom',
            group: 'hcdg',
            starts: '2013-04-01',
            due: '2016-03-31',
            supporting: ['cyc', 'cvs'],
            updates: [
              prog(
                'green',
                70,
                'The network is running. Police also promote Stop Hate UK, and children’s and community centres have joined.',
              ),
              prog(
                'amber',
                55,
                'A police review found many vulnerable people do not know the centres exist, and staff turnover has left several without trained people. Some centres will become signposting points only.',
                'submitted',
              ),
              prog(
                'amber',
                60,
                'New locations chosen where at-risk groups already go, such as faith centres, the students’ union and a disability hub. Staff briefings start in April.',
                'submitted',
              ),
            ],
          },
          {
            title: 'Produce a hate crime information pack for media organisations',
            lead: 'nyp',
            officer: 'tom',
            group: 'hcdg',
            starts: '2013-04-01',
            due: '2013-09-30',
            supporting: ['cyc'],
            updates: [
              done('The pack was written with the county council and promoted at the strategy launch.'),
              done('Pack refreshed so it lists the current reporting routes.'),
              null,
            ],
          },
        ],
      },
    ],
    commentary: [
      'Reporting routes are in place and publicised. The partnership will keep them under review as agencies change their own processes.',
      'The police review of third-party reporting centres shows that several are no longer fit for purpose. Rather than keep a long list, the partnership will move reporting to places where people at risk already feel safe and train the staff there, while continuing to promote Stop Hate UK, True Vision and online reporting.',
      'The Senior Officer Group is asked to note the revised timescale for Citizens Advice to become a reporting point and the plan for new reporting locations.',
    ],
  },
  {
    title: 'Improve the support available to victims of hate crime',
    description: 'Victims get the right help quickly from people who understand their situation.',
    objectives: [
      {
        title: 'Make information about support groups widely available to the public and partners',
        actions: [
          {
            title: 'Help support groups get information about their services to victims',
            lead: 'vs',
            officer: 'claire',
            group: 'vsg',
            starts: '2013-04-01',
            due: '2016-03-31',
            supporting: ['cab'],
            updates: [
              on(
                'green',
                'Support groups promote their own material, and the contacts made during the strategy consultation are holding up.',
              ),
              on('green', 'A Victim Support leaflet now goes out with every police contact to a hate crime victim.'),
              on('green', 'Working with Citizens Advice on a joint referral card.', 'draft'),
            ],
          },
          {
            title: 'Include a full list of support services in multi-agency training',
            lead: 'cyc',
            officer: 'aisha',
            group: 'vsg',
            starts: '2013-06-01',
            due: '2014-03-31',
            updates: [
              done('The service list has been part of every training session since the launch.'),
              done('List refreshed in November with two new local services.'),
              null,
            ],
          },
        ],
      },
      {
        title: 'Deliver multi-agency training that measurably improves services to victims and their confidence',
        actions: [
          {
            title: 'Involve support groups and victims in designing multi-agency training',
            lead: 'vs',
            officer: 'claire',
            group: 'vsg',
            starts: '2014-04-01',
            due: '2016-03-31',
            updates: [
              prog('green', 40, 'Support groups helped run the training delivered after the launch.'),
              prog(
                'green',
                50,
                'Two support groups reviewed the course outline; a panel of victims is being recruited.',
                'accepted',
                {
                  validated: {
                    rag: 'amber',
                    reason:
                      'The objective depends on victims shaping the training and no victim has been involved yet, so the group judges it at risk.',
                  },
                },
              ),
              prog(
                'amber',
                60,
                'Five people have joined the victim panel with Victim Support’s help; their first session is in March.',
                'submitted',
              ),
            ],
          },
          {
            title: 'Tailor training to the needs of each audience',
            lead: 'nhs',
            officer: 'fiona',
            group: 'vsg',
            starts: '2014-04-01',
            due: '2016-03-31',
            updates: [
              on('green', 'Content is adapted for each audience, from taxi drivers to ward staff.'),
              null,
              null,
            ],
          },
        ],
      },
      {
        title: 'Take a victim-centred approach to multi-agency problem solving',
        actions: [
          {
            title: 'Develop a victim-centred problem-solving approach with the neighbourhood safety and ASB task group',
            lead: 'cyc',
            officer: 'aisha',
            group: 'vsg',
            starts: '2013-04-01',
            due: '2016-03-31',
            supporting: ['nyp'],
            updates: [
              on('green', 'Cases handled through the MAPS groups start from what the victim needs and wants.'),
              on(
                'green',
                'MAPS considered eleven hate-related cases this quarter; every victim was contacted within 48 hours.',
              ),
              on('green', 'The case review form now records the victim’s own view of the outcome.', 'draft'),
            ],
          },
        ],
      },
    ],
    commentary: [
      'Victim support is working well through the problem-solving groups, with every case starting from the victim’s own account.',
      'The police are considering an online service that lets victims follow the progress of their case, as several other forces already do. Support will be led by users’ experience, with champions named in each partner organisation, following the model used for domestic abuse.',
      'The victim panel’s first session in March will shape the next round of training.',
    ],
  },
  {
    title:
      'Improve data capture and develop a more accurate reflection of the extent and breakdown of hate crimes and incidents',
    description: 'Better recording and sharing of data so partners see the real scale and pattern of hate crime.',
    objectives: [
      {
        title: 'Improve how statutory and voluntary agencies capture and analyse hate crime data',
        actions: [
          {
            title: 'Establish what hate crime data each agency holds and how it is used',
            lead: 'nyp',
            officer: 'daniel',
            group: 'dig',
            starts: '2013-04-01',
            due: '2013-12-31',
            supporting: ['cvs'],
            updates: [
              done(
                'A data audit was done while the strategy was written. Voluntary sector information is mostly anecdotal rather than counted.',
              ),
              done('No further work planned; the audit findings feed the mapping action.'),
              null,
            ],
          },
          {
            title: 'Share information with schools, colleges and universities so problems are caught early',
            lead: 'uoy',
            officer: 'lucy',
            group: 'dig',
            starts: '2013-09-01',
            due: '2016-03-31',
            updates: [
              on(
                'green',
                'Both universities meet the partnership regularly on crime and safety, including hate crime; problems are taken to problem solving.',
              ),
              on(
                'green',
                'For the first time the universities shared anonymised reports from their own online reporting tools.',
                'submitted',
              ),
              on('green', 'The further education college has joined the data-sharing arrangement.', 'submitted'),
            ],
          },
          {
            title: 'Map reported hate incidents against wider crime data to support problem solving',
            lead: 'nyp',
            officer: 'daniel',
            group: 'dig',
            starts: '2013-04-01',
            due: '2015-12-31',
            movedTo: '2016-03-31',
            updates: [
              prog('green', 60, 'The Intelligence Hub produces maps when partners ask for them.'),
              prog(
                'red',
                60,
                'No police data has reached the partnership since October while the information sharing agreement is rewritten, so no maps can be produced. The dedicated analyst post has also gone. Escalated to the Senior Officer Group.',
                'submitted',
              ),
              prog(
                'amber',
                65,
                'The revised agreement was signed in February and the first data extract is due in March. The Intelligence Hub has agreed analyst time.',
                'draft',
              ),
            ],
          },
        ],
      },
      {
        title: 'Identify repeat and vulnerable victims and flag them to the right agencies',
        actions: [
          {
            title: 'Include repeat and vulnerable hate crime victims in the work to identify vulnerable victims of ASB',
            lead: 'nyp',
            officer: 'tom',
            group: 'dig',
            starts: '2013-04-01',
            due: '2016-03-31',
            supporting: ['cyc'],
            updates: [
              on('green', 'Built into the tactical process behind the Community Safety Plan target on ASB victims.'),
              on('green', 'Three repeat victims identified this quarter, each given a named contact.'),
              on('green', 'The repeat victim flag now shows on the shared case management system.', 'draft'),
            ],
          },
          {
            title: 'Agree the part the police Independent Advisory Group can play',
            lead: 'nyp',
            officer: 'daniel',
            group: 'dig',
            starts: '2013-04-01',
            due: '2016-03-31',
            updates: [
              on(
                'green',
                'The partnership has a representative on the Independent Advisory Group and is involved in its work.',
              ),
              on('green', IAG_COPIED_FORWARD),
              on('green', IAG_COPIED_FORWARD, 'submitted'),
            ],
          },
        ],
      },
      {
        title: 'Give agencies chances to share information and experience',
        actions: [
          {
            title: 'Hold a yearly forum where agencies share what works in tackling hate crime',
            lead: 'cyc',
            officer: 'aisha',
            group: 'dig',
            starts: '2015-04-01',
            due: '2015-11-30',
            supporting: ['nyp', 'vs', 'uoy'],
            updates: [
              prog('green', 50, 'The forum will run as workshops inside the Annual Crime Summit in November.'),
              done('Two workshops were held at the Annual Crime Summit with 60 people from 22 organisations.'),
              null,
            ],
          },
        ],
      },
    ],
    commentary: [
      'Data from the universities is improving the picture of incidents that are never reported to the police.',
      'Getting hate crime data to the partnership has been difficult this quarter and is the reason the mapping action is red. A revised information sharing agreement between the police and the partnership is being drafted. Partners, particularly the universities, report that much verbal abuse in the city goes unreported because visitors do not want to wait for the police.',
      'The police Independent Advisory Groups for York and Selby are being merged into one, returning to the original model; all advisory groups across the force will be reviewed for consistency.',
    ],
  },
];

export const YORK_INDICATORS = [
  {
    name: 'Hate crimes reported to the police',
    unit: 'crimes',
    direction: 'higher_is_better',
    baseline: 45,
    target: 60,
    objective: null,
    values: [58, 71, 64],
    notes: [null, 'Rise follows Hate Crime Awareness Week.', 'Provisional figure.'],
  },
  {
    name: 'Hate crime detection rate',
    unit: '%',
    direction: 'higher_is_better',
    baseline: 38,
    target: 45,
    objective: [3, 0],
    values: [41.5, 39, 43.2],
    notes: [null, null, 'Provisional figure.'],
  },
  {
    name: 'Victims satisfied with the whole experience',
    unit: '%',
    direction: 'higher_is_better',
    baseline: 78,
    target: 85,
    objective: [2, 1],
    values: [80, 82, 79],
    notes: ['Police victim survey, rolling 12 months.', null, null],
  },
] as const;

/** The two-level plan: key objectives with "we will" commitments directly under them. */
export const COMMUNITY_SAFETY_STRATEGY = {
  title: 'Safer York Community Safety Strategy',
  shortTitle: 'Community Safety Strategy 2025–28',
  startsOn: '2025-04-01',
  endsOn: '2028-03-31',
  description:
    'The partnership’s three-year commitments to residents, set as key objectives each with a short list of things partners will do.',
  periods: [
    {
      name: 'Q1 2026/27',
      startsOn: '2026-04-01',
      endsOn: '2026-06-30',
      updateDeadline: '2026-07-15',
      state: 'signed_off',
    },
    {
      name: 'Q2 2026/27',
      startsOn: '2026-07-01',
      endsOn: '2026-09-30',
      updateDeadline: '2026-10-15',
      state: 'in_review',
    },
    { name: 'Q3 2026/27', startsOn: '2026-10-01', endsOn: '2026-12-31', updateDeadline: '2027-01-15', state: 'open' },
  ],
  themes: [
    {
      title: 'Reduce the harm caused by anti-social behaviour',
      commitments: [
        {
          title: 'We will give every repeat victim a named contact within two working days',
          lead: 'cyc',
          officer: 'aisha',
          group: 'vsg',
          rags: ['green', 'green'],
        },
        {
          title: 'We will publish ward-level anti-social behaviour figures every quarter',
          lead: 'nyp',
          officer: 'daniel',
          group: 'dig',
          rags: ['green', 'amber'],
        },
        {
          title: 'We will run joint patrols in the three wards with the highest demand',
          lead: 'nyp',
          officer: 'tom',
          group: 'hcdg',
          rags: ['amber', 'green'],
        },
      ],
    },
    {
      title: 'Keep the night-time economy safe',
      commitments: [
        {
          title: 'We will open the city centre safe haven on Friday and Saturday nights',
          lead: 'nhs',
          officer: 'fiona',
          group: 'vsg',
          rags: ['green', 'green'],
        },
        {
          title: 'We will train 200 bar and door staff to spot and respond to vulnerability',
          lead: 'cyc',
          officer: 'gareth',
          group: 'hcdg',
          rags: ['amber', 'amber'],
        },
        {
          title: 'We will review CCTV coverage of the city centre',
          lead: 'cyc',
          officer: 'aisha',
          group: 'dig',
          rags: ['green', 'red'],
        },
      ],
    },
    {
      title: 'Tackle hate and build cohesive communities',
      commitments: [
        {
          title: 'We will move third-party reporting into venues communities already use',
          lead: 'nyp',
          officer: 'tom',
          group: 'hcdg',
          rags: ['green', 'green'],
        },
        {
          title: 'We will hold a partners’ hate crime forum every year',
          lead: 'cvs',
          officer: 'janet',
          group: 'hcdg',
          rags: ['green', 'complete'],
        },
      ],
    },
  ],
} as const;

/** An annual plan under the three-year strategy, with its own priorities and objectives. */
export const ANNUAL_PLAN = {
  title: 'Community Safety Annual Delivery Plan 2026/27',
  shortTitle: 'Annual Plan 2026/27',
  startsOn: '2026-04-01',
  endsOn: '2027-03-31',
  description: 'What partners will deliver this year towards the three-year community safety strategy.',
  period: {
    name: 'Q3 2026/27',
    startsOn: '2026-10-01',
    endsOn: '2026-12-31',
    updateDeadline: '2027-01-15',
    state: 'open',
  },
  themes: [
    {
      title: 'Safer streets at night',
      objective: 'Cut alcohol-related violence in the city centre',
      actions: [
        {
          title: 'Extend street marshals to Sunday nights over the festive period',
          lead: 'cyc',
          officer: 'gareth',
          group: 'hcdg',
          due: '2027-01-05',
        },
        {
          title: 'Add a welfare vehicle at the taxi rank on weekend nights',
          lead: 'nhs',
          officer: 'fiona',
          group: 'vsg',
          due: '2027-03-31',
        },
      ],
    },
    {
      title: 'Confidence to report',
      objective: 'Raise reporting of hate incidents by under-represented groups',
      actions: [
        {
          title: 'Train staff at six new community reporting venues',
          lead: 'nyp',
          officer: 'tom',
          group: 'hcdg',
          due: '2027-02-28',
        },
        {
          title: 'Publish a plain-English guide to what happens after a report',
          lead: 'vs',
          officer: 'claire',
          group: 'vsg',
          due: '2027-03-31',
        },
      ],
    },
  ],
} as const;
