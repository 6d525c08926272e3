import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 500;

/** Offset paging for staff lists and screens. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  skip: number;

  @Field(() => Int, { defaultValue: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  take: number;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
}

export function PageType<T>(item: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(name)
  class PageOf implements Page<T> {
    @Field(() => [item])
    items: T[];

    @Field(() => Int)
    totalCount: number;
  }
  return PageOf;
}
