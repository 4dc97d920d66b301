import {
  inflateEntry,
  readCentralDirectory,
  TooManyZipEntries,
  UnreadableZip,
  type ZipEntry,
} from './zip-central-directory';

export const WORD_TEMPLATE_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxUncompressedBytes: 25 * 1024 * 1024,
  maxEntries: 300,
  /** Above this ratio an entry of at least `ratioCheckedFromBytes` is taken for a zip bomb. */
  maxCompressionRatio: 100,
  ratioCheckedFromBytes: 1024 * 1024,
} as const;

/** A template refused before it is stored; the message is for the administrator who uploaded it. */
export class WordTemplateRefused extends Error {}

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const MACRO_TYPES = /macroEnabled/i;
const MAIN_TYPES = /wordprocessingml\.(document|template)\.main\+xml/;

/**
 * Checks an uploaded Word template before it is stored (and, at every Word download, written into): a .docx or
 * .dotx of at most 5 MB, a zip whose central directory lists at most 300 parts and 25 MB unpacked with no part
 * compressed beyond 100:1 (read without decompressing, so a zip bomb is refused at once), a main document part,
 * no macros; then every part inflated with its declared size as a hard cap.
 */
export function assertWordTemplateWithinLimits(fileName: string, content: Buffer, limits = WORD_TEMPLATE_LIMITS): void {
  const extension = /\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'docm' || extension === 'dotm')
    throw new WordTemplateRefused(
      'A .docm or .dotm file holds macros, which Waymark does not accept. Save the template as a Word document (.docx) or Word template (.dotx) and try again.',
    );
  if (extension !== 'docx' && extension !== 'dotx')
    throw new WordTemplateRefused('Upload a Word document (.docx) or Word template (.dotx).');
  if (content.length === 0) throw new WordTemplateRefused('The file is empty.');
  if (content.length > limits.maxBytes) throw tooLarge(limits.maxBytes);
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(content, limits.maxEntries);
  } catch (error) {
    if (error instanceof TooManyZipEntries)
      throw new WordTemplateRefused(
        `The template holds ${error.count} parts (at most ${limits.maxEntries}); a letterhead template is far simpler. Save a copy with only the letterhead and styles.`,
      );
    throw error instanceof UnreadableZip ? damaged() : error;
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes)
    throw new WordTemplateRefused(
      `The template unpacks to ${MB(total)} (at most ${MB(limits.maxUncompressedBytes)}). Use smaller images in the letterhead.`,
    );
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= limits.ratioCheckedFromBytes && ratio > limits.maxCompressionRatio) {
      throw new WordTemplateRefused(
        `The template was refused: its part ${entry.name} is compressed ${Math.round(ratio)}:1 (at most ${limits.maxCompressionRatio}:1), the mark of a zip bomb. Save it again in Word and try again.`,
      );
    }
  }
  if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name))) throw macros();
  const document = entries.find((e) => e.name === 'word/document.xml');
  const types = entries.find((e) => e.name === '[Content_Types].xml');
  if (!document || !types) throw damaged();
  try {
    const inflated = new Map(entries.map((e) => [e.name, inflateEntry(content, e)]));
    const contentTypes = inflated.get(types.name)?.toString('utf8') ?? '';
    if (MACRO_TYPES.test(contentTypes)) throw macros();
    if (!MAIN_TYPES.test(contentTypes) || !/<w:body\b/.test(inflated.get(document.name)?.toString('utf8') ?? ''))
      throw damaged();
  } catch (error) {
    throw error instanceof UnreadableZip ? damaged() : error;
  }
}

function tooLarge(maxBytes: number): WordTemplateRefused {
  return new WordTemplateRefused(
    `The template is larger than ${MB(maxBytes)}; a letterhead template is far smaller. Use smaller images in its header and footer.`,
  );
}

function macros(): WordTemplateRefused {
  return new WordTemplateRefused(
    'The template holds macros, which Waymark does not accept. Save it as a Word document (.docx) or Word template (.dotx) without macros and try again.',
  );
}

function damaged(): WordTemplateRefused {
  return new WordTemplateRefused(
    'The file could not be read as a Word document or template: it is damaged or is not really a .docx or .dotx file. Open it in Word, save it as .docx or .dotx and try again.',
  );
}
