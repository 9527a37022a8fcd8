/** Memoises a one-string-argument function; the memo is emptied when it reaches `limit`, so a long batch cannot grow it without bound. */
export function boundedMemo<V>(fn: (key: string) => V, limit = 50_000): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let v = memo.get(key);
    if (v === undefined) {
      if (memo.size >= limit) memo.clear();
      v = fn(key);
      memo.set(key, v);
    }
    return v;
  };
}
