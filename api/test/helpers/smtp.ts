import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/**
 * A real SMTP server on loopback: the API sends through nodemailer exactly as in production, and
 * tests read what arrived.
 */
export class TestSmtp {
  readonly inbox: ReceivedMail[] = [];
  private server: SMTPServer | null = null;
  port = 0;

  static async start(): Promise<TestSmtp> {
    const smtp = new TestSmtp();
    smtp.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((mail: ParsedMail) => {
            smtp.inbox.push({
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve) => smtp.server!.listen(0, '127.0.0.1', resolve));
    smtp.port = (smtp.server.server.address() as AddressInfo).port;
    return smtp;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Waits for the first message to this address (after `since` messages) that matches. */
  async waitFor(
    to: string,
    match: (m: ReceivedMail) => boolean = () => true,
    timeoutMs = 10000,
  ): Promise<ReceivedMail> {
    const started = Date.now();
    for (;;) {
      const found = this.inbox.find((m) => m.to.includes(to.toLowerCase()) && match(m));
      if (found) return found;
      if (Date.now() - started > timeoutMs) {
        throw new Error(
          `No e-mail to ${to} within ${timeoutMs} ms; inbox: ${JSON.stringify(this.inbox.map((m) => [m.to, m.subject]))}`,
        );
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The token of the first link in the text whose path starts with `path`. */
export function tokenFromLink(text: string, path: string, param = 'token'): string {
  const url = text
    .match(/https?:\/\/\S+/g)
    ?.map((u) => new URL(u))
    .find((u) => u.pathname.startsWith(path));
  const token = url?.searchParams.get(param);
  if (!token) throw new Error(`No ${path} link with ${param} in: ${text}`);
  return token;
}
