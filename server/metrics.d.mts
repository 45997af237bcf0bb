import type * as PromClient from "prom-client";

export interface PortalMetrics {
  client: typeof PromClient;
  registry: PromClient.Registry;
  httpDuration: PromClient.Histogram<"method" | "route" | "status">;
  /** names of the gauges already registered */
  gauges: Set<string>;
}
export function metrics(): PortalMetrics;
export function routeGroup(pathname: string): string;
export function statusClass(code: number): string;
