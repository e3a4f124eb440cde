/** Another article already has this slug (the newsroom shows it beside the field). */
export class SlugTakenError extends Error {
  constructor(readonly slug: string) {
    super(`Another article already uses the address “${slug}”. Choose another slug.`);
  }
}
