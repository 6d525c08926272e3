import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { Dec } from '../money/decimal';
import { UserInputError } from './domain-errors';

function firstError(errors: ValidationError[], path: string): { field: string; message: string } | null {
  for (const error of errors) {
    const field = path ? `${path}.${error.property}` : error.property;
    const constraints = error.constraints ? Object.values(error.constraints) : [];
    if (constraints.length) return { field, message: `${field}: ${constraints[0]}` };
    const nested = firstError(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);

type Restore = () => void;

/**
 * Scalars that arrive as class instances (Decimal) would be rebuilt by class-transformer with their
 * constructor and no argument, which throws. They are swapped for their text while the input is
 * transformed and validated, and put back afterwards.
 */
function swapScalars(value: unknown, restores: Restore[], target: () => Record<string, unknown> | unknown[]): unknown {
  if (value instanceof Dec) return value.toFixed();
  if (Array.isArray(value)) {
    return value.map((item, i) => {
      if (item instanceof Dec) restores.push(() => ((target() as unknown[])[i] = item));
      return swapScalars(item, restores, () => (target() as unknown[])[i] as unknown[]);
    });
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        if (v instanceof Dec) restores.push(() => ((target() as Record<string, unknown>)[k] = v));
        return [k, swapScalars(v, restores, () => (target() as Record<string, unknown>)[k] as Record<string, unknown>)];
      }),
    );
  }
  return value;
}

/**
 * Validates GraphQL input objects with class-validator. The error names the argument path
 * (`input.email`) in both the message and `extensions.field`.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    // Only client input: custom parameter decorators (@Ctx) carry server objects.
    if (
      metadata.type === 'custom' ||
      !type ||
      PRIMITIVES.has(type) ||
      value === null ||
      value === undefined ||
      typeof value !== 'object'
    ) {
      return value;
    }
    const restores: Restore[] = [];
    let instance: object = {};
    const plain = swapScalars(value, restores, () => instance as Record<string, unknown>);
    instance = plainToInstance(type, plain) as object;
    // GraphQL already rejects unknown fields, so no whitelisting here.
    const errors = await validate(instance, { forbidUnknownValues: false });
    const error = firstError(errors, metadata.data ?? '');
    if (error) throw new UserInputError(error.field, error.message);
    for (const restore of restores) restore();
    return instance;
  }
}
