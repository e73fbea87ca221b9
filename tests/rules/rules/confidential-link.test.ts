import { ruleTable } from '../rule-tester.ts';

// The example pack lists intranet.vdp-assurantien.nl and vdp.local as internal domains.
ruleTable('confidential-link', {
  valid: [
    // Public pages of the same services: made for sharing.
    'Vul ‘m even in, duurt 2 minuten: https://docs.google.com/forms/d/e/1FAIpQLSd3kX9/viewform 🙏',
    'Our published guide: https://docs.google.com/document/d/e/2PACX-1vR8x/pub',
    'Mijn leeslijst, openbaar voor iedereen: https://koen-leest.notion.site/Leeslijst-0b7e1d2c9a4f4c8e8d3b5a6f7e8c9d01',
    'Known bug, upvote it here: https://jira.atlassian.com/browse/JRACLOUD-97012',
    'Atlassian wrote a good piece on this: https://www.atlassian.com/agile/kanban',
    'Notion’s own help page explains it well: https://www.notion.so/help/guides/using-databases',
    'Aanmelden voor de sponsorloop kan via forms.gle/abc123XYZ',
    'Slides van mijn talk staan op https://speakerdeck.com/janvdb/verzekeren-in-2027',
    'Onze vacatures: https://www.vdp-assurantien.nl/werken-bij 🙌',
    'Join our community Slack: https://join.slack.com/t/insurtech-nl/shared_invite/zt-1abc',
    'Teams is down again? Check https://status.office.com before you panic.',
    'We gebruiken Microsoft Teams en SharePoint, en dat werkt prima.',
    'De service desk van de leverancier: https://support-desk.atlassian.net/servicedesk/customer/portal/2',
    // Network talk without a link.
    'Les 3 van de netwerkcursus: de privéreeksen zijn 10.0.0.0/8, 172.16.0.0/12 en 192.168.0.0/16.',
    'Tip: your router is usually at 192.168.1.1 – change the default password!',
    'Draai je het lokaal op localhost, dan zie je het verschil meteen.',
    'Fun fact: the .local domain is reserved for multicast DNS.',
    'Public IP of the conference Wi-Fi was 84.12.3.4:443, fun to see in the logs 😄',
    // E-mail addresses are not links (personal data is another rule's job).
    'Vragen? Mail servicedesk@intranet.vdp-assurantien.nl is niet nodig, bel gewoon even.',
    // Ordinary words and typos that look a little like hosts.
    'Klaar.Morgen weer een dag, e.g. lekker fietsen.',
    'Version 10.2.1 is out, with a faster start-up.',
    'Mooi uitzicht vanaf de 23e verdieping. #local #lan',
    'The Corp. (our climbing team) won the local league!',
    'Bekijk https://www.youtube.com/watch?v=dQw4w9WgXcQ eens 😉',
    'https://github.com/vdp/open-source-tool is ons eerste open-source project!',
    'Lees het artikel op https://fd.nl/financiele-markten/1234567/verzekeraars-2027 (betaalmuur, sorry).',
  ],
  invalid: [
    // SharePoint, OneDrive, Teams.
    {
      text: 'Checklist staat hier https://vdp.sharepoint.com/:b:/r/sites/Schade/Checklist%20schade.pdf',
      flagged: ['https://vdp.sharepoint.com/:b:/r/sites/Schade/Checklist%20schade.pdf'],
      severity: 'block',
    },
    {
      text: 'Dashboard: https://vdp-my.sharepoint.com/:x:/g/personal/r_bakker_vdp_nl/EQx7bN2k?e=Hf3kQp',
      flagged: ['https://vdp-my.sharepoint.com/:x:/g/personal/r_bakker_vdp_nl/EQx7bN2k?e=Hf3kQp'],
    },
    {
      text: 'Kick-off tomorrow 10:00, join here https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4%40thread.v2/0?context=%7b%7d',
      flagged: ['https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4%40thread.v2/0?context=%7b%7d'],
    },
    {
      text: 'Kom ook in het kanaal: teams.microsoft.com/l/channel/19%3a4d2f%40thread.tacv2/Algemeen',
      flagged: ['teams.microsoft.com/l/channel/19%3a4d2f%40thread.tacv2/Algemeen'],
    },
    {
      text: 'My notes: https://1drv.ms/w/s!Ak3xYz9QpL/EdYk?e=abc',
      flagged: ['https://1drv.ms/w/s!Ak3xYz9QpL/EdYk?e=abc'],
    },
    { text: 'Intranet-site: https://vdp.sharepoint.com', flagged: ['https://vdp.sharepoint.com'] },
    // Google documents opened for editing.
    {
      text: 'Wie helpt mee? https://docs.google.com/spreadsheets/d/1BxiMVs0XRA5nFMd/edit#gid=0',
      flagged: ['https://docs.google.com/spreadsheets/d/1BxiMVs0XRA5nFMd/edit#gid=0'],
    },
    {
      text: 'Draft of the announcement (comments welcome!): https://docs.google.com/document/d/1AbCdEf/edit?usp=sharing.',
      flagged: ['https://docs.google.com/document/d/1AbCdEf/edit?usp=sharing'],
    },
    {
      text: 'Editing the form here: https://docs.google.com/forms/d/1FAIpQL/edit',
      flagged: ['https://docs.google.com/forms/d/1FAIpQL/edit'],
    },
    // Jira, Confluence, Notion, Slack workspaces.
    {
      text: 'jira ticket for the flaky test: https://vdp.atlassian.net/browse/SCH-2314',
      flagged: ['https://vdp.atlassian.net/browse/SCH-2314'],
    },
    {
      text: 'Alles over de nieuwe werkwijze op Confluence: vdp.atlassian.net/wiki/spaces/SCH/pages/123',
      flagged: ['vdp.atlassian.net/wiki/spaces/SCH/pages/123'],
    },
    {
      text: 'Roadmap: https://www.notion.so/vdp/Roadmap-2027-0b7e1d2c9a4f4c8e8d3b5a6f7e8c9d01',
      flagged: ['https://www.notion.so/vdp/Roadmap-2027-0b7e1d2c9a4f4c8e8d3b5a6f7e8c9d01'],
    },
    {
      text: 'See the thread: https://vdp-team.slack.com/archives/C024BE91L/p1700000000',
      flagged: ['https://vdp-team.slack.com/archives/C024BE91L/p1700000000'],
    },
    // Intranet host names, private addresses, your own computer.
    {
      text: 'Oude dossiers staan nu in het DMS: http://dms.hv.local/archief/2014 Scheelt drie kasten 📦',
      flagged: ['http://dms.hv.local/archief/2014'],
    },
    {
      text: 'http://git.kade.internal/platform/-/merge_requests/112 — my biggest MR ever 🧹',
      flagged: ['http://git.kade.internal/platform/-/merge_requests/112'],
    },
    { text: 'Grafana (grafana.ops.corp/d/abc) shows the spike nicely', flagged: ['grafana.ops.corp/d/abc'] },
    { text: 'Printer staat op http://printer-2e.kantoor.lan:631', flagged: ['http://printer-2e.kantoor.lan:631'] },
    { text: 'Nieuwe tool! http://10.12.4.20:8080/polissen', flagged: ['http://10.12.4.20:8080/polissen'] },
    { text: 'Router config at https://192.168.10.1/admin if anyone needs it', flagged: ['https://192.168.10.1/admin'] },
    { text: 'Demo draait op localhost:3000/dashboard, kom kijken!', flagged: ['localhost:3000/dashboard'] },
    { text: 'Open http://wiki/Onboarding voor je eerste dag', flagged: ['http://wiki/Onboarding'] },
    {
      text: 'Staat op de S-schijf: \\\\fileserver\\projecten\\2027\\offertes',
      flagged: ['\\\\fileserver\\projecten\\2027\\offertes'],
    },
    {
      text: 'Open file:///C:/Users/jan/Documents/klantenlijst.xlsx for the numbers',
      flagged: ['file:///C:/Users/jan/Documents/klantenlijst.xlsx'],
    },
    // The pack's own internal domains, with and without a scheme.
    {
      text: 'Zie intranet.vdp-assurantien.nl/nieuws/personeelsfeest voor alles over het feest 🎉',
      flagged: ['intranet.vdp-assurantien.nl/nieuws/personeelsfeest'],
    },
    {
      text: '(all details: https://intranet.vdp-assurantien.nl/hr/verlof).',
      flagged: ['https://intranet.vdp-assurantien.nl/hr/verlof'],
    },
    {
      text: 'Two internal links: https://polis.vdp.local/p/1 and https://vdp.atlassian.net/browse/X-1',
      flagged: ['https://polis.vdp.local/p/1', 'https://vdp.atlassian.net/browse/X-1'],
    },
    {
      text: 'Link weg: zie https://vdp.atlassian.net/browse/SCH-1 voor meer',
      flagged: ['https://vdp.atlassian.net/browse/SCH-1'],
      fixed: 'Link weg: zie  voor meer',
    },
  ],
});
