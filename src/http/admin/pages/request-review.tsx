import { type Lang, LANGUAGES } from "../../../kernel/index.js";
import { localize } from "../../../register/index.js";
import { REVIEW_OUTCOMES, type RequestDetail } from "../../../requests/index.js";
import { CheckboxGroup, type FieldErrors, RadioGroup, TextArea } from "../../pages/components.js";
import { consoleReviewWords } from "../review-words.js";
import { ADMIN_PREFIX } from "../session.js";
import { CsrfField } from "./frame.js";

type Review = NonNullable<RequestDetail["review"]>;

/** The decision under review as the register describes it: what the reviewer weighs it against. */
function Decision({ review, lang }: { review: Review; lang: Lang }) {
  const words = consoleReviewWords(lang);
  const d = review.decision;
  if (!d)
    return (
      <p>
        {review.decisionId}: {words.decisionGone}
      </p>
    );
  const logic = localize(d.logic, lang);
  const consequences = localize(d.consequences, lang);
  return (
    <dl class="facts">
      <dt>{words.decision}</dt>
      <dd>{localize(d.name, lang) || review.decisionId}</dd>
      {logic ? (
        <>
          <dt>{words.logic}</dt>
          <dd>{logic}</dd>
        </>
      ) : null}
      {d.steps?.length ? (
        <>
          <dt>{words.steps}</dt>
          <dd>
            <ol>
              {d.steps.map((step, i) => (
                <li key={i}>{localize(step, lang)}</li>
              ))}
            </ol>
          </dd>
        </>
      ) : null}
      {consequences ? (
        <>
          <dt>{words.consequences}</dt>
          <dd>{consequences}</dd>
        </>
      ) : null}
      <dt>{words.legalEffect}</dt>
      <dd>{d.legal_effect ? words.yes : words.no}</dd>
    </dl>
  );
}

/** What the person said: their point of view, whether they contest, and the decision's reference and date. */
function PersonsSide({ details, lang }: { details: Record<string, unknown>; lang: Lang }) {
  const words = consoleReviewWords(lang);
  const text = (key: string) => (typeof details[key] === "string" ? (details[key] as string) : undefined);
  return (
    <dl class="facts">
      <dt>{words.view}</dt>
      <dd>
        <blockquote>{text("view")}</blockquote>
      </dd>
      <dt>{words.contests}</dt>
      <dd>{details.contests === true ? words.yes : words.no}</dd>
      {text("reference") ? (
        <>
          <dt>{words.reference}</dt>
          <dd>{text("reference")}</dd>
        </>
      ) : null}
      {text("decided_on") ? (
        <>
          <dt>{words.decidedOn}</dt>
          <dd>{text("decided_on")}</dd>
        </>
      ) : null}
    </dl>
  );
}

/**
 * A request for human review (Art. 22(3)): the decision, the person's side, and, for a reviewer, the
 * one form that fits the status: take it while verified, record the outcome while in progress.
 */
export function RequestReview(props: {
  detail: RequestDetail;
  lang: Lang;
  csrf: string;
  canReview: boolean;
  errors: FieldErrors;
  form: Record<string, string>;
}) {
  const { detail, lang, errors, form } = props;
  const review = detail.review;
  if (!review) return null;
  const words = consoleReviewWords(lang);
  const base = `${ADMIN_PREFIX}/requests/${detail.request.id}`;
  const status = detail.request.status;
  return (
    <section aria-labelledby="human-review">
      <h2 id="human-review">{words.heading}</h2>
      <Decision review={review} lang={lang} />
      <PersonsSide details={detail.details} lang={lang} />
      {review.recorded ? (
        <>
          <h3>{words.recorded}</h3>
          <p>{words.outcomes[review.recorded.outcome]}</p>
          {LANGUAGES.map((l) =>
            review.recorded?.reasons[l] ? (
              <blockquote key={l} lang={l}>
                {review.recorded.reasons[l]}
              </blockquote>
            ) : null,
          )}
        </>
      ) : null}
      {props.canReview && status === "verified" ? (
        <form method="post" action={`${base}/take`}>
          <CsrfField token={props.csrf} />
          <p class="hint">{words.takeHint}</p>
          <button type="submit">{words.take}</button>
        </form>
      ) : null}
      {props.canReview && status === "in_progress" ? (
        <form method="post" action={`${base}/review`}>
          <CsrfField token={props.csrf} />
          <h3>{words.record}</h3>
          <RadioGroup
            name="review-outcome"
            label={words.outcome}
            required
            value={form["review-outcome"]}
            error={errors["review-outcome"]}
            choices={REVIEW_OUTCOMES.map((o) => ({ value: o, label: words.outcomes[o] }))}
          />
          {LANGUAGES.map((l) => (
            <TextArea
              key={l}
              name={`review-reasons.${l}`}
              label={words.reasons[l]}
              hint={words.reasonsHint(detail.request.lang)}
              // The person reads the reasons in the language they filed in.
              required={l === detail.request.lang}
              maxLength={4000}
              value={form[`review-reasons.${l}`]}
              error={errors[`review-reasons.${l}`]}
            />
          ))}
          <CheckboxGroup
            name="review-view_considered"
            label={words.viewConsidered}
            required
            values={form["review-view_considered"] ? [form["review-view_considered"]] : []}
            error={errors["review-view_considered"]}
            choices={[{ value: "yes", label: words.viewConsideredLabel }]}
          />
          <button type="submit">{words.record}</button>
        </form>
      ) : null}
    </section>
  );
}
