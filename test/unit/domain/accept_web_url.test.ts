import { describe, expect, test } from 'vitest';
import { acceptWebUrl } from '../../../src/domain/accept_web_url.ts';

describe('acceptWebUrl', () => {
  test('keeps absolute http and https URLs (normalised by the URL parser)', () => {
    expect(acceptWebUrl('https://www.filieris.fr/toutes-les-actualites')).toBe(
      'https://www.filieris.fr/toutes-les-actualites',
    );
    expect(acceptWebUrl('  http://a.example ')).toBe('http://a.example/');
    expect(acceptWebUrl('HTTPS://Ville-Avion.fr/index.php/node/1046')).toBe(
      'https://ville-avion.fr/index.php/node/1046',
    );
  });

  test.each([
    ['javascript:', 'javascript:alert(document.domain)'],
    ['javascript: in capitals', 'JavaScript:alert(1)'],
    ['javascript: behind spaces', '   javascript:alert(1)'],
    ['a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a new line inside the scheme', 'java\nscript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['a relative path', '/sante/page.html'],
    ['a protocol-relative URL', '//evil.example/x'],
    ['a scheme without host', 'https://'],
    ['another scheme', 'ftp://files.example/x'],
    ['an empty string', ''],
    ['no string at all', null],
  ])('refuses %s', (_name, raw) => {
    expect(acceptWebUrl(raw)).toBeNull();
  });
});
