// Writes a corpus of EU-style minutes, built differently from bench/generate.mjs: `node bench/generate-eu.mjs COUNT DIR`.
//
// Seeded, so every run with the same COUNT writes the same files. Five bodies (a network, a cooperation group,
// a board, an expert board and a high-level group), each with its own series of numbered meetings over the
// years; files from about 1 KB to 60 KB (most 4 to 15 KB); front matter with member-state, institution and DG
// codes, sometimes a long local registry of national authorities and experts with aliases; unnumbered
// document sections (Present, Apologies, Action items, Annex), numbered items and sub-items, hard-wrapped
// prose that names delegations by code, acronyms defined in the text, decisions and task-list actions
// written the ways secretaries write them, due dates in mixed forms, tables, quoted e-mails, links.
//
// About one file in eight carries exactly one known fault; DIR/manifest.json lists them, with the rule
// expected to report each one and its line (bench/check-faults.mjs compares). Everything else is meant
// to be clean under the conventions documented in bench/README.md ("Corpora"): the registries named by
// `extends:` in DIR/minutes.config.yaml, its glossary, acronyms defined in the text, sections by title.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEED = 20240404;

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------------------
// The actors the corpus assumes the built-in registries hold (bench/README.md lists them).

/** eu-member-states: code → [name, adjective, capital]. The group `MS` (the member states) is assumed there too. */
const MEMBER_STATES = {
  BE: ['Belgium', 'Belgian', 'Brussels'], BG: ['Bulgaria', 'Bulgarian', 'Sofia'], CZ: ['Czechia', 'Czech', 'Prague'],
  DK: ['Denmark', 'Danish', 'Copenhagen'], DE: ['Germany', 'German', 'Berlin'], EE: ['Estonia', 'Estonian', 'Tallinn'],
  IE: ['Ireland', 'Irish', 'Dublin'], EL: ['Greece', 'Greek', 'Athens'], ES: ['Spain', 'Spanish', 'Madrid'],
  FR: ['France', 'French', 'Paris'], HR: ['Croatia', 'Croatian', 'Zagreb'], IT: ['Italy', 'Italian', 'Rome'],
  CY: ['Cyprus', 'Cypriot', 'Nicosia'], LV: ['Latvia', 'Latvian', 'Riga'], LT: ['Lithuania', 'Lithuanian', 'Vilnius'],
  LU: ['Luxembourg', 'Luxembourg', 'Luxembourg'], HU: ['Hungary', 'Hungarian', 'Budapest'], MT: ['Malta', 'Maltese', 'Valletta'],
  NL: ['the Netherlands', 'Dutch', 'The Hague'], AT: ['Austria', 'Austrian', 'Vienna'], PL: ['Poland', 'Polish', 'Warsaw'],
  PT: ['Portugal', 'Portuguese', 'Lisbon'], RO: ['Romania', 'Romanian', 'Bucharest'], SI: ['Slovenia', 'Slovenian', 'Ljubljana'],
  SK: ['Slovakia', 'Slovak', 'Bratislava'], FI: ['Finland', 'Finnish', 'Helsinki'], SE: ['Sweden', 'Swedish', 'Stockholm'],
};
const MS_CODES = Object.keys(MEMBER_STATES);
/** eu-institutions. */
const INSTITUTIONS = {
  COM: 'European Commission', EEAS: 'European External Action Service', EP: 'European Parliament',
  PRES: 'Presidency of the Council', GSC: 'General Secretariat of the Council', ENISA: 'European Union Agency for Cybersecurity',
  EDPB: 'European Data Protection Board', EDPS: 'European Data Protection Supervisor', FRA: 'European Union Agency for Fundamental Rights',
  Europol: 'European Union Agency for Law Enforcement Cooperation', Eurojust: 'European Union Agency for Criminal Justice Cooperation',
  JRC: 'Joint Research Centre', 'CERT-EU': 'Cybersecurity Service for the Union institutions, bodies, offices and agencies',
};
/** eu-commission-dgs. */
const DGS = {
  'DG JUST': 'Directorate-General for Justice and Consumers', 'DG CNECT': 'Directorate-General for Communications Networks, Content and Technology',
  'DG HOME': 'Directorate-General for Migration and Home Affairs', 'DG DIGIT': 'Directorate-General for Digital Services',
  'DG GROW': 'Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs', 'DG COMM': 'Directorate-General for Communication',
  'DG EMPL': 'Directorate-General for Employment, Social Affairs and Inclusion',
};
/** The corpus's minutes.config.yaml adds these actors, and this glossary. */
const CONFIG_ACTORS = { SEC: { name: 'Secretariat', aliases: ['the Secretariat'] } };
const GLOSSARY = {
  AOB: 'Any other business', AI: 'artificial intelligence', CERV: 'Citizens, Equality, Rights and Values programme',
  CIRCABC: 'Communication and Information Resource Centre for Administrations, Businesses and Citizens', CSIRT: 'Computer Security Incident Response Team',
  DSA: 'Digital Services Act', EU: 'European Union', EUR: 'euro', GDPR: 'General Data Protection Regulation',
  LGBTIQ: 'lesbian, gay, bisexual, trans, intersex and queer', NGO: 'non-governmental organisation', NIS: 'network and information systems', NIS2: 'Directive (EU) 2022/2555 on a high common level of cybersecurity',
  RAS: 'Rapid Alert System', REC: 'Rights, Equality and Citizenship programme', SEMIC: 'Semantic Interoperability Community', TTX: 'table-top exercise',
};
/** Acronyms the prose uses that no registry or the shared glossary holds: each file defines them in the text at first use, or in its own glossary. */
const LOCAL_ACRONYMS = {
  FIMI: { long: 'foreign information manipulation and interference', article: '', bare: '' },
  EDMO: { long: 'European Digital Media Observatory', article: 'the', bare: '' },
  VAA: { long: 'voting advice application', article: 'the', bare: 'the' },
  CVD: { long: 'coordinated vulnerability disclosure', article: '', bare: '' },
  CRA: { long: 'Cyber Resilience Act', article: 'the', bare: 'the' },
  CER: { long: 'Critical Entities Resilience Directive', article: 'the', bare: 'the' },
  VLOP: { long: 'very large online platform', article: '', bare: '' },
  DSC: { long: 'Digital Services Coordinator', article: '', bare: '' },
  EIF: { long: 'European Interoperability Framework', article: 'the', bare: 'the' },
  OOTS: { long: 'once-only technical system', article: 'the', bare: 'the' },
  EUDI: { long: 'European digital identity', article: 'the', bare: 'the' },
  HLG: { long: 'High Level Group on combating hate speech and hate crime', article: 'the', bare: 'the' },
  ECRI: { long: 'European Commission against Racism and Intolerance', article: 'the', bare: '' },
};
/** Glossary acronyms, for the first use written out in full now and then ("the Rapid Alert System (RAS)"). */
const GLOSSARY_FORMS = {
  RAS: { long: 'Rapid Alert System', article: 'the', bare: 'the' },
  GDPR: { long: 'General Data Protection Regulation', article: 'the', bare: 'the' },
  TTX: { long: 'table-top exercise', article: 'the', bare: 'the' },
  DSA: { long: 'Digital Services Act', article: 'the', bare: 'the' },
  REC: { long: 'Rights, Equality and Citizenship programme', article: 'the', bare: 'the' },
  CERV: { long: 'Citizens, Equality, Rights and Values programme', article: 'the', bare: 'the' },
  CSIRT: { long: 'Computer Security Incident Response Team', article: '', bare: '' },
  SEMIC: { long: 'Semantic Interoperability Community', article: 'the', bare: 'the' },
};
const ACRONYM_FORMS = { ...LOCAL_ACRONYMS, ...GLOSSARY_FORMS };

/** Actors a file's own registry may list: national authorities, Commission teams, experts (codes chosen to clash with no registry code). */
const LOCAL_AUTHORITIES = [
  ['BE-Flanders', 'Flemish Government, Department of Chancellery and Foreign Affairs', ['Flanders']],
  ['BE-Wallonia', 'Public Service of Wallonia', ['Wallonia']],
  ['BE-Brussels', 'Brussels-Capital Region', []],
  ['DE-BSI', 'Federal Office for Information Security', ['BSI']],
  ['DE-Bavaria', 'Bavarian State Ministry of the Interior', ['Bavaria']],
  ['FR-ANSSI', 'National Cybersecurity Agency of France', ['ANSSI']],
  ['FR-ARCOM', 'Regulatory Authority for Audiovisual and Digital Communication', ['ARCOM']],
  ['ES-Catalonia', 'Government of Catalonia', ['Catalonia']],
  ['ES-INCIBE', 'National Cybersecurity Institute of Spain', ['INCIBE']],
  ['NL-NCSC', 'National Cyber Security Centre of the Netherlands', ['NCSC']],
  ['IT-ACN', 'National Cybersecurity Agency of Italy', ['ACN']],
  ['IT-AGCOM', 'Italian Communications Regulatory Authority', ['AGCOM']],
  ['EE-RIA', 'Estonian Information System Authority', ['RIA']],
  ['FI-Traficom', 'Finnish Transport and Communications Agency', ['Traficom']],
  ['SE-MSB', 'Swedish Civil Contingencies Agency', ['MSB']],
  ['IE-ElecComm', 'Electoral Commission of Ireland', ['An Coimisiún Toghcháin']],
  ['IE-CnaM', 'Coimisiún na Meán', []],
  ['DK-Digst', 'Danish Agency for Digital Government', ['Digitaliseringsstyrelsen']],
  ['PT-CNCS', 'National Cybersecurity Centre of Portugal', ['CNCS']],
  ['LT-NKSC', 'National Cyber Security Centre of Lithuania', ['NKSC']],
  ['AT-BMI', 'Austrian Federal Ministry of the Interior', []],
  ['PL-UKE', 'Office of Electronic Communications of Poland', ['UKE']],
  ['DIGIT-SEMIC', 'SEMIC action of DG DIGIT', ['SEMIC team']],
  ['DIGIT-OSPO', 'Open Source Programme Office of the Commission', ['OSPO']],
  ['CNECT-F2', 'Unit F.2 of DG CNECT', []],
  ['JUST-C2', 'Unit C.2 Union citizenship rights and free movement, DG JUST', ['Unit C.2']],
  ['EEAS-StratCom', 'Strategic Communications division of the EEAS', ['StratCom']],
  ['JRC-Ispra', 'Joint Research Centre, Ispra site', []],
];
const EXPERTS = [
  ['AN', 'Dr Anna Novak', ['Anna Novak', 'Dr Novak']], ['KW', 'Dr Klaus Weber', ['Klaus Weber']], ['MR', 'Marie Rousseau', []],
  ['JV', 'Jaana Virtanen', ['Ms Virtanen']], ['PG', 'Prof. Paolo Greco', ['Paolo Greco', 'Prof. Greco']], ['LMO', 'Lucía Moreno', []],
  ['OJ', 'Ole Jensen', ['Mr Jensen']], ['ZK', 'Zsófia Kovács', []], ['TN', 'Tomasz Nowak', []], ['IVU', 'Ivana Vuković', []],
  ['MBA', 'Maarten Bakker', []], ['CTD', 'Catarina Duarte', ['Dr Duarte']], ['RS', 'Radu Stan', []], ['AGR', 'Aino Granlund', []],
  ['NP', 'Nikos Papadopoulos', ['Dr Papadopoulos']], ['EK', 'Eva Kralj', []], ['HLQ', 'Helga Lindqvist', []], ['JH', 'Jonas Hoffmann', []],
  ['SRO', 'Sofia Rossi', []], ['BV', 'Bram Vermeulen', []], ['DMP', 'Dimitra Pappa', []], ['FOB', "Fiona O'Brien", []],
  ['LK', 'Laura Kask', []], ['VBZ', 'Viktors Bērziņš', []],
];

/** Delegates' names, per member state. */
const NAMES = {
  BE: ['Sophie Peeters', 'Jan Claes', 'Marie Dubois', 'Pieter Wouters'], BG: ['Elena Petrova', 'Georgi Ivanov', 'Maria Dimitrova'],
  CZ: ['Petra Svobodová', 'Jakub Dvořák', 'Tereza Novotná'], DK: ['Mette Nielsen', 'Søren Larsen', 'Camilla Holm'],
  DE: ['Katrin Schmidt', 'Markus Becker', 'Julia Wagner', 'Stefan Braun'], EE: ['Kadri Tamm', 'Martin Saar', 'Liis Mägi'],
  IE: ['Aoife Byrne', 'Conor Walsh', 'Siobhán Kelly'], EL: ['Eleni Georgiou', 'Dimitris Nikolaou', 'Katerina Pappa'],
  ES: ['Lucía García', 'Javier Fernández', 'Carmen Ruiz', 'Pablo Navarro'], FR: ['Camille Martin', 'Julien Bernard', 'Claire Lefèvre', 'Antoine Moreau'],
  HR: ['Ivana Horvat', 'Marko Babić', 'Petra Kovačević'], IT: ['Giulia Romano', 'Marco Ricci', 'Francesca Colombo', 'Luca Esposito'],
  CY: ['Andreas Christou', 'Maria Ioannou'], LV: ['Ilze Ozola', 'Jānis Kalniņš'], LT: ['Rūta Kazlauskienė', 'Tomas Petrauskas'],
  LU: ['Anne Schmit', 'Marc Weber'], HU: ['Eszter Nagy', 'Gábor Tóth', 'Réka Szabó'], MT: ['Claire Borg', 'Mark Camilleri'],
  NL: ['Eva de Vries', 'Bas Jansen', 'Sanne Visser', 'Ruben Smit'], AT: ['Barbara Huber', 'Thomas Gruber', 'Lisa Mayer'],
  PL: ['Agnieszka Kowalska', 'Piotr Wiśniewski', 'Katarzyna Zielińska'], PT: ['Inês Ferreira', 'João Santos', 'Rita Costa'],
  RO: ['Ioana Popescu', 'Andrei Ionescu', 'Mihaela Dumitru'], SI: ['Nina Kralj', 'Matej Zupan'], SK: ['Zuzana Horváthová', 'Martin Kováč'],
  FI: ['Laura Korhonen', 'Mikko Mäkinen', 'Anna Laine'], SE: ['Karin Johansson', 'Erik Lindberg', 'Sara Nilsson'],
};
const EU_STAFF = ['Lotte Janssens', 'Paolo Ferri', 'Hanna Berg', 'Miguel Sousa', 'Agata Lis', 'Florian Keller', 'Ruth Murphy', 'Nicolas Girard', 'Anita Zeller', 'Tiago Mendes'];

/** The rotating Presidency of the Council, by half-year. */
const PRESIDENCIES = {
  2012: ['DK', 'CY'], 2013: ['IE', 'LT'], 2014: ['EL', 'IT'], 2015: ['LV', 'LU'], 2016: ['NL', 'SK'], 2017: ['MT', 'EE'],
  2018: ['BG', 'AT'], 2019: ['RO', 'FI'], 2020: ['HR', 'DE'], 2021: ['PT', 'SI'], 2022: ['FR', 'CZ'], 2023: ['SE', 'ES'],
  2024: ['BE', 'HU'], 2025: ['PL', 'DK'], 2026: ['CY', 'IE'], 2027: ['LT', 'EL'], 2028: ['IT', 'LV'], 2029: ['LU', 'NL'], 2030: ['SK', 'MT'],
};
const presidencyOf = (date) => {
  const year = date.getUTCFullYear();
  const pair = PRESIDENCIES[year] ?? PRESIDENCIES[2012 + ((((year - 2012) % 19) + 19) % 19)];
  return pair[date.getUTCMonth() < 6 ? 0 : 1];
};

// ---------------------------------------------------------------------------------------------------------
// The five bodies. `{A:XYZ}` in a phrase is an acronym, written out at its first use when it needs to be.

const BODIES = [
  {
    slug: 'elections', tags: ['elections', 'disinformation', 'data protection', 'cybersecurity', 'civil society', 'media literacy'], name: 'European cooperation network on elections', short: 'network', members: 'members of the network',
    weight: 0.26, start: '2015-03-02', dg: 'DG JUST', dgs: ['DG JUST', 'DG CNECT', 'DG COMM'], institutions: ['COM', 'EEAS', 'EP', 'EDPB', 'PRES', 'ENISA'],
    chairs: ['DG JUST', 'COM', 'Irena Moozova, Director for Equality and Union citizenship', 'Lotte Janssens, Head of Unit, DG JUST'],
    organisations: ['Ministry of the Interior', 'Electoral Commission', 'Ministry of Justice', 'Permanent Representation to the EU', 'State Electoral Office', 'Central Election Commission'],
    locals: ['BE-Flanders', 'BE-Wallonia', 'DE-Bavaria', 'ES-Catalonia', 'IE-ElecComm', 'AT-BMI', 'FR-ARCOM', 'JUST-C2', 'EEAS-StratCom', 'SE-MSB', 'EE-RIA'],
    acronyms: ['RAS', 'FIMI', 'EDMO', 'VAA', 'TTX', 'GDPR', 'REC'], fileGlossary: ['FIMI', 'EDMO', 'VAA'],
    topics: [
      'Awareness raising campaigns for citizens and political parties', 'Engagement with the Rapid Alert System', 'Foreign information manipulation and interference',
      'Role of online platforms in the electoral period', 'Data protection in the electoral context', 'Cyber resilience of electoral infrastructure',
      'Preparation of the table-top exercise', 'Post-election reporting', 'Transparency of political advertising',
      'Involvement of civil society and election observers', 'Funding under the REC programme', 'Exchange of views with the Presidency',
      'Support to national election networks', 'Inclusive participation and accessibility of elections', 'Protection of candidates and election officials',
      'Research on disinformation and media literacy', 'Participation of mobile EU citizens', 'Electoral calendar of the Member States',
      'Use of artificial intelligence in electoral campaigns', 'Guidance on electoral resilience',
    ],
    subtopics: ['National campaigns', 'Contact points', 'Presentation by {MS}', 'Presentation by {INST}', 'Exchange of views', 'Lessons learnt', 'Next steps', 'Tour de table', 'Timeline', 'Findings of the survey', 'Cooperation with platforms', 'Role of the media'],
    objects: [
      'the national awareness raising campaigns', 'the resilience of electoral infrastructure', 'the cooperation with online platforms during the campaign',
      'the protection of personal data in political campaigns', 'the exchange of good practices between national networks', 'the transparency of political advertising',
      'the role of civil society observers', 'the preparations for the European elections', 'the electoral calendar for the coming year',
      'the use of artificial intelligence in campaigns', 'the accessibility of polling stations', 'the training of election officials',
      'the work of {A:RAS}', 'the monitoring of {A:FIMI}', 'the research network of {A:EDMO}', 'the use of {A:VAA} by first-time voters',
    ],
    documents: ['the compendium of good practices', 'the post-election report', 'the draft guidance on electoral resilience', 'the questionnaire on national networks', 'the scenario of {A:TTX}', 'the list of national contact points', 'the summary of the tour de table', 'the calendar of national elections'],
    practices: ['a public awareness campaign on disinformation', 'a hotline for election officials', 'a joint exercise with its national cybersecurity agency', 'a media literacy programme for first-time voters', 'a memorandum of understanding with online platforms', 'a rapid reporting channel for candidates', 'monthly meetings of its national election network'],
    facts: ['the national network now meets every month', 'the preparations for the elections were on track', 'the contacts with platforms had improved since the last elections', 'more than half of the Member States had set up a national network', 'reports of {A:FIMI} had increased during the campaign', '{A:GDPR} applies fully to political parties and candidates', 'the contact points of {A:RAS} should be members of the national networks'],
    events: ['the table-top exercise', 'the workshop on electoral resilience', 'the high-level conference on democracy', 'the joint meeting with the national networks', 'the seminar on media literacy'],
    figures: { header: ['Member State', 'Turnout 2019 (%)', 'Turnout 2024 (%)'], rows: (r) => [r(40, 70).toFixed(1), r(35, 75).toFixed(1)] },
    links: ['https://commission.europa.eu/strategy-and-policy/policies/justice-and-fundamental-rights/eu-citizenship/electoral-rights_en', 'https://www.eeas.europa.eu/eeas/tackling-disinformation-foreign-information-manipulation-interference_en', 'https://edmo.eu/'],
  },
  {
    slug: 'nis', tags: ['cybersecurity', 'NIS2', 'incident reporting', 'supply chain', '5G', 'exercises'], name: 'NIS Cooperation Group', short: 'group', members: 'members of the group',
    weight: 0.22, start: '2013-02-04', dg: 'DG CNECT', dgs: ['DG CNECT', 'DG HOME'], institutions: ['COM', 'ENISA', 'CERT-EU', 'EEAS', 'PRES', 'Europol'],
    chairs: ['PRES', 'the Presidency', 'DG CNECT'],
    organisations: ['National Cybersecurity Centre', 'Ministry of Digital Affairs', 'National Security Authority', 'Permanent Representation to the EU', 'Government Incident Response Team', 'Ministry of the Interior'],
    locals: ['DE-BSI', 'FR-ANSSI', 'ES-INCIBE', 'NL-NCSC', 'IT-ACN', 'EE-RIA', 'FI-Traficom', 'PT-CNCS', 'LT-NKSC', 'SE-MSB', 'CNECT-F2', 'JRC-Ispra'],
    acronyms: ['CSIRT', 'CVD', 'CRA', 'CER', 'TTX', 'NIS2'], fileGlossary: ['CVD', 'CRA', 'CER'],
    topics: [
      'State of play of the transposition of NIS2', 'Report of the CSIRTs network', 'Coordinated risk assessment of critical supply chains',
      'Cybersecurity of 5G networks', 'Incident reporting and notification thresholds', 'Preparation of the Cyber Europe exercise',
      'Work programme of the work streams', 'Peer reviews under NIS2', 'Implementation of the Cyber Resilience Act', 'Vulnerability disclosure policies',
      'Cybersecurity of the energy sector', 'Threat landscape report of ENISA', 'Cooperation with CERT-EU', 'Cybersecurity skills and the Academy',
      'Interplay with the Critical Entities Resilience Directive', 'Cyber crisis management and the blueprint', 'Registry of digital infrastructure providers',
      'Security of submarine cables', 'Cybersecurity of hospitals and health care', 'Post-quantum cryptography roadmap',
    ],
    subtopics: ['Presentation by {INST}', 'Presentation by {MS}', 'State of play', 'Discussion', 'Work stream on supply chains', 'Work stream on incident reporting', 'Next steps', 'Timeline', 'Findings of the peer review', 'Tour de table'],
    objects: [
      'the transposition of {A:NIS2} into national law', 'the reports of the {A:CSIRT} network', 'the coordinated risk assessment of supply chains',
      'the toolbox for the security of 5G networks', 'the thresholds for notifying significant incidents', 'the lessons of the last Cyber Europe exercise',
      'the national policies on {A:CVD}', 'the implementation of {A:CRA}', 'the interplay between {A:NIS2} and {A:CER}', 'the cybersecurity of hospitals',
      'the security of submarine cables', 'the registry of digital infrastructure providers', 'the peer review methodology', 'the cybersecurity skills gap',
    ],
    documents: ['the draft reference document on incident reporting', 'the peer review methodology', 'the report on the risk assessment', 'the work programme for the next two years', 'the questionnaire on transposition', 'the non-paper on supply chain security', 'the threat landscape report'],
    practices: ['a national registry of essential entities', 'a coordinated vulnerability disclosure platform', 'a sectoral exercise with energy operators', 'a cybersecurity voucher scheme for small companies', 'a single reporting portal for incidents', 'a national crisis management plan'],
    facts: ['twelve Member States had fully transposed {A:NIS2}', 'the number of notified incidents had doubled in a year', 'the health sector remained the most targeted', 'ransomware was still the main threat', 'the reporting template should be aligned with {A:CRA}', 'the peer reviews would start with volunteer Member States'],
    events: ['the Cyber Europe exercise', 'the plenary meeting of the {A:CSIRT} network', 'the conference on cybersecurity skills', 'the workshop on supply chain security', 'the high-level meeting on cyber crisis management'],
    figures: { header: ['Sector', 'Incidents notified', 'Of which significant'], rows: (r) => [String(Math.round(r(40, 900))), String(Math.round(r(2, 60)))], labels: ['Energy', 'Transport', 'Banking', 'Health', 'Drinking water', 'Digital infrastructure', 'Public administration', 'Space'] },
    links: ['https://digital-strategy.ec.europa.eu/en/policies/nis2-directive', 'https://www.enisa.europa.eu/topics/cyber-threats/threat-landscape', 'https://digital-strategy.ec.europa.eu/en/policies/nis-cooperation-group'],
  },
  {
    slug: 'dsa-board', tags: ['DSA', 'online platforms', 'protection of minors', 'trusted flaggers', 'enforcement'], name: 'European Board for Digital Services', short: 'Board', members: 'members of the Board',
    weight: 0.18, start: '2017-09-11', dg: 'DG CNECT', dgs: ['DG CNECT', 'DG JUST'], institutions: ['COM', 'EDPB', 'EP', 'EEAS'],
    chairs: ['COM', 'DG CNECT', 'Prabhat Agarwal, Head of Unit, DG CNECT'],
    organisations: ['Digital Services Coordinator', 'Media Regulatory Authority', 'Communications Regulator', 'Consumer Protection Authority', 'Permanent Representation to the EU'],
    locals: ['FR-ARCOM', 'IT-AGCOM', 'IE-CnaM', 'PL-UKE', 'NL-NCSC', 'CNECT-F2', 'JRC-Ispra', 'FI-Traficom'],
    acronyms: ['DSA', 'VLOP', 'DSC', 'EDMO', 'GDPR'], fileGlossary: ['VLOP', 'DSC'],
    topics: [
      'Supervision of very large online platforms', 'Designation of trusted flaggers', 'Cooperation between Digital Services Coordinators',
      'Guidelines on the protection of minors online', 'Election integrity under the DSA', 'Data access for vetted researchers',
      'Out-of-court dispute settlement bodies', 'Transparency database of statements of reasons', 'Risk assessment reports and independent audits',
      'Codes of conduct under the DSA', 'Crisis protocols', 'Information sharing system between authorities', 'Enforcement actions of the Commission',
      'Online marketplaces and consumer protection', 'Annual activity report of the Board', 'Integrity of the information space',
    ],
    subtopics: ['Presentation by the Commission', 'Presentation by {MS}', 'State of play', 'Discussion', 'Working group on enforcement', 'Next steps', 'Timeline', 'Exchange of views'],
    objects: [
      'the supervision of very large online platforms', 'the risk assessment of a {A:VLOP}', 'the designation of trusted flaggers', 'the cooperation between national authorities', 'the protection of minors online',
      'the guidelines on election integrity', 'the delegated act on data access', 'the certification of out-of-court dispute settlement bodies',
      'the transparency database', 'the first audit reports', 'the enforcement of {A:DSA}', 'the role of the {A:DSC} in cross-border cases', 'the research of {A:EDMO}',
    ],
    documents: ['the draft guidelines on the protection of minors', 'the template for activity reports', 'the annual report of the Board', 'the draft rules of procedure', 'the list of certified bodies', 'the reporting template for trusted flaggers'],
    practices: ['a joint investigation with the consumer protection authority', 'a national register of trusted flaggers', 'a helpline for users of online platforms', 'a cooperation agreement with the data protection authority', 'an information campaign for parents'],
    facts: ['most Digital Services Coordinators had been designated', 'the first trusted flaggers had been certified', 'the transparency database held several billion statements of reasons', 'the audit reports showed large differences in quality', 'complaints concerned mainly online marketplaces'],
    events: ['the workshop on data access', 'the stress test with online platforms', 'the conference on the protection of minors', 'the joint meeting with the consumer protection network'],
    figures: { header: ['Platform category', 'Notices received', 'Action taken (%)'], rows: (r) => [String(Math.round(r(1000, 90000))), r(20, 95).toFixed(0)], labels: ['Online marketplaces', 'Social networks', 'Video sharing', 'Search engines', 'App stores', 'Hosting services'] },
    links: ['https://digital-strategy.ec.europa.eu/en/policies/digital-services-act-package', 'https://transparency.dsa.ec.europa.eu/', 'https://digital-strategy.ec.europa.eu/en/policies/dsa-board'],
  },
  {
    slug: 'interop', tags: ['interoperability', 'open source', 'core vocabularies', 'GovTech', 'digital public services'], name: 'Interoperable Europe Board', short: 'Board', members: 'members of the Board',
    weight: 0.18, start: '2012-01-16', dg: 'DG DIGIT', dgs: ['DG DIGIT', 'DG CNECT', 'DG GROW'], institutions: ['COM', 'JRC', 'EP', 'PRES'],
    chairs: ['DG DIGIT', 'COM', 'Dr Klaus Weber'],
    organisations: ['Ministry of Digital Affairs', 'Digital Agency', 'Office of the Government Chief Information Officer', 'Ministry of Finance', 'Permanent Representation to the EU'],
    locals: ['DIGIT-SEMIC', 'DIGIT-OSPO', 'DK-Digst', 'EE-RIA', 'BE-Flanders', 'DE-Bavaria', 'ES-Catalonia', 'JRC-Ispra', 'FI-Traficom'],
    acronyms: ['EIF', 'OOTS', 'EUDI', 'SEMIC'], fileGlossary: ['EIF', 'OOTS', 'EUDI'],
    topics: [
      'Revision of the European Interoperability Framework', 'Core vocabularies and the SEMIC conference', 'Interoperability assessments of new legislation',
      'Regulatory sandboxes', 'Interoperable Europe portal', 'Once-only technical system', 'Open source software in public administrations',
      'GovTech incubator projects', 'Common building blocks', 'Skills for interoperability', 'Monitoring of the Digital Decade targets',
      'Annual agenda of the Board', 'Cross-border digital public services', 'Interoperability of base registries', 'Support projects for Member States',
      'European digital identity wallet', 'Policy implementation support',
    ],
    subtopics: ['Presentation by {MS}', 'Presentation by the SEMIC team', 'State of play', 'Discussion', 'Pilot projects', 'Next steps', 'Timeline', 'Results of the survey'],
    objects: [
      'the revision of {A:EIF}', 'the core vocabularies of {A:SEMIC}', 'the interoperability assessments', 'the regulatory sandboxes', 'the portal and its catalogue of solutions',
      'the roll-out of {A:OOTS}', 'the use of open source software', 'the GovTech incubator', 'the common building blocks', 'the interoperability skills framework',
      'the monitoring of the Digital Decade targets', 'the pilots of {A:EUDI} wallet',
    ],
    documents: ['the guidelines on interoperability assessments', 'the draft annual agenda', 'the catalogue of reusable solutions', 'the survey on base registries', 'the report on the sandboxes', 'the list of support projects'],
    practices: ['a national interoperability framework', 'a catalogue of public sector APIs', 'an open source programme office', 'a once-only pilot for company data', 'a training programme for civil servants'],
    facts: ['most assessments so far concerned the internal market', 'the portal had doubled its number of users', 'the first sandbox would open next year', 'the core vocabularies are used in twenty Member States', 'reuse of solutions remained low'],
    events: ['the conference of {A:SEMIC}', 'the GovTech conference', 'the workshop on interoperability assessments', 'the Interoperable Europe Academy course'],
    figures: { header: ['Member State', 'Assessments published', 'Solutions reused'], rows: (r) => [String(Math.round(r(0, 25))), String(Math.round(r(0, 40)))] },
    links: ['https://interoperable-europe.ec.europa.eu/', 'https://interoperable-europe.ec.europa.eu/collection/semic-support-centre', 'https://commission.europa.eu/about/departments-and-executive-agencies/digital-services_en'],
  },
  {
    slug: 'hate-hlg', tags: ['hate crime', 'hate speech', 'victims', 'training', 'civil society'], name: 'High Level Group on combating hate speech and hate crime', short: 'group', members: 'members of the group',
    weight: 0.16, start: '2016-06-06', dg: 'DG JUST', dgs: ['DG JUST', 'DG HOME', 'DG EMPL'], institutions: ['COM', 'FRA', 'Europol', 'Eurojust', 'EP', 'EEAS'],
    chairs: ['DG JUST', 'COM', 'Irena Moozova, Deputy Director-General, DG JUST'],
    organisations: ['Ministry of Justice', 'Ministry of the Interior', 'National Police', 'Public Prosecution Service', 'Equality Body', 'Permanent Representation to the EU'],
    locals: ['BE-Flanders', 'BE-Brussels', 'DE-Bavaria', 'AT-BMI', 'ES-Catalonia', 'JUST-C2', 'IE-ElecComm', 'PL-UKE'],
    acronyms: ['HLG', 'ECRI', 'CERV', 'LGBTIQ', 'NGO'], fileGlossary: ['HLG', 'ECRI'],
    topics: [
      'Recording of hate crime and data collection', 'Training of law enforcement authorities', 'Support to victims of hate crime',
      'Code of conduct on countering illegal hate speech online', 'Monitoring exercise of online platforms', 'Antisemitism and anti-Muslim hatred',
      'Hate speech against LGBTIQ people', 'Funding under the CERV programme', 'Work of the Fundamental Rights Agency', 'National action plans against racism',
      'Hate speech in the electoral context', 'Role of equality bodies', 'Prosecution of online hate speech', 'Cooperation with civil society organisations',
      'Framework Decision on racism and xenophobia', 'Hate crime against Roma',
    ],
    subtopics: ['Presentation by {INST}', 'Presentation by {MS}', 'Findings of the survey', 'Discussion', 'Next steps', 'Timeline', 'Exchange of views', 'Good practices'],
    objects: [
      'the recording of hate crime by the police', 'the training of law enforcement officers', 'the support to victims', 'the code of conduct on illegal hate speech',
      'the results of the monitoring exercise', 'the national strategies against antisemitism', 'the situation of {A:LGBTIQ} people',
      'the funding under {A:CERV}', 'the recommendations of {A:ECRI}', 'the national action plans against racism', 'the cooperation with {A:NGO} partners',
      'the work of {A:HLG}',
    ],
    documents: ['the guidance on hate crime recording', 'the report of the monitoring exercise', 'the training manual for police officers', 'the questionnaire on national action plans', 'the compendium of practices on victim support', 'the mapping of equality bodies'],
    practices: ['a specialised hate crime unit in the police', 'an online reporting tool for victims', 'a training course for prosecutors', 'a cooperation protocol with civil society', 'a national hate crime observatory'],
    facts: ['underreporting remained the main challenge', 'platforms removed most notified content within a day', 'the number of recorded hate crimes had risen', 'victims often did not trust the police', 'few cases reached the courts'],
    events: ['the workshop on hate crime recording', 'the annual colloquium on fundamental rights', 'the training session for prosecutors', 'the conference on combating antisemitism'],
    figures: { header: ['Member State', 'Hate crimes recorded 2022', 'Hate crimes recorded 2023'], rows: (r) => [String(Math.round(r(20, 4000))), String(Math.round(r(20, 4500)))] },
    links: ['https://fra.europa.eu/en/themes/hate-crime', 'https://commission.europa.eu/strategy-and-policy/policies/justice-and-fundamental-rights/combatting-discrimination/racism-and-xenophobia/combating-hate-speech-and-hate-crime_en'],
  },
];

const GENERIC_FIRST = ['Welcome and adoption of the agenda', 'Opening of the meeting and adoption of the agenda', 'Opening and approval of the agenda', 'Introduction by the Chair'];
const GENERIC_SECOND = ['Approval of the minutes of the previous meeting', 'Follow-up of the previous meeting', 'Information from the Commission'];
const GENERIC_LAST = ['Any other business', 'AOB', 'Any other business and next meetings', 'Next meetings and closing', 'Closing remarks'];

// ---------------------------------------------------------------------------------------------------------
// Dates.

const DAY = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const parseIso = (text) => new Date(`${text}T00:00:00Z`);
const iso = (date) => date.toISOString().slice(0, 10);
const addDays = (date, days) => new Date(date.getTime() + days * DAY);
const dm = (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
const dmy = (d) => `${dm(d)} ${d.getUTCFullYear()}`;
const wdm = (d) => `${WEEKDAYS[d.getUTCDay()]} ${dm(d)}`;
const wdmy = (d) => `${WEEKDAYS[d.getUTCDay()]} ${dmy(d)}`;
const mdy = (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const numeric = (d) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
const weekdayOnOrAfter = (date) => {
  let d = date;
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d = addDays(d, 1);
  return d;
};
const ordinal = (n) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

// ---------------------------------------------------------------------------------------------------------
// Text helpers.

/** Marks the place of an injected fault; removed once its line is known. */
const FAULT = '\u0001';
/** Holds words together while wrapping (a fault's phrase stays on its line); turned into spaces afterwards. */
const NBSP = '\u00a0';
const keep = (text) => text.replaceAll(' ', NBSP);

const YAML_PLAIN = /^[A-Za-z\u00c0-\u024f][^:#[\]{},&*!|>'"%@`]*$/;
const yamlText = (text) => (YAML_PLAIN.test(text) && !/\s$/.test(text) && !/^(yes|no|true|false|null|on|off|y|n)$/i.test(text) ? text : JSON.stringify(text));

/** A word that would start a block (list, heading, quote, table, thematic break) if it began a line. */
const BLOCK_START = /^(?:[-+*#>|=_~]|\d+[.)]$)/;

/** Hard wraps a paragraph at `width` (0: one line), the way a word processor's text pasted into Markdown is. */
function wrap(text, width, indent = '') {
  if (!width) return text;
  const words = text.split(' ').filter(Boolean);
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width - indent.length && !BLOCK_START.test(word)) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

const cap = (text) => text.replace(/^(\P{L}*)(\p{Ll})/u, (_, lead, first) => lead + first.toUpperCase());
const joinAnd = (list) => (list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`);

// ---------------------------------------------------------------------------------------------------------
// One file.

const FAULT_KINDS = [
  ['wrong-number', 'numbering'],
  ['missing-agenda-item', 'agenda-mismatch'],
  ['unknown-owner', 'unknown-actor'],
  ['impossible-date', 'invalid-date'],
  ['due-before-meeting', 'due-before-meeting'],
  ['weekday-mismatch', 'weekday-mismatch'],
  ['undefined-acronym', 'undefined-abbreviation'],
  ['empty-item', 'empty-item'],
  ['duplicate-action-id', 'duplicate-action-id'],
  ['front-matter-typo', 'front-matter'],
];
// Codes no registry holds: Greece's ISO code (the EU writes EL), non-members, typos of ENISA and DG CNECT.
const UNKNOWN_OWNERS = ['GR', 'UK', 'ENSIA', 'CH', 'DG CNCT', 'NO', 'IS', 'EEAS2'];
const MADE_UP_ACRONYMS = ['XQZR', 'TFEU-B', 'QVRT', 'ZBXN', 'KPLW', 'EUVXR', 'DRMQ', 'JQTS'];
const TYPO_KEYS = { language: 'langauge', location: 'loaction', status: 'staus', chair: 'chiar', meeting: 'meetng', attendees: 'attendess', apologies: 'apologise', body: 'bodie' };
const IMPOSSIBLE = [[1, 30], [1, 31], [3, 31], [5, 31], [8, 31], [10, 31]]; // month index, day: 30 February, 31 April …

/**
 * Writes one file's text. `spec`: the meeting (body, number, date, previous and next meeting dates) and the
 * fault to inject, if any. Returns `{ text, fault }`, fault with its line and text.
 */
export function generateEuMinutes(spec) {
  const { body, number, date, previous, next, index, faultKind } = spec;
  const rnd = random(SEED ^ Math.imul(index + 1, 0x9e3779b1));
  const chance = (p) => rnd() < p;
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const pickN = (list, n) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const year = date.getUTCFullYear();

  // Size: most 4 to 15 KB, some tiny, a few long.
  const shape = rnd();
  const target = shape < 0.06 ? int(900, 2800) : shape > 0.965 ? Math.round(Math.exp(Math.log(20_000) + rnd() * Math.log(3))) : Math.round(Math.min(26_000, Math.max(3_200, 8_000 * Math.exp(0.4 * gauss()))));
  const tiny = target < 3_000;
  const width = pick([72, 78, 80, 80, 90, 100, 100, 0]);

  // Who came.
  const present = pickN(MS_CODES, tiny ? int(8, 16) : int(17, 27)).sort((a, b) => MS_CODES.indexOf(a) - MS_CODES.indexOf(b));
  const absent = MS_CODES.filter((code) => !present.includes(code));
  const apologies = chance(0.6) ? pickN(absent, Math.min(absent.length, int(1, 4))).sort((a, b) => MS_CODES.indexOf(a) - MS_CODES.indexOf(b)) : [];
  const institutions = pickN(body.institutions, int(2, body.institutions.length));
  if (!institutions.includes('COM')) institutions.unshift('COM');
  const dgs = pickN(body.dgs, int(1, body.dgs.length));
  const presidency = presidencyOf(date);

  // A local registry in some files: national authorities, Commission teams, experts.
  const hasRegistry = !tiny && chance(0.35);
  const registry = [];
  if (hasRegistry) {
    const size = int(10, 40);
    const authorities = LOCAL_AUTHORITIES.filter(([code]) => body.locals.includes(code));
    registry.push(...pickN(authorities, Math.min(authorities.length, int(3, authorities.length))));
    registry.push(...pickN(EXPERTS, Math.max(2, size - registry.length)));
  }
  const localCodes = registry.map(([code]) => code);
  const experts = registry.filter(([code]) => EXPERTS.some(([c]) => c === code));
  const authorities = registry.filter(([code]) => !EXPERTS.some(([c]) => c === code));
  const fileGlossary = !tiny && chance(0.3) ? pickN(body.fileGlossary, int(1, body.fileGlossary.length)) : [];

  // --- phrase helpers ---
  const ms = () => pick(present);
  const msPair = () => {
    const [a, b] = pickN(present, 2);
    return `${a} and ${b}`;
  };
  const msSome = (n) => joinAnd(pickN(present, n));
  const others = institutions.filter((code) => code !== 'COM' && code !== 'PRES');
  const inst = () => pick(others.length ? [...others, 'COM'] : ['COM']);
  const instOther = () => pick(others.length ? others : ['EEAS']);
  const commission = () => pick(['COM', 'the Commission', ...dgs, ...dgs, 'the Commission']);
  const msGroup = () => pick(['several MS', 'a number of MS', 'some Member States', 'most MS', 'several delegations', 'many Member States', 'a few MS']);
  const presidencyName = () => `the ${MEMBER_STATES[presidency][1]} Presidency`;
  const expertRef = () => {
    const [code, name] = pick(experts);
    return pick([`${name} (${code})`, name, code]);
  };
  const authorityRef = () => {
    const [code, , aliases] = pick(authorities);
    return pick([code, code, ...aliases]);
  };
  const speaker = () => {
    const r = rnd();
    if (experts.length && r < 0.15) return expertRef();
    if (authorities.length && r < 0.3) return authorityRef();
    if (r < 0.55) return ms();
    if (r < 0.7) return inst();
    return commission();
  };
  /** Draws from a list without repeats until it is used up, so that one file does not say the same thing twice. */
  const deck = (list) => {
    let pool = [];
    return () => {
      if (!pool.length) pool = pickN(list, list.length);
      return pool.pop();
    };
  };
  const obj = deck(body.objects);
  const doc = deck(body.documents);
  const practice = deck(body.practices);
  const fact = deck(body.facts);
  const event = deck(body.events);
  const staff = deck(EU_STAFF);
  const city = () => MEMBER_STATES[pick([presidency, ...present])][2];
  /** A day after the meeting, in its year when possible (dates without a year take the meeting's). */
  const later = (min = 7, max = 100) => addDays(date, int(min, max));
  const sameYear = (d) => d.getUTCFullYear() === year;
  const writtenFuture = (d) => (sameYear(d) && chance(0.6) ? dm(d) : dmy(d));
  const before = (min = 10, max = 120) => addDays(date, -int(min, max));

  // --- sentences ---
  /** The first sentence of an item: who presented what, under the item's title. Returns [sentence, presenter]. */
  const opening = (title, presenter = speaker()) => {
    const general = [
      () => `${presenter} presented ${doc()}, which was circulated before the meeting.`,
      () => `Following the discussion at the previous meeting, ${presenter} presented a first analysis of ${obj()}.`,
      () => `${presenter} informed the ${body.short} about ${obj()} and about ${doc()}.`,
    ];
    if (!title) return pick(general)();
    return pick([
      ...general,
      () => `${presenter} introduced the item “${title}”.`,
      () => `The Chair opened the item and gave the floor to ${presenter}.`,
      () => `Under this item, ${presenter} gave an update on ${obj()}.`,
      () => `${presenter} introduced the discussion, recalling that ${fact()}.`,
      () => `${presenter} presented ${practice()}.`,
    ])();
  };
  const elaborations = deck([
    () => `The presentation covered ${obj()}, ${obj()} and the next steps.`,
    () => `It was recalled that ${fact()}.`,
    () => `According to the figures presented, ${fact()}.`,
    () => `${speaker()} underlined that ${fact()}, and that further work was needed on ${obj()}.`,
    () => `${doc()} will be published in ${MONTHS[later(30, 120).getUTCMonth()]}.`,
    () => 'The slides are available on CIRCABC.',
    () => `${int(8, 27)} Member States replied to the questionnaire; ${int(2, 7)} of them indicated that ${fact()}.`,
    () => `The main challenges identified were ${obj()} and ${obj()}.`,
    () => `Particular attention was paid to ${obj()}.`,
    () => `${cap(presidencyName())} (PRES) reported on the discussions in the Council working party on ${obj()}.`,
  ]);
  const discussions = deck([
    () => `${msPair()} supported the approach, while ${ms()} asked for more time to consult its national stakeholders.`,
    () => `${msGroup()} stressed the need to take into account ${obj()}.`,
    () => `${ms()} shared its experience with ${practice()}, which had proved useful.`,
    () => `In the discussion that followed, ${msSome(3)} welcomed ${doc()}.`,
    () => `${ms()} raised a question on ${obj()}; ${commission()} replied that ${fact()}.`,
    () => `${inst()} recalled that ${fact()}.`,
    () => `A majority of delegations considered that ${obj()} should remain a priority for the ${body.short}.`,
    () => `${ms()} noted that ${fact()} and suggested a dedicated discussion on ${obj()}.`,
    () => `${msGroup()} reported on ${practice()}.`,
    () => `${ms()} and ${inst()} called for closer cooperation on ${obj()}.`,
    () => `${ms()} informed the ${body.short} that it had set up ${practice()}.`,
    () => `${speaker()} asked whether ${doc()} could also cover ${obj()}.`,
    () => `Replying to ${ms()}, ${commission()} explained that ${fact()}.`,
    () => `${ms()} expressed reservations on the timeline, given the work still needed on ${obj()}.`,
    () => `${msGroup()} welcomed the proposal to exchange on ${obj()} at a future meeting.`,
    () => `${ms()} wondered how ${obj()} would be financed.`,
    () => `${ms()} drew attention to ${obj()}, which in its view deserved more attention.`,
    () => `${inst()} offered its support and referred to ${doc()}.`,
  ]);
  const elaboration = () => elaborations()();
  const discussion = () => discussions()();
  const closing = (presenter) =>
    pick([
      () => `The Chair thanked ${presenter} for the presentation and concluded that ${fact()}.`,
      () => `The Chair thanked the ${body.members} for their contributions.`,
      () => `The Chair invited the ${body.members} to send any further comments in writing.`,
      () => `${commission()} took note of the comments and will reflect them in ${doc()}.`,
    ])();
  const nextStep = () =>
    pick([
      () => `${commission()} will prepare a revised version of ${doc()}.`,
      () => `the Secretariat will report back at the next meeting.`,
      () => `${doc()} will be discussed at the next meeting.`,
      () => `the ${body.members} will be consulted in writing on ${obj()}.`,
    ])();
  const deadline = () =>
    pick([
      () => `The call for proposals under {A:${pick(['REC', 'CERV'])}} is open until ${writtenFuture(later(10, 80))}.`,
      () => `Comments on ${doc()} are welcome by ${writtenFuture(later(10, 60))} at the latest.`,
      () => `Members were invited to send written contributions to the Secretariat no later than ${dmy(later(10, 60))}.`,
      () => `${ms()} asked for the consultation to remain open until ${writtenFuture(later(20, 90))}.`,
      () => `The deadline for replies to the questionnaire is ${dmy(later(14, 60))}.`,
      () => `Registration for ${event()} closes on ${writtenFuture(later(10, 50))}.`,
      () => `${commission()} will circulate the revised text by ${writtenFuture(later(14, 60))}.`,
    ])();
  const dated = () =>
    pick([
      () => {
        const d = weekdayOnOrAfter(before(10, 200));
        return `${cap(event())}, held in ${city()} on ${chance(0.5) && sameYear(d) ? wdm(d) : wdmy(d)}, gathered ${int(30, 250)} participants from ${int(12, 27)} Member States.`;
      },
      () => {
        const start = weekdayOnOrAfter(later(20, 200));
        const end = addDays(start, int(1, 3));
        const range = start.getUTCMonth() === end.getUTCMonth() ? `on ${start.getUTCDate()}-${dmy(end)}` : `from ${dm(start)} to ${dmy(end)}`;
        return `${cap(event())} will take place ${range} in ${city()}.`;
      },
      () => (previous ? `As agreed at the meeting of ${numeric(previous)}, the Secretariat consulted the ${body.members} on ${obj()}.` : `The Secretariat consulted the ${body.members} on ${obj()} in writing.`),
      () => {
        const d = next ?? weekdayOnOrAfter(later(40, 90));
        return `The next meeting will take place on ${wdmy(d)}${chance(0.5) ? ` in ${pick(['Brussels', 'Luxembourg', city()])}` : ', by videoconference'}.`;
      },
      () => `On ${mdy(weekdayOnOrAfter(before(5, 60)))}, ${commission()} published ${doc()}.`,
    ])();
  const quoteMail = () => {
    const from = ms();
    const sent = addDays(date, -int(2, 20));
    const [name] = pickN(NAMES[from], 1);
    return [
      `${pick(['The Secretariat read out the message received from', 'The Chair referred to the e-mail sent by', 'For the record, the written comments of'])} ${from}${pick([':', ' are reproduced below:', ':'])}`,
      '',
      `> From: ${name} (${from})`,
      `> Sent: ${chance(0.5) ? `${WEEKDAYS[sent.getUTCDay()]}, ` : ''}${dmy(sent)} ${int(8, 18)}:${String(int(0, 59)).padStart(2, '0')}`,
      '> To: Secretariat',
      `> Subject: ${pick(['Comments on', 'Re: Follow-up to', 'Our position on'])} ${doc()}`,
      '>',
      '> Dear colleagues,',
      '>',
      `> Thank you for sharing ${doc()}. Before we can agree, we still need to:`,
      '>',
      `> - [ ] consult ${pick(['our national authorities', 'the ministries concerned', 'the regions', 'our data protection authority'])}`,
      `> - [${chance(0.5) ? 'x' : ' '}] check ${pick(['the translation of the annex', 'the figures for last year', 'the legal basis'])}`,
      ...(chance(0.5) ? [`> - [ ] ${pick(['confirm the name of our contact point', 'agree the timeline internally'])}`] : []),
      '>',
      `> We will send our final comments by ${dm(later(5, 30))}.`,
      '>',
      '> Best regards,',
      `> ${name}`,
    ].join('\n');
  };
  const table = (intro = pick([`${speaker()} presented the following figures:`, 'The figures presented were the following:', `**Figures:** the table below sums up the replies received by ${dm(before(3, 20))}.`])) => {
    const { header, rows, labels } = body.figures;
    const keys = labels ? pickN(labels, int(3, Math.min(6, labels.length))) : pickN(present, int(4, 8)).sort();
    const r = (lo, hi) => lo + rnd() * (hi - lo);
    const lines = [cap(intro), '', `| ${header.join(' | ')} |`, `| --- | ${header.slice(1).map(() => '---:').join(' | ')} |`, ...keys.map((key) => `| ${key} | ${rows(r).join(' | ')} |`)];
    return lines.join('\n');
  };
  const link = () => {
    const url = pick(body.links);
    return pick([
      () => `More information is available at ${url}.`,
      () => `The [presentation](${url}) is available online.`,
      () => `See also <${url}>.`,
      () => `${speaker()} referred to the page ${url} for details.`,
    ])();
  };
  const labelled = () =>
    pick([
      () => [`**Discussion:** ${discussion()}`, ...Array.from({ length: int(0, 2) }, discussion)],
      () => [`**Background:** it was recalled that ${fact()}.`, elaboration()],
      () => [`**Next steps:** ${nextStep()}`],
      () => [`**Note:** ${elaboration()}`],
    ])();

  // --- decisions ---
  const decisionText = () =>
    pick([
      () => `the ${body.short} endorsed ${doc()}, subject to the comments made by ${ms()}.`,
      () => `the Secretariat will revise ${doc()} and circulate it for written comments.`,
      () => `the ${body.short} agreed to set up a sub-group on ${obj()}.`,
      () => `${doc()} is adopted.`,
      () => `the ${body.short} will come back to ${obj()} at its next meeting.`,
      () => `members will share their national practices on ${obj()} in writing.`,
      () => `${commission()} will prepare a note on ${obj()} for the next meeting.`,
    ])();
  const decision = () => {
    const text = decisionText();
    return pick([
      () => `**Decision:** ${cap(text)}`,
      () => `Decision: ${cap(text)}`,
      () => `**Agreed:** ${text}`,
      () => `Agreed: ${text}`,
      () => `**Conclusion:** ${cap(text)}`,
      () => `Conclusion: ${cap(text)}`,
      () => `**Outcome:** ${cap(text)}`,
      () => `Outcome: ${cap(text)}`,
      () => `**Agreed**: ${text}`,
      () => `**Decided:** ${text}`,
    ])();
  };
  const decisionList = () => {
    const word = pick(['**Agreed:**', '**Decision:**', 'Agreed:', 'Outcome:']);
    return Array.from({ length: int(2, 3) }, () => `- ${word} ${decisionText()}`).join('\n');
  };

  // --- actions ---
  const ownerCode = () => {
    const r = rnd();
    if (r < 0.28) return pick(['COM', ...dgs]);
    if (r < 0.38) return 'SEC';
    if (r < 0.43) return 'Secretariat';
    if (r < 0.5) return 'MS';
    if (r < 0.62) return ms();
    if (r < 0.7) return `${ms()}, ${ms()}`.replace(/^(\w+), \1$/, '$1');
    if (r < 0.76) return pick(['COM/EEAS', 'COM, EEAS', `COM and ${instOther()}`, `${instOther()}/COM`]);
    if (r < 0.84 && experts.length) {
      const [code, name, aliases] = pick(experts);
      return pick([code, name, ...aliases]);
    }
    if (r < 0.92 && authorities.length) return authorityRef();
    if (r < 0.92) return pick([ms(), 'COM', ...dgs]);
    if (r < 0.96) return 'PRES';
    return instOther();
  };
  const actionVerb = () =>
    pick([
      () => `Circulate ${doc()} to the ${body.members}`,
      () => `Send written comments on ${doc()}`,
      () => `Nominate a contact point for ${obj()}`,
      () => `Update ${doc()} with the latest figures`,
      () => `Organise ${event()}`,
      () => `Share national experience with ${practice()}`,
      () => `Report back on ${obj()} at the next meeting`,
      () => `Prepare a non-paper on ${obj()}`,
      () => `Consolidate the replies to the questionnaire`,
      () => `Publish ${doc()} on CIRCABC`,
      () => `Confirm participation in ${event()}`,
      () => `Reply to the survey on ${obj()}`,
    ])();
  /** A due date on or after the meeting, in one of the forms secretaries write. */
  const dueFuture = () => {
    const d = later(7, 120);
    const sameYearLater = sameYear(d) && d.getUTCMonth() > date.getUTCMonth();
    const r = rnd();
    if (r < 0.32) return `(due ${iso(d)})`;
    if (r < 0.44) return `(due ${sameYear(d) ? dm(d) : dmy(d)})`;
    if (r < 0.54) return `(by ${sameYear(d) ? dm(d) : dmy(d)})`;
    if (r < 0.62) return `(deadline ${dmy(d)})`;
    if (r < 0.7 && sameYearLater) return `(due end of ${MONTHS[d.getUTCMonth()]})`;
    if (r < 0.77 && sameYearLater) return `(due mid-${MONTHS[d.getUTCMonth()]})`;
    if (r < 0.85) return `(due ${numeric(d)})`;
    if (r < 0.9) return `(due ${mdy(d)})`;
    return `(due ${iso(d)})`;
  };
  let actionCount = 0;
  const makeAction = (itemNumber) => {
    actionCount++;
    const done = chance(0.25);
    let due = null;
    if (!done || chance(0.5)) due = done && chance(0.5) ? `(due ${iso(before(5, 60))})` : dueFuture();
    let id = null;
    if (chance(0.22)) {
      id = `${body.slug}-${number}-${itemNumber}-a${actionCount}`;
    }
    return { done, owners: ownerCode(), text: actionVerb(), due, id, idFirst: chance(0.3) };
  };
  const renderAction = (action) => {
    const id = action.id ? ` {#${action.idMark ?? ''}${action.id}}` : '';
    const due = action.due ? ` ${action.dueMark ?? ''}${action.due}` : '';
    const tail = action.idFirst ? `${id}${due}` : `${due}${id}`;
    return `- [${action.done ? 'x' : ' '}] ${action.ownerMark ?? ''}${action.owners}: ${resolve(action.text)}${tail}`;
  };

  // --- the agenda ---
  const itemCount = tiny ? int(3, 4) : Math.max(3, Math.min(20, Math.round(2 + target / int(1400, 2200))));
  const titles = [];
  const topics = pickN(body.topics, body.topics.length);
  if (!tiny || chance(0.5)) titles.push(pick(GENERIC_FIRST));
  if (!tiny && chance(0.5)) titles.push(pick(GENERIC_SECOND));
  const wantsLast = chance(0.7);
  while (titles.length < itemCount - (wantsLast ? 1 : 0) && topics.length) titles.push(topics.pop());
  if (wantsLast) titles.push(pick(GENERIC_LAST));
  /** A sub-item's title, and who presents under it when the title says so. */
  const subtopic = (text) => {
    const presenter = text.includes('{MS}') ? ms() : text.includes('{INST}') ? inst() : null;
    return { title: text.replace(/\{MS\}|\{INST\}/, presenter ?? ''), presenter };
  };

  const actionMode = pick(['inline', 'inline', 'inline', 'section', 'section', 'both']);
  // Items are numbered by their place on the agenda: when one is left out of the minutes, the others keep their numbers.
  const items = titles.map((title, i) => ({ title, agendaNumber: i + 1, blocks: [], subs: [], actions: [], numberText: null }));
  const sectionActions = [];

  // --- front matter ---
  const hasAgenda = faultKind === 'missing-agenda-item' || (!tiny && chance(0.45));
  const titleText = pick([
    () => `${ordinal(number)} meeting of the ${body.name}`,
    () => `Minutes of the ${ordinal(number)} meeting of the ${body.name}`,
    () => `${body.name} – ${ordinal(number)} meeting`,
    () => `${body.name}: meeting of ${dmy(date)}`,
  ])();
  const location = pick(['Brussels', 'Brussels', 'Brussels (hybrid)', 'Videoconference', 'Luxembourg', `${MEMBER_STATES[presidency][2]}`]);
  const chair = pick(body.chairs);
  const status = chance(0.75) ? 'approved' : 'draft';
  const attendees = [...present, ...institutions, ...dgs, ...(hasRegistry && chance(0.5) ? pickN(localCodes, int(1, 4)) : [])];

  const front = [];
  const frontKeys = {};
  const key = (name, value) => {
    frontKeys[name] = front.length;
    front.push(value === '' ? `${name}:` : `${name}: ${value}`);
  };
  key('title', yamlText(titleText));
  key('date', iso(date));
  key('body', yamlText(body.name));
  key('meeting', String(number));
  if (!tiny || chance(0.5)) key('location', yamlText(location));
  if (!tiny || chance(0.5)) key('chair', yamlText(chair));
  if (chance(0.3)) key('secretary', 'SEC');
  key('status', status);
  key('language', 'en');
  if (tiny || chance(0.4)) key('attendees', `[${attendees.join(', ')}]`);
  else {
    key('attendees', '');
    front.push(...attendees.map((code) => `  - ${code}`));
  }
  if (apologies.length) key('apologies', `[${apologies.join(', ')}]`);
  if (!tiny && chance(0.25)) key('tags', `[${pickN(body.tags, int(2, 3)).join(', ')}]`);
  if (chance(0.15)) key('x-reference', JSON.stringify(`Ares(${year})${int(1_000_000, 9_999_999)}`));
  const agendaAt = front.length;
  if (hasRegistry) {
    key('actors', '');
    for (const [code, name, aliases] of registry) {
      if (aliases.length && chance(0.5)) front.push(`  ${code}:`, `    name: ${yamlText(name)}`, `    aliases: [${aliases.map(yamlText).join(', ')}]`);
      else if (aliases.length) front.push(`  ${code}: { name: ${yamlText(name)}, aliases: [${aliases.map(yamlText).join(', ')}] }`);
      else front.push(`  ${code}: ${yamlText(name)}`);
    }
  }
  if (fileGlossary.length) {
    key('glossary', '');
    for (const acronym of fileGlossary) front.push(`  ${acronym}: ${yamlText(cap(ACRONYM_FORMS[acronym].long))}`);
  }

  // --- the body of each item ---
  const overhead = front.join('\n').length + 400 + (hasAgenda ? titles.join('\n').length + titles.length * 6 : 0);
  const perItem = Math.max(250, (target - overhead) / items.length);
  const paragraph = (sentences) => ({ type: 'p', text: sentences.map(cap).join(' ') });
  const size = (blocks) => blocks.reduce((sum, block) => sum + (block.text?.length ?? 0) + 2, 0);
  /** Writes an item's (or sub-item's) text until it reaches its share of the file's size. */
  const fill = (blocks, budgetHere, depth, title, presenter = speaker()) => {
    blocks.push(paragraph([opening(title, presenter), ...Array.from({ length: int(0, 3) }, elaboration)]));
    let guard = 0;
    while (size(blocks) < budgetHere && guard++ < 40) {
      const r = rnd();
      if (r < 0.45) blocks.push(paragraph(Array.from({ length: int(2, 5) }, discussion)));
      else if (r < 0.55) blocks.push(paragraph([deadline(), ...(chance(0.5) ? [discussion()] : [])]));
      else if (r < 0.63) blocks.push(paragraph([dated(), ...(chance(0.5) ? [elaboration()] : [])]));
      else if (r < 0.69) blocks.push({ type: 'raw', text: table() });
      else if (r < 0.73 && depth === 2) blocks.push({ type: 'raw', text: quoteMail() });
      else if (r < 0.79) blocks.push(paragraph([link()]));
      else if (r < 0.86) blocks.push(paragraph(labelled()));
      else if (r < 0.9) blocks.push({ type: 'raw', text: `${pick(['The main points raised were:', 'Delegations raised the following points:', 'In summary:'])}\n\n${Array.from({ length: int(2, 4), }, () => `- ${cap(discussion())}`).join('\n')}` });
      else blocks.push(paragraph([elaboration(), elaboration()]));
    }
    if (chance(0.4)) blocks.push(paragraph([closing(presenter)]));
    if (chance(0.35)) blocks.push(chance(0.2) ? { type: 'raw', text: decisionList() } : paragraph([decision()]));
  };
  items.forEach((item, i) => {
    const n = i + 1;
    const budget = perItem * (0.6 + rnd() * 0.8);
    const last = i === items.length - 1 && wantsLast;
    const first = i === 0 && GENERIC_FIRST.includes(item.title);
    if (first) {
      item.blocks.push(paragraph([
        `${pick(['the Chair', commission()])} welcomed the participants${chance(0.4) ? `, in particular the new members from ${msSome(int(1, 2))}` : ''}.`,
        chance(0.6) ? `The agenda was adopted ${pick(['without changes', `with the addition under AOB of a point raised by ${ms()}`, 'as proposed'])}.` : 'The draft agenda was adopted.',
      ]));
      if (size(item.blocks) < budget && chance(0.5)) item.blocks.push(paragraph([dated()]));
      return;
    }
    if (GENERIC_SECOND.includes(item.title) && item.title.startsWith('Approval')) {
      item.blocks.push(paragraph([`The minutes of the ${ordinal(Math.max(1, number - 1))} meeting${previous ? ` of ${dmy(previous)}` : ''} were approved${chance(0.5) ? ' without changes' : `, with the changes requested by ${ms()}`}.`]));
      return;
    }
    if (item.title === 'Follow-up of the previous meeting') {
      item.blocks.push(paragraph([`The Secretariat presented the state of play of the actions agreed at the previous meeting${previous ? ` of ${dmy(previous)}` : ''}${pick([':', ', as follows:'])}`]));
      const carried = Array.from({ length: int(2, tiny ? 2 : 5) }, () => makeAction(n));
      for (const action of carried) if (action.done && action.due && chance(0.7)) action.due = `(due ${iso(before(5, 40))})`;
      item.blocks.push({ type: 'actions', actions: carried });
      if (chance(0.5)) item.blocks.push(paragraph([`${msGroup()} were reminded to complete the open actions.`]));
      return;
    }
    if (item.title === 'Information from the Commission') {
      fill(item.blocks, budget, 2, null, commission());
      return;
    }
    if (last) {
      const lines = [`${pick([`${ms()} informed the ${body.short} about ${event()}.`, `${commission()} reminded the ${body.members} of ${event()}.`, 'No other business was raised.'])}`];
      if (chance(0.7)) lines.push(dated());
      if (chance(0.4)) lines.push(deadline());
      item.blocks.push(paragraph(lines));
      return;
    }
    // An ordinary item: presentation, discussion, perhaps figures, an e-mail, a decision, actions; sub-items when long.
    const subCount = budget > 2400 && chance(0.6) ? int(1, Math.min(4, Math.floor(budget / 900))) : 0;
    const ownShare = subCount ? budget * 0.35 : budget;
    fill(item.blocks, ownShare, 2, item.title);
    for (const { title, presenter } of pickN(body.subtopics, subCount).map(subtopic)) {
      const sub = { title, blocks: [], numberStyle: chance(0.15) ? '.' : '' };
      fill(sub.blocks, (budget - ownShare) / subCount, 3, null, presenter ?? undefined);
      item.subs.push(sub);
    }
    const actions = Array.from({ length: chance(0.6) ? int(1, tiny ? 1 : 4) : 0 }, () => makeAction(n));
    if (actionMode === 'inline' || (actionMode === 'both' && chance(0.5))) item.actions.push(...actions);
    else sectionActions.push(...actions);
  });

  // The fault, on the model before it is written.
  const fault = faultKind ? { kind: faultKind, rule: FAULT_KINDS.find(([kind]) => kind === faultKind)[1], text: '' } : null;
  const ordinaryItems = () => items.map((item, i) => ({ item, i })).filter(({ item, i }) => i > 0 && i < items.length - 1 && item.subs.length === 0);
  const allActions = () => [...items.flatMap((item) => item.actions), ...sectionActions];
  const ensureActions = (count) => {
    while (allActions().length < count) {
      const target = items[Math.min(items.length - 1, 1)];
      const action = makeAction(2);
      action.done = false;
      action.due = `(due ${iso(later(10, 60))})`;
      if (actionMode === 'section') sectionActions.push(action);
      else target.actions.push(action);
    }
  };
  let removedAgendaTitle = null;
  let emptied = null;
  let renumbered = null;
  if (fault) {
    switch (fault.kind) {
      case 'wrong-number': {
        const candidates = ordinaryItems();
        const { item, i } = candidates.length ? pick(candidates) : { item: items[1], i: 1 };
        const style = pick(['repeat', 'repeat', 'nodot', 'zero']);
        item.numberText = style === 'repeat' ? `${i}.` : style === 'nodot' ? `${i + 1}` : `0${i + 1}.`;
        renumbered = item;
        fault.text = `## ${item.numberText} ${item.title}`;
        break;
      }
      case 'missing-agenda-item': {
        const at = int(1, items.length - 1);
        removedAgendaTitle = items[at].title;
        items.splice(at, 1);
        fault.text = removedAgendaTitle;
        break;
      }
      case 'unknown-owner': {
        ensureActions(1);
        const action = pick(allActions());
        action.owners = pick(UNKNOWN_OWNERS);
        action.ownerMark = FAULT;
        fault.text = action.owners;
        break;
      }
      case 'impossible-date': {
        ensureActions(1);
        const action = pick(allActions());
        const thisYear = IMPOSSIBLE.filter(([month]) => month > date.getUTCMonth());
        const [month, day] = thisYear.length ? pick(thisYear) : pick(IMPOSSIBLE);
        const y = thisYear.length ? year : year + 1;
        action.done = false;
        action.due = `(due ${y}-${String(month + 1).padStart(2, '0')}-${day})`;
        action.dueMark = FAULT;
        fault.text = action.due;
        break;
      }
      case 'due-before-meeting': {
        ensureActions(1);
        const action = pick(allActions());
        action.done = false;
        action.due = `(due ${iso(before(3, 60))})`;
        action.dueMark = FAULT;
        fault.text = action.due;
        break;
      }
      case 'duplicate-action-id': {
        ensureActions(2);
        const [a, b] = pickN(allActions(), 2);
        const id = a.id ?? `${pick(['follow-up', 'contact-points', 'questionnaire', 'guidance', 'survey'])}-${number}`;
        a.id = id;
        b.id = id;
        // Reported at the later of the two in the file; marked once written (see below).
        fault.text = `{#${id}}`;
        fault.duplicate = [a, b];
        break;
      }
      case 'empty-item': {
        const candidates = ordinaryItems();
        const { item } = candidates.length ? pick(candidates) : { item: items[Math.min(1, items.length - 1)] };
        sectionActions.push(...item.actions);
        item.blocks = [];
        item.actions = [];
        emptied = item;
        fault.text = item.title;
        break;
      }
      case 'weekday-mismatch': {
        const d = weekdayOnOrAfter(later(10, 90));
        const wrong = WEEKDAYS[(d.getUTCDay() + int(1, 4)) % 7];
        const phrase = `${wrong} ${dmy(d)}`;
        fault.text = phrase;
        const sentence = pick([
          `${cap(event())} will take place on ${FAULT}${keep(phrase)} in ${city()}.`,
          `The next meeting of the ${body.short} is scheduled for ${FAULT}${keep(phrase)}.`,
          `${ms()} offered to host ${event()} on ${FAULT}${keep(phrase)}.`,
        ]);
        const host = pick(items.filter((item) => item.blocks.some((block) => block.type === 'p')));
        const block = pick(host.blocks.filter((b) => b.type === 'p'));
        block.text = `${block.text} ${sentence}`;
        break;
      }
      case 'undefined-acronym': {
        const acronym = pick(MADE_UP_ACRONYMS);
        fault.text = acronym;
        const twice = chance(0.4);
        const sentence = pick([
          `${ms()} referred to the ${FAULT}${acronym} reporting format used by its national authorities${twice ? `, and asked whether the ${acronym} could be shared` : ''}.`,
          `${ms()} asked whether the ${FAULT}${acronym} template could be reused${twice ? `; the ${acronym} is updated every year` : ''}.`,
          `According to ${ms()}, the ${FAULT}${acronym} pilot will be extended${twice ? ` and the ${acronym} team enlarged` : ''}.`,
        ]);
        const host = pick(items.filter((item) => item.blocks.some((block) => block.type === 'p')));
        const block = pick(host.blocks.filter((b) => b.type === 'p'));
        block.text = `${block.text} ${sentence}`;
        break;
      }
      case 'front-matter-typo': {
        const candidates = Object.keys(TYPO_KEYS).filter((name) => name in frontKeys);
        const name = pick(candidates);
        const at = frontKeys[name];
        front[at] = `${FAULT}${TYPO_KEYS[name]}${front[at].slice(name.length)}`;
        fault.text = TYPO_KEYS[name];
        break;
      }
    }
  }
  if (hasAgenda) {
    const agenda = [...items.map((item) => item.title)];
    if (removedAgendaTitle) {
      const at = titles.indexOf(removedAgendaTitle);
      agenda.splice(at, 0, `${FAULT}${removedAgendaTitle}`);
    }
    const lines = ['agenda:', ...agenda.map((title) => `  - ${title.startsWith(FAULT) ? FAULT + yamlText(title.slice(1)) : yamlText(title)}`)];
    front.splice(agendaAt, 0, ...lines);
  }

  // --- write it out ---
  const definedHere = new Set();
  const resolve = (text) =>
    text.replace(/\{A:([A-Za-z0-9]+)\}/g, (_, acronym) => {
      const form = ACRONYM_FORMS[acronym];
      const known = Object.hasOwn(GLOSSARY, acronym) || fileGlossary.includes(acronym);
      if (!form) return acronym;
      const bare = `${form.bare ? `${form.bare} ` : ''}${acronym}`;
      if (definedHere.has(acronym) || (known && chance(0.7))) {
        definedHere.add(acronym);
        return bare;
      }
      definedHere.add(acronym);
      const article = form.article ? `${form.article} ` : '';
      return chance(0.65) ? `${article}${form.long} (${acronym})` : `${article}${acronym} (${form.long})`;
    });
  const render = (block) => {
    if (block.type === 'actions') return block.actions.map(renderAction).join('\n');
    const text = resolve(block.text);
    if (block.type === 'raw') return text;
    return wrap(text, width);
  };
  const out = ['---', ...front, '---', ''];
  if (chance(0.4)) out.push(`# ${titleText}`, '');
  if (!tiny && chance(0.5)) {
    out.push(wrap(`${pick([`The ${ordinal(number)} meeting of the ${body.name} took place`, `The ${body.short} met`])} ${location.startsWith('Video') ? 'by videoconference' : `in ${location.replace(' (hybrid)', ', in a hybrid format,')}`} on ${wdmy(date)}${chair.includes(',') ? '' : `, chaired by ${chair === 'the Presidency' ? presidencyName() : chair}`}.`, width), '');
  }
  // Document sections before the agenda items.
  const sectionStyle = tiny ? 'none' : pick(['table', 'table', 'list', 'list', 'none']);
  if (sectionStyle === 'table') {
    out.push(`## ${pick(['Present', 'Participants'])}`, '', '| Delegation | Name | Organisation |', '| --- | --- | --- |');
    for (const code of present) out.push(`| ${code} | ${pick(NAMES[code])} | ${pick(body.organisations)} |`);
    for (const code of institutions) out.push(`| ${code} | ${staff()} | ${code === 'PRES' ? `${MEMBER_STATES[presidency][1]} Presidency` : INSTITUTIONS[code]} |`);
    for (const code of dgs) out.push(`| ${code} | ${staff()} | European Commission |`);
    for (const [code, name] of experts.slice(0, int(0, 3))) out.push(`| ${code} | ${name} | ${pick(['Independent expert', 'University of Leuven', 'Research institute', 'Invited expert'])} |`);
    out.push('');
  } else if (sectionStyle === 'list') {
    out.push(`## ${pick(['Participants', 'Present'])}`, '', `- Member States: ${present.join(', ')}`, `- European Commission: ${dgs.join(', ')}`);
    const others = institutions.filter((code) => code !== 'COM');
    if (others.length) out.push(`- EU institutions and bodies: ${others.join(', ')}`);
    if (experts.length && chance(0.5)) out.push(`- Experts: ${experts.slice(0, 3).map(([code, name]) => `${name} (${code})`).join(', ')}`);
    out.push('');
  }
  if (sectionStyle !== 'none' && apologies.length) {
    out.push('## Apologies', '', chance(0.5) ? `${joinAnd(apologies)} sent their apologies.` : apologies.map((code) => `- ${code}`).join('\n'), '');
  }
  if (hasAgenda && chance(0.15) && !removedAgendaTitle) {
    out.push('## Agenda', '', ...items.map((item, i) => `${i + 1}. ${item.title}`), '');
  }
  items.forEach((item) => {
    const n = item.agendaNumber;
    const numberText = item.numberText ?? `${n}.`;
    out.push(`## ${item === renumbered || item === emptied ? FAULT : ''}${numberText} ${resolve(item.title)}`, '');
    for (const block of item.blocks) out.push(render(block), '');
    item.subs.forEach((sub, m) => {
      out.push(`### ${n}.${m + 1}${sub.numberStyle} ${sub.title}`, '');
      for (const block of sub.blocks) out.push(render(block), '');
    });
    if (item.actions.length) {
      if (chance(0.4)) out.push(pick(['**Action points:**', '**Follow-up:**', 'Actions:', '**Actions**']), '');
      out.push(...item.actions.map(renderAction), '');
    }
  });
  if (sectionActions.length) {
    out.push(`## ${pick(['Action items', 'Action items', 'Action items'])}`, '');
    if (chance(0.4)) out.push(pick(['The actions agreed at the meeting are listed below.', 'Summary of the actions agreed:']), '');
    out.push(...sectionActions.map(renderAction), '');
  }
  if (!tiny && chance(0.25)) {
    out.push('## Annex', '');
    if (chance(0.5)) {
      out.push(pick(['Documents presented at the meeting:', 'List of documents:']), '');
      const docs = pickN(body.documents, int(2, 4)).map((d) => resolve(cap(d.replace(/^the /, ''))));
      out.push(...docs.map((d, k) => `${k + 1}. ${k === 0 ? `[${d}](${pick(body.links)})` : d}`), '');
    } else out.push(table(pick(['Figures presented at the meeting:', 'Statistics referred to in the discussion:'])), '');
  }
  let text = `${out.join('\n').trimEnd()}\n`.replaceAll(NBSP, ' ');

  // A duplicate id is reported on the second of the two lines; mark it now that the order is known.
  if (fault?.kind === 'duplicate-action-id') {
    const needle = `{#${fault.duplicate[0].id}}`;
    const firstAt = text.indexOf(needle);
    const secondAt = text.indexOf(needle, firstAt + 1);
    const lineStart = text.lastIndexOf('\n', secondAt) + 1;
    text = `${text.slice(0, lineStart)}${FAULT}${text.slice(lineStart)}`;
    delete fault.duplicate;
  }
  if (fault) {
    const at = text.indexOf(FAULT);
    fault.line = text.slice(0, at).split('\n').length;
    text = text.replace(FAULT, '');
    if (text.includes(FAULT)) throw new Error('two fault marks');
  }
  return { text, fault };
}

// ---------------------------------------------------------------------------------------------------------
// The corpus: series of meetings per body, then the files in date order, folders of 500.

const END = parseIso('2025-12-15');

/** Every meeting of the corpus, in date order: { body, number, date, previous, next }. */
export function planMeetings(count) {
  const weights = BODIES.map((body) => body.weight);
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((count * w) / total));
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < count; i++) counts[i % counts.length]++;
  const rnd = random(SEED ^ 0x5e7135);
  const meetings = [];
  BODIES.forEach((body, b) => {
    const n = counts[b];
    if (!n) return;
    // Meetings at least two days apart on average: a large corpus reaches further back in time.
    const start = new Date(Math.min(parseIso(body.start).getTime(), END.getTime() - n * 2 * DAY));
    const step = (END - start) / DAY / n;
    const dates = [];
    let previous = null;
    for (let k = 0; k < n; k++) {
      let d = addDays(start, Math.round(k * step + (rnd() - 0.5) * 0.6 * step));
      if (step > 20 && d.getUTCMonth() === 7) d = new Date(Date.UTC(d.getUTCFullYear(), 8, 1 + Math.floor(rnd() * 10)));
      if (previous && d <= previous) d = addDays(previous, 1);
      d = weekdayOnOrAfter(d);
      dates.push(d);
      previous = d;
    }
    for (const [k, date] of dates.entries()) meetings.push({ body, bodyIndex: b, number: k + 1, date, previous: dates[k - 1] ?? null, next: dates[k + 1] ?? null });
  });
  meetings.sort((a, b) => a.date - b.date || a.bodyIndex - b.bodyIndex);
  return meetings;
}

function configText() {
  const lines = [
    '# The EU corpus of bench/generate-eu.mjs: registries shipped with minutes, the Secretariat, and the',
    '# abbreviations the prose uses that are not actors. Due dates are written in words on purpose.',
    'extends: [eu-institutions, eu-commission-dgs, eu-member-states]',
    'actors:',
    ...Object.entries(CONFIG_ACTORS).map(([code, actor]) => `  ${code}: { name: ${actor.name}, aliases: [${actor.aliases.join(', ')}] }`),
    'glossary:',
    ...Object.entries(GLOSSARY).map(([acronym, long]) => `  ${acronym}: ${yamlText(long)}`),
    'rules:',
    '  due-format: off',
    '# Each folder holds the meetings of five bodies, and the generated actions are not carried from one',
    '# meeting to the next: the series rules are measured on coherent series by bench/series.mjs.',
    'series: false',
  ];
  return `${lines.join('\n')}\n`;
}

export async function writeEuCorpus(count, dir) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'minutes.config.yaml'), configText());
  const meetings = planMeetings(count);
  const pickFault = random(SEED ^ 0xfa17);
  const faults = [];
  for (const [index, meeting] of meetings.entries()) {
    const folder = String(Math.floor(index / 500)).padStart(3, '0');
    if (index % 500 === 0) await mkdir(path.join(dir, folder), { recursive: true });
    const faultKind = pickFault() < 1 / 8 ? FAULT_KINDS[faults.length % FAULT_KINDS.length][0] : null;
    const { text, fault } = generateEuMinutes({ ...meeting, index, faultKind });
    const file = `${folder}/${meeting.body.slug}-${String(meeting.number).padStart(4, '0')}-${iso(meeting.date)}.md`;
    await writeFile(path.join(dir, file), text);
    if (fault) faults.push({ file, kind: fault.kind, rule: fault.rule, line: fault.line, text: fault.text });
  }
  const manifest = { seed: SEED, files: count, bodies: Object.fromEntries(BODIES.map((body) => [body.slug, body.name])), faults };
  await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** What the corpus assumes the registries named by `extends:` hold (for bench/README.md and checks). */
export const ASSUMED = { memberStates: MS_CODES, institutions: Object.keys(INSTITUTIONS), dgs: Object.keys(DGS), configActors: Object.keys(CONFIG_ACTORS), glossary: Object.keys(GLOSSARY), localAcronyms: Object.keys(LOCAL_ACRONYMS), localActors: [...LOCAL_AUTHORITIES, ...EXPERTS].map(([code, name, aliases]) => ({ code, name, aliases })) };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 2000);
  const dir = process.argv[3] ?? fileURLToPath(new URL(`corpus/eu-${count}`, import.meta.url));
  if (!Number.isInteger(count) || count < 1) {
    console.error('usage: node bench/generate-eu.mjs COUNT [DIR]');
    process.exit(2);
  }
  const manifest = await writeEuCorpus(count, dir);
  console.log(`wrote ${count} files to ${dir} (${manifest.faults.length} with a fault, listed in manifest.json)`);
}
