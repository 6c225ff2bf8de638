/**
 * The site model: what the whole archive agrees on, written once. The language table (languages.ts),
 * the build configuration read from the environment (config.ts), the citation styles
 * (cite-styles.ts) and the topics (topics.ts, data in content/topics.yaml). Browser code imports
 * languages.ts directly, which needs neither zod, the file system nor the environment.
 */
export * from './languages.ts';
export { Lang as LangSchema } from './lang-schema.ts';
export * from './cite-styles.ts';
export { ConfigError, normaliseBase, readConfig, siteConfig, type Config } from './config.ts';
export * from './topics.ts';
