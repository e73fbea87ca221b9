// A false-alarm report carries the flagged words and the kind of check (and for IT
// the rule), never the rest of the post unless the user includes it.
import { describe, expect, it } from 'vitest';
import { texts } from '../../src/i18n/index.ts';
import type { Finding } from '../../src/rules/index.ts';
import { mailtoUrl, reportText } from '../../src/ui/report.ts';

const POST = 'Sponsor mijn loop voor KWF: NL91 ABNA 0417 1643 00, alvast bedankt lieve collega’s!';
const finding: Finding = {
  ruleId: 'personal-data-iban',
  category: 'personal-data',
  severity: 'block',
  start: 28,
  end: 50,
  text: 'NL91 ABNA 0417 1643 00',
  message: { nl: 'x', en: 'x' },
  clause: '5.1',
};

describe('false-alarm report', () => {
  it('names the words, the kind of check and, for IT, the rule — not the post', () => {
    const { subject, body } = reportText(texts('nl'), { finding, site: 'linkedin' });
    expect(subject).toBe('Think Twice: vals alarm op LinkedIn');
    expect(body).toContain('Gemarkeerde woorden: “NL91 ABNA 0417 1643 00”');
    expect(body).toContain('Soort controle: Persoonsgegevens');
    expect(body).toContain('Protocolartikel 5.1');
    expect(body).toContain('Voor IT: regel personal-data-iban, ernst block, uit builtin');
    expect(body).not.toContain('Sponsor mijn loop');
    expect(body).not.toContain('collega');
  });
  it('includes the whole post only when asked', () => {
    const { body } = reportText(texts('en'), { finding, site: 'x', post: POST });
    expect(body).toContain(`My post:\n${POST}`);
  });
  it('makes a mailto: link with CRLF line ends and the address intact', () => {
    const url = mailtoUrl('it@vdp.example', 'Think Twice: false alarm on X', 'a b\nc&d');
    expect(url).toBe('mailto:it@vdp.example?subject=Think%20Twice%3A%20false%20alarm%20on%20X&body=a%20b%0D%0Ac%26d');
  });
});
