import { describe, expect, it } from 'vitest';
import { hasRemoteImages, sanitizeMailHtml, withoutRemoteImages } from './mail-html.js';

describe('a letter’s HTML', () => {
  it.each([
    ['<p onclick="steal()">Привет<script>alert(1)</script></p>', '<p>Привет</p>'],
    ['<a href="javascript:alert(1)">ссылка</a>', '<a target="_blank" rel="noopener noreferrer nofollow">ссылка</a>'],
    ['<a href="https://romashka.ru">сайт</a>', '<a href="https://romashka.ru" target="_blank" rel="noopener noreferrer nofollow">сайт</a>'],
    ['<iframe src="https://evil.example"></iframe><form><input></form>Текст', 'Текст'],
    ['<img src="data:image/png;base64,AAAA">', '<img />'],
    ['<p style="color:red;position:fixed">Красный</p>', '<p style="color:red">Красный</p>'],
  ])('%s is stored as %s', (html, stored) => {
    expect(sanitizeMailHtml(html)).toBe(stored);
  });

  it('keeps remote images for “show images” and drops them by default', () => {
    const stored = sanitizeMailHtml('<p>Логотип: <img src="https://tracker.example/pixel.gif" alt="лого"></p>');
    expect(hasRemoteImages(stored)).toBe(true);
    expect(stored).toContain('https://tracker.example/pixel.gif');
    const shown = withoutRemoteImages(stored);
    expect(shown).not.toContain('tracker.example');
    expect(shown).toContain('[лого]');
  });
});
