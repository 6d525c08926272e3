import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
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
    const instance = plainToInstance(type, value) as object;
    // GraphQL already rejects unknown fields, so no whitelisting here.
    const errors = await validate(instance, { forbidUnknownValues: false });
    const error = firstError(errors, metadata.data ?? '');
    if (error) throw new UserInputError(error.field, error.message);
    return instance;
  }
}
