/** Brief: the situation report of a story as JSON, Markdown or self-contained HTML. */
export { buildBrief, briefFrom } from './build-brief.js';
export { renderMarkdown } from './render-markdown.js';
export { renderHtml, escapeHtml } from './render-html.js';
export { summarize, SUMMARY_SETTINGS } from './summarize.js';
export type { Brief, BriefQuantity, BriefSource, BriefPlace } from './types.js';
