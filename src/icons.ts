// The extension's icons, named once for the manifest (wxt.config.ts), the
// renderer (scripts/icons.ts) and the code that switches them with the colour scheme.
export const ICON_SIZES = [16, 32, 48, 128] as const;
/** `light`: for light toolbars (dark bubble); `dark`: for dark toolbars (light bubble). */
export const ICON_VARIANTS = ['light', 'dark'] as const;
export type IconVariant = (typeof ICON_VARIANTS)[number];

/** Path inside the extension (and under public/). */
export const iconPath = (variant: IconVariant, size: number): string => `icons/${variant}-${size}.png`;

/** `{ "16": "icons/light-16.png", … }` for the manifest and action.setIcon. */
export const iconSet = (variant: IconVariant, sizes: readonly number[] = ICON_SIZES): Record<string, string> =>
  Object.fromEntries(sizes.map((s) => [String(s), iconPath(variant, s)]));
