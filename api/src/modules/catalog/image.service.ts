import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Metadata } from 'sharp';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { EntityNotFoundError, UserInputError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { ImageVariant, imageUrlExpiry, imageUrlUntil } from './image-url';

export const THUMB_SIZE = 64;
export const CARD_SIZE = 480;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'avif', 'tiff']);
/** Refuse decompression bombs before decoding: 40 megapixels is more than any product photo needs. */
const MAX_INPUT_PIXELS = 40_000_000;

/** Signed URLs kept for the current expiry window at most (then they are signed again). */
const MAX_SIGNED_URLS = 50_000;

export interface ProcessedImage {
  sha256: string;
  thumb: Buffer;
  card: Buffer;
  width: number;
  height: number;
}

type Sharp = typeof import('sharp');
let loadingSharp: Promise<Sharp> | null = null;
/** sharp (libvips) is loaded with the first image to process: ≈ 20 MB a replica serving pages does not need. */
const loadSharp = (): Promise<Sharp> =>
  (loadingSharp ??= import('sharp').then(
    (m) => (m as unknown as { default?: Sharp }).default ?? (m as unknown as Sharp),
  ));

/** Resizes an upload to the two sizes the SPAs show (WebP, fitted inside a square, white background). */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  const sharp = await loadSharp();
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch {
    throw new UserInputError('file', 'file: not an image this server can read (JPEG, PNG, WebP, GIF, AVIF or TIFF)');
  }
  if (!meta.format || !ACCEPTED_FORMATS.has(meta.format)) {
    throw new UserInputError('file', `file: ${meta.format ?? 'this'} images are not accepted; use JPEG, PNG or WebP`);
  }
  if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_INPUT_PIXELS) {
    throw new UserInputError('file', 'file: the image has too many pixels (at most 40 megapixels)');
  }
  const render = (size: number) =>
    sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .flatten({ background: '#ffffff' })
      .resize(size, size, { fit: 'contain', background: '#ffffff', withoutEnlargement: false })
      .webp({ quality: 80 })
      .toBuffer();
  try {
    const [thumb, card] = await Promise.all([render(THUMB_SIZE), render(CARD_SIZE)]);
    return {
      sha256: createHash('sha256').update(input).digest('hex'),
      thumb,
      card,
      width: meta.width ?? 0,
      height: meta.height ?? 0,
    };
  } catch {
    throw new UserInputError('file', 'file: the image is damaged and cannot be decoded');
  }
}

/** Product pictures: stored in PostgreSQL (stateless replicas), served by signed, expiring URLs. */
@Injectable()
export class ImageService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private readonly signed = new Map<string, string>();
  private signedExpiry = 0;

  /**
   * A signed URL of the image; URLs are identical within an expiry window, so they are kept for the
   * window (a catalog page signs a hundred thumbnails).
   */
  url(imageId: string | null, variant: ImageVariant): string | null {
    if (!imageId) return null;
    const expires = imageUrlExpiry(this.config.imageUrlTtlSeconds);
    if (expires !== this.signedExpiry || this.signed.size >= MAX_SIGNED_URLS) {
      this.signed.clear();
      this.signedExpiry = expires;
    }
    const key = `${variant}/${imageId}`;
    let url = this.signed.get(key);
    if (url === undefined) {
      url = imageUrlUntil(this.config.imageUrlSecret, imageId, variant, expires);
      this.signed.set(key, url);
    }
    return url;
  }

  /** Stores (or reuses, by content hash) an image and makes it the product's picture. */
  async setProductImage(ctx: RequestContext, productId: string, file: Buffer): Promise<{ imageId: string }> {
    const processed = await processImage(file);
    return this.db.transaction(ctx, async (tctx) => {
      const imageId = await this.store(tctx, processed);
      const { affected } = await this.db.run(
        tctx,
        `UPDATE product SET image_id = $2, updated_at = now() WHERE id = $1`,
        [productId, imageId],
      );
      if (!affected) throw new EntityNotFoundError('Product', productId);
      await this.audit.record(tctx, {
        action: 'product.image_set',
        entityType: 'product',
        entityId: productId,
        after: { imageId },
      });
      return { imageId };
    });
  }

  async store(ctx: RequestContext, image: ProcessedImage): Promise<string> {
    const [row] = await this.db.query<{ id: string }>(
      ctx,
      `INSERT INTO image (sha256, thumb, card, content_type, width, height) VALUES ($1, $2, $3, 'image/webp', $4, $5)
       ON CONFLICT (sha256) DO UPDATE SET sha256 = excluded.sha256 RETURNING id`,
      [image.sha256, image.thumb, image.card, image.width, image.height],
    );
    return row.id;
  }

  async read(
    ctx: RequestContext,
    imageId: string,
    variant: ImageVariant,
  ): Promise<{ body: Buffer; etag: string } | null> {
    const [row] = await this.db.query<{ body: Buffer; sha256: string }>(
      ctx,
      `SELECT ${variant === 'thumb' ? 'thumb' : 'card'} AS body, sha256 FROM image WHERE id = $1`,
      [imageId],
    );
    return row ? { body: row.body, etag: `"${row.sha256.slice(0, 16)}-${variant}"` } : null;
  }
}
