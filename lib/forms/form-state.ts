import type { z } from "zod";

/** What a form action hands back to its form: errors beside fields, and the typed values. */
export type FormState<Field extends string = string> = {
  message?: string;
  fieldErrors?: Partial<Record<Field, string>>;
  values?: Partial<Record<Field, string>>;
  /** Rendered HTML of the text, when the form asked for a preview instead of saving. */
  preview?: string;
};

export function fieldErrorsOf<Field extends string>(error: z.ZodError): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "") as Field;
    out[key] ??= issue.message;
  }
  return out;
}

/** The submitted text fields, so a failed submission comes back filled in (never passwords). */
export function valuesOf<Field extends string>(formData: FormData, fields: readonly Field[]) {
  const out: Partial<Record<Field, string>> = {};
  for (const f of fields) {
    const v = formData.get(f);
    if (typeof v === "string") out[f] = v;
  }
  return out;
}
