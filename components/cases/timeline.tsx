import { STAFF_STATUS, type CaseStatus } from "@/lib/cases/status";
import type { TimelineEvent } from "@/lib/cases/timeline";

const ACTION: Record<string, { zh: string; en: string }> = {
  create_draft: { zh: "创建申报草稿", en: "Draft started" },
  submit: { zh: "提交申报", en: "Submitted" },
  resubmit: { zh: "修改后重新提交", en: "Resubmitted after correction" },
  withdraw: { zh: "撤回申报", en: "Withdrawn" },
  propose: { zh: "审核员提出审核意见", en: "Reviewer proposed a decision" },
  confirm_approve: { zh: "复核通过，进入公示", en: "Confirmed: approved, public notice begins" },
  confirm_return: { zh: "复核确认：退回修改", en: "Confirmed: returned for correction" },
  confirm_reject: { zh: "复核确认：不予支持", en: "Confirmed: rejected" },
  propose_dismissal: { zh: "审核员提议驳回异议", en: "Reviewer proposed to dismiss the objection" },
  send_back: { zh: "复核人退回审核意见", en: "Second reviewer sent the proposal back" },
  object: { zh: "公示期收到异议", en: "Objection lodged during notice" },
  uphold_objection: { zh: "异议成立，重新审核", en: "Objection upheld: back to review" },
  dismiss_objection: { zh: "异议不成立，继续公示", en: "Objection dismissed: notice continues" },
  end_notice: { zh: "公示期满", en: "Public notice ended" },
  pay: { zh: "财政拨付完成", en: "Payment confirmed" },
};

const FMT = (en: boolean) => new Intl.DateTimeFormat(en ? "en-GB" : "zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" });

/** Every step of a case: who, when, why. `publicOnly` hides staff names from applicants. */
export function Timeline({ events, locale, showActors }: { events: TimelineEvent[]; locale: string; showActors: boolean }) {
  const en = locale === "en";
  const fmt = FMT(en);
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5" data-testid="timeline">
      {events.map((e) => {
        const label = ACTION[e.action] ?? { zh: e.action, en: e.action };
        const reason = typeof e.data.reason === "string" && e.data.reason ? e.data.reason : null;
        return (
          <li key={e.id} className="relative">
            <span aria-hidden className="absolute -left-[27px] top-1 h-3 w-3 rounded-full border-2 border-white bg-brand-600" />
            <p className="text-sm font-medium">{en ? label.en : label.zh}
              {e.toStatus && STAFF_STATUS[e.toStatus as CaseStatus] && showActors && <span className="ml-2 text-xs text-slate-600">→ {en ? STAFF_STATUS[e.toStatus as CaseStatus].en : STAFF_STATUS[e.toStatus as CaseStatus].zh}</span>}
            </p>
            <p className="text-xs text-slate-600">
              <time dateTime={e.createdAt.toISOString()}>{fmt.format(e.createdAt)}</time>
              {showActors && e.actorName && <> · {e.actorName}</>}
            </p>
            {reason && <p className="mt-1 rounded bg-slate-50 px-2 py-1 text-sm text-slate-800">{reason}</p>}
          </li>
        );
      })}
    </ol>
  );
}
