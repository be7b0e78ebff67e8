import { useMediaQuery } from '@mantine/hooks';

/**
 * Whether the screen is a phone's (narrower than Mantine's `sm`, 48em): lists
 * become cards there, so nothing needs scrolling sideways at 390 px.
 */
export function usePhone(): boolean {
  return useMediaQuery('(max-width: 47.99em)') ?? false;
}
