import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachStore, useTestStore } from "../helpers/stores.js";
import { type ApiHarness, apiHarness } from "../http/api/harness.js";
import { FULL_FACTS } from "./fixture.js";

await describeEachStore("the breach register through the API", (kind) => {
  const testStore = useTestStore(kind);
  let h: ApiHarness;

  beforeAll(async () => {
    h = await apiHarness(testStore());
  });
  afterAll(() => h.close());

  it("records a breach, shows its clock and obligations, drafts the notification and exports the register", async () => {
    const write = h.tokens["breaches:write"];
    const read = h.tokens["breaches:read"];
    const awareAt = new Date(h.ctx.now().getTime() - 70 * 3_600_000).toISOString();
    const created = await h.call("POST", "/api/breaches", write, { title: "Open recipient list", awareAt });
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json();
    expect(body.obligations).toEqual({ authority: null, people: null, publicCommunication: false });
    expect(body.clock).toMatchObject({ state: "running", minutesLeft: 120 });

    const draft = await h.call("GET", `/api/breaches/${body.reference}/draft?lang=en`, read);
    expect(draft.json()).toMatchObject({ ready: false });
    expect(draft.json().missing).toContain("summary");

    const updated = await h.call("PATCH", `/api/breaches/${body.id}`, write, { risk: "high", facts: FULL_FACTS });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json().obligations).toEqual({ authority: true, people: true, publicCommunication: false });
    expect((await h.call("GET", `/api/breaches/${body.id}/draft`, read)).json()).toMatchObject({
      ready: true,
      missing: [],
    });
    const message = await h.call("GET", `/api/breaches/${body.id}/message?lang=en`, read);
    expect(message.json().subject).toBe("About a data breach at Klantwijs B.V.");

    const bad = await h.call("PATCH", `/api/breaches/${body.id}`, write, { facts: { people: { count: 1.5 } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("facts.people.count");
    expect(bad.body).not.toContain("1.5");
    expect((await h.call("GET", "/api/breaches/nope", read)).statusCode).toBe(404);
    expect((await h.call("POST", "/api/breaches", read, { title: "x", awareAt })).statusCode).toBe(403);

    const csv = await h.call("GET", "/api/breaches/export", read);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body).toContain("Open recipient list");
    const json = await h.call("GET", "/api/breaches/export?format=json", read);
    expect((JSON.parse(json.body) as { reference: string }[]).map((b) => b.reference)).toContain(body.reference);
  });
});
