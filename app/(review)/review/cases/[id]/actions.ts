"use server";
import { defineAction } from "@/lib/actions/define-action";
import { confirm, sendBack } from "@/lib/review/confirm";
import { demoMode } from "@/lib/env";
import { endNoticeNow } from "@/lib/review/end-notice";
import { resolveObjections } from "@/lib/review/objections";
import { propose } from "@/lib/review/propose";
import { confirmSchema, endNoticeSchema, proposeSchema, resolveObjectionSchema, sendBackSchema } from "@/lib/review/schemas";

// Bureau, four-eyes, ceiling and budget checks live in the services (lib/review), not here.
const done = (c: { status: string; version: number }) => ({ status: c.status, version: c.version });

export const proposeAction = defineAction(["reviewer"], proposeSchema, async (input, user) => done(await propose(user, input)));
export const confirmAction = defineAction(["reviewer"], confirmSchema, async (input, user) => done(await confirm(user, input)));
export const sendBackAction = defineAction(["reviewer"], sendBackSchema, async (input, user) => done(await sendBack(user, input)));
export const resolveObjectionsAction = defineAction(["reviewer"], resolveObjectionSchema, async (input, user) => done(await resolveObjections(user, input)));
// test-only: no role passes unless DEMO_MODE=1 (the service refuses too)
export const endNoticeAction = defineAction(demoMode() ? ["admin"] : [], endNoticeSchema, async (input, user) => done(await endNoticeNow(user, input)));
