import { type RequestSession, referredTenants } from "../datasets/index.js";
import { bullets, paragraph, section, type Section } from "../documents/index.js";
import type { ServiceContext } from "../context/index.js";
import { type Lang, textIn } from "../kernel/index.js";
import { referralIntro, referralLine, referralTitle, type TenantReferral } from "../mail/index.js";
import { localize } from "../register/index.js";
import { tenantsByKey } from "../tenants/index.js";

/**
 * The tenants whose rows the company's own request left to them (see leaveToTenants), as the
 * outcome's data keeps them: their keys only, so the directory's current contact is what the person
 * reads wherever they look later. None for a tenant's own request, which reaches its rows itself.
 */
export async function referredData(s: RequestSession): Promise<{ referred?: string[] }> {
  if (!s.graph.referred) return {};
  const keys = await referredTenants(s.graph, s.connections, s.identities);
  return keys.length > 0 ? { referred: keys } : {};
}

/**
 * The customers a person is referred to, from the tenants directory. A key the directory does not
 * hold becomes one "customer of" the company without a name; several such keys still make one line,
 * since they would read the same.
 */
export async function referralsOf(ctx: ServiceContext, keys: unknown): Promise<TenantReferral[]> {
  const wanted = Array.isArray(keys) ? keys.filter((k): k is string => typeof k === "string") : [];
  if (wanted.length === 0) return [];
  const known = await tenantsByKey(ctx, wanted);
  const out: TenantReferral[] = [];
  for (const key of wanted) {
    const entry = known.get(key);
    if (entry)
      out.push({
        name: entry.name,
        ...(entry.email ? { email: entry.email } : {}),
        ...(entry.url ? { url: entry.url } : {}),
      });
  }
  if (known.size < new Set(wanted).size) out.push({});
  return out;
}

/** The referral in an access package: a section of the readable overview, and a text file for every package. */
export function referralPart(
  ctx: ServiceContext,
  referrals: readonly TenantReferral[],
  lang: Lang,
): { file?: { name: string; content: string }; section?: Section } {
  if (referrals.length === 0) return {};
  const organization = localize(ctx.register.organization.name, lang);
  const lines = referrals.map((r) => referralLine(lang, organization, r));
  const title = referralTitle(lang);
  return {
    file: {
      name: textIn(lang, { nl: "klanten.txt", en: "customers.txt" }),
      content: `${title}\n\n${referralIntro(lang, ctx.register.statement.address)}\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`,
    },
    section: section("referral", title, [
      paragraph(referralIntro(lang, ctx.register.statement.address)),
      bullets(lines.map((l) => [l])),
    ]),
  };
}
