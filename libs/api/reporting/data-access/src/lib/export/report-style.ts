/**
 * The look every format shares (HTML preview and print, PDF, Word): headings in the text colour and bold, objective
 * cells bold, the table header shaded. The web preview's stylesheet uses the same values (reports-page.scss).
 */
export const REPORT_STYLE = {
  font: 'Arial',
  /** Near-black, as GOV.UK text; Word's default heading blue is overridden with it. */
  headingColour: '0B0C0C',
  textColour: '0B0C0C',
  headerFill: 'F3F2F1',
  border: '505A5F',
  /** Point sizes. */
  size: { body: 11, title: 18, heading1: 14, heading2: 13, heading3: 11 },
} as const;
