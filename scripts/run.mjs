// Small process helpers shared by start and test.
import { spawn } from "node:child_process";

export function run(cmd, args, { env = process.env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: quiet ? "ignore" : "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${signal ?? code}`)),
    );
  });
}

export const bin = (name) => `node_modules/.bin/${name}`;
