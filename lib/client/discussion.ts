// The one script on the discussion pages (built to public/assets/discussion.js). The pages are
// complete without it: every control here is a link or a form that works on its own, and this
// only saves round trips. It must never lose text typed in a textarea, so forms and their
// textareas are only ever moved, shown or hidden, never rebuilt; when another view of the
// discussion is swapped in (after a post, or on Edit, Delete, sort or page links) the reply
// form's draft moves over to the new form.
// Browser code: no imports, so nothing from the server side (or zod) can end up in the bundle.

type Reply = {
  ok?: boolean;
  message?: string;
  fieldError?: string;
  voted?: boolean;
  score?: number;
  preview?: string;
  location?: string;
};

const doc = document;
doc.documentElement.classList.add("js");

const TRY_AGAIN = "That did not go through. Please try again.";
const KEPT = "That did not go through. Your text is still here: please try again.";

/** A click that the browser would not turn into "open in a new tab/window" or a download. */
const plain = (e: MouseEvent) => e.button === 0 && !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey);

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

const byId = (id: string) => doc.getElementById(id);

const attr = (node: Element, name: string, value: string | boolean) => node.setAttribute(name, String(value));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = "", role = "") {
  const node = doc.createElement(tag);
  node.className = className;
  node.textContent = text;
  if (role) attr(node, "role", role);
  return node;
}

/** Runs a request for a control marked aria-busy meanwhile; clicks on it until then do nothing. */
async function busy(node: Element, work: () => Promise<unknown>) {
  if (node.getAttribute("aria-busy")) return;
  attr(node, "aria-busy", true);
  try {
    await work();
  } finally {
    node.removeAttribute("aria-busy");
  }
}

/** The JSON answer; {} when the request failed; null when the answer is not JSON (a sign-in page, say). */
async function post(url: string, body: FormData): Promise<Reply | null> {
  try {
    const res = await fetch(url, {
      method: "POST",
      body,
      headers: { accept: "application/json" },
      credentials: "same-origin",
    });
    return /\bjson\b/.test(res.headers.get("content-type") ?? "") ? ((await res.json()) as Reply) : null;
  } catch {
    return {};
  }
}

// ---- Collapse --------------------------------------------------------------------------------

function setCollapsed(button: HTMLElement, collapsed: boolean) {
  const li = button.parentElement as HTMLElement;
  const region = byId(button.getAttribute("aria-controls") ?? "");
  const what = count(Number(li.dataset.replies), "reply", "replies");
  const verb = collapsed ? "Show" : "Hide";
  button.textContent = `${collapsed ? "[+]" : "[–]"} ${verb} ${what}`;
  attr(button, "aria-label", `${verb} ${what} to ${li.dataset.author ?? ""}`);
  attr(button, "aria-expanded", !collapsed);
  li.classList.toggle("comment--collapsed", collapsed);
  if (region) region.hidden = collapsed;
}

/** Toggles only exist with JavaScript: without it nothing could fold, so nothing offers to. */
function addToggles(root: ParentNode) {
  for (const li of root.querySelectorAll<HTMLElement>("li.comment[data-replies]")) {
    const article = li.querySelector(":scope > article[id^='comment-']");
    if (!(Number(li.dataset.replies) > 0) || !article) continue;
    const regionId = `replies-${article.id.slice(8)}`;
    if (!byId(regionId) || article.nextElementSibling?.classList.contains("collapse-toggle")) continue;
    const button = el("button", "collapse-toggle");
    button.type = "button";
    attr(button, "aria-controls", regionId);
    article.after(button);
    setCollapsed(button, false);
  }
}

// ---- Times -----------------------------------------------------------------------------------

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const exact = new Intl.DateTimeFormat(undefined, { dateStyle: "long", timeStyle: "short" });
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
  ["week", 4.35],
  ["month", 12],
  ["year", Infinity],
];

/** "3 hours ago" for a moment in the past (pages are cached, so only the browser knows "now"). */
function ago(then: number, now: number): string {
  let n = (then - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(n) < size) return unit === "second" && n > -45 ? "just now" : relative.format(Math.round(n), unit);
    n /= size;
  }
  return "";
}

/**
 * The server writes times in UTC, the same for every reader (and for pages without JavaScript);
 * here they read as "3 hours ago", with the exact time in the reader's own zone on hover and,
 * by CSS, on focus of the link around it.
 */
function showTimes(root: ParentNode) {
  const now = Date.now();
  for (const time of root.querySelectorAll<HTMLTimeElement>("main time[datetime]:not([data-exact])")) {
    const then = Date.parse(time.dateTime);
    if (Number.isNaN(then) || then > now + 60_000) continue;
    const local = exact.format(then);
    time.dataset.exact = local;
    time.title = local;
    time.textContent = ago(then, now);
  }
}

/** What every part of a page this script shows gets: fold toggles and readable times. */
function enhance(root: ParentNode) {
  addToggles(root);
  showTimes(root);
}

// ---- Reply in place (as WordPress's comment-reply.js) -----------------------------------------

const respondParts = () => {
  const respond = byId("respond");
  const form = respond?.querySelector<HTMLFormElement>("form.comment-form");
  const parent = form?.querySelector<HTMLInputElement>("input[name='parentId']");
  const title = byId("reply-title");
  const cancel = respond?.querySelector<HTMLElement>("p.cancel-reply");
  return respond && form && parent && title && cancel ? { respond, form, parent, title, cancel } : null;
};

/** Makes the textarea visible (unfolds its comments, leaves Preview) and focuses it. */
function reveal(box: HTMLTextAreaElement) {
  for (let li = box.closest(".comment--collapsed"); li; li = li.parentElement?.closest(".comment--collapsed") ?? null) {
    const toggle = li.querySelector<HTMLElement>(":scope > .collapse-toggle");
    if (toggle) setCollapsed(toggle, false);
  }
  if (box.form) showPreview(box.form, false);
  box.focus();
}

/** Puts the reply form under comment `id` (if that comment is on the page), replying to it. */
function moveRespond(id: string) {
  const region = byId(`replies-${id}`);
  const parts = respondParts();
  if (!region || !parts) return null;
  region.prepend(parts.respond);
  parts.parent.value = id;
  parts.title.textContent = `Leave a Reply to ${region.closest<HTMLElement>("li.comment")?.dataset.author ?? ""}`;
  parts.cancel.hidden = false;
  return parts.form.querySelector("textarea");
}

function replyTo(link: HTMLElement, e: MouseEvent) {
  const box = moveRespond(link.dataset.replyTo ?? "");
  if (box === null) return; // the link still works: the server puts the form there
  e.preventDefault();
  if (box) reveal(box);
}

function cancelReply(e: Event) {
  const home = byId("respond-home");
  const parts = respondParts();
  if (!home || !parts || parts.cancel.hidden) return;
  e.preventDefault();
  const { respond } = parts;
  const under = respond.parentElement?.closest("li.comment");
  home.after(respond);
  parts.parent.value = respond.dataset.defaultParent ?? "";
  parts.title.textContent = respond.dataset.defaultTitle ?? "Leave a Reply";
  parts.cancel.hidden = true;
  // Back to where the reader was, not to the foot of the page.
  under?.querySelector<HTMLElement>(":scope > article .comment-reply-link")?.focus();
}

// ---- More replies ----------------------------------------------------------------------------

async function moreReplies(link: HTMLAnchorElement, e: MouseEvent) {
  const nav = link.closest("nav.comment__more");
  if (!nav) return;
  e.preventDefault();
  const q = (k: string, v: string | undefined) => `${k}=${encodeURIComponent(v ?? "")}`;
  const url =
    `/comments/${encodeURIComponent(link.dataset.moreReplies ?? "")}/replies?` +
    [
      q("after", link.dataset.after),
      q("level", link.dataset.level),
      q("returnTo", byId("comments")?.dataset.pageHref),
    ].join("&");
  await busy(link, async () => {
    const label = link.textContent;
    link.textContent = "Loading…";
    try {
      const res = await fetch(url, { credentials: "same-origin" });
      if (!res.ok || res.redirected) throw new Error(String(res.status));
      const html = await res.text();
      let list = nav.previousElementSibling;
      if (!list?.matches("ol.children--more")) {
        list = el("ol", "children children--more");
        nav.before(list);
      }
      const first = list.children.length;
      list.insertAdjacentHTML("beforeend", html);
      enhance(list);
      nav.querySelector(".field-error")?.remove();
      const next = res.headers.get("x-next-after");
      const left = Number(res.headers.get("x-remaining"));
      if (next) {
        link.dataset.after = next;
        link.dataset.remaining = String(left);
        link.textContent = Number.isFinite(left) ? count(left, "more reply", "more replies") : "More replies";
      } else {
        const hadFocus = doc.activeElement === link;
        nav.remove();
        // Keyboard focus would fall back to the top of the page; put it on the first new reply.
        if (hadFocus) list.children[first]?.querySelector<HTMLElement>(".comment__permalink, a")?.focus();
      }
    } catch {
      link.textContent = label;
      if (!nav.querySelector(".field-error"))
        nav.append(el("span", "field-error", " Could not load more replies. Try again.", "alert"));
    }
  });
}

// ---- Votes -----------------------------------------------------------------------------------

/** A vote button, its hidden "vote" field and the score beside it, shown as voted or not. */
function showVote(form: HTMLFormElement, voted: boolean, score: number | null) {
  const button = form.querySelector("button");
  if (button) {
    button.textContent = voted ? "▲ Upvoted" : "▲ Upvote";
    attr(button, "aria-pressed", voted);
  }
  const next = form.querySelector<HTMLInputElement>("input[name='vote']");
  if (next) next.value = voted ? "none" : "up";
  const shown = form.closest("article")?.querySelector<HTMLElement>(".comment__score");
  if (shown && score !== null) {
    shown.dataset.score = String(score);
    shown.textContent = score === 0 ? "" : count(score, "point", "points");
  }
}

/**
 * Upvote in place: the new state shows at once (optimistic), the button keeps focus and the
 * page does not move; if the server refuses, the old state comes back with its message.
 */
async function vote(form: HTMLFormElement) {
  const button = form.querySelector("button");
  const article = form.closest("article");
  if (!button || !article || button.getAttribute("aria-busy")) return;
  const body = new FormData(form);
  const was = button.getAttribute("aria-pressed") === "true";
  const scoreText = article.querySelector<HTMLElement>(".comment__score")?.dataset.score;
  const score = scoreText === undefined ? null : Number(scoreText);
  showVote(form, !was, score === null ? null : score + (was ? -1 : 1));
  await busy(button, async () => {
    const reply = await post(form.action, body);
    article.querySelector(":scope > p.form-message")?.remove();
    if (!reply?.ok) showVote(form, was, score);
    // Not JSON: the session ended or something sits in between; let the page do it the plain way.
    if (!reply) return form.submit();
    if (!reply.ok) return article.append(el("p", "form-message", reply.message || TRY_AGAIN, "alert"));
    showVote(form, !!reply.voted, typeof reply.score === "number" ? reply.score : null);
  });
}

// ---- Write / Preview -------------------------------------------------------------------------

function editor(form: HTMLFormElement) {
  const text = form.querySelector("textarea");
  const field = text?.closest<HTMLElement>("p.field");
  const preview = form.querySelector<HTMLElement>(".md-preview");
  const tab = (v: string) => form.querySelector(`button[name='intent'][value='${v}']`);
  return text && field && preview ? { text, field, preview, write: tab("write"), show: tab("preview") } : null;
}

function showPreview(form: HTMLFormElement, on: boolean) {
  const ed = editor(form);
  if (!ed) return;
  ed.preview.hidden = !on;
  ed.field.hidden = on;
  if (ed.show) attr(ed.show, "aria-pressed", on);
  if (ed.write) attr(ed.write, "aria-pressed", !on);
  if (!on) ed.text.focus();
}

function formMessage(form: HTMLFormElement, text: string | undefined) {
  let p = form.querySelector<HTMLElement>("p.form-message");
  if (!text) return p?.remove();
  if (!p) form.prepend((p = el("p", "form-message", "", "alert")));
  p.textContent = text;
}

function fieldError(text: HTMLTextAreaElement, field: HTMLElement, error: string | undefined) {
  const id = `${text.id}-error`;
  let span = byId(id);
  const described = (text.getAttribute("aria-describedby") ?? "").split(" ").filter((t) => t && t !== id);
  if (error) {
    if (!span) {
      field.append((span = el("span", "field-error", "", "alert")));
      span.id = id;
    }
    span.textContent = error;
    described.unshift(id);
    attr(text, "aria-invalid", true);
  } else {
    span?.remove();
    text.removeAttribute("aria-invalid");
  }
  if (described.length) attr(text, "aria-describedby", described.join(" "));
  else text.removeAttribute("aria-describedby");
}

async function preview(form: HTMLFormElement, button: HTMLButtonElement) {
  const ed = editor(form);
  if (!ed) return;
  const body = new FormData(form);
  body.set("intent", "preview");
  await busy(button, async () => {
    const reply = await post(form.action, body);
    // Not JSON: the plain form post renders the preview (or asks to sign in) and keeps the text.
    if (!reply) return form.requestSubmit(button);
    const ok = reply.ok && typeof reply.preview === "string";
    // Sanitized by the server code that saves comments, so it is what will be posted.
    if (ok) (ed.preview.querySelector(".comment__content") ?? ed.preview).innerHTML = reply.preview ?? "";
    formMessage(form, ok ? "" : reply.message || (reply.fieldError ? "" : TRY_AGAIN));
    fieldError(ed.text, ed.field, ok ? "" : reply.fieldError);
    if (ok) showPreview(form, true);
    else if (reply.fieldError && ed.field.hidden) showPreview(form, false);
  });
}

// ---- Posting, editing, deleting ------------------------------------------------------------

const busyLabel = new WeakMap<HTMLFormElement, [HTMLElement, string]>();

function unlock(form: HTMLFormElement) {
  const held = busyLabel.get(form);
  if (!held) return;
  busyLabel.delete(form);
  held[0].textContent = held[1];
  held[0].removeAttribute("aria-disabled");
}

/** Sends the form as a JSON request and shows the page it leads to; a second click meanwhile does nothing. */
function submit(e: SubmitEvent, form: HTMLFormElement) {
  const by = e.submitter;
  if (by?.getAttribute("name") === "intent") return; // Write/Preview without an editor: the plain post
  const button = by ?? form.querySelector<HTMLElement>("button[type='submit']:not([name])");
  if (!button) return;
  e.preventDefault();
  if (busyLabel.has(form)) return;
  busyLabel.set(form, [button, button.textContent ?? ""]);
  // Not `disabled`: a disabled submitter during its own submit event cancels the submission.
  attr(button, "aria-disabled", true);
  const edit = form.matches(".comment-form--edit");
  button.textContent = form.matches(".delete-confirm")
    ? "Deleting…"
    : edit
      ? "Saving…"
      : form.matches(".mod-form, .mod-action")
        ? "Sending…"
        : "Posting…";
  void send(form, by);
}

async function send(form: HTMLFormElement, by: HTMLElement | null) {
  const body = new FormData(form);
  const name = by?.getAttribute("name");
  if (name) body.append(name, (by as HTMLButtonElement).value);
  const reply = await post(form.action, body);
  if (!reply) {
    // Not JSON (a sign-in page, say): post it the plain way; the requestKey keeps it to one comment.
    // If the reader stops that page load, let them try again.
    setTimeout(() => unlock(form), 15000);
    return HTMLFormElement.prototype.submit.call(form);
  }
  if (reply.ok) return go(reply.location || location.href, { posted: form });
  unlock(form);
  const ed = editor(form);
  formMessage(form, reply.message || (reply.fieldError ? "" : ed ? KEPT : TRY_AGAIN));
  if (ed) fieldError(ed.text, ed.field, reply.fieldError);
  if (ed && reply.fieldError) return showPreview(form, false); // back to the text, focused
  const p = form.querySelector<HTMLElement>("p.form-message");
  if (p) {
    p.tabIndex = -1;
    p.focus();
  }
}

// ---- Soft navigation -------------------------------------------------------------------------
// Links within the discussion that stay on this path, and the pages a post leads to, replace only
// section#comments; history entries are pushed as usual and Back swaps the previous view in again.

const pathQuery = (u: URL | Location) => u.pathname + u.search;
/** The path and query section#comments shows, and the id of that view in history.state. */
let shown = pathQuery(location);
let view = Date.now();
let navs = 0;

/** A full load: for another path, or when the page cannot be swapped in (an error page, offline). */
function hard(url: URL, pop: boolean) {
  // Assigning a URL that differs from this one only in its hash would just scroll.
  if (!pop && !(url.hash && pathQuery(url) === pathQuery(location))) return location.assign(url.href);
  if (!pop) history.pushState(null, "", url.href);
  location.reload();
}

/** A draft in the reply form, and the comment it replies to when the form sits under one. */
function takeDraft(skip: HTMLFormElement | undefined) {
  const parts = respondParts();
  const text = parts?.form.querySelector("textarea")?.value;
  if (!parts || !text || parts.form === skip) return null;
  return { text, under: parts.respond.closest("li.comment") ? parts.parent.value : "" };
}

async function go(href: string, how: { pop?: boolean; posted?: HTMLFormElement; from?: string | null }) {
  const url = new URL(href, location.href);
  const { pop = false, posted } = how;
  if (url.origin !== location.origin || url.pathname !== location.pathname) return location.assign(url.href);
  const n = ++navs;
  let found: Element | null = null;
  let title = "";
  try {
    const res = await fetch(pathQuery(url), { credentials: "same-origin", headers: { accept: "text/html" } });
    if (res.status === 200 && !res.redirected) {
      const page = new DOMParser().parseFromString(await res.text(), "text/html");
      found = page.querySelector("section#comments");
      title = page.title;
    }
  } catch {
    // The full load below shows what is wrong.
  }
  if (n !== navs) return; // a later click or Back took over
  const old = byId("comments");
  if (!old || !found) return hard(url, pop);
  const y = scrollY;
  const draft = takeDraft(posted);
  const fresh = doc.importNode(found, true);
  hideQuote();
  old.replaceWith(fresh);
  shown = pathQuery(url);
  if (title) doc.title = title;
  if (pop) history.replaceState({ ...history.state, reex: true, n: ++view }, "", url.href);
  else {
    history.replaceState({ ...history.state, reex: true, y }, "");
    history.pushState({ reex: true, n: ++view }, "", url.href);
  }
  enhance(fresh);
  // Text typed in the reply form stays, as the reader left it.
  const box = respondParts()?.form.querySelector("textarea");
  if (draft && box && !box.value) {
    box.value = draft.text;
    if (draft.under) moveRespond(draft.under);
  }

  const target = url.hash ? byId(url.hash.slice(1)) : null;
  // A comment inside a branch a phone folds (app/globals.css) is unfolded there, as a link to it
  // (:target) would be: history.pushState does not change :target.
  if (target && !target.getClientRects().length) target.classList.add("comment__body--unfold");
  const back = pop ? (history.state as { y?: unknown }).y : undefined;
  if (typeof back === "number") scrollTo(scrollX, back);
  else if (target) target.scrollIntoView();
  else scrollTo(scrollX, y);
  const lost = !doc.activeElement || doc.activeElement === doc.body;
  const same = how.from ? fresh.querySelector<HTMLElement>(`a[href="${CSS.escape(how.from)}"]`) : null;
  let spot = fresh.querySelector<HTMLElement>("[autofocus]");
  if (!spot && lost) {
    // Keyboard focus was on a link or button that is gone: keep it near where the reader is.
    spot = same ?? target?.querySelector<HTMLElement>(".comment__permalink") ?? byId("comments-title");
    if (spot && !spot.matches("a[href]")) spot.tabIndex = -1;
  }
  spot?.focus({ preventScroll: true });
  if (posted && target?.matches("article")) {
    target.classList.add("comment__body--new");
    setTimeout(() => target.classList.remove("comment__body--new"), 4000);
  }
}

/** A plain click on a link within the discussion to this same path (Edit, Delete, Cancel, sort, pages). */
function follow(t: Element, e: MouseEvent) {
  const a = t.closest<HTMLAnchorElement>("section#comments a[href]");
  if (!a || e.defaultPrevented || a.hasAttribute("target") || a.hasAttribute("download")) return;
  const url = new URL(a.href);
  if (url.origin !== location.origin || url.pathname !== location.pathname) return;
  if (url.hash && pathQuery(url) === pathQuery(location)) return; // a permalink here: the browser scrolls
  e.preventDefault();
  void go(url.href, { from: a.getAttribute("href") });
}

// ---- Quote -----------------------------------------------------------------------------------

let quoteButton: HTMLButtonElement | undefined;
let quote: { text: string; attribution: string } | null = null;

function hideQuote() {
  quoteButton?.remove();
  quote = null;
}

/** What the selection quotes: text inside one comment's body, or inside the article body. */
function selectionQuote() {
  if (!(byId("comment") instanceof HTMLTextAreaElement)) return null; // signed out: nowhere to quote to
  const sel = getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const text = sel.toString().trim();
  if (!text) return null;
  const range = sel.getRangeAt(0);
  const of = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest(".comment__content, .post__body");
  const body = of(range.startContainer);
  if (!body || body.closest(".md-preview")) return null;
  if (body !== of(range.endContainer)) {
    // A triple click selects a paragraph up to the start of whatever follows the body.
    const inside = range.cloneRange();
    inside.setEnd(body, body.childNodes.length);
    if (inside.toString().trim() !== text) return null;
  }
  const comment = body.closest("article[id^='comment-']");
  let attribution: string;
  if (comment) {
    const name = comment.querySelector(".comment__author")?.textContent?.trim() || "A reader";
    attribution = `[${name}](/comments/${comment.id.slice(8)}) wrote:`;
  } else {
    const info = byId("comments")?.dataset ?? {};
    attribution = `From [“${info.articleTitle ?? ""}”](${info.articleHref ?? ""}):`;
  }
  return { text, attribution, rect: range.getBoundingClientRect() };
}

function offerQuote() {
  const found = selectionQuote();
  if (!found) {
    // Keep the offer while focus is on the button itself (keyboard users tab to it).
    if (doc.activeElement !== quoteButton) hideQuote();
    return;
  }
  quote = found;
  if (!quoteButton) {
    quoteButton = el("button", "quote-button", "Quote");
    quoteButton.type = "button";
    quoteButton.addEventListener("mousedown", (e) => e.preventDefault()); // keeps the selection
    quoteButton.addEventListener("click", insertQuote);
  }
  // Through the CSSOM: the CSP does not allow inline style attributes.
  quoteButton.style.setProperty("top", `${found.rect.bottom + scrollY + 6}px`);
  quoteButton.style.setProperty("left", `${Math.max(8, found.rect.left + scrollX)}px`);
  if (!quoteButton.isConnected) doc.body.append(quoteButton);
}

function insertQuote() {
  const box = byId("comment") as HTMLTextAreaElement | null;
  if (!box || !quote) return;
  reveal(box);
  const quoted = quote.text
    .split(/\r?\n/)
    .map((l) => `> ${l}`)
    .join("\n");
  const block = `${quote.attribution}\n${quoted}\n\n`;
  const at = box.selectionStart;
  const prefix = at > 0 && !box.value.slice(0, at).endsWith("\n\n") ? "\n\n" : "";
  box.setRangeText(prefix + block, at, box.selectionEnd, "end");
  getSelection()?.removeAllRanges();
  hideQuote();
  box.scrollIntoView({ block: "center" });
}

// ---- Live preview (the newsroom's editor) -------------------------------------------------------

let previewTimer: ReturnType<typeof setTimeout> | undefined;

/** A moment after the analyst stops typing, the article as readers will see it (rendered by the server). */
function livePreview(form: HTMLFormElement) {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(async () => {
    const body = new FormData(form);
    body.set("intent", "preview");
    const reply = await post(form.action, body);
    const region = byId("article-preview-live");
    if (region && reply?.ok && typeof reply.preview === "string") region.innerHTML = reply.preview;
  }, 600);
}

// ---- Wiring ----------------------------------------------------------------------------------

/**
 * Whether to ask a missing comment's permalink where it is, at most once per comment in a row:
 * if the permalink brought the reader here and the comment is still not on the page (the page
 * changed meanwhile, or the reader may not see it), asking again would send the tab round in a
 * circle for ever. The tab's sessionStorage remembers the last comment sought; without it (storage
 * off), only a page that no redirect led to asks.
 */
function seekOnce(missing: string | null): boolean {
  const KEY = "reex:sought";
  try {
    const last = sessionStorage.getItem(KEY);
    if (missing === null || last === missing) {
      if (last !== null) sessionStorage.removeItem(KEY);
      return false;
    }
    sessionStorage.setItem(KEY, missing);
    return true;
  } catch {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    return missing !== null && (!nav || nav.redirectCount === 0);
  }
}

function start() {
  enhance(doc);
  // A link to a comment this page does not show (on another page of the discussion, or deeper):
  // its permalink knows where it is.
  const wanted = /^#comment-(\d{1,10})$/.exec(location.hash);
  const missing = wanted && !byId(`comment-${wanted[1]}`) && doc.querySelector("section#comments") ? wanted[1]! : null;
  if (seekOnce(missing)) {
    location.replace(`/comments/${missing}`);
    return;
  }

  doc.addEventListener("click", (e) => {
    const t = e.target;
    if (!(t instanceof Element)) return;
    const menu = t.closest<HTMLButtonElement>("button.menu-toggle");
    if (menu) {
      const open = menu.getAttribute("aria-expanded") !== "true";
      attr(menu, "aria-expanded", open);
      byId("site-menu")?.classList.toggle("site-menu--open", open);
      return;
    }
    const toggle = t.closest<HTMLElement>("button.collapse-toggle");
    if (toggle) return setCollapsed(toggle, toggle.getAttribute("aria-expanded") === "true");
    const tab = t.closest<HTMLButtonElement>("form.comment-form button[name='intent']");
    if (tab?.form && editor(tab.form)) {
      e.preventDefault();
      return tab.value === "preview" ? void preview(tab.form, tab) : showPreview(tab.form, false);
    }
    if (!plain(e)) return;
    const link = t.closest<HTMLAnchorElement>("a[data-reply-to], a[data-more-replies], p.cancel-reply a");
    if (link?.dataset.replyTo) replyTo(link, e);
    else if (link?.dataset.moreReplies) void moreReplies(link, e);
    else if (link) cancelReply(e);
    else follow(t, e);
  });

  doc.addEventListener("submit", (e) => {
    const form = e.target;
    if (e.defaultPrevented || !(form instanceof HTMLFormElement)) return;
    if (form.matches(".vote-form")) {
      e.preventDefault();
      void vote(form);
    } else if (form.matches(".comment-form, .delete-confirm")) submit(e, form);
    // Report, Remove, Restore, Approve, Lock within a discussion: answered in place, like a post.
    else if (form.matches(".mod-form, .mod-action") && form.closest("section#comments")) submit(e, form);
  });

  // Escape closes a reply form opened under a comment (its text stays in it).
  doc.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && e.target instanceof Element && e.target.closest("#respond")) cancelReply(e);
  });

  doc.addEventListener("input", (e) => {
    const form = e.target instanceof Element ? e.target.closest<HTMLFormElement>("form.article-form") : null;
    if (form) livePreview(form);
  });

  addEventListener("pageshow", (e) => {
    if (e.persisted) for (const form of doc.querySelectorAll("form")) unlock(form);
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  doc.addEventListener("selectionchange", () => {
    clearTimeout(timer);
    timer = setTimeout(offerQuote, 150);
  });

  // Marks this entry as one Back can swap in again, and swaps views in on Back and Forward
  // (not on a move between hashes of the view shown, which only scrolls).
  history.replaceState({ ...history.state, reex: true, n: view }, "");
  addEventListener("popstate", (e) => {
    const n = (e.state as { n?: number } | null)?.n;
    if ((n !== undefined && n !== view) || pathQuery(location) !== shown) void go(location.href, { pop: true });
  });

  // Chrome skips autofocus when the URL has a fragment (?editcomment=5#comment-5) (or not, if it
  // got there before the target was parsed), and its scroll to the fragment then clears focus:
  // put it back, unless the reader has moved on.
  const auto = doc.querySelector<HTMLElement>("[autofocus]");
  const active = doc.activeElement;
  if (auto && location.hash && (active === doc.body || active === auto)) {
    const put = () => auto.focus({ preventScroll: true });
    const again = () => setTimeout(() => doc.activeElement === doc.body && put());
    put();
    auto.addEventListener("blur", again, { once: true });
    for (const type of ["pointerdown", "keydown"])
      addEventListener(type, () => auto.removeEventListener("blur", again), { once: true, capture: true });
  }
}

if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", start);
else start();
