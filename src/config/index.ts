export { ENV_VARS, loadConfig } from './load-config.ts'
export { Config, type ConfigInput } from './schema.ts'
