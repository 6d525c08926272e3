import type { CandidateNode, CandidateSet, PreparedPricing, PreparedRule, RuleList } from './prepared-types';
import type { PricingProduct } from './rule-types';

/** Beyond this many trie nodes the cache stops growing (products with rules of their own make their own). */
export const MAX_CANDIDATE_NODES = 200_000;

/**
 * The product's candidate rules in the one order: those for all products, this product, its brand and
 * its categories (indexes built by prepareRules). Each index list is already in order, so a k-way merge
 * by ordinal is enough — no sort. Products with the same lists share one cached set (and its plan),
 * found through a trie of list ids: no key strings to build per product.
 */
export function candidateSet(p: PreparedPricing, product: PricingProduct): CandidateSet {
  const root = p.candidateSets;
  let node: CandidateNode | null = descend(root, root, p.forAll);
  node = descend(root, node, p.byProduct.get(product.id));
  if (product.brandId !== null) node = descend(root, node, p.byBrand.get(product.brandId));
  for (const categoryId of product.categoryIds) node = descend(root, node, p.byCategory.get(categoryId));
  if (node?.set != null) return node.set;
  const set: CandidateSet = {
    rules: gatherRules(p, product),
    plan: undefined,
    planQuantity: null,
    plans: null,
    planAtMs: NaN,
    planWarehouseId: null,
    planOrderAmount: null,
  };
  if (node !== null) node.set = set;
  return set;
}

function descend(root: CandidateNode, node: CandidateNode | null, list: RuleList | undefined): CandidateNode | null {
  if (node === null || list === undefined) return node;
  let next = node.next?.get(list.id);
  if (next === undefined) {
    if (root.size >= MAX_CANDIDATE_NODES) return null;
    root.size++;
    next = { next: null, set: null, size: 0 };
    (node.next ??= new Map()).set(list.id, next);
  }
  return next;
}

/** The merged candidate rules of a product, without the cache. */
export function gatherRules(p: PreparedPricing, product: PricingProduct): readonly PreparedRule[] {
  const lists: RuleList[] = [];
  addList(lists, p.forAll);
  addList(lists, p.byProduct.get(product.id));
  if (product.brandId !== null) addList(lists, p.byBrand.get(product.brandId));
  for (const categoryId of product.categoryIds) addList(lists, p.byCategory.get(categoryId));
  return lists.length === 0 ? NO_RULES : lists.length === 1 ? lists[0].rules : mergeByOrdinal(lists);
}

const NO_RULES: readonly PreparedRule[] = Object.freeze([]);

function addList(lists: RuleList[], list: RuleList | undefined): void {
  // A category listed twice must not bring its rules twice.
  if (list !== undefined && !lists.includes(list)) lists.push(list);
}

function mergeByOrdinal(lists: readonly RuleList[]): PreparedRule[] {
  const k = lists.length;
  const heads = new Array<number>(k).fill(0);
  const out: PreparedRule[] = [];
  for (;;) {
    let best = -1;
    let bestOrdinal = Infinity;
    for (let i = 0; i < k; i++) {
      const rules = lists[i].rules;
      const head = heads[i];
      if (head < rules.length && rules[head].ordinal < bestOrdinal) {
        best = i;
        bestOrdinal = rules[head].ordinal;
      }
    }
    if (best < 0) return out;
    out.push(lists[best].rules[heads[best]++]);
  }
}
