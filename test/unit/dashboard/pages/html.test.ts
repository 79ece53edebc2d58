import { describe, expect, it } from 'vitest';
import { coordinate, escapeHtml, html, SafeHtml } from '../../../../src/dashboard/pages/html.ts';

describe('html templates', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['Xã Văn Lăng', 'Xã Văn Lăng'],
    ['&amp;', '&amp;amp;'],
  ])('escapes %j', (input, output) => {
    expect(escapeHtml(input)).toBe(output);
    expect(html`<td>${input}</td>`.value).toBe(`<td>${output}</td>`);
  });

  it('an attribute value cannot be broken out of', () => {
    expect(html`<a href="${'x" onclick="steal()'}">`.value).toBe('<a href="x&quot; onclick=&quot;steal()">');
  });

  it('nests templates and arrays without escaping them twice; null, undefined and false render nothing', () => {
    const cells = ['<1>', '2'].map((c) => html`<td>${c}</td>`);
    expect(html`<tr>${cells}${null}${undefined}${false}${0}</tr>`.value).toBe('<tr><td>&lt;1&gt;</td><td>2</td>0</tr>');
    expect(html`${new SafeHtml('<b>trusted</b>')}`.value).toBe('<b>trusted</b>');
  });

  it.each([
    [1.25, '1.3'],
    [-0.01, '0'],
    [640, '640'],
    [206.25, '206.3'],
  ])('coordinate(%s) is %s', (n, text) => {
    expect(coordinate(n)).toBe(text);
  });
});
