// The embedded PostgreSQL of `npm start`, in a process of its own that start.mjs runs
// detached: a Ctrl-C in the terminal goes to the whole foreground process group, and
// PostgreSQL takes SIGINT as "fast shutdown" (every open connection cut), which would fail
// the requests the app is still finishing. start.mjs stops it last, with SIGTERM, or by going
// away: the IPC channel closes even when start.mjs is killed, so it is never left behind.
import { startServer } from "./db.mjs";

const server = await startServer({ log: (m) => console.log(`[postgres] ${m}`) });
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.on("SIGHUP", stop);
process.on("disconnect", stop);
process.send({ serverUrl: server.serverUrl, embedded: server.embedded });
