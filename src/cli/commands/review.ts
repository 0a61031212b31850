import type { Command } from "@commander-js/extra-typings";
import { recordReview, REVIEW_OUTCOMES, takeReview } from "../../requests/index.js";
import { addStoreOptions } from "./migrate.js";
import { withOperatorContext } from "./request-run.js";

type Exit = (code: number) => void;

const REVIEW_HELP = `
A request for human review of an automated decision (Art. 22(3)) is filed in the privacy center and
verified by the person; no worker runs it. The reviewer takes it (verified -> in progress), weighs the
person's point of view, and records the outcome with reasons (-> completed). The person is mailed the
outcome in the request's language, which therefore needs its reasons; the other language is optional.
The same operations as the admin console's, with the same events and audit entries (actor: operator).
`;

/** `waarborg review take|record`: a reviewer's two steps on a request for human review. */
export function registerReview(program: Command, setExit: Exit): void {
  const review = program
    .command("review")
    .description("human review of an automated decision (Art. 22(3)): take a request, record its outcome");
  addStoreOptions(
    review
      .command("take")
      .description("take a verified request for human review: it is in progress from now on")
      .argument("<request>", "the request's id")
      .option("--register <file>", "the register file", "privacy.yaml"),
  )
    .addHelpText("after", REVIEW_HELP)
    .action(async (requestId, opts) => {
      await withOperatorContext(opts, setExit, async (ctx) => {
        await takeReview(ctx, { requestId, actor: "operator" });
        process.stdout.write(`Request ${requestId}: in progress, taken for review.\n`);
      });
    });
  addStoreOptions(
    review
      .command("record")
      .description("record the outcome of a human review: the request is completed and the person told")
      .argument("<request>", "the request's id")
      .requiredOption("--outcome <outcome>", `how the review ended: ${REVIEW_OUTCOMES.join(", ")}`)
      .option("--reasons-nl <text>", "the reasons in Dutch (required for a Dutch request)")
      .option("--reasons-en <text>", "the reasons in English (required for an English request)")
      .option("--view-considered", "confirm that the person's point of view was read and weighed")
      .option("--register <file>", "the register file", "privacy.yaml"),
  )
    .addHelpText("after", REVIEW_HELP)
    .action(async (requestId, opts) => {
      await withOperatorContext(opts, setExit, async (ctx) => {
        const recorded = await recordReview(ctx, {
          requestId,
          actor: "operator",
          outcome: opts.outcome,
          reasons: { nl: opts.reasonsNl, en: opts.reasonsEn },
          viewConsidered: opts.viewConsidered === true,
        });
        process.stdout.write(`Request ${requestId}: completed, decision ${recorded.outcome}.\n`);
      });
    });
}
