import { describe, expect, it } from 'vitest';
import { insertSanitizedHtml } from './insert-html';

describe('insertSanitizedHtml', () => {
  it('inserts sanitized nodes: no scripts, handlers or styles; links open safely', () => {
    const target = document.createElement('div');
    target.textContent = 'old';
    insertSanitizedHtml(target, '<p style="color:red">Hi <a href="https://example.com/x">link</a></p><script>alert(1)</script><img src="x.png" onerror="alert(2)">');
    expect(target.querySelector('script')).toBeNull();
    expect(target.querySelector('[onerror]')).toBeNull();
    expect(target.querySelector('[style]')).toBeNull();
    const a = target.querySelector('a')!;
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(target.querySelector('img')?.getAttribute('loading')).toBe('lazy');
    expect(target.textContent).not.toContain('old');
    expect(target.textContent).toContain('Hi link');
  });

  it('drops javascript: URLs', () => {
    const target = document.createElement('div');
    insertSanitizedHtml(target, '<a href="javascript:alert(1)">x</a>');
    expect(target.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
  });
});
