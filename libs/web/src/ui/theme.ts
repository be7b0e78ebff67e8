import { Badge, createTheme } from '@mantine/core';

// Japanese system fonts first so kana and kanji do not fall back glyph by glyph.
export const theme = createTheme({
  fontFamily:
    '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, system-ui, sans-serif',
  components: {
    // A status is read, not guessed from a colour: a badge never shrinks below its words
    // (in a narrow table cell it would show as a blank dot).
    Badge: Badge.extend({
      styles: { root: { flexShrink: 0, minWidth: 'max-content' }, label: { overflow: 'visible' } },
    }),
  },
});
