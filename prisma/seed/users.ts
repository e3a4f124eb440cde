import type { Role } from "@/lib/generated/prisma/enums";

import demoUsersJson from "./demo-users.json";

// Demo accounts: the passwords are public (README, `npm start` banner) and for demos only.
export const demoUsers = demoUsersJson as {
  key: string;
  email: string;
  displayName: string;
  role: Role;
  password: string;
}[];

// Other voices in the seeded discussions; they get random passwords nobody knows.
export const extraUsers = [
  { key: "kwame", displayName: "Kwame Mensah" },
  { key: "elena", displayName: "Elena Petrova" },
  { key: "hiro", displayName: "Hiro Tanaka" },
  { key: "sofia", displayName: "Sofia Alvarez" },
  { key: "liam", displayName: "Liam O'Connor" },
  { key: "ngozi", displayName: "Ngozi Okafor" },
] as const;

export const categories = [
  { slug: "supply-chain", name: "Supply Chain" },
  { slug: "policy-geopolitics", name: "Policy & Geopolitics" },
  { slug: "markets", name: "Markets" },
  { slug: "magnets-evs", name: "Magnets & EVs" },
] as const;
