import { Injectable } from '@nestjs/common';
import { Memberships, type SignInResult } from '@waymark/api/identity/data-access';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { establishSession } from '../session/sessions';
import { recordSignIn } from '../sign-in-record';

/**
 * After any sign-in method: an account that may enter one partnership goes straight in; one that may enter several
 * gets a session that waits for choosePartnership (no actor, so nothing but the choice can be read).
 */
@Injectable()
export class AccountEntry {
  constructor(
    private readonly memberships: Memberships,
    private readonly dataSource: DataSource,
  ) {}

  /** Resolves to the person entered as, or null when the account must choose a partnership first. */
  async enter(req: Request, result: SignInResult): Promise<string | null> {
    const choices = await this.memberships.choosable(result.accountId, result.via);
    const personId = choices.length === 1 ? choices[0].personId : null;
    await establishSession(req, result, personId);
    if (personId) await recordSignIn(this.dataSource, personId);
    return personId;
  }
}
