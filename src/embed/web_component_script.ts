/**
 * Entry of the built web component (vite.embed.config.ts → `dist/embed/carte-sante-bassin-minier.js`): one
 * classic script, wrapped in a function (IIFE), that defines `<carte-sante-bassin-minier>` and exports nothing,
 * so it adds no global name to the partner's page and loads from any origin without CORS.
 */
import { defineCarteSante } from './web_component.ts';

defineCarteSante();
