import {
  astFromValue,
  isInputObjectType,
  isListType,
  isNonNullType,
  valueFromASTUntyped,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from 'graphql';

/** Returns the value with the missing defaulted fields written in (a copy where anything was added). */
export type DefaultsFiller = (value: unknown) => unknown;

/**
 * What a client would have sent had it written every input field's default out: the compiled
 * executor reads variables itself and does not apply input defaults as graphql-js does (a required
 * field with a default is refused; a default JSON cannot carry arrives as JSON). The defaults are
 * written as the schema prints them and coerced with the rest. null: the type has no defaults
 * anywhere, nothing to walk (an integrator's 10 000 rows are not copied).
 */
export function defaultsFiller(
  type: GraphQLInputType,
  known: Map<string, DefaultsFiller | null> = new Map(),
): DefaultsFiller | null {
  if (isNonNullType(type)) return defaultsFiller(type.ofType, known);
  if (isListType(type)) {
    const item = defaultsFiller(type.ofType, known);
    if (item === null) return null;
    // A single value stands for a list of one.
    return (value) => (Array.isArray(value) ? value.map((v: unknown) => (v == null ? v : item(v))) : item(value));
  }
  return isInputObjectType(type) ? objectFiller(type, known) : null;
}

function objectFiller(type: GraphQLInputObjectType, known: Map<string, DefaultsFiller | null>): DefaultsFiller | null {
  const seen = known.get(type.name);
  if (seen !== undefined) return seen;
  // A type that contains itself: its inner occurrences forward to the filler being built.
  let built: DefaultsFiller | null = null;
  known.set(type.name, (value) => (built ? built(value) : value));

  const defaults: [string, unknown][] = [];
  const inner: [string, DefaultsFiller][] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.defaultValue !== undefined) {
      const ast = astFromValue(field.defaultValue, field.type);
      if (ast) defaults.push([field.name, valueFromASTUntyped(ast)]);
    }
    const fill = defaultsFiller(field.type, known);
    if (fill) inner.push([field.name, fill]);
  }
  if (defaults.length || inner.length) {
    built = (value) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const given = value as Record<string, unknown>;
      let out = given;
      for (const [name, raw] of defaults) {
        if (given[name] === undefined) {
          if (out === given) out = { ...given };
          out[name] = raw;
        }
      }
      for (const [name, fill] of inner) {
        const v = given[name];
        if (v == null) continue;
        const filled = fill(v);
        if (filled !== v) {
          if (out === given) out = { ...given };
          out[name] = filled;
        }
      }
      return out;
    };
  }
  known.set(type.name, built);
  return built;
}
