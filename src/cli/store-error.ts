/**
 * The error a command reports when its store cannot be opened. It lives apart from store-option.ts so that the
 * command runner can recognise it without loading the store and its database drivers, which commands that never
 * open a store (`extract`, `cluster`) would otherwise pay for at every start.
 */
export class StoreOpenError extends Error {}
