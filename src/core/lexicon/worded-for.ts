// Words written for healthcare, with a second wording for an employer outside it (a
// heat-pump installer has customers and jobs, not patients and visits).

/** Looks `key` up for the posting's employer: its words outside healthcare where they differ. */
export const wordedFor =
  <K extends string, V>(
    healthcareWords: Readonly<Record<K, V>>,
    otherwise: Readonly<Partial<Record<K, V>>>,
  ) =>
  (key: K, healthcare: boolean): V =>
    (!healthcare && otherwise[key]) || healthcareWords[key];
