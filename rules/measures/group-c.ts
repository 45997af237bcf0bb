// Clauses 23–32.
import type { MeasureDef } from "../core/measure";
import c23 from "./c23-transformation-loan-interest";
import c24Grant from "./c24-bottleneck-grant";
import c24Insurance from "./c24-bottleneck-insurance";
import c24Bank from "./c24-bank-risk-subsidy";
import c25Interest from "./c25-ip-pledge-interest";
import c25Valuation from "./c25-ip-valuation-fee";
import c25Insurance from "./c25-ip-pledge-insurance";
import c27 from "./c27-tech-bank-loan-interest";
import c29National from "./c29-national-carrier";
import c29Provincial from "./c29-provincial-science-park";
import c29Brand from "./c29-brand-carrier";
import c30 from "./c30-instrument-voucher";
import c31 from "./c31-pilot-base";
import c32 from "./c32-science-popularization";

export const groupC = [
  c23, c24Grant, c24Insurance, c24Bank, c25Interest, c25Valuation, c25Insurance, c27,
  c29National, c29Provincial, c29Brand, c30, c31, c32,
] as unknown as MeasureDef[];
