/** How Waymark works, for each role: plain words, in the order a person meets them. */
export interface HelpSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly steps?: readonly string[];
}

export interface RoleHelp {
  readonly slug: string;
  readonly title: string;
  /** One line for the list of roles. */
  readonly summary: string;
  readonly sections: readonly HelpSection[];
}

export const ROLE_HELP: readonly RoleHelp[] = [
  {
    slug: 'delivery-lead',
    title: 'If you lead actions (delivery lead)',
    summary: 'Write a progress update on each action you lead, every reporting period.',
    sections: [
      {
        heading: 'What you do',
        paragraphs: [
          'You are the lead officer for one or more actions of a strategy. Each reporting period (usually each quarter), you write a short update on every action you lead, before the deadline.',
        ],
      },
      {
        heading: 'Write your updates',
        paragraphs: [
          'Your updates are under My updates. Each shows its deadline and whether it is not started, a draft, submitted, accepted or returned to you.',
        ],
        steps: [
          'Go to My updates.',
          'Choose an action. Last period’s update is shown beside the form, so you only write what has changed.',
          'Say what has been done, choose the status (for example In progress or Complete) and propose a RAG rating: Red, Amber or Green. Each colour’s meaning is shown next to it.',
          'Save it as a draft if you are not finished, or check your answers and submit it.',
        ],
      },
      {
        heading: 'After you submit',
        paragraphs: [
          'A senior officer reviews your update. They may accept it, return it to you with a comment (change it and submit it again) or set a different RAG rating with a reason. Both your proposed rating and theirs are kept.',
          'You get a notification and an email when an update is returned or a deadline is near. You can choose which emails you get under Your account.',
        ],
      },
    ],
  },
  {
    slug: 'senior-officer',
    title: 'If you review updates (senior officer)',
    summary: 'Review the period’s updates, validate RAG ratings and sign the period off.',
    sections: [
      {
        heading: 'What you do',
        paragraphs: [
          'You are a member of the group accountable for a strategy, such as a senior officer group. You check the period’s updates before they go to the board, and sign the period off.',
        ],
      },
      {
        heading: 'Review updates',
        paragraphs: [
          'Review shows the RAG ratings for each theme, the RAG trend (how many actions were red, amber and green in each period, for the whole strategy or one theme), the exceptions (red and amber actions, overdue actions, actions with no update) and what has changed since the last period.',
        ],
        steps: [
          'Go to Review and choose the strategy and period.',
          'For each submitted update, accept it or return it to its lead with a comment saying what to change.',
          'If you disagree with the proposed RAG rating, set the validated rating and give a reason.',
          'Write the commentary for each theme if your partnership uses it.',
        ],
      },
      {
        heading: 'Sign off the period',
        paragraphs: [
          'When every update is accepted, sign the period off. It is then locked: a later change is made as a dated correction with a reason, never a silent edit.',
        ],
      },
    ],
  },
  {
    slug: 'report-officer',
    title: 'If you produce reports (report officer)',
    summary: 'Produce the board update report and the changes since the last period.',
    sections: [
      {
        heading: 'What you do',
        paragraphs: [
          'You produce the report the board reads each period, in the partnership’s own shape, from the updates everyone has written.',
        ],
      },
      {
        heading: 'Produce the board report',
        paragraphs: [],
        steps: [
          'Go to Reports and choose the strategy and period.',
          'Choose the themes and columns to include (for example lead, due date and RAG rating), whether to show only exceptions, and whether to add the performance indicators appendix or the RAG trend (red, amber and green counts and percentages for each period up to this one).',
          'Write an introduction and the cover report details if you need them.',
          'Preview the report, then download it as Word, PDF, Excel or CSV. The Word file is editable, with real tables.',
        ],
      },
      {
        heading: 'What changed since the last board',
        paragraphs: [
          'The changes report lists RAG movements, actions completed, new and overdue actions, moved due dates and missing updates. Reports of a signed-off period stay the same, and each correction makes a new version.',
        ],
      },
    ],
  },
  {
    slug: 'administrator',
    title: 'If you run Waymark for your partnership (administrator)',
    summary: 'Set up strategies, people, groups and reporting periods, and the partnership’s settings.',
    sections: [
      {
        heading: 'What you do',
        paragraphs: [
          'You set Waymark up for your partnership and keep it up to date. Everything you change is recorded, with who changed it and when.',
        ],
      },
      {
        heading: 'Set up a strategy',
        paragraphs: [],
        steps: [
          'Add the partner organisations, groups and people under Administration.',
          'Create the strategy with its own level names (for example Priority, Objective, Action), then its themes, objectives and actions. You can import an existing plan from a spreadsheet instead: Waymark checks it first and lists any problems row by row.',
          'Add the reporting periods with their deadlines. Reminders are sent to lead officers before each deadline.',
        ],
      },
      {
        heading: 'Partnership settings',
        paragraphs: [
          'Under Settings you can rename the partnership, write what Red, Amber and Green mean for you, and complete the accessibility statement contacts and the privacy notice details that everyone sees in the footer pages.',
        ],
      },
    ],
  },
];
