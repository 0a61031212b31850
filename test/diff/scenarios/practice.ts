import type { Scenario } from "./scenario.js";

/** Automated decisions, cookies and how people exercise their rights. */
export const PRACTICE: Scenario[] = [
  {
    name: "a new automated decision",
    edit: (r) => {
      r.automated_decisions.credit_check = {
        name: { nl: "Kredietcheck", en: "Credit check" },
        logic: { nl: "Wij toetsen uw betaalgedrag", en: "We check your payment history" },
        consequences: { nl: "U betaalt vooraf", en: "You pay in advance" },
        legal_effect: true,
      };
    },
    expect: [
      {
        kind: "automated_decision_added",
        impact: "notify",
        nl: "Nieuw geautomatiseerd besluit: Kredietcheck. Zo werkt het: Wij toetsen uw betaalgedrag. Gevolgen: U betaalt vooraf.",
        en: "New automated decision: Credit check. How it works: We check your payment history. Consequences: You pay in advance.",
      },
    ],
  },
  {
    name: "an automated decision that ends",
    edit: (r) => {
      delete r.automated_decisions.dunning;
    },
    expect: [
      {
        kind: "automated_decision_removed",
        impact: "info",
        nl: 'Het geautomatiseerde besluit "Automatische betalingsherinneringen en blokkade" vervalt.',
        en: 'The automated decision "Automatic payment reminders and suspension" is discontinued.',
      },
    ],
  },
  {
    name: "an automated decision with new logic",
    edit: (r) => {
      r.automated_decisions.dunning!.logic = {
        nl: "Na 60 dagen blokkeren wij het account",
        en: "After 60 days we suspend the account",
      };
    },
    expect: [
      {
        kind: "automated_decision_changed",
        impact: "info",
        nl: 'Het geautomatiseerde besluit "Automatische betalingsherinneringen en blokkade" verandert. Zo werkt het voortaan: Na 60 dagen blokkeren wij het account.',
        en: 'The automated decision "Automatic payment reminders and suspension" changes. How it works from now on: After 60 days we suspend the account.',
      },
    ],
  },
  {
    name: "a new marketing cookie and a new necessary one",
    edit: (r) => {
      r.cookies.push({
        name: "ad_id",
        provider: "Adnetwerk B.V.",
        purpose: "marketing",
        duration: "13 months",
        party: "third",
      });
      r.cookies.push({ name: "kw_csrf", purpose: "necessary", duration: "session", party: "first" });
    },
    expect: [
      {
        kind: "cookie_added",
        impact: "notify",
        nl: 'Nieuwe cookie "ad_id" van Adnetwerk B.V.: marketing, 13 maanden.',
        en: 'New cookie "ad_id" from Adnetwerk B.V.: marketing, 13 months.',
      },
      {
        kind: "cookie_added",
        impact: "info",
        nl: 'Nieuwe cookie "kw_csrf": strikt noodzakelijk, tot u de browser sluit.',
        en: 'New cookie "kw_csrf": strictly necessary, until you close the browser.',
      },
    ],
  },
  {
    name: "a new marketing category, a new necessary one and a cookie policy",
    edit: (r) => {
      r.cookie_categories.marketing = { providers: ["Adnetwerk B.V."], consent_purpose: "analytics" };
      r.cookie_categories.necessary = { providers: [] };
      r.cookie_policy = { url: "https://klantwijs.example/cookies" };
    },
    expect: [
      {
        kind: "cookie_category_added",
        impact: "notify",
        nl: "Nieuwe soort cookies: marketingcookies.",
        en: "A new kind of cookies: marketing cookies.",
      },
      {
        kind: "cookie_category_added",
        impact: "info",
        nl: "Nieuwe soort cookies: noodzakelijke cookies.",
        en: "A new kind of cookies: strictly necessary cookies.",
      },
      {
        kind: "cookie_policy_changed",
        impact: "info",
        nl: "Ons cookiebeleid staat nu op https://klantwijs.example/cookies.",
        en: "Our cookie policy is now at https://klantwijs.example/cookies.",
      },
    ],
  },
  {
    name: "a cookie category and the cookie policy that go",
    side: "old",
    edit: (r) => {
      r.cookie_categories.analytics = { providers: [] };
      r.cookie_policy = { url: "https://klantwijs.example/cookies" };
    },
    expect: [
      {
        kind: "cookie_category_removed",
        impact: "info",
        nl: "Wij gebruiken geen analytische cookies meer.",
        en: "We no longer use analytics cookies.",
      },
      {
        kind: "cookie_policy_changed",
        impact: "info",
        nl: "Wij verwijzen niet langer naar een apart cookiebeleid.",
        en: "We no longer refer to a separate cookie policy.",
      },
    ],
  },
  {
    name: "a cookie that goes",
    edit: (r) => {
      r.cookies = r.cookies.filter((c) => c.name !== "plausible_id");
    },
    expect: [
      {
        kind: "cookie_removed",
        impact: "info",
        nl: 'Wij gebruiken de cookie "plausible_id" niet meer.',
        en: 'We no longer use the cookie "plausible_id".',
      },
    ],
  },
  {
    name: "a cookie turned to marketing",
    edit: (r) => {
      r.cookies.find((c) => c.name === "plausible_id")!.purpose = "marketing";
    },
    expect: [
      {
        kind: "cookie_purpose_changed",
        impact: "notify",
        nl: 'De cookie "plausible_id" krijgt een ander doel: marketing (was: statistieken).',
        en: 'The cookie "plausible_id" gets a different purpose: marketing (was: analytics).',
      },
    ],
  },
  {
    name: "cookies living longer and shorter",
    edit: (r) => {
      r.cookies.find((c) => c.name === "plausible_id")!.duration = "24 months";
      r.cookies.find((c) => c.name === "kw_consent")!.duration = "6 months";
    },
    expect: [
      {
        kind: "cookie_duration_shorter",
        impact: "info",
        nl: 'De cookie "kw_consent" blijft korter op uw apparaat: 6 maanden (was: 12 maanden).',
        en: 'The cookie "kw_consent" stays on your device for a shorter time: 6 months (was: 12 months).',
      },
      {
        kind: "cookie_duration_longer",
        impact: "notify",
        nl: 'De cookie "plausible_id" blijft langer op uw apparaat: 24 maanden (was: 12 maanden).',
        en: 'The cookie "plausible_id" stays on your device longer: 24 months (was: 12 months).',
      },
    ],
  },
  {
    name: "a necessary cookie living longer",
    edit: (r) => {
      r.cookies.find((c) => c.name === "kw_session")!.duration = "30 days";
    },
    expect: [
      {
        kind: "cookie_duration_longer",
        impact: "info",
        nl: 'De cookie "kw_session" blijft langer op uw apparaat: 30 dagen (was: tot u de browser sluit).',
        en: 'The cookie "kw_session" stays on your device longer: 30 days (was: until you close the browser).',
      },
    ],
  },
  {
    name: "a right added",
    side: "old",
    edit: (r) => {
      r.rights.supported = r.rights.supported.filter((x) => x !== "portability");
    },
    expect: [
      {
        kind: "right_added",
        impact: "info",
        nl: "U kunt voortaan ook uw gegevens laten overdragen.",
        en: "You can now also have your data transferred (portability).",
      },
    ],
  },
  {
    name: "a right no longer listed",
    edit: (r) => {
      r.rights.supported = r.rights.supported.filter((x) => x !== "objection");
    },
    expect: [
      {
        kind: "right_removed",
        impact: "info",
        nl: "Wij noemen dit recht niet meer in onze privacyverklaring: bezwaar maken tegen de verwerking.",
        en: "We no longer list this right in our privacy statement: object to the processing.",
      },
    ],
  },
  {
    name: "channels for requests",
    edit: (r) => {
      r.rights.channels = [
        { kind: "web", address: "https://privacy.klantwijs.example" },
        { kind: "post", address: "Postbus 1, 3500 AA Utrecht" },
      ];
    },
    expect: [
      {
        kind: "channel_added",
        impact: "info",
        nl: "Nieuw kanaal voor privacyverzoeken: post (Postbus 1, 3500 AA Utrecht).",
        en: "New channel for privacy requests: post (Postbus 1, 3500 AA Utrecht).",
      },
      {
        kind: "channel_removed",
        impact: "info",
        nl: "Dit kanaal voor privacyverzoeken vervalt: e-mail (privacy@klantwijs.example).",
        en: "This channel for privacy requests is discontinued: e-mail (privacy@klantwijs.example).",
      },
    ],
  },
  {
    name: "a faster answer",
    edit: (r) => {
      r.rights.response_time = "2 weeks";
    },
    expect: [
      {
        kind: "response_time_changed",
        impact: "info",
        nl: "Wij beantwoorden uw verzoek voortaan binnen 2 weken (was: 1 maand).",
        en: "We now answer your request within 2 weeks (was: 1 month).",
      },
    ],
  },
  {
    name: "unverified requests kept longer",
    edit: (r) => {
      r.service!.retention!.unverified_requests = "30 days";
    },
    expect: [
      {
        kind: "retention_longer",
        impact: "notify",
        nl: "Wij bewaren verzoeken die u niet bevestigt langer, van 7 dagen naar 30 dagen.",
        en: "We keep requests you do not confirm longer, from 7 days to 30 days.",
      },
    ],
  },
  {
    name: "delivered mail kept for a shorter time",
    edit: (r) => {
      r.service!.retention!.delivered_mail = "14 days";
    },
    expect: [
      {
        kind: "retention_shorter",
        impact: "info",
        nl: "Wij bewaren e-mails die wij u over een verzoek sturen korter, van 30 dagen naar 14 dagen.",
        en: "We keep e-mails we send you about a request for a shorter time, from 30 days to 14 days.",
      },
    ],
  },
  {
    name: "a period of the service's own data no longer stated",
    edit: (r) => {
      delete r.service!.retention!.expired_codes;
    },
    expect: [
      {
        kind: "retention_changed",
        impact: "notify",
        nl: "Wij vermelden niet meer hoe lang wij verlopen eenmalige codes bewaren (was: 1 dag).",
        en: "We no longer state how long we keep expired one-time codes (was: 1 day).",
      },
    ],
  },
  {
    name: "a period of the service's own data newly stated",
    side: "old",
    edit: (r) => {
      delete r.service!.retention!.expired_packages;
    },
    expect: [
      {
        kind: "retention_changed",
        impact: "info",
        nl: "Wij vermelden nu hoe lang wij verlopen downloadpakketten bewaren: 7 dagen.",
        en: "We now state how long we keep expired download packages: 7 days.",
      },
    ],
  },
  {
    name: "a statement that now says no cookies are used",
    edit: (r) => {
      r.none = ["cookies"];
    },
    expect: [
      {
        kind: "none_added",
        impact: "info",
        nl: "Onze privacyverklaring zegt nu uitdrukkelijk: wij gebruiken geen cookies.",
        en: "Our privacy statement now says explicitly: we do not use cookies.",
      },
    ],
  },
  {
    name: "a statement that no longer says no DPO is appointed",
    side: "old",
    edit: (r) => {
      r.none = ["dpo"];
    },
    expect: [
      {
        kind: "none_removed",
        impact: "info",
        nl: "Onze privacyverklaring zegt niet meer: wij hebben geen functionaris gegevensbescherming aangesteld.",
        en: "Our privacy statement no longer says: we have not appointed a data protection officer.",
      },
    ],
  },
];
