/**
 * The map view's strings (i18next namespace "map"): Swedish first, English of the same shape.
 * Placeholders use i18next's {{name}} syntax.
 */
export const sv = {
  title: 'Karta över aktörer och nätverk',
};

export const en: typeof sv = {
  title: 'Map of actors and networks',
};
