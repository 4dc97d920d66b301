import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { StratmlRows } from '@waymark/api/import-export/render';
import { renderExport } from './render-export';

// XML 1.0 "Char": tab, line ends, and the ranges below; anything else makes the document ill-formed.
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ACTUAL_RESULT_ORDER = ['StartDate', 'EndDate', 'NumberOfUnits', 'Descriptor', 'Description'];

function rows(narrative: string): StratmlRows {
  const json = (v: unknown) => JSON.stringify(v);
  return {
    strategy: {
      id: 's1',
      title: 'Hate Crime Strategy\u0007',
      description: 'Vision\u0000 text',
      partnership_id: 'p1',
      partnership_name: 'Safer York',
      partnership_short_name: null,
      vision: null,
      starts_on: '2013-04-01',
      ends_on: '2016-03-31',
    },
    periods: [
      { id: 'q1', name: 'Q1', starts_on: '2015-04-01', ends_on: '2015-06-30' },
      { id: 'q2', name: 'Q2', starts_on: '2015-07-01', ends_on: '2015-09-30' },
    ],
    upTo: 1,
    texts: {
      themes: json([{ id: 't1', title: 'Raise awareness', sort_order: 1 }]),
      objectives: json([{ id: 'o1', theme_id: 't1', title: 'Educate', sort_order: 1 }]),
      actions: json([
        {
          id: 'a1',
          theme_id: 't1',
          objective_id: 'o1',
          title: 'Train staff\u001B',
          sort_order: 1,
          ref: 'HC-1.1',
          lifecycle_status: 'in_progress',
          lead_organisation_id: 'org1',
        },
      ]),
      supporting: json([]),
      orgs: json([{ id: 'org1', name: 'City of York Council' }]),
      updates: json([
        {
          action_id: 'a1',
          period_id: 'q2',
          narrative,
          proposed_rag: 'amber',
          validated_rag: null,
          lifecycle_status: 'in_progress',
        },
      ]),
      people: json([]),
    },
  };
}

type Ordered = Array<Record<string, unknown>>;
const tagOf = (node: Record<string, unknown>) => Object.keys(node).find((k) => k !== ':@') ?? '';

function actualResults(nodes: Ordered, found: Ordered[] = []): Ordered[] {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'ActualResult') found.push(node[tag] as Ordered);
    else if (Array.isArray(node[tag])) actualResults(node[tag] as Ordered, found);
  }
  return found;
}

describe('StratML export', () => {
  const xml = Buffer.from(
    renderExport({
      kind: 'stratml',
      rows: rows('Trained 40 staff.\u0001\u000B Next:\u0008 more\r\nsessions.'),
      filename: 'x.xml',
    }).bytes,
  ).toString('utf8');

  it('is well-formed XML 1.0 even when the text typed in held control characters', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(NOT_XML_CHAR.test(xml)).toBe(false);
    expect(xml).toContain('Trained 40 staff. Next: more');
    expect(xml).toContain('<Name>Hate Crime Strategy — Q2</Name>');
  });

  it('writes ActualResult children in the ISO 17469-2 order: StartDate, EndDate, NumberOfUnits, Descriptor, Description', () => {
    const results = actualResults(new XMLParser({ preserveOrder: true }).parse(xml) as Ordered);
    expect(results).toHaveLength(2);
    for (const children of results) {
      const ranks = children.map((c) => ACTUAL_RESULT_ORDER.indexOf(tagOf(c)));
      expect(ranks.every((r) => r >= 0)).toBe(true);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      expect(children.map(tagOf)).toEqual([
        'StartDate',
        'EndDate',
        'Descriptor',
        ...(children.length === 5 ? ['Descriptor'] : []),
        'Description',
      ]);
    }
  });
});
