import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { MailDispatcher } from './mail-dispatcher.service';
import { MailParams, MailTemplate, mailLocale, renderMail } from './mail-templates';

export interface OutgoingMail<T extends MailTemplate> {
  to: string;
  toName?: string | null;
  locale: string | null | undefined;
  template: T;
  params: MailParams[T];
  /** The client company the message is about, for the staff's outbox view. */
  companyId?: string | null;
}

/**
 * Queues e-mails in the outbox inside the caller's transaction: a message exists only if the change
 * it reports committed. The dispatcher is nudged after commit.
 */
@Injectable()
export class MailService {
  constructor(
    private readonly db: Db,
    private readonly dispatcher: MailDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** An absolute link into the apps: `link('/set-password', { token })`. */
  link(path: string, query: Record<string, string> = {}): string {
    const search = new URLSearchParams(query).toString();
    return `${this.config.publicUrl}${path}${search ? `?${search}` : ''}`;
  }

  async send<T extends MailTemplate>(ctx: RequestContext, mail: OutgoingMail<T>): Promise<void> {
    const locale = mailLocale(mail.locale);
    const rendered = renderMail(mail.template, locale, mail.params);
    await this.db.query(
      ctx,
      `INSERT INTO email_outbox (to_address, to_name, template, locale, subject, text_body, html_body, company_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        mail.to,
        mail.toName ?? null,
        mail.template,
        locale,
        rendered.subject,
        rendered.text,
        rendered.html,
        mail.companyId ?? null,
      ],
    );
    this.db.afterCommit(ctx, () => this.dispatcher.kick());
  }
}
