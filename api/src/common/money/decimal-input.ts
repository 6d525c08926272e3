import { applyDecorators } from '@nestjs/common';
import { Field, FieldOptions } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { Dec } from './decimal';

/**
 * A Decimal field of a GraphQL input class. The validation pipe runs class-transformer over input
 * objects, which would try to rebuild a Decimal with `new Decimal()` and fail; this routes the value
 * through its string form and back, so the service receives a Dec.
 */
export function DecimalInputField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => Dec, options),
    Type(() => String),
    Transform(
      ({ value }: { value: unknown }) => (value === null || value === undefined ? value : new Dec(value as string)),
      {
        toClassOnly: true,
      },
    ),
  );
}
