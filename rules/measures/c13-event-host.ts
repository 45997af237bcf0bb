import { date, GRADE_LABELS, grade, money, oneOf } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import type { Grade } from "../core/types";

export interface C13EventHostFacts {
  eventLevel: "municipal" | "provincial" | "national" | "international";
  role: "host" | "co_host";
  actualExpenditureFen: number;
  grade: Grade;
  eventDate: string;
}

const CAP = 100_000_000; // 100万元

const LEVEL_ZH = { municipal: "市级", provincial: "省级", national: "国家级", international: "国际性" } as const;
const LEVEL_EN = { municipal: "Municipal", provincial: "Provincial", national: "National", international: "International" } as const;
const ROLE_ZH = { host: "承办", co_host: "协办" } as const;
const ROLE_EN = { host: "host", co_host: "co-host" } as const;
// "市级以上" includes the city level itself
const ADMITTED_LEVELS: readonly string[] = ["municipal", "provincial", "national", "international"];

export default defineMeasure<C13EventHostFacts>({
  id: "c13-event-host",
  clause: 13,
  kind: "formula",
  title: { zh: "科技合作活动承办、协办补助", en: "Subsidy for hosting S&T cooperation events" },
  summary: {
    zh: "承办、协办市级以上科技合作交流、创新创业活动的单位，综合绩效评价和实际支出，补助不超过实际支出且不超过100万元",
    en: "For hosts and co-hosts of municipal-or-higher S&T cooperation and innovation events: up to the actual expenditure, at most ¥1m, depending on the evaluation",
  },
  quote: "鼓励区市、开发区和企业、高校院所、社会组织机构等单位承办、协办市级以上国内外科技合作交流会议、创新创业大赛、创客活动周等各类创新创业活动,综合考虑绩效评价结果和实际支出情况,对承办、协办单位给予不超过100万元补助。",
  orgTypes: ["enterprise", "university", "research_institute", "hospital", "social_org", "bank", "insurer"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CAP,
  monotoneIn: ["actualExpenditureFen"],
  fields: [
    oneOf("eventLevel", "活动级别", "Level of the event", {
      municipal: { zh: "市级", en: "Municipal" },
      provincial: { zh: "省级", en: "Provincial" },
      national: { zh: "国家级", en: "National" },
      international: { zh: "国际性", en: "International" },
    }, {
      zh: "如中日科技创新合作大会、中韩创新大赛、中欧膜产业技术创新合作大会、创新创业大赛、创客活动周等",
      en: "E.g. the China–Japan S&T Innovation Cooperation Conference, the China–Korea Innovation Contest, innovation contests, maker weeks",
    }),
    oneOf("role", "承办角色", "Role", {
      host: { zh: "承办", en: "Host" },
      co_host: { zh: "协办", en: "Co-host" },
    }),
    money("actualExpenditureFen", "活动实际支出", "Actual expenditure on the event", {
      zh: "本单位为举办活动实际发生并能提供票据的支出",
      en: "What your organisation actually spent on the event, backed by invoices",
    }),
    {
      ...grade("活动绩效评价结果", "Performance evaluation grade of the event"),
      help: { zh: "评价为“不合格”的不予补助", en: "An event graded Fail receives nothing" },
    },
    date("eventDate", "活动举办日期", "Date of the event", { zh: "多日活动填写开幕日期", en: "For a multi-day event, the opening day" }),
  ],
  documents: [
    { key: "hosting_approval", zh: "承办（协办）活动的委托或批复文件", en: "Commission or approval to host the event" },
    { key: "expenditure_vouchers", zh: "活动支出明细及发票、付款凭证", en: "Expenditure breakdown with invoices and payment vouchers", template: { file: "event-expenditure-list.xlsx", label: { zh: "活动支出明细表", en: "Event expenditure list" } } },
    { key: "event_report", zh: "活动总结及绩效评价结果", en: "Event summary and evaluation result" },
  ],
  rule(f, ctx) {
    // "承办、协办市级以上国内外科技合作交流会议、创新创业大赛、创客活动周等各类创新创业活动"
    const levelOk = ADMITTED_LEVELS.includes(f.eventLevel);
    ctx.check(levelOk, "event_level",
      `${ROLE_ZH[f.role]}${LEVEL_ZH[f.eventLevel]}活动，${levelOk ? "属" : "不属"}市级以上（第13条）`,
      `${LEVEL_EN[f.eventLevel]} event (${ROLE_EN[f.role]}), ${levelOk ? "which is" : "which is not"} municipal level or higher (clause 13)`);
    // "综合考虑绩效评价结果"
    const gradeOk = f.grade !== "fail";
    ctx.check(gradeOk, "grade",
      `活动绩效评价结果为“${GRADE_LABELS[f.grade].zh}”${gradeOk ? "" : "，不予补助"}（第13条）`,
      `Event evaluation grade ${GRADE_LABELS[f.grade].en}${gradeOk ? "" : ": no subsidy"} (clause 13)`);
    // "和实际支出情况,对承办、协办单位给予不超过100万元补助。"
    const spent = f.actualExpenditureFen;
    const ceilingFen = Math.min(spent, CAP);
    ctx.step("min_expenditure_cap", { actualExpenditureFen: spent, capFen: CAP }, ceilingFen);
    ctx.check(true, "amount",
      `补助上限 = min(实际支出 ${yuan(spent)}, ${yuan(CAP)}) = ${yuan(ceilingFen)}（第13条）`,
      `Ceiling = min(actual expenditure ${yuan(spent)}, ${yuan(CAP)}) = ${yuan(ceilingFen)} (clause 13)`);
    return { ceilingFen, fixed: false };
  },
});
