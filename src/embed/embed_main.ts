/**
 * What the entry point needs in embed mode, in one module loaded only when `?embed=1`
 * (the full app's first bundle stays small).
 */

export { serializeEmbedTerritory } from '../state/vocabulary.ts';
export { applyEmbedTerritory, embedInitialState } from './apply_config.ts';
export { startEmbedBridge } from './bridge.ts';
export { parseEmbedConfig, serializeEmbedConfig } from './config.ts';
