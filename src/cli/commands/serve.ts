import type { Command } from "@commander-js/extra-typings";
import {
  ConfigError,
  createLogger,
  resolveConfig,
  ServiceStartError,
  startService,
  untilStopSignal,
} from "../../service/index.js";
import { UsageError } from "../io.js";

export function registerServe(program: Command, setExit: (code: number) => void): void {
  program
    .command("serve")
    .description(
      "run the service: the privacy center, the admin console, the API and the jobs, until SIGINT or SIGTERM",
    )
    .option("--demo", "the embedded default: the demo register, its database seeded on first start, generated keys")
    .option("--port <port>", "the port to listen on (default $PORT, else 3000)")
    .option("--host <host>", "the address to listen on (default $HOST, else 127.0.0.1)")
    .option("--public-url <url>", "the address people reach the service at, for links in mail")
    .option("--register <file>", "the register (default $WAARBORG_REGISTER; the demo register with --demo)")
    .option(
      "--store <url>",
      "a SQLite store, sqlite:<path> (default: $DATABASE_URL, else sqlite:.waarborg/waarborg.db)",
    )
    .option("--no-worker", "run no jobs here; `waarborg worker` processes on the same store run them")
    .action(async (flags) => {
      let config;
      try {
        config = resolveConfig(flags);
      } catch (error) {
        if (error instanceof ConfigError) throw new UsageError(error.message);
        throw error;
      }
      const logger = createLogger({ level: config.logLevel });
      const stopSignal = untilStopSignal();
      let service;
      try {
        service = await startService(config, { logger });
      } catch (error) {
        stopSignal.cancel();
        if (!(error instanceof ServiceStartError)) throw error;
        process.stderr.write(`waarborg: ${error.message}\n`);
        return setExit(1);
      }
      // The console, not the log: the password must not end up wherever logs are shipped.
      const lines = ["", `  Privacy center:  ${service.centerUrl}`, `  Admin console:   ${service.adminUrl}`];
      if (service.firstAdmin)
        lines.push(
          "",
          `  First admin account (shown once, only now): ${service.firstAdmin.email}`,
          `  Password: ${service.firstAdmin.password}`,
        );
      process.stdout.write(`${lines.join("\n")}\n\n`);
      logger.info({ signal: await stopSignal.signal }, "stopping");
      await service.stop();
      logger.info("stopped");
    });
}
