import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { EmergingRumours, type EmergingGroup } from '../../components/page/EmergingRumours';
import './helpers';

const group: EmergingGroup = { key: 'g1', representative: 'They say the <b>factory</b> closes', representativeId: '7', ids: ['7', '9'], size: 2 };

test('an emerging rumour can be added to the register or escalated, and its text stays text', async () => {
  const root = document.createElement('div');
  const onAdd = vi.fn();
  const onEscalate = vi.fn();
  const onFocus = vi.fn();
  await act(() => render(<EmergingRumours groups={[group]} onAddToRegister={onAdd} onEscalate={onEscalate} onFocusComment={onFocus} />, root));
  expect(root.textContent).toContain('2 comments');
  expect(root.querySelector('b')).toBeNull();
  const [row, add, escalate] = Array.from(root.querySelectorAll('button'));
  await act(() => row.click());
  await act(() => add.click());
  await act(() => escalate.click());
  expect(onFocus).toHaveBeenCalledWith('7');
  expect(onAdd).toHaveBeenCalledWith(group);
  expect(onEscalate).toHaveBeenCalledWith(group);
  await act(() => render(<EmergingRumours groups={[{ ...group, added: true }]} onAddToRegister={onAdd} onEscalate={onEscalate} onFocusComment={onFocus} />, root));
  expect((root.querySelectorAll('button')[1] as HTMLButtonElement).disabled).toBe(true);
});

test('nothing is shown when there is no emerging rumour', async () => {
  const root = document.createElement('div');
  await act(() => render(<EmergingRumours groups={[]} onAddToRegister={() => {}} onEscalate={() => {}} onFocusComment={() => {}} />, root));
  expect(root.innerHTML).toBe('');
});
