// Links that only work inside the firm, or that show its tools and folders to
// outsiders: SharePoint and OneDrive files, Teams meetings, Google documents opened
// for editing, Jira/Confluence/Notion/Slack workspaces, intranet host names, private
// addresses, file shares, and the pack's own `internalDomains`. The public pages of
// the same services (a Google Form, a published document, a *.notion.site page,
// jira.atlassian.com) are what they are meant for: sharing, so they stay clean.
import { defineRule } from '../rule.ts';
import { findLinks, isIPv4, type Link } from '../text/urls.ts';

/** Which part of a link made it internal, and how the message names it. */
interface Verdict {
  messageId: 'domain' | 'service' | 'edit' | 'suffix' | 'dotless' | 'loopback' | 'private' | 'file';
  part: string;
  service?: string;
}

/** Top-level names that exist only inside a network (RFC 6762 `.local`, RFC 8375 `home.arpa`, ICANN's `.internal`, and the usual private ones). */
const INTERNAL_SUFFIXES = ['internal', 'corp', 'local', 'lan', 'intranet', 'intra', 'localdomain', 'home.arpa'];

/** Public parts of notion.so: the product's own pages, not a workspace. */
const NOTION_PUBLIC = new Set([
  'product', 'pricing', 'help', 'templates', 'template', 'guides', 'blog', 'about', 'careers', 'enterprise', 'customers',
  'security', 'desktop', 'mobile', 'integrations', 'releases', 'login', 'signup', 'startups', 'personal', 'teams',
  'education', 'ai', 'wikis', 'projects', 'docs', 'sites', 'calendar', 'mail', 'contact-sales', 'web-clipper', 'legal', 'community', 'events',
]);
/** Slack hosts that are Slack's own public pages, not a workspace. */
const SLACK_PUBLIC = new Set(['www', 'api', 'status', 'join', 'slack', 'get', 'app', 'community', 'slackhq', 'downloads']);

const pathParts = (path: string) => path.replace(/[?#].*$/, '').split('/').filter(Boolean);
const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

function privateIPv4(host: string): 'loopback' | 'private' | null {
  if (!isIPv4(host)) return null;
  const [a, b] = host.split('.').map(Number) as [number, number];
  if (a === 127 || host === '0.0.0.0') return 'loopback';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)) return 'private';
  return null;
}

function privateIPv6(host: string): 'loopback' | 'private' | null {
  if (!host.startsWith('[')) return null;
  const h = host.slice(1, -1);
  if (h === '::1') return 'loopback';
  return /^(?:f[cd][0-9a-f]{0,2}|fe[89ab][0-9a-f]?):/.test(h) ? 'private' : null;
}

/** Why a link is internal, or null when it is an ordinary public link. */
export function internalVerdict(link: Link, internalDomains: readonly string[]): Verdict | null {
  const { host, path, scheme } = link;
  const domain = internalDomains.find((d) => under(host, d));
  if (domain) return { messageId: 'domain', part: domain };
  if (scheme === 'file' || scheme === 'smb' || scheme === 'unc') return { messageId: 'file', part: scheme === 'unc' ? `\\\\${host}` : `${scheme}://` };
  const ip = privateIPv4(host) ?? privateIPv6(host);
  if (ip) return { messageId: ip, part: host };
  if (host === 'localhost' || host.endsWith('.localhost')) return { messageId: 'loopback', part: host };
  const suffix = INTERNAL_SUFFIXES.find((s) => host.endsWith(`.${s}`));
  if (suffix) return { messageId: 'suffix', part: `.${suffix}` };
  if (scheme && host && !host.includes('.') && !host.startsWith('[')) return { messageId: 'dotless', part: host };

  const parts = pathParts(path);
  if (/\.sharepoint\.(?:com|us|de|cn)$/.test(host) && host !== 'www.sharepoint.com')
    return { messageId: 'service', part: host, service: /-my\.sharepoint/.test(host) ? 'OneDrive' : 'SharePoint' };
  if ((host === '1drv.ms' || host === 'onedrive.live.com') && parts.length) return { messageId: 'service', part: host, service: 'OneDrive' };
  if ((host === 'teams.microsoft.com' || host === 'teams.live.com' || host === 'teams.cloud.microsoft') && parts.length)
    return { messageId: 'service', part: host, service: 'Microsoft Teams' };
  if (host === 'docs.google.com' || host === 'drive.google.com') {
    const edit = parts.indexOf('edit');
    if (edit > 0) return { messageId: 'edit', part: '/edit' };
    // The owner's own view of Drive ("/drive/u/0/…", "/drive/my-drive") works for nobody else.
    if (host === 'drive.google.com' && parts[0] === 'drive' && (parts[1] === 'u' || parts[1] === 'my-drive'))
      return { messageId: 'service', part: `${host}/drive`, service: 'Google Drive' };
  }
  if ((host.endsWith('.atlassian.net') || host.endsWith('.jira.com')) && parts[0] !== 'servicedesk')
    return { messageId: 'service', part: host, service: 'Jira / Confluence' };
  if ((host === 'notion.so' || host === 'www.notion.so') && parts.length && !NOTION_PUBLIC.has(parts[0]!.toLowerCase()) &&
    (parts.length >= 2 || /[0-9a-f]{32}$/i.test(parts[0]!)))
    return { messageId: 'service', part: `notion.so/${parts[0]}`, service: 'Notion' };
  if (host.endsWith('.slack.com') && !SLACK_PUBLIC.has(host.slice(0, -'.slack.com'.length)) && /^(?:archives|files|messages|team)$/.test(parts[0] ?? ''))
    return { messageId: 'service', part: host, service: 'Slack' };
  if (host === 'app.slack.com' && parts[0] === 'client') return { messageId: 'service', part: `${host}/client`, service: 'Slack' };
  return null;
}

export default defineRule({
  meta: {
    id: 'confidential-link',
    category: 'confidential',
    severity: 'block',
    description: {
      nl: 'Links naar interne systemen: SharePoint, OneDrive, Teams, Google-documenten met /edit, Jira, Confluence, Notion, intranet-hosts, privé-adressen en de interne domeinen uit het pakket.',
      en: 'Links to internal systems: SharePoint, OneDrive, Teams, Google documents with /edit, Jira, Confluence, Notion, intranet hosts, private addresses and the pack’s internal domains.',
    },
    messages: {
      domain: { nl: 'Interne link: ‘{part}’ is een intern domein van je werkgever.', en: "Internal link: '{part}' is one of your employer's internal domains." },
      service: { nl: 'Interne link: ‘{part}’ is een {service}-omgeving van een organisatie.', en: "Internal link: '{part}' is an organisation's {service} workspace." },
      edit: { nl: 'Interne link: ‘{part}’ opent het document om te bewerken, niet de openbare versie.', en: "Internal link: '{part}' opens the document for editing, not its published version." },
      suffix: { nl: 'Interne link: een adres op ‘{part}’ bestaat alleen binnen een bedrijfsnetwerk.', en: "Internal link: an address ending in '{part}' only exists inside a company network." },
      dotless: { nl: 'Interne link: ‘{part}’ is een servernaam zonder domein, die alleen binnen een netwerk werkt.', en: "Internal link: '{part}' is a server name without a domain, which only works inside a network." },
      loopback: { nl: 'Interne link: ‘{part}’ is je eigen computer; de link werkt voor niemand anders.', en: "Internal link: '{part}' is your own computer; the link works for nobody else." },
      private: { nl: 'Interne link: ‘{part}’ is een adres op een privénetwerk.', en: "Internal link: '{part}' is an address on a private network." },
      file: { nl: 'Interne link: ‘{part}’ wijst naar een bestand op je computer of op een interne schijf.', en: "Internal link: '{part}' points to a file on your computer or an internal file share." },
    },
    why: {
      nl: 'Interne links verraden mappen, projectnamen, klanten en systemen, ook als buitenstaanders ze niet kunnen openen.',
      en: 'Internal links give away folders, project names, clients and systems, even when outsiders cannot open them.',
    },
  },

  compile: (pack) => pack.internalDomains,

  check(ctx, internalDomains) {
    for (const link of findLinks(ctx.text)) {
      const v = internalVerdict(link, internalDomains);
      if (!v) continue;
      ctx.report({
        range: [link.start, link.end],
        messageId: v.messageId,
        data: { part: v.part, service: v.service ?? '' },
        fix: { replacement: '', label: { nl: 'Haal de link weg', en: 'Remove the link' } },
      });
    }
  },
});
