import { FINAL, isStranded, type RequestDetail, unreachedRecipients } from "../../../requests/index.js";
import type { Lang } from "../../../kernel/index.js";
import { type FieldErrors, RadioGroup, TextArea } from "../../pages/components.js";
import { ADMIN_PREFIX } from "../session.js";
import { PROCESSOR_CONSOLE_WORDS } from "../processor-words.js";
import { adminWords } from "../words.js";
import { CsrfField } from "./frame.js";

/** A reviewer's actions: taking a request for human review, and recording its outcome (request-review.tsx). */
export type ReviewAction = "take" | "review";
type DecideAction =
  "approve" | "retry" | "informed" | "acknowledged" | "deny" | "extend" | "pause" | "resume" | "cancel";
export type OfficerAction = DecideAction | ReviewAction;

/** The recipients whose Art. 19 notice waits for acknowledgement. */
const waiting = (detail: RequestDetail) => detail.notices.filter((n) => !n.acknowledged_at).map((n) => n.recipient);

/**
 * The officer actions that can happen now: the transition table's possible events (approve, deny,
 * cancel), running a stranded request again, and the clock actions that fit the request's state. The
 * operation still checks each one.
 */
export function availableActions(detail: RequestDetail): DecideAction[] {
  const status = detail.request.status;
  const open = !FINAL.has(status);
  const actions: DecideAction[] = [];
  if (detail.actions.includes("approve")) actions.push("approve");
  if (isStranded(status, detail.events)) actions.push("retry");
  if (unreachedRecipients(detail.events).length > 0) actions.push("informed");
  if (waiting(detail).length > 0) actions.push("acknowledged");
  if (detail.actions.includes("deny")) actions.push("deny");
  if (open && !detail.deadline.paused) actions.push("extend");
  if (open && status !== "in_progress" && !detail.deadline.paused) actions.push("pause");
  if (open && detail.deadline.paused) actions.push("resume");
  if (detail.actions.includes("cancel")) actions.push("cancel");
  return actions;
}

/** One form per action, each a plain POST with the session's CSRF token. */
export function RequestActions(props: {
  detail: RequestDetail;
  lang: Lang;
  csrf: string;
  errors: FieldErrors;
  form: Record<string, string>;
}) {
  const words = adminWords(props.lang);
  const actions = availableActions(props.detail);
  const base = `${ADMIN_PREFIX}/requests/${props.detail.request.id}`;
  if (actions.length === 0) return <p>{words.noActions}</p>;
  const { errors, form } = props;
  const unreached = unreachedRecipients(props.detail.events);
  const ack = PROCESSOR_CONSOLE_WORDS[props.lang];
  return (
    <ul class="cards">
      {actions.map((action) => (
        <li key={action}>
          <form method="post" action={`${base}/${action}`}>
            <CsrfField token={props.csrf} />
            {action === "informed" ? (
              <>
                <RadioGroup
                  name="informed-recipient"
                  label={words.informedRecipient}
                  value={form["informed-recipient"] ?? unreached[0]}
                  error={errors["informed-recipient"]}
                  choices={unreached.map((r) => ({ value: r, label: r }))}
                />
                <TextArea
                  name="informed-note"
                  label={words.informedNote}
                  value={form["informed-note"]}
                  error={errors["informed-note"]}
                />
              </>
            ) : null}
            {action === "acknowledged" ? (
              <>
                <RadioGroup
                  name="acknowledged-recipient"
                  label={ack.acknowledgedRecipient}
                  value={form["acknowledged-recipient"] ?? waiting(props.detail)[0]}
                  error={errors["acknowledged-recipient"]}
                  choices={waiting(props.detail).map((r) => ({ value: r, label: r }))}
                />
                <TextArea
                  name="acknowledged-note"
                  label={ack.acknowledgedNote}
                  value={form["acknowledged-note"]}
                  error={errors["acknowledged-note"]}
                />
              </>
            ) : null}
            {action === "deny" ? (
              <TextArea
                name="deny-reason"
                label={words.denyReason}
                hint={words.denyReasonHint}
                value={form["deny-reason"]}
                error={errors["deny-reason"]}
                required
              />
            ) : null}
            {action === "extend" ? (
              <>
                <RadioGroup
                  name="extend-months"
                  label={words.extendMonths}
                  value={form["extend-months"] ?? "1"}
                  error={errors["extend-months"]}
                  choices={[
                    { value: "1", label: words.oneMonth },
                    { value: "2", label: words.twoMonths },
                  ]}
                />
                <TextArea
                  name="extend-reason"
                  label={words.extendReason}
                  hint={words.extendReasonHint}
                  value={form["extend-reason"]}
                  error={errors["extend-reason"]}
                  required
                />
              </>
            ) : null}
            {action === "pause" ? (
              <TextArea
                name="pause-reason"
                label={words.reasonOptional}
                hint={words.pauseHint}
                value={form["pause-reason"]}
              />
            ) : null}
            {action === "cancel" ? (
              <TextArea name="cancel-reason" label={words.reasonOptional} value={form["cancel-reason"]} />
            ) : null}
            <button type="submit">{action === "acknowledged" ? ack.acknowledged : words[action]}</button>
          </form>
        </li>
      ))}
    </ul>
  );
}
