// Cues added for the learned claim finder (features.ts): an employer helping someone.
// They are features with learned weights, not rules: alone they decide nothing.

/** Verbs of serving or changing something for someone. */
export const HELP_VERB =
  /\b(?:help(?:s|ing|ed)?|serv(?:e|es|ing|ed)|provid(?:e|es|ing|ed)|deliver(?:s|ing|ed)?|offer(?:s|ing|ed)?|improv(?:e|es|ing|ed)|empower(?:s|ing|ed)?|support(?:s|ing|ed)?|enabl(?:e|es|ing|ed)|car(?:e|es|ing) for|treat(?:s|ing|ed)?|bring(?:s|ing)?|giv(?:e|es|ing)|transform(?:s|ing|ed)?|reduc(?:e|es|ing|ed)|connect(?:s|ing|ed)?|protect(?:s|ing|ed)?|advanc(?:e|es|ing|ed))\b/i;

/** Whom or what the help reaches. */
export const BENEFICIARY =
  /\b(?:patients?|people|persons?|members?|families|children|kids|communit(?:y|ies)|lives|li(?:fe|ves)|residents|individuals|consumers|seniors|veterans|students|clients|clinicians|physicians|doctors|providers|health(?:care| care)?|society|the world|world|planet|humanity|population|customers|caregivers|nurses)\b/i;

/** The posting speaking to the candidate about the candidate: wishes, fit, the role. */
export const ADDRESSES_CANDIDATE =
  /\b(?:we(?:'|’)re|we are|is) (?:looking|seeking|searching|hiring)\b|\b(?:ideal|successful|qualified) (?:candidate|applicant)s?\b|\bif you(?:'re| are)?\b|\byou(?:'ll| will) (?:join|be|work|have|get)\b|\bthis (?:role|position|job)\b|\b(?:candidates?|applicants?)\b|\bpassion(?:ate)? (?:for|about) (?:helping|making|caring)/i;

/**
 * Never a claim, whatever else a sentence says: equal-opportunity boilerplate and the
 * employer's own hiring and workplace diversity ("we encourage … to apply", "an inclusive
 * work environment"). The corpus's label rules leave these out by definition.
 */
export const OWN_HIRING =
  /\b(?:encourag(?:e|es|ed|ing) (?!you\b)(?:[\w,'’()-]+ ){0,25}?to apply|(?:equitable|inclusive|diverse|supportive|welcoming)(?:,? (?:and )?(?:equitable|inclusive|diverse|supportive|welcoming))* (?:and [\w-]+ )?(?:work environment|workplace|workforce|place to work)|equal (?:employment )?opportunit(?:y|ies)|without regard to|reasonable accommodations?)/i;

/** How the company is paid ("2,600 clinics pay us a subscription"): business, not impact. */
export const PAYMENT_TALK =
  /\bpa(?:y|ys|id) us\b|\bwe (?:bill|invoice|charge)\b|\bsubscriptions?\b|\bper[- ]member[- ]per[- ]month\b|\bcan (?:also )?buy it\b/i;
