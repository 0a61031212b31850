import type { Command } from "@commander-js/extra-typings";
import { formatDiagnostic, summarize } from "../../diagnostics/index.js";
import { LANGUAGES } from "../../kernel/index.js";
import {
  ChromiumMissingError,
  type Phase,
  renderReportHtml,
  renderReportPdf,
  reportModel,
  ScanError,
  scanSite,
  WAARBORG_BANNER,
} from "../../scan/index.js";
import { emit, oneOf, UsageError } from "../io.js";
import { loadValid } from "../load.js";
import { createProgress, type Progress } from "../progress.js";

const PHASE_LABELS: Record<Phase, string> = {
  before: "scan: before a choice",
  reject: "scan: after reject all",
  accept: "scan: after accept all",
};

/** `name=value` options gathered into a map, with the option named in the error. */
function pairs(option: string, pattern: RegExp, what: string) {
  return (value: string, previous: Record<string, string> = {}) => {
    const at = value.indexOf("=");
    const key = value.slice(0, at).trim().toLowerCase();
    const val = value.slice(at + 1).trim();
    if (at < 1 || !pattern.test(val)) throw new UsageError(`${option} takes host=${what} (got "${value}")`);
    return { ...previous, [key]: option === "--host-country" ? val.toUpperCase() : val };
  };
}

function positive(option: string) {
  return (value: string) => {
    const n = Number(value);
    if (!(n > 0)) throw new UsageError(`${option} must be a positive number (got "${value}")`);
    return n;
  };
}

export function registerScan(program: Command, setExit: (code: number) => void): void {
  program
    .command("scan")
    .description(
      "visit a site in Chromium before a choice, after reject all and after accept all, and check what it stores and calls against the register",
    )
    .argument("<url>", "the site's start page")
    .option("--register <file>", "the register file", "privacy.yaml")
    .option("--pages <n>", "visit at most this many same-site pages", positive("--pages"), 10)
    .option("--rate <n>", "at most this many page visits a second", positive("--rate"), 2)
    .option(
      "--settle <ms>",
      "how long the network must be still before a page counts as loaded; raise it for a slow site",
      positive("--settle"),
      300,
    )
    .option("--format <format>", "text or json", "text")
    .option("--report <file>", "write the evidence report as HTML to this file")
    .option("--pdf <file>", "write the evidence report as PDF to this file")
    .option("--lang <lang>", "language of the evidence report: nl or en", "nl")
    .option("--banner <selector>", "CSS selector of another banner than Waarborg's", WAARBORG_BANNER.banner)
    .option("--accept <selector>", "CSS selector of its accept-all button", WAARBORG_BANNER.accept)
    .option("--reject <selector>", "CSS selector of its reject-all button", WAARBORG_BANNER.reject)
    .option(
      "--resolve <host=ip>",
      "send the browser to this address for a host (repeatable), e.g. to scan a staging server under the real name",
      pairs("--resolve", /^[0-9a-fA-F.:]+$/, "ip"),
    )
    .option(
      "--host-country <host=CC>",
      "the country a third-party host sends data to, when neither the register nor the known hosts say (repeatable)",
      pairs("--host-country", /^[A-Za-z]{2}$/, "CC"),
    )
    .action(async (url, opts) => {
      const format = oneOf(opts.format, ["text", "json"] as const, "--format");
      const lang = oneOf(opts.lang, LANGUAGES, "--lang");
      if (!Number.isInteger(opts.pages)) throw new UsageError(`--pages must be a whole number`);
      const loaded = await loadValid(opts.register);
      if (!loaded) return setExit(2);
      let bar: Progress | undefined;
      let shown: Phase | undefined;
      try {
        const result = await scanSite(loaded, {
          url,
          pages: opts.pages,
          rate: opts.rate,
          quietMs: opts.settle,
          selectors: { banner: opts.banner, accept: opts.accept, reject: opts.reject },
          resolve: opts.resolve,
          countries: opts.hostCountry,
          onProgress: (phase, done, total) => {
            if (phase !== shown) {
              bar?.finish();
              bar = createProgress({ label: PHASE_LABELS[phase], total });
              shown = phase;
            }
            bar?.update(done);
          },
        });
        bar?.finish();
        const model = () => reportModel(result.observation, result.diagnostics, lang);
        if (opts.report) await emit(renderReportHtml(model()), opts.report);
        if (opts.pdf) await emit(await renderReportPdf(model(), result.observation.startedAt), opts.pdf);
        const { phases, disallowed } = result.observation;
        if (format === "json") {
          const summary = {
            exitCode: result.exitCode,
            pages: phases.before.pages,
            disallowed,
            diagnostics: result.diagnostics,
          };
          process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        } else {
          for (const d of result.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
          process.stdout.write(`${phases.before.pages.length} page(s) scanned; ${summarize(result.diagnostics)}\n`);
        }
        setExit(result.exitCode);
      } catch (error) {
        bar?.finish();
        if (!(error instanceof ScanError || error instanceof ChromiumMissingError)) throw error;
        process.stderr.write(`waarborg: ${error.message}\n`);
        setExit(2);
      }
    });
}
