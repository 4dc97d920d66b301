import type { LifecycleStatus, Rag } from '@waymark/web/shared/data-access';

/** What the lead typed, kept in this browser until the API has it (a session can end before an autosave lands). */
export interface LocalDraft {
  readonly lifecycleStatus: LifecycleStatus;
  readonly proposedRag: Rag | null;
  readonly percentComplete: string;
  readonly narrative: string;
  /** The update's version the text was typed against (null: no update existed), so a later save still detects conflicts. */
  readonly version: number | null;
  /** ISO time the text was last kept. */
  readonly keptAt: string;
}

const PREFIX = 'waymark.update-draft';

/** One key per person, action and period: another person signing in on the same browser never sees it. */
export function localDraftKey(personId: string, actionId: string, periodId: string): string {
  return `${PREFIX}:${personId}:${actionId}:${periodId}`;
}

// Storage can be full, disabled or blocked (private windows, policies): the form then works as before, without the copy.
export function readLocalDraft(key: string): LocalDraft | null {
  try {
    const text = localStorage.getItem(key);
    if (!text) return null;
    const draft = JSON.parse(text) as Partial<LocalDraft>;
    return typeof draft.narrative === 'string' && typeof draft.keptAt === 'string' ? (draft as LocalDraft) : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(key: string, draft: LocalDraft): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // see readLocalDraft
  }
}

export function clearLocalDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // see readLocalDraft
  }
}
