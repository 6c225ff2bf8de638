// TODO(site-model): src/integrations/search-index.ts still imports the configuration from here; once it imports src/site/config.ts this file goes.
export { readConfig } from '../site/config.ts';
