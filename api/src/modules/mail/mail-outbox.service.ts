import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError } from '../../common/errors/domain-errors';
import { Page, PageArgs } from '../../common/pagination/pagination.types';
import { MailDispatcher } from './mail-dispatcher.service';
import { OutboxEmailType, OutboxFilterInput, OutboxStatusType } from './mail.types';

interface OutboxRow {
  id: string;
  to_address: string;
  to_name: string | null;
  template: string;
  locale: string;
  subject: string;
  text_body: string;
  html_body: string;
  company_id: string | null;
  status: OutboxStatusType;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  total: string;
}

function toType(r: OutboxRow): OutboxEmailType {
  return {
    id: r.id,
    to: r.to_address,
    toName: r.to_name,
    template: r.template,
    locale: r.locale,
    subject: r.subject,
    textBody: r.text_body,
    htmlBody: r.html_body,
    companyId: r.company_id,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  };
}

/** The staff's view of the outbox (what was sent, what waits, what failed) and a manual retry. */
@Injectable()
export class MailOutboxService {
  constructor(
    private readonly db: Db,
    private readonly dispatcher: MailDispatcher,
  ) {}

  async list(
    ctx: RequestContext,
    filter: OutboxFilterInput | null | undefined,
    page: PageArgs,
  ): Promise<Page<OutboxEmailType>> {
    const rows = await this.db.query<OutboxRow>(
      ctx,
      `SELECT o.*, count(*) OVER () AS total FROM email_outbox o
        WHERE ($1::varchar IS NULL OR o.status = $1)
          AND ($2::varchar IS NULL OR o.to_address = lower($2))
          AND ($3::uuid IS NULL OR o.company_id = $3)
          AND ($4::varchar IS NULL OR o.template = $4)
        ORDER BY o.created_at DESC, o.id
        OFFSET $5 LIMIT $6`,
      [
        filter?.status ?? null,
        filter?.to ?? null,
        filter?.companyId ?? null,
        filter?.template ?? null,
        page.skip,
        page.take,
      ],
    );
    return { items: rows.map(toType), totalCount: rows.length ? Number(rows[0].total) : 0 };
  }

  /** Puts a failed (or pending) message back in line for an immediate attempt. */
  async retry(ctx: RequestContext, id: string): Promise<OutboxEmailType> {
    const [row] = await this.db.query<OutboxRow>(
      ctx,
      `UPDATE email_outbox SET status = 'pending', attempts = 0, next_attempt_at = now(), updated_at = now()
        WHERE id = $1 AND status <> 'sent'
      RETURNING *, 1 AS total`,
      [id],
    );
    if (!row) {
      const [existing] = await this.db.query<OutboxRow>(ctx, `SELECT *, 1 AS total FROM email_outbox WHERE id = $1`, [
        id,
      ]);
      if (!existing) throw new EntityNotFoundError('E-mail', id);
      return toType(existing);
    }
    this.dispatcher.kick();
    return toType(row);
  }
}
