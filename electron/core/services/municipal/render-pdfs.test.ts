import { describe, expect, it } from 'vitest';
import type { PdfRenderer } from '../../platform';
import { renderPdfs, type PdfJob } from './render-pdfs';

const jobs: PdfJob[] = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ name: `${name}.pdf`, route: `/print/${name}`, title: name }));

/** A renderer whose calls finish when told, counting how many run at once. */
function fakeRenderer(concurrency: number | undefined, fail?: string) {
  const started: string[] = [];
  let running = 0;
  let most = 0;
  const renderer: PdfRenderer = {
    ...(concurrency === undefined ? {} : { concurrency }),
    async renderPdf({ route }) {
      started.push(route);
      most = Math.max(most, ++running);
      // Later routes finish first, so the answer cannot rely on the order of finishing.
      await new Promise((resolve) => setTimeout(resolve, 20 - started.length * 3));
      running--;
      if (route === fail) throw new Error(`no ${route}`);
      return new TextEncoder().encode(`%PDF ${route}`);
    },
    close: () => Promise.resolve(),
  };
  return { renderer, started, most: () => most };
}

describe('renderPdfs', () => {
  it('renders one at a time unless the renderer says more, each file under its own name', async () => {
    const one = fakeRenderer(undefined);
    let finished = 0;
    const rendered = await renderPdfs(one.renderer, jobs, () => finished++);
    expect(one.most()).toBe(1);
    expect(finished).toBe(5);
    expect([...rendered.keys()].sort()).toEqual(['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf', 'e.pdf']);
    expect(new TextDecoder().decode(rendered.get('c.pdf'))).toBe('%PDF /print/c');
  });

  it('runs as many at once as the renderer allows, never more than there are files', async () => {
    const three = fakeRenderer(3);
    const rendered = await renderPdfs(three.renderer, jobs, () => undefined);
    expect(three.most()).toBe(3);
    expect(new TextDecoder().decode(rendered.get('e.pdf'))).toBe('%PDF /print/e');
    const many = fakeRenderer(10);
    await renderPdfs(many.renderer, jobs.slice(0, 2), () => undefined);
    expect(many.most()).toBe(2);
  });

  it('stops starting files after the first failure and rejects with it', async () => {
    const failing = fakeRenderer(2, '/print/a');
    await expect(renderPdfs(failing.renderer, jobs, () => undefined)).rejects.toThrow('no /print/a');
    expect(failing.started.length).toBeLessThan(jobs.length);
  });
});
