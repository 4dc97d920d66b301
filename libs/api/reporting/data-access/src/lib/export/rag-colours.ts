import { IndicatorStatus, Rag } from '@waymark/shared/domain';

/** Light fills with dark text: every pairing passes WCAG AA contrast, and the word is always printed. */
export const RAG_FILL: Record<Rag, string> = { [Rag.Red]: 'F4C7C3', [Rag.Amber]: 'FCE4B8', [Rag.Green]: 'CDE8C9' };
export const RAG_TEXT = '0B0C0C';

/** An indicator value's tolerance band takes the fill of the RAG it reads as; its words are printed beside it. */
export const BAND_RAG: Record<IndicatorStatus, Rag> = {
  [IndicatorStatus.OnTarget]: Rag.Green,
  [IndicatorStatus.WithinTolerance]: Rag.Amber,
  [IndicatorStatus.OffTarget]: Rag.Red,
};
