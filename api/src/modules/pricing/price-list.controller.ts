import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, Ctx } from '../../common/auth/decorators';
import { BuyerPermission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UserInputError } from '../../common/errors/domain-errors';
import { PriceListService } from './price-list.service';

const csv = (v: string) => (/[",;\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

@Controller()
export class PriceListController {
  constructor(private readonly lists: PriceListService) {}

  /**
   * The buyer's whole price list under the session's contract as CSV (UTF-8 with BOM, `;`-separated so
   * spreadsheet programs in ru locales open it): sku;name;unit;price;currency;vat_included;vat_rate.
   */
  @Allow(BuyerPermission.VIEW_CATALOG)
  @Get('api/shop/price-list.csv')
  async download(@Ctx() ctx: RequestContext, @Res() res: Response): Promise<void> {
    const contractId = ctx.buyer.contractId;
    if (!contractId) throw new UserInputError('contract', 'contract: choose a valid contract first');
    const list = await this.lists.forContract(ctx, contractId);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="price-list.csv"');
    const vat = list.vatIncluded ? 'true' : 'false';
    res.write('\uFEFFsku;name;unit;price;currency;vat_included;vat_rate\n');
    for await (const batch of list.batches) {
      const parts: string[] = [];
      for (const r of batch) {
        parts.push(
          `${csv(r.sku)};${csv(r.name)};${r.unit};${r.price?.toFixed() ?? ''};${list.currency};${vat};${r.vatRate?.toFixed() ?? ''}\n`,
        );
      }
      // Respect back-pressure: a slow client must not make the whole list pile up in memory.
      if (!res.write(parts.join(''))) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
  }
}
