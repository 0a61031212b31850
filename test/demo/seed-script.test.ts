import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { seedDemoScript } from "../../scripts/seed-demo.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";

/** Runs the seed:demo script in-process, without a terminal, and captures what it writes. */
async function seedDemo(args: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await seedDemoScript(args, {
    env,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
  });
  return { code, stdout, stderr };
}

describe("npm run seed:demo", () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const database of databases) await database.drop();
  });

  it("is the package's seed:demo script", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts["seed:demo"]).toBe("tsx scripts/seed-demo.ts");
  });

  it("seeds the database DEMO_DATABASE_URL names, prints counts and progress but no personal data", async () => {
    const database = await createTestDatabase("sqlite");
    databases.push(database);
    const first = await seedDemo(["--subjects", "40", "--seed", "3"], { DEMO_DATABASE_URL: database.url });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^users +40$/m);
    expect(first.stdout).toMatch(/^invoices +30$/m);
    expect(first.stdout).toMatch(/rows for 40 subjects inserted in batches/);
    expect(first.stderr).toMatch(/rows: 100%/);
    expect(`${first.stdout}${first.stderr}`).not.toContain("@");

    const again = await seedDemo(["--subjects", "40"], { DEMO_DATABASE_URL: database.url });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already hold rows/);
    const reset = await seedDemo(["--subjects", "8", "--reset"], { DEMO_DATABASE_URL: database.url });
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toMatch(/^users +8$/m);
  });

  it("explains its usage when the number of subjects is missing or wrong", async () => {
    const result = await seedDemo(["--subjects", "zero"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--subjects must be a positive whole number/);
    expect(result.stderr).toMatch(/usage: npm run seed:demo/);
  });

  it.runIf(dialectsUnderTest().includes("postgres"))("never prints the password in the URL", async () => {
    if (!(await available("postgres"))) return;
    const database = await createTestDatabase("postgres");
    databases.push(database);
    const url = new URL(database.url);
    url.password = "s3cret-pw";
    const result = await seedDemo(["--subjects", "8", "--url", url.toString()]);
    expect(result.code, result.stderr).toBe(0);
    expect(`${result.stdout}${result.stderr}`).not.toContain("s3cret-pw");
    expect(result.stderr).toContain(":***@");
  });
});
