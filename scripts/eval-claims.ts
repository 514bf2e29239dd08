// PLACEHOLDER until the claims work lands.
export async function evalClaims(): Promise<void> {}
