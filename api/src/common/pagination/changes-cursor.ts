import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min, MaxLength } from 'class-validator';
import { UserInputError } from '../errors/domain-errors';

/**
 * "What changed since my last pull" for integrators, as a keyset over (updated_at, id).
 * Rows are only handed out once they are `SETTLE_SECONDS` old, so a transaction still in flight
 * (with an earlier updated_at) cannot be skipped by a cursor that has already moved past it.
 */
export const SETTLE_SECONDS = 2;

@ArgsType()
export class ChangesArgs {
  @Field(() => String, {
    nullable: true,
    description: 'The nextCursor of the previous page; omit to start from the beginning.',
  })
  @IsOptional()
  @MaxLength(200)
  since?: string | null;

  @Field(() => Int, { defaultValue: 500 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5000)
  take: number;
}

export interface ChangesPage<T> {
  items: T[];
  nextCursor: string | null;
  hasMore: boolean;
}

export interface CursorPosition {
  updatedAt: Date;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(`${position.updatedAt.toISOString()}|${position.id}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): CursorPosition | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const updatedAt = new Date(at);
  if (!id || Number.isNaN(updatedAt.getTime()))
    throw new UserInputError('since', 'since is not a cursor returned by this API');
  return { updatedAt, id };
}

/**
 * SQL pieces for a changes query on `alias` (which must have updated_at and id columns):
 * `WHERE ${where} ORDER BY ${orderBy} LIMIT take + 1`, with `params` appended to yours.
 */
export function changesWindow(
  alias: string,
  since: CursorPosition | null,
  firstParam: number,
): { where: string; orderBy: string; params: unknown[] } {
  const settled = `${alias}.updated_at < now() - interval '${SETTLE_SECONDS} seconds'`;
  const orderBy = `${alias}.updated_at, ${alias}.id`;
  if (!since) return { where: settled, orderBy, params: [] };
  return {
    where: `${settled} AND (${alias}.updated_at, ${alias}.id) > ($${firstParam}::timestamptz, $${firstParam + 1}::uuid)`,
    orderBy,
    params: [since.updatedAt.toISOString(), since.id],
  };
}

/** Builds the page from `take + 1` fetched rows. */
export function changesPage<T>(rows: T[], take: number, positionOf: (row: T) => CursorPosition): ChangesPage<T> {
  const hasMore = rows.length > take;
  const items = hasMore ? rows.slice(0, take) : rows;
  const last = items[items.length - 1];
  return { items, hasMore, nextCursor: last ? encodeCursor(positionOf(last)) : null };
}

export function ChangesPageType<T>(item: Type<T>, name: string): Type<ChangesPage<T>> {
  @ObjectType(name)
  class Changes implements ChangesPage<T> {
    @Field(() => [item])
    items: T[];

    @Field(() => String, { nullable: true, description: 'Pass as `since` to get what changed after this page.' })
    nextCursor: string | null;

    @Field()
    hasMore: boolean;
  }
  return Changes;
}
