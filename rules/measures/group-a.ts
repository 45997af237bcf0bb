// Clauses 1–14. Owned by the group-A author.
import type { MeasureDef } from "../core/measure";
import c09 from "./c09-rnd-increment";

export const groupA = [c09] as unknown as MeasureDef[];
