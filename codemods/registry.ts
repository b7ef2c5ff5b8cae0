// Every campaign the toolkit knows. The bin hands this registry to the engine; worker threads import it by URL.
import { selectCodemods, type Registry } from '../src/engine/registry.ts';
import { proctortrack } from './proctortrack/index.ts';

export const registry: Registry = { campaigns: [proctortrack], moduleUrl: import.meta.url };

/** The selection for command-line names from this registry (tests and scripts). */
export const select = (names: string[]) => selectCodemods(registry.campaigns, names);
