/** A message catalogue: nested groups of strings. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

/** The same keys as `T`, every leaf a string: `en` must have exactly the shape of `ru`. */
export type MessageShape<T> = { [K in keyof T]: T[K] extends string ? string : MessageShape<T[K]> };

/** `B` laid over `A` group by group: keys of both, `B`'s text where both have a key. */
export type DeepMerge<A, B> = {
  [K in keyof A | keyof B]: K extends keyof B
    ? K extends keyof A
      ? A[K] extends string
        ? B[K]
        : B[K] extends string
          ? B[K]
          : DeepMerge<A[K], B[K]>
      : B[K]
    : K extends keyof A
      ? A[K]
      : never;
};

/** Deep merge of two catalogues; `over` wins where both have a key. Neither argument is changed. */
export function mergeMessages<A extends MessageTree, B extends MessageTree>(base: A, over: B): DeepMerge<A, B> {
  const result: Record<string, string | MessageTree> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = result[key];
    result[key] =
      typeof value === 'object' && current !== undefined && typeof current === 'object'
        ? mergeMessages(current, value)
        : value;
  }
  return result as DeepMerge<A, B>;
}
