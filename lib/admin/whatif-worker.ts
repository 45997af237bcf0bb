// A worker thread's part of a what-if (lib/admin/whatif.ts): it reads its part of the round in the
// snapshot the request exported and posts the part's figures back. Started once per part and run.
import { parentPort, workerData } from "node:worker_threads";
import { readOnConnection, type SharedSnapshot } from "../db/snapshot-reader";
import { readSlice, type SliceInput } from "./whatif-slice";

export interface WorkerInput {
  snapshot: SharedSnapshot;
  slice: SliceInput;
  timeoutMs: number;
}

const { snapshot, slice, timeoutMs } = workerData as WorkerInput;
readOnConnection(snapshot.url, (reader) => readSlice(reader, slice), { importId: snapshot.id, timeoutMs }).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (e: Error) => parentPort!.postMessage({ ok: false, message: e?.message ?? String(e) }),
);
