import { accessPackageFiles, collectAccess } from "../../datasets/index.js";
import { dataCategories } from "../../register/index.js";
import type { RequestRow } from "../../store/index.js";
import { receivedOn } from "../clock.js";
import type { ServiceContext } from "../../context/index.js";
import { packageRow } from "../package/store-package.js";
import { zip } from "../package/zip.js";
import { consentHistory, consentHistoryPart } from "../../consent/index.js";
import { openRequest } from "../identities.js";
import { accessSystems } from "../../systems/index.js";
import type { TasksPart } from "../../tasks/index.js";
import type { Outcome } from "./outcome.js";
import { referralPart, referralsOf, referredData } from "../referrals.js";
import { withRequestSession } from "./session.js";
import { recordSystemOutcome, systemRun, systemsData } from "./systems.js";

/** Access (Art. 15) and portability (Art. 20): everything found, as an encrypted ZIP behind a download link. */
export async function runAccess(ctx: ServiceContext, row: RequestRow, tasks?: TasksPart): Promise<Outcome> {
  const { result, systems, referred } = await withRequestSession(ctx, row, async (s, sealed) => {
    const result = await collectAccess(s.graph, s.connections, s.identities, undefined, dataCategories(s.register));
    // Rows the company holds for its customers are theirs to disclose: the person is referred instead.
    const referred = await referredData(s);
    // The APIs' records join the databases' as sections of their own, their categories with them.
    const systems = await accessSystems(
      ctx.register,
      systemRun(ctx, row, sealed),
      recordSystemOutcome(ctx, row.id, "access"),
    );
    result.sections.push(...systems.sections);
    result.categories = [...new Set([...result.categories, ...systems.categories])].sort();
    return { result, systems: systemsData(systems.outcomes), referred };
  });
  const sealed = openRequest(ctx, row.id, row.identities_encrypted);
  // The person's consents: the subscriptions of the request's address and the consent ids they gave.
  const history = await consentHistory(ctx, {
    email: sealed.identities.find((i) => i.type === "email")?.value,
    consentIds: (sealed.details.consent_ids as string[] | undefined) ?? [],
  });
  const consent = consentHistoryPart(history, row.lang);
  const referral = referralPart(ctx, await referralsOf(ctx, referred.referred), row.lang);
  const files = await accessPackageFiles(ctx.register, result, {
    lang: row.lang,
    readable: row.type === "access",
    // What the owners of manual systems answered: their files, and a section per system.
    more: {
      files: [
        ...(consent.file ? [consent.file] : []),
        ...(referral.file ? [referral.file] : []),
        ...(tasks?.files ?? []),
      ],
      sections: [consent.section, ...(referral.section ? [referral.section] : []), ...(tasks?.sections ?? [])],
    },
  });
  const day = receivedOn(ctx, row);
  const content = zip(files, new Date(`${day}T00:00:00Z`));
  const rows = result.sections.reduce((sum, s) => sum + s.rows.length, 0);
  return {
    // A system that could not be read leaves the package short of its data: say so, and why.
    event: systems.partial ? "complete_partially" : "complete",
    data: {
      changed: false,
      collections: result.sections.map((s) => ({ collection: s.collection, rows: s.rows.length })),
      ...systems.data,
      ...referred,
    },
    audit: { rows, files: files.length, ...(referred.referred ? { referred: referred.referred.length } : {}) },
    package: packageRow(ctx, row.id, { name: `${row.type}-${day}.zip`, mediaType: "application/zip", content }),
    files,
  };
}
