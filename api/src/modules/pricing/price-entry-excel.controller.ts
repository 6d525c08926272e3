import { Controller, Get, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { Allow, Ctx } from '../../common/auth/decorators';
import { Permission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UserInputError } from '../../common/errors/domain-errors';
import { PriceEntryExcelService } from './price-entry-excel.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Controller()
export class PriceEntryExcelController {
  constructor(private readonly excel: PriceEntryExcelService) {}

  /** Staff: price entries as .xlsx (optionally of one price type / category subtree), at most 200 000 rows. */
  @Allow(Permission.READ_PRICES)
  @Get('api/admin/price-entries.xlsx')
  async download(
    @Ctx() ctx: RequestContext,
    @Res() res: Response,
    @Query('priceTypeId') priceTypeId?: string,
    @Query('categoryId') categoryId?: string,
  ): Promise<void> {
    for (const [field, v] of [
      ['priceTypeId', priceTypeId],
      ['categoryId', categoryId],
    ] as const) {
      if (v && !UUID.test(v)) throw new UserInputError(field, `${field}: must be an ID returned by this API`);
    }
    const file = await this.excel.export(ctx, { priceTypeId, categoryId });
    res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('content-disposition', 'attachment; filename="price-entries.xlsx"');
    res.end(file);
  }

  /**
   * Staff: the same sheet back (multipart field `file`), edited: up to 10 000 rows through the bulk upsert;
   * `{ applied, items, rowErrors }` with the sheet's row numbers. All or nothing unless `?allOrNothing=false`.
   */
  @Allow(Permission.MANAGE_PRICES)
  @Post('api/admin/price-entries.xlsx')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 5, parts: 10 } }))
  async upload(
    @Ctx() ctx: RequestContext,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Query('allOrNothing') allOrNothing?: string,
  ) {
    if (!file) throw new UserInputError('file', 'file: send the workbook as multipart/form-data field "file"');
    return this.excel.import(ctx, file.buffer, allOrNothing !== 'false');
  }
}
