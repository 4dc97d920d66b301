import { TestBed } from '@angular/core/testing';
import { RagTag } from './rag-tag';

describe('RagTag', () => {
  it('shows the word with its GOV.UK tag colour', async () => {
    const fixture = TestBed.createComponent(RagTag);
    fixture.componentRef.setInput('rag', 'Amber');
    await fixture.whenStable();
    const tag = (fixture.nativeElement as HTMLElement).querySelector('strong');
    expect(tag?.textContent?.trim()).toBe('Amber');
    expect(tag?.className).toContain('govuk-tag--yellow');
  });

  it('says there is no RAG rather than showing an empty colour', async () => {
    const fixture = TestBed.createComponent(RagTag);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe('No RAG');
  });
});
