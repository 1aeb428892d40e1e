/**
 * @jest-environment jsdom
 */
import { screen, fireEvent, waitFor, within, configure, act } from '@testing-library/react';
import '@testing-library/jest-dom';
import { DataError } from '../../../src/core/errors';
import { activity } from '../activities/fakeActivitiesApi';
import { EMPLOYEE, FakeStudioApi, renderStudio } from './fakeStudioApi';

configure({ asyncUtilTimeout: 4000 });

function field(name: string): HTMLInputElement {
  const el = document.querySelector(`[data-studio-form] [data-field="${name}"]`) as HTMLInputElement;
  if (!el) {
    throw new Error('no field ' + name);
  }
  return el;
}

function type(name: string, value: string): void {
  fireEvent.change(field(name), { target: { value } });
}

async function startLunchWalk(): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'Lunchwandeling' }));
}

function submit(): void {
  fireEvent.click(document.querySelector('[data-studio-submit]') as HTMLElement);
}

/** Runs the summary's deferred focus. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 10));
  });
}

describe('Ambassadeurs: publish form', () => {
  it('shows employees a friendly explanation with the configured contact, not an error', async () => {
    renderStudio(new FakeStudioApi(EMPLOYEE));
    expect(await screen.findByText('Deze pagina is voor #SamenBeter-ambassadeurs')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Word ambassadeur: neem contact op' })).toHaveAttribute('href', 'mailto:samenbeter@maastricht.example');
    expect(document.querySelector('[data-studio-form]')).toBeNull();
  });

  it('offers "Besloten" only to coordinators (site owners), who alone can read private sign-ups', async () => {
    const { unmount } = renderStudio(new FakeStudioApi());
    await screen.findByRole('button', { name: 'Publiceren' });
    expect(screen.queryByRole('checkbox', { name: /Besloten/ })).toBeNull();
    unmount();
    renderStudio(new FakeStudioApi({ ...EMPLOYEE, isOwner: true }));
    await screen.findByRole('button', { name: 'Publiceren' });
    expect(screen.getByRole('checkbox', { name: /Besloten/ })).toBeInTheDocument();
  });

  it('validates before sending: a summary takes focus, messages in Dutch next to each field, links focus the field', async () => {
    const api = new FakeStudioApi();
    renderStudio(api);
    await screen.findByRole('button', { name: 'Publiceren' });
    submit();
    await settle();
    const summary = document.querySelector('[data-error-summary]') as HTMLElement;
    expect(summary).toBeInTheDocument();
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links[0]).toHaveTextContent('Vul titel in.');
    expect(within(summary).getByText('Vul pijler in.')).toBeInTheDocument();
    expect(within(summary).getByText('Vul aantal plaatsen in.')).toBeInTheDocument();
    // The same message next to the field.
    expect(screen.getAllByText('Vul titel in.')).toHaveLength(2);
    fireEvent.click(links[0]);
    expect(document.activeElement).toBe(field('title'));
    expect(api.published).toHaveLength(0);
  });

  it('checks the bad-input corpus: too long, end before start, past and impossible dates, http links', async () => {
    const api = new FakeStudioApi();
    renderStudio(api);
    await startLunchWalk();
    type('title', 'x'.repeat(256));
    type('endTime', '12:00');
    type('imageUrl', 'http://example.com/a.png');
    submit();
    await settle();
    const summary = document.querySelector('[data-error-summary]') as HTMLElement;
    expect(within(summary).getByText('Titel is te lang: maximaal 255 tekens (nu 256).')).toBeInTheDocument();
    expect(within(summary).getByText('De eindtijd moet na de begintijd liggen.')).toBeInTheDocument();
    expect(within(summary).getByText(/Afbeelding.*moet beginnen met https:\/\//)).toBeInTheDocument();

    type('title', 'Lunchwandeling');
    type('endTime', '12:45');
    type('imageUrl', '');
    type('dates', '2026-11-01');
    submit();
    await settle();
    expect(within(document.querySelector('[data-error-summary]') as HTMLElement).getByText('Datum ligt in het verleden.')).toBeInTheDocument();
    // A browser's date input never yields 30 February: it reads as empty.
    type('dates', '2026-02-30');
    submit();
    await settle();
    expect(within(document.querySelector('[data-error-summary]') as HTMLElement).getByText(/Vul datum in\.|geen bestaande datum/)).toBeInTheDocument();
    expect(api.published).toHaveLength(0);
  });

  it('stores emoji, quotes, OData syntax and <script> as text and shows them harmlessly', async () => {
    const api = new FakeStudioApi();
    renderStudio(api);
    await startLunchWalk();
    const title = `<script>alert(1)</script> 't Hof eq 'x' or 1 eq 1 "🏃‍♀️"`;
    type('title', title);
    // The preview shows it as text.
    const preview = document.querySelector('[data-studio-preview]') as HTMLElement;
    expect(within(preview).getByText(title)).toBeInTheDocument();
    expect(preview.querySelector('script')).toBeNull();
    submit();
    await screen.findByText(`Gepubliceerd: ${title.trim()}`);
    expect(api.published[0].title).toBe(title);
    expect(document.querySelector('script')).toBeNull();
  });

  it('publishes a series over the DST change with the Amsterdam dates as entered', async () => {
    const api = new FakeStudioApi();
    renderStudio(api);
    await startLunchWalk();
    // Thursdays around Sunday 28 March 2027 (the clock change, and Eerste Paasdag: a Sunday
    // series would skip it).
    type('dates', '2027-03-25');
    type('weeks', '3');
    submit();
    await screen.findByText('Gepubliceerd: Lunchwandeling');
    expect(api.published[0].dates).toEqual(['2027-03-25', '2027-04-01', '2027-04-08']);
    expect(api.published[0].startTime).toBe('12:15');
  });

  it('keeps all input when saving fails (throttled) and publishes on retry', async () => {
    const api = new FakeStudioApi();
    api.faults.publish = () => new DataError('throttled', '429', 429);
    renderStudio(api);
    await startLunchWalk();
    type('title', 'Lunchwandeling Stadspark');
    submit();
    const failure = await waitFor(() => {
      const el = document.querySelector('[data-save-error]') as HTMLElement;
      expect(el).toBeInTheDocument();
      return el;
    });
    expect(failure).toHaveTextContent('Opslaan is niet gelukt. Je invoer staat er nog');
    expect(field('title').value).toBe('Lunchwandeling Stadspark');
    expect(field('capacity').value).toBe('20');
    fireEvent.click(within(failure).getByRole('button', { name: 'Opnieuw proberen' }));
    await screen.findByText('Gepubliceerd: Lunchwandeling Stadspark');
    expect(api.published).toHaveLength(1);
  });

  it('edits with the ETag and shows "changed by someone else — reload" on a conflict', async () => {
    const api = new FakeStudioApi();
    api.addActivity(activity({ id: 1, title: 'Yoga', shape: 'oneOff', dates: ['2026-12-03'], organiser: { id: 7, name: 'Maud', email: 'm@x' } }));
    api.faults.update = () => new DataError('conflict', '412', 412);
    renderStudio(api);
    fireEvent.click(await screen.findByRole('tab', { name: 'Mijn activiteiten' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Wijzigen' }));
    expect(field('title').value).toBe('Yoga');
    type('startTime', '12:30');
    fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByText('Iemand anders heeft dit intussen gewijzigd — laad opnieuw')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Laad opnieuw' })).toBeInTheDocument();
    expect(field('startTime').value).toBe('12:30');
  });

  it('calls an activity off only after saying who is affected and asking for a reason, then reopens it', async () => {
    const api = new FakeStudioApi();
    const yoga = activity({ id: 1, title: 'Yoga', dates: ['2026-12-03'], capacity: 1 });
    api.addActivity(yoga);
    api.signUp(yoga, null, { id: 31, name: 'Anouk Janssen', email: 'anouk@x' });
    api.signUp(yoga, null, { id: 32, name: 'Ruud Coenen', email: 'ruud@x' });
    renderStudio(api);
    fireEvent.click(await screen.findByRole('tab', { name: 'Mijn activiteiten' }));
    // Not "Annuleren" (that means "stop this action" everywhere else).
    expect(screen.queryByRole('button', { name: 'Annuleren' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Activiteit afzeggen' }));
    const confirm = document.querySelector('[data-cancel-confirm]') as HTMLElement;
    expect(await within(confirm).findByText(/^2 deelnemers \(bevestigd en op de wachtlijst\)/)).toBeInTheDocument();
    expect(api.cancelReasons).toEqual([]);
    // Going back changes nothing.
    fireEvent.click(within(confirm).getByRole('button', { name: 'Niet afzeggen' }));
    expect(document.querySelector('[data-cancel-confirm]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Activiteit afzeggen' }));
    fireEvent.change(document.querySelector('[data-cancel-reason] textarea, textarea[data-cancel-reason]') as HTMLTextAreaElement, {
      target: { value: 'Docent ziek' }
    });
    fireEvent.click(screen.getByRole('button', { name: 'Afzeggen' }));
    expect(await screen.findByText('Geannuleerd')).toBeInTheDocument();
    expect(api.cancelReasons).toEqual(['Docent ziek']);
    fireEvent.click(screen.getByRole('button', { name: 'Heropenen' }));
    await waitFor(() => expect(screen.queryByText('Geannuleerd')).toBeNull());
  });
});

describe('Ambassadeurs: times are typed 24-hour (issue 15)', () => {
  it('has no browser time picker (AM/PM in en-US): start, end and deadline are typed, with a number pad', async () => {
    renderStudio(new FakeStudioApi());
    await startLunchWalk();
    expect(document.querySelector('[data-studio-form] input[type="time"]')).toBeNull();
    for (const name of ['startTime', 'endTime', 'deadlineTime']) {
      expect([name, field(name).getAttribute('type'), field(name).getAttribute('inputmode')]).toEqual([name, 'text', 'numeric']);
    }
    expect(screen.getByRole('textbox', { name: /Begintijd/ })).toBe(field('startTime'));
  });

  it('publishes "1215"–"13.00" as 12:15–13:00 and refuses "1:15 PM" in Dutch', async () => {
    const api = new FakeStudioApi();
    renderStudio(api);
    await startLunchWalk();
    type('startTime', '1:15 PM');
    submit();
    await settle();
    expect(within(document.querySelector('[data-error-summary]') as HTMLElement).getByText('Begintijd is geen geldige tijd. Typ de tijd in 24 uur, bijvoorbeeld 09:30, 9:30 of 0930.')).toBeInTheDocument();
    expect(api.published).toHaveLength(0);

    type('startTime', '1215');
    type('endTime', '13.00');
    fireEvent.blur(field('endTime'));
    expect(field('endTime').value).toBe('13:00');
    submit();
    await screen.findByText('Gepubliceerd: Lunchwandeling');
    expect([api.published[0].startTime, api.published[0].endTime]).toEqual(['12:15', '13:00']);
  });
});
