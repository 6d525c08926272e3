import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { UserInputError } from './domain-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** IDs are UUIDs; anything else is a client mistake named by its argument, not a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (!isUuid(value)) {
      const field = metadata.data ?? 'id';
      throw new UserInputError(field, `${field} must be an ID returned by this API`);
    }
    return value.toLowerCase();
  }
}

/** Like UuidPipe, for nullable ID arguments: null and undefined pass through. */
@Injectable()
export class OptionalUuidPipe implements PipeTransform<unknown, string | null> {
  transform(value: unknown, metadata: ArgumentMetadata): string | null {
    if (value === null || value === undefined) return null;
    return new UuidPipe().transform(value, metadata);
  }
}

/** A list of IDs (at most 1 000); each must be a UUID. */
@Injectable()
export class UuidListPipe implements PipeTransform<unknown, string[]> {
  transform(value: unknown, metadata: ArgumentMetadata): string[] {
    const field = metadata.data ?? 'ids';
    if (!Array.isArray(value)) throw new UserInputError(field, `${field} must be a list of IDs`);
    if (value.length > 1000) throw new UserInputError(field, `${field}: at most 1000 IDs at a time`);
    return value.map((v) => new UuidPipe().transform(v, metadata));
  }
}
