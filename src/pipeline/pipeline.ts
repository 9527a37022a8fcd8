/**
 * An ordered, validated list of stages. Validation happens once, when the pipeline is built: every field a stage
 * requires must be assigned by an earlier stage (or be present on every cleaned document).
 *
 * Stages are grouped into passes. `run` takes one document through every stage; `runBatch` takes a batch of
 * documents through one pass after another, so a pass's code and tables are used for several documents in a row
 * instead of being fetched again, from memory, after the other passes have pushed them out of the processor's caches.
 * Each document still meets the stages in the same order, so both give the same results.
 */
import type { SitrepDocument } from '../model/document.js';
import type { Field, Stage, StageContext } from './stage.js';

/** Fields every cleaned document has before the first stage runs. */
const INITIAL_FIELDS: readonly Field[] = ['text', 'meta', 'headings', 'removed'];

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** The stages grouped into passes, in order (see `runBatch`). */
  readonly passes: readonly (readonly Stage[])[];
  run(doc: SitrepDocument): SitrepDocument;
  /** Runs every document of `docs` through each pass before the next pass; returns `docs`. */
  runBatch(docs: readonly SitrepDocument[]): readonly SitrepDocument[];
}

/** A stage, or a pass: stages that work for one document back to back (they share what they read of it). */
export type PipelineStep = Stage | readonly Stage[];

export interface PipelineOptions {
  /** Stage names to leave out (a stage can be switched off by config). */
  readonly disable?: readonly string[];
  readonly config?: Readonly<Record<string, unknown>>;
}

export function createPipeline(steps: readonly PipelineStep[], options: PipelineOptions = {}): Pipeline {
  const stages = steps.flat();
  const disabled = new Set(options.disable ?? []);
  const known = new Set(stages.map((s) => s.name));
  for (const name of disabled) {
    if (!known.has(name)) {
      throw new Error(
        `sitrep: cannot disable unknown stage "${name}". Available stages: ${[...known].join(', ')}`,
      );
    }
  }
  const active = stages.filter((s) => !disabled.has(s.name));
  validate(active);
  const passes = steps.map((step) => (Array.isArray(step) ? step : [step]).filter((s: Stage) => !disabled.has(s.name))).filter((p) => p.length > 0);
  const ctx: StageContext = { config: options.config ?? {} };
  return {
    stages: active,
    passes,
    run(doc) {
      for (const stage of active) runStage(stage, doc, ctx);
      return doc;
    },
    runBatch(docs) {
      for (const pass of passes) for (const doc of docs) for (const stage of pass) runStage(stage, doc, ctx);
      return docs;
    },
  };
}

function validate(stages: readonly Stage[]): void {
  const have = new Set<Field>(INITIAL_FIELDS);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) {
      throw new Error(`sitrep: stage "${stage.name}" appears twice in the pipeline; list each stage once.`);
    }
    names.add(stage.name);
    const missing = stage.requires.filter((f) => !have.has(f));
    if (missing.length) {
      throw new Error(
        `sitrep: stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage assigns. ` +
          `Put a stage that assigns them before it, or do not disable it.`,
      );
    }
    for (const f of stage.assigns) have.add(f);
  }
}

/** A stage that fails on one document leaves a diagnostic on it; the batch goes on. */
function runStage(stage: Stage, doc: SitrepDocument, ctx: StageContext): void {
  try {
    stage.run(doc, ctx);
  } catch (err) {
    doc.messages.push({
      reason: `stage ${stage.name} failed: ${(err as Error).message}`,
      span: null,
      rule: `pipeline:${stage.name}`,
      severity: 'error',
    });
  }
}
