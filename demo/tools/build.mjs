// Renders the fictional sample postings into board-styled HTML pages, demo/catalog.json and
// demo/index.html. The generated files are committed; rerun after editing the content files:
//   node demo/tools/build.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEALTHCARE_POSTINGS } from './postings-a.mjs';
import { ABOUT_PAGE, OTHER_POSTINGS } from './postings-b.mjs';

const DEMO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

// Order on the board: mixed, so healthcare and non-healthcare alternate a little.
const ORDER = [
  'harborline-rn-care-manager',
  'juniper-oak-nurse-practitioner',
  'threshold-clinical-program-manager',
  'gridwell-field-operations-manager',
  'mindlark-enterprise-ae',
  'tallyboard-senior-software-engineer',
  'brightfield-curriculum-product-manager',
  'kinfolk-bridge-community-health-worker',
  'pulsebridge-quality-engineer',
  'cedar-hollow-veterinary-technician',
];
const ALL = [...HEALTHCARE_POSTINGS, ...OTHER_POSTINGS];
const POSTINGS = ORDER.map((slug) => {
  const p = ALL.find((x) => x.slug === slug);
  if (!p) throw new Error(`missing posting ${slug}`);
  return p;
});

const SEARCH_PAGE = {
  slug: 'linkedin-search-nurse',
  style: 'linkedin',
  url: 'https://www.linkedin.com/jobs/search/?keywords=nurse',
  title: 'Nurse jobs in United States',
  company: null,
};

// ---------------------------------------------------------------------------------------------
// helpers

/** Escapes plain text for HTML text and attribute values. Content paragraphs are already HTML. */
const esc = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Local path for a catalog URL: `{origin}/x` becomes `/x`, other URLs are left alone. */
const localHref = (url) => url.replace('{origin}', '');

const fileOf = (page) => `postings/${page.slug}.html`;

const locationLabel = (p) => {
  if (p.locationLabel) return p.locationLabel;
  if (p.location.remote) return 'United States (Remote)';
  return `${p.location.city}, ${p.location.region}`;
};

const EMPLOYMENT_LABEL = { FULL_TIME: 'Full-time', PART_TIME: 'Part-time', CONTRACTOR: 'Contract' };

const money = (n, unit) =>
  unit === 'HOUR' ? `$${n.toFixed(2)}` : `$${n.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;

const salaryLabel = (s, per = true) =>
  `${money(s.min, s.unit)} - ${money(s.max, s.unit)}${per ? (s.unit === 'HOUR' ? '/hr' : '/yr') : ''}`;

const initials = (name) =>
  name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .slice(0, 2)
    .map((w) => w[0])
    .join('');

/** The description as generic HTML (p / strong / ul), used for JSON-LD and most boards. */
const descriptionHtml = (p) =>
  p.sections
    .map((s) => {
      let out = `<p><strong>${s.h}</strong></p>`;
      for (const para of s.p ?? []) out += `<p>${para}</p>`;
      if (s.ul) out += `<ul>${s.ul.map((li) => `<li>${li}</li>`).join('')}</ul>`;
      return out;
    })
    .join('');

/** A JSON-LD script element; `</` is escaped so the description can never end the script. */
const jsonLdScript = (obj) =>
  `<script type="application/ld+json">\n${JSON.stringify(obj, null, 2).replace(/<\//g, '<\\/')}\n</script>`;

const jobPostingLd = (p, { withUrl = true } = {}) => {
  const ld = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: p.title,
    description: descriptionHtml(p),
    identifier: { '@type': 'PropertyValue', name: p.company, value: p.slug },
    datePosted: p.datePosted,
    ...(p.validThrough ? { validThrough: `${p.validThrough}T23:59` } : {}),
    employmentType: p.employmentType,
    hiringOrganization: {
      '@type': 'Organization',
      name: p.company,
      sameAs: p.companyUrl,
      ...(p.companyBlurb ? { description: p.companyBlurb } : {}),
    },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(p.location.remote ? {} : { addressLocality: p.location.city, addressRegion: p.location.region }),
        ...(p.location.postal ? { postalCode: p.location.postal } : {}),
        addressCountry: p.location.country,
      },
    },
    ...(p.location.remote
      ? {
          jobLocationType: 'TELECOMMUTE',
          applicantLocationRequirements: { '@type': 'Country', name: 'United States' },
        }
      : {}),
    ...(p.salary
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'USD',
            value: {
              '@type': 'QuantitativeValue',
              minValue: p.salary.min,
              maxValue: p.salary.max,
              unitText: p.salary.unit,
            },
          },
        }
      : {}),
    directApply: false,
  };
  if (withUrl && !p.url.startsWith('{origin}')) ld.url = p.url;
  return ld;
};

const page = ({ lang = 'en', head, bodyAttrs = '', body }) =>
  `<!DOCTYPE html>
<html lang="${lang}">
<head>
${head.trim()}
</head>
<body${bodyAttrs}>
${body.trim()}
</body>
</html>
`;

const FICTION_NOTE =
  '<!-- Mission Lens demo board: fictional sample posting. Company, people and figures are invented. -->';

// ---------------------------------------------------------------------------------------------
// LinkedIn public job view

const LINKEDIN_CSS = `
*{box-sizing:border-box}
body{margin:0;background:#f3f2ef;color:rgba(0,0,0,.9);font-family:-apple-system,system-ui,"Segoe UI",Roboto,"Helvetica Neue","Fira Sans",Ubuntu,Oxygen,"Oxygen Sans",Cantarell,"Droid Sans","Apple Color Emoji","Segoe UI Emoji",Arial,sans-serif;font-size:16px;line-height:1.5}
a{color:#0a66c2;text-decoration:none}a:hover{text-decoration:underline}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.public_jobs_nav{background:#fff;border-bottom:1px solid #e0dfdc;height:64px}
.nav{max-width:1128px;margin:0 auto;height:64px;display:flex;align-items:center;gap:16px;padding:0 16px}
.nav__logo-link{font-weight:700;font-size:26px;color:#0a66c2;letter-spacing:-1px}
.nav__logo-link span{background:#0a66c2;color:#fff;border-radius:4px;padding:0 4px;margin-left:2px;font-size:22px}
.base-search-bar{flex:1;display:flex;gap:8px}
.base-search-bar input{flex:1;max-width:280px;border:0;background:#eef3f8;border-radius:4px;padding:8px 12px;font-size:14px}
.nav__cta-container{display:flex;gap:8px;margin-left:auto}
.nav__button-tertiary{padding:10px 16px;border-radius:24px;color:rgba(0,0,0,.6);font-weight:600}
.nav__button-secondary{padding:9px 20px;border-radius:24px;border:1px solid #0a66c2;color:#0a66c2;font-weight:600}
.main{max-width:1128px;margin:24px auto;padding:0 16px;display:flex;gap:24px;align-items:flex-start}
.core-rail{flex:1;min-width:0}
.right-rail{width:312px;flex-shrink:0}
.top-card-layout,.core-section-container,.aside-section-container{background:#fff;border-radius:8px;box-shadow:0 0 0 1px rgba(0,0,0,.08);margin-bottom:16px}
.top-card-layout__card{display:flex;gap:16px;padding:24px}
.artdeco-entity-image{width:72px;height:72px;border-radius:4px;background:#dbe7f3;color:#0a66c2;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:24px;flex-shrink:0}
.top-card-layout__title{font-size:24px;line-height:1.25;margin:0 0 4px}
.top-card-layout__second-subline{font-weight:400;font-size:14px;margin:0;color:rgba(0,0,0,.6)}
.topcard__flavor-row{display:flex;flex-wrap:wrap;gap:4px 0;margin:2px 0}
.topcard__flavor--bullet::before{content:"\\00b7";margin:0 6px}
.topcard__flavor--black-link{color:rgba(0,0,0,.9);font-weight:600}
.num-applicants__caption{color:#057642}
.top-card-layout__cta-container{display:flex;gap:8px;margin-top:16px}
.btn-primary{background:#0a66c2;color:#fff;border:0;border-radius:24px;padding:10px 24px;font-weight:600;font-size:16px}
.btn-secondary{background:#fff;color:#0a66c2;border:1px solid #0a66c2;border-radius:24px;padding:9px 24px;font-weight:600;font-size:16px}
.core-section-container__content{padding:24px}
.show-more-less-html__markup{font-size:14px;line-height:1.6}
.show-more-less-html__markup p{margin:0 0 12px}
.show-more-less-html__markup ul{margin:0 0 12px;padding-left:20px}
.show-more-less-html__button{background:none;border:0;color:rgba(0,0,0,.6);font-weight:600;padding:8px 0;font-size:16px}
.description__job-criteria-list{list-style:none;padding:0;margin:16px 0 0;display:flex;flex-wrap:wrap}
.description__job-criteria-item{width:50%;padding:8px 0}
.description__job-criteria-subheader{font-size:14px;color:rgba(0,0,0,.6);font-weight:400;margin:0}
.description__job-criteria-text{font-size:14px}
.aside-section-container{padding:16px}
.aside-section-container__title{font-size:16px;margin:0 0 12px}
.base-aside-card{display:block;padding:8px 0;border-top:1px solid #ebebeb;font-size:14px}
.base-aside-card__title{font-weight:600;color:rgba(0,0,0,.9)}
.base-aside-card__metadata{color:rgba(0,0,0,.6)}
.li-footer{max-width:1128px;margin:24px auto;padding:16px;font-size:12px;color:rgba(0,0,0,.6);display:flex;flex-wrap:wrap;gap:8px 24px}
.li-footer a{color:rgba(0,0,0,.6);font-weight:600}
/* search results */
.results-context-header{padding:16px 24px;border-bottom:1px solid #ebebeb}
.results-context-header__context{font-size:20px;margin:0}
.results-context-header__job-count{font-weight:700}
.jobs-search__results-list{list-style:none;margin:0;padding:0}
.jobs-search__results-list li{border-bottom:1px solid #ebebeb}
.base-search-card{position:relative;display:flex;gap:12px;padding:16px 24px}
.base-card__full-link{position:absolute;inset:0;z-index:2}
.base-search-card__title{font-size:16px;margin:0;color:#0a66c2;font-weight:600}
.base-search-card__subtitle{font-size:14px;margin:2px 0;font-weight:400}
.base-search-card__subtitle a{position:relative;z-index:3;color:rgba(0,0,0,.9)}
.base-search-card__metadata{font-size:14px;color:rgba(0,0,0,.6);display:flex;gap:12px}
.job-search-card__salary-info{color:rgba(0,0,0,.6)}
.job-search-card__listdate--new{color:#057642;font-weight:600}
.search-entity-media .artdeco-entity-image{width:56px;height:56px;font-size:18px}
.filters{display:flex;gap:8px;padding:12px 24px;border-bottom:1px solid #ebebeb}
.filter-button{border:1px solid rgba(0,0,0,.6);border-radius:16px;padding:4px 12px;font-size:14px;background:#fff;color:rgba(0,0,0,.6);font-weight:600}
`;

const linkedinNav = (keywords = '', location = 'United States') => `
<header class="public_jobs_nav base-detail-page__header">
  <nav class="nav" aria-label="Primary">
    <a class="nav__logo-link" href="https://www.linkedin.com/?trk=public_jobs_nav-header-logo">Linked<span>in</span></a>
    <section class="base-search-bar" role="search">
      <form class="base-search-bar__form" action="https://www.linkedin.com/jobs/search" method="get">
        <label class="sr-only" for="job-search-bar-keywords">Search job titles or companies</label>
        <input id="job-search-bar-keywords" name="keywords" type="search" placeholder="Search job titles or companies" value="${esc(keywords)}">
        <label class="sr-only" for="job-search-bar-location">Location</label>
        <input id="job-search-bar-location" name="location" type="search" placeholder="Location" value="${esc(location)}">
      </form>
    </section>
    <div class="nav__cta-container">
      <a class="nav__button-tertiary" href="https://www.linkedin.com/signup?trk=public_jobs_nav-header-join">Join now</a>
      <a class="nav__button-secondary" href="https://www.linkedin.com/login?trk=public_jobs_nav-header-signin">Sign in</a>
    </div>
  </nav>
</header>`;

const LINKEDIN_FOOTER = `
<footer class="li-footer">
  <span>LinkedIn &copy; 2026</span>
  <a href="https://about.linkedin.com?trk=public_jobs_footer-about">About</a>
  <a href="https://www.linkedin.com/accessibility?trk=public_jobs_footer-accessibility">Accessibility</a>
  <a href="https://www.linkedin.com/legal/user-agreement?trk=public_jobs_footer-user-agreement">User Agreement</a>
  <a href="https://www.linkedin.com/legal/privacy-policy?trk=public_jobs_footer-privacy-policy">Privacy Policy</a>
  <a href="https://www.linkedin.com/legal/cookie-policy?trk=public_jobs_footer-cookie-policy">Cookie Policy</a>
  <a href="https://www.linkedin.com/help/linkedin?trk=public_jobs_footer-help">Help</a>
</footer>`;

const SIMILAR_JOBS = [
  ['Registered Nurse, Care Coordination', 'Meadowgate Health Partners', 'Columbus, OH'],
  ['Clinical Account Manager', 'Northstar Benefits Group', 'Remote'],
  ['Operations Supervisor', 'Brightline Solar Co-op', 'Denver, CO'],
];

const renderLinkedIn = (p) => {
  const id = p.url.match(/view\/(\d+)/)[1];
  const companyLink = `https://www.linkedin.com/company/${p.linkedinCompany}?trk=public_jobs_topcard-org-name`;
  const criteria = [
    ['Seniority level', p.seniority],
    ['Employment type', EMPLOYMENT_LABEL[p.employmentType]],
    ['Job function', p.jobFunction],
    ['Industries', p.industry],
  ];
  const head = `
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p.company)} hiring ${esc(p.title)} in ${esc(locationLabel(p))} | LinkedIn</title>
<meta name="description" content="Posted ${esc(p.datePosted)}. ${esc(p.company)} is hiring a ${esc(p.title)}. See this and similar jobs on LinkedIn.">
<link rel="canonical" href="${esc(p.url)}">
<meta property="og:title" content="${esc(p.company)} hiring ${esc(p.title)} | LinkedIn">
<meta property="og:type" content="website">
<meta property="og:url" content="${esc(p.url)}">
<meta name="pageKey" content="d_jobs_guest_details">
<meta name="linkedin:pageTag" content="urlType=jserp_job_view">
${FICTION_NOTE}
<style>${LINKEDIN_CSS}</style>
${jsonLdScript(jobPostingLd(p))}`;
  const body = `
<a class="sr-only" href="#main-content">Skip to main content</a>
${linkedinNav()}
<main class="main" id="main-content" role="main">
  <section class="core-rail">
    <section class="top-card-layout container-lined overflow-hidden" data-job-id="${id}">
      <div class="top-card-layout__card relative p-2 papabear:p-details-container-padding">
        <a class="topcard__logo-container" href="${companyLink}" aria-label="${esc(p.company)}">
          <div class="artdeco-entity-image artdeco-entity-image--square-5" role="img" aria-label="${esc(p.company)} logo">${initials(p.company)}</div>
        </a>
        <div class="top-card-layout__entity-info-container flex flex-wrap papabear:flex-nowrap">
          <div class="top-card-layout__entity-info flex-grow flex-shrink-0 basis-0">
            <h1 class="top-card-layout__title font-sans text-lg papabear:text-xl font-bold leading-open text-color-text mb-0 topcard__title">${esc(p.title)}</h1>
            <h4 class="top-card-layout__second-subline font-sans text-sm leading-open text-color-text-low-emphasis mt-0.5">
              <div class="topcard__flavor-row">
                <span class="topcard__flavor">
                  <a class="topcard__org-name-link topcard__flavor--black-link" data-tracking-control-name="public_jobs_topcard-org-name" href="${companyLink}" rel="noopener" target="_blank">
                    ${esc(p.company)}
                  </a>
                </span>
                <span class="topcard__flavor topcard__flavor--bullet">
                  ${esc(locationLabel(p))}
                </span>
              </div>
              <div class="topcard__flavor-row">
                <span class="posted-time-ago__text topcard__flavor--metadata">
                  ${esc(p.postedAgo)}
                </span>
                <span class="num-applicants__caption topcard__flavor--metadata topcard__flavor--bullet">
                  ${esc(p.applicants)}
                </span>
              </div>
              ${p.salary ? `<div class="salary compensation__salary">${salaryLabel(p.salary)}</div>` : ''}
            </h4>
            <div class="top-card-layout__cta-container flex flex-wrap mt-0.5 papabear:mt-0">
              <a class="apply-button apply-button--link btn-primary" href="https://www.linkedin.com/jobs/view/externalApply/${id}?trk=public_jobs_apply-link-offsite" data-tracking-control-name="public_jobs_apply-link-offsite" rel="nofollow noopener" target="_blank">Apply</a>
              <button class="top-card-layout__cta top-card-layout__cta--secondary btn-secondary" type="button">Save</button>
            </div>
          </div>
        </div>
      </div>
    </section>
    <div class="decorated-job-posting__details">
      <section class="core-section-container my-3 description">
        <div class="core-section-container__content break-words">
          <div class="description__text description__text--rich">
            <section class="show-more-less-html" data-max-lines="5">
              <div class="show-more-less-html__markup show-more-less-html__markup--clamp-after-5 relative overflow-hidden">
                ${descriptionHtml(p)}
              </div>
              <button class="show-more-less-html__button show-more-less-button show-more-less-html__button--less" aria-label="Show less" type="button">Show less</button>
            </section>
          </div>
          <ul class="description__job-criteria-list">
${criteria
  .map(
    ([k, v]) => `            <li class="description__job-criteria-item">
              <h3 class="description__job-criteria-subheader">${esc(k)}</h3>
              <span class="description__job-criteria-text description__job-criteria-text--criteria">${esc(v)}</span>
            </li>`,
  )
  .join('\n')}
          </ul>
        </div>
      </section>
    </div>
  </section>
  <aside class="right-rail">
    <section class="aside-section-container">
      <h2 class="aside-section-container__title">Similar jobs</h2>
${SIMILAR_JOBS.map(
  ([
    t,
    c,
    l,
  ]) => `      <a class="base-aside-card base-aside-card--link aside-job-card" href="https://www.linkedin.com/jobs/search/?keywords=${encodeURIComponent(t)}">
        <div class="base-aside-card__title">${esc(t)}</div>
        <div class="base-aside-card__subtitle">${esc(c)}</div>
        <div class="base-aside-card__metadata"><span class="aside-job-card__location">${esc(l)}</span></div>
      </a>`,
).join('\n')}
    </section>
  </aside>
</main>
${LINKEDIN_FOOTER}`;
  return page({ head, body, bodyAttrs: ' dir="ltr" class="overflow-hidden-x"' });
};

const renderLinkedInSearch = (cards) => {
  const head = `
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>1,000+ Nurse jobs in United States (42 new)</title>
<meta name="description" content="Today's top 1,000+ Nurse jobs in United States. Leverage your professional network, and get hired.">
<link rel="canonical" href="${esc(SEARCH_PAGE.url)}">
<meta name="pageKey" content="d_jobs_guest_search">
${FICTION_NOTE}
<style>${LINKEDIN_CSS}</style>`;
  const body = `
<a class="sr-only" href="#main-content">Skip to main content</a>
${linkedinNav('nurse')}
<main class="main" id="main-content" role="main">
  <section class="core-rail two-pane-serp-page__results-list">
    <div class="top-card-layout">
      <div class="filters" role="toolbar" aria-label="Search filters">
        <button class="filter-button" type="button">Date posted</button>
        <button class="filter-button" type="button">Company</button>
        <button class="filter-button" type="button">Job type</button>
        <button class="filter-button" type="button">Experience level</button>
        <button class="filter-button" type="button">Remote</button>
      </div>
      <header class="results-context-header">
        <h1 class="results-context-header__context">
          <span class="results-context-header__job-count">1,000+</span>
          <span class="results-context-header__query-search">Nurse Jobs in United States</span>
          <span class="results-context-header__new-jobs">(42 new)</span>
        </h1>
      </header>
      <ul class="jobs-search__results-list">
${cards
  .map((c) => {
    const href = localHref(c.url);
    const m = c.url.match(/view\/(\d+)/);
    const urn = m ? m[1] : c.slug;
    return `        <li>
          <div class="base-card relative w-full base-card--link base-search-card base-search-card--link job-search-card" data-entity-urn="urn:li:jobPosting:${urn}" data-reference-id="demo-${c.slug}">
            <a class="base-card__full-link" data-tracking-control-name="public_jobs_jserp-result_search-card" href="${esc(href)}">
              <span class="sr-only">${esc(c.title)}</span>
            </a>
            <div class="search-entity-media"><div class="artdeco-entity-image" role="img" aria-label="${esc(c.company)}">${initials(c.company)}</div></div>
            <div class="base-search-card__info">
              <h3 class="base-search-card__title">${esc(c.title)}</h3>
              <h4 class="base-search-card__subtitle"><a class="hidden-nested-link" href="${esc(c.companyUrl)}">${esc(c.company)}</a></h4>
              <div class="base-search-card__metadata">
                <span class="job-search-card__location">${esc(locationLabel(c))}</span>
                ${c.salary ? `<span class="job-search-card__salary-info">${salaryLabel(c.salary)}</span>` : ''}
                <time class="job-search-card__listdate" datetime="${c.datePosted}">${esc(c.postedAgo ?? '1 week ago')}</time>
              </div>
            </div>
          </div>
        </li>`;
  })
  .join('\n')}
      </ul>
    </div>
  </section>
  <aside class="right-rail">
    <section class="aside-section-container">
      <h2 class="aside-section-container__title">Get notified about new Nurse jobs in United States</h2>
      <p class="base-aside-card__metadata">Sign in to create job alert</p>
      <a class="btn-primary" href="https://www.linkedin.com/login?trk=public_jobs_jserp-job-alert">Sign in</a>
    </section>
  </aside>
</main>
${LINKEDIN_FOOTER}`;
  return page({ head, body, bodyAttrs: ' dir="ltr"' });
};

// ---------------------------------------------------------------------------------------------
// Greenhouse hosted board (boards.greenhouse.io)

const GREENHOUSE_CSS = `
body{margin:0;background:#fff;color:#333;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.6}
#wrapper{max-width:760px;margin:0 auto;padding:40px 24px}
#logo{margin-bottom:24px}
#logo a{display:inline-block;font-family:Georgia,serif;font-size:22px;font-weight:700;color:#2b3a42;text-decoration:none;border-bottom:3px solid #4a7c59;padding-bottom:2px}
#header{border-bottom:1px solid #ddd;padding-bottom:16px;margin-bottom:24px}
h1.app-title{font-size:28px;font-weight:400;color:#333;margin:0 0 4px;line-height:1.3}
.company-name{color:#a8a8a8;font-size:18px}
.location{color:#777;margin-top:6px;font-size:15px}
#content p{margin:0 0 14px}
#content ul{margin:0 0 14px;padding-left:24px}
#content li{margin-bottom:4px}
.content-pay-transparency{border:1px solid #e5e5e5;border-radius:4px;padding:12px 16px;margin:24px 0}
.pay-input{color:#777;font-size:13px}
.pay-range{font-weight:600}
.pay-range .divider{margin:0 6px;color:#999}
#application{border-top:1px solid #ddd;margin-top:32px;padding-top:24px}
#application h2{font-weight:400;font-size:22px;margin:0 0 16px}
.field{margin-bottom:14px}
.field label{display:block;font-size:13px;color:#555;margin-bottom:4px}
.field input{width:100%;max-width:420px;padding:8px;border:1px solid #ccc;border-radius:3px;font-size:14px}
.asterisk{color:#e35f5f}
#submit_app{background:#4a7c59;color:#fff;border:0;border-radius:3px;padding:12px 28px;font-size:15px;cursor:pointer}
#footer{margin-top:48px;font-size:12px;color:#aaa;text-align:center}
#footer a{color:#aaa}
`;

const renderGreenhouse = (p) => {
  const boardSlug = p.url.match(/greenhouse\.io\/([^/]+)/)[1];
  const head = `
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Job Application for ${esc(p.title)} at ${esc(p.company)}</title>
<link rel="canonical" href="${esc(p.url)}">
<meta property="og:title" content="${esc(p.title)}">
<meta property="og:description" content="${esc(locationLabel(p))}">
<meta property="og:url" content="${esc(p.url)}">
${FICTION_NOTE}
<style>${GREENHOUSE_CSS}</style>
${jsonLdScript(jobPostingLd(p))}`;
  const body = `
<div id="wrapper">
  <div id="main">
    <div id="app_body">
      <div id="logo"><a href="${esc(p.companyUrl)}" target="_blank" rel="noopener">${esc(p.company)}</a></div>
      <div id="header">
        <h1 class="app-title">${esc(p.title)}</h1>
        <span class="company-name">
          at ${esc(p.company)}
        </span>
        <div class="location">
          ${esc(locationLabel(p))}
        </div>
      </div>
      <div id="content">
${p.sections
  .map((s) => {
    let out = `        <p><strong>${s.h}</strong></p>\n`;
    for (const para of s.p ?? []) out += `        <p>${para}</p>\n`;
    if (s.ul)
      out += `        <ul>\n${s.ul.map((li) => `          <li>${li}</li>`).join('\n')}\n        </ul>\n`;
    return out;
  })
  .join('')}
${
  p.salary
    ? `        <div class="content-pay-transparency">
          <div class="pay-input">
            <div class="title">${esc(p.location.city === 'Remote' ? 'US' : p.location.regionName)} base salary range</div>
            <div class="pay-range"><span>${money(p.salary.min, p.salary.unit)}</span><span class="divider">&mdash;</span><span>${money(p.salary.max, p.salary.unit)} USD</span></div>
          </div>
        </div>`
    : ''
}
      </div>
      <div id="application">
        <h2>Apply for this Job</h2>
        <p><span class="asterisk">*</span> Required</p>
        <form id="application_form" action="https://boards.greenhouse.io/${boardSlug}/jobs/${p.url.split('/').pop()}" method="post" enctype="multipart/form-data">
          <div class="field"><label for="first_name">First Name <span class="asterisk">*</span></label><input type="text" id="first_name" name="job_application[first_name]"></div>
          <div class="field"><label for="last_name">Last Name <span class="asterisk">*</span></label><input type="text" id="last_name" name="job_application[last_name]"></div>
          <div class="field"><label for="email">Email <span class="asterisk">*</span></label><input type="text" id="email" name="job_application[email]"></div>
          <div class="field"><label for="phone">Phone</label><input type="text" id="phone" name="job_application[phone]"></div>
          <div class="field"><label for="resume">Resume/CV <span class="asterisk">*</span></label><input type="file" id="resume" name="job_application[resume]"></div>
          <div class="field"><label for="linkedin">LinkedIn Profile</label><input type="text" id="linkedin" name="job_application[answers][linkedin]"></div>
          <input type="button" id="submit_app" value="Submit Application">
        </form>
      </div>
    </div>
  </div>
  <div id="footer">
    <p>Powered by <a href="https://www.greenhouse.io/" target="_blank" rel="noopener">greenhouse</a></p>
    <p><a href="https://www.greenhouse.io/privacy-policy" target="_blank" rel="noopener">Read our Privacy Policy</a></p>
  </div>
</div>`;
  return page({ head, body });
};

// ---------------------------------------------------------------------------------------------
// Lever (jobs.lever.co)

const LEVER_CSS = `
*{box-sizing:border-box}
body{margin:0;background:#fff;color:#515357;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;font-size:16px;line-height:1.6}
.page-centered{max-width:820px;margin:0 auto;padding:0 24px}
.main-header{border-bottom:1px solid #e2e2e2}
.main-header-content{height:80px;display:flex;align-items:center}
.main-header-logo{display:flex;align-items:center;gap:10px;text-decoration:none;color:#111;font-weight:700;font-size:20px}
.main-header-logo img{height:36px;width:36px}
.accent-section{background:#f9f9f9;border-bottom:1px solid #e2e2e2}
.posting-header{display:flex;justify-content:space-between;align-items:center;gap:24px;padding-top:40px;padding-bottom:40px}
.posting-headline h2{font-size:32px;font-weight:700;color:#111;margin:0 0 8px;line-height:1.2}
.posting-categories{display:flex;flex-wrap:wrap;gap:4px 16px}
.posting-category{font-size:12px;text-transform:uppercase;letter-spacing:.5px;font-weight:700;color:#808080}
.posting-category.location{width:100%}
.postings-btn{display:inline-block;background:#579eee;color:#fff;text-decoration:none;text-transform:uppercase;font-weight:700;font-size:14px;letter-spacing:1px;padding:12px 30px;border-radius:3px;white-space:nowrap}
.section-wrapper.page-full-width .section{padding-top:30px}
.section h3{font-size:17px;color:#111;margin:0 0 10px}
.posting-requirements{margin:0;padding-left:22px}
.posting-requirements li{margin-bottom:6px}
[data-qa=job-description] div{margin-bottom:2px}
.last-section-apply{padding-bottom:60px;text-align:center}
.main-footer{border-top:1px solid #e2e2e2;background:#f9f9f9;padding:28px 0;font-size:14px;text-align:center}
.main-footer a{color:#808080}
`;

const leverLogo = (name) => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="36" height="36"><rect width="36" height="36" rx="8" fill="#2d6a8e"/><text x="18" y="24" font-family="Arial" font-size="15" font-weight="700" fill="#fff" text-anchor="middle">${initials(name)}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
};

const renderLever = (p) => {
  const slug = p.leverSlug;
  const eeo = p.sections.at(-1);
  const opening = p.sections.filter((s) => !s.ul && s !== eeo);
  const lists = p.sections.filter((s) => s.ul);
  const head = `
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p.company)} - ${esc(p.title)}</title>
<meta name="twitter:card" value="summary">
<meta name="twitter:title" content="${esc(p.company)} - ${esc(p.title)}">
<meta name="twitter:description" content="${esc(p.sections[0].p[0].replace(/<[^>]+>/g, '').slice(0, 280))}">
<meta property="og:title" content="${esc(p.company)} - ${esc(p.title)}">
<meta property="og:description" content="${esc(p.sections[0].p[0].replace(/<[^>]+>/g, '').slice(0, 280))}">
<meta property="og:url" content="${esc(p.url)}">
<link rel="canonical" href="${esc(p.url)}">
${FICTION_NOTE}
<style>${LEVER_CSS}</style>
${p.noJsonLd ? '' : jsonLdScript(jobPostingLd(p))}`;
  const applyUrl = `${p.url}/apply`;
  const body = `
<div class="main-header page-full-width section-wrapper">
  <div class="main-header-content page-centered narrow-section page-full-width">
    <a class="main-header-logo" href="https://jobs.lever.co/${slug}"><img alt="${esc(p.company)} logo" src="${leverLogo(p.company)}"></a>
  </div>
</div>
<div class="content-wrapper posting-page">
  <div class="content">
    <div class="section-wrapper accent-section page-full-width">
      <div class="section page-centered posting-header">
        <div class="posting-headline">
          <h2>${esc(p.title)}</h2>
          <div class="posting-categories">
            <div class="sort-by-time posting-category medium-category-label width-full capitalize-labels location">${esc(locationLabel(p))}</div>
            <div class="sort-by-team posting-category medium-category-label capitalize-labels department">${esc(p.team)}</div>
            <div class="sort-by-commitment posting-category medium-category-label capitalize-labels commitment">${esc(EMPLOYMENT_LABEL[p.employmentType])}</div>
            <div class="posting-category medium-category-label capitalize-labels workplaceTypes">${esc(p.workplace)}</div>
          </div>
        </div>
        <div class="postings-btn-wrapper"><a class="postings-btn template-btn-submit" href="${esc(applyUrl)}" data-qa="btn-apply">Apply for this job</a></div>
      </div>
    </div>
    <div class="section-wrapper page-full-width">
      <div class="section page-centered" data-qa="job-description">
${opening
  .map(
    (s) =>
      `        <div><b>${s.h}</b></div>\n${(s.p ?? []).map((para) => `        <div>${para}</div>\n        <div><br></div>`).join('\n')}`,
  )
  .join('\n')}
      </div>
${lists
  .map(
    (s) => `      <div class="section page-centered">
        <h3>${s.h}</h3>
        <ul class="posting-requirements plain-list">
${s.ul.map((li) => `          <li>${li}</li>`).join('\n')}
        </ul>
      </div>`,
  )
  .join('\n')}
${
  p.salary
    ? `      <div class="section page-centered" data-qa="salary-range">
        <h3>Pay range</h3>
        <div>${money(p.salary.min, p.salary.unit)} - ${money(p.salary.max, p.salary.unit)} ${p.salary.unit === 'HOUR' ? 'an hour' : 'a year'}</div>
      </div>`
    : ''
}
      <div class="section page-centered" data-qa="closing-description">
        ${(eeo.p ?? []).map((para) => `<div>${para}</div>`).join('\n        ')}
      </div>
      <div class="section page-centered last-section-apply" data-qa="btn-apply-bottom">
        <a class="postings-btn template-btn-submit" href="${esc(applyUrl)}">Apply for this job</a>
      </div>
    </div>
  </div>
</div>
<div class="main-footer page-full-width">
  <div class="main-footer-text page-centered">
    <p><a href="${esc(p.companyUrl)}">${esc(p.company)} Home Page</a></p>
    <a class="image-link" href="https://lever.co/job-seeker-support/">Jobs powered by Lever</a>
  </div>
</div>`;
  return page({ head, body, bodyAttrs: ' class="show"' });
};

// ---------------------------------------------------------------------------------------------
// Plain company career site (served from the demo server's own origin)

const CAREER_THEMES = {
  'Pulsebridge Medical': { accent: '#c0392b', dark: '#2c2c34', font: '"Trebuchet MS",Arial,sans-serif' },
  'Cedar Hollow Veterinary Hospital': {
    accent: '#3d7a4f',
    dark: '#2f3b2f',
    font: 'Georgia,"Times New Roman",serif',
  },
  'Juniper Oak Primary Care': { accent: '#6a7f3a', dark: '#33402a', font: 'Verdana,Geneva,sans-serif' },
};

const careerCss = (t) => `
*{box-sizing:border-box}
body{margin:0;font-family:${t.font};color:#2b2b2b;background:#fafaf7;line-height:1.65}
.site-header{background:${t.dark};color:#fff}
.site-header .inner{max-width:1040px;margin:0 auto;padding:18px 24px;display:flex;align-items:center;justify-content:space-between}
.brand{color:#fff;text-decoration:none;font-weight:700;font-size:20px}
.brand-mark{display:inline-block;width:14px;height:14px;border-radius:50%;background:${t.accent};margin-right:8px}
.site-nav a{color:#e8e8e8;text-decoration:none;margin-left:22px;font-size:15px}
.site-nav a[aria-current]{border-bottom:2px solid ${t.accent}}
.hero{background:#fff;border-bottom:1px solid #e6e6e0}
.hero .inner{max-width:1040px;margin:0 auto;padding:36px 24px}
.breadcrumb{font-size:13px;color:#777}
.breadcrumb a{color:#777}
.hero h1{font-size:32px;margin:8px 0;line-height:1.25;color:${t.dark}}
.job-meta{display:flex;flex-wrap:wrap;gap:8px 20px;color:#555;font-size:15px;margin:0;padding:0;list-style:none}
.job-meta li::before{content:"";display:inline-block;width:6px;height:6px;border-radius:50%;background:${t.accent};margin-right:8px;vertical-align:middle}
.layout{max-width:1040px;margin:0 auto;padding:32px 24px;display:flex;gap:40px;align-items:flex-start}
.job-description{flex:1;min-width:0}
.job-description h2{font-size:21px;color:${t.dark};margin:28px 0 10px}
.job-description h2:first-child{margin-top:0}
.job-description ul{padding-left:22px}
.apply-card{width:280px;flex-shrink:0;background:#fff;border:1px solid #e6e6e0;border-radius:8px;padding:20px;position:sticky;top:20px}
.apply-card dl{margin:0 0 16px;font-size:14px}
.apply-card dt{color:#777}
.apply-card dd{margin:0 0 8px;font-weight:600}
.button{display:block;text-align:center;background:${t.accent};color:#fff;text-decoration:none;padding:12px;border-radius:6px;font-weight:700}
.site-footer{border-top:1px solid #e6e6e0;color:#777;font-size:13px}
.site-footer .inner{max-width:1040px;margin:0 auto;padding:24px}
`;

const careerHeader = (p, current) => `
<header class="site-header">
  <div class="inner">
    <a class="brand" href="${esc(p.companyUrl)}"><span class="brand-mark"></span>${esc(p.company)}</a>
    <nav class="site-nav" aria-label="Main">
      <a href="${esc(p.companyUrl)}">Home</a>
      <a href="/about/juniper-oak.html"${current === 'about' ? ' aria-current="page"' : ''}>About us</a>
      <a href="${esc(p.companyUrl)}locations">Locations</a>
      <a href="/"${current === 'careers' ? ' aria-current="page"' : ''}>Careers</a>
    </nav>
  </div>
</header>`;

const renderCareerSite = (p) => {
  const t = CAREER_THEMES[p.company];
  const head = `
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p.title)} | Careers at ${esc(p.company)}</title>
<meta name="description" content="${esc(p.company)} is hiring a ${esc(p.title)} in ${esc(locationLabel(p))}.">
<link rel="canonical" href="${esc(localHref(p.url))}">
${FICTION_NOTE}
<style>${careerCss(t)}</style>
${jsonLdScript(jobPostingLd(p))}`;
  const header = careerHeader(p, 'careers').replace(
    '<a href="/about/juniper-oak.html">About us</a>',
    `<a href="${esc(p.companyUrl)}about">About us</a>`,
  );
  const body = `
${header}
<section class="hero">
  <div class="inner">
    <div class="breadcrumb"><a href="/">Careers</a> / <a href="/">Open positions</a> / ${esc(p.department)}</div>
    <h1 class="job-title">${esc(p.title)}</h1>
    <ul class="job-meta">
      <li>${esc(p.department)}</li>
      <li>${esc(locationLabel(p))}</li>
      <li>${esc(EMPLOYMENT_LABEL[p.employmentType])}</li>
      <li>${esc(p.workplace)}</li>
    </ul>
  </div>
</section>
<div class="layout">
  <article class="job-description">
${p.sections
  .map((s) => {
    let out = `    <h2>${s.h}</h2>\n`;
    for (const para of s.p ?? []) out += `    <p>${para}</p>\n`;
    if (s.ul) out += `    <ul>\n${s.ul.map((li) => `      <li>${li}</li>`).join('\n')}\n    </ul>\n`;
    return out;
  })
  .join('')}
  </article>
  <aside class="apply-card">
    <dl>
      <dt>Location</dt><dd>${esc(locationLabel(p))}</dd>
      <dt>Schedule</dt><dd>${esc(EMPLOYMENT_LABEL[p.employmentType])}</dd>
      ${p.salary ? `<dt>Pay</dt><dd>${salaryLabel(p.salary)}</dd>` : ''}
      <dt>Posted</dt><dd><time datetime="${p.datePosted}">${new Date(`${p.datePosted}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}</time></dd>
    </dl>
    <a class="button" href="#apply">Apply now</a>
  </aside>
</div>
<footer class="site-footer"><div class="inner">&copy; 2026 ${esc(p.company)}. All rights reserved. <a href="${esc(p.companyUrl)}privacy">Privacy</a></div></footer>`;
  return page({ head, body });
};

const renderAboutPage = (a) => {
  const t = CAREER_THEMES[a.company];
  const org = {
    '@context': 'https://schema.org',
    '@type': 'MedicalOrganization',
    name: a.company,
    url: a.companyUrl,
    description:
      'Primary care centers for adults 65 and older in Arizona and New Mexico, working with Medicare Advantage plans.',
  };
  const head = `
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>About us | ${esc(a.company)}</title>
<meta name="description" content="Juniper Oak provides unhurried, personal primary care for adults 65 and older.">
<link rel="canonical" href="${esc(localHref(a.url))}">
${FICTION_NOTE}
<style>${careerCss(t)}</style>
${jsonLdScript(org)}`;
  const body = `
${careerHeader(a, 'about')}
<section class="hero">
  <div class="inner">
    <div class="breadcrumb"><a href="${esc(a.companyUrl)}">Home</a> / About us</div>
    <h1>${esc(a.title)}</h1>
    <p>Unhurried, personal primary care for adults 65 and older.</p>
  </div>
</section>
<div class="layout">
  <article class="job-description">
${a.sections
  .map((s) => {
    let out = `    <h2>${s.h}</h2>\n`;
    for (const para of s.p ?? []) out += `    <p>${para}</p>\n`;
    if (s.ul) out += `    <ul>\n${s.ul.map((li) => `      <li>${li}</li>`).join('\n')}\n    </ul>\n`;
    return out;
  })
  .join('')}
  </article>
  <aside class="apply-card">
    <dl>
      <dt>Founded</dt><dd>2018</dd>
      <dt>Centers</dt><dd>23 in Arizona and New Mexico</dd>
      <dt>Patients</dt><dd>About 41,000 seniors</dd>
    </dl>
    <a class="button" href="https://boards.greenhouse.io/juniperoakprimarycare/jobs/7100001">See open roles</a>
  </aside>
</div>
<footer class="site-footer"><div class="inner">&copy; 2026 ${esc(a.company)}. All rights reserved.</div></footer>`;
  return page({ head, body });
};

// ---------------------------------------------------------------------------------------------
// index.html (the demo board's home)

const STYLE_LABEL = {
  linkedin: 'LinkedIn-style',
  greenhouse: 'Greenhouse-style',
  lever: 'Lever-style',
  'career-site': 'Company career site',
};

const renderIndex = (catalog) => {
  const postings = catalog.filter((c) => c.isPosting);
  const others = catalog.filter((c) => !c.isPosting);
  const item = (c) => `      <li>
        <a class="job" href="${esc(localHref(c.url))}">${esc(c.title)}</a>${c.company ? ` <span class="company">at ${esc(c.company)}</span>` : ''}
        <span class="badge badge--${c.style}">${STYLE_LABEL[c.style]}</span>
        <div class="url">${esc(c.url.replace('{origin}', ''))} &middot; <a href="/${esc(c.file)}">local copy</a></div>
      </li>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mission Lens demo job board</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#f6f7f9;color:#1f2328;line-height:1.55}
main{max-width:820px;margin:0 auto;padding:40px 24px 64px}
h1{margin:0 0 8px;font-size:30px}
.lead{font-size:17px;color:#444}
.notice{background:#fff7e0;border:1px solid #f0d98c;border-radius:8px;padding:12px 16px;font-size:14px}
h2{margin:32px 0 12px;font-size:20px}
ul{list-style:none;padding:0;margin:0}
li{background:#fff;border:1px solid #e3e5e8;border-radius:8px;padding:14px 16px;margin-bottom:10px}
.job{font-weight:600;font-size:17px;color:#0b5cad;text-decoration:none}
.job:hover{text-decoration:underline}
.company{color:#555}
.badge{display:inline-block;font-size:12px;border-radius:10px;padding:1px 8px;margin-left:6px;vertical-align:2px;background:#eef1f4;color:#444}
.badge--linkedin{background:#e2eefa;color:#0a66c2}
.badge--greenhouse{background:#e6f2ea;color:#2f6b45}
.badge--lever{background:#eaf1fb;color:#2d6a8e}
.badge--career-site{background:#f4ece4;color:#8a4b1f}
.url{font-size:12px;color:#777;margin-top:4px;word-break:break-all}
.url a{color:#777}
footer{margin-top:40px;font-size:13px;color:#777}
</style>
</head>
<body>
<main>
  <h1>Mission Lens demo job board</h1>
  <p class="lead">A small set of sample job postings for trying out Mission Lens. Open any posting and the extension will find the employer's mission claims, judge how specific they are, work out who pays the company, and suggest questions to ask.</p>
  <p class="notice"><strong>Everything here is fictional sample data.</strong> The companies, people, places and figures are invented for this demo; any resemblance to real organizations is coincidental. Pages are styled after LinkedIn, Greenhouse and Lever, but they are served locally: when the browser is started with <code>npm start</code>, addresses on those boards are answered from this demo server. In any other browser use the "local copy" links.</p>
  <h2>Job postings</h2>
  <ul>
${postings.map(item).join('\n')}
  </ul>
  <h2>Other pages (not job postings)</h2>
  <ul>
${others.map(item).join('\n')}
  </ul>
  <footer>Machine-readable list: <a href="/catalog.json">catalog.json</a></footer>
</main>
</body>
</html>
`;
};

// ---------------------------------------------------------------------------------------------

const RENDERERS = { linkedin: renderLinkedIn, greenhouse: renderGreenhouse, lever: renderLever };

const write = (rel, text) => {
  const full = join(DEMO_DIR, rel);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
};

const catalog = [];
for (const p of POSTINGS) {
  const html = p.style === 'career-site' ? renderCareerSite(p) : RENDERERS[p.style](p);
  write(fileOf(p), html);
  catalog.push({
    file: fileOf(p),
    url: p.url,
    title: p.title,
    company: p.company,
    healthcare: p.healthcare,
    isPosting: true,
    style: p.style,
    segment: p.segment,
    jsonLd: !p.noJsonLd,
  });
}

const searchCards = [
  'harborline-rn-care-manager',
  'juniper-oak-nurse-practitioner',
  'threshold-clinical-program-manager',
  'kinfolk-bridge-community-health-worker',
  'cedar-hollow-veterinary-technician',
].map((slug) => POSTINGS.find((p) => p.slug === slug));
write(fileOf(SEARCH_PAGE), renderLinkedInSearch(searchCards));
catalog.push({
  file: fileOf(SEARCH_PAGE),
  url: SEARCH_PAGE.url,
  title: 'LinkedIn job search: nurse',
  company: null,
  healthcare: null,
  isPosting: false,
  style: 'linkedin',
  segment: null,
  jsonLd: false,
});

write(fileOf(ABOUT_PAGE), renderAboutPage(ABOUT_PAGE));
catalog.push({
  file: fileOf(ABOUT_PAGE),
  url: ABOUT_PAGE.url,
  title: 'About us',
  company: ABOUT_PAGE.company,
  healthcare: null,
  isPosting: false,
  style: 'career-site',
  segment: null,
  jsonLd: false,
});

write('catalog.json', `${JSON.stringify(catalog, null, 2)}\n`);
write('index.html', renderIndex(catalog));
console.log(`wrote ${catalog.length} pages, catalog.json and index.html`);
