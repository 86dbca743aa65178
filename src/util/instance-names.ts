// What an instance's name says about it: the one list of instance-name classes, shared by the model (which folder
// names name an instance) and the rules (which instance is production, which host names which instance).
// A class lists a kind of Campaign instance and the names it goes by; the first is the usual one.

interface InstanceClass {
  kind: string;
  production: boolean;
  names: readonly string[];
}

export const INSTANCE_CLASSES: readonly InstanceClass[] = [
  { kind: 'production', production: true, names: ['prod', 'production', 'prd', 'live'] },
  { kind: 'stage', production: false, names: ['stage', 'staging', 'stg'] },
  { kind: 'preproduction', production: false, names: ['preprod', 'pre-prod', 'preproduction'] },
  { kind: 'development', production: false, names: ['dev', 'development'] },
  { kind: 'test', production: false, names: ['test', 'tst'] },
  { kind: 'uat', production: false, names: ['uat'] },
  { kind: 'qa', production: false, names: ['qa'] },
  { kind: 'sandbox', production: false, names: ['sandbox'] },
  { kind: 'integration', production: false, names: ['int', 'integration'] },
  { kind: 'demo', production: false, names: ['demo'] },
  { kind: 'training', production: false, names: ['training'] },
];

/** Every name of every class, in the order of the list: the folder names that name an instance. */
export const INSTANCE_NAMES: readonly string[] = INSTANCE_CLASSES.flatMap((entry) => entry.names);

/** A name without its separators: how a compound name (`pre-prod`) reads once it is one token. */
const joined = (name: string): string => name.replace(/[^a-z0-9]/g, '');

const classOfName = new Map(
  INSTANCE_CLASSES.flatMap((entry) => entry.names.flatMap((name) => [[name, entry] as const, [joined(name), entry] as const])),
);
/** The class names that have separators of their own, as their parts: `pre-prod` → pre, prod. */
const COMPOUND_PARTS = INSTANCE_NAMES.filter((name) => joined(name) !== name).map((name) => name.split(/[^a-z0-9]+/));

/** The class a whole name (any case) belongs to: `Staging` → stage; undefined for a name of no class. */
export function instanceClassOf(name: string): InstanceClass | undefined {
  return classOfName.get(name.toLowerCase());
}

/** The names that mean the same instance as `name` (its class's names), or just `name`, lower-cased. */
export function synonymsOf(name: string): readonly string[] {
  return instanceClassOf(name)?.names ?? [name.toLowerCase()];
}

/**
 * The tokens of a name, lower-cased, in order (`campaign_prod-eu` → campaign, prod, eu). A class name that has
 * a separator of its own is one token (`pre-prod` → preprod), so `pre-prod` is never read as `prod`.
 */
export function nameTokens(name: string): string[] {
  const tokens = name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token !== '');
  for (const compound of COMPOUND_PARTS) {
    for (let at = 0; at + compound.length <= tokens.length; at++) {
      if (compound.every((part, offset) => tokens[at + offset] === part)) tokens.splice(at, compound.length, compound.join(''));
    }
  }
  return tokens;
}

/** Whether a name says production, as a whole or as a token (`prod-eu`, `campaign_live`), never `preprod`. */
export function isProductionName(name: string): boolean {
  return nameTokens(name).some((token) => instanceClassOf(token)?.production === true);
}

/** Whether a name says some non-production kind, as a whole or as a token (`emea-test`, `dev2` is not one). */
export function isNonProductionName(name: string): boolean {
  return nameTokens(name).some((token) => instanceClassOf(token)?.production === false);
}
