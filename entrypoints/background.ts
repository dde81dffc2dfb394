// OWNER: extension helper. Placeholder so `wxt prepare` has an entrypoint.
export default defineBackground(() => {});
