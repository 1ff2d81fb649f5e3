/** The map's layouts, as the URL names them (`?layout=`). */
export const LAYOUT_NAMES = ['fcose', 'concentric', 'municipality'] as const;
export type MapLayoutName = (typeof LAYOUT_NAMES)[number];
