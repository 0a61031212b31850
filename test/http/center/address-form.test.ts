import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FormOfAddress } from "../../../src/vocabulary/index.js";
import { offeredTypes } from "../../../src/requests/rights.js";
import { addressFaults, pageText } from "../../helpers/address-form.js";
import { registerStrings } from "../../statement/writing.js";
import {
  type Center,
  codeFromOutbox,
  cookieFrom,
  form,
  FORM_HEADERS,
  knownEmail,
  newestMail,
  PUBLIC_URL,
  postRequest,
  startCenter,
} from "./harness.js";

// The privacy center speaks to the person in the register's form of address, as the statement does:
// a register that says "je" gets a center and mails in "je", one that says "u" (the default) in "u".
// English has one "you" and reads the same either way.

const FORMS: readonly FormOfAddress[] = ["je", "u"];

/** The pages anyone can open without a secret link. */
const openPaths = (center: Center) => [
  "",
  "privacy",
  "privacy/versions",
  "request",
  "verify",
  "processors",
  "subscribe",
  ...offeredTypes(center.ctx.register).map((type) => `request?type=${type}`),
];

const centers = new Map<FormOfAddress, Center>();
beforeAll(async () => {
  for (const address of FORMS)
    centers.set(
      address,
      await startCenter("sqlite", { register: (r) => ({ ...r, statement: { ...r.statement, address } }) }),
    );
});
afterAll(async () => {
  for (const center of centers.values()) await center.close();
});

describe.each(FORMS)("the privacy center of a register that says %s", (address) => {
  const center = () => centers.get(address)!;
  const get = (url: string, headers: Record<string, string> = {}) =>
    center().app.inject({ method: "GET", url, headers });
  /** The faults in pages and mails read as the register's form; the register's own text is left out. */
  const faults = (texts: string[]) => addressFaults(texts, address, registerStrings(center().ctx.register));
  const readPage = async (url: string, headers: Record<string, string> = {}) => {
    const response = await get(url, headers);
    expect(response.statusCode, url).toBe(200);
    return pageText(response.body);
  };

  it("writes every open page in that form", async () => {
    for (const path of openPaths(center())) {
      expect(faults([await readPage(`/nl/${path}`)]), path).toEqual([]);
    }
  });

  it("writes the page for a link that no longer works in that form", async () => {
    const gone = await get("/status/no-such-token?lang=nl");
    expect(gone.statusCode).toBe(404);
    expect(pageText(gone.body)).toContain(address === "je" ? "Kwam je hier" : "Kwam u hier");
    expect(faults([pageText(gone.body)])).toEqual([]);
  });

  it("writes the form's errors, the check-your-e-mail page, the status page and the mails in that form", async () => {
    const email = await knownEmail(center().demoUrl);
    const refused = await postRequest(center(), { type: "access", email: "not-an-address", lang: "nl" }, "nl");
    expect(faults([pageText(refused.body)])).toEqual([]);

    const filed = await postRequest(center(), { type: "access", email, lang: "nl" }, "nl");
    expect(filed.statusCode).toBe(303);
    const cookie = cookieFrom(filed);
    expect(faults([await readPage("/nl/verify", { cookie })])).toEqual([]);
    const wrong = await center().app.inject({
      method: "POST",
      url: "/nl/verify",
      headers: { ...FORM_HEADERS, cookie },
      payload: form({ code: "000000" }),
    });
    expect(faults([pageText(wrong.body)])).toEqual([]);

    const mail = await newestMail(center(), email);
    expect(faults([mail.subject, mail.text])).toEqual([]);
    const statusPath = new RegExp(`${PUBLIC_URL}(/status/\\S+)`).exec(mail.text)?.[1];
    expect(statusPath).toBeDefined();
    expect(faults([await readPage(statusPath!)])).toEqual([]);

    const code = await codeFromOutbox(center(), email);
    const verified = await center().app.inject({
      method: "POST",
      url: "/nl/verify",
      headers: { ...FORM_HEADERS, cookie },
      payload: form({ code }),
    });
    expect(verified.statusCode).toBe(303);
    expect(faults([await readPage(String(verified.headers.location))])).toEqual([]);
    const received = await newestMail(center(), email);
    expect(faults([received.subject, received.text])).toEqual([]);
  });

  it("writes the subscription pages and mail in that form", async () => {
    const signUp = (await get("/nl/subscribe")).body;
    const purpose = /name="purpose"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="purpose"/.exec(signUp);
    const id = purpose?.[1] ?? purpose?.[2];
    expect(id).toBeDefined();
    const post = (payload: Record<string, string>) =>
      center().app.inject({ method: "POST", url: "/nl/subscribe", headers: FORM_HEADERS, payload: form(payload) });
    expect(faults([pageText((await post({ purpose: id!, email: "" })).body)])).toEqual([]);
    const email = `lezer-${address}@example.nl`;
    const sent = await post({ purpose: id!, email });
    expect(sent.statusCode).toBe(200);
    expect(faults([pageText(sent.body)])).toEqual([]);
    const mail = await newestMail(center(), email);
    expect(faults([mail.subject, mail.text])).toEqual([]);
    const confirmPath = new RegExp(`${PUBLIC_URL}(/\\S+)`).exec(mail.text)?.[1];
    expect(faults([await readPage(confirmPath!)])).toEqual([]);
  });
});

describe("the privacy center in English", () => {
  it("reads the same whatever form the register sets for Dutch", async () => {
    const [je, u] = [centers.get("je")!, centers.get("u")!];
    for (const path of openPaths(u)) {
      const [a, b] = await Promise.all([je, u].map((c) => c.app.inject({ method: "GET", url: `/en/${path}` })));
      expect(a!.body, path).toBe(b!.body);
    }
  });

  it("says je in Dutch where the register says je", async () => {
    const home = pageText((await centers.get("je")!.app.inject({ method: "GET", url: "/nl/" })).body);
    expect(home).toContain("Hier lees je hoe wij met je persoonsgegevens omgaan, en gebruik je je rechten.");
  });
});
