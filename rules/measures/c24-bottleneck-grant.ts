import { bool, eventDate } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C24GrantFacts {
  inBottleneckLibrary: boolean;
  isHighTechEnterprise: boolean;
  eventDate: string;
}

const CAP = 50_000_000; // 50万元

export default defineMeasure<C24GrantFacts>({
  id: "c24-bottleneck-grant",
  clause: 24,
  kind: "ceiling",
  title: { zh: "“卡脖子”攻关项目财政拨款补助", en: "Grant for \"bottleneck\" technology projects" },
  summary: {
    zh: "高新技术企业的项目纳入市“卡脖子”攻关项目库的，择优给予不超过50万元拨款补助，每个项目一次",
    en: "High-tech enterprises whose project is in the city's bottleneck-technology library may get a grant of up to ¥500,000, once per project",
  },
  quote:
    "面向高新技术企业征集并建立“卡脖子”攻关项目库,按一定比例择优给予不超过50万元的财政“拨”款补助,推荐投资机构按程序优先“投”资,遴选合作银行机构提供额度不超过2000万元、无需抵质押物、期限不超过3年、利率不超过基准利率执行的“贷”款,对合作银行当年新增的“卡脖子攻关贷”贷款余额,给予不超过0.6%的风险资金补助。",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: CAP,
  monotoneIn: [],
  fields: [
    bool("inBottleneckLibrary", "项目是否已纳入市“卡脖子”攻关项目库", "Project is in the city's bottleneck-technology project library", {
      zh: "以市科技局公布的入库名单为准", en: "As on the list published by the Science and Technology Bureau",
    }),
    bool("isHighTechEnterprise", "是否国家高新技术企业", "National high-tech enterprise", {
      zh: "持有有效期内的高新技术企业证书", en: "Holds a valid high-tech enterprise certificate",
    }),
    eventDate("项目入库日期", "Date the project entered the library"),
  ],
  documents: [
    { key: "library_notice", zh: "“卡脖子”攻关项目入库通知或名单", en: "Notice or list of projects admitted to the bottleneck library" },
    { key: "hte_certificate", zh: "高新技术企业证书", en: "High-tech enterprise certificate" },
    { key: "project_plan", zh: "攻关项目实施方案", en: "Project implementation plan" },
  ],
  rule(f, ctx) {
    // "面向高新技术企业征集并建立“卡脖子”攻关项目库"
    ctx.check(f.inBottleneckLibrary, "in_bottleneck_library",
      f.inBottleneckLibrary ? "项目已纳入“卡脖子”攻关项目库（第24条）" : "项目未纳入“卡脖子”攻关项目库（第24条要求入库）",
      f.inBottleneckLibrary ? "The project is in the bottleneck-technology library (clause 24)" : "The project is not in the bottleneck-technology library; clause 24 requires it");
    ctx.check(f.isHighTechEnterprise, "high_tech_enterprise",
      f.isHighTechEnterprise ? "属国家高新技术企业（第24条）" : "不是高新技术企业（第24条面向高新技术企业）",
      f.isHighTechEnterprise ? "National high-tech enterprise (clause 24)" : "Not a high-tech enterprise; clause 24 is for high-tech enterprises");
    // "按一定比例择优给予不超过50万元的财政“拨”款补助"
    ctx.step("grant_ceiling", { capFen: CAP }, CAP);
    ctx.check(true, "amount", `补助上限 ${yuan(CAP)}，按一定比例择优确定（第24条）`,
      `Ceiling ${yuan(CAP)}, awarded selectively (clause 24)`);
    return { ceilingFen: CAP, fixed: false };
  },
});
