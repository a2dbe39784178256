/** Text as stored: trimmed, without control characters other than tabs and line breaks (search marks matches with them). */
export const plainText = (text: string): string => text.replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
