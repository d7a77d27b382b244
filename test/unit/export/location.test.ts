import assert from 'node:assert/strict';
import { countryCode, parseLocation } from '../../../src/core/export/location';

describe('locations for JSON Resume', () => {
  it('knows countries by their English and local names, with today\'s codes', () => {
    assert.equal(countryCode('Germany'), 'DE', 'not the former East Germany, DD');
    assert.equal(countryCode('Deutschland'), 'DE');
    assert.equal(countryCode('Schweiz'), 'CH');
    assert.equal(countryCode('España'), 'ES');
    assert.equal(countryCode('USA'), 'US');
    assert.equal(countryCode('UK'), 'GB');
    assert.equal(countryCode('Kosovo'), 'XK');
    assert.equal(countryCode('Europe'), undefined);
    assert.equal(countryCode('Berlin'), undefined);
  });

  it('splits city, postal code, region and country', () => {
    const cases: [string, object | undefined][] = [
      ['Berlin, Germany', { city: 'Berlin', countryCode: 'DE' }],
      ['10115 Berlin, Deutschland', { city: 'Berlin', postalCode: '10115', countryCode: 'DE' }],
      ['Austin, TX, USA', { city: 'Austin', region: 'TX', countryCode: 'US' }],
      ['New York, NY 10001', { city: 'New York', region: 'NY', postalCode: '10001' }],
      ['Atlanta, Georgia', { city: 'Atlanta', region: 'Georgia' }],
      ['Georgia', { countryCode: 'GE' }],
      ['München', { city: 'München' }],
      ['Flat 2, 10 High St, Leeds, UK', { address: 'Flat 2, 10 High St, Leeds, UK', countryCode: 'GB' }],
      ['  ', undefined],
    ];
    for (const [written, expected] of cases) assert.deepEqual(parseLocation(written), expected, written);
  });
});
