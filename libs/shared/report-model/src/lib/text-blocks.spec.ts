import { parseTextBlocks, plainText } from './text-blocks';

describe('parseTextBlocks', () => {
  it('keeps one paragraph, with its single line breaks, when there is no blank line', () => {
    expect(parseTextBlocks('Reporting rose.\nDetection fell.')).toEqual([
      { kind: 'paragraph', text: 'Reporting rose.\nDetection fell.' },
    ]);
  });

  it('starts a new paragraph at each blank line (Windows line ends and blank lines of spaces too)', () => {
    expect(parseTextBlocks('First.\r\n\r\nSecond.\n   \n\n Third. ')).toEqual([
      { kind: 'paragraph', text: 'First.' },
      { kind: 'paragraph', text: 'Second.' },
      { kind: 'paragraph', text: 'Third.' },
    ]);
  });

  it('reads "- ", "* " and "• " lines as one bulleted list, even straight after a paragraph', () => {
    expect(
      parseTextBlocks(
        'This quarter:\n- training for 40 staff\n* two new reporting centres\n• a poster campaign\n\nNext quarter more.',
      ),
    ).toEqual([
      { kind: 'paragraph', text: 'This quarter:' },
      { kind: 'bullets', items: ['training for 40 staff', 'two new reporting centres', 'a poster campaign'] },
      { kind: 'paragraph', text: 'Next quarter more.' },
    ]);
  });

  it('reads "1. " and "2) " lines as a numbered list keeping its first number; a change of marker starts a new list', () => {
    expect(parseTextBlocks('3. agree the plan\n4) note the risks\n- a bullet')).toEqual([
      { kind: 'numbered', start: 3, items: ['agree the plan', 'note the risks'] },
      { kind: 'bullets', items: ['a bullet'] },
    ]);
  });

  it('continues an item with an indented line; an unindented line after a list is a new paragraph', () => {
    expect(parseTextBlocks('- first item\n  still the first\nA paragraph')).toEqual([
      { kind: 'bullets', items: ['first item\nstill the first'] },
      { kind: 'paragraph', text: 'A paragraph' },
    ]);
  });

  it('does not take a hyphen without a space, a year or a negative number for a list', () => {
    expect(parseTextBlocks('-5% on last year\n2015 was the baseline\n12.5 per cent')).toEqual([
      { kind: 'paragraph', text: '-5% on last year\n2015 was the baseline\n12.5 per cent' },
    ]);
  });

  it('gives nothing for empty or missing text', () => {
    expect(parseTextBlocks('')).toEqual([]);
    expect(parseTextBlocks(null)).toEqual([]);
    expect(parseTextBlocks(' \n \n')).toEqual([]);
  });
});

describe('plainText (spreadsheet cells)', () => {
  it('keeps paragraphs apart with a blank line and writes list markers', () => {
    expect(plainText('Intro.\n\n- one\n- two\n\n1. agree\n2. note')).toBe(
      'Intro.\n\n• one\n• two\n\n1. agree\n2. note',
    );
  });
});
