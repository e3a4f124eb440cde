// The banner `npm start` prints; the same accounts are listed in the README.
import fs from "node:fs";

export function demoAccountsText() {
  const users = JSON.parse(fs.readFileSync("prisma/seed/demo-users.json", "utf8"));
  return [
    "  Demo accounts (demo passwords, for local use only):",
    ...users.map((u) => `    ${u.key.padEnd(10)} ${u.email.padEnd(24)} ${u.password}`),
  ].join("\n");
}
