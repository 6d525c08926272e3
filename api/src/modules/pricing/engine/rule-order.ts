import { ScopeKind, TargetKind, type PriceRule } from './rule-types';

/** A more specific target wins a priority tie: a rule about this very product beats one about everything. */
export const TARGET_SPECIFICITY: Readonly<Record<TargetKind, number>> = {
  [TargetKind.PRODUCT]: 4,
  [TargetKind.BRAND]: 3,
  [TargetKind.CATEGORY]: 2,
  [TargetKind.ALL]: 1,
};

/** Then the narrower audience wins: a contract's own rule beats a company-wide one. */
export const SCOPE_SPECIFICITY: Readonly<Record<ScopeKind, number>> = {
  [ScopeKind.CONTRACT]: 5,
  [ScopeKind.LEGAL_ENTITY]: 4,
  [ScopeKind.COMPANY]: 3,
  [ScopeKind.GROUP]: 2,
  [ScopeKind.EVERYONE]: 1,
};

/**
 * The one rule order: priority DESC, target specificity DESC, scope specificity DESC, id ASC.
 * Ids compare by UTF-16 code units, not locale, so the order is the same on every machine and never
 * depends on the order the rules came in.
 */
export function compareRules(a: PriceRule, b: PriceRule): number {
  if (a.priority !== b.priority) return b.priority - a.priority;
  const target = TARGET_SPECIFICITY[b.target.kind] - TARGET_SPECIFICITY[a.target.kind];
  if (target !== 0) return target;
  const scope = SCOPE_SPECIFICITY[b.scope.kind] - SCOPE_SPECIFICITY[a.scope.kind];
  if (scope !== 0) return scope;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A sorted copy; throws on duplicate ids, which would make the order depend on the input order. */
export function sortRules<T extends PriceRule>(rules: readonly T[]): T[] {
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) throw new Error(`Duplicate price rule id ${rule.id}`);
    ids.add(rule.id);
  }
  return [...rules].sort(compareRules);
}
