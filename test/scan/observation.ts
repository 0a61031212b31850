import type { ScanObservation, StoredItem, ThirdPartyRequest } from "../../src/scan/index.js";

type Phases = ScanObservation["phases"];

/** A scan's observation written by hand, for the rules and the report without a browser. */
export function observation(
  parts: Partial<Record<keyof Phases, { stored?: Partial<StoredItem>[]; requests?: Partial<ThirdPartyRequest>[] }>>,
): ScanObservation {
  const phase = (name: keyof Phases) => ({
    phase: name,
    pages: ["/", "/about"],
    banner: name === "before" ? ("shown" as const) : ("clicked" as const),
    stored: (parts[name]?.stored ?? []).map((s) => ({
      kind: "cookie" as const,
      name: "x",
      domain: "www.voorbeeld.example",
      firstParty: true,
      page: "/",
      at: 10,
      afterChoice: name !== "before",
      ...s,
    })),
    requests: (parts[name]?.requests ?? []).map((r) => ({
      host: "tracker.example",
      url: "https://tracker.example/t.js",
      page: "/",
      at: 20,
      afterChoice: name !== "before",
      ...r,
    })),
  });
  return {
    site: "https://www.voorbeeld.example",
    startedAt: new Date("2026-12-01T10:00:00Z"),
    phases: { before: phase("before"), reject: phase("reject"), accept: phase("accept") },
    disallowed: ["/admin"],
    timeline: [
      { at: 0, phase: "before", what: "visit", detail: "/" },
      { at: 5, phase: "before", what: "banner", detail: "banner shown" },
    ],
  };
}
