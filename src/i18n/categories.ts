// What each kind of check looks for, as an employee would say it: the first-run
// page lists them, a false-alarm report names one.
import type { Category, Messages } from '../rules/index.ts';

export const CATEGORY_TEXT: Record<Category, Messages> = {
  client: { nl: 'Namen van klanten', en: 'Names of clients' },
  confidential: { nl: 'Vertrouwelijke projecten, cijfers en onderwerpen', en: 'Confidential projects, figures and topics' },
  insult: { nl: 'Beledigingen, discriminerende taal en bedreigingen', en: 'Insults, slurs and threats' },
  'personal-data': {
    nl: 'Persoonsgegevens: rekening-, BSN- en kaartnummers, telefoonnummers, e-mailadressen',
    en: 'Personal data: bank account, citizen service and card numbers, phone numbers, e-mail addresses',
  },
  disclaimer: {
    nl: 'Berichten over je werkgever zonder dat je zegt dat je er werkt',
    en: 'Posts about your employer that do not say you work there',
  },
  spokesperson: {
    nl: 'Uitspraken namens je werkgever, die aan de woordvoerders zijn',
    en: "Statements on your employer's behalf, which are for its spokespeople",
  },
  heated: { nl: 'Berichten die in boosheid geschreven lijken', en: 'Posts that read as written in anger' },
};
