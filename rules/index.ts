// Public entry of the rules module.
import { createEngine } from "./core/engine";
import { MEASURES } from "./measures";
import type { EvalInput, Decision } from "./core/types";

export const engine = createEngine(MEASURES);
export const evaluate = (input: EvalInput): Decision => engine.evaluate(input);
export { MEASURES };
export * from "./core/types";
export type { MeasureDef } from "./core/measure";
export { createEngine, RULESET_VERSION, type Engine } from "./core/engine";
