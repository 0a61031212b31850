import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, DEMO_REGISTER, resolveConfig, SETTINGS } from "../../src/service/config.js";

describe("service configuration", () => {
  it("runs the embedded default with --demo alone", () => {
    const config = resolveConfig({ demo: true }, {});
    expect(config).toMatchObject({
      demo: true,
      host: "127.0.0.1",
      port: 3000,
      publicUrl: "http://localhost:3000",
      storeUrl: "sqlite:.waarborg/waarborg.db",
      registerPath: DEMO_REGISTER,
      demoDatabaseUrl: "sqlite:.waarborg/demo.db",
      demoSubjects: 500,
      smtpUrl: undefined,
      runWorker: true,
    });
    expect(readFileSync(config.registerPath, "utf8")).toContain("statement:");
  });

  it("takes flags over the environment", () => {
    const env = { PORT: "4000", HOST: "0.0.0.0", WAARBORG_REGISTER: "env.yaml", DATABASE_URL: "postgres://x/y" };
    const config = resolveConfig({ port: "5000", register: "flag.yaml", store: "sqlite:s.db", worker: false }, env);
    expect(config).toMatchObject({
      port: 5000,
      host: "0.0.0.0",
      registerPath: "flag.yaml",
      storeUrl: "sqlite:s.db",
      runWorker: false,
      publicUrl: "http://localhost:5000",
    });
    expect(resolveConfig({}, env)).toMatchObject({ port: 4000, registerPath: "env.yaml", storeUrl: "postgres://x/y" });
  });

  it("keeps the public URL as given, without a trailing slash", () => {
    const config = resolveConfig({ demo: true }, { WAARBORG_PUBLIC_URL: "https://privacy.example.nl/" });
    expect(config.publicUrl).toBe("https://privacy.example.nl");
    expect(resolveConfig({ demo: true, port: "0" }, {}).publicUrl).toBeUndefined();
  });

  it("uses the environment's demo database when set", () => {
    expect(resolveConfig({ demo: true }, { DEMO_DATABASE_URL: "sqlite:/tmp/x.db" }).demoDatabaseUrl).toBe(
      "sqlite:/tmp/x.db",
    );
    expect(resolveConfig({ register: "r.yaml" }, { DEMO_DATABASE_URL: "sqlite:x.db" }).demoDatabaseUrl).toBeUndefined();
  });

  it("refuses what it cannot use, without repeating secrets", () => {
    const refuse = (flags: object, env: NodeJS.ProcessEnv) => () => resolveConfig(flags, env);
    expect(refuse({}, {})).toThrow(/--register/);
    expect(refuse({ demo: true, port: "http" }, {})).toThrow(ConfigError);
    expect(refuse({ demo: true, port: "70000" }, {})).toThrow(/PORT/);
    expect(refuse({ demo: true }, { WAARBORG_PUBLIC_URL: "ftp://x" })).toThrow(/http/);
    expect(refuse({ demo: true }, { WAARBORG_PUBLIC_URL: "https://u:secret@x" })).toThrow(/plain address/);
    expect(refuse({ demo: true, store: "postgres://u:secret@h/db" }, {})).toThrow(ConfigError);
    expect(refuse({ demo: true }, { WAARBORG_SMTP_URL: "smtp://u:secret@h" })).toThrow(/WAARBORG_MAIL_FROM/);
    expect(refuse({ demo: true }, { LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
    for (const attempt of [
      refuse({ demo: true }, { WAARBORG_PUBLIC_URL: "https://u:secret@x" }),
      refuse({ demo: true, store: "postgres://u:secret@h/db" }, {}),
      refuse({ demo: true }, { WAARBORG_SMTP_URL: "smtp://u:secret@h" }),
    ])
      expect(attempt).not.toThrow(/secret/);
  });

  it("trusts proxies by number or by address, and refuses the spoofable `true`", () => {
    const trust = (value: string) => resolveConfig({ demo: true }, { WAARBORG_TRUST_PROXY: value }).trustProxy;
    expect(resolveConfig({ demo: true }, {}).trustProxy).toBe(false);
    expect(trust("false")).toBe(false);
    expect(trust("1")).toBe(1);
    expect(trust("10.0.0.5, 10.1.0.0/16,::1,loopback")).toEqual(["10.0.0.5", "10.1.0.0/16", "::1", "loopback"]);
    expect(() => trust("true")).toThrow(/number of proxies/);
    expect(() => trust("10.0.0.5,proxy.example")).toThrow(/entry 2 is neither an IP address/);
    expect(() => trust("10.0.0.0/33")).toThrow(/entry 1/);
    expect(() => trust("99")).toThrow(/at most 10/);
  });

  it("is documented in one table in the guide, setting by setting", () => {
    const guide = readFileSync(new URL("../../docs/guide.md", import.meta.url), "utf8");
    const section = guide.slice(guide.indexOf("## Running the service"));
    expect(section.length).toBeLessThan(guide.length);
    for (const setting of SETTINGS) {
      const name = setting.env ?? setting.flag;
      const row = section.split("\n").find((line) => line.startsWith(`| \`${name}\``));
      expect(row, name).toBeDefined();
      if (setting.flag && setting.env) expect(row).toContain(`\`${setting.flag}\``);
    }
  });
});
