import { main } from "./main.js";

// Entry point: `node dist/cli/run.js` (through bin/waarborg.js) or `tsx src/cli/run.ts` in development.
process.exitCode = await main(process.argv);
