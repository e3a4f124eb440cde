export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
  }
}

/** A new account's post (or edit) has more links than new accounts may post (lib/abuse/new-accounts.ts). */
export class TooManyLinksError extends Error {
  constructor(readonly max: number) {
    super(`New accounts can include at most ${max} links in a post.`);
  }
}
