import type { Actor } from '../schemas/generated/minutes.js';
import institutions from './registries/eu-institutions.json' with { type: 'json' };
import dgs from './registries/eu-commission-dgs.json' with { type: 'json' };
import memberStates from './registries/eu-member-states.json' with { type: 'json' };
import { defineOwn } from './actors.js';

/** A registry shipped with minutes (src/model/registries/*.json; sources named in each file and in docs/registries.md). */
interface BuiltInRegistry {
  name: string;
  description: string;
  source: string;
  retrieved: string;
  actors: Record<string, { name: string; aliases: string[] }>;
  groups: Record<string, { name: string; aliases: string[]; members: string[] }>;
}

const BUILT_IN_REGISTRIES: ReadonlyMap<string, BuiltInRegistry> = new Map(
  ([institutions, dgs, memberStates] as BuiltInRegistry[]).map((registry) => [registry.name, registry]),
);

/** The actors (groups included) of the built-in registries named, in the order named. */
export function builtInActors(names: readonly string[]): Record<string, Actor> {
  const actors: Record<string, Actor> = {};
  for (const name of names) {
    const registry = BUILT_IN_REGISTRIES.get(name);
    if (!registry) continue;
    for (const [code, actor] of Object.entries(registry.actors)) defineOwn<Actor>(actors, code, { name: actor.name, aliases: [...actor.aliases] });
    for (const [code, group] of Object.entries(registry.groups)) {
      defineOwn<Actor>(actors, code, { name: group.name, aliases: [...group.aliases], members: [...group.members] });
    }
  }
  return actors;
}
