import { DEFAULT_RAG_DEFINITIONS, Rag } from '@waymark/shared/domain';
import { RagDefinitionsView } from './views';

/** Layers stored definitions (partnership, then strategy) over the defaults; blank text never wins. */
export function resolveRagDefinitions(
  ...layers: ReadonlyArray<Record<string, unknown> | null | undefined>
): RagDefinitionsView {
  const out: Record<Rag, string> = { ...DEFAULT_RAG_DEFINITIONS };
  for (const layer of layers) {
    for (const rag of [Rag.Red, Rag.Amber, Rag.Green]) {
      const text = layer?.[rag];
      if (typeof text === 'string' && text.trim() !== '') out[rag] = text;
    }
  }
  return out;
}
