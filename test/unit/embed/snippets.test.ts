import { describe, expect, test } from 'vitest';
import { componentSnippet, iframeSnippet } from '../../../src/builder/snippets.ts';
import { DEFAULT_EMBED_CONFIG, parseEmbedConfig } from '../../../src/embed/config.ts';

const APP = 'https://carte.example.fr/sante/';
const config = {
  ...DEFAULT_EMBED_CONFIG,
  territory: { type: 'epci' as const, siren: '246200364' },
  layers: ['msp' as const],
  title: 'Soins "à" Lens & alentours',
};

describe('snippets', () => {
  test('the iframe points at the embed mode with the options, and has the recommended attributes', () => {
    const html = iframeSnippet(APP, config, 500);
    const src = /src="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const url = new URL(src);
    expect(url.origin + url.pathname).toBe(APP);
    expect(parseEmbedConfig(Object.fromEntries(url.searchParams))).toEqual({ config, warnings: [] });
    expect(url.searchParams.get('embed')).toBe('1');
    for (const attr of ['allow="geolocation"', 'loading="lazy"', 'sandbox="allow-scripts', 'height="500"'])
      expect(html).toContain(attr);
    expect(html).toContain('title="Soins &quot;à&quot; Lens &amp; alentours"');
  });

  test('the web component loads the script beside the app (classic: no CORS needed) and carries the same options as attributes', () => {
    const html = componentSnippet(APP, config, 500);
    expect(html).toContain(
      '<script src="https://carte.example.fr/sante/embed/carte-sante-bassin-minier.js" defer></script>',
    );
    expect(html).not.toContain('type="module"');
    expect(html).toContain('territory="246200364"');
    expect(html).toContain('layers="msp"');
    expect(html).toContain('height="500"');
    expect(html).not.toContain('embed="1"');
  });
});
