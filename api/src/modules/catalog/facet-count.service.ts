import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { JobsService } from '../../common/jobs/jobs.service';

export const FACET_COUNT_COMPACT_JOB = 'facet-count-compact';

/** The advisory lock the facet_count triggers fold rows under (migration FacetCounts); taken with try, never waited for. */
export const FACET_COUNT_COMPACTION_LOCK = 7340033;

/**
 * Upkeep of the precomputed facet counts (facet_count, kept by triggers on product_stock). A writer
 * that could not take the compaction lock leaves its delta rows to the next writer of those groups;
 * once a minute the groups left with several rows are folded here, so rarely written groups do not
 * keep them. Counts are exact either way: folding only makes the facet statement read fewer rows.
 */
@Injectable()
export class FacetCountService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: FACET_COUNT_COMPACT_JOB,
      cron: '* * * * *',
      handler: async (ctx) => void (await this.compact(ctx)),
    });
  }

  /** Folds every group with more than one row; does nothing while a writer holds the lock. Returns whether it ran. */
  async compact(ctx: RequestContext): Promise<boolean> {
    return this.db.transaction(ctx, async (tctx) => {
      const [lock] = await this.db.query<{ ok: boolean }>(tctx, `SELECT pg_try_advisory_xact_lock($1) AS ok`, [
        FACET_COUNT_COMPACTION_LOCK,
      ]);
      if (!lock.ok) return false;
      await this.db.query(
        tctx,
        `SELECT facet_count_compact(ARRAY(
           SELECT DISTINCT facet_group FROM facet_count GROUP BY category_id, facet_group HAVING count(*) > 1))`,
      );
      return true;
    });
  }
}
