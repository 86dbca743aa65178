/** The inline suppression comment's keyword: `<!-- ims-gate-disable-next-line IMS003 - reason -->`. */
export const DIRECTIVE = 'ims-gate-disable-next-line';
