/** Injection token of the MailTransport; null when SMTP_URL is unset (messages then stay in the outbox). */
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The outbox row id: sent as the Message-ID's local part so a retried delivery can be recognised. */
  readonly outboxId: string;
}

export interface MailTransport {
  /** Resolves once the server accepted the message; rejects with the server's or the network's reason. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}
