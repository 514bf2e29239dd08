// PLACEHOLDER until the classifier work lands.
export async function evalHealthcare(): Promise<void> {}
