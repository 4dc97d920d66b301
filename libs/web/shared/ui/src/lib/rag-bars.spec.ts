import { TestBed } from '@angular/core/testing';
import { RagBars } from './rag-bars';

describe('RagBars', () => {
  it('states every count in words, so the chart never relies on colour', async () => {
    const fixture = TestBed.createComponent(RagBars);
    fixture.componentRef.setInput('data', [
      { label: 'Aim 1', counts: { Red: 1, Amber: 2, Green: 3 }, none: 0 },
      { label: 'Aim 2', counts: { Red: 0, Amber: 0, Green: 0 }, none: 0 },
    ]);
    await fixture.whenStable();
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('Aim 1: 1 Red, 2 Amber, 3 Green');
    expect(text).toContain('Aim 2: no actions');
    expect((fixture.nativeElement as HTMLElement).querySelectorAll('.wm-rag-bars__bar')).toHaveLength(1);
  });
});
