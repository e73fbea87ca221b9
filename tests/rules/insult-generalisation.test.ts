// Generalisations about and exclusion of groups, in any person; neutral statements
// about the same groups stay quiet.
import { ruleTable } from './rule-tester.ts';

ruleTable('insult-slur', {
  valid: [
    'Mijn buren zijn Polen en ze helpen altijd met de tuin 🌻',
    'Vrouwen zijn nog steeds ondervertegenwoordigd in de techsector.',
    'Moslims vieren deze week het Suikerfeest: fijne feestdagen!',
    'Moslims mogen tijdens de ramadan overdag niet eten.',
    'Gehandicapten verdienen een toegankelijke werkplek.',
    'Women are underrepresented in engineering, and that has to change.',
    'Refugees are welcome here, and our volunteers are ready.',
    'Immigrants are more likely to start a business, the study shows.',
    'Typisch Nederlands: fietsen in de regen ☔',
    'We should all go back to the office on Mondays.',
    'Turkse pizza is de beste lunch.',
    'Marokkaanse jongeren zijn vaak slachtoffer van discriminatie op de arbeidsmarkt.',
    'Vrouwen zijn het zat dat ze minder verdienen.',
    'Black out tonight across the whole district.',
    'Polish builders are the backbone of our projects.',
  ],
  invalid: [
    { text: 'Marokkanen zijn gewoon allemaal tuig, kijk maar naar de cijfers.', flagged: ['Marokkanen zijn gewoon allemaal tuig'], severity: 'block' },
    { text: 'al die gelukszoekers moeten terug naar hun eigen land', flagged: ['al die gelukszoekers moeten terug naar hun eigen land'] },
    { text: 'Vrouwen horen gewoon niet in de raad, die kunnen dat niet.', flagged: ['Vrouwen horen gewoon niet in de raad'] },
    { text: "Homo's moeten gewoon niet zo zeuren.", flagged: ["Homo's moeten gewoon niet zo zeuren"] },
    { text: 'Typisch Turken weer, met z’n twintigen op de gang.', flagged: ['Typisch Turken'] },
    { text: 'They should go back where they came from.', flagged: ['They should go back where they came from'] },
    { text: "Sorry but women just aren't built for this job.", flagged: ["women just aren't built for"] },
    { text: 'Immigrants are all criminals, wake up people.', flagged: ['Immigrants are all criminals, wake up people'] },
    { text: 'All these migrants should go back home.', flagged: ['All these migrants should go back home'] },
    { text: 'Marokkaanse jongeren zijn allemaal tuig.', flagged: ['Marokkaanse jongeren zijn allemaal tuig'] },
    { text: 'Romanians breed like rabbits.', flagged: ['Romanians breed like rabbits'] },
    { text: 'Buitenlanders eruit', flagged: ['Buitenlanders eruit'] },
  ],
});
