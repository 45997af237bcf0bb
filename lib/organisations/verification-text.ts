// What the people concerned are told about verification requests (through notifyUsers).
type Kind = "initial" | "change" | "dispute";

const KIND_ZH: Record<Kind, string> = { initial: "单位认证", change: "单位信息变更", dispute: "统一社会信用代码异议" };
const KIND_EN: Record<Kind, string> = { initial: "organisation verification", change: "change of organisation details", dispute: "credit code dispute" };

export const VERIFY_TEXT = {
  approved: (kind: Kind) => ({
    titleZh: `${KIND_ZH[kind]}已通过`, titleEn: `Your ${KIND_EN[kind]} was approved`,
    bodyZh: kind === "initial" ? "本单位已通过认证，现在可以提交申请。" : "单位信息已按营业执照更新。",
    bodyEn: kind === "initial" ? "Your organisation is verified: you can now submit applications." : "The organisation's details now follow the licence.",
  }),
  rejected: (kind: Kind, reason: string) => ({
    titleZh: `${KIND_ZH[kind]}未通过`, titleEn: `Your ${KIND_EN[kind]} was rejected`,
    bodyZh: `原因：${reason}`, bodyEn: `Reason: ${reason}`,
  }),
  disputeFiled: (code: string) => ({
    titleZh: "本单位的统一社会信用代码被提出异议", titleEn: "Someone disputes your organisation's credit code",
    bodyZh: `另一申请人凭营业执照主张统一社会信用代码 ${code} 属于其单位，管理员将审核决定。若异议成立，您的账号将与本单位解除关联。`,
    bodyEn: `Another applicant claims credit code ${code} with its licence; an administrator will decide. If the claim is upheld, your account is detached from this organisation.`,
  }),
  disputeRejectedForEarlier: (code: string) => ({
    titleZh: "针对本单位代码的异议未成立", titleEn: "The dispute about your credit code was rejected",
    bodyZh: `关于统一社会信用代码 ${code} 的异议已被管理员驳回，本单位账号不受影响。`,
    bodyEn: `The dispute about credit code ${code} was rejected; your organisation's accounts are unchanged.`,
  }),
  disputeUpheld: (code: string) => ({
    titleZh: "异议成立，您已关联该单位", titleEn: "Dispute upheld: you now belong to the organisation",
    bodyZh: `统一社会信用代码 ${code} 的单位已关联到您的账号，并已通过认证。`,
    bodyEn: `The organisation with credit code ${code} is now bound to your account and verified.`,
  }),
  detached: (code: string) => ({
    titleZh: "您的账号已与单位解除关联", titleEn: "Your account was detached from its organisation",
    bodyZh: `管理员认定统一社会信用代码 ${code} 属于提出异议的单位，您的账号已解除关联。`,
    bodyEn: `An administrator decided that credit code ${code} belongs to the organisation that disputed it; your account was detached.`,
  }),
  supersededReason: "已由代码异议决定取代 / settled by a credit code dispute",
};
