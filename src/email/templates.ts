/**
 * E-mail templates as typed code: each one is a zod schema of its variables and a function from
 * those variables to { subject, text, html }. Variables are checked when an e-mail is queued
 * (queueEmail), so a row in the outbox always holds a fully rendered message; the HTML part
 * escapes every variable (the `html` tag below does it, so a template cannot forget).
 *
 * Automations name a template in their send_email action (src/modules/automation/config.ts):
 * `automationTriggers` says which triggers' records supply its variables, and the automation
 * validator refuses any other key or trigger when the automation is saved.
 */
import { z } from 'zod';
import type { AutomationTrigger } from '../modules/automation/config.js';
import { badInput } from '../schema/errors.js';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

// ---------------------------------------------------------------------------------------------
// Escaping.
// ---------------------------------------------------------------------------------------------

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);

/** HTML that is already safe: the only thing the `html` tag inserts without escaping. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

type HtmlValue = string | number | SafeHtml | readonly SafeHtml[] | null | undefined;

/** A tagged template: every interpolated string is escaped; SafeHtml (another `html`) is kept. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    if (value instanceof SafeHtml) out += value.value;
    else if (Array.isArray(value)) out += value.map((item: SafeHtml) => item.value).join('');
    else if (value !== null && value !== undefined) out += escapeHtml(String(value));
    out += strings[index + 1] ?? '';
  });
  return new SafeHtml(out);
}

/** A subject is one header line: line breaks and other control characters become spaces. */
// eslint-disable-next-line no-control-regex
const oneLine = (value: string) => value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();

function layout(title: string, body: SafeHtml, footer?: string): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
      </head>
      <body style="font-family: sans-serif; line-height: 1.5; color: #1f2933;">
        ${body} ${footer ? html`<p style="color: #6b7280; font-size: 12px;">${footer}</p>` : ''}
      </body>
    </html> `.value;
}

// ---------------------------------------------------------------------------------------------
// Shared variables.
// ---------------------------------------------------------------------------------------------

const name = z.string().trim().min(1).max(200);
const optionalName = name.optional();
/** An instant: an ISO 8601 string with a zone (what JSON payloads carry) or a Date. */
const instant = z.union([z.iso.datetime({ offset: true }), z.date()]).transform((value) => new Date(value));
/** The organization's IANA time zone when it has one; unknown or invalid zones read as UTC. */
const timeZone = z
  .string()
  .max(100)
  .nullish()
  .transform((zone) => (zone && isTimeZone(zone) ? zone : 'UTC'));

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** "Tuesday, December 1, 2026 at 3:00 PM PST" in `zone`. */
export function formatInstant(at: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(at) + ` (${zone})`;
}

const greeting = (recipientName: string | undefined) => (recipientName ? `Hello ${recipientName},` : 'Hello,');
const signature = (organizationName: string | undefined) => organizationName ?? 'The team';

// ---------------------------------------------------------------------------------------------
// The templates.
// ---------------------------------------------------------------------------------------------

interface EmailTemplate<S extends z.ZodType> {
  description: string;
  /** The automation triggers whose record supplies the variables; [] when automations cannot use it. */
  automationTriggers: readonly AutomationTrigger[];
  variables: S;
  render(variables: z.output<S>): RenderedEmail;
}

const defineTemplate = <S extends z.ZodType>(template: EmailTemplate<S>) => template;

const bookingConfirmation = defineTemplate({
  description: 'An appointment was booked: its title, time (in the organization’s time zone, else UTC) and place.',
  automationTriggers: ['APPOINTMENT_BOOKED'],
  variables: z.object({
    recipientName: optionalName,
    organizationName: optionalName,
    title: z.string().trim().min(1).max(300),
    startsAt: instant,
    endsAt: instant.optional(),
    location: z.string().trim().max(500).nullish(),
    timeZone,
  }),
  render(v) {
    const when = formatInstant(v.startsAt, v.timeZone);
    const until = v.endsAt ? formatInstant(v.endsAt, v.timeZone) : undefined;
    const where = v.location || undefined;
    const subject = oneLine(`Confirmed: ${v.title}, ${when}`);
    const text = [
      greeting(v.recipientName),
      '',
      `your appointment "${v.title}" is booked.`,
      '',
      `When: ${when}${until ? `\nUntil: ${until}` : ''}`,
      ...(where ? [`Where: ${where}`] : []),
      '',
      signature(v.organizationName),
      '',
    ].join('\n');
    const body = html`<p>${greeting(v.recipientName)}</p>
      <p>your appointment <strong>${v.title}</strong> is booked.</p>
      <table>
        <tr>
          <td>When</td>
          <td>${when}</td>
        </tr>
        ${
          until
            ? html`<tr>
                <td>Until</td>
                <td>${until}</td>
              </tr>`
            : ''
        }
        ${
          where
            ? html`<tr>
                <td>Where</td>
                <td>${where}</td>
              </tr>`
            : ''
        }
      </table>
      <p>${signature(v.organizationName)}</p>`;
    return { subject, text, html: layout(subject, body) };
  },
});

const followUpReminder = defineTemplate({
  description: 'A reminder to follow up with a contact, lead or deal (sent to a member).',
  automationTriggers: ['DEAL_STAGE_CHANGED', 'LEAD_CREATED', 'APPOINTMENT_BOOKED'],
  variables: z.object({
    recipientName: optionalName,
    organizationName: optionalName,
    recordType: z.enum(['contact', 'lead', 'deal', 'appointment']),
    recordName: name,
    dueAt: instant.optional(),
    note: z.string().trim().max(2_000).optional(),
    timeZone,
  }),
  render(v) {
    const due = v.dueAt ? formatInstant(v.dueAt, v.timeZone) : undefined;
    const subject = oneLine(`Follow up: ${v.recordName}`);
    const text = [
      greeting(v.recipientName),
      '',
      `it is time to follow up on the ${v.recordType} ${v.recordName}${due ? ` (by ${due})` : ''}.`,
      ...(v.note ? ['', v.note] : []),
      '',
      signature(v.organizationName),
      '',
    ].join('\n');
    const body = html`<p>${greeting(v.recipientName)}</p>
      <p>it is time to follow up on the ${v.recordType} <strong>${v.recordName}</strong>${due ? html` (by ${due})` : ''}.</p>
      ${v.note ? html`<p>${v.note}</p>` : ''}
      <p>${signature(v.organizationName)}</p>`;
    return { subject, text, html: layout(subject, body) };
  },
});

const welcomeBuyer = defineTemplate({
  description: 'Welcomes a new lead and introduces their agent.',
  automationTriggers: ['LEAD_CREATED'],
  variables: z.object({ recipientName: optionalName, organizationName: optionalName, agentName: optionalName }),
  render(v) {
    const from = v.organizationName ?? 'us';
    const subject = oneLine(`Welcome from ${from}`);
    const agent = v.agentName ? `${v.agentName} will be in touch shortly to plan the next steps.` : 'We will be in touch shortly.';
    const text = [greeting(v.recipientName), '', `thank you for your interest. ${agent}`, '', signature(v.organizationName), ''].join('\n');
    const body = html`<p>${greeting(v.recipientName)}</p>
      <p>thank you for your interest. ${agent}</p>
      <p>${signature(v.organizationName)}</p>`;
    return { subject, text, html: layout(subject, body) };
  },
});

const dealWon = defineTemplate({
  description: 'Thanks a client when their deal is won.',
  automationTriggers: ['DEAL_STAGE_CHANGED'],
  variables: z.object({ recipientName: optionalName, organizationName: optionalName, dealName: name }),
  render(v) {
    const subject = oneLine(`Congratulations: ${v.dealName}`);
    const text = [
      greeting(v.recipientName),
      '',
      `congratulations, ${v.dealName} is closed. Thank you for your trust.`,
      '',
      signature(v.organizationName),
      '',
    ].join('\n');
    const body = html`<p>${greeting(v.recipientName)}</p>
      <p>congratulations, <strong>${v.dealName}</strong> is closed. Thank you for your trust.</p>
      <p>${signature(v.organizationName)}</p>`;
    return { subject, text, html: layout(subject, body) };
  },
});

const pipelineDigest = defineTemplate({
  description: 'The open deals per stage (a SCHEDULE automation’s digest).',
  automationTriggers: ['SCHEDULE'],
  variables: z.object({
    organizationName: optionalName,
    stages: z
      .array(
        z.object({
          name,
          dealCount: z.number().int().min(0),
          totalValue: z.string().max(40).optional(),
        }),
      )
      .max(200),
  }),
  render(v) {
    const subject = oneLine(`Pipeline digest${v.organizationName ? `: ${v.organizationName}` : ''}`);
    const lines = v.stages.map((stage) => `- ${stage.name}: ${stage.dealCount} open${stage.totalValue ? `, ${stage.totalValue}` : ''}`);
    const text = ['Open deals by stage:', '', ...(lines.length ? lines : ['(no open deals)']), ''].join('\n');
    const rows = v.stages.map(
      (stage) =>
        html`<tr>
          <td>${stage.name}</td>
          <td>${stage.dealCount}</td>
          <td>${stage.totalValue ?? ''}</td>
        </tr>`,
    );
    const body = html`<p>Open deals by stage:</p>
      <table>
        <tr>
          <th>Stage</th>
          <th>Open deals</th>
          <th>Value</th>
        </tr>
        ${rows}
      </table>`;
    return { subject, text, html: layout(subject, body) };
  },
});

/** The fallback for code that has its own words: a subject and a plain-text body. */
const generic = defineTemplate({
  description: 'A subject and a plain-text body given by the caller (not offered to automations: their actions carry no text).',
  automationTriggers: [],
  variables: z.object({
    recipientName: optionalName,
    organizationName: optionalName,
    subject: z.string().trim().min(1).max(300),
    body: z.string().trim().min(1).max(20_000),
  }),
  render(v) {
    const subject = oneLine(v.subject);
    const text = [greeting(v.recipientName), '', v.body, '', signature(v.organizationName), ''].join('\n');
    const paragraphs = v.body.split(/\n{2,}/).map((paragraph) => html`<p style="white-space: pre-line;">${paragraph}</p>`);
    const body = html`<p>${greeting(v.recipientName)}</p>
      ${paragraphs}
      <p>${signature(v.organizationName)}</p>`;
    return { subject, text, html: layout(subject, body) };
  },
});

export const EMAIL_TEMPLATES = {
  'booking-confirmation': bookingConfirmation,
  'follow-up-reminder': followUpReminder,
  'welcome-buyer': welcomeBuyer,
  'deal-won': dealWon,
  'pipeline-digest': pipelineDigest,
  generic,
} as const;

export type EmailTemplateKey = keyof typeof EMAIL_TEMPLATES;
export const EMAIL_TEMPLATE_KEYS = Object.keys(EMAIL_TEMPLATES) as [EmailTemplateKey, ...EmailTemplateKey[]];

export const isEmailTemplateKey = (key: string): key is EmailTemplateKey => Object.hasOwn(EMAIL_TEMPLATES, key);

/** The template keys an automation with `trigger` may name in a send_email action. */
export const emailTemplatesFor = (trigger: AutomationTrigger): EmailTemplateKey[] =>
  EMAIL_TEMPLATE_KEYS.filter((key) => (EMAIL_TEMPLATES[key].automationTriggers as readonly string[]).includes(trigger));

/**
 * Renders `template` with `variables`. An unknown key or variables that do not fit its schema
 * are BAD_USER_INPUT naming the variable (`variables.startsAt`); nothing of their values is in
 * the message.
 */
export function renderEmail(template: string, variables: Record<string, unknown>): RenderedEmail {
  if (!isEmailTemplateKey(template)) {
    throw badInput(`Unknown e-mail template "${template}"; one of ${EMAIL_TEMPLATE_KEYS.join(', ')}`, 'template');
  }
  // One call per key keeps each template's variables typed for its own render function.
  switch (template) {
    case 'booking-confirmation':
      return renderWith(bookingConfirmation, variables);
    case 'follow-up-reminder':
      return renderWith(followUpReminder, variables);
    case 'welcome-buyer':
      return renderWith(welcomeBuyer, variables);
    case 'deal-won':
      return renderWith(dealWon, variables);
    case 'pipeline-digest':
      return renderWith(pipelineDigest, variables);
    case 'generic':
      return renderWith(generic, variables);
  }
}

function renderWith<S extends z.ZodType>(template: EmailTemplate<S>, variables: Record<string, unknown>): RenderedEmail {
  const result = template.variables.safeParse(variables);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = ['variables', ...issue.path.map(String)].join('.');
    throw badInput(`${field} is invalid: ${issue.message}`, field);
  }
  return template.render(result.data);
}
