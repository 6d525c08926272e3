import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { JobsService } from '../../common/jobs/jobs.service';
import { Dec } from '../../common/money/decimal';
import { mailLocale } from '../mail/mail-templates';
import { MailService } from '../mail/mail.service';
import { OrderLifecycleService } from './order-lifecycle.service';
import { type ApprovalReason, approvalReasonsText } from './order-limits';
import { OrderStatus } from './order-status';
import { StatusChangeRefusedError } from './order.types';

export const APPROVAL_EXPIRE_ONE_JOB = 'order-approval-expire';
export const APPROVAL_EXPIRE_DUE_JOB = 'order-approvals-expire-due';

export interface ApprovalRequest {
  submissionId: string;
  number: string;
  buyerName: string;
  currency: string;
  amount: Dec;
  reasons: ApprovalReason[];
}

/**
 * The waiting side of approval: directors are told an order waits (in-app and e-mail, with the limit
 * it broke), and an order nobody decides on within ORDER_APPROVAL_TIMEOUT_HOURS is cancelled by a job
 * — one per submission at its deadline, plus a sweep every five minutes for anything missed (jobs
 * off, a crash). The job locks the submission like a director's decision does, and acts only on one
 * still PENDING and overdue by the current setting: an order approved meanwhile stays as it is.
 */
@Injectable()
export class OrderApprovalService implements OnModuleInit {
  private readonly logger = new Logger(OrderApprovalService.name);

  constructor(
    private readonly db: Db,
    private readonly lifecycle: OrderLifecycleService,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ submissionId?: string }>({
      name: APPROVAL_EXPIRE_ONE_JOB,
      handler: async (ctx, data) => {
        if (data.submissionId) await this.expireDue(ctx, { submissionId: data.submissionId });
      },
    });
    this.jobs.register({
      name: APPROVAL_EXPIRE_DUE_JOB,
      cron: '*/5 * * * *',
      handler: async (ctx) => void (await this.expireDue(ctx, {})),
    });
  }

  /** In the placement's transaction: notices, e-mails (sent after commit) and the timeout job. */
  async request(ctx: RequestContext, r: ApprovalRequest): Promise<void> {
    const buyer = ctx.buyer;
    const amount = `${r.amount.toFixed(2)} ${r.currency}`;
    const directors = await this.db.query<{ id: string; email: string; full_name: string; locale: string }>(
      ctx,
      `WITH d AS (
         SELECT u.id, u.email, u.full_name, u.locale FROM company_member m JOIN buyer_user u ON u.id = m.buyer_user_id
          WHERE m.company_id = $1 AND m.role = 'DIRECTOR' AND m.active AND u.active AND u.id <> $2),
       n AS (INSERT INTO buyer_notification (company_id, buyer_user_id, kind, text, submission_id)
             SELECT $1, d.id, 'ORDER_APPROVAL_REQUESTED', $3, $4 FROM d)
       SELECT * FROM d`,
      [
        buyer.companyId,
        buyer.userId,
        `${r.buyerName}: order ${r.number} for ${amount} awaits your approval (${approvalReasonsText(r.reasons, r.currency, 'en')})`,
        r.submissionId,
      ],
    );
    for (const d of directors) {
      await this.mail.send(ctx, {
        to: d.email,
        toName: d.full_name,
        template: 'order_approval_requested',
        locale: d.locale,
        companyId: buyer.companyId,
        params: {
          name: d.full_name,
          buyerName: r.buyerName,
          orderNumber: r.number,
          amount,
          reason: approvalReasonsText(r.reasons, r.currency, mailLocale(d.locale)),
          url: `${this.config.publicUrl}/orders/${r.submissionId}`,
        },
      });
    }
    await this.jobs.send(
      ctx,
      APPROVAL_EXPIRE_ONE_JOB,
      { submissionId: r.submissionId },
      { startAfter: new Date(Date.now() + this.config.orderApprovalTimeoutHours * 3_600_000) },
    );
  }

  /** The timeout job: one submission (at its deadline) or every overdue one (the sweep). */
  async expireDue(ctx: RequestContext, scope: { submissionId?: string }): Promise<number> {
    const hours = this.config.orderApprovalTimeoutHours;
    const due = await this.db.query<{ id: string }>(
      ctx,
      `SELECT id FROM order_submission
        WHERE approval_status = 'PENDING' AND created_at <= now() - make_interval(hours => $1)
          ${scope.submissionId ? 'AND id = $2' : ''}
        ORDER BY created_at LIMIT 1000`,
      scope.submissionId ? [hours, scope.submissionId] : [hours],
    );
    let expired = 0;
    for (const { id } of due) {
      if (await this.expireOne(ctx, id, hours)) expired++;
    }
    if (expired) this.logger.log(`${expired} order(s) not approved within ${hours} h cancelled`);
    return expired;
  }

  private expireOne(ctx: RequestContext, submissionId: string, hours: number): Promise<boolean> {
    return this.db.transaction(ctx, async (tctx) => {
      // The lock a director's decision takes: whichever comes first wins, the other finds it decided.
      const [s] = await this.db.query<{
        id: string;
        number: string;
        company_id: string;
        buyer_user_id: string;
        email: string;
        full_name: string;
        locale: string;
      }>(
        tctx,
        `SELECT s.id, s.number, s.company_id, s.buyer_user_id, u.email, coalesce(u.full_name, '') AS full_name, u.locale
           FROM order_submission s JOIN buyer_user u ON u.id = s.buyer_user_id
          WHERE s.id = $1 AND s.approval_status = 'PENDING' AND s.created_at <= now() - make_interval(hours => $2)
          FOR UPDATE OF s`,
        [submissionId, hours],
      );
      if (!s) return false;
      const orders = await this.db.query<{ id: string }>(
        tctx,
        `SELECT id FROM sales_order WHERE submission_id = $1 AND status = 'AWAITING_APPROVAL' ORDER BY index`,
        [s.id],
      );
      for (const o of orders) {
        const r = await this.lifecycle.transition(tctx, {
          orderId: o.id,
          to: OrderStatus.CANCELLED,
          actor: 'system',
          actorId: null,
          actorName: 'Wholesail',
          comment: `Not approved within ${hours} hours: cancelled automatically`,
        });
        if (r instanceof StatusChangeRefusedError) throw new Error(`${s.number}: ${r.message}`);
      }
      await this.db.query(
        tctx,
        `UPDATE order_submission SET approval_status = 'EXPIRED', decided_at = now() WHERE id = $1`,
        [s.id],
      );
      await this.db.query(
        tctx,
        `UPDATE buyer_notification SET read_at = now() WHERE submission_id = $1 AND kind = 'ORDER_APPROVAL_REQUESTED' AND read_at IS NULL`,
        [s.id],
      );
      await this.db.query(
        tctx,
        `INSERT INTO buyer_notification (company_id, buyer_user_id, kind, text, submission_id) VALUES ($1, $2, $3, $4, $5)`,
        [
          s.company_id,
          s.buyer_user_id,
          'ORDER_APPROVAL_EXPIRED',
          `Order ${s.number} was not approved within ${hours} hours and was cancelled`,
          s.id,
        ],
      );
      await this.mail.send(tctx, {
        to: s.email,
        toName: s.full_name,
        template: 'order_approval_expired',
        locale: s.locale,
        companyId: s.company_id,
        params: {
          name: s.full_name,
          orderNumber: s.number,
          hours,
          url: `${this.config.publicUrl}/orders/${s.id}`,
        },
      });
      return true;
    });
  }
}
