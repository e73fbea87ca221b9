// The admin policy (what an admin may set through managed browser policy),
// defined with the same DSL as the pack and built on packSchema, so the managed
// schema, the policy types and the pack format cannot drift apart.
import { packSchema, type Pack } from '../schema/pack.ts';
import { s, toChromeSchema, type Infer } from '../schema/dsl.ts';
import { PLATFORMS } from '../types.ts';

/** Default refresh of a pack fetched from `rulePackUrl`, in minutes. */
export const DEFAULT_REFRESH_MINUTES = 360;

const siteSwitch = (site: string) =>
  s.boolean({ description: `false switches Think Twice off on ${site}; true keeps it on. Either way users cannot change it.` });

const selectorList = (what: string) =>
  s.array(s.string({ minLength: 1 }), { maxItems: 50, description: `CSS selectors of ${what}, added to the built-in ones. A selector that is not valid CSS is reported with its path and ignored.` });
const siteSelectorSet = s.object(
  {
    composer: selectorList('editable roots of composers (the contenteditable element or textarea)'),
    submit: selectorList('buttons that publish what the nearest composer holds'),
    enterSubmits: selectorList('composers where a plain Enter publishes'),
  },
  { required: [], description: 'Selectors to add on this site.' },
);

export const policySchema = s.object({
  rulePack: {
    ...packSchema,
    description:
      'The company rule pack as an object. In managed storage every client and confidential entry must be an object ' +
      '{"name": ...} (Chrome\'s policy schema has no unions); `thinktwice policy` writes it that way.',
  },
  rulePackJson: s.string({
    minLength: 1,
    description: 'The same pack as a JSON string, for consoles that only take strings. Entries may be plain strings here.',
  }),
  rulePackUrl: s.string({
    minLength: 1,
    description:
      'HTTPS address of the pack (JSON). Fetched by the extension, verified against rulePackSha256, cached and refreshed. ' +
      'The server must send Access-Control-Allow-Origin.',
  }),
  rulePackSha256: s.string({
    minLength: 1,
    description: 'SHA-256 of the file at rulePackUrl, 64 hex digits. A pack with another checksum is refused.',
  }),
  rulePackRefreshMinutes: s.number({
    integer: true,
    minimum: 15,
    maximum: 10080,
    description: `How often rulePackUrl is checked for a new version (default ${DEFAULT_REFRESH_MINUTES}).`,
  }),
  lockUserRules: s.boolean({
    description: 'true: users cannot switch off or weaken any rule, nor switch a site off; they can only add their own clients and terms.',
  }),
  privateChats: s.boolean({
    description:
      'true: private chats (Messenger, X direct messages) are checked too, and Enter-to-send is held there; false: they are not. ' +
      'Either way users cannot change it. Unset: off unless the user switches it on.',
  }),
  siteSelectors: s.object(
    Object.fromEntries(PLATFORMS.map((p) => [p, siteSelectorSet])) as Record<(typeof PLATFORMS)[number], typeof siteSelectorSet>,
    {
      required: [],
      description: 'Per site, composer and submit selectors to add the day a site changes, without a new release. The built-in selectors keep working.',
    },
  ),
  sites: s.object(
    Object.fromEntries(PLATFORMS.map((p) => [p, siteSwitch(p)])) as Record<(typeof PLATFORMS)[number], ReturnType<typeof siteSwitch>>,
    { required: [], description: 'Per-site switch. A site not listed here can be switched by the user, unless lockUserRules is true.' },
  ),
});

export type Policy = Infer<typeof policySchema>;
export type PolicyKey = keyof Policy & string;
export const POLICY_KEYS = Object.keys(policySchema.properties) as PolicyKey[];

/** The contents of `managed_schema.json`. */
export function managedSchema(): Record<string, unknown> {
  return toChromeSchema(policySchema);
}

/**
 * A pack in the form Chrome's managed storage accepts: string entries become
 * `{ "name": ... }` objects (the schema keeps only the object form) and
 * `$schema`, which is not part of the managed schema, is dropped.
 */
export function toManagedPack(pack: Pack): Pack {
  const { $schema: _, ...rest } = pack as Pack & { $schema?: unknown };
  const out: Pack = { ...rest };
  const obj = (e: NonNullable<Pack['clients']>[number]) => (typeof e === 'string' ? { name: e } : e);
  if (pack.clients) out.clients = pack.clients.map(obj);
  if (pack.confidential) out.confidential = pack.confidential.map(obj);
  return out;
}
