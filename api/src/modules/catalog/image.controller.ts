import {
  Controller,
  Get,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { Allow, Ctx, Public } from '../../common/auth/decorators';
import { Permission } from '../../common/auth/permissions';
import { RequestContext } from '../../common/context/request-context';
import { UserInputError } from '../../common/errors/domain-errors';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { ImageService } from './image.service';
import { verifyImageSignature } from './image-url';

@Controller()
export class ImageController {
  constructor(
    private readonly images: ImageService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Staff and integrators upload a product picture: multipart/form-data with one `file` field,
   * up to IMAGE_MAX_BYTES; stored resized. Answers `{ imageId, thumbnailUrl, imageUrl }`.
   */
  @Allow(Permission.MANAGE_CATALOG)
  @Post('api/admin/products/:id/image')
  // Size and count limits come from MulterModule in CatalogModule (IMAGE_MAX_BYTES).
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @UploadedFile() file: { buffer: Buffer; size: number } | undefined,
  ) {
    if (!file) throw new UserInputError('file', 'file: send the picture as multipart/form-data field "file"');
    if (file.size > this.config.imageMaxBytes) {
      throw new UserInputError('file', `file: larger than the limit of ${this.config.imageMaxBytes} bytes`);
    }
    const { imageId } = await this.images.setProductImage(ctx, id, file.buffer);
    return { imageId, thumbnailUrl: this.images.url(imageId, 'thumb'), imageUrl: this.images.url(imageId, 'card') };
  }

  /** Serves a picture to <img> tags: authorised by the URL's signature, not by a login. */
  @Public()
  @Get('api/images/:id/:variant')
  async serve(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Param('variant') variant: string,
    @Query('e') expires: string,
    @Query('s') sig: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (variant !== 'thumb' && variant !== 'card') {
      res.status(404).end();
      return;
    }
    const check = verifyImageSignature(this.config.imageUrlSecret, id, variant, expires ?? '', sig ?? '');
    if (check !== 'ok') {
      res
        .status(403)
        .json({ code: 'FORBIDDEN', message: check === 'expired' ? 'The image link has expired' : 'Bad image link' });
      return;
    }
    const image = await this.images.read(ctx, id, variant);
    if (!image) {
      res.status(404).end();
      return;
    }
    const maxAge = Math.max(0, Number(expires) - Math.floor(Date.now() / 1000));
    res.setHeader('Cache-Control', `private, max-age=${maxAge}, immutable`);
    res.setHeader('ETag', image.etag);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.headers['if-none-match'] === image.etag) {
      res.status(304).end();
      return;
    }
    res.type('image/webp').send(image.body);
  }
}
