import { bool, eventDate, money } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import { mulDiv } from "../core/money";

export interface C30Facts {
  isSme: boolean;
  inProvincialIncubator: boolean;
  serviceFeesFen: number;
  eventDate: string;
}

const MAX_MONEY_FEN = 1e15; // the largest money fact the fields accept (core/fields.ts)

export default defineMeasure<C30Facts>({
  id: "c30-instrument-voucher",
  clause: 30,
  kind: "formula",
  title: { zh: "科研仪器共享使用补助", en: "Subsidy for using shared research instruments" },
  summary: {
    zh: "中小微企业和入驻省级以上孵化载体的创业团队使用入网共享科研仪器的服务费，在省级创新券补助40%的基础上，市级再补助20%",
    en: "SMEs and start-up teams in provincial-or-higher incubators get 20% of their fees for shared research instruments from the city, on top of the province's 40% innovation voucher",
  },
  quote:
    "对中小微企业和入驻省级以上孵化载体的创业(创客)团队在创新研发活动中,使用入网共享的科研设施与仪器发生的购买服务费用,在省级创新券补助40%的基础上,市级再给予20%的资金补助。",
  orgTypes: ["enterprise", "team"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: mulDiv(MAX_MONEY_FEN, 20, 100),
  monotoneIn: ["serviceFeesFen"],
  fields: [
    bool("isSme", "是否中小微企业", "Small, medium or micro enterprise", {
      zh: "按国家中小企业划型标准认定；创业团队填“否”", en: "By the national SME classification standard; start-up teams answer no",
    }),
    bool("inProvincialIncubator", "是否入驻省级以上孵化载体", "Based in a provincial-or-higher incubation carrier", {
      zh: "创业（创客）团队入驻省级及以上孵化器、众创空间等", en: "The start-up (maker) team is hosted by a provincial-or-higher incubator, maker space or similar",
    }),
    money("serviceFeesFen", "使用入网共享科研设施与仪器的服务费", "Fees paid for shared research facilities and instruments", {
      zh: "在创新研发活动中使用入网共享的科研设施与仪器实际支付的购买服务费用，以发票为准",
      en: "Service fees actually paid for networked shared instruments in R&D work, as on the invoices",
    }),
    eventDate("服务费用支付日期", "Service fee payment date"),
  ],
  documents: [
    { key: "service_contract", zh: "科研仪器共享服务合同或订单", en: "Instrument-sharing service contract or order" },
    { key: "fee_invoices", zh: "服务费发票", en: "Service fee invoices" },
    { key: "provincial_voucher", zh: "省级创新券兑付证明", en: "Proof of the provincial innovation-voucher payment" },
    { key: "incubator_certificate", zh: "入驻孵化载体证明（创业团队提供）", en: "Proof of incubator residence (start-up teams)" },
  ],
  rule(f, ctx) {
    // "对中小微企业和入驻省级以上孵化载体的创业(创客)团队": an enterprise must be an SME,
    // a start-up team must be in a provincial-or-higher incubator
    const team = ctx.orgType === "team";
    const who = team ? f.inProvincialIncubator : f.isSme;
    ctx.check(who, "sme_or_incubated_team",
      team
        ? (who ? "创业团队入驻省级以上孵化载体（第30条）" : "创业团队未入驻省级以上孵化载体（第30条）")
        : (who ? "属中小微企业（第30条）" : "不是中小微企业（第30条只支持中小微企业和入驻省级以上孵化载体的创业团队）"),
      team
        ? (who ? "Start-up team based in a provincial-or-higher incubation carrier (clause 30)" : "Start-up team not based in a provincial-or-higher incubation carrier (clause 30)")
        : (who ? "Small, medium or micro enterprise (clause 30)" : "Not an SME; clause 30 supports SMEs and start-up teams in provincial-or-higher incubators"));
    // "在省级创新券补助40%的基础上,市级再给予20%的资金补助"
    const ceilingFen = mulDiv(f.serviceFeesFen, 20, 100);
    ctx.step("twenty_percent", { serviceFeesFen: f.serviceFeesFen, rate: "20/100" }, ceilingFen);
    ctx.check(true, "amount",
      `补助上限 = 服务费 ${yuan(f.serviceFeesFen)} × 20% = ${yuan(ceilingFen)}（另有省级创新券40%）（第30条）`,
      `Ceiling = service fees ${yuan(f.serviceFeesFen)} × 20% = ${yuan(ceilingFen)} (on top of the province's 40%) (clause 30)`);
    return { ceilingFen, fixed: false };
  },
});
