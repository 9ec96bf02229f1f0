// Word lists for the benchmark dataset (bench/dataset.ts). Plain ASCII or UTF-8 letters only:
// no tab, newline or backslash, so rows built from them need no COPY escaping.

export const FIRST_NAMES = [
  'Aaron', 'Abigail', 'Adam', 'Adrian', 'Aisha', 'Alan', 'Alejandro', 'Alexander', 'Alice', 'Amara', 'Amelia', 'Ana',
  'Andrea', 'Andrew', 'Angela', 'Anna', 'Anthony', 'Arjun', 'Astrid', 'Ava', 'Beatriz', 'Benjamin', 'Bianca', 'Boris',
  'Brandon', 'Camila', 'Carlos', 'Caroline', 'Charlotte', 'Chen', 'Chloe', 'Christopher', 'Claire', 'Daniel', 'David',
  'Diana', 'Diego', 'Dmitri', 'Elena', 'Elias', 'Elif', 'Elizabeth', 'Emily', 'Emma', 'Eric', 'Ethan', 'Eva', 'Fatima',
  'Felix', 'Fernando', 'Fiona', 'Francesca', 'Gabriel', 'George', 'Grace', 'Hana', 'Hannah', 'Harper', 'Hassan', 'Helen',
  'Henry', 'Hiroshi', 'Ines', 'Ingrid', 'Isabel', 'Isaac', 'Ivan', 'Jack', 'Jacob', 'James', 'Jana', 'Javier', 'Jennifer',
  'Jessica', 'Joao', 'John', 'Jonas', 'Jose', 'Joseph', 'Julia', 'Julian', 'Kai', 'Karen', 'Karim', 'Kate', 'Kenji',
  'Kevin', 'Kim', 'Lars', 'Laura', 'Layla', 'Leo', 'Liam', 'Lina', 'Linda', 'Lucas', 'Lucia', 'Luis', 'Maja', 'Marco',
  'Maria', 'Mark', 'Marta', 'Mateo', 'Matthew', 'Maya', 'Mei', 'Mia', 'Michael', 'Mila', 'Mohammed', 'Nadia', 'Naomi',
  'Nathan', 'Nicolas', 'Nina', 'Noah', 'Nora', 'Oliver', 'Olivia', 'Omar', 'Oscar', 'Pablo', 'Patricia', 'Paul',
  'Pedro', 'Peter', 'Priya', 'Rachel', 'Rafael', 'Rahul', 'Rebecca', 'Ricardo', 'Robert', 'Rosa', 'Ryan', 'Sakura',
  'Samuel', 'Sara', 'Sebastian', 'Sergio', 'Sofia', 'Sophie', 'Stefan', 'Susan', 'Tariq', 'Thomas', 'Tobias', 'Tom',
  'Valentina', 'Victor', 'Victoria', 'William', 'Yara', 'Yusuf', 'Zara', 'Zoe', 'Émile', 'Zoë', 'Søren', 'Łukasz',
] as const;

// Covers the bench's name-prefix searches (ga, sm, ng, mu, ro, ko, ta, si, du, la, pa, ki, an, be, ch)
// with a realistic spread: some prefixes are common, some rare.
export const LAST_NAMES = [
  'Abbott', 'Adams', 'Ahmed', 'Alvarez', 'Andersen', 'Anderson', 'Andrade', 'Bailey', 'Baker', 'Becker', 'Bennett',
  'Bernard', 'Berg', 'Brown', 'Campbell', 'Carter', 'Castro', 'Chan', 'Chen', 'Chowdhury', 'Clark', 'Collins', 'Costa',
  'Cruz', 'Davies', 'Davis', 'Diaz', 'Dubois', 'Duarte', 'Dunn', 'Edwards', 'Eriksson', 'Evans', 'Fernandez', 'Fischer',
  'Fisher', 'Garcia', 'Garnier', 'Gomez', 'Gonzalez', 'Green', 'Gupta', 'Hall', 'Haddad', 'Hansen', 'Harris', 'Hernandez',
  'Hill', 'Hoffmann', 'Hughes', 'Ibrahim', 'Ito', 'Jackson', 'Jensen', 'Johnson', 'Jones', 'Kang', 'Kaur', 'Khan',
  'Kim', 'King', 'Kiplagat', 'Klein', 'Koch', 'Kowalski', 'Kovacs', 'Kumar', 'Lambert', 'Larsen', 'Laurent', 'Lee',
  'Lewis', 'Li', 'Lopez', 'Martin', 'Martinez', 'Meyer', 'Miller', 'Mitchell', 'Moore', 'Moreau', 'Morris', 'Müller',
  'Murphy', 'Murray', 'Nakamura', 'Nguyen', 'Nielsen', 'Novak', 'Ngata', "O'Brien", 'Okafor', 'Oliveira', 'Olsen',
  'Park', 'Parker', 'Patel', 'Pereira', 'Perez', 'Petrov', 'Phillips', 'Popescu', 'Ramirez', 'Reed', 'Reyes',
  'Richter', 'Roberts', 'Robinson', 'Rodriguez', 'Rossi', 'Russo', 'Sanchez', 'Santos', 'Sato', 'Schmidt', 'Schneider',
  'Scott', 'Shah', 'Silva', 'Simmons', 'Singh', 'Smith', 'Sousa', 'Suzuki', 'Tanaka', 'Taylor', 'Thomas', 'Thompson',
  'Torres', 'Turner', 'Walker', 'Wang', 'Watanabe', 'Weber', 'White', 'Williams', 'Wilson', 'Wood', 'Wright', 'Wu',
  'Yamamoto', 'Yilmaz', 'Young', 'Zhang', 'Zimmermann',
] as const;

export const COMPANY_WORDS_A = [
  'Acme', 'Apex', 'Atlas', 'Aurora', 'Beacon', 'Birch', 'Blue Harbor', 'Bright', 'Cascade', 'Cedar', 'Cobalt', 'Copper',
  'Crescent', 'Crystal', 'Delta', 'Eagle', 'Echo', 'Ember', 'Evergreen', 'Falcon', 'Fjord', 'Frontier', 'Gala', 'Golden',
  'Granite', 'Harbor', 'Helios', 'Horizon', 'Indigo', 'Iron', 'Juniper', 'Keystone', 'Kite', 'Lakeside', 'Lumen',
  'Maple', 'Meridian', 'Monarch', 'Nimbus', 'North Star', 'Northwind', 'Nova', 'Oak', 'Orbit', 'Orion', 'Pacific',
  'Panorama', 'Peak', 'Pine', 'Pioneer', 'Polar', 'Prairie', 'Quantum', 'Quartz', 'Radiant', 'Redwood', 'Ridge',
  'River', 'Sage', 'Sapphire', 'Sierra', 'Silver', 'Solstice', 'Sterling', 'Summit', 'Tandem', 'Terra', 'Thunder',
  'Tidal', 'Titan', 'Trident', 'Union', 'Unity', 'Vector', 'Velvet', 'Vertex', 'Vista', 'Willow', 'Zenith', 'Zephyr',
] as const;

export const COMPANY_WORDS_B = [
  'Analytics', 'Bank', 'Bio', 'Brands', 'Builders', 'Capital', 'Clinics', 'Cloud', 'Consulting', 'Data', 'Design',
  'Dynamics', 'Energy', 'Engineering', 'Foods', 'Freight', 'Health', 'Hospitality', 'Industries', 'Insurance', 'Labs',
  'Legal', 'Logistics', 'Manufacturing', 'Media', 'Medical', 'Metals', 'Mobility', 'Networks', 'Outdoor', 'Partners',
  'Pharma', 'Properties', 'Realty', 'Retail', 'Robotics', 'Schools', 'Security', 'Software', 'Solar', 'Studios',
  'Supply', 'Systems', 'Technologies', 'Telecom', 'Textiles', 'Therapeutics', 'Travel', 'Ventures', 'Wellness',
] as const;

export const COMPANY_SUFFIXES = ['', '', '', '', 'Inc.', 'LLC', 'Ltd', 'GmbH', 'Group', 'Co.', 'Holdings', 'SA', 'AB'] as const;

export const INDUSTRIES = [
  'Software', 'Financial services', 'Healthcare', 'Manufacturing', 'Retail', 'Real estate', 'Logistics', 'Energy',
  'Education', 'Media', 'Legal', 'Hospitality', 'Telecommunications', 'Construction', 'Food & beverage', 'Pharmaceuticals',
  'Insurance', 'Automotive', 'Agriculture', 'Non-profit', 'Government', 'Consulting',
] as const;

export const CITIES = [
  'New York, NY', 'San Francisco, CA', 'Austin, TX', 'Chicago, IL', 'Seattle, WA', 'Boston, MA', 'Denver, CO',
  'Atlanta, GA', 'Toronto, ON', 'London', 'Berlin', 'Paris', 'Madrid', 'Amsterdam', 'Stockholm', 'Dublin', 'Zürich',
  'Singapore', 'Sydney', 'Tokyo', 'São Paulo', 'Mexico City', 'Warsaw', 'Lisbon',
] as const;

export const STREETS = [
  'Main Street', 'Market Street', 'Oak Avenue', 'Harbor Road', 'Park Lane', 'Station Road', 'King Street',
  'Elm Street', 'Broadway', 'Innovation Drive', 'Commerce Way', 'Riverside Drive', 'High Street', 'Mill Road',
] as const;

export const TITLES = [
  'CEO', 'CFO', 'CTO', 'COO', 'VP Sales', 'VP Marketing', 'VP Engineering', 'Head of Operations', 'Head of Procurement',
  'IT Director', 'Procurement Lead', 'Operations Manager', 'Office Manager', 'Product Manager', 'Engineering Manager',
  'Marketing Manager', 'Sales Manager', 'Account Manager', 'Finance Director', 'Controller', 'HR Director',
  'Software Engineer', 'Data Analyst', 'Consultant', 'Founder', 'Managing Director', 'Broker', 'Buyer',
] as const;

/** Tags with their chance of being on a contact: a few common, a long tail of rare ones. */
export const TAGS: readonly (readonly [string, number])[] = [
  ['newsletter', 0.3], ['decision-maker', 0.18], ['technical', 0.15], ['vip', 0.06], ['partner', 0.05],
  ['renewal', 0.08], ['champion', 0.07], ['budget-holder', 0.06], ['churn-risk', 0.03], ['trial', 0.05],
  ['webinar-2025', 0.04], ['event-2026', 0.04], ['referral', 0.03], ['do-not-call', 0.02], ['press', 0.01],
];

export const FREE_MAIL_DOMAINS = ['mail.example', 'inbox.example', 'post.example', 'webmail.example'] as const;

export const DEAL_PRODUCTS = [
  'Annual license', 'Enterprise plan', 'Team plan', 'Pilot', 'Renewal', 'Expansion', 'Upsell', 'Professional services',
  'Onboarding package', 'Support contract', 'Hardware refresh', 'Multi-year agreement', 'Office lease', 'Consulting retainer',
  'Data migration', 'Training workshop', 'Platform add-on', 'Portfolio listing',
] as const;

export const CURRENCIES: readonly (readonly [string, number])[] = [
  ['USD', 0.85], ['EUR', 0.08], ['GBP', 0.05], ['CAD', 0.02],
];

export const ACTIVITY_SUBJECTS = {
  CALL: [
    'Discovery call', 'Follow-up call', 'Pricing discussion', 'Check-in call', 'Left voicemail', 'Intro call',
    'Reference call', 'Technical deep dive', 'Call about renewal', 'Negotiation call', 'Cold call', 'Support escalation call',
  ],
  EMAIL: [
    'Sent proposal', 'Shared case study', 'Answered security questionnaire', 'Intro e-mail', 'Sent pricing sheet',
    'Follow-up on demo', 'Sent contract for signature', 'Re: next steps', 'Shared product roadmap', 'Meeting recap',
    'Newsletter reply', 'Requested feedback', 'Sent invoice', 'Re: implementation timeline',
  ],
  MEETING: [
    'On-site demo', 'Kick-off meeting', 'Quarterly business review', 'Stakeholder workshop', 'Product demo',
    'Executive briefing', 'Lunch meeting', 'Contract review', 'Onboarding session', 'Trade show meeting',
  ],
  NOTE: [
    'Budget approved for next quarter', 'Prefers e-mail over calls', 'Competitor also evaluating', 'Champion changed roles',
    'Procurement needs three quotes', 'Legal review pending', 'Decision expected after board meeting', 'Asked for a discount',
    'Happy with the pilot results', 'Security review passed', 'Hiring freeze may delay', 'Expanding to a second site',
  ],
  TASK: [
    'Send contract draft', 'Prepare ROI estimate', 'Book follow-up demo', 'Update mutual action plan', 'Call back',
    'Send case studies', 'Schedule QBR', 'Prepare quote', 'Introduce solutions engineer', 'Check in after trial',
    'Renewal reminder', 'Collect signatures',
  ],
} as const;

export const BODY_SENTENCES = [
  'Discussed current process and main pain points.',
  'They are comparing us with two other vendors.',
  'Pricing was the main concern; asked for a tiered offer.',
  'Agreed to share a draft proposal by the end of the week.',
  'Stakeholders from finance and IT joined the conversation.',
  'Timeline depends on the budget cycle.',
  'Interested in the reporting and integrations features.',
  'Requested references from customers in the same industry.',
  'Follow up after the internal review next Tuesday.',
  'Security and compliance questions answered.',
  'Positive feedback on the demo; wants a trial for the team.',
  'Contract redlines expected from their legal department.',
  'Champion is enthusiastic but needs executive buy-in.',
  'Implementation would start next quarter at the earliest.',
] as const;

export const LEAD_COMPANY_HINTS = ['Labs', 'Group', 'Holdings', 'Partners', 'Studio', 'Works', 'Collective', 'Agency', 'Trading', 'Systems'] as const;
