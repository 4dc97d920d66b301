import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { ErrorSummary } from './error-summary';

describe('ErrorSummary and the page title', () => {
  it('starts the title with "Error: " while errors show, once, and takes it off when they are fixed or the page goes', async () => {
    const title = TestBed.inject(Title);
    title.setTitle('Partnership settings – Waymark');
    const fixture = TestBed.createComponent(ErrorSummary);
    await fixture.whenStable();
    expect(title.getTitle()).toBe('Partnership settings – Waymark');

    fixture.componentRef.setInput('errors', [{ fieldId: 'name', message: 'Enter the partnership name' }]);
    await fixture.whenStable();
    expect(title.getTitle()).toBe('Error: Partnership settings – Waymark');
    fixture.componentRef.setInput('errors', [
      { fieldId: 'name', message: 'Enter the partnership name' },
      { message: 'Another problem' },
    ]);
    await fixture.whenStable();
    expect(title.getTitle()).toBe('Error: Partnership settings – Waymark');

    fixture.componentRef.setInput('errors', []);
    await fixture.whenStable();
    expect(title.getTitle()).toBe('Partnership settings – Waymark');

    fixture.componentRef.setInput('errors', [{ message: 'Something went wrong' }]);
    await fixture.whenStable();
    fixture.destroy();
    expect(title.getTitle()).toBe('Partnership settings – Waymark');
  });
});
