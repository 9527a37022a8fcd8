/**
 * Word tables as plain objects without a prototype. Tables are looked up with words from the text (`w in TABLE`,
 * `TABLE[w]`); on an ordinary object literal a word such as "constructor" or "toString" would find the property every
 * object inherits, so a report about a building constructor would read it as a table entry.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
