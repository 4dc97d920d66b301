import { Global, Module } from '@nestjs/common';
import { MAIL_TRANSPORT, OutboxStore, SmtpTransport } from '@waymark/api/mail/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { DeliveryWorker } from './delivery-worker';
import { OutboxResolver } from './outbox.resolver';

/** E-mail: the outbox, its delivery worker and the administrators' view of it. */
@Global()
@Module({
  providers: [
    OutboxStore,
    DeliveryWorker,
    OutboxResolver,
    {
      provide: MAIL_TRANSPORT,
      inject: [WAYMARK_CONFIG],
      useFactory: (config: WaymarkConfig) =>
        config.mail.smtpUrl ? new SmtpTransport(config.mail.smtpUrl, config.mail.from) : null,
    },
  ],
  exports: [OutboxStore, DeliveryWorker],
})
export class MailModule {}
