import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, badInput, FieldProblem } from '@waymark/api/shared/util';
import { isTimeZone, Rag } from '@waymark/shared/domain';
import { DataSource } from 'typeorm';
import { PartnershipView } from '../views';
import { storedRagDefinitions } from '../rag-definitions';
import { loadForWrite, updateAudited } from '../writes/audited-writes';
import { PartnershipReadService } from './partnership-read.service';

export interface UpdatePartnershipCommand {
  readonly version: number;
  readonly name?: string | null;
  readonly shortName?: string | null;
  /** Colours left out keep their text; null or blank text reverts that colour to the default. */
  readonly ragDefinitions?: Partial<Record<Rag, string | null>> | null;
  /** IANA name, e.g. Europe/London: deadlines and "today" are dates there. */
  readonly timeZone?: string | null;
}

/** The signed-in administrator's own partnership: name, short name and its RAG definitions. */
@Injectable()
export class PartnershipSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads: PartnershipReadService,
  ) {}

  async update(actor: Actor, cmd: UpdatePartnershipCommand): Promise<PartnershipView> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    const problems: FieldProblem[] = [];
    if (cmd.name !== undefined && !cmd.name?.trim())
      problems.push({ field: 'input.name', message: 'Enter the partnership name' });
    if (cmd.timeZone !== undefined && cmd.timeZone !== null && !isTimeZone(cmd.timeZone.trim()))
      problems.push({ field: 'input.timeZone', message: 'Enter a time zone such as Europe/London' });
    if (problems.length) throw badInput(problems);
    await this.dataSource.transaction(async (manager) => {
      const before = await loadForWrite(manager, 'partnership', 'Partnership', actor.partnershipId);
      await updateAudited(manager, actor, {
        table: 'partnership',
        entityType: 'partnership',
        id: actor.partnershipId,
        version: cmd.version,
        set: {
          name: cmd.name?.trim(),
          shortName: cmd.shortName === undefined ? undefined : cmd.shortName?.trim() || null,
          timeZone: cmd.timeZone?.trim() || undefined,
          ragDefinitions: cmd.ragDefinitions
            ? JSON.stringify(mergeRagDefinitions(storedRagDefinitions(before.ragDefinitions), cmd.ragDefinitions))
            : undefined,
        },
      });
    });
    return this.reads.partnership(actor);
  }
}

function mergeRagDefinitions(
  stored: Record<string, unknown>,
  given: Partial<Record<Rag, string | null>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rag of [Rag.Red, Rag.Amber, Rag.Green]) {
    const next = given[rag] !== undefined ? given[rag] : stored[rag];
    if (typeof next === 'string' && next.trim() !== '') out[rag] = next.trim();
  }
  return out;
}
