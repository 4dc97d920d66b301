import type { AdminStrategy, ArchiveKind, ArchiveSource, DirectoryRecords } from '@waymark/web/shared/data-access';

/** What the confirmation names: the record, in the partnership's own words, and what archiving it does. */
export interface ArchiveTarget {
  readonly noun: string;
  readonly name: string;
  readonly version: number;
  readonly consequence: string;
}

/** The record of `kind` with `id` in what was loaded; null when it is not there (or archived already). */
export function archiveTarget(kind: ArchiveKind, id: string, source: ArchiveSource): ArchiveTarget | null {
  return source.from === 'directory'
    ? directoryTarget(kind, id, source.records)
    : structureTarget(kind, id, source.strategy);
}

function structureTarget(kind: ArchiveKind, id: string, s: AdminStrategy | null): ArchiveTarget | null {
  if (!s) return null;
  if (kind === 'strategy') {
    return {
      noun: 'strategy',
      name: s.title,
      version: s.version,
      consequence: 'The strategy and everything in it will no longer be listed or reported on.',
    };
  }
  const theme = s.themes.find((t) => t.id === id);
  if (kind === 'theme' && theme) {
    return {
      noun: s.themeLabel.toLowerCase(),
      name: theme.title,
      version: theme.version,
      consequence: `Its ${s.objectiveLabel.toLowerCase()}s and ${s.actionLabel.toLowerCase()}s will be archived with it, and the remaining ${s.themeLabel.toLowerCase()}s renumbered.`,
    };
  }
  const objective = s.themes.flatMap((t) => t.objectives).find((o) => o.id === id);
  if (kind === 'objective' && objective) {
    return {
      noun: s.objectiveLabel.toLowerCase(),
      name: objective.title,
      version: objective.version,
      consequence: `Its ${s.actionLabel.toLowerCase()}s will be archived with it.`,
    };
  }
  const action = s.themes
    .flatMap((t) => [...t.actions, ...t.objectives.flatMap((o) => o.actions)])
    .find((a) => a.id === id);
  if (kind === 'action' && action) {
    return {
      noun: s.actionLabel.toLowerCase(),
      name: action.title,
      version: action.version,
      consequence: `Leads will no longer be asked for updates on it, and the other ${s.actionLabel.toLowerCase()}s will be renumbered.`,
    };
  }
  return null;
}

function directoryTarget(kind: ArchiveKind, id: string, d: DirectoryRecords): ArchiveTarget | null {
  switch (kind) {
    case 'organisation': {
      const o = d.organisations.find((x) => x.id === id);
      return o
        ? {
            noun: 'organisation',
            name: o.name,
            version: o.version,
            consequence:
              'It will no longer be offered as a lead or partner; actions it leads keep its name in their history.',
          }
        : null;
    }
    case 'group': {
      const g = d.groups.find((x) => x.id === id);
      return g
        ? {
            noun: 'group',
            name: g.name,
            version: g.version,
            consequence: 'It will no longer be offered as an owner or accountable group.',
          }
        : null;
    }
    default: {
      const p = d.people.find((x) => x.id === id);
      return p
        ? {
            noun: 'person',
            name: p.fullName,
            version: p.version,
            consequence: 'They will no longer be able to sign in, and will not be offered as a lead officer.',
          }
        : null;
    }
  }
}
