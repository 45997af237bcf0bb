// One measure's module by its id, loaded on its own: a page that works on one measure (the
// application form in the browser) loads that measure's code, not the catalogue of 42
// (index.ts). File name = measure id; load.test.ts checks every measure of the catalogue is here
// and loads to the same definition.
import type { MeasureDef } from "../core/measure";

export const MEASURE_MODULES: Readonly<Record<string, () => Promise<MeasureDef>>> = {
  "c01-manufacturing-innovation-center": () => import("./c01-manufacturing-innovation-center").then((m) => m.default as MeasureDef),
  "c01-municipal-platform": () => import("./c01-municipal-platform").then((m) => m.default as MeasureDef),
  "c01-national-innovation-center": () => import("./c01-national-innovation-center").then((m) => m.default as MeasureDef),
  "c01-national-key-lab": () => import("./c01-national-key-lab").then((m) => m.default as MeasureDef),
  "c01-provincial-innovation-community": () => import("./c01-provincial-innovation-community").then((m) => m.default as MeasureDef),
  "c01-provincial-platform": () => import("./c01-provincial-platform").then((m) => m.default as MeasureDef),
  "c04-new-rnd-institution": () => import("./c04-new-rnd-institution").then((m) => m.default as MeasureDef),
  "c04-offsite-rnd-center": () => import("./c04-offsite-rnd-center").then((m) => m.default as MeasureDef),
  "c05-agri-park-upgrade": () => import("./c05-agri-park-upgrade").then((m) => m.default as MeasureDef),
  "c07-key-tech-project": () => import("./c07-key-tech-project").then((m) => m.default as MeasureDef),
  "c09-rnd-increment": () => import("./c09-rnd-increment").then((m) => m.default as MeasureDef),
  "c11-university-joint-rnd": () => import("./c11-university-joint-rnd").then((m) => m.default as MeasureDef),
  "c13-event-host": () => import("./c13-event-host").then((m) => m.default as MeasureDef),
  "c14-tech-contract": () => import("./c14-tech-contract").then((m) => m.default as MeasureDef),
  "c14-transfer-agency": () => import("./c14-transfer-agency").then((m) => m.default as MeasureDef),
  "c15-startup-landing": () => import("./c15-startup-landing").then((m) => m.default as MeasureDef),
  "c16-innovation-contest": () => import("./c16-innovation-contest").then((m) => m.default as MeasureDef),
  "c16-sme-capability-project": () => import("./c16-sme-capability-project").then((m) => m.default as MeasureDef),
  "c17-hte-cultivation-agency": () => import("./c17-hte-cultivation-agency").then((m) => m.default as MeasureDef),
  "c17-hte-growth": () => import("./c17-hte-growth").then((m) => m.default as MeasureDef),
  "c18-consortium-filing": () => import("./c18-consortium-filing").then((m) => m.default as MeasureDef),
  "c18-consortium-project": () => import("./c18-consortium-project").then((m) => m.default as MeasureDef),
  "c19-talent-service-agency": () => import("./c19-talent-service-agency").then((m) => m.default as MeasureDef),
  "c21-foreign-expert-branch": () => import("./c21-foreign-expert-branch").then((m) => m.default as MeasureDef),
  "c21-foreign-expert-studio": () => import("./c21-foreign-expert-studio").then((m) => m.default as MeasureDef),
  "c22-national-sci-tech-award": () => import("./c22-national-sci-tech-award").then((m) => m.default as MeasureDef),
  "c22-provincial-sci-tech-award": () => import("./c22-provincial-sci-tech-award").then((m) => m.default as MeasureDef),
  "c22-top-science-award": () => import("./c22-top-science-award").then((m) => m.default as MeasureDef),
  "c23-transformation-loan-interest": () => import("./c23-transformation-loan-interest").then((m) => m.default as MeasureDef),
  "c24-bank-risk-subsidy": () => import("./c24-bank-risk-subsidy").then((m) => m.default as MeasureDef),
  "c24-bottleneck-grant": () => import("./c24-bottleneck-grant").then((m) => m.default as MeasureDef),
  "c24-bottleneck-insurance": () => import("./c24-bottleneck-insurance").then((m) => m.default as MeasureDef),
  "c25-ip-pledge-insurance": () => import("./c25-ip-pledge-insurance").then((m) => m.default as MeasureDef),
  "c25-ip-pledge-interest": () => import("./c25-ip-pledge-interest").then((m) => m.default as MeasureDef),
  "c25-ip-valuation-fee": () => import("./c25-ip-valuation-fee").then((m) => m.default as MeasureDef),
  "c27-tech-bank-loan-interest": () => import("./c27-tech-bank-loan-interest").then((m) => m.default as MeasureDef),
  "c29-brand-carrier": () => import("./c29-brand-carrier").then((m) => m.default as MeasureDef),
  "c29-national-carrier": () => import("./c29-national-carrier").then((m) => m.default as MeasureDef),
  "c29-provincial-science-park": () => import("./c29-provincial-science-park").then((m) => m.default as MeasureDef),
  "c30-instrument-voucher": () => import("./c30-instrument-voucher").then((m) => m.default as MeasureDef),
  "c31-pilot-base": () => import("./c31-pilot-base").then((m) => m.default as MeasureDef),
  "c32-science-popularization": () => import("./c32-science-popularization").then((m) => m.default as MeasureDef),
};

const loaded = new Map<string, Promise<MeasureDef>>();

/** the measure `id` (one promise per id, so React's use() sees the same one on every render); rejects for an unknown id */
export function loadMeasure(id: string): Promise<MeasureDef> {
  let p = loaded.get(id);
  if (!p) {
    const load = Object.hasOwn(MEASURE_MODULES, id) ? MEASURE_MODULES[id] : null;
    loaded.set(id, (p = load ? load() : Promise.reject(new Error(`unknown measure ${id}`))));
  }
  return p;
}
