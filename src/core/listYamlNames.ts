// The YAML files of a folder, by name.
import { existsSync, readdirSync } from 'node:fs';

/** File names ending in `.yaml`, without it, sorted; none when the folder is missing. */
export function listYamlNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5))
    .sort();
}
