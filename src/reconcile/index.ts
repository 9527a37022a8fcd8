/** Reconcile: one sourced picture of a story from its reports. */
export * from './types.js';
export { reconcileStory, isConflictStory } from './reconcile-story.js';
export { DIFFERENCE_RULES, PEOPLE_PER_FAMILY, quantityLabel } from './explain-differences.js';
export { ESTIMATE_RULES } from './estimate.js';
export { BACKGROUND_RULES } from './group-quantities.js';
export { QUALIFIER_BOUNDS } from './qualifiers.js';
export { PLACE_SCOPE_RULES, SAME_LOCALITY_KM } from './place-claims.js';
export { RESPONSIBILITY_RULES, ATTACK_TYPES } from './responsibility.js';
