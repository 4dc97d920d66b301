import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { MAIL_TRANSPORT, type MailTransport, OutboxStore } from '@waymark/api/mail/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';

const BATCH_SIZE = 20;

/**
 * Delivers queued messages on every instance (claims are exclusive, see OutboxStore.claimDue). A failed delivery
 * goes back to the queue with back-off; nothing the worker does can fail the user action that queued the message.
 * Bodies carry one-time links, so only ids and error texts are ever logged.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('Mail');
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<number> | null = null;

  constructor(
    @Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport | null,
    private readonly outbox: OutboxStore,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.transport) {
      if (this.config.environment !== 'test')
        this.log.log('SMTP_URL is not set: e-mails stay in the outbox (Administration → Outbox).');
      return;
    }
    this.timer = setInterval(
      () =>
        void this.deliverDue().catch((error: unknown) =>
          this.log.error({ msg: 'Mail delivery round failed', error: String(error) }),
        ),
      this.config.mail.pollSeconds * 1000,
    );
    this.timer.unref();
  }

  /** One delivery round (rounds never overlap within an instance); resolves to the number of messages sent. */
  deliverDue(): Promise<number> {
    if (!this.transport) return Promise.resolve(0);
    const transport = this.transport;
    this.round ??= this.runRound(transport).finally(() => (this.round = null));
    return this.round;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.round?.catch(() => undefined);
    this.transport?.close();
  }

  private async runRound(transport: MailTransport): Promise<number> {
    let sent = 0;
    for (const message of await this.outbox.claimDue(BATCH_SIZE)) {
      try {
        await transport.send({
          to: message.recipient,
          subject: message.subject,
          text: message.textBody,
          html: message.htmlBody,
          outboxId: message.id,
        });
        await this.outbox.markSent(message.id);
        sent++;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const status = await this.outbox.markFailed(message, reason, this.config.mail.maxAttempts);
        const msg =
          status === 'failed'
            ? 'Mail delivery failed for the last time; the message is marked failed'
            : 'Mail delivery failed; will retry';
        this.log.warn({ msg, outboxId: message.id, attempts: message.attempts, reason });
      }
    }
    return sent;
  }
}
