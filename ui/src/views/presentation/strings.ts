export const sv = {};
export const en: typeof sv = {};
