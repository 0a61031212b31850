import {
  isEmailAddress,
  isIpAddress,
  isPlausibleDateOfBirth,
  isValidBsn,
  isValidBtwId,
  isValidIban,
  isValidKvkNumber,
  normalizePhone,
  normalizePostcode,
} from "../../identifiers/index.js";

/**
 * What a sampled value can be recognised as. Strong checks (a checksum or a tight format) may name a
 * column's category on their own; weak ones pass for too much (every past date is a plausible date of
 * birth, every eight-digit number a KvK number), so they only confirm or contradict what the name says.
 */
export interface ContentCheck {
  label: string;
  category: string;
  strong: boolean;
  test(value: string, today: Date): boolean;
}

/** PostgreSQL's inet cast to text keeps the mask of a single host; the address is what matters. */
const withoutHostMask = (value: string) => value.replace(/\/(32|128)$/, "");

export const CONTENT_CHECKS = {
  email: { label: "e-mail address", category: "contact.email", strong: true, test: isEmailAddress },
  phone: {
    label: "phone number",
    category: "contact.phone",
    strong: true,
    test: (v) => normalizePhone(v) !== undefined,
  },
  iban: { label: "IBAN", category: "financial.iban", strong: true, test: isValidIban },
  bsn: { label: "BSN", category: "identity.bsn", strong: true, test: isValidBsn },
  btw: { label: "BTW-id", category: "business.vat_id", strong: true, test: isValidBtwId },
  postcode: {
    label: "Dutch postcode",
    category: "contact.address",
    strong: true,
    test: (v) => normalizePostcode(v) !== undefined,
  },
  ip: {
    label: "IP address",
    category: "online.ip_address",
    strong: true,
    test: (v) => isIpAddress(withoutHostMask(v)),
  },
  date_of_birth: {
    label: "date of birth",
    category: "identity.date_of_birth",
    strong: false,
    test: (v, today) => isPlausibleDateOfBirth(v.slice(0, 10), today),
  },
  kvk: { label: "KvK number", category: "business.company", strong: false, test: isValidKvkNumber },
} satisfies Record<string, ContentCheck>;

export type ContentKind = keyof typeof CONTENT_CHECKS;
/** Fixed order: it breaks ties between checks and orders the output. */
export const CONTENT_KINDS = Object.keys(CONTENT_CHECKS) as ContentKind[];

/**
 * How many sampled values of a column passed each check. This is all that leaves the sampler: the
 * values themselves are dropped once counted, so they cannot reach output, logs or files.
 */
export interface ContentProfile {
  sampled: number;
  matches: Partial<Record<ContentKind, number>>;
}

export function profileValues(values: Iterable<string>, today: Date): ContentProfile {
  let sampled = 0;
  const matches: Partial<Record<ContentKind, number>> = {};
  for (const raw of values) {
    const value = raw.trim();
    if (value === "") continue;
    sampled++;
    for (const kind of CONTENT_KINDS) {
      if (CONTENT_CHECKS[kind].test(value, today)) matches[kind] = (matches[kind] ?? 0) + 1;
    }
  }
  return { sampled, matches };
}

/** The share of sampled values that passed `kind`, 0 when nothing was sampled. */
export function ratio(profile: ContentProfile, kind: ContentKind): number {
  return profile.sampled === 0 ? 0 : (profile.matches[kind] ?? 0) / profile.sampled;
}
