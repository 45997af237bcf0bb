import { date, oneOf } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C05AgriParkUpgradeFacts {
  upgradedTo: "national_agri_hitech_zone" | "provincial_agri_hitech_zone";
  eventDate: string;
}

const NATIONAL = 500_000_000; // 500万元
const PROVINCIAL = 100_000_000; // 100万元

export default defineMeasure<C05AgriParkUpgradeFacts>({
  id: "c05-agri-park-upgrade",
  clause: 5,
  kind: "fixed",
  title: { zh: "农业科技园区升级奖励", en: "Agricultural science park upgrade award" },
  summary: {
    zh: "园区升级为国家农业高新技术产业示范区的一次性奖励500万元，升级为省农业高新技术产业示范区的一次性奖励100万元",
    en: "One-off ¥5m when a park is upgraded to a national agricultural high-tech demonstration zone, ¥1m for a provincial one",
  },
  quote: "对升级为国家农业高新技术产业示范区的,一次性给予500万元奖励,对升级为省农业高新技术产业示范区(海洋高新技术产业开发区)的,一次性给予100万元奖励。",
  orgTypes: ["enterprise", "social_org", "research_institute"],
  leadBureau: "sci-tech",
  coBureaus: ["agriculture", "ocean"],
  once: true,
  maxFen: NATIONAL,
  fixedAmountsFen: [PROVINCIAL, NATIONAL],
  monotoneIn: [],
  fields: [
    oneOf("upgradedTo", "升级后的园区级别", "Upgraded to", {
      national_agri_hitech_zone: { zh: "国家农业高新技术产业示范区", en: "National agricultural high-tech industry demonstration zone" },
      provincial_agri_hitech_zone: { zh: "省农业高新技术产业示范区（海洋高新技术产业开发区）", en: "Provincial agricultural (marine) high-tech industry demonstration zone" },
    }, {
      zh: "由园区运营管理单位申请",
      en: "Filed by the park's operating organisation",
    }),
    date("eventDate", "升级获批日期", "Date the upgrade was approved", { zh: "升级批复文件的印发日期", en: "Date the upgrade approval was issued" }),
  ],
  documents: [
    { key: "approval_document", zh: "示范区升级批复文件", en: "Approval document of the upgrade" },
    { key: "operator_proof", zh: "园区运营管理单位证明", en: "Proof that the applicant operates the park" },
  ],
  rule(f, ctx) {
    // "对升级为国家农业高新技术产业示范区的,一次性给予500万元奖励,
    //  对升级为省农业高新技术产业示范区(海洋高新技术产业开发区)的,一次性给予100万元奖励。"
    const national = f.upgradedTo === "national_agri_hitech_zone";
    const amount = national ? NATIONAL : PROVINCIAL;
    ctx.step("fixed_amount", { upgradedTo: f.upgradedTo, nationalFen: NATIONAL, provincialFen: PROVINCIAL }, amount);
    ctx.check(true, "amount",
      `升级为${national ? "国家" : "省"}农业高新技术产业示范区，一次性奖励 ${yuan(amount)}（第5条）`,
      `Upgraded to a ${national ? "national" : "provincial"} agricultural high-tech demonstration zone: one-off award ${yuan(amount)} (clause 5)`);
    return { ceilingFen: amount, fixed: true };
  },
});
