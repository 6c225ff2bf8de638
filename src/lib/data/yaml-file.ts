// Kept for src/lib/search/client-data.ts until its rewrite imports ../core/yaml.ts directly.
export { readYaml } from '../core/yaml.ts';
