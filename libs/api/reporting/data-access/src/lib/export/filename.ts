/** "Embracing Diversity: A Hate…" + "Q2 2015-16" → "embracing-diversity-a-hate-…-q2-2015-16". */
export function reportFilename(parts: readonly string[], extension: string): string {
  const stem = parts
    .join(' ')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${stem || 'report'}.${extension}`;
}
