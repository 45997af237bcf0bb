// Clauses 15–22.
import type { MeasureDef } from "../core/measure";

export const groupB: MeasureDef[] = [];
