import { createTheme } from '@mantine/core';

// Japanese system fonts first so kana and kanji do not fall back glyph by glyph.
export const theme = createTheme({
  fontFamily:
    '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, system-ui, sans-serif',
});
