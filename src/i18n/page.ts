// What the employee reads in the composer: the badge, the card, the hold, the
// screen-reader announcements and the false-alarm report. `{name}` placeholders
// (the same syntax as rule messages); `_one`/`_other` pairs are chosen by count.
import type { Messages } from '../rules/index.ts';

export const PAGE_TEXT = {
  // Counts, joined into one sentence by summary() (badge label, live region, popup).
  countFindings_one: { nl: '{count} melding', en: '{count} finding' },
  countFindings_other: { nl: '{count} meldingen', en: '{count} findings' },
  countHolds_one: { nl: '{count} daarvan houdt het bericht tegen', en: '{count} of them holds the post' },
  countHolds_other: { nl: '{count} daarvan houden het bericht tegen', en: '{count} of them hold the post' },
  nothingFound: { nl: 'Niets gevonden in dit bericht.', en: 'Nothing found in this post.' },
  checkFailed: {
    nl: 'Een controle werkte niet: dit bericht is misschien niet helemaal gecontroleerd. Meld het aan je IT-afdeling.',
    en: 'A check failed, so this post may not be fully checked. Tell your IT department.',
  },
  notFullyChecked: { nl: 'Alleen de eerste {count} tekens van dit bericht zijn gecontroleerd.', en: 'Only the first {count} characters of this post were checked.' },

  badgeOpens: { nl: 'Opent de lijst met meldingen.', en: 'Opens the list of findings.' },
  badgeOff: { nl: 'Uit', en: 'Off' },
  partialProtection: { nl: 'alleen onderstrepingen — berichten worden hier niet tegengehouden', en: 'underlines only — posts are not held here' },
  badgeOffLabel: {
    nl: 'Think Twice staat uit op deze site en controleert dit bericht niet. Opent de uitleg.',
    en: 'Think Twice is switched off on this site and does not check this post. Opens the details.',
  },

  cardTitle: { nl: 'Denk even na voor je plaatst', en: 'Think twice before posting' },
  close: { nl: 'Sluiten', en: 'Close' },
  sev_block: { nl: 'Houdt tegen', en: 'Holds the post' },
  sev_warn: { nl: 'Waarschuwing', en: 'Warning' },
  sev_info: { nl: 'Opmerking', en: 'Note' },
  clause: { nl: 'Protocolartikel {clause}', en: 'Protocol clause {clause}' },
  clauseLink: { nl: 'Lees artikel {clause} van het protocol', en: 'Read clause {clause} of the protocol' },
  ignoreOnce: { nl: 'Deze keer negeren', en: 'Ignore this time' },
  allowAlways: { nl: 'Altijd toestaan', en: 'Always allow' },
  allowAlwaysHint: {
    nl: 'Zet ‘{text}’ op je eigen lijst van toegestane woorden voor deze controle. Terugdraaien kan bij Instellingen.',
    en: "Adds '{text}' to your own list of allowed words for this check. You can undo it in Settings.",
  },
  noException: { nl: 'Je organisatie staat hier geen uitzondering toe.', en: 'Your organisation allows no exception here.' },
  ignoredHolds_one: {
    nl: '{count} genegeerde melding houdt het bericht nog tegen: bij plaatsen vragen we het je nog één keer.',
    en: '{count} ignored finding still holds the post: you will be asked once more when you post.',
  },
  ignoredHolds_other: {
    nl: '{count} genegeerde meldingen houden het bericht nog tegen: bij plaatsen vragen we het je nog één keer.',
    en: '{count} ignored findings still hold the post: you will be asked once more when you post.',
  },
  findingOf: { nl: 'Melding {n} van {total}', en: 'Finding {n} of {total}' },
  cardKeys: {
    nl: 'Pijltjestoetsen: vorige of volgende melding. Escape: terug naar je tekst.',
    en: 'Arrow keys: previous or next finding. Escape: back to your text.',
  },
  offHereUser: {
    nl: 'Je hebt Think Twice uitgezet op {site}. Berichten hier worden niet gecontroleerd. Aanzetten kan bij Instellingen.',
    en: 'You switched Think Twice off on {site}. Posts here are not checked. You can switch it on in Settings.',
  },
  offHereOrg: {
    nl: 'Je organisatie heeft Think Twice uitgezet op {site}. Berichten hier worden niet gecontroleerd.',
    en: 'Your organisation switched Think Twice off on {site}. Posts here are not checked.',
  },
  openSettings: { nl: 'Instellingen openen', en: 'Open Settings' },

  holdTitle: { nl: 'Dit bericht is tegengehouden', en: 'This post is on hold' },
  holdBody: {
    nl: 'Het bevat iets wat het protocol van je werkgever niet toestaat in openbare berichten. Pas het aan, of plaats het toch op eigen verantwoordelijkheid.',
    en: "It contains something your employer's protocol does not allow in public posts. Edit it, or post it anyway on your own responsibility.",
  },
  holdIgnored: { nl: 'Dit had je eerder genegeerd:', en: 'You ignored this earlier:' },
  holdEdit: { nl: 'Aanpassen', en: 'Edit' },
  holdPostAnyway: { nl: 'Toch plaatsen', en: 'Post anyway' },
  holdReason: { nl: 'Waarom plaats je het toch? (optioneel)', en: 'Why are you posting it anyway? (optional)' },
  holdReasonHint: { nl: 'Blijft op deze computer; niemand anders ziet het.', en: 'Stays on this computer; nobody else sees it.' },

  // The cool-down hold: asks, never stops (a post that reads as written in anger).
  coolTitle: { nl: 'Even nadenken?', en: 'Think twice?' },
  coolBody: {
    nl: 'Dit leest alsof het in boosheid is geschreven. Plaats je het, of bewaar je het als concept en kijk je er {later} nog eens naar?',
    en: 'This reads as written in anger. Post it, or keep it as a draft and look again {later}?',
  },
  coolLaterHour: { nl: 'over een uur', en: 'in an hour' },
  coolLaterMinutes_one: { nl: 'over {count} minuut', en: 'in {count} minute' },
  coolLaterMinutes_other: { nl: 'over {count} minuten', en: 'in {count} minutes' },
  coolKeep: { nl: 'Bewaren als concept', en: 'Keep as draft' },
  coolPostNow: { nl: 'Nu plaatsen', en: 'Post now' },
  coolWait: {
    nl: 'Je organisatie vraagt je om even te wachten. Je kunt het plaatsen vanaf {time}.',
    en: 'Your organisation asks you to wait a while. You can post it from {time}.',
  },
  coolReminder: { nl: 'Je bewaarde concept: kijk er nog eens naar.', en: 'Your kept draft: have another look at it.' },

  liveIntro: { nl: 'Think Twice: {summary}', en: 'Think Twice: {summary}' },
  liveHowTo: {
    nl: 'Met de sneltoets van Think Twice ({shortcut}) lees je ze.',
    en: 'Press the Think Twice shortcut ({shortcut}) to read them.',
  },

  reportFalseAlarm: { nl: 'Meld vals alarm', en: 'Report a false alarm' },
  reportExplain: {
    nl: 'Alleen de gemarkeerde woorden en de soort controle gaan mee, niet je bericht.',
    en: 'Only the flagged words and the kind of check are included, not your post.',
  },
  reportIncludePost: { nl: 'Ook mijn hele bericht meesturen', en: 'Also include my whole post' },
  reportEmail: { nl: 'Mail naar {email}', en: 'E-mail {email}' },
  reportCopy: { nl: 'Kopiëren', en: 'Copy' },
  reportCopied: { nl: 'Gekopieerd. Plak het in een mail aan je IT-afdeling.', en: 'Copied. Paste it into an e-mail to your IT department.' },
  reportNoAddress: {
    nl: 'Je organisatie heeft geen adres voor meldingen opgegeven: kopieer het en stuur het naar je IT-afdeling.',
    en: 'Your organisation has not given an address for reports: copy it and send it to your IT department.',
  },
  reportSubject: { nl: 'Think Twice: vals alarm op {site}', en: 'Think Twice: false alarm on {site}' },
  reportIntro: {
    nl: 'Think Twice gaf hier een melding, maar volgens mij ten onrechte.',
    en: 'Think Twice flagged this, and I think it should not have.',
  },
  reportWords: { nl: 'Gemarkeerde woorden: {text}', en: 'Flagged words: {text}' },
  reportCheck: { nl: 'Soort controle: {check}', en: 'Kind of check: {check}' },
  reportForIt: { nl: 'Voor IT: regel {rule}, ernst {severity}, uit {source}', en: 'For IT: rule {rule}, severity {severity}, from {source}' },
  reportPost: { nl: 'Mijn bericht:', en: 'My post:' },
} satisfies Record<string, Messages>;
