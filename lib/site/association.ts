// The association's details in structured form, for machine-readable data
// (JSON-LD). The reader sees them from messages/*.json; tests/unit/association.test.ts
// keeps the two in agreement.
export const association = {
  name: 'KARABAKH',
  legalName: 'Azerbajdzjanska Kulturföreningen',
  foundingYear: 2003,
  url: 'http://www.karabakh.se',
  email: 'amirhashimi@karabakh.se',
  telephone: '+46737043963',
  address: {
    careOf: 'Amir Hashimi A.',
    streetAddress: 'Klockarv 7 BV',
    postalCode: '141 61',
    addressLocality: 'Huddinge',
    addressRegion: 'Stockholms län',
    addressCountry: 'SE',
  },
} as const;
