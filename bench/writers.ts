// 100 simultaneous writers on one discussion through the domain function (half of them
// replies to one comment 8 levels deep): errors, writes/s and p99 latency.
// Run: DATABASE_URL=postgresql://…/reex_bench_writers npx tsx --conditions=react-server bench/writers.ts
// (a throwaway database: it truncates the comment tables).
import { db } from "@/lib/db";
import { createComment } from "@/lib/comments/create-comment";

const WRITERS = Number(process.env.WRITERS ?? 100);
const ROUNDS = Number(process.env.ROUNDS ?? 5);

const users = await Promise.all(
  Array.from({ length: 10 }, (_, i) =>
    db.user.upsert({
      where: { email: `writer${i}@bench.example` },
      create: { email: `writer${i}@bench.example`, displayName: `Writer ${i}`, passwordHash: "x" },
      update: {},
      select: { id: true, role: true, suspendedUntil: true },
    }),
  ),
);
const latencies: number[] = [];
let errors = 0;
let written = 0;
let elapsed = 0;
const reasons = new Map<string, number>();
for (let round = 0; round < ROUNDS; round++) {
  const { id: discussionId } = await db.discussion.create({ data: {}, select: { id: true } });
  let parent = await createComment(users[0]!, { discussionId, body: "root" });
  for (let d = 1; d < 8; d++)
    parent = await createComment(users[d]!, { discussionId, parentId: parent.id, body: "deeper" });
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, i) => {
      const s = performance.now();
      try {
        await createComment(users[i % 10]!, {
          discussionId,
          parentId: i % 2 ? parent.id : undefined,
          body: `post ${i}`,
        });
        written++;
      } catch (e) {
        errors++;
        const key = (e as { code?: string }).code ?? (e as Error).constructor.name;
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
      }
      latencies.push(performance.now() - s);
    }),
  );
  elapsed += performance.now() - t0;
}
latencies.sort((a, b) => a - b);
const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(0);
console.log(
  JSON.stringify({
    writers: WRITERS,
    rounds: ROUNDS,
    attempted: WRITERS * ROUNDS,
    errors,
    errorKinds: Object.fromEntries(reasons),
    writesPerSecond: Math.round(written / (elapsed / 1000)),
    p50ms: Number(q(0.5)),
    p99ms: Number(q(0.99)),
  }),
);
await db.$disconnect();
