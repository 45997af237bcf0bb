import { bool, eventDate } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C16ContestFacts {
  reachedNationalFinals: boolean;
  namedExcellentEnterprise: boolean;
  eventDate: string;
}

const AMOUNT = 10_000_000; // 10万元

export default defineMeasure<C16ContestFacts>({
  id: "c16-innovation-contest",
  clause: 16,
  kind: "fixed",
  title: { zh: "中国创新创业大赛优秀企业奖励", en: "China Innovation and Entrepreneurship Contest: excellent-enterprise award" },
  summary: {
    zh: "晋级中国创新创业大赛全国赛并获得优秀企业称号的，一次性奖励10万元",
    en: "One-off award of ¥100,000 for reaching the national finals of the China Innovation and Entrepreneurship Contest and being named an excellent enterprise",
  },
  quote:
    "鼓励我市企业参加中国创新创业大赛等创新赛事活动,对晋级中国创新创业大赛全国赛并获得优秀企业称号的,一次性给予10万元奖励。",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: AMOUNT,
  monotoneIn: [],
  fields: [
    bool("reachedNationalFinals", "是否晋级中国创新创业大赛全国赛", "Reached the national finals of the contest"),
    bool("namedExcellentEnterprise", "是否获得全国赛“优秀企业”称号", "Named an \"excellent enterprise\" in the national finals"),
    eventDate("获得优秀企业称号日期（全国赛结果公布日）", "Date the excellent-enterprise title was announced"),
  ],
  documents: [
    { key: "finals_proof", zh: "晋级全国赛证明（大赛组委会通知或名单）", en: "Proof of reaching the national finals (organising committee notice or list)" },
    { key: "excellent_certificate", zh: "“优秀企业”证书", en: "Excellent-enterprise certificate" },
  ],
  checks: [
    {
      // the title is given at the national finals: a holder has reached them
      code: "title_needs_finals", fields: ["namedExcellentEnterprise", "reachedNationalFinals"], at: "reachedNationalFinals",
      test: (f) => !f.namedExcellentEnterprise || f.reachedNationalFinals,
      message: () => ({
        zh: "全国赛“优秀企业”称号在全国赛中评出：获得该称号的企业已晋级全国赛，请核对这两项",
        en: "The excellent-enterprise title is awarded in the national finals, so a holder has reached them: check these two answers",
      }),
    },
  ],
  rule(f, ctx) {
    // "对晋级中国创新创业大赛全国赛并获得优秀企业称号的"
    ctx.check(f.reachedNationalFinals, "national_finals",
      f.reachedNationalFinals ? "已晋级中国创新创业大赛全国赛（第16条）" : "未晋级中国创新创业大赛全国赛（第16条要求晋级全国赛）",
      f.reachedNationalFinals ? "Reached the national finals (clause 16)" : "Did not reach the national finals; clause 16 requires it");
    ctx.check(f.namedExcellentEnterprise, "excellent_enterprise",
      f.namedExcellentEnterprise ? "获得全国赛优秀企业称号（第16条）" : "未获得全国赛优秀企业称号（第16条要求获得该称号）",
      f.namedExcellentEnterprise ? "Named an excellent enterprise (clause 16)" : "Not named an excellent enterprise; clause 16 requires it");
    // "一次性给予10万元奖励"
    ctx.step("fixed_award", {}, AMOUNT);
    ctx.check(true, "amount", `一次性奖励 ${yuan(AMOUNT)}（第16条）`, `One-off award of ${yuan(AMOUNT)} (clause 16)`);
    return { ceilingFen: AMOUNT, fixed: true };
  },
});
