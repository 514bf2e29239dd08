// Every way of "making healthcare better" costs something, and the cost follows from
// the business model. These prompts name that cost for each theme a claim can speak
// to and for each trait of the business model, so the candidate can weigh it against
// their own theory of change. Written as prompts, not verdicts.
import { CUSTOMERS, type Customer, REVENUE_MODELS, type RevenueModel, type Theme } from '../types.ts';
import { wordedFor } from './worded-for.ts';

export const THEME_TRADEOFFS: Readonly<Record<Theme, readonly string[]>> = {
  transform: [
    'A promise to transform healthcare says nothing about which part changes or who gives something up for it; every redesign moves money and work from one party to another.',
    'Companies that sell into the existing system are paid by the people a transformation would disrupt, which limits how far the change can go.',
  ],
  access: [
    'More access means more visits, and someone has to supply them: hiring more clinicians raises costs, shorter visits strain quality, and a cheaper channel (chat, async, video) scales but may not equal an in-person doctor.',
    'Easier access can raise total spending, because people who were going without now use care; whoever pays will push back on that.',
  ],
  equity: [
    'Serving people with the least money usually means being paid by public programs at lower rates, so the margin has to come from volume, lean staffing or another line of business.',
    'Naming a group as "underserved" is easy; the question is whether the product was built for them or sold to someone else with them as a selling point.',
  ],
  sdoh: [
    'An organisation that routes money or services for food, housing or transport takes a share for itself; giving the same money to patients directly might do more good.',
    'Social needs are real drivers of health, but the return shows up slowly and diffusely, which makes the work hard to fund once budgets tighten.',
  ],
  'value-based-care': [
    'Being paid to keep total costs down means, sooner or later, saying no to some care; that rationing may be sensible, but it is rationing.',
    'Shared-savings and risk contracts reward the organisation for what does not get spent, so watch how referrals, tests and specialist visits are steered.',
  ],
  affordability: [
    'Lower prices for one party are lower revenue for another; ask whose income shrinks and whether quality or clinician pay is what gives.',
    'A cheaper option for patients often relies on narrow networks, cash prices or fewer services, which suits some people and shuts out others.',
  ],
  outcomes: [
    'Better outcomes are only as real as the measure behind them; a company can improve the numbers it reports while the outcomes patients care about stay flat.',
    'Chasing measurable results tends to favour patients who are easier to improve, leaving the hardest cases to someone else.',
  ],
  'patient-experience': [
    'A smoother experience costs staff time and money; if the buyer is not the patient, the experience is the first thing cut when margins tighten.',
    'Convenience and warmth can raise use of care without improving health, which adds to total spending.',
  ],
  'care-at-home': [
    'Hospital-level care at home is more pleasant and frees beds, but it is usually billed like an inpatient stay, so the cost to the system need not fall.',
    'If a health plan pays for home care, its incentive is to keep the patient from escalating to the hospital, which is not always what the patient needs.',
  ],
  prevention: [
    'Screening more people catches disease earlier but also finds things that would never have mattered, leading to follow-up tests, anxiety, costs and complications.',
    'Prevention pays off years later and often to a different payer, so the business case can rest on claims that are hard to check.',
  ],
  'tech-ai': [
    'Software that makes an existing middleman more efficient usually lets the company keep the savings; with little competition, prices for patients rarely fall.',
    'Automation can widen reach and cut costs, but it will miss some cases a person would catch; ask who carries the risk of those misses.',
  ],
  'mission-culture': [
    'A strong sense of mission can be used to pay people less; decide beforehand how much salary you would trade for it.',
    'When the business is under pressure, mission and growth targets collide, and founders, investors and staff rarely agree on which wins.',
  ],
  other: [
    'Every mission in healthcare is funded by someone with their own interests; the question is whether the one paying wants the same result you do.',
    'Standards and credentials protect patients but raise the cost of entry, which shields incumbents from newer competitors.',
  ],
};

/** Traits of how a company is paid, each with the tension it creates. */
export const BUSINESS_TRAITS = [
  ...CUSTOMERS,
  ...REVENUE_MODELS,
  'software-middleman',
  'payer-unknown',
] as const;
export type BusinessTrait = Customer | RevenueModel | 'software-middleman' | 'payer-unknown';

export const TRAIT_TRADEOFFS: Readonly<Record<BusinessTrait, readonly string[]>> = {
  payer: [
    "Selling to health plans means the plan's goal, lower medical spend, is the goal; that can mean better care coordination or fewer approvals.",
  ],
  provider: [
    'Hospitals and practices buy what raises their revenue or cuts their labour; a tool that lowers what they bill is a hard sale, and the cost of the tool flows into their prices.',
  ],
  employer: [
    'Employers buy benefits to hold down premiums and keep staff; the people served are those with good jobs, and the contract can vanish at renewal.',
  ],
  patient: [
    'When patients pay directly the company answers to them, but only people who can afford it are served, and cash prices sit outside insurance protections.',
  ],
  pharma: [
    'When drug and device makers are the customer, the work tends to serve getting their products used; faster trials help patients, and so does selling more drugs to the company.',
  ],
  government: [
    'Public money comes with rules and slow contracts, and rates are set by budgets, so funding can shift with politics rather than results.',
  ],
  'fee-for-service': [
    'Being paid per visit or per procedure rewards doing more; nothing in the model pays for keeping people out of care.',
  ],
  'value-based': [
    'Payment tied to total cost rewards doing less, which cuts waste and can also cut care people need.',
  ],
  'capitation-pmpm': [
    'A fixed fee per member per month makes every unit of care a cost, so margin depends on how little members use.',
  ],
  'subscription-saas': [
    'Software subscriptions earn the same whether patients do better or not; the product is shaped by what the buyer renews for.',
  ],
  'commission-marketplace': [
    'A marketplace takes a cut of every match, which adds a layer of cost between patient and clinician and rewards volume of transactions.',
  ],
  'product-sales': [
    'Revenue grows with units sold, so the pull is toward wider use of the product, including where the evidence is thin.',
  ],
  'public-funding': [
    'Grants and public budgets keep the mission first but make the work fragile: when funding rounds end or budgets are cut, services shrink.',
  ],
  'software-middleman': [
    'A middleman with better software can save money, but with few competitors the savings tend to stay with the company rather than reach patients.',
  ],
  'payer-unknown': [
    'The posting does not say who pays; until you know, you cannot tell whose interests the mission is bent toward.',
  ],
};

/**
 * The same tensions for an employer outside healthcare, where the people served are
 * customers and the work is jobs or sales, not visits: only the traits whose words above
 * are healthcare's. The others read the same anywhere.
 */
export const OUTSIDE_HEALTHCARE_TRAIT_TRADEOFFS: Readonly<Partial<Record<BusinessTrait, readonly string[]>>> =
  {
    provider: [
      'Businesses buy what raises their revenue or cuts their costs; a product that lowers what they charge is a hard sale.',
    ],
    employer: [
      'Employers buy to hold down costs and keep staff; the people reached are those with good jobs, and the contract can end at renewal.',
    ],
    patient: [
      'When the people served pay directly, the company answers to them, but it reaches only those who can afford it.',
    ],
    'fee-for-service': [
      'Being paid per job or per sale rewards doing more of them; nothing in the model pays for the cheaper answer that needs less work.',
    ],
    'capitation-pmpm': [
      'A fixed fee per person enrolled makes every hour of service a cost, so the margin depends on how little each person uses.',
    ],
    'subscription-saas': [
      'Subscriptions earn the same whether the people served are better off or not; the product follows what the buyer renews for.',
    ],
    'commission-marketplace': [
      'A cut of every match or sale adds a layer of cost between the two sides and rewards the number of transactions.',
    ],
  };

/** The tensions a business trait raises, worded for a healthcare employer or for another. */
export const traitTradeoffs = wordedFor(TRAIT_TRADEOFFS, OUTSIDE_HEALTHCARE_TRAIT_TRADEOFFS);
