import { bool, date, oneOf } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C01ManufacturingInnovationCenterFacts {
  level: "national" | "provincial";
  isLeadEnterprise: boolean;
  eventDate: string;
}

const NATIONAL = 500_000_000; // 500万元
const PROVINCIAL = 300_000_000; // 300万元

export default defineMeasure<C01ManufacturingInnovationCenterFacts>({
  id: "c01-manufacturing-innovation-center",
  clause: 1,
  kind: "ceiling",
  title: { zh: "制造业创新中心奖励", en: "Manufacturing innovation centre award" },
  summary: {
    zh: "成功创建国家级、省级制造业创新中心的牵头企业，分别奖励不超过500万元、300万元",
    en: "Up to ¥5m (national) or ¥3m (provincial) for the lead enterprise of a newly created manufacturing innovation centre",
  },
  quote: "对成功创建国家级、省级制造业创新中心的牵头企业,分别给予不超过500万元、300万元奖励。",
  orgTypes: ["enterprise"],
  leadBureau: "industry-it",
  coBureaus: [],
  once: true,
  maxFen: NATIONAL,
  monotoneIn: [],
  fields: [
    oneOf("level", "中心级别", "Level of the centre", {
      national: { zh: "国家级制造业创新中心", en: "National manufacturing innovation centre" },
      provincial: { zh: "省级制造业创新中心", en: "Provincial manufacturing innovation centre" },
    }),
    bool("isLeadEnterprise", "是否为牵头企业", "Is the lead enterprise", {
      zh: "只有创建文件中列明的牵头企业可以申请，参与企业不在支持范围",
      en: "Only the lead enterprise named in the creation document may apply; member enterprises may not",
    }),
    date("eventDate", "认定（创建成功）日期", "Date of recognition", { zh: "工业和信息化主管部门认定文件的印发日期", en: "Date the recognition document was issued" }),
  ],
  documents: [
    { key: "recognition_document", zh: "制造业创新中心认定文件", en: "Recognition document of the manufacturing innovation centre" },
    { key: "lead_proof", zh: "牵头企业证明材料（组建协议、章程等）", en: "Proof of being the lead enterprise (founding agreement, articles)" },
  ],
  rule(f, ctx) {
    // "对成功创建国家级、省级制造业创新中心的牵头企业"
    ctx.check(f.isLeadEnterprise, "lead_enterprise",
      f.isLeadEnterprise ? "申请单位为制造业创新中心的牵头企业（第1条）" : "申请单位不是制造业创新中心的牵头企业，第1条只支持牵头企业",
      f.isLeadEnterprise ? "Applicant is the lead enterprise of the centre (clause 1)" : "Applicant is not the lead enterprise; clause 1 supports only the lead enterprise");
    // "分别给予不超过500万元、300万元奖励。"
    const national = f.level === "national";
    const ceilingFen = national ? NATIONAL : PROVINCIAL;
    ctx.step("ceiling_by_level", { level: f.level, nationalFen: NATIONAL, provincialFen: PROVINCIAL }, ceilingFen);
    ctx.check(true, "amount",
      `${national ? "国家级" : "省级"}制造业创新中心，奖励上限 ${yuan(ceilingFen)}（第1条）`,
      `${national ? "National" : "Provincial"} manufacturing innovation centre: ceiling ${yuan(ceilingFen)} (clause 1)`);
    return { ceilingFen, fixed: false };
  },
});
