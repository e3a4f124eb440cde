// Fixed locale and zone: pages render the same for every reader and in every test run. The
// formatters are made once: creating one per call was a measurable part of a page's cost.
const dateFmt = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
const dateTimeFmt = new Intl.DateTimeFormat("en-US", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "UTC",
});
const numberFmt = new Intl.NumberFormat("en-US");

export const formatDate = (d: Date) => dateFmt.format(d);
export const formatDateTime = (d: Date) => `${dateTimeFmt.format(d)} UTC`;

export function plural(n: number, one: string, many: string) {
  // Intl only where it adds a separator (every comment prints its score).
  return `${n < 1000 && n > -1000 ? String(n) : numberFmt.format(n)} ${n === 1 ? one : many}`;
}
