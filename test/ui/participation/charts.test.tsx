/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render } from '@testing-library/react';
import '@testing-library/jest-dom';
import { ParticipationBarChart } from '../../../src/ui/participation/ParticipationBarChart';
import { quietCanvas } from './render';

quietCanvas();

describe('the Deelname charts (@fluentui/react-charts in jsdom)', () => {
  it('draw a bar per shown value and no bar for a hidden one', () => {
    const { container } = render(
      <ParticipationBarChart
        title="Staafdiagram: test"
        points={[
          { label: 'jan', value: 41, text: '41' },
          { label: 'feb', value: null, text: '< 5' },
          { label: 'mrt', value: 12, text: '12' }
        ]}
      />
    );
    const svg = container.querySelector('svg') as SVGElement;
    expect(svg.getAttribute('aria-label')).toMatch(/^Staafdiagram: test\./);
    // One focusable bar per shown value; the hidden month is drawn as no bar at all.
    const bars = Array.from(container.querySelectorAll('rect[role="option"]')).map((r) => r.getAttribute('aria-label'));
    expect(bars).toEqual(['jan. jan, 41.', 'mrt. mrt, 12.']);
  });
});
