import { date, oneOf } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C01NationalKeyLabFacts {
  role: "lead" | "participant";
  eventDate: string;
}

const LEAD = 1_000_000_000; // 1000万元
const PARTICIPANT = 500_000_000; // 500万元

export default defineMeasure<C01NationalKeyLabFacts>({
  id: "c01-national-key-lab",
  clause: 1,
  kind: "fixed",
  title: { zh: "全国重点实验室奖励", en: "National key laboratory award" },
  summary: {
    zh: "获批全国重点实验室的单位，牵头创建的奖励1000万元，参与创建的奖励500万元",
    en: "¥10m for the lead unit and ¥5m for each participating unit of an approved national key laboratory",
  },
  quote: "对获批全国重点实验室的单位,牵头创建的给予1000万元奖励,参与创建的给予500万元奖励。",
  orgTypes: ["enterprise", "university", "research_institute", "hospital"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: LEAD,
  fixedAmountsFen: [PARTICIPANT, LEAD],
  monotoneIn: [],
  fields: [
    oneOf("role", "创建角色", "Role in setting up the laboratory", {
      lead: { zh: "牵头创建", en: "Lead unit" },
      participant: { zh: "参与创建", en: "Participating unit" },
    }, {
      zh: "以科技部批复文件中列明的牵头单位、参与单位为准",
      en: "As listed in the Ministry of Science and Technology approval (lead or participating unit)",
    }),
    date("eventDate", "获批日期", "Approval date", { zh: "批复文件的印发日期", en: "Date the approval document was issued" }),
  ],
  documents: [
    { key: "approval_document", zh: "全国重点实验室批复文件", en: "Approval document of the national key laboratory" },
    { key: "role_proof", zh: "牵头或参与创建的证明材料（建设任务书、共建协议等）", en: "Proof of the lead or participating role (construction plan, co-building agreement)" },
  ],
  rule(f, ctx) {
    // "对获批全国重点实验室的单位,牵头创建的给予1000万元奖励,参与创建的给予500万元奖励。"
    const lead = f.role === "lead";
    const amount = lead ? LEAD : PARTICIPANT;
    ctx.step("fixed_amount", { role: f.role, leadFen: LEAD, participantFen: PARTICIPANT }, amount);
    ctx.check(true, "amount",
      `${lead ? "牵头创建" : "参与创建"}全国重点实验室，奖励 ${yuan(amount)}（第1条）`,
      `${lead ? "Lead unit" : "Participating unit"} of a national key laboratory: award ${yuan(amount)} (clause 1)`);
    return { ceilingFen: amount, fixed: true };
  },
});
