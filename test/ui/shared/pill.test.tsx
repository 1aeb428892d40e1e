/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render } from '@testing-library/react';
import '@testing-library/jest-dom';
import { Pill } from '../../../src/ui/shared/Pill';
import { PillAppearance, PillColor } from '../../../src/ui/shared/Pill.types';

describe('Pill (the Badge look without Badge)', () => {
  it('gives every appearance and colour its own style, and passes attributes through', () => {
    const appearances: PillAppearance[] = ['filled', 'tint', 'outline'];
    const colors: PillColor[] = ['brand', 'danger', 'informative', 'success', 'warning'];
    const { container } = render(
      <div>
        {appearances.map((a) => colors.map((c) => <Pill key={a + c} appearance={a} color={c} data-variant={`${a}-${c}`}>{`${a} ${c}`}</Pill>))}
      </div>
    );
    const classes = Array.from(container.querySelectorAll('[data-variant]')).map((el) => el.className);
    expect(classes).toHaveLength(15);
    expect(new Set(classes).size).toBe(15);
    expect(container.querySelector('[data-variant="tint-danger"]')).toHaveTextContent('tint danger');
  });

  it('defaults to filled brand, as Badge does; small is its own size', () => {
    const { container } = render(
      <div>
        <Pill data-x="default">a</Pill>
        <Pill data-x="filled-brand" appearance="filled" color="brand">
          b
        </Pill>
        <Pill data-x="small" size="small">
          c
        </Pill>
      </div>
    );
    const cls = (x: string): string => (container.querySelector(`[data-x="${x}"]`) as HTMLElement).className;
    expect(cls('default')).toBe(cls('filled-brand'));
    expect(cls('small')).not.toBe(cls('default'));
  });
});
