import { Controller, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { Allow, Ctx } from '../../common/auth/decorators';
import { Permission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UserInputError } from '../../common/errors/domain-errors';
import { PriceImportService } from './price-import.service';

@Controller()
export class PriceImportController {
  constructor(private readonly imports: PriceImportService) {}

  /**
   * Integrators' fast path for very large loads: `POST /api/admin/price-entries/import` with a
   * `text/csv` body (header `sku,price_type_code,packaging_code,price,tiers`), streamed into COPY.
   * All or nothing; answers `{ rows, inserted, updated, unchanged, errors, errorCount, ms }`.
   */
  @Allow(Permission.MANAGE_PRICES)
  @Post('api/admin/price-entries/import')
  async import(@Ctx() ctx: RequestContext, @Req() req: Request) {
    if (!/^text\/csv\b/i.test(req.headers['content-type'] ?? '')) {
      throw new UserInputError('file', 'file: send the CSV as the request body with Content-Type: text/csv');
    }
    return this.imports.importCsv(ctx, req);
  }
}
