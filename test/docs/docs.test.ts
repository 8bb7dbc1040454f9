import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../../src/scenario/readScenario.js';

const yamlBlocks = (file: string) => [...readFileSync(file, 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);

describe('documentation', () => {
  it('should show a complete example in docs/scenario-format.md that passes every check', () => {
    const example = yamlBlocks('docs/scenario-format.md').find((b) => b.startsWith('id:'));
    expect(example).toBeDefined();
    const checked = readScenario('docs/scenario-format.md', example as string);
    expect(Object.keys(checked.scenario.triggers)).toEqual(['attack', 'sign_agreement', 'closure_deadline']);
  });

  it('should keep the README quick start to the two commands', () => {
    const readme = readFileSync('README.md', 'utf8');
    const quick = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1));
    expect(quick).toContain('```sh\nnpm install && npm start\nnpm test\n```');
  });
});
