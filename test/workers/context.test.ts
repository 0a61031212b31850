import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQueue } from "../../src/jobs/create.js";
import { LeaseConfigError, leaseFromEnv } from "../../src/jobs/lease.js";
import { listOutbox, OutboxMailer } from "../../src/mail/outbox.js";
import { ConfigError } from "../../src/service/config.js";
import { serviceContextFromEnv } from "../../src/service/context.js";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore, type Store } from "../../src/store/open.js";
import { runCli } from "../helpers/cli.js";

const REGISTER = "examples/demo/privacy.yaml";
const DATA_KEY = randomBytes(32);

describe("the job lease and heartbeat from the environment", () => {
  it("leaves the runner's defaults when unset or empty, and gives milliseconds when set", () => {
    expect(leaseFromEnv({})).toEqual({});
    expect(leaseFromEnv({ WAARBORG_JOB_LEASE_SECONDS: " ", WAARBORG_JOB_HEARTBEAT_SECONDS: "" })).toEqual({});
    expect(leaseFromEnv({ WAARBORG_JOB_LEASE_SECONDS: "15" })).toEqual({ leaseMs: 15_000 });
    expect(leaseFromEnv({ WAARBORG_JOB_LEASE_SECONDS: "3600" })).toEqual({ leaseMs: 3_600_000 });
    expect(leaseFromEnv({ WAARBORG_JOB_LEASE_SECONDS: "60", WAARBORG_JOB_HEARTBEAT_SECONDS: "30" })).toEqual({
      leaseMs: 60_000,
      heartbeatMs: 30_000,
    });
    expect(leaseFromEnv({ WAARBORG_JOB_HEARTBEAT_SECONDS: "5" })).toEqual({ heartbeatMs: 5000 });
  });

  it.each(["0", "4", "-5", "1.5", "ten", "3601"])(
    "refuses a lease of %s, naming the variable and the range",
    (value) => {
      expect(() => leaseFromEnv({ WAARBORG_JOB_LEASE_SECONDS: value })).toThrow(LeaseConfigError);
      expect(() => leaseFromEnv({ WAARBORG_JOB_LEASE_SECONDS: value })).toThrow(
        "WAARBORG_JOB_LEASE_SECONDS must be a whole number of seconds from 5 to 3600",
      );
    },
  );

  it("refuses a heartbeat longer than half the lease, whichever lease is in force", () => {
    expect(() => leaseFromEnv({ WAARBORG_JOB_HEARTBEAT_SECONDS: "16" })).toThrow(
      "WAARBORG_JOB_HEARTBEAT_SECONDS must be a whole number of seconds from 1 to 15",
    );
    expect(() => leaseFromEnv({ WAARBORG_JOB_LEASE_SECONDS: "10", WAARBORG_JOB_HEARTBEAT_SECONDS: "6" })).toThrow(
      "WAARBORG_JOB_HEARTBEAT_SECONDS must be a whole number of seconds from 1 to 5",
    );
    expect(() => leaseFromEnv({ WAARBORG_JOB_HEARTBEAT_SECONDS: "0" })).toThrow(LeaseConfigError);
  });
});

describe("the service context from the environment", () => {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-context-"));
  const storeUrl = `sqlite:${join(dir, "store.db")}`;
  let store: Store;
  const env = (more: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    WAARBORG_REGISTER: REGISTER,
    WAARBORG_DATA_KEY: DATA_KEY.toString("base64"),
    ...more,
  });
  beforeAll(async () => {
    store = await openStore({ url: storeUrl });
    await migrateToLatest(store);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("loads the register, takes the data key, mails to the outbox and links to the public URL", async () => {
    const queue = createQueue(store);
    const { ctx, close } = await serviceContextFromEnv(
      env({ WAARBORG_PUBLIC_URL: "https://privacy.example.nl/", DEMO_DATABASE_URL: "sqlite:demo.db" }),
      store,
      queue,
    );
    expect(ctx.register.organization.name).toBe("Klantwijs B.V.");
    expect(ctx.registerPath).toBe(REGISTER);
    expect(ctx.keys.data.equals(DATA_KEY)).toBe(true);
    expect(ctx.publicUrl).toBe("https://privacy.example.nl");
    expect(ctx.env.DEMO_DATABASE_URL).toBe("sqlite:demo.db");
    expect(ctx.store).toBe(store);
    expect(ctx.queue).toBe(queue);
    expect(ctx.calendar.timeZone).toBe("Europe/Amsterdam");
    expect(ctx.mailer).toBeInstanceOf(OutboxMailer);
    await ctx.mailer.send({ to: "someone@example.nl", subject: "Test", text: "Hallo", lang: "nl" });
    expect((await listOutbox(store, { to: "someone@example.nl" })).map((m) => m.subject)).toEqual(["Test"]);
    close();
  });

  it("links to the address serve would listen on when no public URL is set, and takes the register flag first", async () => {
    const other = join(dir, "other.yaml");
    const { ctx } = await serviceContextFromEnv(
      env({ PORT: "8080", WAARBORG_REGISTER: other }),
      store,
      createQueue(store),
      {
        registerPath: REGISTER,
      },
    );
    expect(ctx.publicUrl).toBe("http://localhost:8080");
    expect(ctx.registerPath).toBe(REGISTER);
  });

  it("sends over SMTP when WAARBORG_SMTP_URL is set, and wants a sender with it", async () => {
    const smtp = { WAARBORG_SMTP_URL: "smtp://127.0.0.1:2525" };
    const { ctx, close } = await serviceContextFromEnv(
      env({ ...smtp, WAARBORG_MAIL_FROM: "privacy@klantwijs.example" }),
      store,
      createQueue(store),
    );
    expect(ctx.mailer).not.toBeInstanceOf(OutboxMailer);
    close();
    await expect(serviceContextFromEnv(env(smtp), store, createQueue(store))).rejects.toThrow(
      "WAARBORG_MAIL_FROM must be set when WAARBORG_SMTP_URL is",
    );
  });

  it("refuses to start without a register, with a broken one, or without a usable data key", async () => {
    const queue = createQueue(store);
    await expect(serviceContextFromEnv(env({ WAARBORG_REGISTER: "" }), store, queue)).rejects.toThrow(
      /^no register: set WAARBORG_REGISTER/,
    );
    const broken = join(dir, "broken.yaml");
    writeFileSync(broken, "organization: { name: 12 }\n");
    await expect(serviceContextFromEnv(env({ WAARBORG_REGISTER: broken }), store, queue)).rejects.toThrow(
      /^the register does not load:/,
    );
    const secret = "c2hvcnQta2V5";
    const short = serviceContextFromEnv(env({ WAARBORG_DATA_KEY: secret }), store, queue);
    await expect(short).rejects.toBeInstanceOf(ConfigError);
    await expect(short).rejects.toThrow(/WAARBORG_DATA_KEY holds 9 bytes/);
    await expect(short).rejects.not.toThrow(secret);
    await expect(serviceContextFromEnv(env({ WAARBORG_DATA_KEY: "" }), store, queue)).rejects.toThrow(
      /WAARBORG_DATA_KEY is not set/,
    );
  });
});

describe("waarborg worker's settings", () => {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-worker-settings-"));
  const store = `sqlite:${join(dir, "store.db")}`;
  const saved = { ...process.env };
  beforeAll(async () => {
    expect((await runCli(["migrate", "--store", store])).code).toBe(0);
  });
  afterAll(() => {
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses to run without a register: it would take no request job", async () => {
    process.env = { ...saved, WAARBORG_DATA_KEY: DATA_KEY.toString("base64") };
    delete process.env.WAARBORG_REGISTER;
    const result = await runCli(["worker", "--store", store]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no register: set WAARBORG_REGISTER (or give --register)");
  });

  it("refuses a lease that is no whole number of seconds", async () => {
    process.env = { ...saved, WAARBORG_JOB_LEASE_SECONDS: "soon" };
    const result = await runCli(["worker", "--store", store, "--register", REGISTER]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("WAARBORG_JOB_LEASE_SECONDS must be a whole number of seconds");
  });
});
