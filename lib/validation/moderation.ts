import { z } from "zod";
import { noteField, reasonField } from "@/lib/moderation/reasons";

export const REPORT_DETAIL_MAX = 500;
export const REMOVAL_NOTE_MAX = 500;
export const REJECT_NOTE_MAX = 500;

/** The forms' fields (the same schema the use cases' callers parse with). */
export const reportSchema = z.object({ reason: reasonField, detail: noteField(REPORT_DETAIL_MAX) });
export const removeSchema = z.object({ reason: reasonField, note: noteField(REMOVAL_NOTE_MAX) });
export const rejectReportsSchema = z.object({ note: noteField(REJECT_NOTE_MAX) });
