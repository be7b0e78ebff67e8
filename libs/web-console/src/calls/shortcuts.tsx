import { Group, Kbd } from '@mantine/core';
import type { HotkeyItem } from '@mantine/hooks';

/**
 * The call screen's keys. Digits and letters with a modifier are matched by
 * their place on the keyboard, so a Japanese IME or a Mac's Option characters
 * do not get in the way.
 */
export interface Shortcut {
  /** For useHotkeys. */
  hotkey: string;
  /** As printed on the keys. */
  keys: readonly string[];
  /** Match the key's place on the keyboard, not the character it types. */
  physical?: boolean;
}

export const SHORTCUTS = {
  available: { hotkey: 'alt+digit1', keys: ['Alt', '1'], physical: true },
  break: { hotkey: 'alt+digit2', keys: ['Alt', '2'], physical: true },
  offline: { hotkey: 'alt+digit3', keys: ['Alt', '3'], physical: true },
  accept: { hotkey: 'enter', keys: ['Enter'] },
  save: { hotkey: 'ctrl+enter', keys: ['Ctrl', 'Enter'] },
  finishCall: { hotkey: 'ctrl+e', keys: ['Ctrl', 'E'], physical: true },
  faqSearch: { hotkey: 'ctrl+k', keys: ['Ctrl', 'K'], physical: true },
  deskIntake: { hotkey: 'alt+n', keys: ['Alt', 'N'], physical: true },
} as const satisfies Record<string, Shortcut>;

/** For useHotkeys' second argument: keys with a modifier work while typing in a field, too. */
export const EVEN_IN_FIELDS: string[] = [];

/** One entry for useHotkeys. */
export const hotkey = (shortcut: Shortcut, handler: () => void): HotkeyItem => [
  shortcut.hotkey,
  handler,
  { usePhysicalKeys: shortcut.physical ?? false },
];

/** The keys as `aria-keyshortcuts` names them. */
export const ariaKeys = (shortcut: Shortcut): string =>
  shortcut.keys.map((key) => (key === 'Ctrl' ? 'Control' : key)).join('+');

/** The keys printed beside a button; screen readers get them from `aria-keyshortcuts` instead. */
export function ShortcutHint({ shortcut }: { shortcut: Shortcut }) {
  return (
    <Group gap={2} wrap="nowrap" aria-hidden>
      {shortcut.keys.map((key, index) => (
        <span key={key}>
          {index > 0 && ' + '}
          <Kbd size="xs">{key}</Kbd>
        </span>
      ))}
    </Group>
  );
}
