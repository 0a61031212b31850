import type { Identity } from "../../kernel/index.js";
import type { HttpRequestTemplate, HttpSystem } from "../../register/index.js";
import { authHeaders, baseUrl } from "./auth.js";
import { type Answer, type CallPolicy, send } from "./client.js";
import type { HttpDeps } from "./deps.js";
import { SystemError } from "./errors.js";
import { idempotencyKey } from "./idempotency.js";
import { Pace } from "./pace.js";
import { allRecords } from "./paginate.js";
import { Redactor } from "./redact.js";
import { encodeBody, renderBody, renderHeaders, renderUrl, type TemplateValues } from "./template.js";

export type Operation = "access" | "erasure" | "rectification" | "restriction" | "objection" | "withdrawal";

/** What one request hands every system it reaches. */
export interface SystemRun {
  requestId: string;
  identities: readonly Identity[];
  /** The tenant whose request it is, filled in where a template says {tenant}; none for the company's own. */
  tenant?: string;
  env: NodeJS.ProcessEnv;
  deps: HttpDeps;
}

/**
 * One HTTP system for one request: its base URL and credentials read once, one pace for all its
 * calls, and a redactor that knows the person's identities and the secrets.
 */
export class SystemClient {
  readonly identity: string | undefined;
  private readonly base: string;
  private readonly auth: Record<string, string>;
  private readonly policy: CallPolicy;

  constructor(
    readonly id: string,
    readonly system: HttpSystem,
    private readonly run: SystemRun,
  ) {
    this.identity = run.identities.find((i) => i.type === system.identity)?.value;
    this.base = baseUrl(id, system, run.env);
    const { headers, secrets } = authHeaders(id, system, run.env);
    this.auth = headers;
    this.policy = {
      system: id,
      attempts: system.retries.attempts,
      baseDelayMs: system.retries.base_delay_ms,
      maxDelayMs: system.retries.max_delay_ms,
      timeoutMs: system.retries.timeout_ms,
      pace: new Pace(run.deps, system.rate_limit?.per_second),
      redactor: new Redactor([...run.identities.map((i) => i.value), ...secrets]),
    };
  }

  /** The placeholders' values: the request's identities by type, the first of each, and its tenant. */
  values(extra: Omit<TemplateValues, "identity" | "tenant"> = {}): TemplateValues {
    const identity: Record<string, string> = {};
    for (const { type, value } of this.run.identities) identity[type] ??= value;
    return { identity, ...(this.run.tenant !== undefined ? { tenant: this.run.tenant } : {}), ...extra };
  }

  /** Every record the access template finds, all pages; none when the system answers not-found. */
  async find(): Promise<Record<string, unknown>[]> {
    const template = this.system.access;
    if (!template) throw new SystemError(this.id, "declares no access request");
    const first = renderUrl(this.id, this.base, template.path, this.values());
    return allRecords(this.id, template, first, (url) => this.call("access", template, url, this.values()));
  }

  /**
   * One call of an operation's template; null when the answer is one of its not-found statuses.
   * Writes carry the idempotency key of the request, system, operation and record.
   */
  async send(
    operation: Operation,
    template: HttpRequestTemplate,
    values: TemplateValues,
    recordKey?: string,
  ): Promise<Answer | null> {
    const url = renderUrl(this.id, this.base, template.path, values);
    return this.call(operation, template, url, values, recordKey);
  }

  private async call(
    operation: Operation,
    template: HttpRequestTemplate,
    url: URL,
    values: TemplateValues,
    recordKey?: string,
  ): Promise<Answer | null> {
    const what = `${operation} ${template.method} ${template.path}`;
    const headers: Record<string, string> = { ...renderHeaders(this.id, template.headers, values), ...this.auth };
    // GET and DELETE are idempotent by definition; Stripe asks not to send keys with them.
    if (this.system.idempotency_header && template.method !== "GET" && template.method !== "DELETE")
      headers[this.system.idempotency_header.toLowerCase()] = idempotencyKey(
        this.run.requestId,
        this.id,
        operation,
        recordKey,
      );
    const fields = template.body ? renderBody(template.body, values) : undefined;
    const answer = await send(
      {
        what,
        method: template.method,
        url,
        headers,
        ...(fields ? { body: encodeBody(fields, template.body_format) } : {}),
      },
      this.policy,
      this.run.deps,
    );
    if (template.not_found.includes(answer.status)) return null;
    if (answer.status < 200 || answer.status > 299) throw new SystemError(this.id, `${what} answered ${answer.status}`);
    return answer;
  }
}
