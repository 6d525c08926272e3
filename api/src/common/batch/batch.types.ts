import { Type } from '@nestjs/common';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';

/** The largest batch an integrator may send in one call. */
export const MAX_BATCH_ROWS = 10_000;

/** What went wrong with one row of a batch (an input list, a pasted SKU list or a sheet). */
@ObjectType('RowError')
export class RowError {
  @Field(() => Int, { description: '1-based position in the input list, or the row number in a sheet.' })
  row: number;

  @Field(() => String, { nullable: true, description: 'The field of the row that is wrong, when one is.' })
  field: string | null;

  @Field({ description: 'Stable machine-readable code, e.g. UNKNOWN_SKU, INVALID_INN, DUPLICATE_KEY.' })
  errorCode: string;

  @Field()
  message: string;

  @Field(() => String, { nullable: true, description: 'The row’s own key (SKU, external id…) to find it again.' })
  key: string | null;
}

@InputType()
export class BatchOptionsInput {
  @Field({
    defaultValue: false,
    description: 'When any row is invalid, change nothing (default: apply the valid rows).',
  })
  @IsOptional()
  @IsBoolean()
  allOrNothing: boolean;
}

/** Collects row errors while a batch is validated; `has(row)` tells which rows to skip. */
export class RowErrors {
  readonly list: RowError[] = [];
  private readonly rows = new Set<number>();

  add(row: number, field: string | null, errorCode: string, message: string, key: string | null = null): void {
    this.list.push({ row, field, errorCode, message, key });
    this.rows.add(row);
  }

  has(row: number): boolean {
    return this.rows.has(row);
  }

  get size(): number {
    return this.list.length;
  }
}

export interface BatchResult<T> {
  items: T[];
  rowErrors: RowError[];
  applied: number;
}

/**
 * `{ items, rowErrors, applied }` as a GraphQL type for one item type. `applied` is how many rows
 * were written (0 when allOrNothing refused the batch).
 */
export function BatchResultType<T>(item: Type<T>, name: string): Type<BatchResult<T>> {
  @ObjectType(name)
  class Result implements BatchResult<T> {
    @Field(() => [item])
    items: T[];

    @Field(() => [RowError])
    rowErrors: RowError[];

    @Field(() => Int)
    applied: number;
  }
  return Result;
}
