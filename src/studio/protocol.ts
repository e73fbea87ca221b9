// The protocol document employees read, written from the pack the extension enforces:
// numbered clauses (the same numbers the pack's `clauses` cite in every finding), each with
// what it asks, what Think Twice does and which rules check it. Dutch and English; a
// structure the studio page renders and Markdown for download. Pure.
import { clauseAnchor } from '../rules/clause.ts';
import type { Pack } from '../rules/schema/pack.ts';
import type { Lang, Messages, Severity } from '../rules/types.ts';
import { type Clause, protocolClauses, SECTIONS } from './clauses.ts';

export interface DocClause {
  number: string;
  /** "clause-2-1": the anchor a finding's protocol link points at. */
  anchor: string;
  title: string;
  body: string;
  does: string;
  rules: string[];
}

export interface ProtocolDoc {
  lang: Lang;
  title: string;
  version: string;
  intro: string;
  sections: { number: number; title: string; clauses: DocClause[] }[];
  closing: string;
  /** Labels the renderers share. */
  labels: { version: string; checkedBy: string; clause: string };
}

const DOES: Record<Severity, Messages> = {
  block: { nl: 'Think Twice houdt zo’n bericht tegen tot je het opnieuw hebt bekeken.', en: 'Think Twice holds such a post until you have looked at it again.' },
  warn: { nl: 'Think Twice waarschuwt je terwijl je typt.', en: 'Think Twice warns you while you type.' },
  info: { nl: 'Think Twice wijst je erop terwijl je typt.', en: 'Think Twice points it out while you type.' },
};

const quoteList = (xs: readonly string[], lang: Lang) => {
  const q = xs.map((x) => `“${x}”`);
  const or = lang === 'nl' ? 'of' : 'or';
  return q.length > 1 ? `${q.slice(0, -1).join(', ')} ${or} ${q.at(-1)}` : (q[0] ?? '');
};

/** What a clause asks, in words that depend on the pack's answers. */
function body(c: Clause, pack: Pack, lang: Lang): string {
  const nl = lang === 'nl';
  const org = pack.organization?.names?.[0] ?? (nl ? 'de organisatie' : 'the organisation');
  switch (c.key) {
    case 'disclaimer': {
      // Two of each kind: a bilingual firm's lists mix languages, and both kinds count.
      const examples = [...(pack.disclaimers?.personal ?? []).slice(0, 2), ...(pack.disclaimers?.affiliation ?? []).slice(0, 2)];
      const eg = examples.length ? (nl ? `, bijvoorbeeld met ${quoteList(examples, lang)}` : `, for example with ${quoteList(examples, lang)}`) : '';
      return nl
        ? `Schrijf je over ${org}, zeg dan dat je er werkt of dat het je persoonlijke mening is${eg}. Zo weet de lezer namens wie je spreekt.`
        : `When you write about ${org}, say that you work there or that the views are your own${eg}. Readers then know whom you speak for.`;
    }
    case 'spokesperson': {
      const contact = pack.spokesperson?.contact;
      return nl
        ? `Alleen de woordvoerders spreken namens ${org}. Schrijf niet “namens ${org}”; laat officiële uitspraken aan ${contact ?? 'de woordvoerders'}.`
        : `Only the spokespeople speak for ${org}. Do not write “on behalf of ${org}”; leave official statements to ${contact ?? 'the spokespeople'}.`;
    }
    case 'client': {
      const n = pack.clients?.length ?? 0;
      const list = n
        ? nl
          ? ` Think Twice kent de ${n} klanten om wie het gaat, ook als afkorting, hashtag of handle.`
          : ` Think Twice knows the ${n} clients concerned, also as a short form, hashtag or handle.`
        : '';
      // client-name raises its finding one step next to deal words (lint.ts), unless a setting fixes the severity.
      const escalates = c.severity !== 'block' && !pack.severity?.client && c.rules.some((r) => !pack.overrides?.[r]);
      const deal = escalates
        ? nl
          ? ' Gaat het bericht over zaken met die klant (een polis, een contract), dan houdt Think Twice het tegen.'
          : ' When the post is about business with that client (a policy, a contract), Think Twice holds it.'
        : '';
      return nl
        ? `Noem geen klanten van ${org} en geen zaken die we met hen doen, tenzij de klant daar schriftelijk toestemming voor gaf. Ook “onze klant …” zonder lijst verraadt een klant.${list}${deal}`
        : `Do not name clients of ${org} or business we do with them unless the client agreed in writing. “Our client …” gives a client away too.${list}${deal}`;
    }
    case 'confidential': {
      const n = pack.confidential?.length ?? 0;
      const list = n ? (nl ? ` Think Twice kent ${n} namen en onderwerpen die binnen blijven.` : ` Think Twice knows ${n} names and topics that stay inside.`) : '';
      return nl
        ? `Deel geen projectnamen, codenamen, cijfers of plannen die niet openbaar zijn, en niets wat als vertrouwelijk of “nog niet openbaar” is gemarkeerd.${list}`
        : `Do not share project names, code names, figures or plans that are not public, nor anything marked confidential or “not yet public”.${list}`;
    }
    case 'confidential-link': {
      const own = pack.internalDomains?.length ? ` (${pack.internalDomains.join(', ')})` : '';
      return nl
        ? `Deel geen links naar interne systemen en documenten: SharePoint, Teams, Jira, gedeelde schijven en het eigen netwerk van ${org}${own}.`
        : `Do not share links to internal systems and documents: SharePoint, Teams, Jira, file shares and ${org}'s own network${own}.`;
    }
    case 'personal-data':
      return nl
        ? 'Deel geen persoonsgegevens van anderen: rekeningnummers, BSN’s, kaartnummers, telefoonnummers of privé-e-mailadressen.'
        : "Do not share other people's personal data: bank account, citizen service or card numbers, phone numbers or private e-mail addresses.";
    case 'insult': {
      const curse = pack.overrides?.['insult-curse'] === 'off' ? '' : nl ? ' en vloek niet in berichten' : ', and keep swearing out of posts';
      const own = pack.rules?.some((r) => r.category === 'insult')
        ? nl
          ? ` Think Twice kent ook de woorden die ${org} niet in berichten wil zien.`
          : ` Think Twice also knows the words ${org} does not want in posts.`
        : '';
      return nl ? `Beledig, discrimineer en bedreig niemand${curse}.${own}` : `Do not insult, demean or threaten anyone${curse}.${own}`;
    }
    case 'heated': {
      const mode = pack.coolDown?.mode ?? 'ask';
      const minutes = pack.coolDown?.minutes ?? 60;
      const wait =
        mode === 'wait'
          ? nl
            ? ` Think Twice bewaart zo’n bericht ${minutes} minuten voor je het kunt plaatsen.`
            : ` Think Twice keeps such a post for ${minutes} minutes before you can publish it.`
          : mode === 'ask'
            ? nl
              ? ' Think Twice vraagt of je het eerst als concept bewaart.'
              : ' Think Twice asks whether you keep it as a draft first.'
            : '';
      return nl
        ? `Lijkt je bericht in boosheid geschreven, laat het dan even liggen en lees het later opnieuw.${wait}`
        : `When your post reads as written in anger, let it rest and read it again later.${wait}`;
    }
    default:
      return '';
  }
}

export function protocolDocument(pack: Pack, lang: Lang): ProtocolDoc {
  const nl = lang === 'nl';
  const org = pack.organization?.names?.[0] ?? pack.name;
  const clauses = protocolClauses(pack);
  const sections = [...new Set(clauses.map((c) => c.section))].map((n) => ({
    number: n,
    title: SECTIONS[n]![lang],
    clauses: clauses
      .filter((c) => c.section === n)
      .map((c) => ({
        number: c.number,
        anchor: clauseAnchor(c.number)!,
        title: c.title[lang],
        body: body(c, pack, lang),
        does: DOES[c.severity][lang],
        rules: c.rules,
      })),
  }));
  const email = pack.support?.email;
  return {
    lang,
    title: nl ? `Socialemediaprotocol van ${org}` : `Social media protocol of ${org}`,
    version: pack.version,
    intro: nl
      ? 'Dit protocol zegt wat je op sociale media over je werk deelt en wat niet. Het geldt voor berichten, reacties en antwoorden op LinkedIn, X en Facebook, ook vanaf je eigen account. Think Twice controleert je bericht terwijl je typt, op je eigen computer: wat je typt verlaat die niet. Elke melding noemt het artikel hieronder waarop ze berust.'
      : 'This protocol says what you share about your work on social media and what you do not. It applies to posts, comments and replies on LinkedIn, X and Facebook, also from your own account. Think Twice checks your post while you type, on your own computer: nothing you type leaves it. Each finding names the clause below that it rests on.',
    sections,
    closing: nl
      ? `Twijfel je, of klopt een melding niet? Vraag het ${email ?? 'je IT-afdeling'}.`
      : `In doubt, or a finding that is wrong? Ask ${email ?? 'your IT department'}.`,
    labels: nl ? { version: 'Versie', checkedBy: 'Gecontroleerd door', clause: 'Artikel' } : { version: 'Version', checkedBy: 'Checked by', clause: 'Clause' },
  };
}

/** The document as Markdown; each clause carries its anchor, so a finding's protocol link lands on it. */
export function protocolMarkdown(doc: ProtocolDoc): string {
  const lines = [`# ${doc.title}`, '', `${doc.labels.version} ${doc.version}`, '', doc.intro, ''];
  for (const s of doc.sections) {
    lines.push(`## ${s.number}. ${s.title}`, '');
    for (const c of s.clauses) {
      lines.push(`### <a id="${c.anchor}"></a>${c.number} ${c.title}`, '', c.body, '', `${c.does} ${doc.labels.checkedBy}: ${c.rules.map((r) => `\`${r}\``).join(', ')}.`, '');
    }
  }
  lines.push(doc.closing, '');
  return lines.join('\n');
}
