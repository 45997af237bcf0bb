// The policy's own constants: 威政发〔2023〕5号 is in force from 2023-07-13 to 2028-07-12.
export const RULESET_VERSION = "2023-5.2.0";
export const POLICY_START = "2023-07-13";
export const POLICY_END = "2028-07-12";
