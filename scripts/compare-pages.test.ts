import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module of the project's scripts
import { shape } from "./compare-pages.mjs";

// What compare-pages counts as the same page: whitespace between block elements may change;
// text, inline spaces, elements and attributes may not.
describe("compare-pages' shape of a page", () => {
  const same = (a: string, b: string) => expect(shape(a)).toEqual(shape(b));
  const differs = (a: string, b: string) => expect(shape(a)).not.toEqual(shape(b));

  it("ignores layout between block elements", () => {
    same(
      `<div class="x"><p>One <b>two</b></p><ul><li>a</li></ul></div>`,
      `<div class="x">\n  <p>\n    One <b>two</b>\n  </p>\n  <ul>\n    <li>a</li>\n  </ul>\n</div>`,
    );
  });

  it("sees text, inline spaces, attributes and textarea content", () => {
    differs(`<p>One <b>two</b></p>`, `<p>One<b>two</b></p>`);
    differs(`<p><a href="/a">x</a> <a href="/b">y</a></p>`, `<p><a href="/a">x</a><a href="/b">y</a></p>`);
    differs(`<p class="a">x</p>`, `<p class="b">x</p>`);
    differs(`<p>x</p>`, `<p>y</p>`);
    differs(`<textarea>\nx</textarea>`, `<textarea>\n\nx</textarea>`);
  });

  it("leaves out what differs on every render", () => {
    same(
      `<input type="hidden" name="requestKey" value="1"><script nonce="a">x</script>`,
      `<input type="hidden" name="requestKey" value="2"><script nonce="b">y</script>`,
    );
  });
});
