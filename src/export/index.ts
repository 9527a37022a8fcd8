/** Exports of reconciled stories: ACLED-style, UCDP-style, GeoJSON, JSON dump, HXL. */
import type { Reconciled } from '../reconcile/types.js';
import { exportAcled } from './acled.js';
import { exportUcdp } from './ucdp.js';
import { exportGeojson } from './geojson.js';
import { exportJson } from './json.js';
import { exportHxl } from './hxl.js';

export type ExportFormat = 'acled' | 'ucdp' | 'geojson' | 'json' | 'hxl';

export const EXPORTERS: Readonly<Record<ExportFormat, (stories: readonly Reconciled[]) => string>> = {
  acled: exportAcled,
  ucdp: exportUcdp,
  geojson: exportGeojson,
  json: exportJson,
  hxl: exportHxl,
};

export { exportAcled, exportUcdp, exportGeojson, exportJson, exportHxl };
export { parseDump } from './json.js';
export { parseCsv, toCsv } from './csv.js';
