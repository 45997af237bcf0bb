// The catalog: all 42 measures of measures.md, in clause order.
import type { MeasureDef } from "../core/measure";
import { groupA } from "./group-a";
import { groupB } from "./group-b";
import { groupC } from "./group-c";

export const MEASURES: readonly MeasureDef[] = [...groupA, ...groupB, ...groupC] as MeasureDef[];
