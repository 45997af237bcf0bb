import { bool, eventDate } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C19Facts {
  commissioned: boolean;
  eventDate: string;
}

const CEILING = 50_000_000; // 50万元

export default defineMeasure<C19Facts>({
  id: "c19-talent-service-agency",
  clause: 19,
  kind: "ceiling",
  title: { zh: "引才服务机构服务费用", en: "Service fee for talent recruitment agencies" },
  summary: {
    zh: "受市里委托开展人才、项目、技术双向对接和引进落地工作的服务机构，给予最高50万元服务费用",
    en: "Up to ¥500,000 in service fees for an agency commissioned by the city to match and bring in talent, projects and technology",
  },
  quote:
    "加大市场化社会化引才激励力度,充分调动用人单位、市场主体引才荐才积极性,委托资源和经验丰富的服务机构,开展人才、项目、技术的双向对接、引进使用、落地转化等工作,给予不超过50万元服务费用。",
  orgTypes: ["enterprise", "social_org"],
  leadBureau: "org-dept",
  coBureaus: [],
  once: false,
  maxFen: CEILING,
  monotoneIn: [],
  fields: [
    bool("commissioned", "是否受市里委托开展引才服务", "Commissioned by the city", {
      zh: "与市委组织部（人才工作部门）签订了委托服务合同或取得委托文件",
      en: "Holds a service contract or commission from the Organisation Department (talent office)",
    }),
    eventDate("委托服务合同签订日期", "Date of the commission contract"),
  ],
  documents: [
    { key: "commission_contract", zh: "委托服务合同或委托文件", en: "Commission contract or letter" },
    { key: "service_report", zh: "引才服务成果报告（引进人才、项目、技术清单）", en: "Service report (talent, projects and technology brought in)", template: { file: "talent-service-results.xlsx", label: { zh: "引才服务成果清单", en: "List of talent-service results" } } },
  ],
  rule(f, ctx) {
    // "委托资源和经验丰富的服务机构,开展人才、项目、技术的双向对接、引进使用、落地转化等工作"
    ctx.check(f.commissioned, "commissioned",
      f.commissioned ? "受市里委托开展引才服务（第19条）" : "未受市里委托开展引才服务（第19条要求受委托）",
      f.commissioned ? "Commissioned by the city (clause 19)" : "Not commissioned by the city; clause 19 requires a commission");
    // "给予不超过50万元服务费用"
    ctx.step("ceiling", { capFen: CEILING }, CEILING);
    ctx.check(true, "amount", `服务费用上限 ${yuan(CEILING)}（第19条）`, `Service fee of up to ${yuan(CEILING)} (clause 19)`);
    return { ceilingFen: CEILING, fixed: false };
  },
});
