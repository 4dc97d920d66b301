import { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpTestServer {
  /** smtp://127.0.0.1:<port> */
  readonly url: string;
  readonly received: ParsedMail[];
  /** When set, every message is answered with this temporary failure instead of being accepted. */
  refuseWith: string | null;
  close(): Promise<void>;
}

/** A real SMTP server (the `smtp-server` package) on a free loopback port; parses what arrives with `mailparser`. */
export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const received: ParsedMail[] = [];
  const state: { refuseWith: string | null } = { refuseWith: null };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'], // plain SMTP on loopback: no self-signed certificate to trust
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          if (state.refuseWith) {
            const error = new Error(state.refuseWith) as Error & { responseCode: number };
            error.responseCode = 451;
            callback(error);
            return;
          }
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    get refuseWith() {
      return state.refuseWith;
    },
    set refuseWith(value: string | null) {
      state.refuseWith = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
