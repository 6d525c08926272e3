import type { NextFunction, Request, Response } from 'express';

/** Body-parser failures (too large, malformed JSON) answered in the GraphQL error shape. */
export function bodyErrorHandler(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const e = err as { type?: string; status?: number; limit?: number } | null;
  if (e?.type === 'entity.too.large') {
    res.status(413).json({
      errors: [
        {
          message: `Request body is larger than the limit of ${e.limit} bytes`,
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    return;
  }
  if (e?.type === 'entity.parse.failed') {
    res
      .status(400)
      .json({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  next(err);
}
