import sanitizeHtml from 'sanitize-html';

const BASE: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'font', 'center', 'span'],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    font: ['color'],
    td: ['colspan', 'rowspan', 'align', 'valign'],
    th: ['colspan', 'rowspan', 'align', 'valign'],
    table: ['width', 'border', 'cellpadding', 'cellspacing'],
    '*': ['style', 'align', 'dir'],
  },
  allowedStyles: {
    '*': {
      color: [/^#[0-9a-f]{3,8}$/i, /^rgba?\([\d\s.,%]+\)$/i, /^[a-z]+$/i],
      'background-color': [/^#[0-9a-f]{3,8}$/i, /^rgba?\([\d\s.,%]+\)$/i, /^[a-z]+$/i],
      'text-align': [/^(left|right|center|justify)$/],
      'font-weight': [/^(bold|normal|\d00)$/],
      'font-style': [/^(italic|normal)$/],
      'text-decoration': [/^[a-z -]+$/],
    },
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    // links open outside the app, without telling the site where they came from
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, target: '_blank', rel: 'noopener noreferrer nofollow' } }),
  },
};
BASE.allowedAttributes = { ...(BASE.allowedAttributes as Record<string, string[]>), a: ['href', 'title', 'target', 'rel'] };

/** A letter's HTML as stored: scripts, handlers, frames, forms and foreign schemes gone; remote images kept for now. */
export function sanitizeMailHtml(html: string): string {
  return sanitizeHtml(html, BASE);
}

const REMOTE_IMAGE = /<img\b[^>]*\bsrc\s*=\s*["']?https?:/i;

export const hasRemoteImages = (storedHtml: string): boolean => REMOTE_IMAGE.test(storedHtml);

/** The stored HTML without its remote images (each becomes its alt text): nothing is loaded from the sender's servers. */
export function withoutRemoteImages(storedHtml: string): string {
  return sanitizeHtml(storedHtml, {
    ...BASE,
    exclusiveFilter: undefined,
    transformTags: {
      img: (_tagName, attribs) => ({ tagName: 'span', attribs: { title: attribs.alt ?? '' }, text: attribs.alt ? `[${attribs.alt}]` : '' }),
    },
  });
}
