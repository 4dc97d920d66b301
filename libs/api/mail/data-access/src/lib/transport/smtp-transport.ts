import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { MailTransport, OutgoingMail } from './mail-transport';

/** nodemailer over SMTP: STARTTLS when the server offers it (smtp://), implicit TLS with smtps://. */
export class SmtpTransport implements MailTransport {
  private readonly transporter: Transporter<SMTPTransport.SentMessageInfo>;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    const options: SMTPTransport.Options = {
      url: smtpUrl,
      // A frozen server must not hold a delivery round for minutes (nodemailer waits 2 minutes by default).
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    };
    this.transporter = createTransport(options);
  }

  async send(mail: OutgoingMail): Promise<void> {
    const domain = this.from.match(/@([^>\s]+)>?$/)?.[1] ?? 'localhost';
    await this.transporter.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${mail.outboxId}@${domain}>`,
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  }

  close(): void {
    this.transporter.close();
  }
}
