// The campaigns a run can choose from. The engine knows none: the bin hands it a registry (codemods/registry.ts), and
// worker threads load the same module by its URL, so a second campaign needs no change here.
import type { Campaign, Codemod } from './types.ts';

export interface Registry {
  campaigns: Campaign[];
  /** URL of a module exporting `registry`: worker threads import it to find codemods by name. */
  moduleUrl: string;
}

export interface Selection {
  campaign: Campaign;
  codemods: Codemod[];
}

/** Names may be campaigns or codemods (from one campaign); order follows the campaign, duplicates collapse. */
export function selectCodemods(campaigns: Campaign[], names: string[]): Selection | { unknown: string[] } | { mixed: string[] } {
  const unknown: string[] = [];
  const chosen = new Set<Codemod>();
  const owners = new Set<Campaign>();
  for (const name of names) {
    const campaign = campaigns.find((c) => c.name === name);
    if (campaign) {
      owners.add(campaign);
      campaign.codemods.forEach((codemod) => chosen.add(codemod));
      continue;
    }
    const owner = campaigns.find((c) => c.codemods.some((codemod) => codemod.name === name));
    if (!owner) {
      unknown.push(name);
      continue;
    }
    owners.add(owner);
    chosen.add(owner.codemods.find((codemod) => codemod.name === name)!);
  }
  if (unknown.length) return { unknown };
  if (owners.size !== 1) return { mixed: [...owners].map((c) => c.name) };
  const [campaign] = owners;
  return { campaign, codemods: campaign.codemods.filter((codemod) => chosen.has(codemod)) };
}

export function findCodemod(campaigns: Campaign[], name: string): Codemod | undefined {
  for (const campaign of campaigns) {
    const found = campaign.codemods.find((codemod) => codemod.name === name);
    if (found) return found;
  }
  return undefined;
}
