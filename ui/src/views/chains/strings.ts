/**
 * The chains view's strings (i18next namespace "chains"): Swedish first, English of the same shape.
 * Placeholders use i18next's {{name}} syntax.
 */
export const sv = {
  title: 'Insatskedjor',
};

export const en: typeof sv = {
  title: 'Support chains',
};
