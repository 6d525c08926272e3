import { RequestContext } from '../../src/common/context/request-context';
import { Db } from '../../src/common/database/db.service';
import { APP_CONFIG, AppConfig } from '../../src/config/app-config';
import { MailDispatcher } from '../../src/modules/mail/mail-dispatcher.service';
import { MailService } from '../../src/modules/mail/mail.service';
import { TestSmtp } from '../helpers/smtp';
import { createTestApp, TestApp } from '../helpers/test-app';

const mail = (to: string) => ({
  to,
  locale: 'en',
  template: 'password_reset' as const,
  params: { name: 'Test', resetUrl: 'https://x.test/set-password?token=abc' },
});

describe('e-mail outbox', () => {
  let smtp: TestSmtp;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_SWEEP_SECONDS: '0' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('sends after commit, and nothing for a change that rolled back', async () => {
    const db = t.app.get(Db);
    const mailer = t.app.get(MailService);
    await expect(
      db.transaction(RequestContext.forSystem(), async (tctx) => {
        await mailer.send(tctx, mail('rolled-back@x.test'));
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    await db.transaction(RequestContext.forSystem(), (tctx) => mailer.send(tctx, mail('committed@x.test')));
    const received = await smtp.waitFor('committed@x.test');
    expect(received.subject).toBe('Password reset');
    expect(received.html).toContain('<a href="https://x.test/set-password?token=abc">');
    const rows = await t.ds.query(
      `SELECT to_address, status, attempts FROM email_outbox WHERE to_address LIKE '%@x.test' ORDER BY 1`,
    );
    expect(rows).toEqual([{ to_address: 'committed@x.test', status: 'sent', attempts: 1 }]);
    expect(smtp.inbox.some((m) => m.to.includes('rolled-back@x.test'))).toBe(false);
  });

  it('lets several replicas drain one outbox without sending anything twice', async () => {
    const db = t.app.get(Db);
    const config = t.app.get<AppConfig>(APP_CONFIG);
    const replicas = [t.app.get(MailDispatcher), new MailDispatcher(db, config), new MailDispatcher(db, config)];
    const ctx = RequestContext.forSystem();
    await db.query(
      ctx,
      `INSERT INTO email_outbox (to_address, template, locale, subject, text_body, html_body)
       SELECT 'many' || i || '@y.test', 'password_reset', 'en', 'Bulk ' || i, 'text', '<p>html</p>' FROM generate_series(1, 40) AS i`,
    );
    replicas.forEach((r) => r.kick());
    await Promise.all(replicas.map((r) => r.idle()));
    const sent = smtp.inbox.filter((m) => m.to[0].endsWith('@y.test'));
    expect(sent).toHaveLength(40);
    expect(new Set(sent.map((m) => m.to[0])).size).toBe(40);
    await Promise.all(replicas.slice(1).map((r) => r.onApplicationShutdown()));
  });

  it('retries when the SMTP server fails, then gives up; a retry puts it back in line', async () => {
    const down = await createTestApp({
      SMTP_URL: 'smtp://127.0.0.1:1',
      MAIL_MAX_ATTEMPTS: '2',
      MAIL_SWEEP_SECONDS: '0',
    });
    try {
      const db = down.app.get(Db);
      const dispatcher = down.app.get(MailDispatcher);
      await db.transaction(RequestContext.forSystem(), (tctx) =>
        down.app.get(MailService).send(tctx, mail('unlucky@x.test')),
      );
      await dispatcher.idle();
      let [row] = await down.ds.query(
        `SELECT id, status, attempts, last_error, next_attempt_at > now() AS later FROM email_outbox`,
      );
      expect(row).toMatchObject({ status: 'pending', attempts: 1, later: true });
      expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
      await down.ds.query(`UPDATE email_outbox SET next_attempt_at = now()`);
      dispatcher.kick();
      await dispatcher.idle();
      [row] = await down.ds.query(`SELECT id, status, attempts FROM email_outbox`);
      expect(row).toMatchObject({ status: 'failed', attempts: 2 });
    } finally {
      await down.close();
    }
  });
});
