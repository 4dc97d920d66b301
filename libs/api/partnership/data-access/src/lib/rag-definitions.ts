import { DEFAULT_RAG_DEFINITIONS, Rag } from '@waymark/shared/domain';
import { RagDefinitionsView } from './views';

/** A `rag_definitions` json column (rag → text) as stored, keys and all; anything but an object reads as none. */
export function storedRagDefinitions(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
}

/** Layers stored definitions (partnership, then strategy: json columns as read) over the defaults; blank text never wins. */
export function resolveRagDefinitions(...layers: readonly unknown[]): RagDefinitionsView {
  const out: Record<Rag, string> = { ...DEFAULT_RAG_DEFINITIONS };
  for (const layer of layers) {
    const stored = storedRagDefinitions(layer);
    for (const rag of [Rag.Red, Rag.Amber, Rag.Green]) {
      const text = stored[rag];
      if (typeof text === 'string' && text.trim() !== '') out[rag] = text;
    }
  }
  return out;
}
