// Integration tests write to and truncate their database: refuse anything but a throwaway
// test database (scripts/test.mjs creates reex_test_* per run and drops it afterwards).
export default function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the tests with `npm test`");
  const name = new URL(url).pathname.slice(1);
  if (!name.startsWith("reex_test_")) {
    throw new Error(`Refusing to run integration tests against database "${name}" (expected reex_test_*)`);
  }
}
