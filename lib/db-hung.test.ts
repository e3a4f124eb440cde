import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/db";
import { ServiceUnavailableError, withRetry } from "@/lib/db-failures";

/**
 * A TCP relay to the test database that can stop passing bytes, as a paused or partitioned
 * PostgreSQL server behaves: connections stay open and nothing comes back.
 */
function relay(target: URL) {
  let paused = false;
  const held: (() => void)[] = [];
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    const pipe = (from: net.Socket, to: net.Socket) =>
      from.on("data", (chunk) => (paused ? held.push(() => to.write(chunk)) : to.write(chunk)));
    pipe(client, upstream);
    pipe(upstream, client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  return {
    server,
    pause: () => (paused = true),
    resume: () => {
      paused = false;
      for (const send of held.splice(0)) send();
    },
  };
}

const target = new URL(process.env.DATABASE_URL!);
const hung = relay(target);
await new Promise<void>((r) => hung.server.listen(0, "127.0.0.1", r));
const url = new URL(target);
url.host = `127.0.0.1:${(hung.server.address() as net.AddressInfo).port}`;
const client = createClient(url.toString());

afterAll(async () => {
  await client.$disconnect();
  await new Promise((r) => hung.server.close(r));
});

describe("a database that stops answering", () => {
  it("fails a query with ServiceUnavailableError after the documented timeout instead of hanging, and recovers", async () => {
    expect(await client.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    hung.pause();
    await expect(withRetry(() => client.$queryRaw`SELECT 2 AS two`)).rejects.toBeInstanceOf(ServiceUnavailableError);
    // The late answer to the timed-out query must not be taken for the next query's.
    hung.resume();
    expect(await client.$queryRaw`SELECT 3 AS three`).toEqual([{ three: 3 }]);
  });
});
