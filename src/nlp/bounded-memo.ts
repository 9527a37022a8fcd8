/**
 * Memos that stay bounded over a long batch: each is emptied when it reaches its limit (news repeats the same words
 * and names, so a memo refills with the common ones at once), and can be emptied when the table it was read from
 * changes.
 */

/** Values by string key, computed on first use; emptied when it reaches `limit` entries. */
export class BoundedMemo<V> {
  private readonly memo = new Map<string, V>();

  constructor(private readonly limit = 50_000) {}

  /** The value for `key`, computed by `compute(arg)` when not remembered (`arg` spares the caller a closure). */
  get<A>(key: string, compute: (arg: A) => V, arg: A): V {
    let v = this.memo.get(key);
    if (v === undefined) {
      if (this.memo.size >= this.limit) this.memo.clear();
      v = compute(arg);
      this.memo.set(key, v);
    }
    return v;
  }

  clear(): void {
    this.memo.clear();
  }
}

/** Memoises a one-string-argument function in a BoundedMemo. */
export function boundedMemo<V>(fn: (key: string) => V, limit = 50_000): (key: string) => V {
  const memo = new BoundedMemo<V>(limit);
  return (key) => memo.get(key, fn, key);
}
