/** The text encodings a CSV is read in: what Excel and other tools save. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export const CSV_ENCODING_LABELS: Readonly<Record<CsvEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (with a byte order mark, as Excel saves “CSV UTF-8”)',
  'utf-16le': 'UTF-16 little-endian (Excel’s “Unicode Text”)',
  'utf-16be': 'UTF-16 big-endian',
  'windows-1252': 'Windows-1252 (Excel on Windows)',
};

export interface DecodedText {
  readonly text: string;
  readonly encoding: CsvEncoding;
}

/**
 * A CSV's text: a byte order mark names UTF-8 or UTF-16; otherwise UTF-8 if every byte sequence is valid UTF-8,
 * else Windows-1252, which is what Excel on Windows saves as plain "CSV" ("Café" is 43 61 66 E9 there, an invalid
 * UTF-8 sequence). Node's TextDecoder knows all of these (full ICU).
 */
export function decodeCsvText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
