// No root queries: an organization's logo is read as Organization.logoUrl (types.ts), and its
// bytes at GET /public/images/<id> (routes.ts).
export {};
