import { parseDocument } from "yaml";
import { runRules } from "../src/check/check.js";
import { loadRegister } from "../src/register/load.js";
import { renderRecord } from "../src/record/index.js";
import { renderStatement } from "../src/statement/index.js";
import { generateRegisterYaml } from "./generate-register.js";
import { median, ms, percentile, time } from "./stats.js";

/**
 * check + statement (nl, html) + record (csv) for a register of 200 activities, 60 data categories
 * and 40 recipients. The baseline is parsing the same YAML with line positions and nothing else:
 * the floor any YAML tool pays, so the ratio shows what Waarborg's own work costs on top.
 */
export async function run(): Promise<void> {
  const text = generateRegisterYaml(200, 60, 40);
  const reader = async () => text;
  const runs = 15;

  const baseline = await time(() => parseDocument(text), runs);
  const phases = { load: [] as number[], check: [] as number[], statement: [] as number[], record: [] as number[] };
  const total = await time(async () => {
    let t = performance.now();
    const loaded = await loadRegister("/bench/privacy.yaml", reader, "/bench");
    phases.load.push(performance.now() - t);
    if (!loaded.register) throw new Error(`benchmark register does not load: ${loaded.diagnostics[0]?.message}`);
    t = performance.now();
    runRules(loaded);
    phases.check.push(performance.now() - t);
    t = performance.now();
    await renderStatement(loaded.register, { lang: "nl", format: "html" });
    phases.statement.push(performance.now() - t);
    t = performance.now();
    await renderRecord(loaded.register, { lang: "nl", format: "csv" });
    phases.record.push(performance.now() - t);
  }, runs);
  // The warm-up runs also pushed phase samples; keep the timed ones.
  for (const list of Object.values(phases)) list.splice(0, list.length - runs);

  const result = {
    bench: "register",
    size: { activities: 200, data_categories: 60, recipients: 40, yaml_bytes: text.length },
    median_ms: {
      total: median(total),
      load: median(phases.load),
      check: median(phases.check),
      statement_nl_html: median(phases.statement),
      record_csv: median(phases.record),
      baseline_yaml_parse: median(baseline),
    },
    p95_total_ms: percentile(total, 95),
    ratio_total_to_yaml_parse: median(total) / median(baseline),
    target_ms: 300,
    within_target: median(total) < 300,
  };
  console.log(`register of ${text.length} bytes, ${runs} runs each`);
  console.log(`  load+validate   ${ms(result.median_ms.load)}`);
  console.log(`  check (rules)   ${ms(result.median_ms.check)}`);
  console.log(`  statement nl    ${ms(result.median_ms.statement_nl_html)}`);
  console.log(`  record csv      ${ms(result.median_ms.record_csv)}`);
  console.log(`  total           ${ms(result.median_ms.total)} (p95 ${ms(result.p95_total_ms)}; target < 300 ms)`);
  console.log(
    `  baseline: YAML parse only ${ms(result.median_ms.baseline_yaml_parse)}; ratio ${result.ratio_total_to_yaml_parse.toFixed(2)}x`,
  );
  console.log(JSON.stringify(result));
}
