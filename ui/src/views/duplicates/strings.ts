/**
 * The duplicates view's strings (i18next namespace "duplicates"): Swedish first, English of the same shape.
 * Placeholders use i18next's {{name}} syntax.
 */
export const sv = {
  title: 'Nätverk som överlappar',
};

export const en: typeof sv = {
  title: 'Overlapping networks',
};
