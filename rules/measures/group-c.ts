// Clauses 23–32.
import type { MeasureDef } from "../core/measure";

export const groupC: MeasureDef[] = [];
