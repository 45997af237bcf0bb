import { bool, eventDate, money, oneOf } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C15Facts {
  viaEvent: "china_korea_innovation_contest" | "china_japan_innovation_conference" | "other_exchange";
  registeredInCity: boolean;
  operatingNormally: boolean;
  physicalWorkloadFen: number;
  eventDate: string;
}

const CEILING = 50_000_000; // 50万元
const MIN_WORKLOAD = 100_000_000; // 100万元(含)

const EVENTS = {
  china_korea_innovation_contest: { zh: "中韩创新大赛", en: "China–Korea Innovation Contest" },
  china_japan_innovation_conference: { zh: "中日科技创新合作大会", en: "China–Japan S&T Innovation Cooperation Conference" },
  other_exchange: { zh: "其他科技交流合作活动", en: "another S&T exchange and cooperation event" },
};

export default defineMeasure<C15Facts>({
  id: "c15-startup-landing",
  clause: 15,
  kind: "ceiling",
  title: { zh: "初创科技企业落地补助", en: "Start-up landing grant" },
  summary: {
    zh: "通过中韩创新大赛、中日科技创新合作大会等活动落地威海，完成注册、正常经营且实物工作量达100万元的，一次性补助最高50万元",
    en: "One-off grant of up to ¥500,000 for a tech start-up that landed in Weihai through an exchange event, registered, operates normally and completed at least ¥1m of physical work",
  },
  quote:
    "对直接通过中韩创新大赛、中日科技创新合作大会等科技交流合作活动落地我市的科技型企业或团队,完成注册、持续正常开展生产经营活动并完成实物工作量100万元(含)以上的,一次性给予不超过50万元补助。",
  orgTypes: ["enterprise", "team"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: CEILING,
  monotoneIn: ["physicalWorkloadFen"],
  fields: [
    oneOf("viaEvent", "落地所通过的活动", "Event through which the start-up landed", EVENTS, {
      zh: "须是直接通过该活动对接落地威海", en: "The start-up must have come to Weihai directly through this event",
    }),
    bool("registeredInCity", "是否已在威海完成注册", "Registration in Weihai completed", {
      zh: "企业或团队已在威海办理工商注册登记", en: "The company or team has completed business registration in Weihai",
    }),
    bool("operatingNormally", "是否持续正常开展生产经营", "Operating normally and continuously", {
      zh: "如正常纳税、缴纳社保、开展生产经营", en: "E.g. paying taxes and social insurance, producing and selling",
    }),
    money("physicalWorkloadFen", "已完成实物工作量", "Physical workload completed", {
      zh: "在威海实际完成的固定资产投资、设备购置、厂房建设等，以审计或核查数据为准；需达到100万元(含)",
      en: "Fixed-asset investment, equipment and construction actually completed in Weihai, as audited; at least ¥1,000,000",
    }),
    eventDate("落地注册日期", "Date of registration in Weihai"),
  ],
  documents: [
    { key: "business_license", zh: "营业执照", en: "Business licence" },
    { key: "event_proof", zh: "参加中韩创新大赛、中日科技创新合作大会等活动的证明材料", en: "Proof of taking part in the exchange event" },
    { key: "workload_audit", zh: "实物工作量专项审计报告", en: "Audit report on the physical workload" },
    { key: "operation_proof", zh: "生产经营证明（纳税、社保缴纳记录）", en: "Proof of normal operation (tax and social-insurance records)" },
  ],
  rule(f, ctx) {
    // "对直接通过中韩创新大赛、中日科技创新合作大会等科技交流合作活动落地我市的科技型企业或团队"
    const ev = EVENTS[f.viaEvent];
    ctx.check(true, "via_event", `通过${ev.zh}落地威海（第15条）`, `Landed in Weihai through the ${ev.en} (clause 15)`);
    // "完成注册、持续正常开展生产经营活动"
    ctx.check(f.registeredInCity, "completed_registration",
      f.registeredInCity ? "已在威海完成注册（第15条）" : "尚未在威海完成注册（第15条要求完成注册）",
      f.registeredInCity ? "Registration in Weihai completed (clause 15)" : "Registration in Weihai not completed; clause 15 requires it");
    ctx.check(f.operatingNormally, "operating_normally",
      f.operatingNormally ? "持续正常开展生产经营活动（第15条）" : "未持续正常开展生产经营活动（第15条要求正常经营）",
      f.operatingNormally ? "Operating normally and continuously (clause 15)" : "Not operating normally; clause 15 requires continuous normal operation");
    // "并完成实物工作量100万元(含)以上的"
    const w = f.physicalWorkloadFen;
    const workloadOk = w >= MIN_WORKLOAD;
    ctx.step("workload_check", { physicalWorkloadFen: w, minFen: MIN_WORKLOAD, inclusive: true }, workloadOk);
    ctx.check(workloadOk, "workload_1m",
      `已完成实物工作量 ${yuan(w)}，${workloadOk ? "达到" : "未达到"} 100万元(含)以上要求（第15条）`,
      `Physical workload ${yuan(w)} ${workloadOk ? "meets" : "is below"} the ¥1,000,000 (inclusive) requirement (clause 15)`);
    // "一次性给予不超过50万元补助"
    ctx.step("ceiling", { capFen: CEILING }, CEILING);
    ctx.check(true, "amount", `一次性补助上限 ${yuan(CEILING)}（第15条）`, `One-off grant of up to ${yuan(CEILING)} (clause 15)`);
    return { ceilingFen: CEILING, fixed: false };
  },
});
