import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, Ctx } from '../../common/auth/decorators';
import { BuyerPermission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UserInputError } from '../../common/errors/domain-errors';
import type { Dec } from '../../common/money/decimal';
import { writeChunk } from '../../common/streams/write-chunk';
import { PriceListCache } from './price-list-cache';
import { PriceListService } from './price-list.service';

const csv = (v: string) => (/[",;\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

@Controller()
export class PriceListController {
  constructor(
    private readonly lists: PriceListService,
    private readonly built: PriceListCache,
  ) {}

  /**
   * The buyer's whole price list under the session's contract as CSV (UTF-8 with BOM, `;`-separated so
   * spreadsheet programs in ru locales open it): sku;name;unit;price;currency;vat_included;vat_rate.
   * A list once built is kept (PriceListCache) and sent again until a change to what it is made of is
   * announced; `X-Price-List: built | kept` says which.
   */
  @Allow(BuyerPermission.VIEW_CATALOG)
  @Get('api/shop/price-list.csv')
  async download(@Ctx() ctx: RequestContext, @Res() res: Response): Promise<void> {
    const contractId = ctx.buyer.contractId;
    if (!contractId) throw new UserInputError('contract', 'contract: choose a valid contract first');
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="price-list.csv"');
    const kept = this.built.get(contractId);
    if (kept) {
      res.setHeader('x-price-list', 'kept');
      res.end(kept);
      return;
    }
    const token = this.built.begin();
    const list = await this.lists.forContract(ctx, contractId);
    res.setHeader('x-price-list', 'built');
    const vat = list.vatIncluded ? 'true' : 'false';
    // Only a list that can be kept is collected on the way out.
    const chunks: Buffer[] | null = this.built.accepting ? [] : null;
    const send = async (text: string) => {
      const chunk = Buffer.from(text);
      chunks?.push(chunk);
      await writeChunk(res, chunk);
    };
    await send('\uFEFFsku;name;unit;price;currency;vat_included;vat_rate\n');
    const rates = new Map<Dec | null, string>([[null, '']]); // a handful of shared rates, written many times
    const rate = (r: Dec | null) => rates.get(r) ?? rates.set(r, r!.toFixed()).get(r)!;
    for await (const batch of list.batches) {
      const parts: string[] = [];
      for (const r of batch) {
        parts.push(
          `${csv(r.sku)};${csv(r.name)};${r.unit};${r.price ?? ''};${list.currency};${vat};${rate(r.vatRate)}\n`,
        );
      }
      await send(parts.join(''));
    }
    res.end();
    if (chunks) this.built.put(contractId, token, Buffer.concat(chunks), list.validUntil?.getTime() ?? Infinity);
  }
}
