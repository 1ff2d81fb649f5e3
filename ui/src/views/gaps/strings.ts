/**
 * The gaps view's strings (i18next namespace "gaps"): Swedish first, English of the same shape.
 * Placeholders use i18next's {{name}} syntax.
 */
export const sv = {
  title: 'Brister i kartan',
};

export const en: typeof sv = {
  title: 'Gaps in the map',
};
