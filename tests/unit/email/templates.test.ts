/** The e-mail templates as pure functions: every key renders, variables are escaped and checked. */
import { describe, expect, it } from '@jest/globals';
import { EMAIL_TEMPLATE_KEYS, emailTemplatesFor, escapeHtml, renderEmail } from '../../../src/email/templates.js';

const HOSTILE = `<b onmouseover="x">'Tom' & Jerry</b>`;
const ESCAPED = '&lt;b onmouseover=&quot;x&quot;&gt;&#39;Tom&#39; &amp; Jerry&lt;/b&gt;';

const SAMPLES: Record<string, Record<string, unknown>> = {
  'booking-confirmation': { title: HOSTILE, startsAt: '2026-12-01T15:00:00Z', location: HOSTILE },
  'follow-up-reminder': { recordType: 'deal', recordName: HOSTILE, note: HOSTILE, dueAt: '2026-12-02T09:00:00Z' },
  'welcome-buyer': { recipientName: HOSTILE, agentName: HOSTILE, organizationName: HOSTILE },
  'deal-won': { dealName: HOSTILE },
  'pipeline-digest': { stages: [{ name: HOSTILE, dealCount: 3, totalValue: '$1,000' }] },
  generic: { subject: `Hi\r\nBcc: x@example.test`, body: `${HOSTILE}\n\nSecond paragraph` },
};

describe('e-mail templates', () => {
  it('has a sample for every key (a new template needs one here)', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...EMAIL_TEMPLATE_KEYS].sort());
  });

  it.each(EMAIL_TEMPLATE_KEYS)('%s renders a one-line subject, text and an HTML part with every variable escaped', (key) => {
    const email = renderEmail(key, SAMPLES[key]!);
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.text.length).toBeGreaterThan(0);
    expect(email.html).toMatch(/^<!doctype html>/);
    expect(email.html).not.toContain('<b onmouseover');
    expect(email.html).toContain(ESCAPED);
  });

  it('shows the time in the given zone, and in UTC when the zone is missing or unknown', () => {
    const at = { title: 'Showing', startsAt: '2026-12-01T15:00:00Z' };
    expect(renderEmail('booking-confirmation', { ...at, timeZone: 'Europe/Berlin' }).text).toContain('4:00 PM (Europe/Berlin)');
    expect(renderEmail('booking-confirmation', at).text).toContain('3:00 PM (UTC)');
    expect(renderEmail('booking-confirmation', { ...at, timeZone: 'Mars/Olympus' }).text).toContain('3:00 PM (UTC)');
  });

  it('refuses an unknown key and bad variables, naming them', () => {
    expect(() => renderEmail('nope', {})).toThrow(/Unknown e-mail template "nope"/);
    expect(() => renderEmail('booking-confirmation', { title: 'x', startsAt: 'tomorrow' })).toThrow(/variables\.startsAt/);
    expect(() => renderEmail('follow-up-reminder', { recordType: 'invoice', recordName: 'x' })).toThrow(/variables\.recordType/);
  });

  it('offers automations only the templates their trigger can fill', () => {
    expect(emailTemplatesFor('APPOINTMENT_BOOKED')).toEqual(['booking-confirmation', 'follow-up-reminder']);
    expect(emailTemplatesFor('SCHEDULE')).toEqual(['pipeline-digest']);
    expect(emailTemplatesFor('LEAD_CREATED')).toEqual(['follow-up-reminder', 'welcome-buyer']);
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});
